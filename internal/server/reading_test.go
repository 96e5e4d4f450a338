package server_test

import (
	"html"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// readingRoom is the sample articles plus 24 made-up ones from three
// outlets, six authors (two named Marisol), five topics and four years,
// two of them undated.
func readingRoom(t *testing.T) *fixture {
	return newFixture(t, "testdata/articles", "testdata/reading")
}

var (
	facetLinkRe = regexp.MustCompile(`<li><a href="([^"]+)">([^<]+) <span class="n">(\d+)</span></a></li>`)
	barRe       = regexp.MustCompile(`<li><a href="([^"]+)"><span class="label">([^<]+)</span><svg[^>]*>.*?</svg><span class="n">(\d+)</span></a></li>`)
	countRe     = regexp.MustCompile(`<p class="count" role="status">(\d+) results?</p>`)
	introRe     = regexp.MustCompile(`<p class="intro">(\d+) articles?`)
)

// total reads the number of results or articles a page states.
func total(t *testing.T, target, body string) int {
	t.Helper()
	m := countRe.FindStringSubmatch(body)
	if m == nil {
		m = introRe.FindStringSubmatch(body)
	}
	if m == nil {
		t.Fatalf("%s: no count on the page", target)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// Every count beside a search is a link, and following it gives exactly
// that many results.
func TestFacetLinksNarrowToTheirCount(t *testing.T) {
	f := readingRoom(t)
	for _, start := range []string{"/search?q=budget", "/search?q=ferry+OR+bridge", "/", "/tags/weather", "/archive/2024", "/authors/marisol-okafor"} {
		a := f.get(start)
		if a.code != 200 {
			t.Fatalf("%s: %d", start, a.code)
		}
		mustContain(t, start, a.body, `<aside class="facets"`, `<h3 id="f-periods">`, `<h3 id="f-outlets">Outlets</h3>`,
			`<h3 id="f-authors">Authors</h3>`, `<h3 id="f-tags">Tags</h3>`)
		links := append(facetLinkRe.FindAllStringSubmatch(a.body, -1), barRe.FindAllStringSubmatch(a.body, -1)...)
		if len(links) < 5 {
			t.Fatalf("%s: only %d facet links", start, len(links))
		}
		for _, l := range links {
			target := html.UnescapeString(l[1])
			want, _ := strconv.Atoi(l[3])
			b := f.get(target)
			if b.code != 200 {
				t.Errorf("%s: facet %q links to %s, which answers %d", start, l[2], target, b.code)
				continue
			}
			if got := total(t, target, b.body); got != want {
				t.Errorf("%s: facet %q says %d, %s has %d", start, l[2], want, target, got)
			}
		}
	}
	// From the home page a count leads to the listing page itself.
	home := f.get("/").body
	mustContain(t, "home facets", home, `<a href="/tags/port-elwin">Port Elwin <span class="n">`,
		`<a href="/archive/2025"><span class="label">2025</span>`, `<a href="/outlets/harbour-gazette">Harbour Gazette`)
}

// The facets of the fixture add up: 10 articles mention the budget.
func TestFacetCountsOfAFixtureSearch(t *testing.T) {
	f := readingRoom(t)
	a := f.get("/search?q=budget")
	mustContain(t, "budget", a.body, `<p class="count" role="status">25 results</p>`, `25 articles, counted`,
		// r00–r23 are spread over the outlets in pairs, eight each; the
		// council article is the Daily Planet's.
		`Harbour Gazette <span class="n">8</span>`, `Northern Ledger <span class="n">8</span>`,
		`Valley Courier <span class="n">8</span>`, `Daily Planet <span class="n">1</span>`,
		`No known date: 2`)
	// Active filters show as chips that remove them.
	a = f.get("/search?q=budget&outlet=Valley+Courier&tag=Weather")
	mustContain(t, "chips", a.body, `<ul class="chips" aria-label="Active filters">`,
		`href="/search?outlet=Valley&#43;Courier&amp;q=budget" aria-label="Remove filter Tag: Weather"`,
		`href="/search?q=budget&amp;tag=Weather" aria-label="Remove filter Outlet: Valley Courier"`)
	// "more" shows the rest of a group.
	a = f.get("/search?q=budget")
	mustContain(t, "more", a.body, `<a href="/search?more=tags&amp;q=budget">1 more tags</a>`)
	mustContain(t, "expanded", f.get("/search?more=tags&q=budget").body, `Fewer tags`, `City Council <span class="n">1</span>`)
}

func TestDidYouMean(t *testing.T) {
	f := readingRoom(t)
	a := f.get("/search?q=Pochetino")
	mustContain(t, "typo", a.body, `0 results`, `Did you mean <a href="/search?q=Pochettino">Pochettino</a>? (1 result)`)
	// Filters stay with the suggestion.
	a = f.get("/search?q=orchrd&outlet=Harbour+Gazette")
	mustContain(t, "typo with a filter", a.body, `Did you mean <a href="/search?outlet=Harbour&#43;Gazette&amp;q=orchard">orchard</a>?`)
	// A word the archive has gets no suggestion.
	mustNotContain(t, "known", f.get("/search?q=Pochettino").body, "Did you mean")
}

func TestPartialNameFilters(t *testing.T) {
	f := readingRoom(t)
	// A part of one name is that name.
	a := f.get("/search?author=quinter")
	mustContain(t, "one match", a.body, `4 results`)
	mustNotContain(t, "one match", a.body, `class="matches"`)
	// A part shared by two names searches both and offers each.
	a = f.get("/search?author=Marisol")
	mustContain(t, "two matches", a.body, `10 results`, `Author “Marisol” matches 2 names, all searched; pick one:`,
		`<a href="/search?author=Marisol&#43;Okafor">Marisol Okafor</a> (6)`, `<a href="/search?author=Marisol&#43;Quintero">Marisol Quintero</a> (4)`)
	// Case and accents do not matter; names are offered to pick from.
	a = f.get("/search?q=storm&outlet=EXAMPLE")
	mustContain(t, "outlet part", a.body, `2 results`, `<datalist id="outlet-names">`, `<option value="Example News">`,
		`list="outlet-names"`)
	mustContain(t, "accents", f.get("/search?author=%C3%8Dnes+valdivieso").body, `6 results`)
	// Two tags: articles with both.
	mustContain(t, "two tags", f.get("/search?tag=weather&tag=ferry").body, `2 results`)
}

// A bad value sends the form back as typed, with the message beside the
// field and status 400, for each kind of mistake.
func TestSearchFormKeepsWhatWasTyped(t *testing.T) {
	f := readingRoom(t)
	for _, c := range []struct {
		query string
		field string // id of the field with the problem
		msg   string
		kept  []string
	}{
		{"q=ferry&from=yesterday", "from", "is not a date", []string{`value="ferry"`, `value="yesterday"`}},
		{"q=ferry&from=2025-03-01&to=2024-01-31", "to", "is before the from date", []string{`value="2025-03-01"`, `value="2024-01-31"`}},
		{"q=ferry&tag=Atlantis&author=Marisol", "tag", "No tag&#39;s name contains &#34;Atlantis&#34;", []string{`value="Atlantis"`, `value="Marisol"`}},
		{"q=ferry&outlet=Nowhere+Times", "outlet", "No outlet&#39;s name contains", []string{`value="Nowhere Times"`}},
		{"q=ferry&author=Zebedee", "author", "No author&#39;s name contains", []string{`value="Zebedee"`}},
		{"q=ferry&sort=sideways", "sort", "The order &#34;sideways&#34; is unknown", []string{`value="ferry"`}},
		{"q=" + url.QueryEscape(strings.Repeat("word ", 40)), "q", "too many words", []string{`value="word word`}},
	} {
		a := f.get("/search?" + c.query)
		if a.code != 400 {
			t.Errorf("%s: status %d, want 400", c.query, a.code)
		}
		mustContain(t, c.query, a.body, append(c.kept,
			c.field+`-error"`, `aria-invalid="true"`, `<p id="`+c.field+`-error" class="error`, c.msg,
			`<details class="filters" open>`, `role="alert"`)...)
		mustNotContain(t, c.query, a.body, `<ol class="results"`)
		if cc := a.header.Get("Cache-Control"); cc != "no-store" {
			t.Errorf("%s: Cache-Control %q", c.query, cc)
		}
	}
	// A date the browser's date field cannot show comes back in a text
	// field, so it is not lost.
	mustContain(t, "text field", f.get("/search?from=yesterday").body, `<input id="from" type="text" name="from" value="yesterday"`)
}

func TestSortOldestAndNewest(t *testing.T) {
	f := readingRoom(t)
	order := func(target string) []string {
		var titles []string
		for _, m := range regexp.MustCompile(`<h2><a href="/articles/([^"]+)">`).FindAllStringSubmatch(f.get(target).body, -1) {
			titles = append(titles, m[1])
		}
		return titles
	}
	newest, oldest := order("/search?q=storm&sort=newest"), order("/search?q=storm&sort=oldest")
	want := []string{"harbour-reopens-after-the-storm", "storm-floods-port-elwin-quay", "a-letter-from-the-archives-readers"}
	if strings.Join(newest, " ") != strings.Join(want, " ") {
		t.Errorf("newest first: %v", newest)
	}
	// Oldest first, and the undated letter still last.
	if strings.Join(oldest, " ") != strings.Join([]string{want[1], want[0], want[2]}, " ") {
		t.Errorf("oldest first: %v", oldest)
	}
}

func TestNameIndexes(t *testing.T) {
	f := readingRoom(t)
	a := f.get("/authors")
	mustContain(t, "/authors", a.body, `<h1>Authors</h1>`, `9 authors, A–Z.`,
		`<nav class="az" aria-label="Initials">`, `<a href="/authors#l-m" aria-label="M: 2">M</a>`,
		`<h2 id="l-m">M</h2>`, `<a href="/authors/marisol-okafor">Marisol Okafor</a> <span class="count">6</span>`,
		`<a href="/authors/ola-nordmann">`, `<nav class="crumbs" aria-label="Breadcrumb">`)
	if i, j := strings.Index(a.body, "Ezra Lindqvist"), strings.Index(a.body, "Tomasz Wren"); i < 0 || j < i {
		t.Errorf("/authors not A–Z")
	}
	mustContain(t, "/outlets", f.get("/outlets").body, `<h1>Outlets</h1>`, `<a href="/outlets/valley-courier">Valley Courier</a> <span class="count">8</span>`)
	a = f.get("/tags?sort=name")
	mustContain(t, "/tags A–Z", a.body, `tags, A–Z.`, `<a href="/tags">Most used first</a>`, `<h2 id="l-w">W</h2>`)
	mustContain(t, "/tags", f.get("/tags").body, `most used first.`, `<a href="/tags?sort=name">A–Z</a>`,
		`<a href="/tags?sort=name#l-p"`)
	for target, code := range map[string]int{"/authors?sort=count": 400, "/tags?sort=size": 400, "/outlets?page=2": 404, "/authors?page=x": 400} {
		if a := f.get(target); a.code != code {
			t.Errorf("%s: %d, want %d", target, a.code, code)
		}
	}
}

func TestDatePages(t *testing.T) {
	f := readingRoom(t)
	a := f.get("/archive/2024/03")
	mustContain(t, "month", a.body, `<nav class="crumbs" aria-label="Breadcrumb">`, `<a href="/archive/2024">2024</a>`,
		`<nav class="days" aria-label="Days of the month">`, `<a href="/archive/2024/03/15">Mar 15</a> <span class="count">2</span>`,
		`rel="prev">← `, `rel="next">`)
	a = f.get("/archive/2024/03/15")
	mustContain(t, "day", a.body, `<h1>Articles from March 15, 2024</h1>`, `2 articles published on March 15, 2024`,
		`<a href="/archive/2024/03/15" aria-current="page">March 15, 2024</a>`)
	a = f.get("/archive/2024")
	mustContain(t, "year", a.body, `<a href="/archive/2023" rel="prev">← 2023</a>`, `<a href="/archive/2025" rel="next">2025 →</a>`,
		`<h3 id="f-periods">Months of 2024</h3>`)
	a = f.get("/archive/undated")
	mustContain(t, "undated", a.body, `<h1>Articles with no known date</h1>`, `3 articles whose pages gave no date`, `A letter from the archive`)
	mustContain(t, "archive", f.get("/archive").body, `<a href="/archive/undated">`)
	for target, code := range map[string]int{"/archive/2024/02/30": 400, "/archive/2024/03/5": 400, "/archive/2024/03/16": 404, "/archive/2024/02/29": 404} {
		if a := f.get(target); a.code != code {
			t.Errorf("%s: %d, want %d", target, a.code, code)
		}
	}
}

// Lists show four tags an entry at most; tag, author and outlet pages
// show their feeds.
func TestListsReadWellOnAPhone(t *testing.T) {
	dir := t.TempDir()
	writeArticle(t, dir, "many.md", "---\ntitle: Ten tags\ndate: 2025-01-01\ntags: [A1, B2, C3, D4, E5, F6, G7, H8, I9, J10]\nauthors: [Kim Lee]\noutlet: The Post\n---\nText.\n")
	f := newFixture(t, dir)
	a := f.get("/")
	mustContain(t, "home", a.body, `<a href="/tags/d4" rel="tag">D4</a>`, `<a href="/articles/ten-tags#tags-h">+6<span class="visually-hidden"> more tags</span></a>`)
	mustNotContain(t, "home", a.body, `rel="tag">E5</a>`)
	mustContain(t, "article keeps all", f.get("/articles/ten-tags").body, `rel="tag">J10</a>`, `id="tags-h"`)
	for target, what := range map[string]string{"/tags/a1": "Follow this tag", "/authors/kim-lee": "Follow this author", "/outlets/the-post": "Follow this outlet"} {
		mustContain(t, target, f.get(target).body, `<p class="follow">`+what+`: <a href="`+target+`/feed.atom">Atom</a> · <a href="`+target+`/feed.json">JSON Feed</a></p>`)
	}
}

// Related articles share something particular, or are left out.
func TestRelatedMeansRelated(t *testing.T) {
	f := readingRoom(t)
	// The storm articles share two tags; the letter shares only a word of
	// its text with them and is not offered.
	a := f.get("/articles/harbour-reopens-after-the-storm")
	mustContain(t, "harbour", a.body, `<h2 id="related-h">Related articles</h2>`, `<a href="/articles/storm-floods-port-elwin-quay">`)
	mustNotContain(t, "harbour", a.body, `<li><a href="/articles/a-letter-from-the-archives-readers">`, `<li><a href="/articles/city-council-passes-budget">`)
	mustNotContain(t, "letter", f.get("/articles/a-letter-from-the-archives-readers").body, "Related articles")
}

func writeArticle(t *testing.T, dir, name, text string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// Every author, outlet, tag and month is reached from the home page in at
// most three clicks on ordinary links (no search, no facet).
func TestEverythingWithinThreeClicks(t *testing.T) {
	f := newFixture(t, "testdata/articles", "testdata/reading", "../../seeds")
	hrefRe := regexp.MustCompile(`href="(/[^"#]*)`)
	depth := map[string]int{"/": 0}
	queue := []string{"/"}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if depth[p] == 3 {
			continue
		}
		a := f.get(p)
		for _, m := range hrefRe.FindAllStringSubmatch(a.body, -1) {
			next := html.UnescapeString(m[1])
			if strings.HasPrefix(next, "/search") || strings.HasPrefix(next, "/static/") || strings.Contains(next, "/feed.") {
				continue
			}
			if _, seen := depth[next]; !seen {
				depth[next] = depth[p] + 1
				queue = append(queue, next)
			}
		}
	}
	var want []string
	for _, kind := range []string{"authors", "outlets", "tags"} {
		for _, m := range regexp.MustCompile(`href="(/`+kind+`/[^"/?#]+)"`).FindAllStringSubmatch(f.get("/"+kind+"?sort=name").body, -1) {
			want = append(want, m[1])
		}
	}
	for _, m := range regexp.MustCompile(`href="(/archive/\d{4}/\d{2})"`).FindAllStringSubmatch(f.get("/archive").body, -1) {
		want = append(want, m[1])
	}
	if len(want) < 40 {
		t.Fatalf("only %d names and months to look for", len(want))
	}
	t.Logf("%d authors, outlets, tags and months; %d pages within three clicks", len(want), len(depth))
	for _, w := range want {
		if d, ok := depth[w]; !ok {
			t.Errorf("%s is not within three clicks of the home page", w)
		} else if d > 3 {
			t.Errorf("%s is %d clicks away", w, d)
		}
	}
}
