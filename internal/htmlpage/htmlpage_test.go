package htmlpage_test

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/morgue-archive/morgue/internal/htmlpage"
)

// page is a made-up story page; head and header go where their names say.
func page(head, header string, paragraphs ...string) string {
	var b strings.Builder
	b.WriteString("<!doctype html><html><head>" + head + "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>" + header)
	for _, p := range paragraphs {
		b.WriteString("<p>" + p + "</p>")
	}
	b.WriteString(`</article><form><input name="q"><button>Search</button></form><script>var ad = "Buy now";</script></body></html>`)
	return b.String()
}

var english = []string{
	"The harbour of Port Elwin reopened on Thursday, three weeks after the storm that sank two trawlers and flooded the fish market.",
	"Fishermen lined the quay before dawn as the first boats left, and the harbour master said the channel had been cleared of the wreckage.",
	"The council will pay for a new sea wall, though work will not start before the autumn, when the tides are lower and the weather calmer.",
}

func TestEncodings(t *testing.T) {
	latin := page(`<meta charset="windows-1252"><title>Caf\xe9 society returns</title>`, "<h1>Caf\xe9 society returns</h1>",
		"Le caf\xe9 du port a rouvert ses portes jeudi matin, trois semaines apr\xe8s la temp\xeate qui avait inond\xe9 le quai et la halle aux poissons.",
		"Les p\xeacheurs sont revenus d\xe8s l'aube pour boire un caf\xe9 avant de reprendre la mer, malgr\xe9 un vent encore fort venu de l'ouest.")
	sjis, _ := japanese.ShiftJIS.NewEncoder().String(page(`<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>港が再開</title>`,
		"<h1>港が再開</h1>", "嵐から三週間後の木曜日、港は再び開かれた。漁師たちは夜明け前から岸壁に並び、最初の船を見送った。",
		"市議会は新しい防波堤の費用を負担するが、工事は潮の低い秋まで始まらない。"))
	gb, _ := simplifiedchinese.GB18030.NewEncoder().String(page(`<meta charset="gb18030"><title>港口重新开放</title>`,
		"<h1>港口重新开放</h1>", "风暴过去三周后，港口于周四重新开放。渔民们在黎明前就排在码头上，目送第一批渔船出海。",
		"市议会将为新的防波堤买单，但工程要到秋天潮水较低时才会开始。"))
	for _, c := range []struct {
		name, data, title, word string
	}{
		{"windows-1252", latin, "Café society returns", "tempête"},
		{"Shift_JIS", sjis, "港が再開", "漁師たち"},
		{"GB18030", gb, "港口重新开放", "渔民们"},
	} {
		a, _, err := htmlpage.Parse([]byte(c.data))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if a.Title != c.title || !strings.Contains(a.Body, c.word) {
			t.Errorf("%s: title %q, body %q: want %q and a body with %q", c.name, a.Title, a.Body, c.title, c.word)
		}
	}
}

func TestMetadataPrecedence(t *testing.T) {
	ld := `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Gazette"},
{"@type":"NewsArticle","headline":"Harbour reopens after the storm","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
"datePublished":"2025-03-27T09:00:00+01:00","publisher":{"@type":"Organization","name":"The Elwin Gazette"}}]}</script>`
	og := `<meta property="og:title" content="Harbour reopens after the storm"><meta property="article:author" content="Olga Graph">
<meta property="article:published_time" content="2025-03-26T08:00:00Z"><meta property="og:url" content="https://gazette.example/harbour">
<meta property="og:site_name" content="Elwin Gazette Online">`
	// The page shows no date: which date is shown, and how it weighs
	// against the metadata's, is TestPublished's.
	visible := `<h1>Harbour reopens after the storm</h1><p class="byline">By Vera Visible</p>`
	cases := []struct {
		name, head   string
		author, date string
		outlet       string
	}{
		{"JSON-LD first", ld + og, "Jane Doe, John Roe", "2025-03-27T09:00:00+01:00", "The Elwin Gazette"},
		{"OpenGraph next", og, "Olga Graph", "2025-03-26T08:00:00Z", "Elwin Gazette Online"},
		{"visible last", `<title>Harbour reopens after the storm - Gazette</title>`, "Vera Visible", "2025-03-25T00:00:00Z", ""},
	}
	for _, c := range cases {
		header := visible
		// The metadata's writers are named on the page too: a writer
		// the page never names gives way to the byline it shows
		// (TestAuthors).
		story := append(english[:len(english):len(english)], "Jane Doe, John Roe and Olga Graph reported from the quay.")
		if c.name == "visible last" {
			header += `<time datetime="2025-03-25">March 25, 2025</time>`
			story = english
		}
		a, _, err := htmlpage.Parse([]byte(page(c.head, header, story...)))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := strings.Join(a.Authors, ", "); got != c.author {
			t.Errorf("%s: authors %q, want %q", c.name, got, c.author)
		}
		if a.Published == nil || a.Published.Format("2006-01-02T15:04:05Z07:00") != c.date {
			t.Errorf("%s: published %v, want %s", c.name, a.Published, c.date)
		}
		if a.Outlet != c.outlet && c.outlet != "" {
			t.Errorf("%s: outlet %q, want %q", c.name, a.Outlet, c.outlet)
		}
		if a.Title != "Harbour reopens after the storm" {
			t.Errorf("%s: title %q", c.name, a.Title)
		}
	}
}

func TestBodyStructureAndSource(t *testing.T) {
	head := `<title>Harbour reopens | Gazette</title><link rel="canonical" href="/news/harbour">`
	body := `<h1>Harbour reopens</h1>` +
		`<p>` + english[0] + ` <a href="/council">The council</a> met on Friday.</p><h2>What comes next</h2><p>` + english[1] + `</p>` +
		`<ul><li>A new sea wall for the east quay</li><li>Dredging of the channel before the winter</li></ul>` +
		`<blockquote><p>We have waited three long weeks for this morning, and every one of us is glad to be back at sea.</p></blockquote>` +
		`<div class="share"><button>Share on Facebook</button></div><p>` + english[2] + ` Read the *full* report &lt;here&gt;.</p>`
	a, _, _, err := htmlpage.ParsePage([]byte(page(head, body)), htmlpage.Options{URL: "https://gazette.example/news/harbour?utm=x"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"[The council](https://gazette.example/council)",
		"## What comes next",
		"- A new sea wall for the east quay\n- Dredging of the channel",
		"> We have waited three long weeks",
		`Read the \*full\* report \<here\>.`,
	} {
		if !strings.Contains(a.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, a.Body)
		}
	}
	for _, junk := range []string{"Buy now", "Search", "Share on Facebook", "Home"} {
		if strings.Contains(a.Body, junk) {
			t.Errorf("body keeps %q:\n%s", junk, a.Body)
		}
	}
	if a.SourceURL != "https://gazette.example/news/harbour" {
		t.Errorf("source_url %q, want the canonical address", a.SourceURL)
	}
}

func TestNotArticle(t *testing.T) {
	var links strings.Builder
	for range 40 {
		links.WriteString(`<li><a href="/x">Another headline about the council and the harbour budget</a></li>`)
	}
	front := `<html><head><title>News</title><meta property="og:type" content="website"></head><body><h1>News</h1><ul>` + links.String() + `</ul></body></html>`
	_, pg, _, err := htmlpage.ParsePage([]byte(front), htmlpage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if pg.NotArticle() == "" {
		t.Errorf("a section front reads as an article: %+v", pg)
	}
	_, pg, _, err = htmlpage.ParsePage([]byte(page(`<title>Harbour reopens</title><meta property="og:type" content="article">`, "<h1>Harbour reopens</h1>", english...)), htmlpage.Options{})
	if err != nil || pg.NotArticle() != "" {
		t.Errorf("a story reads as no article: %q, %v", pg.NotArticle(), err)
	}
}

func TestBadInput(t *testing.T) {
	for name, data := range map[string]string{"empty": "", "spaces": "  \n ", "binary": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"} {
		if _, _, err := htmlpage.Parse([]byte(data)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if _, _, err := htmlpage.Parse([]byte("<html><body><div></div></body></html>")); err == nil {
		t.Error("a page with no title: no error")
	}
}
