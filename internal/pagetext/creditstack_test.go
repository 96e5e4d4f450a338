package pagetext

import (
	"strings"
	"testing"
)

// A stack of credit labels under the headline, each over its name,
// credits as authors those who made the story's content, not who took its
// pictures, edited or reviewed it.
func TestCreditStackAuthors(t *testing.T) {
	for _, c := range []struct {
		block []string
		want  string
	}{
		{[]string{"Visualizations by:", "Jane Doe", "Scientific consulting by:", "John Roe"}, "Jane Doe|John Roe"},
		{[]string{"Words by:", "Jane Doe", "Research by:", "John Roe", "Illustrations by:", "Ann Poe"}, "Jane Doe|John Roe"},
		{[]string{"Story by:", "Jane Doe", "Photos by:", "Ann Poe", "Edited by:", "John Roe"}, "Jane Doe"},
		{[]string{"Written by:", "Jane Doe", "Medically reviewed by:", "John Roe"}, "Jane Doe"},
	} {
		parts := append([]string{"News", storyTitle, "March 27, 2025"}, c.block...)
		parts = append(parts, story(), "Share this story")
		a, _ := mustParse(t, dump(parts...))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.block, got, c.want)
		}
	}
}
