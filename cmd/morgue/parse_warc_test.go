package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/morgue-archive/morgue/internal/warctest"
)

// TestParseWARCPrintsJSONLines: one line per article, with captured_at;
// the page that is no story named on stderr; exit 0.
func TestParseWARCPrintsJSONLines(t *testing.T) {
	story := `<html><head><title>Tide gauge installed | Gazette</title><meta property="og:type" content="article"></head><body><article><h1>Tide gauge installed</h1>` +
		strings.Repeat("<p>Engineers fixed a new tide gauge to the north pier on Monday, so that the harbour office can warn boats of storm surges an hour earlier than before.</p>", 4) +
		`</article></body></html>`
	front := `<html><head><title>Gazette</title><meta property="og:type" content="website"></head><body><h1>Gazette</h1>` +
		strings.Repeat(`<p><a href="/a">Another headline on the front page</a></p>`, 20) + `</body></html>`
	path := filepath.Join(t.TempDir(), "crawl.warc")
	captured := time.Date(2025, 5, 6, 7, 8, 9, 0, time.UTC)
	warctest.Write(t, path, false,
		warctest.Response("https://gazette.example/tide", captured, "200 OK", "text/html", story),
		warctest.Response("https://gazette.example/", captured, "200 OK", "text/html", front))
	code, stdout, stderr := runCLI("parse", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 1 {
		t.Fatalf("want one JSON line, got %q", stdout)
	}
	var got struct {
		Title      string  `json:"title"`
		SourceURL  string  `json:"source_url"`
		CapturedAt *string `json:"captured_at"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &got); err != nil {
		t.Fatal(err)
	}
	if got.Title != "Tide gauge installed" || got.SourceURL != "https://gazette.example/tide" || got.CapturedAt == nil || *got.CapturedAt != "2025-05-06T07:08:09Z" {
		t.Errorf("got %+v", got)
	}
	if !strings.Contains(stderr, "https://gazette.example/: not an article") || !strings.Contains(stderr, "1 articles, 1 pages not articles") {
		t.Errorf("stderr %q does not name the skipped page", stderr)
	}
}
