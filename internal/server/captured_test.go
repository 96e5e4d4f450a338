package server_test

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/morgue-archive/morgue/internal/warctest"
)

// TestCapturedArticle: an article read from a web archive says on its page
// and in the API when it was captured and from where, beside its own
// publication date and byline; an article from a file says neither.
func TestCapturedArticle(t *testing.T) {
	dir := t.TempDir()
	page := `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tide gauge installed | The Elwin Gazette</title>
<meta property="og:type" content="article"><meta name="author" content="Rosa Quint">
<meta property="article:published_time" content="2025-05-01T09:00:00Z"></head><body>
<article><h1>Tide gauge installed</h1>` +
		strings.Repeat("<p>Engineers fixed a new tide gauge to the north pier on Monday, so that the harbour office can warn boats of storm surges an hour earlier than before.</p>", 5) +
		`</article></body></html>`
	warctest.Write(t, filepath.Join(dir, "crawl.warc.gz"), true,
		warctest.Response("https://gazette.example/tide", time.Date(2025, 5, 6, 7, 8, 9, 0, time.UTC), "200 OK", "text/html; charset=utf-8", page))
	f := newFixture(t, "testdata/articles", dir)

	a := f.get("/articles/tide-gauge-installed")
	if a.code != 200 {
		t.Fatalf("article = %d", a.code)
	}
	mustContain(t, "captured article", a.body,
		`href="/authors/rosa-quint"`,
		`<time datetime="2025-05-01T09:00:00Z">May 1, 2025</time>`,
		`Captured <time datetime="2025-05-06T07:08:09Z">May 6, 2025</time> by a web archive from <a href="https://gazette.example/tide"`)

	var full map[string]any
	f.apiGet("/api/articles/tide-gauge-installed", 200, &full)
	if full["captured_at"] != "2025-05-06T07:08:09Z" || full["published"] != "2025-05-01T09:00:00Z" || full["source_url"] != "https://gazette.example/tide" {
		t.Errorf("captured_at %v, published %v, source_url %v", full["captured_at"], full["published"], full["source_url"])
	}
	var l listAnswer
	f.apiGet("/api/articles?limit=100", 200, &l)
	seen := false
	for _, it := range l.Articles {
		if it["slug"] == "tide-gauge-installed" {
			seen = it["captured_at"] == "2025-05-06T07:08:09Z"
		} else if v, ok := it["captured_at"]; !ok || v != nil {
			t.Errorf("%v: captured_at %v, want null", it["slug"], v)
		}
	}
	if !seen {
		t.Errorf("the list does not give the captured article's captured_at")
	}

	plain := f.get("/articles/harbour-reopens-after-the-storm")
	mustContain(t, "file article", plain.body, "Originally published at")
	mustNotContain(t, "file article", plain.body, "by a web archive")
}
