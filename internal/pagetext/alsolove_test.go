package pagetext

import (
	"strings"
	"testing"
)

// A blog's "You'll also love…" box under the story labels links to its
// other posts, whose headlines read as the story's short closing lines;
// the label ends the story.
func TestAlsoLoveBoxLeavesBody(t *testing.T) {
	closing := []string{
		"So there you have it! The first six steps to becoming a bridge engineer without experience!",
		"But one last bit of encouragement before you go…",
		"If this is you, and you feel like you have zero education or relevant experience to bring to the table, I want you to know that there are so many people out there who were in your shoes and have gone on to build very successful bridge firms!",
	}
	teasers := []string{
		"$40K in her first year as a new bridge engineer? Here’s how Mia did it!",
		"How Omar booked $12K in projects his first 4 months as a bridge engineer",
		"How Lena used Instagram to hit her first $10K month as a ferry guide",
		"How Priya makes herself the obvious choice for her ideal city council clients",
		"How Tom earned more in Q1 than his entire previous year as a new surveyor",
	}
	for _, label := range []string{"You’ll Also Love...", "You May Also Enjoy...", "You Might Also Love..."} {
		lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...)
		lines = append(append(append(lines, moreStory...), closing...), label)
		lines = append(append(lines, teasers...), "July 2022", "Jane Doe")
		a, _, err := Parse([]byte(dump(lines...)))
		if err != nil {
			t.Fatal(err)
		}
		wantLeftOut(t, a.Body, append([]string{label}, teasers...))
		if !strings.Contains(a.Body, closing[len(closing)-1][:60]) {
			t.Errorf("over %q the body lost the story's last paragraph:\n%s", label, a.Body)
		}
	}
}
