package importer_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nlnwa/gowarc/v3"

	"github.com/morgue-archive/morgue/internal/importer"
	"github.com/morgue-archive/morgue/internal/store"
	"github.com/morgue-archive/morgue/internal/warctest"
)

// storyPage is a made-up news page with its metadata in JSON-LD.
func storyPage(title, author, date string, paragraphs int) string {
	var body strings.Builder
	for i := range paragraphs {
		fmt.Fprintf(&body, "<p>Paragraph %d of the story: the harbour master said the fishing fleet of Port Elwin would sail again once the channel was dredged, and the council agreed to pay for the work before the winter storms.</p>\n", i+1)
	}
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>` + title + ` | The Elwin Gazette</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="The Elwin Gazette">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + title + `",
"author":[{"@type":"Person","name":"` + author + `"}],"datePublished":"` + date + `","publisher":{"@type":"Organization","name":"The Elwin Gazette"}}</script>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>` + title + `</h1><p class="byline">By ` + author + `</p>` + body.String() + `</article>
<footer><a href="/about">About us</a></footer></body></html>`
}

// frontPage is a section front: many headlines, each a link.
func frontPage() string {
	var b strings.Builder
	b.WriteString(`<!doctype html><html><head><title>News | The Elwin Gazette</title><meta property="og:type" content="website"></head><body><h1>News</h1><ul>`)
	for i := range 30 {
		fmt.Fprintf(&b, `<li><a href="/news/story-%d">Council debates the harbour budget for the %dth time this year</a></li>`, i, i+1)
	}
	b.WriteString(`</ul></body></html>`)
	return b.String()
}

var (
	day1 = time.Date(2025, 3, 27, 10, 0, 0, 0, time.UTC)
	day2 = time.Date(2025, 3, 29, 8, 30, 0, 0, time.UTC)
	day3 = time.Date(2025, 4, 2, 7, 0, 0, 0, time.UTC)
)

func TestImportWARC(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "crawl.warc.gz")
	story := "https://gazette.example/news/harbour-reopens"
	warctest.Write(t, path, true,
		warctest.Record{Type: gowarc.Request, URI: story, Date: day1, HTTP: "GET /news/harbour-reopens HTTP/1.1\r\nHost: gazette.example\r\n\r\n"},
		warctest.Response(story, day1, "200 OK", "text/html; charset=utf-8", storyPage("Harbour reopens after the storm", "Jane Doe", "2025-03-27T09:00:00+01:00", 6)),
		warctest.Response("https://gazette.example/news", day1, "200 OK", "text/html", frontPage()),
		warctest.Response("https://gazette.example/old-harbour", day1, "301 Moved Permanently", "text/html", "<html><body>Moved</body></html>"),
		warctest.Response("https://gazette.example/logo.png", day1, "200 OK", "image/png", "\x89PNG\r\n\x1a\n"),
		// A later capture of the same page, with a corrected headline: it wins.
		warctest.Response(story, day2, "200 OK", "text/html; charset=utf-8", storyPage("Harbour reopens after the great storm", "Jane Doe", "2025-03-27T09:00:00+01:00", 6)),
		// Seen again unchanged even later: the capture date moves on.
		warctest.Record{Type: gowarc.Revisit, URI: story, Date: day3, Profile: "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest",
			HTTP: "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"},
	)
	if os.Getenv("MORGUE_KEEP_WARC") != "" {
		data, _ := os.ReadFile(path)
		os.WriteFile(os.Getenv("MORGUE_KEEP_WARC"), data, 0o644)
	}
	db := openDB(t, filepath.Join(t.TempDir(), "morgue.db"))
	sum, err := importer.Run(context.Background(), db, []string{dir}, importer.Options{Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Counts[importer.New] != 1 || sum.Counts[importer.NotArticle] != 1 || sum.Counts[importer.Failed] != 0 {
		t.Fatalf("summary %q: want 1 new, 1 not an article, nothing failed", sum)
	}
	if !strings.Contains(sum.String(), "1 pages skipped as not articles") {
		t.Errorf("summary %q does not say a page was skipped", sum)
	}
	var title, source, captured, published, authors string
	if err := db.QueryRow(`SELECT title, source_url, captured_at, published, authors_text FROM articles`).
		Scan(&title, &source, &captured, &published, &authors); err != nil {
		t.Fatal(err)
	}
	if title != "Harbour reopens after the great storm" {
		t.Errorf("title %q: the latest capture should win", title)
	}
	if source != story || captured != "2025-04-02T07:00:00Z" || published != "2025-03-27T09:00:00+01:00" || !strings.Contains(authors, "Jane Doe") {
		t.Errorf("got source %q captured %q published %q authors %q", source, captured, published, authors)
	}
	var key, kind, format string
	if err := db.QueryRow(`SELECT path, kind, format FROM sources`).Scan(&key, &kind, &format); err != nil {
		t.Fatal(err)
	}
	if key != story || kind != store.KindURI || format != "warc" {
		t.Errorf("source kept as %q %q %q, want the target URI, uri, warc", key, kind, format)
	}

	// Idempotent: the same archive again changes nothing.
	sum, err = importer.Run(context.Background(), db, []string{dir}, importer.Options{Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Counts[importer.New]+sum.Counts[importer.Updated] != 0 || sum.Counts[importer.Unchanged] != 1 {
		t.Errorf("second import: %q, want the article unchanged", sum)
	}
}

func TestImportTruncatedWARC(t *testing.T) {
	dir := t.TempDir()
	whole := filepath.Join(dir, "whole.warc.gz")
	warctest.Write(t, whole, true,
		warctest.Response("https://gazette.example/a", day1, "200 OK", "text/html", storyPage("Ferry timetable changes for the summer", "Ann Lee", "2025-03-20", 5)),
		warctest.Response("https://gazette.example/b", day1, "200 OK", "text/html", storyPage("Lighthouse keeper retires after forty years", "Bo Chen", "2025-03-21", 5)),
		warctest.Response("https://gazette.example/c", day1, "200 OK", "text/html", storyPage("New school opens on the hill above the port", "Cy Dee", "2025-03-22", 5)),
	)
	data, err := os.ReadFile(whole)
	if err != nil {
		t.Fatal(err)
	}
	os.Remove(whole)
	path := filepath.Join(dir, "cut.warc.gz")
	if err := os.WriteFile(path, data[:len(data)-200], 0o644); err != nil {
		t.Fatal(err)
	}
	db := openDB(t, filepath.Join(t.TempDir(), "morgue.db"))
	var failures []importer.Result
	sum, err := importer.Run(context.Background(), db, []string{path}, importer.Options{Now: fixedNow, Report: func(r importer.Result) {
		if r.Outcome == importer.Failed {
			failures = append(failures, r)
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Counts[importer.New] != 2 || len(failures) != 1 {
		t.Fatalf("summary %q, failures %v: want the two whole records imported and one failure", sum, failures)
	}
	f := failures[0]
	if f.Path != path || !strings.Contains(f.Note, "offset") || !strings.Contains(f.Note, "truncated") {
		t.Errorf("failure %s: %s: want the file, the record's offset and the reason", f.Path, f.Note)
	}
}

func TestImportPlainWARC10(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "old.warc")
	warctest.Write(t, path, false,
		warctest.Response("https://gazette.example/plain", day1, "200 OK", "text/html; charset=windows-1252",
			strings.ReplaceAll(storyPage("Caf\xe9 owners welcome the ferry", "Zo\xeb Park", "2025-03-23", 5), `<meta charset="utf-8">`, "")))
	// WARC 1.0: the version line is the only difference a reader sees.
	data, _ := os.ReadFile(path)
	os.WriteFile(path, bytes.Replace(data, []byte("WARC/1.1"), []byte("WARC/1.0"), 1), 0o644)
	db := openDB(t, filepath.Join(t.TempDir(), "morgue.db"))
	sum, err := importer.Run(context.Background(), db, []string{path}, importer.Options{Now: fixedNow})
	if err != nil || sum.Counts[importer.New] != 1 {
		t.Fatalf("summary %q, err %v", sum, err)
	}
	var title, authors string
	db.QueryRow(`SELECT title, authors_text FROM articles`).Scan(&title, &authors)
	if title != "Café owners welcome the ferry" || !strings.Contains(authors, "Zoë Park") {
		t.Errorf("title %q authors %q: the HTTP charset should decode the page", title, authors)
	}
}

func TestImportSavedHTMLAndWARCFolder(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "saved.html"), []byte(storyPage("Ferry strike ends after talks", "Ann Lee", "2025-03-28", 5)), 0o644); err != nil {
		t.Fatal(err)
	}
	warctest.Write(t, filepath.Join(dir, "crawl", "one.warc.gz"), true,
		warctest.Response("https://gazette.example/lighthouse", day1, "200 OK", "text/html", storyPage("Lighthouse keeper retires", "Bo Chen", "2025-03-21", 5)),
		warctest.Response("https://gazette.example/tag/port", day1, "200 OK", "text/html", frontPage()))
	db := openDB(t, filepath.Join(t.TempDir(), "morgue.db"))
	sum, err := importer.Run(context.Background(), db, []string{dir}, importer.Options{Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Counts[importer.New] != 2 || sum.Counts[importer.NotArticle] != 1 || sum.Skipped != 0 {
		t.Fatalf("summary %q: want the saved page and the crawled story, the tag page skipped", sum)
	}
	var paths []string
	rows, _ := db.Query(`SELECT path || ' ' || kind || ' ' || format FROM sources ORDER BY path`)
	for rows.Next() {
		var p string
		rows.Scan(&p)
		paths = append(paths, p)
	}
	rows.Close()
	want := []string{filepath.Join(dir, "saved.html") + " file html", "https://gazette.example/lighthouse uri warc"}
	if strings.Join(paths, "\n") != strings.Join(want, "\n") {
		t.Errorf("sources %q, want %q", paths, want)
	}
	sum, _ = importer.Run(context.Background(), db, []string{dir}, importer.Options{Now: fixedNow})
	if sum.Counts[importer.Unchanged] != 2 || sum.Counts[importer.New] != 0 {
		t.Errorf("second run %q: want both unchanged", sum)
	}
}

func TestOlderCaptureInAnotherArchiveChangesNothing(t *testing.T) {
	dir := t.TempDir()
	uri := "https://gazette.example/news/ferry"
	warctest.Write(t, filepath.Join(dir, "a-new.warc.gz"), true,
		warctest.Response(uri, day2, "200 OK", "text/html", storyPage("Ferry strike ends after long talks", "Ann Lee", "2025-03-28", 5)))
	warctest.Write(t, filepath.Join(dir, "b-old.warc.gz"), true,
		warctest.Response(uri, day1, "200 OK", "text/html", storyPage("Ferry strike goes on", "Ann Lee", "2025-03-27", 5)))
	db := openDB(t, filepath.Join(t.TempDir(), "morgue.db"))
	sum, err := importer.Run(context.Background(), db, []string{dir}, importer.Options{Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	var title, captured string
	db.QueryRow(`SELECT title, captured_at FROM articles`).Scan(&title, &captured)
	if sum.Counts[importer.New] != 1 || title != "Ferry strike ends after long talks" || captured != "2025-03-29T08:30:00Z" {
		t.Errorf("summary %q, title %q, captured %q: the later capture should be kept", sum, title, captured)
	}
}

// TestImportWgetWARC: wget (and so ArchiveBox) writes WARC 1.0 records
// whose WARC-Target-URI stands in angle brackets. The page is read under
// that address, which is also its source URL, whatever it names as
// canonical.
func TestImportWgetWARC(t *testing.T) {
	page := strings.Replace(storyPage("Lighthouse keeper retires after forty years", "Bo Chen", "2025-03-21", 5),
		"</title>", `</title><link rel="canonical" href="https://gazette.example/amp/lighthouse">`, 1)
	httpMsg := "HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + fmt.Sprint(len(page)) + "\r\n\r\n" + page
	rec := "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:8a9b1d52-4f1c-4c7e-9d35-1f1b2a3c4d5e>\r\n" +
		"WARC-Warcinfo-ID: <urn:uuid:0b1c2d3e-4f50-4617-8283-949596979899>\r\n" +
		"WARC-Target-URI: <http://gazette.example/news/lighthouse.html>\r\nWARC-Date: 2025-03-27T10:00:00Z\r\n" +
		"WARC-IP-Address: 127.0.0.1\r\nContent-Type: application/http;msgtype=response\r\n" +
		"Content-Length: " + fmt.Sprint(len(httpMsg)) + "\r\n\r\n" + httpMsg + "\r\n\r\n"
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(rec))
	zw.Close()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "crawl.warc.gz"), gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	db := openDB(t, filepath.Join(t.TempDir(), "morgue.db"))
	sum, err := importer.Run(context.Background(), db, []string{dir}, importer.Options{Now: fixedNow})
	if err != nil || sum.Counts[importer.New] != 1 {
		t.Fatalf("summary %q, err %v: want the page imported", sum, err)
	}
	var title, source, captured string
	db.QueryRow(`SELECT title, source_url, captured_at FROM articles`).Scan(&title, &source, &captured)
	if title != "Lighthouse keeper retires after forty years" || source != "http://gazette.example/news/lighthouse.html" || captured != "2025-03-27T10:00:00Z" {
		t.Errorf("title %q, source %q, captured %q", title, source, captured)
	}
}

// TestRevisitInAnotherWARC: a deduplicating crawler (wget --warc-dedup,
// Heritrix) records a page seen again unchanged as a revisit in the next
// crawl's file. The page's capture date moves on, whether the first
// crawl was imported in the same run or before; revisits of pages that
// are no article here change nothing.
func TestRevisitInAnotherWARC(t *testing.T) {
	story := "https://gazette.example/news/lighthouse"
	revisit := func(uri string, d time.Time) warctest.Record {
		return warctest.Record{Type: gowarc.Revisit, URI: uri, Date: d, Profile: "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest",
			HTTP: "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"}
	}
	for _, sameRun := range []bool{true, false} {
		dir := t.TempDir()
		warctest.Write(t, filepath.Join(dir, "crawl1.warc.gz"), true,
			warctest.Response(story, day1, "200 OK", "text/html", storyPage("Lighthouse keeper retires", "Bo Chen", "2025-03-21", 5)),
			warctest.Response("https://gazette.example/news", day1, "200 OK", "text/html", frontPage()))
		db := openDB(t, filepath.Join(t.TempDir(), "morgue.db"))
		if !sameRun {
			if _, err := importer.Run(context.Background(), db, []string{dir}, importer.Options{Now: fixedNow}); err != nil {
				t.Fatal(err)
			}
		}
		warctest.Write(t, filepath.Join(dir, "crawl2.warc.gz"), true,
			revisit(story, day3), revisit("https://gazette.example/news", day3), revisit("https://gazette.example/logo.png", day3))
		sum, err := importer.Run(context.Background(), db, []string{dir}, importer.Options{Now: fixedNow})
		if err != nil {
			t.Fatal(err)
		}
		var captured string
		db.QueryRow(`SELECT captured_at FROM articles`).Scan(&captured)
		if captured != "2025-04-02T07:00:00Z" || sum.Counts[importer.Updated] != 1 || sum.Counts[importer.Failed] != 0 {
			t.Errorf("same run %v: captured %q, summary %q: want the revisit's date and one article updated", sameRun, captured, sum)
		}
		again, err := importer.Run(context.Background(), db, []string{dir}, importer.Options{Now: fixedNow})
		if err != nil || again.Counts[importer.Updated]+again.Counts[importer.New] != 0 {
			t.Errorf("same run %v: third import %q, %v: want nothing changed", sameRun, again, err)
		}
	}
}

// A web archive gzipped as a whole (`gzip crawl.warc`), not record by
// record, still gives every page, and its ungzipped copy is cleaned up.
func TestImportWARCGzippedWhole(t *testing.T) {
	dir, tmp := t.TempDir(), t.TempDir()
	t.Setenv("TMPDIR", tmp)
	plain := filepath.Join(t.TempDir(), "crawl.warc")
	warctest.Write(t, plain, false,
		warctest.Record{Type: gowarc.Request, URI: "https://gazette.example/news/harbour-reopens", Date: day1,
			HTTP: "GET /news/harbour-reopens HTTP/1.1\r\nHost: gazette.example\r\n\r\n"},
		warctest.Response("https://gazette.example/news/harbour-reopens", day1, "200 OK", "text/html",
			storyPage("Harbour reopens after the storm", "Jane Doe", "2025-03-27T09:00:00+01:00", 6)),
		warctest.Response("https://gazette.example/news/ferry-returns", day1, "200 OK", "text/html",
			storyPage("Ferry returns to the island route", "John Roe", "2025-03-28T09:00:00+01:00", 5)),
	)
	data, err := os.ReadFile(plain)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "crawl.warc.gz")
	if err := os.WriteFile(path, gzipped(string(data)), 0o644); err != nil {
		t.Fatal(err)
	}
	pages := parsePages(t, path)
	if len(pages) != 2 {
		t.Fatalf("parse gave %d pages, want both", len(pages))
	}
	db := openDB(t, filepath.Join(t.TempDir(), "morgue.db"))
	var total, read int64 // the progress bar's
	sum, err := importer.Run(context.Background(), db, []string{path}, importer.Options{Now: fixedNow,
		StartBytes: func(n int64) { total += n }, Bytes: func(n int64) { read += n }})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Counts[importer.New] != 2 || sum.Counts[importer.Failed] != 0 {
		t.Fatalf("summary %q: want 2 new, nothing failed", sum)
	}
	if read != total {
		t.Errorf("progress read %d bytes of %d: it counts the file as given, not its ungzipped copy", read, total)
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}
