package htmlpage_test

import (
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/htmlpage"
)

// A page whose metadata names no publisher names it in its <title>, where
// its address spells it, or in its footer's copyright line; a Chinese
// page names the story's source under its headline. A picture's
// credit in the story names no outlet. An og:site_name that names a
// section of the site, which the address does not spell, gives way to
// the title's part that the address spells.
func TestOutletFromTitleOrFooter(t *testing.T) {
	for _, c := range []struct{ name, head, box, want string }{
		{"the source a Chinese page names under its headline", `<title>Harbour reopens after the storm</title>`,
			`<div class="info">2026-03-12 08:00 来源：海港日报 作者：李明</div>`, "海港日报"},
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
		{"the site's name over its owner's legal name", `<title>Harbour reopens after the storm</title><meta property="og:site_name" content="Valley Gazette">` + ldPublisher("Valley Media Holdings, Inc."),
			``, "Valley Gazette"},
		{"the title's site name over its owner's legal name", `<title>Harbour reopens after the storm | Valley Gazette</title><link rel="canonical" href="https://valleygazette.example/a">` + ldPublisher("Valley Gazette Incorporated"),
			``, "Valley Gazette"},
		{"a section's name in og:site_name gives way to the title's part the address spells", `<title>Harbour reopens after the storm | Fisheries | VHA</title><meta property="og:site_name" content="Fisheries"><link rel="canonical" href="https://www.vha.example/fisheries/harbour">`,
			``, "VHA"},
		{"a site name the address spells by its initials", `<title>Harbour reopens after the storm | VHA</title><meta property="og:site_name" content="Valley Harbour Authority"><link rel="canonical" href="https://vha.example/a">`,
			``, "Valley Harbour Authority"},
		{"the publisher Dublin Core names", `<title>Harbour reopens after the storm</title><meta name="DC.publisher" content="Valley Gazette">`,
			``, "Valley Gazette"},
		{"a legal name with no other", `<title>Harbour reopens after the storm</title>` + ldPublisher("Valley Media Holdings LLC"),
			``, "Valley Media Holdings LLC"},
	} {
		data := page(c.head, `<h1>Harbour reopens after the storm</h1>`, english...)
		if strings.HasPrefix(c.box, `<div class="info">`) {
			data = strings.Replace(data, "</h1>", "</h1>"+c.box, 1) // a header's line, under the headline
		} else {
			data = strings.Replace(data, "</body>", c.box+"</body>", 1)
		}
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

// ldPublisher is a JSON-LD NewsArticle that names its publisher.
func ldPublisher(name string) string {
	return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour reopens after the storm",` +
		`"publisher":{"@type":"Organization","name":"` + name + `"}}</script>`
}

// A page whose address is not known names its site in its <title> beside
// the headline, and a link to its home page (its logo) shows the same
// name: that part of the title is the outlet. A title's part no home
// link shows is not.
func TestOutletFromTitleAndHomeLink(t *testing.T) {
	for _, c := range []struct{ name, title, masthead, want string }{
		{"the title's part the logo's link shows", "Harbour reopens after the storm | The Quay Echo",
			`<header><a href="/" rel="home" id="logo">The Quay Echo</a></header>`, "The Quay Echo"},
		{"a blog's name before a colon, linked to its root", "Valley Notes: Harbour reopens after the storm",
			`<header><h2 class="title"><a href="https://valleynotes.example/">Valley Notes</a></h2></header>`, "Valley Notes"},
		{"the logo's picture's alt text", "Harbour reopens after the storm - The Quay Echo",
			`<header><a href="/"><img src="/logo.png" alt="The Quay Echo"></a></header>`, "The Quay Echo"},
		{"a title's part no home link shows", "Harbour reopens after the storm | Coast News",
			`<header><a href="/" rel="home">Home</a></header>`, ""},
	} {
		data := strings.Replace(page(`<title>`+c.title+`</title>`, `<h1>Harbour reopens after the storm</h1>`, english...), "<body>", "<body>"+c.masthead, 1)
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
