package pagetext

import (
	"strings"
	"testing"
)

// newsletterTail is a made-up newsletter's own matter under its story:
// prose a reader of the archive does not want with the story.
var newsletterTail = []string{
	"It took me a while to find a tidy way to link it, but here is how to leave the list whenever you want to go.",
	"If you enjoy this letter and want to pass it on to a friend or a neighbour, please do, and send them the address below.",
	"Advertisement: Harbour Walks Weekend",
	"Are you tired of the same old tours? Join a small group for a full day on foot along the river, with lunch at the old ferry house included in the price.",
	"Seats are strictly limited to twenty people so that everyone can ask their questions along the way, so book early if you want to come.",
	"Thanks for subscribing and reading this far, and for your kindness week after week.",
}

// A newsletter that asks the reader to rate the issue over a row of
// buttons has ended its story there: the tail under the poll (how to
// leave the list, its advertisements) leaves the body, though it reads
// like prose and runs long.
func TestReaderPollEndsNewsletter(t *testing.T) {
	for _, poll := range [][]string{
		{"How Was This Issue?", "Rate this week's issue with a single click. Your feedback helps me decide what to write next.", "Good", "Neutral", "Bad"},
		{"Was this article helpful?", "Yes", "No"},
	} {
		parts := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...)
		parts = append(append(append(parts, moreStory...), poll...), newsletterTail...)
		a, _ := mustParse(t, dump(parts...))
		wantLeftOut(t, a.Body, append([]string{poll[0]}, newsletterTail...))
		for _, s := range append(storyParas, moreStory...) {
			if !strings.Contains(a.Body, s) {
				t.Errorf("under the poll %q the story lost %q", poll[0], s)
			}
		}
	}
}

// A question that names the piece without asking what the reader made of
// it is the story's own, and so is a poll high on the page: neither ends
// the story.
func TestReaderPollKeepsStory(t *testing.T) {
	for _, head := range [][]string{
		{storyTitle, "Who is this article for?", "Commuters", "Shop owners"},
		{storyTitle, "Was this article helpful?", "Yes", "No"},
	} {
		p := parseWith([]byte(dump(append(append(head, storyParas...), moreStory...)...)), trained())
		for i := range p.keep {
			p.keep[i] = true
		}
		p.dropUnderReaderPoll()
		for _, s := range append(storyParas, moreStory...) {
			if !p.keep[indexOfText(t, p, s)] {
				t.Errorf("under %q high on the page the story lost %q", head[1], s)
			}
		}
	}
}
