package pagetext

import (
	"strings"
	"testing"
)

// The lines a platform prints under every story it hosts leave the body:
// a help centre's tally of readers who found the page helpful, its
// prompt for feedback, a newsletter platform's footer in the platform's
// own words. The story's last paragraph stays.
func TestPlatformFootersLeaveBody(t *testing.T) {
	widgets := []string{
		"84% of people found this article helpful.",
		"Ask a question or give feedback about this article.",
		"The Harbour Letter is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.",
	}
	for _, w := range widgets {
		lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...)
		lines = append(append(lines, moreStory...), w)
		a, _, err := Parse([]byte(dump(lines...)))
		if err != nil {
			t.Fatal(err)
		}
		wantLeftOut(t, a.Body, []string{w})
		if last := moreStory[len(moreStory)-1]; !strings.Contains(a.Body, last) {
			t.Errorf("over %q the body lost the story's last paragraph:\n%s", w, a.Body)
		}
	}
}

// The helpfulness widget is known by its words, not by any count or
// mention of helpfulness: a story's own sentences about what readers
// found helpful stay.
func TestFeedbackWidgetWording(t *testing.T) {
	for low, want := range map[string]bool{
		"84% of people found this article helpful.":           true,
		"12 out of 15 found this helpful":                     true,
		"ask a question or give feedback about this article.": true,
		"give feedback on this page":                          true,
		"84% of the riders found the ferry helpful.":          false,
		"we welcome feedback on this proposal":                false,
		"readers found this article helpful, the editor said": false,
		"": false,
	} {
		if got := feedbackWidget(low); got != want {
			t.Errorf("feedbackWidget(%q) = %v, want %v", low, got, want)
		}
	}
}
