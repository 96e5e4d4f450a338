package server_test

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/morgue-archive/morgue/internal/importer"
	"github.com/morgue-archive/morgue/internal/server"
	"github.com/morgue-archive/morgue/internal/store"
)

const base = "http://archive.test"

// fixture imports paths into a fresh database and serves it read-only, the
// way "morgue serve" does.
type fixture struct {
	t      *testing.T
	dbPath string
	h      http.Handler
}

func newFixture(t *testing.T, paths ...string) *fixture {
	t.Helper()
	dbPath := filepath.Join(t.TempDir(), "m.db")
	f := &fixture{t: t, dbPath: dbPath}
	f.importPaths(paths...)
	// The reader "morgue serve" uses: it follows the file and remembers
	// the archive's state while the files show no commit.
	reader, err := store.OpenReader(context.Background(), dbPath, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { reader.Close() })
	srv, err := server.New(reader, server.Config{BaseURL: base})
	if err != nil {
		t.Fatal(err)
	}
	f.h = srv
	return f
}

func (f *fixture) importPaths(paths ...string) {
	f.t.Helper()
	db, err := store.OpenWrite(context.Background(), f.dbPath)
	if err != nil {
		f.t.Fatal(err)
	}
	defer db.Close()
	sum, err := importer.Run(context.Background(), db, paths, importer.Options{})
	if err != nil || sum.Counts[importer.Failed] > 0 {
		f.t.Fatalf("import: %v %v", err, sum)
	}
}

type answer struct {
	code   int
	header http.Header
	body   string
}

func (f *fixture) do(method, target string, headers ...string) answer {
	f.t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	rec := httptest.NewRecorder()
	f.h.ServeHTTP(rec, req)
	return answer{rec.Code, rec.Header(), rec.Body.String()}
}

func (f *fixture) get(target string) answer { return f.do(http.MethodGet, target) }

func mustContain(t *testing.T, what, body string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(body, w) {
			t.Errorf("%s: missing %q", what, w)
		}
	}
}

func mustNotContain(t *testing.T, what, body string, bad ...string) {
	t.Helper()
	for _, b := range bad {
		if strings.Contains(body, b) {
			t.Errorf("%s: must not contain %q", what, b)
		}
	}
}

func sample(t *testing.T) *fixture { return newFixture(t, "testdata/articles") }

func TestHomeListsNewestFirstUndatedLast(t *testing.T) {
	f := sample(t)
	a := f.get("/")
	if a.code != 200 {
		t.Fatalf("GET / = %d", a.code)
	}
	order := []string{"Harbour reopens after the storm", "Storm floods Port Elwin quay", "City council passes budget", "A letter from the archive"}
	last := -1
	for _, title := range order {
		i := strings.Index(a.body, title)
		if i < 0 || i < last {
			t.Fatalf("home: %q missing or out of order", title)
		}
		last = i
	}
	mustContain(t, "home", a.body,
		`<a href="/articles/harbour-reopens-after-the-storm">`,
		"Fishing boats return to Port Elwin", // dek
		`<a class="outlet" href="/outlets/example-news">Example News</a>`,
		`<a href="/authors/jane-doe" rel="author">Jane Doe</a> and <a href="/authors/john-roe" rel="author">John Roe</a>`,
		`<time datetime="2025-03-27T10:45:00Z">March 27, 2025</time>`,
		"1 min read",
		`<a href="/tags/port-elwin" rel="tag">Port Elwin</a>`,
		"4 articles",
		`<html lang="en">`, `<title>Newest articles – morgue</title>`,
		`<link rel="canonical" href="http://archive.test/">`,
		`<meta name="description"`, `<a class="skip" href="#main">`, `<main id="main"`)
}

func TestArticlePage(t *testing.T) {
	f := sample(t)
	a := f.get("/articles/harbour-reopens-after-the-storm")
	if a.code != 200 {
		t.Fatalf("article = %d", a.code)
	}
	mustContain(t, "article", a.body,
		"<h1>Harbour reopens after the storm</h1>",
		`<p class="dek">Fishing boats return`,
		`href="/authors/jane-doe"`,
		`<time datetime="2025-03-27T10:45:00Z">March 27, 2025</time>`,
		"Boats in the harbour at dawn", "(Reuters)",
		"<p>The harbour at Port Elwin reopened",
		`href="/tags/storms" rel="tag"`,
		"Related articles", `<a href="/articles/storm-floods-port-elwin-quay">`,
		`rel="next">Older: Storm floods Port Elwin quay`,
		`<title>Harbour reopens after the storm – morgue</title>`,
		`<link rel="canonical" href="http://archive.test/articles/harbour-reopens-after-the-storm">`,
		"https://example.com/harbour")
	undated := f.get("/articles/a-letter-from-the-archives-readers")
	if undated.code != 200 {
		t.Fatalf("undated article = %d", undated.code)
	}
	mustContain(t, "undated", undated.body, "Date unknown")
	mustNotContain(t, "undated", undated.body, "<script>alert", "alert(1)</script>")
}

func TestRetiredSlugRedirects(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "x.md")
	os.WriteFile(p, []byte("---\ntitle: Old headline\n---\nBody text.\n"), 0o644)
	f := newFixture(t, p)
	os.WriteFile(p, []byte("---\ntitle: New headline\n---\nBody text.\n"), 0o644)
	f.importPaths(p)
	a := f.get("/articles/old-headline")
	if a.code != http.StatusMovedPermanently || a.header.Get("Location") != "/articles/new-headline" {
		t.Fatalf("old slug: %d %q", a.code, a.header.Get("Location"))
	}
	if a := f.get("/articles/new-headline"); a.code != 200 {
		t.Fatalf("new slug: %d", a.code)
	}
}

func TestTagsAuthorsOutletsArchive(t *testing.T) {
	f := sample(t)
	for target, wants := range map[string][]string{
		"/tags":                   {`<a href="/tags/port-elwin">Port Elwin</a> <span class="count">2 articles</span>`, `<a href="/tags/budget">Budget</a> <span class="count">1 article</span>`},
		"/tags/port-elwin":        {"Tagged: Port Elwin", "2 articles", "Harbour reopens", "Storm floods"},
		"/authors/jane-doe":       {"By Jane Doe", "Harbour reopens", "Storm floods"},
		"/outlets/daily-planet":   {"From Daily Planet", "City council passes budget"},
		"/archive":                {`<a href="/archive/2025">2025</a>`, `<a href="/archive/2025/03">March</a>`, `<a href="/archive/2024/11">November</a>`, "1 article has no known date"},
		"/archive/2025":           {"Articles from 2025", "2 articles", "Harbour reopens"},
		"/archive/2024/11":        {"Articles from November 2024", "City council passes budget"},
		"/archive/2025/03?page=1": {"Harbour reopens"},
	} {
		a := f.get(target)
		if a.code != 200 {
			t.Errorf("GET %s = %d", target, a.code)
			continue
		}
		mustContain(t, target, a.body, wants...)
	}
	// Titles must differ from page to page.
	titles := map[string]string{}
	re := regexp.MustCompile(`<title>(.*?)</title>`)
	for _, target := range []string{"/", "/tags", "/tags/port-elwin", "/tags/storms", "/authors/jane-doe", "/outlets/example-news", "/archive", "/archive/2025", "/archive/2025/03", "/search"} {
		m := re.FindStringSubmatch(f.get(target).body)
		if m == nil {
			t.Fatalf("%s: no title", target)
		}
		if other, dup := titles[m[1]]; dup {
			t.Errorf("%s and %s share the title %q", target, other, m[1])
		}
		titles[m[1]] = target
	}
}

func TestErrors(t *testing.T) {
	f := sample(t)
	for target, code := range map[string]int{
		"/nope":                                 404,
		"/articles/nope":                        404,
		"/tags/nope":                            404,
		"/authors/nope":                         404,
		"/outlets/nope":                         404,
		"/archive/1999":                         404,
		"/archive/2025/01":                      404,
		"/archive/20x5":                         400,
		"/archive/25":                           400,
		"/archive/2025/13":                      400,
		"/archive/2025/3":                       400,
		"/?page=2":                              404,
		"/?page=0":                              400,
		"/?page=abc":                            400,
		"/?page=1&page=2":                       400,
		"/tags?page=9":                          404,
		"/tags/storms?page=-1":                  400,
		"/search?q=storm&page=7":                404,
		"/search?sort=sideways":                 400,
		"/search?from=yesterday":                400,
		"/search?from=2025-03-01&to=2025-01-01": 400,
		"/search?q=a;b":                         400,
		"/search?q=%zz":                         400,
		"/articles/%ff":                         400,
		"/static/nope.css":                      404,
		"/static/../../etc/passwd":              404,
		"/static/..%2f..%2fetc%2fpasswd":        404,
		"/" + strings.Repeat("a", 3000):         414,
	} {
		a := f.get(target)
		if a.code != code {
			t.Errorf("GET %.60s = %d, want %d", target, a.code, code)
			continue
		}
		// Every error page is a full page of the site with a way on.
		mustContain(t, target, a.body, `<main id="main"`, `name="q"`, "</html>")
		mustNotContain(t, target, a.body, "goroutine", ".go:", "/etc/passwd", "sql")
	}
}

func TestOnlyGetAndHead(t *testing.T) {
	f := sample(t)
	for _, target := range []string{"/", "/articles/harbour-reopens-after-the-storm", "/tags", "/search?q=x", "/static/style.css", "/nope"} {
		for _, m := range []string{"POST", "PUT", "DELETE", "PATCH", "OPTIONS"} {
			a := f.do(m, target)
			if a.code != 405 || a.header.Get("Allow") != "GET, HEAD" {
				t.Errorf("%s %s = %d, Allow %q", m, target, a.code, a.header.Get("Allow"))
			}
		}
		h := f.do("HEAD", target)
		g := f.get(target)
		if h.code != g.code || h.body != "" || h.header.Get("Content-Length") != g.header.Get("Content-Length") {
			t.Errorf("HEAD %s = %d, %d bytes, length %q; GET = %d, length %q", target, h.code, len(h.body),
				h.header.Get("Content-Length"), g.code, g.header.Get("Content-Length"))
		}
	}
}

func TestSecurityHeaders(t *testing.T) {
	f := sample(t)
	for _, target := range []string{"/", "/nope", "/static/style.css"} {
		a := f.get(target)
		csp := a.header.Get("Content-Security-Policy")
		if csp == "" || strings.Contains(csp, "unsafe-inline") || !strings.Contains(csp, "frame-ancestors 'none'") {
			t.Errorf("%s: CSP %q", target, csp)
		}
		if a.header.Get("X-Content-Type-Options") != "nosniff" || a.header.Get("Referrer-Policy") == "" {
			t.Errorf("%s: headers %v", target, a.header)
		}
	}
}

func TestConditionalGetAndGzip(t *testing.T) {
	f := sample(t)
	target := "/articles/harbour-reopens-after-the-storm"
	a := f.get(target)
	etag, lm := a.header.Get("ETag"), a.header.Get("Last-Modified")
	if etag == "" || lm == "" {
		t.Fatalf("no validators: ETag %q Last-Modified %q", etag, lm)
	}
	if b := f.do("GET", target, "If-None-Match", etag); b.code != 304 || b.body != "" {
		t.Errorf("If-None-Match: %d", b.code)
	}
	if b := f.do("GET", target, "If-Modified-Since", lm); b.code != 304 {
		t.Errorf("If-Modified-Since: %d", b.code)
	}
	if b := f.do("GET", target, "If-None-Match", `"other"`); b.code != 200 {
		t.Errorf("stale ETag: %d", b.code)
	}
	g := f.do("GET", target, "Accept-Encoding", "gzip, deflate")
	if g.header.Get("Content-Encoding") != "gzip" || g.header.Get("Vary") != "Accept-Encoding" {
		t.Fatalf("gzip not applied: %v", g.header)
	}
	zr, err := gzip.NewReader(strings.NewReader(g.body))
	if err != nil {
		t.Fatal(err)
	}
	plain, _ := io.ReadAll(zr)
	if string(plain) != a.body {
		t.Error("gzip body differs from the plain one")
	}
	if b := f.do("GET", target, "Accept-Encoding", "gzip", "If-None-Match", g.header.Get("ETag")); b.code != 304 {
		t.Errorf("gzip ETag revalidation: %d", b.code)
	}
}

func TestStaticAssetsAreFingerprinted(t *testing.T) {
	f := sample(t)
	m := regexp.MustCompile(`href="(/static/style\.[0-9a-f]{8}\.css)"`).FindStringSubmatch(f.get("/").body)
	if m == nil {
		t.Fatal("no fingerprinted stylesheet link")
	}
	a := f.get(m[1])
	if a.code != 200 || !strings.Contains(a.header.Get("Cache-Control"), "immutable") || !strings.HasPrefix(a.header.Get("Content-Type"), "text/css") {
		t.Fatalf("asset: %d %v", a.code, a.header)
	}
	if a := f.get("/favicon.ico"); a.code != 301 {
		t.Errorf("favicon: %d", a.code)
	}
}

func TestTrailingSlashRedirectStaysOnSite(t *testing.T) {
	f := sample(t)
	for target, want := range map[string]string{
		"/tags/":               "/tags",
		"//evil.example/":      "/evil.example",
		"/tags/storms/?page=1": "/tags/storms?page=1",
	} {
		a := f.get(target)
		if a.code != 301 || a.header.Get("Location") != want {
			t.Errorf("GET %s = %d %q, want 301 %q", target, a.code, a.header.Get("Location"), want)
		}
	}
}

func TestPagination(t *testing.T) {
	dir := t.TempDir()
	for i := range 45 {
		day := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i)
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d.md", i)), fmt.Appendf(nil,
			"---\ntitle: Daily note %02d\ndate: %s\ntags: [Notes]\n---\nNote number %d about weather.\n", i, day.Format("2006-01-02"), i), 0o644)
	}
	f := newFixture(t, dir)
	p1, p3 := f.get("/"), f.get("/?page=3")
	mustContain(t, "page 1", p1.body, "Daily note 44", "Page 1 of 3", `href="/?page=2" rel="next"`)
	mustContain(t, "page 3", p3.body, "Daily note 00", "Page 3 of 3", `href="/?page=2" rel="prev"`, "(page 3)")
	mustNotContain(t, "page 3", p3.body, "Daily note 44")
	if a := f.get("/?page=4"); a.code != 404 {
		t.Errorf("page 4 = %d", a.code)
	}
	tag := f.get("/tags/notes?page=2")
	mustContain(t, "tag page 2", tag.body, "Daily note 24", "Page 2 of 3", `href="/tags/notes" rel="prev"`)
	s := f.get("/search?q=weather&sort=date&page=2")
	mustContain(t, "search page 2", s.body, "45 results", "Daily note 24", `start="21"`)
}

func TestImportShowsUpWithoutRestart(t *testing.T) {
	dir := t.TempDir()
	first := filepath.Join(dir, "first.md")
	os.WriteFile(first, []byte("---\ntitle: First arrival\n---\nText.\n"), 0o644)
	f := newFixture(t, first)
	if a := f.get("/"); !strings.Contains(a.body, "First arrival") {
		t.Fatal("first article missing")
	}
	second := filepath.Join(dir, "second.md")
	os.WriteFile(second, []byte("---\ntitle: Second arrival\n---\nText.\n"), 0o644)
	f.importPaths(dir)
	a := f.get("/")
	mustContain(t, "home after import", a.body, "First arrival", "Second arrival")
}

// TestDatabaseReplacedUnderneath swaps the file for a freshly built one the
// way a deployment would (build elsewhere, rename over), then for a corrupt
// one; the server follows the first and keeps serving through the second.
func TestDatabaseReplacedUnderneath(t *testing.T) {
	dir := t.TempDir()
	live := filepath.Join(dir, "live.db")
	build := func(name, title string) string {
		in := filepath.Join(dir, name+".md")
		os.WriteFile(in, []byte("---\ntitle: "+title+"\n---\nText.\n"), 0o644)
		p := filepath.Join(dir, name+".db")
		db, err := store.OpenWrite(context.Background(), p)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := importer.Run(context.Background(), db, []string{in}, importer.Options{}); err != nil {
			t.Fatal(err)
		}
		// A finished archive is one file: fold the WAL in before shipping.
		if _, err := db.Exec("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE"); err != nil {
			t.Fatal(err)
		}
		db.Close()
		return p
	}
	if err := os.Rename(build("one", "First edition"), live); err != nil {
		t.Fatal(err)
	}
	var reopenErrs []error
	r, err := store.OpenReader(context.Background(), live, func(err error) { reopenErrs = append(reopenErrs, err) })
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	srv, err := server.New(r, server.Config{BaseURL: base})
	if err != nil {
		t.Fatal(err)
	}
	get := func() string {
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
		if rec.Code != 200 {
			t.Fatalf("GET / = %d", rec.Code)
		}
		return rec.Body.String()
	}
	mustContain(t, "before", get(), "First edition")
	if err := os.Rename(build("two", "Second edition"), live); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(get(), "Second edition") {
		if time.Now().After(deadline) {
			t.Fatal("the server never picked up the replaced file")
		}
		time.Sleep(50 * time.Millisecond)
	}
	junk := filepath.Join(dir, "junk.db")
	os.WriteFile(junk, []byte(strings.Repeat("garbage ", 1000)), 0o644)
	os.Rename(junk, live)
	time.Sleep(1100 * time.Millisecond)
	mustContain(t, "after a corrupt replacement", get(), "Second edition")
	if len(reopenErrs) != 2 || reopenErrs[0] != nil || reopenErrs[1] == nil {
		t.Errorf("reopen reports: %v", reopenErrs)
	}
}

// warmSpy is the real archive, noting how much of the answer had been
// written each time the server asked it to warm its facet index.
type warmSpy struct {
	server.Reader
	rec     *httptest.ResponseRecorder
	written []int
}

func (w *warmSpy) WarmFacets() {
	w.written = append(w.written, w.rec.Body.Len())
	w.Reader.WarmFacets()
}

// The server asks the archive to load its facet index once a request is
// answered, not before: the first answer after a start (an article page
// here) does not share the processor with that load, and a tag page after
// it finds the index loaded or loading.
func TestFacetsWarmAfterTheAnswer(t *testing.T) {
	f := sample(t)
	r, err := store.OpenReader(context.Background(), f.dbPath, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	spy := &warmSpy{Reader: r}
	srv, err := server.New(spy, server.Config{BaseURL: base})
	if err != nil {
		t.Fatal(err)
	}
	for i, path := range []string{"/articles/harbour-reopens-after-the-storm", "/tags/port-elwin"} {
		spy.rec = httptest.NewRecorder()
		srv.ServeHTTP(spy.rec, httptest.NewRequest("GET", path, nil))
		if spy.rec.Code != 200 {
			t.Fatalf("GET %s = %d", path, spy.rec.Code)
		}
		if len(spy.written) != i+1 || spy.written[i] != spy.rec.Body.Len() {
			t.Errorf("GET %s: asked to warm with %v of its %d bytes written", path, spy.written, spy.rec.Body.Len())
		}
	}
}

// TestServesDuringImport: while an import writes, every request is answered
// from the old data or the new, never with an error.
func TestServesDuringImport(t *testing.T) {
	f := sample(t)
	dir := t.TempDir()
	for i := range 300 {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d.md", i)), fmt.Appendf(nil,
			"---\ntitle: Bulletin %03d\ndate: 2026-01-02\ntags: [Bulletins]\n---\nBulletin %d about the harbour.\n", i, i), 0o644)
	}
	done := make(chan struct{})
	errs := make(chan string, 100)
	var served int
	go func() {
		defer close(errs)
		targets := []string{"/", "/search?q=harbour", "/tags", "/articles/harbour-reopens-after-the-storm"}
		for i := 0; ; i++ {
			select {
			case <-done:
				return
			default:
			}
			a := f.get(targets[i%len(targets)])
			served++
			if a.code != 200 {
				errs <- fmt.Sprintf("%s: %d", targets[i%len(targets)], a.code)
			}
		}
	}()
	db, err := store.OpenWrite(context.Background(), f.dbPath)
	if err != nil {
		t.Fatal(err)
	}
	_, err = importer.Run(context.Background(), db, []string{dir}, importer.Options{BatchSize: 50})
	db.Close()
	close(done)
	for e := range errs {
		t.Error(e)
	}
	if err != nil {
		t.Fatal(err)
	}
	if served < 10 {
		t.Errorf("only %d requests during the import", served)
	}
	mustContain(t, "after", f.get("/tags/bulletins").body, "300 articles")
}

// Articles that share no tag are still related when their headlines share
// telling words.
func TestRelatedByWordsWhenNoTagIsShared(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.md"), []byte("---\ntitle: Lighthouse keeper retires\ntags: [People]\n---\nThe lighthouse keeper retired.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.md"), []byte("---\ntitle: New lamp for the lighthouse\ntags: [Engineering]\n---\nA new lamp was fitted.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "c.md"), []byte("---\ntitle: Bakery wins prize\ntags: [Food]\n---\nBread.\n"), 0o644)
	f := newFixture(t, dir)
	a := f.get("/articles/lighthouse-keeper-retires")
	mustContain(t, "related", a.body, "Related articles", `<a href="/articles/new-lamp-for-the-lighthouse">`)
	mustNotContain(t, "related", a.body, `<li><a href="/articles/bakery-wins-prize">`)
}

// Every page of a listing shows the same facet column, and the column
// follows an import: after it, every page of the tag counts the new
// article's author and month.
func TestFacetColumnFollowsImports(t *testing.T) {
	dir := t.TempDir()
	note := func(name, title, author, date string) {
		os.WriteFile(filepath.Join(dir, name), fmt.Appendf(nil,
			"---\ntitle: %s\nauthors: [%s]\ntags: [Tides]\ndate: %s\n---\nThe tides, as measured.\n", title, author, date), 0o644)
	}
	for i := range 25 {
		note(fmt.Sprintf("%02d.md", i), fmt.Sprintf("Tide table %02d", i), "Ana Ruiz", fmt.Sprintf("2020-01-%02d", i+1))
	}
	f := newFixture(t, dir)
	column := func(target string) string {
		t.Helper()
		body := f.get(target).body
		i := strings.Index(body, `<aside class="facets"`)
		j := strings.Index(body, "</aside>")
		if i < 0 || j < i {
			t.Fatalf("%s: no facet column", target)
		}
		return body[i:j]
	}
	p1, p2 := column("/tags/tides"), column("/tags/tides?page=2")
	if p1 != p2 {
		t.Errorf("page 1's column\n%s\npage 2's\n%s", p1, p2)
	}
	mustContain(t, "column", p1, "Ana Ruiz", ">25<", "January")
	mustNotContain(t, "column", p1, "Li Wei", "February")
	note("25.md", "Tide table 25", "Li Wei", "2020-02-01")
	f.importPaths(dir)
	for _, target := range []string{"/tags/tides?page=2", "/tags/tides"} {
		mustContain(t, target+" after an import", column(target), "Ana Ruiz", "Li Wei", ">26<", "February")
	}
}
