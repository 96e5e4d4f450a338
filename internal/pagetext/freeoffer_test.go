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
	lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas[:2]...)
	lines = append(append(lines, offers...), storyParas[2:]...)
	lines = append(append(lines, kept...), moreStory...)
	p := parseWith([]byte(dump(lines...)), trained())
	for _, s := range append(append([]string{}, offers...), kept...) {
		p.keep[indexOfText(t, p, s)] = true
	}
	p.dropFreeOffers()
	for _, s := range offers {
		if p.keep[indexOfText(t, p, s)] {
			t.Errorf("the body kept the site's free offer %q", s)
		}
	}
	for _, s := range append(append(append([]string{}, kept...), storyParas...), moreStory...) {
		if !p.keep[indexOfText(t, p, s)] {
			t.Errorf("the story lost %q", s)
		}
	}
}
