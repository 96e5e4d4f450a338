package htmlpage_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/morgue-archive/morgue/internal/htmlpage"
)

// FuzzParse: any bytes give an article with a title, or an error; never a
// panic, and never raw markup in the body (page text is escaped).
func FuzzParse(f *testing.F) {
	f.Add([]byte(page(`<title>Harbour reopens | Gazette</title>`, "<h1>Harbour reopens</h1>", english...)))
	f.Add([]byte(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"A","author":{"name":"B"},"datePublished":"2025-01-02"}</script></head><body><p>&lt;script&gt; *x* [y](z)</p></body></html>`))
	f.Add([]byte(`<h1>A b</h1><div hidden id="S:0"><template id="B:0"></template><p>x</p></div><!--$?--><template id="B:0"></template><div>Loading</div><!--/$--><template id="P:1"></template><div hidden id="S:1">y</div>`))
	f.Add([]byte("<meta charset=shift_jis><h1>\x82\xa0</h1><p>\x82\xa2\x82\xa4</p>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, _, err := htmlpage.Parse(data)
		if err != nil {
			return
		}
		if strings.TrimSpace(a.Title) == "" {
			t.Fatal("an article without a title")
		}
		if !utf8.ValidString(a.Body) || !utf8.ValidString(a.Title) {
			t.Fatal("invalid UTF-8 out")
		}
		if strings.Contains(a.Body, "<") && !strings.Contains(a.Body, "```") {
			for i := 0; i < len(a.Body); i++ {
				if a.Body[i] == '<' && (i == 0 || a.Body[i-1] != '\\') && !strings.Contains(a.Body[max(0, i-300):i], "](") {
					t.Fatalf("raw '<' in the body: %q", a.Body)
				}
			}
		}
	})
}
