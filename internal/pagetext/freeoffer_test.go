package pagetext

import "testing"

// The site's free offer set between the story's paragraphs ("Get my FREE
// course HERE!") leaves the body; a story's own sentence that opens the
// same way but gives nothing away, or goes on to say at length what the
// offer is for, stays.
func TestFreeOfferLeavesBody(t *testing.T) {
	offers := []string{
		"Get my FREE 'Watercolour Basics for Beginners' course HERE!",
		"Join my free workshop and learn how to keep a sourdough starter alive, the easy way.",
		"Get a free estimate",
	}
	kept := []string{
		"Take the free shuttle from the station, the mayor said, because parking near the bridge will be gone for months.",
		"Download our free planning checklist to keep every detail of the crossing on track, from the ferry times to the bus routes and the parking near the harbour.",
	}
	checkLinesLeave(t, (*page).dropFreeOffers, offers, kept, "the site's free offer")
}

// checkLinesLeave puts gone after the story's second paragraph and stay
// after its last one, keeps them all and runs drop: the lines of gone
// (named what) must leave the body, those of stay and the story's
// paragraphs must stay.
func checkLinesLeave(t *testing.T, drop func(*page), gone, stay []string, what string) {
	t.Helper()
	lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas[:2]...)
	lines = append(append(lines, gone...), storyParas[2:]...)
	lines = append(append(lines, stay...), moreStory...)
	p := parseWith([]byte(dump(lines...)), trained())
	for _, s := range append(append([]string{}, gone...), stay...) {
		p.keep[indexOfText(t, p, s)] = true
	}
	drop(p)
	for _, s := range gone {
		if p.keep[indexOfText(t, p, s)] {
			t.Errorf("the body kept %s %q", what, s)
		}
	}
	for _, s := range append(append(append([]string{}, stay...), storyParas...), moreStory...) {
		if !p.keep[indexOfText(t, p, s)] {
			t.Errorf("the story lost %q", s)
		}
	}
}
