package htmlpage_test

import (
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/htmlpage"
)

func TestHeadline(t *testing.T) {
	for _, c := range []struct {
		name, head, header, want string
	}{
		{"the heading, confirmed by the metadata", `<meta property="og:title" content="Harbour reopens after the storm | Gazette">`,
			`<h1>Harbour reopens after the storm</h1>`, "Harbour reopens after the storm"},
		{"a heading the metadata says in full", `<meta property="og:site_name" content="Gazette"><meta property="og:title" content="8 Ways the Harbour Changed After the Storm - Gazette">`,
			`<h1>Ways the Harbour Changed After the Storm</h1>`, "8 Ways the Harbour Changed After the Storm"},
		{"a qualifier after a comma is not the headline", `<meta property="og:title" content="Harbour reopens after the storm, March 2025">`,
			`<h1>Harbour reopens after the storm</h1>`, "Harbour reopens after the storm"},
		{"a label in capitals above the story", `<meta property="og:title" content="Harbour Safety: Rules Every Skipper Should Follow">`,
			`<h1>SUPPORTING HARBOUR SAFETY</h1>`, "Harbour Safety: Rules Every Skipper Should Follow"},
		{"a heading written in capitals that is the headline", `<meta property="og:title" content="Harbour Reopens After The Storm">`,
			`<h1>HARBOUR REOPENS AFTER THE STORM</h1>`, "HARBOUR REOPENS AFTER THE STORM"},
		{"a heading whose apostrophe the encoding lost", `<title>The Harbour Master's Guide to the Storm</title>`,
			`<h1>The Harbour Master? Guide to the Storm</h1>`, "The Harbour Master's Guide to the Storm"},
		{"a short heading drawn from the metadata title", `<meta property="og:title" content="Harbour dues: what boats pay from April">`,
			`<h1>Harbour dues</h1>`, "Harbour dues"},
		{"a site's logo as the only heading", `<title>Harbour reopens after the storm | Elwin Gazette</title>`,
			`<h1>Elwin Gazette</h1>`, "Harbour reopens after the storm"},
		{"a catchline after the heading", `<meta property="og:title" content="Island Ferry Timetables Compared - Tried on Every Route | Gazette">`,
			`<h1>Island Ferry Timetables Compared - Tried on Every Route</h1>`, "Island Ferry Timetables Compared"},
		{"a catchline with a hyphenated word and an ampersand", ``,
			`<h1>Harbour Cranes Back in Service – Top Local &amp; Long-Distance Routes</h1>`, "Harbour Cranes Back in Service"},
		{"a dash inside a sentence stays", `<meta property="og:title" content="Storm hits the harbour – two boats sunk">`,
			`<h1>Storm hits the harbour – two boats sunk</h1>`, "Storm hits the harbour – two boats sunk"},
		{"a section name that shares only a letter with the headline", `<script type="application/ld+json">{"@type":"Article","headline":"Harbour Works: What the M&A Deals Mean for the Port"}</script>`,
			`<h1>M&amp;A Updates</h1>`, "Harbour Works: What the M&A Deals Mean for the Port"},
		{"a JSON-LD headline cut short", `<script type="application/ld+json">{"@type":"Article","headline":"Harbour Reopens: Boats Return Three Weeks After the Storm That Sank Two Trawlers (And"}</script>` +
			`<meta property="og:title" content="Harbour Reopens: Boats Return Three Weeks After the Storm That Sank Two Trawlers (And Flooded the Market) - Gazette">`,
			``, "Harbour Reopens: Boats Return Three Weeks After the Storm That Sank Two Trawlers (And Flooded the Market)"},
		{"the site's name before the headline, known from the page's address", `<link rel="canonical" href="https://www.elwingazette.example/2025/harbour">` +
			`<title>Elwin Gazette - Harbour reopens three weeks after the storm</title>`, ``, "Harbour reopens three weeks after the storm"},
		{"a section and the site's name after the headline", `<link rel="canonical" href="https://elwingazette.example/news/harbour">` +
			`<title>Harbour reopens three weeks after the storm | News | The Elwin Gazette</title>`, ``, "Harbour reopens three weeks after the storm"},
		{"the site's name before a colon", `<meta property="og:site_name" content="Elwin Gazette">` +
			`<title>Elwin Gazette: Harbour reopens three weeks after the storm</title>`, ``, "Harbour reopens three weeks after the storm"},
		{"a colon inside the headline stays", `<meta property="og:site_name" content="Elwin Gazette">` +
			`<title>Harbour dues: what boats pay from April | Elwin Gazette</title>`, ``, "Harbour dues: what boats pay from April"},
		{"a site that never sets its pages' <title>, and its logo as the heading", `<title>Elwin Gazette</title>` +
			`<meta property="og:title" content="Harbour reopens three weeks after the storm">`, `<h1>Elwin Gazette</h1>`, "Harbour reopens three weeks after the storm"},
		{"a section between the headline and the site's name", `<meta property="og:site_name" content="Elwin Gazette">` +
			`<title>Harbour reopens three weeks after the storm - Local News - Elwin Gazette</title>`, ``, "Harbour reopens three weeks after the storm"},
		{"the site's name and a section before the headline", `<meta property="og:site_name" content="Elwin Gazette">` +
			`<title>Elwin Gazette » News » Harbour reopens three weeks after the storm</title>`, ``, "Harbour reopens three weeks after the storm"},
		{"the site's motto after its name", `<meta property="og:site_name" content="Elwin Gazette">` +
			`<title>Harbour reopens three weeks after the storm - Elwin Gazette - Your coast, your news</title>`, ``, "Harbour reopens three weeks after the storm"},
		{"a clause after a dash in the headline stays", `<meta property="og:site_name" content="Elwin Gazette">` +
			`<title>Storm hits the harbour town - two boats sunk - Elwin Gazette</title>`, ``, "Storm hits the harbour town - two boats sunk"},
		{"a low line between the headline and the site's name", `<title>风暴过后港口重新开放_埃尔温日报</title>`,
			`<h1>风暴过后港口重新开放</h1>`, "风暴过后港口重新开放"},
		{"a channel and the site's name after low lines", `<title>风暴过后港口重新开放_地方新闻_埃尔温日报</title>`, ``, "风暴过后港口重新开放"},
		{"a full-width bar before the site's name", `<title>嵐の後、港が再開｜エルウィン新聞</title>`, ``, "嵐の後、港が再開"},
		{"a section and a site nothing names, after the headline", `<title>Harbour reopens three weeks after the storm | Local News | Elwin Gazette</title>`,
			``, "Harbour reopens three weeks after the storm"},
		{"a site and a section nothing names, before the headline", `<title>Elwin Gazette » News » Harbour reopens three weeks after the storm</title>`,
			``, "Harbour reopens three weeks after the storm"},
		{"no <h1>: the subheading that is the title's longest part", `<title>Elwin Gazette — Harbour reopens three weeks after the storm</title>`,
			`<h2>Harbour reopens three weeks after the storm</h2>`, "Harbour reopens three weeks after the storm"},
		{"no <h1>: a subheading of the site's name is no headline", `<title>Elwin Gazette — Harbour reopens three weeks after the storm</title>`,
			`<h2>Elwin Gazette</h2>`, "Elwin Gazette — Harbour reopens three weeks after the storm"},
		{"a section in lower case and a site nothing names, after the headline", `<title>Harbour reopens three weeks after the storm - news - Elwin Gazette</title>`,
			``, "Harbour reopens three weeks after the storm"},
		{"a clause of one word in lower case between two dashes stays", `<title>Storm hits the harbour town - sunk - two boats</title>`,
			``, "Storm hits the harbour town - sunk - two boats"},
		{"clauses after dashes with a site nothing names", `<title>Storm hits the harbour town - two boats sunk - Elwin Gazette</title>`,
			``, "Storm hits the harbour town - two boats sunk - Elwin Gazette"},
		{"a heading on two lines, its first the title", `<title>Winter Night Market Returns to the Old Docks</title>`,
			`<h1>Winter Night Market Returns to the Old Docks<br><span>Eighty stalls, live music and a rink on the quay</span></h1>`, "Winter Night Market Returns to the Old Docks"},
		{"a heading on two lines whose first the title goes on from", `<meta property="og:title" content="Top Harbour Walks of 2025: Routes &amp; Maps">`,
			`<h1>Top Harbour Walks of 2025 (UK)<br>Your Guide to the Best Coastal Paths</h1>`, "Top Harbour Walks of 2025: Routes & Maps"},
		{"a heading broken after two words is read whole", `<meta property="og:title" content="Harbour reopens after the storm">`,
			`<h1>Harbour reopens<br>after the storm</h1>`, "Harbour reopens after the storm"},
	} {
		a, _, err := htmlpage.Parse([]byte(page(c.head, c.header, english...)))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if a.Title != c.want {
			t.Errorf("%s: title %q, want %q", c.name, a.Title, c.want)
		}
	}
}

// A headline set on two lines is read from its first; the heading, both
// lines, leaves the story's text as a one-line headline does.
func TestTwoLineHeadingLeavesBody(t *testing.T) {
	a, _, err := htmlpage.Parse([]byte(page(`<title>Winter Night Market Returns to the Old Docks</title>`,
		`<h1>Winter Night Market Returns to the Old Docks<br><span>Eighty stalls, live music and a rink on the quay</span></h1>`, english...)))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Winter Night Market Returns to the Old Docks" || strings.Contains(a.Body, "Eighty stalls") {
		t.Errorf("title %q, body:\n%s", a.Title, a.Body)
	}
}
