package pagetext

import (
	"strings"
	"testing"
)

// Rules added for layouts the package had not seen. The texts are made up.

func TestTrailingCredit(t *testing.T) {
	tests := []struct {
		line, caption, credit string
	}{
		{"Commuters wait on the platform of the central station in Madrid. Claudia Ortega", "Commuters wait on the platform of the central station in Madrid.", "Claudia Ortega"},
		{"Le maire devant la mairie de Lyon, le 3 mars. JEAN DURAND/AFP", "Le maire devant la mairie de Lyon, le 3 mars.", "JEAN DURAND/AFP"},
		{"De nieuwe brug over de rivier bij Arnhem. © Piet Jansen", "De nieuwe brug over de rivier bij Arnhem.", "Piet Jansen"},
		{"Obras na ponte sobre o rio em Lisboa - Ana Pires/Agência", "Obras na ponte sobre o rio em Lisboa", "Ana Pires/Agência"},
		{"The mayor at the opening of the new harbour bridge on Monday.Sam Field", "The mayor at the opening of the new harbour bridge on Monday.", "Sam Field"},
		{"Can a bridge rust from the inside? (Photo: Getty Images)GETTY", "Can a bridge rust from the inside? (Photo: Getty Images)", "GETTY"},
		{"The mayor opens the new harbour bridge on MondayAFP", "The mayor opens the new harbour bridge on Monday", "AFP"},
		{"Council votes to fine the EPA", "", ""},
		// Not credits.
		{"The mayor said the bridge would open in May. It did not.", "", ""},
		{"The bridge will reopen next spring, the council said.Click To Tweet", "", ""},
		{"Do you think I was wrong for asking? I have grandkids. -- WORRIED AUNT", "", ""},
		{"Bridge closure - what commuters need to know", "", ""},
		{"Council votes to close bridge. Mayor Responds", "", ""},
		{"Short. Jane Doe", "", ""},
	}
	for _, tt := range tests {
		c, cr := trailingCredit(tt.line, "")
		if c != tt.caption || cr != tt.credit {
			t.Errorf("trailingCredit(%q) = %q, %q; want %q, %q", tt.line, c, cr, tt.caption, tt.credit)
		}
	}
}

func TestNamedCredits(t *testing.T) {
	const capt = "The old harbour bridge seen from the north bank on Monday"
	tests := []struct {
		line, caption, credit string
	}{
		{capt + " (foto Jane Doe/AGF)", capt, "foto Jane Doe/AGF"},
		{capt + ". (Daily Planet: Jane Doe)", capt + ".", "Daily Planet: Jane Doe"},
		{"PHOTO: " + capt + ". (Daily Planet: Jane Doe)", capt + ".", "Daily Planet: Jane Doe"},
		{"Image: " + capt + ".", capt + ".", ""},
	}
	for _, tt := range tests {
		art, _ := mustParse(t, dump(storyTitle, "By John Roe", tt.line, story()))
		if art.Image == nil || art.Image.Caption != tt.caption || art.Image.Credit != tt.credit {
			t.Errorf("%q: image %+v", tt.line, art.Image)
		}
		wantBody(t, art.Body, storyParas)
	}
	for _, s := range []string{"AC/DC", "the mayor said (see below)", "Jane Doe (John Roe)"} {
		if namedCredit(s) {
			t.Errorf("namedCredit(%q)", s)
		}
	}
}

func TestCreditEllipsis(t *testing.T) {
	const capt = "The old harbour bridge seen from the north bank on Monday"
	art, _ := mustParse(t, dump(storyTitle, "By John Roe", capt+".Credit...Jane Doe for The Daily Planet", story()))
	if art.Image == nil || art.Image.Credit != "Jane Doe for The Daily Planet" {
		t.Errorf("image %+v", art.Image)
	}
	wantBody(t, art.Body, storyParas)
}

// A caption with its credit glued on loses the headline to the line above
// the standfirst.
func TestCaptionIsNotHeadline(t *testing.T) {
	for _, capt := range []string{
		"Commuters wait on the platform of the central station on Monday. Claudia Ortega",
		"The mayor at the harbour bridge in Portsmouth, Va.Credit...Sam Field/The Daily Planet",
	} {
		a, _ := mustParse(t, dump("News", storyTitle,
			"Engineers found rust deep in the steel of the ninety-year-old crossing",
			capt, "By Jane Doe", "March 27, 2025", story()))
		if a.Title != storyTitle {
			t.Errorf("%q: title %q", capt, a.Title)
		}
		if strings.Join(a.Authors, "|") != "Jane Doe" {
			t.Errorf("%q: authors %q", capt, a.Authors)
		}
	}
}

func TestBylineAffiliations(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		{"By Jane Doe For MailOnline", []string{"Jane Doe"}},
		{"By Jane Doe in Brussels", []string{"Jane Doe"}},
		{"By Jane Doe of the Daily Planet", []string{"Jane Doe"}},
		{"By Jane Doe and John Roe at Harbour Park", []string{"Jane Doe", "John Roe"}},
		{"ByJane Doe", []string{"Jane Doe"}},
		{"di Mario Rossi", []string{"Mario Rossi"}},
		{"di MARIO ROSSI", []string{"MARIO ROSSI"}},
		{"Di Maio ha detto che il governo andrà avanti", nil},
		{"By Jane Doe Special to the Daily Planet", []string{"Jane Doe"}},
		{"By JANE DOE and JOHN ROE Associated Press", []string{"JANE DOE", "JOHN ROE"}},
		{"Reporter: Jane Doe", []string{"Jane Doe"}},
		{"Text: Anna Schmidt", []string{"Anna Schmidt"}},
		{"Byron Smith", nil},
		{"By in Brussels", nil},
	}
	for _, tt := range tests {
		got := explicitByline(tt.line, true)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("explicitByline(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

// "Jane Doe in Brussels" is a byline next to a dateline; a headline in
// title case of the same shape is not.
func TestPlaceByline(t *testing.T) {
	a, _ := mustParse(t, dump("World", storyTitle, "Jane Doe in Brussels", "Thu 27 Mar 2025 15.02 GMT", story()))
	if strings.Join(a.Authors, "|") != "Jane Doe" || a.Title != storyTitle {
		t.Errorf("authors %q, title %q", a.Authors, a.Title)
	}
	const title = "Storm Hits Coast of Florida"
	for _, parts := range [][]string{
		{"World", title, "By Jane Doe", "March 27, 2025", story()},
		{"World", title, "March 27, 2025", story()},
	} {
		a, _ = mustParse(t, dump(parts...))
		if a.Title != title || len(a.Authors) > 0 && a.Authors[0] != "Jane Doe" {
			t.Errorf("title %q, authors %q", a.Title, a.Authors)
		}
	}
}

// A writer's job printed on its own line by the byline is not a headline.
func TestRoleLine(t *testing.T) {
	for _, header := range [][]string{
		{"Jane Doe", "Daily Planet Senior Writer"},
		{"By Jane Doe", "Daily Planet chief harbour reporter at City Hall"},
		{"Jane Doe Political correspondent and John Roe"},
	} {
		parts := append([]string{"News", storyTitle}, header...)
		parts = append(parts, "March 27, 2025", story())
		a, _ := mustParse(t, dump(parts...))
		if a.Title != storyTitle || len(a.Authors) == 0 || a.Authors[0] != "Jane Doe" {
			t.Errorf("%q: title %q, authors %q", header, a.Title, a.Authors)
		}
	}
}

// A standfirst that reads like a paragraph, with the byline and dateline
// under it, is not the story's first paragraph.
func TestHeaderUnderStandfirst(t *testing.T) {
	const dek = "Engineers found the steel under the deck had rusted far more than expected, and the council says the crossing cannot stay open to heavy traffic."
	a, _ := mustParse(t, dump("News", storyTitle, dek, "Author: Jane Doe", "Published: 11:03 AM CST March 27, 2025", story()))
	if a.Dek != dek || strings.Join(a.Authors, "|") != "Jane Doe" || a.Published == nil {
		t.Errorf("dek %q, authors %q, published %v", a.Dek, a.Authors, a.Published)
	}
	wantBody(t, a.Body, storyParas)
}

// Highlights under the headline, one block of lines, are no headline.
func TestHighlightsUnderHeadline(t *testing.T) {
	in := dump("News", "Latest Headlines", storyTitle,
		"Engineers found rust deep in the steel of the ninety-year-old crossing\n"+
			"The mayor promised extra ferries and buses while the work is done\n"+
			"Shop owners fear losing customers for most of the coming year",
		"By Jane Doe For The Daily Planet", "Published: 07:32 EST, 27 March 2025", story())
	a, _ := mustParse(t, in)
	if a.Title != storyTitle || strings.Join(a.Authors, "|") != "Jane Doe" {
		t.Errorf("title %q, authors %q", a.Title, a.Authors)
	}
	wantBody(t, a.Body, storyParas)
}

// A box about the writer under the story ends it, and names the writer
// when the top of the page does not.
func TestAuthorBox(t *testing.T) {
	const bio = "Jane Doe is a correspondent for the Daily Planet. She covers city hall and the harbour."
	a, _ := mustParse(t, dump(append(append([]string{"News", storyTitle, "by Jane Doe", "March 27, 2025"}, storyParas...),
		"Jane Doe serves as harbour editor for the Daily Planet.", "Read More Stories About:", "Harbour")...))
	wantBody(t, a.Body, storyParas)
	for _, head := range [][]string{
		{"News", storyTitle, "March 27, 2025"},
		{"News", storyTitle, "By Jane Doe", "March 27, 2025"},
	} {
		parts := append(append([]string{}, head...), story(), "Jane Doe", bio, "Share this story", "More from News")
		a, _ := mustParse(t, dump(parts...))
		if strings.Join(a.Authors, "|") != "Jane Doe" {
			t.Errorf("%q: authors %q", head, a.Authors)
		}
		wantBody(t, a.Body, storyParas)
	}
	// A paragraph about somebody else is story.
	paras := append(append([]string{}, storyParas...), "John Roe is a ferry captain who has worked on the river for thirty years, and he says the boats are ready.")
	a, _ = mustParse(t, dump(append([]string{"News", storyTitle, "By Jane Doe", "March 27, 2025"}, paras...)...))
	wantBody(t, a.Body, paras)
}

// A blog names its writer above the headline, next to the date.
func TestNamesAboveTitle(t *testing.T) {
	for _, head := range [][]string{
		{"Sign in", "Jane Doe", "Follow", "Mar 27, 2025", "6 min read"},
		{"Subscribe", "Jane Doe", "Ideas", "03.27.2025 07:00 AM"},
	} {
		a, _ := mustParse(t, dump(append(head, storyTitle, story())...))
		if a.Title != storyTitle || strings.Join(a.Authors, "|") != "Jane Doe" {
			t.Errorf("%q: title %q, authors %q", head, a.Title, a.Authors)
		}
	}
}

// A box with a link or two inside the story is crossed; its label is read
// in other languages too.
func TestSmallBoxInsideStory(t *testing.T) {
	for _, label := range []string{"Read also", "LEGGI ANCHE", "Lees ook", "Mirá también", "RELATED STORY: Ferry timetable changes from Monday", "Related Topics\nHarbour Bridge\nCity Council"} {
		parts := []string{"News", storyTitle, "By Jane Doe", "March 27, 2025"}
		parts = append(parts, storyParas[:3]...)
		parts = append(parts, label)
		if !strings.Contains(label, ":") && !strings.Contains(label, "\n") {
			parts = append(parts, "Ferry timetable changes from Monday as buses fill up")
		}
		parts = append(parts, storyParas[3:]...)
		parts = append(parts, "More from News", "Harbour festival moves to August", "New mayor sworn in at city hall", "School roof repairs finished early")
		a, _ := mustParse(t, dump(parts...))
		wantBody(t, a.Body, storyParas)
	}
}

// A post embedded in the story stays in it; the line under it, with its
// date, is no dateline that ends the story.
func TestEmbeddedPost(t *testing.T) {
	post := "The ferries start on Monday, and we will add more if the queues get long. See the new timetable below."
	attr := "— Harbour Ferries (@harbourferries) March 27, 2025"
	paras := append(append(append([]string{}, storyParas[:3]...), post, attr), storyParas[3:]...)
	a, _ := mustParse(t, dump(append([]string{"News", storyTitle, "By Jane Doe", "March 26, 2025"}, paras...)...))
	// The post and the line naming it are one block quote.
	quoted := append(append(append([]string{}, storyParas[:3]...), "> "+post+"\n>\n> "+attr), storyParas[3:]...)
	wantBody(t, a.Body, quoted)
	if a.Published == nil || a.Published.Day() != 26 {
		t.Errorf("published %v", a.Published)
	}
	// A post of names and links, at the end of the story.
	post = "New ferry timetable from Monday via @harbourferries https://t.co/abc123 pic.twitter.com/xyz789"
	paras = append(append([]string{}, storyParas...), post, attr)
	a, _ = mustParse(t, dump(append(append([]string{"News", storyTitle, "By Jane Doe", "March 26, 2025"}, paras...), "Subscribe to our channel for all the latest videos!", "Ferry review: the best seats on the boat [Video]")...))
	wantBody(t, a.Body, append(append([]string{}, storyParas...), "> "+post+"\n>\n> "+attr))
}

// Pictures between the paragraphs do not cut the story.
func TestPicturesInsideStory(t *testing.T) {
	parts := []string{"News", storyTitle, "By Jane Doe", "March 27, 2025"}
	parts = append(parts, storyParas[:2]...)
	parts = append(parts,
		"The old harbour bridge seen from the north bank on Monday, where engineers found the rust",
		"The old harbour bridge seen from the north bank on Monday, where engineers found the rustCredit: EPA",
		"Ferries will run every twenty minutes while the bridge is closed to traffic",
		"Ferries will run every twenty minutes while the bridge is closed to trafficCredit: Getty - Contributor")
	parts = append(parts, storyParas[2:]...)
	a, _ := mustParse(t, dump(parts...))
	wantBody(t, a.Body, storyParas)
}

func TestPromoLinksAndSectionBoxes(t *testing.T) {
	for _, s := range []string{"On Example.com: Ferry fares to rise in May", "More Business News", "More Sports Stories", "SIGN UP: Get breaking news alerts sent to your inbox"} {
		ln := newLine(s, 0)
		countWords([]line{ln}, "en")
		ln.words = wordCount(s)
		if !isJunk(ln, false) && !isTeaserMarker(ln) {
			t.Errorf("%q is neither junk nor a teaser label", s)
		}
	}
	for _, s := range []string{"On Monday: the council met again", "More business owners joined the news conference"} {
		ln := wordedLine(s)
		if isJunk(ln, false) || isTeaserMarker(ln) {
			t.Errorf("%q read as furniture", s)
		}
	}
}

// "Source: …" under the story names the story's source: the paragraph
// above it is no picture caption. A bookmark prompt is no paragraph.
func TestSourceLineAndBookmarkPrompt(t *testing.T) {
	a, _ := mustParse(t, dump(append(append([]string{"News", storyTitle, "March 27, 2025",
		"Save articles to read later and create your own reading list."}, storyParas...),
		"Source: Daily Planet and news agencies", "Advertisement")...))
	wantBody(t, a.Body, storyParas)
}

// A short label between the dateline and the byline under a headline is
// no headline.
func TestLabelInHeaderBlock(t *testing.T) {
	a, _ := mustParse(t, dump("News", "Health", storyTitle, "March 27, 2025 5:03 AM ET", "Heard on Morning Radio", "Jane Doe", "Listen · 3:45", story()))
	if a.Title != storyTitle || strings.Join(a.Authors, "|") != "Jane Doe" {
		t.Errorf("title %q, authors %q", a.Title, a.Authors)
	}
}

// A list printed in one block between paragraphs is part of the story.
func TestListBlockInsideStory(t *testing.T) {
	list := "What the work involves\nNew steel beams\nFresh paint\nNew lamps\nWider footpaths"
	paras := append(append(append([]string{}, storyParas[:3]...), list), storyParas[3:]...)
	a, _ := mustParse(t, dump(append([]string{"News", storyTitle, "By Jane Doe", "March 27, 2025"}, paras...)...))
	// Short lines sharing a block are the items of a list.
	paras[3] = "- What the work involves\n- New steel beams\n- Fresh paint\n- New lamps\n- Wider footpaths"
	wantBody(t, a.Body, paras)
}

// Numeric dates are read day first on British pages.
func TestDayFirstPages(t *testing.T) {
	tests := []struct {
		head []string
		day  int
	}{
		{[]string{storyTitle, "By Jane Doe", "05/11/2019 14:03 GMT"}, 5},
		{[]string{storyTitle, "By Jane Doe", "05/11/2019 2:03 PM ET"}, 11},
		{[]string{storyTitle, "By Jane Doe", "05/11/2019", "Updated 25/11/2019"}, 5},
	}
	for _, tt := range tests {
		a, _ := mustParse(t, dump(append(tt.head, story())...))
		if a.Published == nil || a.Published.Day() != tt.day {
			t.Errorf("%q: published %v, want day %d", tt.head, a.Published, tt.day)
		}
	}
}

// A standfirst without a full stop under the headline is no headline.
func TestStandfirstWithoutStop(t *testing.T) {
	for _, dek := range []string{
		"The mayor promised extra ferries and buses while the work is done",
		"Work on the crossing starts in spring",
	} {
		a, _ := mustParse(t, dump("News", storyTitle, dek, "By Jane Doe", "March 27, 2025", story()))
		if a.Title != storyTitle || a.Dek != dek {
			t.Errorf("title %q, dek %q", a.Title, a.Dek)
		}
	}
}

// A one-sentence paragraph under an advertisement stays in the story; the
// title of a video under a player does not.
func TestShortSentenceAfterAd(t *testing.T) {
	short := "The mayor also said the ferries would be free."
	paras := append(append(append([]string{}, storyParas[:2]...), "Advertisement", short), storyParas[2:]...)
	a, _ := mustParse(t, dump(append([]string{"News", storyTitle, "By Jane Doe", "March 27, 2025"}, paras...)...))
	wantBody(t, a.Body, append(append(append([]string{}, storyParas[:2]...), short), storyParas[2:]...))
	paras = append(append(append([]string{}, storyParas[:2]...), "VIDEO", "2:31", "Mayor: the ferries will be free"), storyParas[2:]...)
	a, _ = mustParse(t, dump(append([]string{"News", storyTitle, "By Jane Doe", "March 27, 2025"}, paras...)...))
	wantBody(t, a.Body, storyParas)
}

// A paragraph that opens with "Today" is no relative dateline.
func TestTodayOpensParagraph(t *testing.T) {
	last := "Today, the bridge carries more than forty thousand cars a day, most of them driven by commuters from the northern suburbs."
	paras := append(append([]string{}, storyParas...), last)
	a, _ := mustParse(t, dump(append([]string{"News", storyTitle, "By Jane Doe", "March 27, 2025"}, paras...)...))
	wantBody(t, a.Body, paras)
}

// A headline right over a picture's credit is still the headline.
func TestHeadlineOverCredit(t *testing.T) {
	a, _ := mustParse(t, dump("News", "Harbour", storyTitle, "John Roe/Getty Images", "by Jane Doe", "27 Mar 2025", story()))
	if a.Title != storyTitle || a.Image != nil {
		t.Errorf("title %q, image %+v", a.Title, a.Image)
	}
}

// A newsletter pitch inside the story is junk, however long, and the story
// goes on past it.
func TestNewsletterPitch(t *testing.T) {
	pitch := "Never miss a story — sign up for the Daily Planet's free morning newsletter to stay up to date on the best of what we have to offer, from city hall to the harbour."
	short := "The mayor also said the ferries would be free."
	paras := append(append(append([]string{}, storyParas[:2]...), "Advertisement", short, pitch), storyParas[2:]...)
	a, _ := mustParse(t, dump(append(append([]string{"News", storyTitle, "By Jane Doe", "March 27, 2025"}, paras...), "Contact us at letters@example.com.")...))
	wantBody(t, a.Body, append(append(append([]string{}, storyParas[:2]...), short), storyParas[2:]...))
}

// A lone "Comments" header ends the story: what follows is readers' prose.
func TestCommentsHeader(t *testing.T) {
	a, _ := mustParse(t, dump(append(append([]string{"News", storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...),
		"Comments", "Log in to comment", "Sarah M.",
		"My mother drove over that bridge every day for thirty years and it was falling apart back then too, so I am glad they are finally fixing it.",
		"Reply")...))
	wantBody(t, a.Body, storyParas)
}

// A contributor's box above the headline names the writer; the note about
// them under the story is no paragraph of it, whatever its case.
func TestContributorBox(t *testing.T) {
	a, _ := mustParse(t, dump(append(append([]string{"Business", "Jane Doe", ", Contributor", "I write about harbours and bridges.",
		storyTitle, "Mar 27, 2025 @ 02:03 PM", "1,234 views"}, storyParas...), "Jane Doe is the founder of a firm that inspects bridges.")...))
	if strings.Join(a.Authors, "|") != "Jane Doe" {
		t.Errorf("authors %q", a.Authors)
	}
	wantBody(t, a.Body, storyParas)
	a, _ = mustParse(t, dump(append(append([]string{"News", storyTitle, "JANE DOE", "MARCH 27, 2025 2:03PM (UTC)"}, storyParas...), "Jane Doe is a harbour writer for the Planet.")...))
	wantBody(t, a.Body, storyParas)
}

// A page that scrolls on into the next story: its header ends this one.
func TestNextStoryBelow(t *testing.T) {
	next := []string{"Next Article", "Ferry operator orders two new boats for the river crossing", "By John Roe", "March 28, 2025",
		"The ferry company that will carry commuters while the bridge is shut has ordered two new boats, each able to carry four hundred people.",
		"The boats will be built at a yard down the coast and should arrive before the end of the summer, the company said on Wednesday."}
	a, _ := mustParse(t, dump(append(append([]string{"News", storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...), next...)...))
	wantBody(t, a.Body, storyParas)
	if a.Title != storyTitle || strings.Join(a.Authors, "|") != "Jane Doe" {
		t.Errorf("title %q, authors %q", a.Title, a.Authors)
	}
	// A dateline alone inside the story does not end it.
	paras := append(append(append([]string{}, storyParas[:3]...), "Updated March 28, 2025"), storyParas[3:]...)
	a, _ = mustParse(t, dump(append([]string{"News", storyTitle, "By Jane Doe", "March 27, 2025"}, paras...)...))
	wantBody(t, a.Body, storyParas)
}

// A story signed at its end.
func TestBylineBelowStory(t *testing.T) {
	a, _ := mustParse(t, dump(append(append([]string{"Features", storyTitle}, storyParas...), "Story by Jane Doe · March 27, 2025", "More features")...))
	if strings.Join(a.Authors, "|") != "Jane Doe" || a.Published == nil {
		t.Errorf("authors %q, published %v", a.Authors, a.Published)
	}
}

// A line of several long names right above the dateline is the byline even
// when the headline above it is odd (this header is from "morgue gen").
func TestLongNameLineAboveDateIsByline(t *testing.T) {
	const title = "William Nguyen the dafe tilazobu in Lima"
	a, _ := mustParse(t, dump("The Evening Standardbearer UK standardbearer.co.uk", title,
		"The vica are kogasolquin stonrubife for been ketiheza, miquin beltota komebe cezovorad, to nohalanmin report for vomito prova the muhozoda solsekate nagara no heki.",
		"Minister William Nguyen (R) and Minister William Nguyen in Lima",
		"Minister William Nguyen (R) and Minister William Nguyen in LimaReuters",
		"Grace Vargas Peterson and Jean Castillo Johnson", "September 27, 2023", "6 minutes read", story()))
	if a.Title != title {
		t.Errorf("title %q", a.Title)
	}
	if len(a.Authors) != 2 || a.Authors[0] != "Grace Vargas Peterson" || a.Authors[1] != "Jean Castillo Johnson" {
		t.Errorf("authors %q", a.Authors)
	}
}

// A page that prints its headline as the alt text of its picture too
// ("<headline> Header Image" over "<headline>") gets the clean copy,
// even where the rules read the clean copy as the standfirst.
func TestHeadlineNotItsPicturesAltText(t *testing.T) {
	const headline = "The best walking routes along the northern coast this autumn"
	a, _ := mustParse(t, dump(headline+" Header Image", headline,
		"Ten Walks From the Cliffs to the Dunes",
		"By Jane Doe", "October 2, 2025", story()))
	if a.Title != headline {
		t.Errorf("title %q, want %q", a.Title, headline)
	}
}

// A picture's credit under its caption, labelled as other languages label
// it, is read as the credit, the label left out; so is a credit after a
// stray dot. A story's sentence that opens with the same word stays whole.
func TestCreditLabelsInOtherLanguages(t *testing.T) {
	const capt = "El puente viejo del puerto visto desde la orilla norte el lunes"
	for _, tt := range []struct{ line, credit string }{
		{"Imagen: Agencia Sur", "Agencia Sur"},
		{". Imagen: Agencia Sur", "Agencia Sur"},
		{"Imagem: Ana Pires/Folha", "Ana Pires/Folha"},
		{"Immagine: Archivio Porto", "Archivio Porto"},
		{"Zdjęcie: Jan Kowalski", "Jan Kowalski"},
		{"Фото: Иван Петров", "Иван Петров"},
		{"Crédito: Agencia Sur", "Agencia Sur"},
		{"Fotografía: Agencia Sur", "Agencia Sur"},
	} {
		art, _ := mustParse(t, dump(storyTitle, "By John Roe", capt, tt.line, story()))
		if art.Image == nil || art.Image.Caption != capt || art.Image.Credit != tt.credit {
			t.Errorf("%q: image %+v, want the caption and credit %q", tt.line, art.Image, tt.credit)
		}
		wantBody(t, art.Body, storyParas)
	}
	for _, s := range []string{"Imagen de marca: la empresa quiere parecer más joven", "Crédito barato: los bancos bajan los tipos"} {
		if c := creditOnly(s); c != "" {
			t.Errorf("creditOnly(%q) = %q", s, c)
		}
	}
}

// readWords spares the test of each word for a curly apostrophe only
// on a line whose lower case lowIsASCII calls ASCII: it must be.
func TestLowIsASCIIIsASCII(t *testing.T) {
	for _, s := range []string{"Plain Text here", "It’s late", "Café Noir", "ÉCOLE", "a\xffb", "東京 2025", "ſtraße", "\u212a", "İstanbul", "x\u00a0y"} {
		lines, _ := splitLines(s)
		for i := range lines {
			if got, want := lowIsASCII(&lines[i]), isASCII(lines[i].low); got != want {
				t.Errorf("%q (lower case %q): lowIsASCII %v", lines[i].text, lines[i].low, got)
			}
		}
	}
}
