package pagetext

import "testing"

// A paragraph the page prints twice (a pull quote, a box that repeats the
// opening further down) is in the body once.
func TestParagraphPrintedTwiceKeptOnce(t *testing.T) {
	paras := append([]string{}, storyParas...)
	page := append([]string{storyTitle, "By Jane Roe", "March 3, 2026"}, paras[:3]...)
	page = append(page, paras[1]) // the second paragraph again, as a pull quote
	page = append(page, paras[3:]...)
	a, _ := mustParse(t, dump(page...))
	wantBody(t, a.Body, paras)
}

// The buttons of a shop box in a buying guide ("Check price at …", a
// price with its shop) stay out of the review around them.
func TestShopButtonsLeaveTheBody(t *testing.T) {
	paras := []string{
		"We tested eleven kettles over three months, boiling water for tea, coffee and pasta, and timed every one of them from a cold start to a rolling boil.",
		"The Brightwater 200 was the fastest of them all. It boiled a full litre in just over two minutes and stayed quiet while doing it, which our testers liked in the morning.",
		"Its lid opens wide enough to clean the inside by hand, and the water window is easy to read from across the kitchen, even in poor light.",
		"The Harbour Classic took longer to boil but kept the water hot for almost an hour afterwards, which makes it the better choice for a large household.",
	}
	buttons := []string{"Check price at Amazon", "$49.99 from Best Buy", "View at Kitchenworld", "Buy now"}
	page := []string{"The best electric kettles of 2026", "By John Doe", "Updated March 3, 2026", paras[0], paras[1]}
	page = append(page, buttons...)
	page = append(page, paras[2], paras[3])
	a, _ := mustParse(t, dump(page...))
	wantLeftOut(t, a.Body, buttons)
	wantBody(t, a.Body, paras)
}

// The isShopButton test reads prices with their shop, not prices in a
// sentence.
func TestIsShopButton(t *testing.T) {
	for s, want := range map[string]bool{
		"Check price at REI":             true,
		"£45 at Argos":                   true,
		"$1,599.00 from Lowe's":          true,
		"€ 20 on Amazon":                 true,
		"$20 is what it costs":           false,
		"Checking the price took a week": false,
		"View from the top":              false,
	} {
		ln := newLine(s, 0)
		if got := isShopButton(&ln); got != want {
			t.Errorf("isShopButton(%q) = %v, want %v", s, got, want)
		}
	}
}

// A "Read also: …" link inside a Polish story, and a German paywall
// prompt, are not story text.
func TestReadAlsoInOtherLanguages(t *testing.T) {
	paras := []string{
		"Rada miasta zdecydowała we wtorek, że stary most w porcie zostanie zamknięty na cały rok, a mieszkańcy, którzy codziennie jeżdżą nim do pracy, będą musieli szukać innej drogi na drugi brzeg rzeki.",
		"Inżynierowie powiedzieli radnym, że stal pod jezdnią jest znacznie bardziej zardzewiała, niż się spodziewali, kiedy ostatnio ją badali, i że most nie może już dłużej służyć ciężkiemu ruchowi.",
		"– Nie podjęliśmy tej decyzji lekko – powiedział burmistrz, który dodał, że miasto uruchomi dodatkowe promy i autobusy na czas remontu. – Ludzie będą źli i mają do tego pełne prawo.",
		"Właściciele sklepów po obu stronach rzeki mówią, że boją się utraty klientów, ale większość z nich przyznaje, że most trzeba naprawić, zanim komuś stanie się krzywda.",
		"Prace mają się zacząć wiosną i kosztować około pięćdziesięciu milionów złotych, którymi miasto chce się podzielić z samorządem województwa.",
	}
	furniture := []string{"Czytaj też: Nowy most w porcie za dwa lata", "Kostenlos registrieren und weiterlesen"}
	page := []string{"Most w porcie zamknięty na rok", "Anna Nowak", "3 marca 2026", paras[0], paras[1], furniture[0], paras[2], paras[3], furniture[1], paras[4]}
	a, _ := mustParse(t, dump(page...))
	wantLeftOut(t, a.Body, furniture)
	wantBody(t, a.Body, paras)
}

// Under a line that counts the readers' comments, nothing is story,
// however much the comments read like paragraphs and whatever the
// classifier made of them; a line such as "As the engineer writes:",
// which the comments reader also takes for a wall, ends nothing.
func TestCommentsCountEndsTheStory(t *testing.T) {
	comment := "I have driven over that bridge every day for twenty years and I never once thought it was in such a bad state, which makes me wonder what else the council has not been telling us."
	for _, tt := range []struct {
		wall string
		ends bool
	}{
		{"3 Comments on “" + storyTitle + "”", true},
		{"Leave a Reply", true},
	} {
		parts := append([]string{storyTitle, "By Jane Roe"}, storyParas...)
		parts = append(parts, tt.wall, "Reader One", comment)
		lines, _ := splitLines(dump(parts...))
		p := newPage(lines)
		p.read()
		p.runRules()
		p.features()
		p.classify()
		w := len(lines) - 3
		if !p.ann[w].has(roleWall) {
			t.Fatalf("%q is no wall", tt.wall)
		}
		p.keep[len(lines)-1] = true // as if the classifier took the comment for prose
		p.dropAfterWall()
		if got := p.keep[len(lines)-1]; got == tt.ends {
			t.Errorf("under %q the comment is kept: %v, want %v", tt.wall, got, !tt.ends)
		}
	}
}

// "As the engineer writes:" in a story introduces a quotation, and the
// story goes on under it; "harbourfan says:" over a time stamp heads a
// reader's comment, and the comments under the story stay out.
func TestQuotedWriterIsNoComment(t *testing.T) {
	quote := "“The steel under the road has rusted through in places we could not see from below, and no amount of paint will put it right,” the report says."
	after := "The council will vote on the repairs next month, and the work could start in the spring if the money is found in time."
	comment := "I have driven over that bridge every day for twenty years and I never once thought it was in such a bad state, which makes me wonder what else the council has not been telling us."
	page := append([]string{storyTitle, "By Jane Roe", "March 3, 2026"}, storyParas[:3]...)
	page = append(page, "As the city engineer writes:", quote)
	page = append(page, storyParas[3:]...)
	page = append(page, after,
		"harbourfan says:", "March 4, 2026 at 9:12 am", comment, "Reply",
		"riverside_jo says:", "March 4, 2026 at 10:40 am", "Same here, and nobody ever told us a thing about it until now.", "Reply")
	a, _ := mustParse(t, dump(page...))
	want := append(append(append([]string{}, storyParas[:3]...), "As the city engineer writes:", quote), storyParas[3:]...)
	wantBody(t, a.Body, append(want, after))
	wantLeftOut(t, a.Body, []string{"harbourfan says:", comment})
}

// "Read also" in the Nordic languages, a picture's credit in Finnish and
// Polish and a credit after a caption are furniture; prose that merely
// opens alike is not.
func TestReadAlsoAndCreditsInMoreLanguages(t *testing.T) {
	for _, s := range []string{"Lue myös:", "Läs även: Färjan blir dyrare i vår", "Les også", "Kuva: Maija Virtanen",
		"Fot. Jan Kowalski / Agencja Fotograficzna", "Strajk w holu uniwersytetu / (C) Anna Nowak",
		"Article suivant Les passagers du ferry rentrent enfin chez eux", "Previous article Ferry fares to rise in April"} {
		ln := wordedLine(s)
		if !isJunk(ln, false) && !isTeaserMarker(ln) {
			t.Errorf("%q is neither junk nor a teaser label", s)
		}
	}
	for _, s := range []string{"Lue myöhemmin lisää siitä, miten kaupunki aikoo korjata sillan ensi vuonna.",
		"Fotograf Jan Kowalski robił zdjęcia mostu przez dwadzieścia lat."} {
		ln := wordedLine(s)
		if isJunk(ln, false) || isTeaserMarker(ln) {
			t.Errorf("%q read as furniture", s)
		}
	}
}

// A reader's comment is headed "Jane sagt:" or "Jane dit :" over its time
// in other languages too; a story's "Die Ministerin sagt:" over a
// quotation is no comment.
func TestCommentHeadsInOtherLanguages(t *testing.T) {
	for _, tt := range []struct {
		head, next string
		wall       bool
	}{
		{"Graugans sagt:", "31. Oktober 2023 um 15:15 Uhr", true},
		{"marie_l a écrit:", "12 mars 2024 à 08:40", true},
		{"Die Ministerin sagt:", "„Wir werden die Brücke im Frühjahr wieder öffnen, wenn das Geld rechtzeitig kommt.“", false},
	} {
		lines, _ := splitLines(dump(storyTitle, storyParas[0], tt.head, tt.next, storyParas[1]))
		p := newPage(lines)
		p.read()
		if p.ann[2].has(roleWall) != tt.wall {
			t.Errorf("%q over %q: wall %v, want %v", tt.head, tt.next, p.ann[2].has(roleWall), tt.wall)
		}
	}
}

// A site's note that it earns from the links in the post, and a caption
// with its credit printed twice, leave a buying guide's body; a paragraph
// of the story about affiliate links, which names no site or writer, stays.
func TestSiteNotesLeaveTheBody(t *testing.T) {
	paras := []string{
		"We walked every trail in the valley this summer, some of them twice, to find the boots that stay dry in the river crossings and comfortable on the long climbs above the lakes.",
		"The Ridgeline Mid was the best of them. It kept our feet dry through four crossings on the first day, and its soles held on the wet granite slabs near the pass.",
		"Shops that sell outdoor gear often pay writers through affiliate links, a commission on each pair bought after a click, and readers have asked how that shapes the reviews they read.",
		"The Alder Low costs less and weighs less, but its thinner sole let the sharp stones through on the scree, and two of our testers sent it back after a week.",
	}
	notes := []string{
		"This post contains affiliate links, and we may earn a small commission if you buy through them, at no extra cost to you.",
		"Hikers cross the river below the falls on the second day of the trip. (Photo: Jane Roe)",
	}
	page := []string{"The best hiking boots for wet trails", "By John Doe", "Updated March 3, 2026", notes[1], notes[0], paras[0], paras[1], notes[1], paras[2], paras[3]}
	a, _ := mustParse(t, dump(page...))
	wantLeftOut(t, a.Body, notes)
	wantBody(t, a.Body, paras)
}

// isSiteNote reads the note by what it is about and whom it points at.
func TestIsSiteNote(t *testing.T) {
	for s, want := range map[string]bool{
		"As an Amazon Associate I earn from qualifying purchases.":                                   true,
		"The views expressed in this article are the writer's own.":                                  true,
		"This material is for informational purposes only and does not provide tax or legal advice.": true,
		"Affiliate programs pay a commission when a reader buys through a link.":                     false,
		"The commission met on Tuesday to vote on the new rules.":                                    false,
	} {
		ln := newLine(s, 0)
		if got := isSiteNote(&ln); got != want {
			t.Errorf("isSiteNote(%q) = %v, want %v", s, got, want)
		}
	}
}

// Alt text that a copied page prints where its pictures were ("A woman
// holding …", "a man stands on …") leaves the body; story sentences that
// open the same way stay.
func TestPictureTextLeavesTheBody(t *testing.T) {
	alts := []string{
		"A ferry captain holding a coil of rope on the deck of his boat",
		"a man stands on the old bridge looking down at the river",
		"A bus waiting at the empty shelter beside the harbour road at dusk.",
	}
	paras := []string{
		storyParas[0],
		"A growing number of commuters have started cycling to work instead, and the council says it will paint new lanes along the river road before the summer.",
		storyParas[1],
		storyParas[2],
		"A study by the regional transport office found that the detour would add about twenty minutes to the average trip across the river.",
		storyParas[3],
		storyParas[4],
	}
	page := []string{storyTitle, "By Jane Roe", "March 3, 2026", paras[0], alts[0], paras[1], paras[2], alts[1], paras[3], paras[4], alts[2], paras[5], paras[6]}
	a, _ := mustParse(t, dump(page...))
	wantLeftOut(t, a.Body, alts)
	wantBody(t, a.Body, paras)
}

func TestShowsScene(t *testing.T) {
	for s, want := range map[string]bool{
		"A woman holding a microphone at a dinner party":                   true,
		"a hiker stands on a ledge overlooking a lake":                     true,
		"A laptop displaying charts on a wooden desk.":                     true,
		"A growing number of cities are banning the practice.":             false,
		"A rapidly growing publisher with a focus on fiction":              false,
		"A brief introduction to nursing":                                  false,
		"An established publishing schedule for every journal":             false,
		"A key player in publishing, Acme prints novels and memoirs":       false,
		"A free-draining soil will do nicely for the plant":                false,
		"A few questions worth asking:":                                    false,
		"A woman holding 3 kittens":                                        false,
		"A photo I took while walking along the harbour":                   false,
		"A man holding a sign. Police said the protest was peaceful.":      false,
		"The woman holding the microphone":                                 false,
		"A man was holding the door when the storm broke the windows open": false,
		// After a count.
		"Two people eating salads at a table on the terrace":              true,
		"Three hikers rest by the lake below the ridge":                   true,
		"Two adults and a child pose in front of the ferry":               true,
		"Two Kinds of Vibe Coding":                                        false,
		"Two companies were bidding for the contract, officials said.":    false,
		"Three of the people waiting at the quay were taken to hospital.": false,
		"Several fast-growing towns on the coast want a ferry":            false,
		"Three-year total cost accounting for growth":                     false,
	} {
		lines := []line{newLine(s, 0)}
		countWords(lines, "en")
		if got := showsScene(&lines[0]); got != want {
			t.Errorf("showsScene(%q) = %v, want %v", s, got, want)
		}
	}
}

// The label a site prints over an advertisement inside the story, "Scroll
// to continue reading" after its word for it, is furniture; a story's
// sentence about scrolling on is not.
func TestScrollToContinueLabelIsFurniture(t *testing.T) {
	for _, s := range []string{"Advertisement. Scroll to continue reading.", "ADVERTISEMENT · SCROLL TO CONTINUE", "Sponsored — scroll to continue with the story"} {
		ln := wordedLine(s)
		if !isJunk(ln, false) {
			t.Errorf("%q is not read as furniture", s)
		}
	}
	s := "Readers who scroll past the map will find the council's full list of closures, street by street, with the dates each one ends."
	ln := wordedLine(s)
	if isJunk(ln, false) {
		t.Errorf("%q read as furniture", s)
	}
}

// The name a page gives a widget's picture or a region ("Down arrow" by a
// menu, "Article content" over the story), printed where it stood, is
// not story text.
func TestWidgetNamesLeaveTheBody(t *testing.T) {
	paras := append([]string{}, storyParas...)
	names := []string{"Article content", "Down arrow"}
	page := append([]string{storyTitle, "By Jane Roe", "March 3, 2026", names[0]}, paras[:2]...)
	page = append(page, names[1])
	page = append(page, paras[2:]...)
	a, _ := mustParse(t, dump(page...))
	wantLeftOut(t, a.Body, names)
	wantBody(t, a.Body, paras)
}
