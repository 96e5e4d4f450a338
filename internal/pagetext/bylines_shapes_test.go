package pagetext

import (
	"strings"
	"testing"
)

// English bylines in shapes that held more than the names: a title before
// the name ("Dr."), a second writer after "with" (and the pictures'
// credit after it), a newsroom named after its outlet, and a relative
// time glued to the name. The byline holds the names alone, or nothing.
func TestBylineEnglishShapes(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"By Dr. Jane Doe", "Jane Doe"},
		{"By Prof. Dr. Jana Müller", "Jana Müller"},
		{"Written by Dr Jane Doe, John Roe", "Jane Doe|John Roe"},
		{"By Jane Doe with John Roe", "Jane Doe|John Roe"},
		{"By Jane Doe with photos by John Roe", "Jane Doe"},
		{"By Harbour Ledger Staff", ""},
		{"Jane Doe2 hours ago", "Jane Doe"},
	} {
		a, _ := mustParse(t, dump("News", storyTitle, c.line, "March 27, 2025", story(), "Share this story"))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.line, got, c.want)
		}
	}
}
