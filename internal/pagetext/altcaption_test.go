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

// The items of a list the story announces with a colon stay, though two
// neighbours share words as an alt text and its caption would.
func TestAnnouncedListItemsStay(t *testing.T) {
	items := []string{
		"See which berths are free this winter",
		"Compare the fees of the two marinas on the river",
		"Pick the harbour shed you want",
		"Check the harbour shed rules before you sign anything with the council",
	}
	parts := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas[:3]...)
	parts = append(parts, "Use the council's form so you can:")
	parts = append(parts, items...)
	parts = append(parts, "Send the form here so the harbour office can reply:")
	parts = append(append(parts, storyParas[3:]...), moreStory...)
	a, _ := mustParse(t, dump(parts...))
	for _, s := range items {
		if !strings.Contains(a.Body, s) {
			t.Errorf("the body lost the list item %q", s)
		}
	}
}

// A picture's pair of lines right over the subheading of the next section
// leaves the body; the subheading and its paragraph stay, and so do a
// product's name and its list of features, which run on without stops.
func TestAltCaptionOverSubheadingLeavesBody(t *testing.T) {
	pair := []string{
		"Harbour crane with its lamp lit",
		"The lamp on the harbour crane lit up the whole quay on the night of our visit",
	}
	heading := "The Quay at Night"
	parts := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas[:3]...)
	features := []string{
		"Harbour Lamp Deluxe Cordless Reading Light",
		"With up to forty hours of light, the Harbour Lamp Deluxe is your perfect reading light",
		"Warm light and a wide beam that is kind to tired eyes",
		"Folds flat for the drawer and charges from any phone charger in about two hours, and a full charge lasts a week of evenings",
	}
	parts = append(parts, pair[0], pair[1], heading, storyParas[3])
	parts = append(parts, features...)
	parts = append(append(parts, storyParas[4:]...), moreStory...)
	a, _ := mustParse(t, dump(parts...))
	wantLeftOut(t, a.Body, pair)
	for _, s := range append(append(append([]string{heading}, features...), storyParas...), moreStory...) {
		if !strings.Contains(a.Body, s) {
			t.Errorf("the body lost %q", s)
		}
	}
}
