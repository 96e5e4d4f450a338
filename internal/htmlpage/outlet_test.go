package htmlpage_test

import (
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/htmlpage"
)

// A page whose metadata names no publisher names it in its <title>, where
// its address spells it, or in its footer's copyright line. A picture's
// credit in the story names no outlet.
func TestOutletFromTitleOrFooter(t *testing.T) {
	for _, c := range []struct{ name, head, foot, want string }{
		{"the title's part the address spells", `<title>Harbour reopens after the storm | Valley Gazette</title><link rel="canonical" href="https://www.valleygazette.example/news/harbour">`,
			``, "Valley Gazette"},
		{"the title's part the address spells without its short words", `<title>Harbour reopens after the storm | The Friends of the Harbour</title><link rel="canonical" href="https://friendsharbour.example/news/harbour">`,
			``, "The Friends of the Harbour"},
		{"the footer's copyright line", `<title>Harbour reopens after the storm</title>`,
			`<footer><p>Copyright © 2019–2025 Valley Gazette Ltd. All rights reserved.</p><a href="/privacy">Privacy</a></footer>`, "Valley Gazette"},
		{"a title's part the address does not spell is no outlet's name alone", `<title>Harbour reopens after the storm | Coast News</title><link rel="canonical" href="https://valleygazette.example/news/harbour">`,
			``, ""},
		{"a picture's credit", `<title>Harbour reopens after the storm</title>`,
			`<p>© Jana Berg</p>`, ""},
		{"the metadata's publisher first", `<title>Harbour reopens after the storm | Valley Gazette</title><meta property="og:site_name" content="The Gazette"><link rel="canonical" href="https://valleygazette.example/a">`,
			`<footer>© 2025 Valley Media Group</footer>`, "The Gazette"},
	} {
		data := page(c.head, `<h1>Harbour reopens after the storm</h1>`, english...)
		data = strings.Replace(data, "</body>", c.foot+"</body>", 1)
		a, _, err := htmlpage.Parse([]byte(data))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if a.Outlet != c.want {
			t.Errorf("%s: outlet %q, want %q", c.name, a.Outlet, c.want)
		}
	}
}
