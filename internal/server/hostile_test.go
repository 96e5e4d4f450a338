package server_test

import (
	"bufio"
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/morgue-archive/morgue/internal/server"
	"github.com/morgue-archive/morgue/internal/store"
)

// Every parameter a page echoes back is escaped: a reflected payload never
// comes back as markup.
func TestNoReflectedXSS(t *testing.T) {
	f := sample(t)
	payloads := []string{
		`<script>alert(1)</script>`,
		`"><img src=x onerror=alert(1)>`,
		`'><svg onload=alert(1)>`,
		`javascript:alert(1)`,
		`</title><script>alert(1)</script>`,
	}
	params := []string{"q", "tag", "author", "outlet", "from", "to", "sort", "page"}
	for _, p := range payloads {
		for _, name := range params {
			for _, path := range []string{"/search", "/", "/tags", "/articles/harbour-reopens-after-the-storm"} {
				a := f.get(path + "?" + name + "=" + url.QueryEscape(p))
				if a.code >= 500 {
					t.Errorf("%s?%s=%q: status %d", path, name, p, a.code)
				}
				for _, bad := range []string{"<script>alert", "<img src=x", "<svg onload", "onerror=alert(1)>"} {
					if strings.Contains(a.body, bad) {
						t.Errorf("%s?%s=%q reflects %q unescaped", path, name, p, bad)
					}
				}
			}
		}
		// Payloads in the path too.
		a := f.get("/articles/" + url.PathEscape(p))
		if a.code != 404 || strings.Contains(a.body, "<script>alert") {
			t.Errorf("path payload %q: %d", p, a.code)
		}
	}
}

// startServer runs the site behind the real net/http server with the
// production timeouts, scaled down so the test is quick.
func startServer(t *testing.T, h http.Handler, timeouts server.Timeouts) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := server.HTTPServer(ln.Addr().String(), h)
	timeouts.Apply(srv)
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String()
}

// A client that sends its headers slowly is cut off, and does not keep
// others from being served.
func TestSlowClientIsCutOff(t *testing.T) {
	f := sample(t)
	addr := startServer(t, f.h, server.Timeouts{ReadHeader: 300 * time.Millisecond, Read: time.Second, Write: time.Second, Idle: time.Second})
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprint(conn, "GET / HTTP/1.1\r\nHost: x\r\n")
	start := time.Now()
	resp, err := http.Get("http://" + addr + "/")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("another client while one is slow: %v", err)
	}
	resp.Body.Close()
	conn.SetReadDeadline(time.Now().Add(3 * time.Second))
	buf := make([]byte, 512)
	for {
		if _, err := conn.Read(buf); err != nil {
			break // closed by the server (or timed out, checked below)
		}
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("slow client kept its connection for %v", d)
	}
}

func TestOversizedRequests(t *testing.T) {
	f := sample(t)
	addr := startServer(t, f.h, server.DefaultTimeouts)
	send := func(req string) int {
		t.Helper()
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		fmt.Fprint(conn, req)
		resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			t.Fatalf("no response: %v", err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := send("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + strings.Repeat("a", 64<<10) + "\r\n\r\n"); code != 431 {
		t.Errorf("64 KiB header: %d, want 431", code)
	}
	if code := send("GET /" + strings.Repeat("a", 10000) + " HTTP/1.1\r\nHost: x\r\n\r\n"); code != 414 {
		t.Errorf("10,000-character path: %d, want 414", code)
	}
	many := make([]string, 200)
	for i := range many {
		many[i] = fmt.Sprintf("p%d=1", i)
	}
	if code := send("GET /search?" + strings.Join(many, "&") + " HTTP/1.1\r\nHost: x\r\n\r\n"); code != 400 {
		t.Errorf("200 parameters: %d, want 400", code)
	}
	if code := send("GET /search?q=%ff%fe HTTP/1.1\r\nHost: x\r\n\r\n"); code != 400 {
		t.Errorf("invalid UTF-8 query: %d, want 400", code)
	}
	if code := send("GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n"); code != 404 && code != 400 {
		t.Errorf("traversal: %d", code)
	}
}

// panicky is the real archive with one query that blows up, standing for
// any bug in a handler.
type panicky struct{ server.Reader }

func (panicky) Article(context.Context, string) (store.Item, error) {
	panic("boom at /secret/path/file.go:42")
}

func (panicky) View(context.Context, string) (store.View, error) {
	panic("boom at /secret/path/file.go:42")
}

func TestRecoversFromPanicsWithoutLeaking(t *testing.T) {
	f := sample(t)
	ro, err := store.OpenRead(context.Background(), f.dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	var logged strings.Builder
	srv, err := server.New(panicky{store.NewReader(ro)}, server.Config{BaseURL: base,
		Logger: slog.New(slog.NewTextHandler(&logged, nil))})
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest("GET", "/articles/harbour-reopens-after-the-storm", nil))
	if rec.Code != 500 {
		t.Fatalf("status %d, want 500", rec.Code)
	}
	mustContain(t, "500 page", rec.Body.String(), "Something went wrong", "</html>")
	mustNotContain(t, "500 page", rec.Body.String(), "boom", "/secret/path", "goroutine")
	if !strings.Contains(logged.String(), "boom") {
		t.Error("the panic was not logged")
	}
	// The server lives on.
	rec = httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Code != 200 {
		t.Errorf("after a panic: %d", rec.Code)
	}
}

// slowSearch is the real archive with searches that wait to be released.
type slowSearch struct {
	server.Reader
	entered chan struct{} // one value each time a search starts waiting
	release chan struct{}
}

func (s slowSearch) Search(ctx context.Context, q store.SearchQuery) (store.SearchResult, error) {
	select {
	case s.entered <- struct{}{}:
	default:
	}
	<-s.release
	return s.Reader.Search(ctx, q)
}

// A burst of slow searches takes a few slots; one more gets a 503 with
// Retry-After instead of piling onto the cores, and pages keep coming.
func TestSearchBurstIsBounded(t *testing.T) {
	f := sample(t)
	ro, err := store.OpenRead(context.Background(), f.dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	slots := 2 * runtime.GOMAXPROCS(0)
	slow := slowSearch{store.NewReader(ro), make(chan struct{}, 4*slots), make(chan struct{})}
	released := false
	release := func() {
		if !released {
			released = true
			close(slow.release)
		}
	}
	defer release()
	srv, err := server.New(slow, server.Config{BaseURL: base, SearchWait: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	codes := make(chan int, slots)
	for i := range slots {
		go func() {
			rec := httptest.NewRecorder()
			srv.ServeHTTP(rec, httptest.NewRequest("GET", fmt.Sprintf("/search?q=storm%d", i), nil))
			codes <- rec.Code
		}()
	}
	// Wait until every held search has its slot (a fixed sleep is too
	// short on a loaded machine, and the next search would then wait
	// forever in a slot of its own).
	for range slots {
		select {
		case <-slow.entered:
		case <-time.After(30 * time.Second):
			t.Fatal("the held searches never started")
		}
	}
	rec := httptest.NewRecorder()
	done := make(chan struct{})
	go func() {
		srv.ServeHTTP(rec, httptest.NewRequest("GET", "/search?q=harbour", nil))
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		release()
		<-done
		t.Fatal("a search beyond the slots waited for a slot instead of being turned away")
	}
	if rec.Code != 503 || rec.Header().Get("Retry-After") == "" || !strings.Contains(rec.Body.String(), "try again") {
		t.Errorf("search beyond the slots: %d %v", rec.Code, rec.Header())
	}
	rec = httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest("GET", "/tags", nil))
	if rec.Code != 200 {
		t.Errorf("a page while searches are busy: %d", rec.Code)
	}
	release()
	for range slots {
		if c := <-codes; c != 200 {
			t.Errorf("a held search ended with %d", c)
		}
	}
}

// slowAround is the real archive with article pages whose surroundings
// wait to be released while hold is set; busy counts those waiting.
type slowAround struct {
	server.Reader
	hold, busy, most *atomic.Int32
	release          chan struct{}
}

func (s slowAround) RelatedAt(ctx context.Context, gen int64, it store.Item, limit int) ([]store.Ref, error) {
	if s.hold.Load() != 0 {
		n := s.busy.Add(1)
		for m := s.most.Load(); n > m && !s.most.CompareAndSwap(m, n); m = s.most.Load() {
		}
		<-s.release
		s.busy.Add(-1)
	}
	return s.Reader.RelatedAt(ctx, gen, it, limit)
}

// While readers are answered from the page cache, a crawl of pages nobody
// asked for yet renders one fewer page at once than there are processors
// (at least one), so that a cached page is answered at once while they
// wait; with no reader about, the crawl renders on every processor.
func TestCrawlLeavesRoomForCachedPages(t *testing.T) {
	for _, reading := range []bool{true, false} {
		most := crawlWhile(t, reading)
		want := max(1, runtime.GOMAXPROCS(0)-1)
		if !reading {
			want = runtime.GOMAXPROCS(0)
		}
		if most > want {
			t.Errorf("reading %v: %d pages rendered at once, want at most %d", reading, most, want)
		}
		if !reading && most < want {
			t.Errorf("no reader: %d pages rendered at once, want %d (every processor)", most, want)
		}
	}
}

// crawlWhile starts a crawl of three pages whose renders are held, with a
// reader asking for a cached page all along when reading, and returns how
// many pages rendered at once.
func crawlWhile(t *testing.T, reading bool) int {
	t.Helper()
	if reading {
		// On a loaded machine the reader below may not run for more
		// than the 100 ms a cached page keeps the spare processor; an
		// hour stands for a reader that is always about.
		defer server.SetSpareQuiet(time.Hour)()
	}
	f := sample(t)
	ro, err := store.OpenRead(context.Background(), f.dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	slow := slowAround{store.NewReader(ro), new(atomic.Int32), new(atomic.Int32), new(atomic.Int32), make(chan struct{})}
	srv, err := server.New(slow, server.Config{BaseURL: base})
	if err != nil {
		t.Fatal(err)
	}
	get := func(path string) int {
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		return rec.Code
	}
	const cachedPage = "/articles/harbour-reopens-after-the-storm"
	if c := get(cachedPage); c != 200 {
		t.Fatalf("cached page: %d", c)
	}
	stopReader := make(chan struct{})
	readerDone := make(chan struct{})
	answered := make(chan struct{})
	go func() {
		defer close(readerDone)
		for first := true; reading; first = false {
			if c := get(cachedPage); c != 200 {
				t.Errorf("cached page during the crawl: %d", c)
			}
			if first {
				close(answered)
			}
			select {
			case <-stopReader:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	if reading {
		// The reader has been answered from the cache: a fixed 20 ms
		// sleep was not always enough on a loaded machine, and the
		// crawl then found no reader about and took the spare
		// processor.
		<-answered
	}
	slow.hold.Store(1)
	crawl := []string{"/articles/storm-floods-port-elwin-quay", "/articles/city-council-passes-budget", "/articles/a-letter-from-the-archives-readers"}
	codes := make(chan int, len(crawl))
	for _, p := range crawl {
		go func() { codes <- get(p) }()
	}
	for start := time.Now(); slow.busy.Load() == 0; time.Sleep(time.Millisecond) {
		if time.Since(start) > 30*time.Second {
			close(slow.release)
			t.Fatal("no crawled page started rendering")
		}
	}
	if reading {
		// The held renders cannot delay a page the cache holds.
		if c := get(cachedPage); c != 200 {
			t.Errorf("cached page during the crawl: %d", c)
		}
		// Give the other crawling requests time to start rendering,
		// if nothing stopped them.
		time.Sleep(200 * time.Millisecond)
	} else {
		// Every processor should take a render: wait for them (a
		// loaded machine may be slow to start the goroutines), then
		// a little for any render beyond them.
		for start := time.Now(); int(slow.busy.Load()) < runtime.GOMAXPROCS(0) && time.Since(start) < 30*time.Second; {
			time.Sleep(time.Millisecond)
		}
		time.Sleep(50 * time.Millisecond)
	}
	close(slow.release)
	for range crawl {
		if c := <-codes; c != 200 {
			t.Errorf("a crawled page ended with %d", c)
		}
	}
	close(stopReader)
	<-readerDone
	return int(slow.most.Load())
}

// countAround is the real archive counting the article pages it is asked
// to surround, each held until release is closed.
type countAround struct {
	server.Reader
	calls   *atomic.Int32
	release chan struct{}
}

func (c countAround) RelatedAt(ctx context.Context, gen int64, it store.Item, limit int) ([]store.Ref, error) {
	c.calls.Add(1)
	<-c.release
	return c.Reader.RelatedAt(ctx, gen, it, limit)
}

// Many readers asking at once for a page nobody asked for before get it
// from one render: the others wait for it instead of rendering it again.
func TestOnePageRendersOnceForManyAtOnce(t *testing.T) {
	f := sample(t)
	ro, err := store.OpenRead(context.Background(), f.dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	count := countAround{store.NewReader(ro), new(atomic.Int32), make(chan struct{})}
	srv, err := server.New(count, server.Config{BaseURL: base})
	if err != nil {
		t.Fatal(err)
	}
	type answer struct {
		code int
		body string
	}
	const readers = 8
	answers := make(chan answer, readers)
	for range readers {
		go func() {
			rec := httptest.NewRecorder()
			srv.ServeHTTP(rec, httptest.NewRequest("GET", "/articles/storm-floods-port-elwin-quay", nil))
			answers <- answer{rec.Code, rec.Body.String()}
		}()
	}
	for start := time.Now(); count.calls.Load() == 0; time.Sleep(time.Millisecond) {
		if time.Since(start) > 30*time.Second {
			close(count.release)
			t.Fatal("the page never started rendering")
		}
	}
	// Give the other readers time to start rendering, if nothing
	// stopped them.
	time.Sleep(200 * time.Millisecond)
	close(count.release)
	var first answer
	for i := range readers {
		a := <-answers
		if i == 0 {
			first = a
		}
		if a.code != 200 || a.body != first.body {
			t.Errorf("reader %d: %d, %d bytes; first: %d, %d bytes", i, a.code, len(a.body), first.code, len(first.body))
		}
	}
	if n := count.calls.Load(); n != 1 {
		t.Errorf("the page was rendered %d times for %d readers at once, want once", n, readers)
	}
}
