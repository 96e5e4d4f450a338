package htmlpage_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/morgue-archive/morgue/internal/htmlpage"
)

func TestPublished(t *testing.T) {
	ld := func(published, modified string) string {
		return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour reopens after the storm",
"datePublished":"` + published + `","dateModified":"` + modified + `"}</script>`
	}
	story := `<p>` + english[0] + `</p><p>` + english[1] + `</p><p>` + english[2] + `</p>`
	for _, c := range []struct {
		name, head, top, header, bottom, want string
	}{
		{"the metadata's date when the page shows none", ld("2025-03-10T09:00:00+01:00", "2025-03-27T10:00:00Z"), ``, ``, ``,
			"2025-03-10T09:00:00+01:00"},
		{"the date shown under the headline", ld("2025-03-10T09:00:00+01:00", ""), ``, `<p class="meta">March 12, 2025</p>`, ``,
			"2025-03-12T00:00:00Z"},
		{"shown as updated: the metadata's modification, with its time", ld("2025-03-10T09:00:00+01:00", "2025-03-27T10:00:00Z"), ``,
			`<p>Updated March 27, 2025</p>`, ``, "2025-03-27T10:00:00Z"},
		{"shown on the metadata's day: the metadata's time", ld("2025-03-10T09:00:00+01:00", ""), ``, `<p>March 10, 2025</p>`, ``,
			"2025-03-10T09:00:00+01:00"},
		{"day and month read the other way round", ld("2025-10-03", ""), ``, `<p class="date">03/10/2025</p>`, ``,
			"2025-10-03T00:00:00Z"},
		{"a reader's comment is not the story's date", ld("2025-03-10T09:00:00+01:00", ""), ``, ``,
			`<section id="comments"><p>Vera said:</p><time class="entry-date published" datetime="2025-04-01">April 1, 2025</time></section>`,
			"2025-03-10T09:00:00+01:00"},
		{"today's date in the top bar is not the story's", ld("2025-03-10T09:00:00+01:00", ""),
			`<div class="block-date"><p id="todays-date">Friday, April 4, 2025</p></div>`, ``, ``, "2025-03-10T09:00:00+01:00"},
		{"related stories' dates are not the story's", ``, ``, ``,
			`<div class="related-posts"><a href="/a">Quay works begin</a> <span class="date">April 2, 2025</span></div><p class="posted-on">Posted March 9, 2025</p>`,
			"2025-03-09T00:00:00Z"},
		{"a teaser's date after the story is not the story's", ld("2025-03-10T09:00:00+01:00", ""), ``, ``,
			`<div class="more-posts"><div class="card"><h3><a href="/quay">Quay works begin</a></h3><span class="post-date">April 2, 2025</span></div></div>`,
			"2025-03-10T09:00:00+01:00"},
		{"a date hidden for search engines is not shown", ld("2025-03-10T09:00:00+01:00", ""), ``, ``,
			`<span class="entry-date rich-snippet-hidden">2025-04-01T10:00:00Z</span>`, "2025-03-10T09:00:00+01:00"},
		{"a bare day beside the same moment to the second", ld("2025-03-10T00:00:00+0000", "") +
			`<meta property="article:published_time" content="2025-03-11T04:39:05Z">`, ``, ``, ``, "2025-03-11T04:39:05Z"},
		{"the day in the page's address when nothing else dates it", `<link rel="canonical" href="https://gazette.example/news/2025/03/09/harbour-reopens/">`,
			``, ``, ``, "2025-03-09T00:00:00Z"},
		{"the publication time in Parse.ly's page record", `<meta name="parsely-page" content='{"title":"Harbour reopens after the storm","pub_date":"2025-03-10T09:00:00Z"}'>`,
			``, ``, ``, "2025-03-10T09:00:00Z"},
		{"the issue date in Dublin Core terms", `<meta name="dcterms.issued" content="2025-03-10">`, ``, ``, ``, "2025-03-10T00:00:00Z"},
		{"a date the page's markup states in an attribute", ``, `<div class="page" data-pubdate="2025-03-08"></div>`, ``, ``, "2025-03-08T00:00:00Z"},
		{"a web component's date in Go's own format", ``, ``, ``, `<x-stamp publishdate="2025-03-08 11:15:56.5 +0000 UTC"></x-stamp>`, "2025-03-08T11:15:56Z"},
		{"a live blog's entries, newest first: its earliest", ``, ``, ``,
			liveEntries("11:40", "10:15", "09:30", "08:05"), "2025-03-10T08:05:00Z"},
		{"a live blog's own date first, then its entries", ``, ``, `<time datetime="2025-03-10T07:00:00Z">7:00</time>`,
			liveEntries("11:40", "10:15", "09:30", "08:05"), "2025-03-10T07:00:00Z"},
		{"stamps in no falling order are no live blog's", ``, ``, ``,
			liveEntries("08:05", "11:40", "10:15", "09:30"), "2025-03-10T08:05:00Z"},
		{"the date set in a label under the headline", ``, ``, `<p>By Vera Visible</p><label class="info">March 12, 2025</label>`, ``, "2025-03-12T00:00:00Z"},
	} {
		doc := `<!doctype html><html><head>` + c.head + `</head><body>` + c.top + `<article><header><h1>Harbour reopens after the storm</h1>` + c.header +
			`</header>` + story + `</article>` + c.bottom + `</body></html>`
		a, _, err := htmlpage.Parse([]byte(doc))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		got := "none"
		if a.Published != nil {
			got = a.Published.Format(time.RFC3339)
		}
		if got != c.want {
			t.Errorf("%s: published %s, want %s", c.name, got, c.want)
		}
	}
}

// liveEntries are a live blog's entries stamped at the times given, on
// one day.
func liveEntries(times ...string) string {
	var b strings.Builder
	for _, t := range times {
		fmt.Fprintf(&b, `<div class="entry"><time datetime="2025-03-10T%s:00Z">%s</time><p>The harbour master gave a new update on the channel at this hour.</p></div>`, t, t)
	}
	return b.String()
}

// A dateline in the story's own box, beyond the headline's, when the box
// ends with another story's teaser: the teaser is left out, not the box.
func TestDatelineBesideTeasers(t *testing.T) {
	story := strings.Repeat(`<p>`+english[0]+" "+english[1]+" "+english[2]+`</p>`, 4)
	doc := `<!doctype html><html><head><title>Harbour reopens after the storm</title></head><body><section><h1>Harbour reopens after the storm</h1></section>` +
		`<section><div class="head"><p>By Vera Visible</p><div class="info"><span>Dec 11, 2025</span></div></div>` + story +
		`<div class="more"><div class="card"><h3><a href="/quay">Quay works begin next spring</a></h3><span>April 2, 2025</span></div></div></section></body></html>`
	a, _, err := htmlpage.Parse([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if a.Published == nil || a.Published.Format("2006-01-02") != "2025-12-11" {
		t.Errorf("published %v, want 2025-12-11", a.Published)
	}
}

// The dateline under the headline of a long story, set with the byline
// and a comment count ("By … Mar 12, 2025 | 6 comments"): separators are
// not words that make it a sentence.
func TestDatelineWithSeparators(t *testing.T) {
	story := strings.Repeat(`<p>`+english[0]+" "+english[1]+" "+english[2]+`</p>`, 12)
	doc := `<!doctype html><html><head><script type="application/ld+json">{"@type":"Article","headline":"Harbour reopens after the storm",
"datePublished":"2025-01-01T03:00:00","dateModified":"2025-03-12T13:25:58"}</script></head><body><main><div class="story"><h1>Harbour reopens after the storm</h1>` +
		`<p>Boats return three weeks on.</p><div><span>By</span> <a href="/vera">Vera Visible</a> <span>Mar 12, 2025</span> | <a href="#talk">6 comments</a></div>` +
		story + `</div></main></body></html>`
	a, _, err := htmlpage.Parse([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if a.Published == nil || a.Published.Format(time.RFC3339) != "2025-03-12T13:25:58Z" {
		t.Errorf("published %v, want 2025-03-12T13:25:58Z", a.Published)
	}
}

// A byline and a dateline set on one line under the headline, beyond its
// box, and too long together to read as either: the bar parts them.
func TestBylineAndDateOnOneLine(t *testing.T) {
	story := strings.Repeat(`<p>`+english[0]+" "+english[1]+" "+english[2]+`</p>`, 12)
	doc := `<!doctype html><html><head><title>Harbour reopens after the storm</title></head><body><div class="page"><h1>Harbour reopens after the storm</h1>` +
		`<p>By Jane Doe and John Roe, Elwin Gazette | Published March 5, 2025 at 10:00 a.m.</p>` + story + `</div></body></html>`
	a, _, err := htmlpage.Parse([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(a.Authors, ", "); got != "Jane Doe, John Roe" {
		t.Errorf("authors %q, want Jane Doe, John Roe", got)
	}
	if a.Published == nil || a.Published.Format(time.RFC3339) != "2025-03-05T10:00:00Z" {
		t.Errorf("published %v, want 2025-03-05T10:00:00Z", a.Published)
	}
}

// A <time> whose datetime the reader sees in words of its own
// ("Thursday", "Apr 12", "Last updated 3 hours ago") is the story's
// dateline, not its first paragraph; a live blog's stamps, one on each
// entry, stay with their entries.
func TestDateElementTextLeftOut(t *testing.T) {
	for _, shown := range []string{"Thursday", "Apr 12", "Last updated 3 hours ago"} {
		data := page(`<title>Harbour reopens after the storm</title>`,
			`<h1>Harbour reopens after the storm</h1><p><time datetime="2025-03-27T08:00:00Z">`+shown+`</time></p>`, english...)
		a, _, err := htmlpage.Parse([]byte(data))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(a.Body, english[0]) {
			t.Errorf("%q: body %.80q, want it to open with the story", shown, a.Body)
		}
		if a.Published == nil || a.Published.Format("2006-01-02") != "2025-03-27" {
			t.Errorf("%q: published %v, want 2025-03-27", shown, a.Published)
		}
	}
	var live strings.Builder
	for i, p := range append(english, english...) {
		fmt.Fprintf(&live, `<div class="entry"><p><time datetime="2025-03-27T%02d:00:00Z">%02d:00</time></p><h3>Update %d</h3><p>%s</p></div>`, 9+i, 9+i, i+1, p)
	}
	a, _, err := htmlpage.Parse([]byte(page(`<title>Live: the storm</title>`, `<h1>Live: the storm</h1>`+live.String())))
	if err != nil || !strings.HasPrefix(a.Body, "09:00") || !strings.Contains(a.Body, "10:00") {
		t.Errorf("a live blog lost its entries' stamps: %.120q, %v", a.Body, err)
	}
}
