package htmlpage_test

import (
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/htmlpage"
)

// A page nested deeper than the HTML parser goes (a template that never
// closes its <div>s, tables in tables, a thread quoting each reply inside
// the last) is read as a browser shows it: its headline and its story.
func TestPagesNestedTooDeep(t *testing.T) {
	story := "<p>" + strings.Join(english, "</p><p>") + "</p>"
	for name, nest := range map[string][2]string{
		"unclosed divs":    {strings.Repeat(`<div class="row">`, 700), ""},
		"tables in tables": {strings.Repeat("<table><tr><td>", 300), strings.Repeat("</td></tr></table>", 300)},
		"quotes in quotes": {strings.Repeat("<blockquote><font size=2>Quoted. ", 600), ""},
		"closed deep divs": {strings.Repeat("<div>", 600), strings.Repeat("</div>", 600)},
	} {
		data := `<!doctype html><html><head><title>Harbour reopens after the storm</title><script>var x = "<div><div>";</script></head><body>` +
			nest[0] + `<h1>Harbour reopens after the storm</h1>` + story + nest[1] + `</body></html>`
		a, _, err := htmlpage.Parse([]byte(data))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if a.Title != "Harbour reopens after the storm" || !strings.Contains(a.Body, english[2]) || strings.Contains(a.Body, "<div") {
			t.Errorf("%s: title %q, body %q", name, a.Title, a.Body[:min(len(a.Body), 200)])
		}
	}
}

// A headline nested below the depth the flattened page keeps, on a page
// with no <title> to fall back on, is still the headline.
func TestDeepHeadlineWithoutTitle(t *testing.T) {
	story := "<p>" + strings.Join(english, "</p><p>") + "</p>"
	data := `<!doctype html><html><body>` + strings.Repeat("<div>", 700) +
		`<h1>Harbour reopens after the storm</h1>` + story + `</body></html>`
	a, _, err := htmlpage.Parse([]byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Harbour reopens after the storm" || !strings.Contains(a.Body, english[2]) {
		t.Errorf("title %q, body %q", a.Title, a.Body[:min(len(a.Body), 200)])
	}
}
