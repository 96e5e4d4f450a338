package importer_test

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"
	"github.com/nlnwa/gowarc/v3"

	"github.com/morgue-archive/morgue/internal/importer"
	"github.com/morgue-archive/morgue/internal/warctest"
)

// chunked writes body in HTTP/1.1 chunks of n bytes, as a server sends
// it and a crawler that records the raw answer keeps it.
func chunked(body []byte, n int) string {
	var b strings.Builder
	for len(body) > 0 {
		k := min(n, len(body))
		fmt.Fprintf(&b, "%x\r\n%s\r\n", k, body[:k])
		body = body[k:]
	}
	b.WriteString("0\r\n\r\n")
	return b.String()
}

func gzipped(s string) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.Bytes()
}

// parsePages reads every page of a web archive as `morgue parse` does.
func parsePages(t *testing.T, path string) map[string]importer.WARCPage {
	t.Helper()
	pages := map[string]importer.WARCPage{}
	importer.ParseWARC(path, func(p importer.WARCPage) { pages[p.URI] = p })
	return pages
}

// A crawler that records the server's answer as it came keeps its
// chunked transfer coding (and its gzip under that): the page is read
// without the chunks' sizes in its text.
func TestWARCChunkedAnswers(t *testing.T) {
	path := filepath.Join(t.TempDir(), "raw.warc.gz")
	plain := storyPage("Harbour reopens after the storm", "Jane Doe", "2025-03-27", 6)
	head := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n"
	warctest.Write(t, path, true,
		warctest.Record{Type: gowarc.Response, URI: "https://gazette.example/chunked", Date: day1,
			HTTP: head + "\r\n" + chunked([]byte(plain), 300)},
		warctest.Record{Type: gowarc.Response, URI: "https://gazette.example/chunked-gzip", Date: day1,
			HTTP: head + "Content-Encoding: gzip\r\n\r\n" + chunked(gzipped(plain), 300)},
		// Dechunked by the crawler, which left the header as it was.
		warctest.Record{Type: gowarc.Response, URI: "https://gazette.example/dechunked", Date: day1,
			HTTP: head + "\r\n" + plain},
	)
	pages := parsePages(t, path)
	for _, uri := range []string{"https://gazette.example/chunked", "https://gazette.example/chunked-gzip", "https://gazette.example/dechunked"} {
		p, ok := pages[uri]
		switch {
		case !ok:
			t.Errorf("%s: not read", uri)
		case p.Err != nil || p.NotArticle != "":
			t.Errorf("%s: %v %s", uri, p.Err, p.NotArticle)
		case p.Article.Title != "Harbour reopens after the storm" || strings.Count(p.Article.Body, "Paragraph ") != 6 ||
			strings.Contains(p.Article.Body, "12c"):
			t.Errorf("%s: title %q, body %q", uri, p.Article.Title, p.Article.Body)
		}
	}
}

// A page captured twice, the later time behind a wall (a consent or
// sign-in page served in its place, an error page answered 200): the
// earlier capture's story is kept, not lost as no article.
func TestWARCLaterCaptureBehindAWall(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crawl.warc.gz")
	story := "https://gazette.example/news/harbour-reopens"
	wall := `<!doctype html><html><head><title>Before you continue</title></head><body><div class="consent"><h1>Before you continue</h1>
<p>We use cookies and data to deliver our services.</p><button>Accept all</button><button>Reject all</button></div></body></html>`
	warctest.Write(t, path, true,
		warctest.Response(story, day1, "200 OK", "text/html; charset=utf-8", storyPage("Harbour reopens after the storm", "Jane Doe", "2025-03-27", 6)),
		warctest.Response(story, day2, "200 OK", "text/html; charset=utf-8", wall),
	)
	p := parsePages(t, path)[story]
	if p.Err != nil || p.NotArticle != "" || p.Article.Title != "Harbour reopens after the storm" {
		t.Fatalf("got %q (not an article: %q, err %v), want the earlier capture's story", p.Article.Title, p.NotArticle, p.Err)
	}
	if c := p.Article.CapturedAt; c == nil || !c.Equal(day1) {
		t.Errorf("captured at %v, want the earlier capture's date %v", c, day1)
	}
	// Both captures behind the wall: no article.
	warctest.Write(t, path, true,
		warctest.Response(story, day1, "200 OK", "text/html", wall),
		warctest.Response(story, day2, "200 OK", "text/html", wall),
	)
	if p := parsePages(t, path)[story]; p.NotArticle == "" {
		t.Errorf("a wall read as an article: %q", p.Article.Body)
	}
}

// A crawl holds more than pages: answers compressed as the server sent
// them (deflate, zlib-wrapped or raw; zstd; gzip with no header saying
// so; two codings in turn), and pictures and documents answered without
// a Content-Type. Each compressed page is read, and each answer that is
// no page is left out as such, not reported as a failure.
func TestWARCEncodingsAndAnswersThatAreNoPage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mixed.warc.gz")
	plain := storyPage("Harbour reopens after the storm", "Jane Doe", "2025-03-27", 6)
	var zl, raw, zs bytes.Buffer
	zw := zlib.NewWriter(&zl)
	zw.Write([]byte(plain))
	zw.Close()
	fw, _ := flate.NewWriter(&raw, flate.DefaultCompression)
	fw.Write([]byte(plain))
	fw.Close()
	sw, _ := zstd.NewWriter(&zs)
	sw.Write([]byte(plain))
	sw.Close()
	answer := func(name, headers string, body []byte) warctest.Record {
		return warctest.Record{Type: gowarc.Response, URI: "https://gazette.example/" + name, Date: day1,
			HTTP: "HTTP/1.1 200 OK\r\n" + headers + "\r\n" + string(body)}
	}
	html := "Content-Type: text/html; charset=utf-8\r\n"
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{7, 0, 3}, 200)...)
	warctest.Write(t, path, true,
		answer("zlib", html+"Content-Encoding: deflate\r\n", zl.Bytes()),
		answer("raw-deflate", html+"Content-Encoding: deflate\r\n", raw.Bytes()),
		answer("zstd", html+"Content-Encoding: zstd\r\n", zs.Bytes()),
		answer("gzip-unsaid", html, gzipped(plain)),
		answer("gzip-then-deflate", html+"Content-Encoding: gzip, deflate\r\n", deflated(gzipped(plain))),
		answer("logo.png", "", png),
		answer("report.pdf", "", append([]byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), bytes.Repeat([]byte("1 0 obj << >> endobj\n"), 40)...)),
		answer("photo", "Content-Type: text/html\r\n", append([]byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00"), bytes.Repeat([]byte{1, 2, 0}, 200)...)),
	)
	pages := parsePages(t, path)
	for _, name := range []string{"zlib", "raw-deflate", "zstd", "gzip-unsaid", "gzip-then-deflate"} {
		p := pages["https://gazette.example/"+name]
		if p.Err != nil || p.NotArticle != "" || p.Article.Title != "Harbour reopens after the storm" || strings.Count(p.Article.Body, "Paragraph ") != 6 {
			t.Errorf("%s: title %q, err %v, not an article %q", name, p.Article.Title, p.Err, p.NotArticle)
		}
	}
	for name, kind := range map[string]string{"logo.png": "image/png", "report.pdf": "application/pdf", "photo": "image/jpeg"} {
		p := pages["https://gazette.example/"+name]
		if p.Err != nil || !strings.Contains(p.NotArticle, kind) {
			t.Errorf("%s: err %v, not an article %q: want it left out as %s", name, p.Err, p.NotArticle, kind)
		}
	}
}

func deflated(b []byte) []byte {
	var out bytes.Buffer
	zw := zlib.NewWriter(&out)
	zw.Write(b)
	zw.Close()
	return out.Bytes()
}

// A tool that archives a page as it is (warcit, a browser that saves the
// page it rendered) writes a resource record, the page with no HTTP
// answer around it: a record that says it holds HTML is read as a page,
// and one holding a picture or a style sheet is not a candidate at all.
func TestWARCResourceRecords(t *testing.T) {
	path := filepath.Join(t.TempDir(), "saved.warc.gz")
	story := storyPage("Harbour reopens after the storm", "Jane Doe", "2025-03-27", 6)
	warctest.Write(t, path, true,
		warctest.Record{Type: gowarc.Resource, URI: "https://gazette.example/harbour", Date: day1, ContentType: "text/html; charset=utf-8", HTTP: story},
		warctest.Record{Type: gowarc.Resource, URI: "https://gazette.example/site.css", Date: day1, ContentType: "text/css", HTTP: "body { margin: 0 }"},
		warctest.Record{Type: gowarc.Resource, URI: "https://gazette.example/shot.png", Date: day1, ContentType: "image/png", HTTP: "\x89PNG\r\n\x1a\n\x00\x00"},
	)
	pages := parsePages(t, path)
	p, ok := pages["https://gazette.example/harbour"]
	if !ok || p.Err != nil || p.NotArticle != "" || p.Article.Title != "Harbour reopens after the storm" || strings.Count(p.Article.Body, "Paragraph ") != 6 {
		t.Errorf("the saved page: read %v, title %q, err %v, not an article %q", ok, p.Article.Title, p.Err, p.NotArticle)
	}
	if c := p.Article.CapturedAt; c == nil || !c.Equal(day1) {
		t.Errorf("captured at %v, want the record's date %v", c, day1)
	}
	if len(pages) != 1 {
		t.Errorf("%d pages read, want the saved page alone", len(pages))
	}
}
