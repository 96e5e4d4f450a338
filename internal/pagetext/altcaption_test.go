package pagetext

import (
	"strings"
	"testing"
)

// A picture's alt text and its caption printed between a story's
// paragraphs leave the body; a subheading over a paragraph that repeats
// its words, and a short title-case heading over a longer one, stay.
func TestAltTextAndCaptionLeaveBody(t *testing.T) {
	pairs := []string{
		"Garden shed with the door open",
		"We left the garden shed open overnight to see whether the new door would hold",
		"Red kettle on the stove",
		"The red kettle sits on the stove of our test kitchen after a week of use",
	}
	kept := []string{
		"Ferry Timetables",
		"The ferry timetables changed twice this year, and each time the council said it would be the last.",
		"Harbour Works",
		"What the Harbour Works Mean for Local Fishing Families",
	}
	parts := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas[:2]...)
	parts = append(parts, pairs[0], pairs[1], storyParas[2], kept[0], kept[1], storyParas[3], pairs[2], pairs[3])
	parts = append(append(parts, storyParas[4:]...), kept[2], kept[3])
	parts = append(parts, moreStory...)
	a, _ := mustParse(t, dump(parts...))
	wantLeftOut(t, a.Body, pairs)
	for _, s := range append(append(kept, storyParas...), moreStory...) {
		if !strings.Contains(a.Body, s) {
			t.Errorf("the body lost %q", s)
		}
	}
}
