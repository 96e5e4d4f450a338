package pagetext

import (
	"strings"
	"testing"
)

// A credit that gives one person a story's words and its pictures names
// that person: "Story and photos by …", "Text und Fotos von …".
func TestBylineWorkAndPictures(t *testing.T) {
	for _, line := range []string{
		"Story and photos by Jane Doe",
		"Words and pictures by Jane Doe",
		"Text und Fotos von Jane Doe",
	} {
		a, _ := mustParse(t, dump("News", storyTitle, line, "March 27, 2025", story(), "Share this story"))
		if got := strings.Join(a.Authors, "|"); got != "Jane Doe" {
			t.Errorf("%q: authors %q, want %q", line, got, "Jane Doe")
		}
	}
}
