package pagetext

import "testing"

// libraryStory is the text of a made-up local news story, for the
// headline tests below to put different headers over.
var libraryStory = []string{
	"The council voted on Tuesday night to close the old library on Mill Street and move its books to the new community centre by the river, ending a debate that has run for three years.",
	"Supporters of the move said the old building needs repairs that would cost more than the new centre itself. The roof leaks, the heating fails every winter and the stairs keep out anyone who cannot climb them.",
	"Opponents gathered outside the town hall before the vote with signs and a petition signed by more than two thousand residents. They argue that the library is the heart of the old town.",
	"The mayor promised a free bus between the two sites for the first year. The books will move in the spring, and the old building will be offered for sale to a buyer who keeps its front.",
	"A final public meeting on the plans is set for next month at the community centre.",
}

func withStory(header ...string) []string {
	return append(header, libraryStory...)
}

// A page may print its standfirst over its headline. The byline sits
// under the headline whatever the order, and the standfirst is the
// longer line that reads as a sentence.
func TestStandfirstPrintedOverHeadline(t *testing.T) {
	wantHeadline(t, "Council votes to close Mill Street library", withStory(
		"Menu",
		"Search",
		"The town's books are moving to the riverside, and readers in the old town are not pleased",
		"Council votes to close Mill Street library",
		"Anna Marsh",
	))
	// A headline of capitalised words over a longer line in sentence
	// case with no byline: the first is the headline, as before.
	wantHeadline(t, "Council Votes to Close Mill Street Library", withStory(
		"Riverside Gazette",
		"Council Votes to Close Mill Street Library",
		"The town's books are moving to the riverside centre after a three-year debate over the old building",
	))
}

// A box of the most read stories over the article ends right over its
// headline: the last teaser is not the headline, and the story's own
// headline under it, with the byline under that, is no standfirst.
func TestHeadlineUnderMostReadBox(t *testing.T) {
	wantHeadline(t, "Council votes to close Mill Street library", withStory(
		"Riverside Gazette", "Home", "News", "Local", "Sport", "Business", "Weather", "Subscribe", "Log in",
		"Top stories",
		"Town budget passes after late-night session",
		"New bridge opens to traffic next week",
		"School fees to rise in September",
		"Most read",
		"Harbour festival returns this summer",
		"Police seek witnesses to crash on ring road",
		"Council votes to close Mill Street library",
		"By Anna Marsh",
		"March 4, 2026",
	))
}

// The window title "<headline> | <site>" over the headline printed again
// on its own: the headline is the clean copy, without the site's name.
// A longer tail after the pipe is the headline's own second half.
func TestWindowTitleOverCleanHeadline(t *testing.T) {
	for _, window := range []string{
		"Council votes to close Mill Street library | Riverside Gazette",
		"Council votes to close Mill Street library – Gazette",
	} {
		wantHeadline(t, "Council votes to close Mill Street library", withStory(
			window, "Share", "Council votes to close Mill Street library", "By Anna Marsh", "March 4, 2026"))
	}
	wantHeadline(t, "Best Cameras of 2026 | The Mirrorless Models Worth Buying This Spring", withStory(
		"Best Cameras of 2026 | The Mirrorless Models Worth Buying This Spring",
		"By Anna Marsh", "March 4, 2026", "Best Cameras of 2026"))
}
