package htmlpage_test

import (
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/htmlpage"
)

// A page built by script that keeps its story for readers without script
// in a <noscript> is read from there; a page that shows its story keeps
// its own copy, and a <noscript> note or pixel stays out.
func TestStoryInNoscript(t *testing.T) {
	story := "<article><h1>Harbour reopens after the storm</h1><p>By Ines Valdoro</p><p>" + strings.Join(english, "</p><p>") + "</p></article>"
	data := `<!doctype html><html><head><title>Harbour reopens after the storm</title></head><body><div id="app">Loading…</div>` +
		`<noscript>` + story + `</noscript><noscript><img src="/pixel.gif"></noscript><script>render()</script></body></html>`
	a, _, err := htmlpage.Parse([]byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Body, english[0]) || !strings.HasSuffix(a.Body, english[2]) || strings.Contains(a.Body, "Loading") {
		t.Errorf("body %q, want the story in the <noscript>", a.Body)
	}
	if len(a.Authors) != 1 || a.Authors[0] != "Ines Valdoro" {
		t.Errorf("authors %q, want the <noscript> story's byline", a.Authors)
	}

	shown := page(`<title>Harbour reopens after the storm</title>`, `<h1>Harbour reopens after the storm</h1>`, english...)
	shown = strings.Replace(shown, "</article>", "</article><noscript><p>Please turn on JavaScript to read the comments and to see the map of the harbour works.</p><p>Our site works best with scripts on; without them the gallery and the comments do not load.</p></noscript>", 1)
	if a, _, err := htmlpage.Parse([]byte(shown)); err != nil || strings.Contains(a.Body, "JavaScript") || !strings.Contains(a.Body, english[2]) {
		t.Errorf("a page that shows its story read a <noscript> note: %q, %v", a.Body, err)
	}
}
