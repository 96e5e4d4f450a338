package htmlpage_test

import (
	"strings"
	"testing"
	"time"

	"github.com/morgue-archive/morgue/internal/htmlpage"
)

// TestHeaderOfTheStorysHeadline: the byline and date are read beside the
// <h1> that holds the story's headline, not beside a logo set in an <h1>
// first; and a dateline in a block of its own under the headline's box
// counts as shown with the story.
func TestHeaderOfTheStorysHeadline(t *testing.T) {
	story := strings.Repeat("<p>"+strings.Join(english, " ")+"</p>", 8)
	for _, c := range []struct{ name, body, authors, date string }{
		{"a logo in the first <h1>",
			`<header class="masthead"><h1 class="logo"><a href="/">Elwin Gazette</a></h1><ul><li>News</li><li>Sport</li><li>Weather</li></ul></header>` +
				`<article><h1 class="headline">Harbour reopens after the storm</h1><p>The quay is busy again.</p><p>By Vera Visible</p><p>March 12, 2025</p>` + strings.Repeat("<p>"+strings.Join(english, " ")+"</p>", 2) + `</article>`,
			"Vera Visible", "2025-03-12"},
		{"a dateline below the headline's box",
			`<div class="page"><div class="top"><h1>Harbour reopens after the storm</h1></div>` +
				`<div class="block"><div class="block-content">12.03.2025</div></div><div class="text">` + story + `</div></div>`,
			"", "2025-03-12"},
	} {
		doc := `<!doctype html><html lang="en-GB"><head><title>Harbour reopens after the storm | Elwin Gazette</title></head><body>` + c.body + `</body></html>`
		a, _, err := htmlpage.Parse([]byte(doc))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if a.Title != "Harbour reopens after the storm" {
			t.Errorf("%s: title %q", c.name, a.Title)
		}
		if got := strings.Join(a.Authors, ", "); got != c.authors {
			t.Errorf("%s: authors %q, want %q", c.name, got, c.authors)
		}
		got := "none"
		if a.Published != nil {
			got = a.Published.Format(time.DateOnly)
		}
		if got != c.date {
			t.Errorf("%s: published %s, want %s", c.name, got, c.date)
		}
	}
}
