package server_test

import (
	"encoding/json"
	"net/http/httptest"
	"os"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// On a phone (375 × 667 CSS pixels) the first result of a search, and the
// first article of a list, are on the screen without scrolling, and no
// page scrolls sideways.
func TestPhoneShowsResultsFirst(t *testing.T) {
	ctx := browser(t, time.Minute)
	f := newFixture(t, "testdata/articles", "testdata/reading", "../../seeds")
	ts := httptest.NewServer(f.h)
	defer ts.Close()
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(375, 667, chromedp.EmulateScale(2), chromedp.EmulateMobile)); err != nil {
		t.Fatal(err)
	}
	for target, first := range map[string]string{
		"/search?q=ferry":                          ".results li:first-child h2",
		"/search?q=budget&tag=Weather&sort=newest": ".results li:first-child h2",
		"/search?author=Marisol":                   ".results li:first-child h2",
		"/":                                        ".entries .entry:first-child h2",
		"/tags/weather":                            ".entries .entry:first-child h2",
		"/archive/2024/03":                         ".entries .entry:first-child h2",
	} {
		if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+target), chromedp.WaitVisible(chromedp.CSS(first))); err != nil {
			t.Fatalf("%s: %v", target, err)
		}
		var box struct{ Bottom, Height, Width, ScrollWidth float64 }
		js := `(() => { const r = document.querySelector(` + jsString(first) + `).getBoundingClientRect();
			return {Bottom: r.bottom, Height: window.innerHeight, Width: window.innerWidth, ScrollWidth: document.documentElement.scrollWidth}; })()`
		got, err := chromedp.Run(ctx, chromedp.Evaluate[json.RawMessage](js))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(got, &box); err != nil {
			t.Fatal(err)
		}
		if box.Bottom <= 0 || box.Bottom > box.Height {
			t.Errorf("%s: the first result's headline ends %.0f px down, below the %.0f px screen", target, box.Bottom, box.Height)
		}
		if box.ScrollWidth > box.Width+1 {
			t.Errorf("%s: the page is %.0f px wide on a %.0f px screen", target, box.ScrollWidth, box.Width)
		}
		t.Logf("%s: first result ends at %.0f of %.0f px", target, box.Bottom, box.Height)
	}
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestAxe runs axe-core (MORGUE_AXE names axe.min.js, e.g. from `npm
// install axe-core`) on the pages of browsing and search and on an
// article's history and diff, on a phone and on a desktop screen: no
// violations of WCAG 2.2 A and AA, nor of axe's best practices. DevTools evaluation is not bound by the pages' CSP, so
// the site itself still runs no script.
func TestAxe(t *testing.T) {
	src := os.Getenv("MORGUE_AXE")
	if src == "" {
		t.Skip("MORGUE_AXE is not set (.ci/run installs axe-core from npm)")
	}
	axe, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	ctx := browser(t, 4*time.Minute)
	// With an article of two versions, so that its history, its diff
	// (colours of inserted and deleted words included) and the article
	// page's archive section are checked too.
	f := changedCopy(t, "testdata/reading")
	ts := httptest.NewServer(f.h)
	defer ts.Close()
	pages := []string{ferry, ferry + "/history", ferry + "/diff?from=1&to=2", "/", "/search", "/search?q=ferry", "/search?q=Pochetino", "/search?author=Marisol&q=budget",
		"/search?q=ferry&from=2025-03-01&to=2024-01-01&tag=Atlantis", "/authors", "/outlets", "/tags", "/tags?sort=name",
		"/tags/weather", "/authors/marisol-okafor", "/outlets/valley-courier", "/archive", "/archive/2024",
		"/archive/2024/03", "/archive/2024/03/15", "/archive/undated", "/articles/harbour-reopens-after-the-storm"}
	// Every page on a phone; those with a column of facets on a desktop.
	wide := []string{"/", "/search?q=ferry", "/tags/weather", "/authors"}
	for _, size := range [][2]int64{{375, 667}, {1280, 900}} {
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(size[0], size[1])); err != nil {
			t.Fatal(err)
		}
		if size[0] > 1000 {
			pages = wide
		}
		for _, p := range pages {
			if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+p), chromedp.WaitReady(chromedp.CSS("main"))); err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			// Open the folded filters so that their fields are checked too.
			run := string(axe) + `;document.querySelectorAll('details').forEach(d => d.open = true);
				axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})
				.then(r => JSON.stringify(r.violations.map(v => v.id + ': ' + v.help + ' — ' + v.nodes.map(n => n.target.join(' ')).join(', '))))`
			out, err := chromedp.Run(ctx, chromedp.Evaluate[string](run, chromedp.EvalAwaitPromise))
			if err != nil {
				t.Fatalf("%s: axe: %v", p, err)
			}
			var violations []string
			if err := json.Unmarshal([]byte(out), &violations); err != nil {
				t.Fatal(err)
			}
			for _, v := range violations {
				t.Errorf("%dpx %s: %s", size[0], p, v)
			}
			if len(violations) == 0 {
				t.Logf("%dpx %s: 0 violations", size[0], p)
			}
		}
	}
}
