package server_test

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

// apiGet fetches an API address and decodes its JSON answer into v,
// checking the status and the content type.
func (f *fixture) apiGet(target string, status int, v any) answer {
	f.t.Helper()
	a := f.get(target)
	if a.code != status {
		f.t.Fatalf("GET %s = %d, want %d: %s", target, a.code, status, a.body)
	}
	if status < 300 || status >= 400 {
		if ct := a.header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
			f.t.Fatalf("GET %s: Content-Type %q", target, ct)
		}
		if err := json.Unmarshal([]byte(a.body), v); err != nil {
			f.t.Fatalf("GET %s: %v\n%s", target, err, a.body)
		}
	}
	return a
}

type listAnswer struct {
	Tag *struct {
		Name, Slug, URL string
		Count           int
	} `json:"tag"`
	Articles []map[string]any `json:"articles"`
	Cursor   *string          `json:"next_cursor"`
	Next     *string          `json:"next"`
}

// manyArticles is the sample plus 23 more: several share a date (so the
// cursor must break ties by id) and five have none.
func manyArticles(t *testing.T) *fixture {
	dir := t.TempDir()
	for i := range 23 {
		date := ""
		if i%5 != 0 {
			date = "date: " + time.Date(2023, 6, 1+i%4, 0, 0, 0, 0, time.UTC).Format("2006-01-02") + "\n"
		}
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("n%02d.md", i)), fmt.Appendf(nil,
			"---\ntitle: Extra story %02d\n%stags: [Extra, Port Elwin]\n---\nExtra story number %d about the harbour.\n", i, date, i), 0o644)
	}
	return newFixture(t, "testdata/articles", dir)
}

// walk follows next links from start and returns the slugs in order.
func (f *fixture) walk(start string) (slugs []string, pages int) {
	f.t.Helper()
	target := start
	for {
		var l listAnswer
		f.apiGet(target, 200, &l)
		pages++
		for _, a := range l.Articles {
			slugs = append(slugs, a["slug"].(string))
		}
		if (l.Next == nil) != (l.Cursor == nil) {
			f.t.Fatalf("%s: next %v but next_cursor %v", target, l.Next, l.Cursor)
		}
		if l.Next == nil {
			return slugs, pages
		}
		next, ok := strings.CutPrefix(*l.Next, base)
		if !ok || !strings.Contains(next, "cursor="+url.QueryEscape(*l.Cursor)) {
			f.t.Fatalf("%s: next %q does not carry next_cursor %q", target, *l.Next, *l.Cursor)
		}
		if pages > 100 {
			f.t.Fatal("paging does not end")
		}
		target = next
	}
}

func TestAPIArticlesWalkEveryPageOnce(t *testing.T) {
	f := manyArticles(t)
	var all listAnswer
	f.apiGet("/api/articles?limit=100", 200, &all)
	if len(all.Articles) != 27 || all.Next != nil {
		t.Fatalf("one big page: %d articles, next %v", len(all.Articles), all.Next)
	}
	want := make([]string, len(all.Articles))
	for i, a := range all.Articles {
		want[i] = a["slug"].(string)
	}
	// Newest first, undated last.
	var published []string
	for _, a := range all.Articles {
		if p, ok := a["published"].(string); ok {
			published = append(published, p)
		} else {
			published = append(published, "")
		}
	}
	if !sort.SliceIsSorted(published, func(i, j int) bool { return published[i] > published[j] }) {
		t.Errorf("not newest first: %v", published)
	}
	for _, limit := range []int{1, 2, 3, 5, 20, 26, 27} {
		got, pages := f.walk(fmt.Sprintf("/api/articles?limit=%d", limit))
		if !slices.Equal(got, want) {
			t.Errorf("limit %d: walked %v\nwant %v", limit, got, want)
		}
		if wantPages := (27 + limit - 1) / limit; pages != wantPages {
			t.Errorf("limit %d: %d pages, want %d", limit, pages, wantPages)
		}
	}
	// The default page size.
	var first listAnswer
	f.apiGet("/api/articles", 200, &first)
	if len(first.Articles) != 20 || first.Next == nil {
		t.Errorf("default page: %d articles", len(first.Articles))
	}
}

func TestAPITagWalk(t *testing.T) {
	f := manyArticles(t)
	var l listAnswer
	f.apiGet("/api/tags/port-elwin?limit=4", 200, &l)
	if l.Tag == nil || l.Tag.Name != "Port Elwin" || l.Tag.Count != 25 || l.Tag.URL != base+"/tags/port-elwin" {
		t.Fatalf("tag: %+v", l.Tag)
	}
	got, pages := f.walk("/api/tags/port-elwin?limit=4")
	seen := map[string]bool{}
	for _, s := range got {
		if seen[s] {
			t.Errorf("%s twice", s)
		}
		seen[s] = true
	}
	if len(got) != 25 || pages != 7 || !seen["harbour-reopens-after-the-storm"] || seen["city-council-passes-budget"] {
		t.Errorf("walked %d articles in %d pages: %v", len(got), pages, got)
	}
}

func TestAPIArticle(t *testing.T) {
	f := sample(t)
	var a map[string]any
	f.apiGet("/api/articles/harbour-reopens-after-the-storm", 200, &a)
	want := map[string]any{
		"title": "Harbour reopens after the storm", "dek": "Fishing boats return to Port Elwin three weeks after the flood.",
		"outlet": "Example News", "published": "2025-03-27T10:45:00Z", "language": "en", "slug": "harbour-reopens-after-the-storm",
		"source_url": "https://example.com/harbour", "url": base + "/articles/harbour-reopens-after-the-storm",
		"reading_minutes": float64(1), "authors": []any{"Jane Doe", "John Roe"},
		"image": map[string]any{"alt": "", "caption": "Boats in the harbour at dawn", "credit": "Reuters"},
	}
	for k, v := range want {
		if fmt.Sprint(a[k]) != fmt.Sprint(v) {
			t.Errorf("%s = %v, want %v", k, a[k], v)
		}
	}
	if b, _ := a["body"].(string); !strings.HasPrefix(b, "The harbour at Port Elwin reopened") {
		t.Errorf("body = %q", a["body"])
	}
	if h, _ := a["html"].(string); !strings.HasPrefix(h, "<p>The harbour at Port Elwin reopened") {
		t.Errorf("html = %q", a["html"])
	}
	// Lists leave the body out.
	var l listAnswer
	f.apiGet("/api/articles", 200, &l)
	for _, it := range l.Articles {
		if _, ok := it["body"]; ok {
			t.Errorf("list item %v has a body", it["slug"])
		}
		if _, ok := it["html"]; ok {
			t.Errorf("list item %v has html", it["slug"])
		}
	}
}

func TestAPIRetiredSlugRedirects(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "x.md")
	os.WriteFile(p, []byte("---\ntitle: Old headline\n---\nBody text.\n"), 0o644)
	f := newFixture(t, p)
	os.WriteFile(p, []byte("---\ntitle: New headline\n---\nBody text.\n"), 0o644)
	f.importPaths(p)
	a := f.get("/api/articles/old-headline")
	if a.code != 301 || a.header.Get("Location") != "/api/articles/new-headline" {
		t.Fatalf("retired slug: %d %q", a.code, a.header.Get("Location"))
	}
	var v map[string]any
	f.apiGet("/api/articles/new-headline", 200, &v)
	if v["title"] != "New headline" {
		t.Errorf("title = %v", v["title"])
	}
}

type apiErr struct {
	Error struct {
		Status  int    `json:"status"`
		Message string `json:"message"`
	} `json:"error"`
}

func TestAPIErrors(t *testing.T) {
	f := sample(t)
	valid := base64.RawURLEncoding.EncodeToString(make([]byte, 16)) // id 0: never given out
	for target, status := range map[string]int{
		"/api/articles?limit=0":                      400,
		"/api/articles?limit=101":                    400,
		"/api/articles?limit=-1":                     400,
		"/api/articles?limit=abc":                    400,
		"/api/articles?limit=1&limit=2":              400,
		"/api/articles?cursor=garbage!":              400,
		"/api/articles?cursor=AAAA":                  400,
		"/api/articles?cursor=" + valid:              400,
		"/api/articles?cursor=a&cursor=b":            400,
		"/api/tags/storms?cursor=%ff":                400,
		"/api/tags?page=0":                           400,
		"/api/tags?limit=1000":                       400,
		"/api/tags?page=99":                          404,
		"/api/articles/nope":                         404,
		"/api/tags/nope":                             404,
		"/api/nope":                                  404,
		"/api/search":                                400,
		"/api/search?q=":                             400,
		"/api/search?q=%22%22":                       400,
		"/api/search?q=-only":                        400,
		"/api/search?q=storm&page=9":                 404,
		"/api/search?q=storm&cursor=x":               400,
		"/api/search?q=storm&sort=sideways":          400,
		"/api/search?from=yesterday":                 400,
		"/api/search?from=2025-03-01&to=2025-01":     400,
		"/api/search?q=" + strings.Repeat("x", 1001): 400,
		"/api/" + strings.Repeat("a", 3000):          414,
	} {
		var e apiErr
		f.apiGet(target, status, &e)
		if e.Error.Status != status || e.Error.Message == "" {
			t.Errorf("%.60s: error %+v", target, e)
		}
		mustNotContain(t, target, e.Error.Message, "sql", ".go:", "goroutine")
	}
	for _, m := range []string{"POST", "PUT", "DELETE", "PATCH"} {
		a := f.do(m, "/api/articles")
		var e apiErr
		if err := json.Unmarshal([]byte(a.body), &e); err != nil || a.code != 405 || e.Error.Status != 405 ||
			a.header.Get("Allow") != "GET, HEAD" || a.header.Get("Content-Type") != "application/json; charset=utf-8" {
			t.Errorf("%s /api/articles = %d %q %v", m, a.code, a.body, err)
		}
	}
	// Errors are never cached: a bad request today is not a 400 tomorrow.
	if a := f.get("/api/articles?limit=0"); a.header.Get("Cache-Control") != "no-store" {
		t.Errorf("error Cache-Control %q", a.header.Get("Cache-Control"))
	}
}

type searchAnswer struct {
	Results []map[string]any `json:"results"`
	Total   int              `json:"total"`
	Capped  bool             `json:"total_capped"`
	Page    int              `json:"page"`
	Pages   int              `json:"pages"`
	Next    *string          `json:"next"`
}

func titles(items []map[string]any) []string {
	var out []string
	for _, it := range items {
		out = append(out, it["title"].(string))
	}
	return out
}

func TestAPISearchFilters(t *testing.T) {
	f := sample(t)
	for target, want := range map[string][]string{
		"/api/search?q=storm&sort=date":                {"Harbour reopens after the storm", "Storm floods Port Elwin quay", "A letter from the archive's readers"},
		"/api/search?q=title:storm&sort=date":          {"Harbour reopens after the storm", "Storm floods Port Elwin quay"},
		"/api/search?q=%22city+council%22":             {"City council passes budget"},
		"/api/search?q=storm+-harbour&sort=date":       {"Storm floods Port Elwin quay", "A letter from the archive's readers"},
		"/api/search?q=rondon":                         {"City council passes budget"},
		"/api/search?tag=budget":                       {"City council passes budget"},
		"/api/search?tag=Port+Elwin":                   {"Harbour reopens after the storm", "Storm floods Port Elwin quay"},
		"/api/search?author=jane-doe&q=school":         {"Storm floods Port Elwin quay"},
		"/api/search?author=ola-nordmann&q=quay":       nil,
		"/api/search?outlet=daily-planet":              {"City council passes budget"},
		"/api/search?from=2025-03-01":                  {"Harbour reopens after the storm", "Storm floods Port Elwin quay"},
		"/api/search?to=2024-12-31":                    {"City council passes budget"},
		"/api/search?from=2025-03-01&to=2025-03-10":    {"Storm floods Port Elwin quay"},
		"/api/search?q=storm&sort=date&limit=1&page=2": {"Storm floods Port Elwin quay"},
		"/api/search?q=zebra":                          nil,
	} {
		var s searchAnswer
		f.apiGet(target, 200, &s)
		if got := titles(s.Results); !slices.Equal(got, want) {
			t.Errorf("%s: %q, want %q", target, got, want)
		}
		for _, r := range s.Results {
			if sn, ok := r["snippet"].(string); !ok || strings.ContainsAny(sn, "\uE000\uE001") {
				t.Errorf("%s: snippet %q", target, r["snippet"])
			}
			if _, ok := r["body"]; ok {
				t.Errorf("%s: result has a body", target)
			}
		}
	}
	var s searchAnswer
	f.apiGet("/api/search?q=storm&limit=1", 200, &s)
	if s.Total != 3 || s.Pages != 3 || s.Page != 1 || s.Next == nil || s.Capped {
		t.Fatalf("paging: %+v", s)
	}
	var seen []string
	for target := "/api/search?q=storm&limit=1&sort=date"; ; {
		var p searchAnswer
		f.apiGet(target, 200, &p)
		seen = append(seen, titles(p.Results)...)
		if p.Next == nil {
			break
		}
		target = strings.TrimPrefix(*p.Next, base)
	}
	if len(seen) != 3 {
		t.Errorf("walked %v", seen)
	}
}

func TestAPITags(t *testing.T) {
	f := sample(t)
	var l struct {
		Tags []struct {
			Name, Slug, URL string
			Count           int
		} `json:"tags"`
		Total, Page, Pages int
		Next               *string
	}
	f.apiGet("/api/tags?limit=4", 200, &l)
	if l.Total != 6 || l.Pages != 2 || len(l.Tags) != 4 || l.Next == nil || l.Tags[0].Slug != "port-elwin" || l.Tags[0].Count != 2 {
		t.Fatalf("tags page 1: %+v", l)
	}
	next := strings.TrimPrefix(*l.Next, base)
	l.Next = nil
	f.apiGet(next, 200, &l)
	if l.Page != 2 || len(l.Tags) != 2 || l.Next != nil {
		t.Fatalf("tags page 2 (%s): %+v", next, l)
	}
}

func TestAPICaching(t *testing.T) {
	f := sample(t)
	for _, target := range []string{"/api/articles", "/api/articles/harbour-reopens-after-the-storm", "/api/search?q=storm", "/api/tags", "/api/openapi.json"} {
		a := f.get(target)
		etag := a.header.Get("ETag")
		if etag == "" || a.header.Get("Access-Control-Allow-Origin") != "*" {
			t.Errorf("%s: headers %v", target, a.header)
			continue
		}
		if b := f.do("GET", target, "If-None-Match", etag); b.code != 304 {
			t.Errorf("%s: If-None-Match = %d", target, b.code)
		}
		if b := f.get(target); b.body != a.body || b.header.Get("Access-Control-Allow-Origin") != "*" {
			t.Errorf("%s: cached answer differs", target)
		}
	}
}

// TestOpenAPIMatchesAnswers keeps the document honest: every documented
// path answers, and every schema names exactly the fields the answers have.
func TestOpenAPIMatchesAnswers(t *testing.T) {
	f := sample(t)
	var doc struct {
		OpenAPI string                    `json:"openapi"`
		Servers []struct{ URL string }    `json:"servers"`
		Paths   map[string]map[string]any `json:"paths"`
		Comps   struct {
			Schemas map[string]struct {
				Required   []string       `json:"required"`
				Properties map[string]any `json:"properties"`
			} `json:"schemas"`
		} `json:"components"`
	}
	f.apiGet("/api/openapi.json", 200, &doc)
	if !strings.HasPrefix(doc.OpenAPI, "3.") || len(doc.Servers) != 1 || doc.Servers[0].URL != base {
		t.Fatalf("openapi %q servers %v", doc.OpenAPI, doc.Servers)
	}
	examples := map[string]string{
		"/api":                              "/api",
		"/api/openapi.json":                 "/api/openapi.json",
		"/api/articles":                     "/api/articles",
		"/api/articles/{slug}":              "/api/articles/harbour-reopens-after-the-storm",
		"/api/articles/{slug}/versions":     "/api/articles/harbour-reopens-after-the-storm/versions",
		"/api/articles/{slug}/versions/{n}": "/api/articles/harbour-reopens-after-the-storm/versions/1",
		"/api/search":                       "/api/search?q=storm",
		"/api/tags":                         "/api/tags",
		"/api/tags/{slug}":                  "/api/tags/storms",
	}
	for p := range doc.Paths {
		if _, ok := examples[p]; !ok {
			t.Errorf("documented path %s is not tested", p)
		}
	}
	for p, target := range examples {
		if _, ok := doc.Paths[p]; !ok {
			t.Errorf("path %s is not documented", p)
		}
		var v any
		f.apiGet(target, 200, &v)
	}

	keys := func(m map[string]any) []string {
		var out []string
		for k := range m {
			out = append(out, k)
		}
		sort.Strings(out)
		return out
	}
	check := func(schema string, answer map[string]any) {
		t.Helper()
		s, ok := doc.Comps.Schemas[schema]
		if !ok {
			t.Fatalf("no schema %s", schema)
		}
		props := keys(s.Properties)
		req := slices.Clone(s.Required)
		sort.Strings(req)
		if got := keys(answer); !slices.Equal(got, props) || !slices.Equal(req, props) {
			t.Errorf("%s: answer has %v; schema properties %v, required %v", schema, got, props, req)
		}
	}
	var full, list, search, tags, tag, errAns map[string]any
	f.apiGet("/api/articles/harbour-reopens-after-the-storm", 200, &full)
	check("Article", full)
	f.apiGet("/api/articles?limit=1", 200, &list)
	check("ArticleList", list)
	check("ArticleSummary", list["articles"].([]any)[0].(map[string]any))
	f.apiGet("/api/search?q=storm", 200, &search)
	check("SearchResult", search)
	check("SearchHit", search["results"].([]any)[0].(map[string]any))
	f.apiGet("/api/tags", 200, &tags)
	check("TagList", tags)
	check("Tag", tags["tags"].([]any)[0].(map[string]any))
	f.apiGet("/api/tags/storms", 200, &tag)
	check("TagArticles", tag)
	check("Image", full["image"].(map[string]any))
	check("TagRef", full["tags"].([]any)[0].(map[string]any))
	f.apiGet("/api/articles/nope", 404, &errAns)
	check("Error", errAns)
	check("ArticleSource", full["source"].(map[string]any))
	var versions, version map[string]any
	f.apiGet("/api/articles/harbour-reopens-after-the-storm/versions", 200, &versions)
	check("VersionList", versions)
	check("VersionSummary", versions["versions"].([]any)[0].(map[string]any))
	f.apiGet("/api/articles/harbour-reopens-after-the-storm/versions/1", 200, &version)
	check("Version", version)
}
