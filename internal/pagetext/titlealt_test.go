package pagetext

import (
	"strings"
	"testing"
)

// The headline ranker is told which lines read as a picture's alt text
// or open like a byline or stamp; headlines that merely mention a picture
// or open with another word are not.
func TestAltTextAndCreditOpen(t *testing.T) {
	for _, c := range []struct {
		line        string
		alt, credit bool
	}{
		{"Picture of the harbour bridge at dawn", true, false},
		{"The best walking routes this autumn Header Image", true, false},
		{"Jane Doe's avatar", true, false},
		{"Council shuts harbour bridge for a year of repairs", false, false},
		{"Picture books that teach children to read", false, false},
		{"By: Harbour Desk on 04-10-2025 5:11", false, true},
		{"Posted on October 2, 2025 by Jane Doe", false, true},
		{"Bypass road opens after two years", false, false},
	} {
		low := toLower(c.line)
		if got := altText(low); got != c.alt {
			t.Errorf("altText(%q) = %v", c.line, got)
		}
		if got := creditOpen(low); got != c.credit {
			t.Errorf("creditOpen(%q) = %v", c.line, got)
		}
	}
}

// Credits, stamps and calls to action are never the headline, in any of
// the big news languages; headlines that open with the same words are.
func TestCreditLineAndCallToAction(t *testing.T) {
	for _, c := range []struct {
		line           string
		credit, action bool
	}{
		{"By: Harbour Desk on 04-10-2025 5:11", true, false},
		{"Publicado por Ana Pérez", true, false},
		{"Posted by admin", true, false},
		{"By the numbers: the harbour bridge in ten charts", false, false},
		{"Updated guidance on bridge closures", false, false},
		{"Suscríbete a El Diario del Puerto", false, true},
		{"Abonnez-vous à notre lettre", false, true},
		{"Discover more about our harbour tours", false, true},
		{"Harbour Gardeners Network on Facebook", false, true},
		{"Council shuts harbour bridge for a year of repairs", false, false},
		{"Learn More: Harbour Bridge Repairs", false, false},
		{"Why Facebook bought a harbour", false, false},
	} {
		low := toLower(c.line)
		if got := creditLine(low); got != c.credit {
			t.Errorf("creditLine(%q) = %v", c.line, got)
		}
		if got := callToAction(low); got != c.action {
			t.Errorf("callToAction(%q) = %v", c.line, got)
		}
	}
}

// A call to action and an unrecognised credit above the headline, and a
// subheading that repeats the end of a headline with a colon in it: the
// headline is the headline, not a trail of sections ending in the
// subheading.
func TestHeadlineAmongPromptsAndCredits(t *testing.T) {
	const headline = "Deux ans au port : une fermeture, trois réparations et un pont qui tremble encore"
	a, _ := mustParse(t, dump("Abonnez-vous à La Gazette du Port", "Publié par la rédaction le 04/10/2025",
		headline, storyParas[0], storyParas[1], "Un pont qui tremble encore", storyParas[2], storyParas[3]))
	if a.Title != headline {
		t.Errorf("title %q, want %q", a.Title, headline)
	}
}

// A trail of sections glued to the headline ("ArticlesArrow Right8 Steps
// …") is not the headline when the page prints the headline alone too.
func TestTrailGluedToDigit(t *testing.T) {
	if !trailLike("ResourcesArrow RightArticlesArrow Right") || trailLike("Two years on : one closure, three repairs and") {
		t.Error("trailLike")
	}
	if !gluedAt("Right8 Steps", 5) {
		t.Error("a letter glued to a digit")
	}
}

// The dash of a window title ends in the site's name; a dash between
// two halves of a headline does not.
func TestSiteSeparator(t *testing.T) {
	for _, c := range []struct {
		line           string
		site, dashTail bool
	}{
		{"Council shuts harbour bridge | Harbour Times", true, false},
		{"Council shuts harbour bridge - Harbour Times", true, false},
		{"Mild winters tire us – here is what helps against the dark", false, true},
		{"Council shuts harbour bridge", false, false},
	} {
		site, tail := siteSeparator(c.line)
		if site != c.site || tail != c.dashTail {
			t.Errorf("siteSeparator(%q) = %v, %v", c.line, site, tail)
		}
	}
}

// Pictures described in words, trails glued to their first section and
// buttons of the site speaking of itself are read as such; headlines
// that merely mention a picture or open with "Home" are not.
func TestPictureTrailAndButtonReadings(t *testing.T) {
	for _, c := range []struct {
		line                string
		picture, trail, cta bool
	}{
		{"light art photograph in a parking garage that glows", true, false, false},
		{"The image shows the harbour bridge at dawn", true, false, false},
		{"Picture books that teach children to read", false, false, false},
		{"The harbour bridge in pictures", false, false, false},
		{"HomeNewsHarbour", false, true, false},
		{"Homeowners fight the harbour bridge closure", false, false, false},
		{"Learn About Our Services", false, false, true},
		{"Learn to sail in the harbour this summer", false, false, false},
	} {
		low := toLower(c.line)
		if got := pictureDescription(c.line, low); got != c.picture {
			t.Errorf("pictureDescription(%q) = %v", c.line, got)
		}
		if got := homeTrail(c.line); got != c.trail {
			t.Errorf("homeTrail(%q) = %v", c.line, got)
		}
		if got := callToAction(low); got != c.cta {
			t.Errorf("callToAction(%q) = %v", c.line, got)
		}
	}
}

// A page that opens with a headline of capitalised words (read as names,
// so the rules take no line) still has that headline, and a headline
// that mentions a newsletter is not furniture.
func TestHeadlineTheRulesWouldNotTake(t *testing.T) {
	const terms = "Harbour Pass Discount Terms"
	a, _ := mustParse(t, dump(terms, storyParas[0], storyParas[1]))
	if a.Title != terms {
		t.Errorf("title %q, want %q", a.Title, terms)
	}
	const news = "How I write a weekly harbour newsletter with two tools"
	a, _ = mustParse(t, dump(news, "Jane Doe's avatar", "Jane Doe", "Nov 02, 2025", story()))
	if a.Title != news {
		t.Errorf("title %q, want %q", a.Title, news)
	}
}

// A section's name over the dateline over the headline, with a credit
// the byline reader does not know under it: the section name is a
// kicker, not the headline.
func TestKickerOverDatelineAndHeadline(t *testing.T) {
	const headline = "Los pescaderos del puerto no descartan una nueva huelga: votarán el jueves"
	lines, _ := splitLines(dump("Región del Puerto", "Miércoles 04 mayo de 2022 | 01:10", headline,
		"Publicado por Ana Pérez", story()))
	p := newPage(lines)
	for _, ps := range passes {
		ps.run(p)
	}
	if !p.kicker(0) || p.kicker(2) {
		t.Errorf("kicker(0) = %v, kicker(2) = %v", p.kicker(0), p.kicker(2))
	}
}

// titleCandidates asks callToAction only of lines of 14 words or fewer,
// the words readWords counts: a longer line is never a call to action,
// even when it opens with a verb of subscribing.
func TestCallToActionHasFourteenWordsAtMost(t *testing.T) {
	for n := 1; n <= 20; n++ {
		lines, _ := splitLines("Subscribe" + strings.Repeat(" now", n-1))
		countWords(lines, "en")
		if got, want := callToAction(lines[0].low), lines[0].words <= 14; got != want {
			t.Errorf("%d words: callToAction %v", lines[0].words, got)
		}
	}
}
