package server

import (
	"strings"
	"testing"
)

// A page's description is the start of its body on one line, without
// Markdown's escapes, cut at a word and never inside a character.
func TestSummary(t *testing.T) {
	for _, c := range []struct {
		text string
		max  int
		want string
	}{
		{"Short  text\nover two lines.", 200, "Short text over two lines."},
		{`Prices rose 5\% \*again\* \ today.`, 200, "Prices rose 5% *again* today."},
		{"The harbour reopened " + strings.Repeat("after the storm ", 20), 60, "The harbour reopened after the storm after the storm after…"},
		{strings.Repeat("é", 40), 25, strings.Repeat("é", 12) + "…"},
	} {
		if got := summary(c.text, c.max); got != c.want {
			t.Errorf("summary(%q, %d) = %q, want %q", c.text, c.max, got, c.want)
		}
	}
}
