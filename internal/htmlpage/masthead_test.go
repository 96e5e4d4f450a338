package htmlpage_test

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/htmlpage"
)

// A blog whose <h1> is its name, a link to its home page, and whose post
// title is a smaller heading ("Elwin Notes: Harbour reopens after the
// storm" in <title>, the post's title in an <h3>) is headed by the post's
// title; an <h1> that links to the story itself is the headline.
func TestMastheadIsNoHeadline(t *testing.T) {
	for _, c := range []struct{ name, head, header, want string }{
		{"blog name before a colon", `<title>Elwin Notes: Harbour reopens after the storm</title>`,
			`<h1 class="title"><a href="/">Elwin Notes</a></h1><h2 class="date-header">Monday, March 4, 2024</h2><h3 class="post-title">Harbour reopens after the storm</h3>`,
			"Harbour reopens after the storm"},
		{"logo with the site's address", `<title>Harbour reopens after the storm · Elwin Notes</title>`,
			`<h1><a href="https://elwin-notes.example/">Elwin Notes</a></h1><h2>Harbour reopens after the storm</h2>`,
			"Harbour reopens after the storm"},
		{"a headline linked to its story", `<title>Elwin Notes: Harbour reopens after the storm</title>`,
			`<h1><a href="/2024/03/harbour.html">Harbour reopens after the storm</a></h1>`,
			"Harbour reopens after the storm"},
	} {
		a, _, err := htmlpage.Parse([]byte(page(c.head, c.header, english...)))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if a.Title != c.want {
			t.Errorf("%s: headline %q, want %q", c.name, a.Title, c.want)
		}
	}
}
