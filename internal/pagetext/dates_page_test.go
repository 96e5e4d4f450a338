package pagetext

import (
	"strings"
	"testing"
)

// A dateline glued to the word before it, or followed by the story's
// topics after the writer's name, is still the story's date.
func TestDatelineGluedOrWithTopics(t *testing.T) {
	for _, c := range []struct {
		head   []string
		author string
	}{
		{[]string{"NewsMarch 27, 2025", storyTitle}, ""},
		{[]string{storyTitle, "Jane Doe 27 March 2025 Harbour, Ferries, City Council, Bridges"}, "Jane Doe"},
	} {
		a, _ := mustParse(t, dump(append(c.head, story())...))
		if a.Published == nil || a.Published.Month() != 3 || a.Published.Day() != 27 || strings.Join(a.Authors, "|") != c.author {
			t.Errorf("%q: published %v, authors %q", c.head, a.Published, a.Authors)
		}
	}
}
