package htmlpage_test

import (
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/htmlpage"
)

func TestAuthors(t *testing.T) {
	ld := func(author string) string {
		return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour reopens after the storm",
"author":` + author + `,"publisher":{"@type":"Organization","name":"Elwin Gazette"}}</script>`
	}
	for _, c := range []struct {
		name, head, header, want string
	}{
		{"an organisation as author gives way to the person in the byline", ld(`{"@type":"Organization","name":"Harbour Trust"}`),
			`<p class="byline">By Vera Visible</p>`, "Vera Visible"},
		{"the site's own name as author gives way to the byline", ld(`{"@type":"Person","name":", Elwin Gazette"}`),
			`<div class="author-name">Vera Visible</div>`, "Vera Visible"},
		{"an organisation is kept when no person is named", ld(`{"@type":"Organization","name":"Harbour Trust"}`),
			``, "Harbour Trust"},
		{"a person in the metadata wins over the byline", ld(`[{"@type":"Person","name":"Jane Doe"}]`),
			`<p class="byline">By Vera Visible</p>`, "Jane Doe"},
		{"a degree after the name is no writer", ld(`{"@type":"Person","name":"Jane Doe, Ph.D."}`),
			``, "Jane Doe"},
		{"a byline naming a desk", `<meta property="og:site_name" content="Elwin Gazette">`,
			`<div class="article-byline">By The Harbour desk editors</div>`, "The Harbour desk editors"},
		{"a desk after a date and a reading time", ``,
			`<p>March 15, 2025 · 3 min read · By Elwin Online</p>`, "Elwin Online"},
		{"an author link said twice", ``,
			`<a rel="author" href="/u/fred">MixmasterFred</a> <a rel="author" href="/u/fred">More About MixmasterFred »</a>`, "MixmasterFred"},
	} {
		a, _, err := htmlpage.Parse([]byte(page(c.head, `<h1>Harbour reopens after the storm</h1>`+c.header, english...)))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if got := strings.Join(a.Authors, ", "); got != c.want {
			t.Errorf("%s: authors %q, want %q", c.name, got, c.want)
		}
	}
}
