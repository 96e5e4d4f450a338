package htmlpage_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/htmlpage"
)

// A page in UTF-8 with a few bytes of windows-1252 in it (text pasted
// into the CMS) keeps those characters, and its UTF-8 ones, whether it
// declares UTF-8 or nothing.
func TestStrayBytesInUTF8(t *testing.T) {
	story := []string{
		"The na\u00efve plan for the caf\xe9 on the quay was dropped on Thursday, three weeks after the storm flooded the fish market.",
		"Fishermen lined the quay before dawn \x96 the first boats left at six \x96 and the harbour master said the channel was clear.",
		"“The council will pay for a new sea wall,” the mayor said — though work will not start before the autumn, when the tides are lower.",
		"© 2025 The Elwin Gazette · All rights reserved · Café society · Müller · ‘Quay’ notes",
	}
	for _, c := range []struct{ name, head string }{
		{"declared", `<meta charset="utf-8"><title>Caf\xe9 plan dropped</title>`},
		{"undeclared", `<title>Caf\xe9 plan dropped</title>`},
	} {
		a, _, err := htmlpage.Parse([]byte(page(c.head, "<h1>Caf\xe9 plan dropped</h1>", story...)))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if a.Title != "Café plan dropped" {
			t.Errorf("%s: title %q, want %q", c.name, a.Title, "Café plan dropped")
		}
		for _, want := range []string{"naïve", "café", "dawn – the first"} {
			if !strings.Contains(a.Body, want) {
				t.Errorf("%s: body lacks %q:\n%s", c.name, want, a.Body)
			}
		}
		if strings.ContainsRune(a.Body, '\uFFFD') {
			t.Errorf("%s: body has a replacement character:\n%s", c.name, a.Body)
		}
	}
}

// ldPage is a page built by script: the saved HTML holds an empty mount
// point, and the story only in its JSON-LD articleBody.
func ldPage(body string) string {
	b, _ := json.Marshal(body)
	return `<!doctype html><html><head><title>Harbour reopens | Gazette</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour reopens",
"author":{"@type":"Person","name":"Jane Doe"},"datePublished":"2025-03-27","articleBody":` + string(b) + `}</script>
</head><body><div id="root"><p>Loading…</p></div><script>window.__app = {};</script></body></html>`
}

// A page whose story the browser fills in from a script keeps it in its
// JSON-LD articleBody; that is the story, paragraph by paragraph.
func TestStoryFromJSONLDWhenThePageIsEmpty(t *testing.T) {
	story := strings.Join(english, "\n\n") + "\n\n" + strings.Join(english, "\n\n")
	for _, c := range []struct{ name, body string }{
		{"text", story},
		{"markup", "<p>" + strings.Join(append(english, english...), "</p><p>") + "</p>"},
	} {
		a, _, err := htmlpage.Parse([]byte(ldPage(c.body)))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		paras := strings.Split(a.Body, "\n\n")
		if len(paras) != 6 || paras[0] != english[0] || strings.Contains(a.Body, "Loading") {
			t.Errorf("%s: body %q, want the six paragraphs of the articleBody", c.name, a.Body)
		}
	}
	// A teaser in the JSON-LD beside the whole story on the page: the
	// page's text is the story.
	full := page(`<title>Harbour reopens</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour reopens","articleBody":"The harbour of Port Elwin reopened on Thursday."}</script>`,
		"<h1>Harbour reopens</h1>", english...)
	a, _, err := htmlpage.Parse([]byte(full))
	if err != nil || !strings.Contains(a.Body, english[2]) {
		t.Errorf("the page's story was replaced by the JSON-LD teaser: %q, %v", a.Body, err)
	}
}

// Pages that hold no story of their own (a frameset, a page that only
// frames another, a page of script) give no text to import, and pages
// with megabytes of inline script read their story alone.
func TestPagesWithoutAStoryOfTheirOwn(t *testing.T) {
	for name, data := range map[string]string{
		"frameset": `<html><head><title>Harbour news</title></head><frameset cols="20%,80%"><frame src="menu.html"><frame src="story.html">` +
			`<noframes><body>Your browser does not support frames.</body></noframes></frameset></html>`,
		"one iframe":  `<html><head><title>Harbour reopens</title></head><body><h1>Harbour reopens</h1><iframe src="story.html"></iframe></body></html>`,
		"script only": `<html><head><title>Harbour reopens</title></head><body><div id="app"></div><script>` + strings.Repeat(`render("<p>The harbour reopened.</p>");`, 2000) + `</script></body></html>`,
	} {
		a, warnings, err := htmlpage.Parse([]byte(data))
		if err != nil {
			continue // refused outright is fine too
		}
		if a.Body != "" || !strings.Contains(strings.Join(warnings, "; "), "no story text") {
			t.Errorf("%s: body %q, warnings %q: want no story text", name, a.Body, warnings)
		}
	}
	script := "<script>var state = \"" + strings.Repeat("x", 3<<20) + "\";</script>"
	data := page(`<title>Harbour reopens</title>`+script, "<h1>Harbour reopens</h1>"+script, english...)
	a, _, err := htmlpage.Parse([]byte(data))
	if err != nil || !strings.HasPrefix(a.Body, english[0]) || strings.Contains(a.Body, "xxx") {
		t.Errorf("a page with 6 MB of inline script: body %.200q, err %v", a.Body, err)
	}
}

// A gallery tells its story in its pictures' captions, under a line of
// text or none: those captions are its story, a paragraph each. On a
// story page, a caption stays out of the text.
func TestGalleryCaptionsAreItsStory(t *testing.T) {
	var figs strings.Builder
	for i, p := range english {
		fmt.Fprintf(&figs, `<figure><img src="/%d.jpg" alt=""><figcaption>%s</figcaption></figure>`, i, p)
	}
	for _, intro := range []string{"", "<p>The storm, in pictures.</p>"} {
		data := page(`<title>In pictures: the storm in Port Elwin</title>`, "<h1>In pictures: the storm in Port Elwin</h1>"+intro+figs.String())
		a, _, err := htmlpage.Parse([]byte(data))
		if err != nil {
			t.Errorf("intro %q: %v", intro, err)
			continue
		}
		if !strings.Contains(a.Body, english[0]+"\n\n"+english[1]) || !strings.Contains(a.Body, english[2]) {
			t.Errorf("intro %q: body %q, want the captions as paragraphs", intro, a.Body)
		}
	}
	story := page(`<title>Harbour reopens</title>`, `<h1>Harbour reopens</h1><figure><img src="/q.jpg"><figcaption>The quay at dawn on Thursday, as the first boats left the harbour.</figcaption></figure>`, english...)
	if a, _, err := htmlpage.Parse([]byte(story)); err != nil || strings.Contains(a.Body, "quay at dawn") {
		t.Errorf("a story's caption kept in its text: %q, %v", a.Body, err)
	}
}

// A page in UTF-8 whose template declares another charset in its <meta>
// (a browser was told the truth by the HTTP header, which a saved file
// has lost) reads as UTF-8; where the HTTP header is known, it wins.
func TestMetaCharsetThatLies(t *testing.T) {
	data := []byte(page(`<meta charset="iso-8859-1"><title>Café society returns</title>`, "<h1>Café society returns</h1>",
		"Le café du port a rouvert ses portes jeudi matin, trois semaines après la tempête qui avait inondé le quai et la halle aux poissons.",
		"Les pêcheurs sont revenus dès l'aube pour boire un café avant de reprendre la mer, malgré un vent encore fort venu de l'ouest."))
	a, _, err := htmlpage.Parse(data)
	if err != nil || a.Title != "Café society returns" || !strings.Contains(a.Body, "pêcheurs") {
		t.Errorf("declared iso-8859-1, written in UTF-8: title %q, %v", a.Title, err)
	}
	a, _, _, err = htmlpage.ParsePage(data, htmlpage.Options{ContentType: "text/html; charset=iso-8859-1"})
	if err != nil || a.Title != "CafÃ© society returns" {
		t.Errorf("the HTTP header's charset: title %q, %v; want it read as the header says", a.Title, err)
	}
}
