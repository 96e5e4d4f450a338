package pagetext

import "testing"

// A bare question right over the story, under nothing but the site's
// name and a trail, is the headline: the name over it is not.
func TestBareQuestionHeadline(t *testing.T) {
	const q = "Can the harbour bridge still be saved?"
	page := dump("The Harbour Ledger", "Home › Local › Transport", q, storyParas[0], storyParas[1], storyParas[2], "Published March 27, 2025", "Share this article")
	if got := headlineOf(page); got != q {
		t.Errorf("headline %q, want %q", got, q)
	}
	// A question under a real headline stays in the story.
	page = dump("News", storyTitle, "March 27, 2025", q, storyParas[0], storyParas[1], storyParas[2])
	if got := headlineOf(page); got != storyTitle {
		t.Errorf("headline %q, want %q", got, storyTitle)
	}
}
