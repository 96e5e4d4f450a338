package htmlpage_test

import (
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/htmlpage"
)

// A trail of links from the home page to the story, set inside the
// story's box above its headline, leaves the body in any language and
// with any separator sign; a first paragraph that ends with words of the
// headline stays.
func TestCrumbTrailLeavesBody(t *testing.T) {
	title := "Harbour reopens after the storm"
	for _, trail := range []string{
		`<div class="crumbs"><a href="/">Ana Sayfa</a> » <a href="/gundem">Gündem</a> » Harbour reopens after the storm</div>`,
		`<div class="fil"><a href="/">Accueil</a> &gt; <a href="/a">Actualités</a> &gt; <a href="/a/s">Société</a> &gt; <span>Harbour reopens after the storm</span></div>`,
		`<p class="percorso"><a href="/">Home</a> / <a href="/cronaca">Cronaca</a> / Harbour reopens after the storm</p>`,
	} {
		html := page(`<title>`+title+`</title>`, trail+`<h1>`+title+`</h1>`, english...)
		a, _, err := htmlpage.Parse([]byte(html))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(a.Body, english[0]) {
			t.Errorf("trail %q: body starts %q", trail, a.Body[:min(len(a.Body), 120)])
		}
	}
	opening := "Ten days of work by divers and crane crews meant that, at last, the harbour reopens after the storm."
	html := page(`<title>`+title+`</title>`, `<h1>`+title+`</h1>`, append([]string{opening}, english...)...)
	a, _, _ := htmlpage.Parse([]byte(html))
	if !strings.HasPrefix(a.Body, opening) {
		t.Errorf("opening paragraph: body starts %q", a.Body[:min(len(a.Body), 120)])
	}
}
