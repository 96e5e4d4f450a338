package server_test

import (
	"fmt"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// structuredSlug is the made-up page dump in testdata/structure: a story
// with subheadings, a bulleted and a numbered list, a pull quote and a
// table, as a browser's copy of a page shows them.
const structuredSlug = "/articles/how-to-get-across-the-river-while-the-bridge-is-shut"

// The article page shows the structure the parser read from the dump.
func TestArticleShowsStructure(t *testing.T) {
	f := newFixture(t, "testdata/structure")
	a := f.get(structuredSlug)
	if a.code != 200 {
		t.Fatalf("article = %d", a.code)
	}
	mustContain(t, "structured article", a.body,
		"<h2>What the council has promised</h2>",
		"<h2>The timetable</h2>",
		"<ul>\n<li>Free ferries from both piers until the bridge reopens</li>",
		"<ol>\n<li>Buy a season pass at either pier before your first trip.</li>",
		"<blockquote>\n<p>&quot;We will not ask people to pay for our old bridge twice.&quot;</p>\n</blockquote>",
		"<table>", "<th>Pier</th>", "<th>Last ferry</th>", "<td>North pier</td>", "<td>23:50</td>",
		"<p>The council's plan rests on three things, which it set out in a letter to every household last week:</p>")
	// The page's furniture stays out, and nothing became a heading that
	// was not one.
	mustNotContain(t, "structured article", a.body, "Share this article", "<h2>Related stories", "<h3>")
}

// On a phone the structured article reads without sideways scrolling:
// the lists keep their indent inside the screen and a table wider than
// the screen scrolls within its own box, not the page.
func TestBrowserStructureOnPhone(t *testing.T) {
	ctx := browser(t, 60*time.Second)
	f := newFixture(t, "testdata/structure")
	ts := httptest.NewServer(f.h)
	defer ts.Close()
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(360, 640), chromedp.Navigate(ts.URL+structuredSlug),
		chromedp.WaitVisible(chromedp.CSS("article.story .body table"))); err != nil {
		t.Fatal(err)
	}
	for expr, want := range map[string]string{
		// The page itself is no wider than the screen.
		`String(document.documentElement.scrollWidth <= window.innerWidth)`: "true",
		// The table stays within the screen and scrolls inside its box.
		`String(document.querySelector(".body table").getBoundingClientRect().right <= window.innerWidth)`: "true",
		`getComputedStyle(document.querySelector(".body table")).overflowX`:                                "auto",
		// List items are indented, with their markers, and inside the screen.
		`getComputedStyle(document.querySelector(".body ul")).listStyleType`:                                                                       "disc",
		`getComputedStyle(document.querySelector(".body ol")).listStyleType`:                                                                       "decimal",
		`String(document.querySelector(".body li").getBoundingClientRect().left > document.querySelector(".body p").getBoundingClientRect().left)`: "true",
		`String(document.querySelector(".body li").getBoundingClientRect().right <= window.innerWidth)`:                                            "true",
		// Subheadings stand out from the text.
		`String(parseFloat(getComputedStyle(document.querySelector(".body h2")).fontSize) > parseFloat(getComputedStyle(document.querySelector(".body p")).fontSize))`: "true",
		// A quotation is set off from the text.
		`getComputedStyle(document.querySelector(".body blockquote")).borderLeftStyle`: "solid",
	} {
		got, err := chromedp.Run(ctx, chromedp.Evaluate[any](expr))
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		if fmt.Sprint(got) != want {
			t.Errorf("%s = %v, want %s", expr, got, want)
		}
	}
}
