// Package bench is the performance harness behind "morgue bench" and
// "make bench": it generates a corpus, imports it, serves it, loads the
// pages, runs the fixed query set, and reports every figure next to a
// baseline measured in the same run (a bare insert loop, a bare FTS5 query,
// Go's http.FileServer and nginx serving the same rendered bytes), as
// medians of several runs and ratios. Nothing here asserts a time: the
// machine is shared and noisy, so only same-run ratios mean much.
package bench

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/morgue-archive/morgue/internal/corpus"
	"github.com/morgue-archive/morgue/internal/importer"
	"github.com/morgue-archive/morgue/internal/server"
	"github.com/morgue-archive/morgue/internal/store"
)

// Options configure a run.
type Options struct {
	N          int
	Seed       uint64
	Runs       int // load runs per page and server, and server starts
	ImportRuns int
	Duration   time.Duration // of one load run
	Conns      int
	SearchReps int
	Work       string // folder for the corpus, databases and logs
	Exe        string // the morgue binary: runs "serve" and the static server
	Log        io.Writer
	// Only, when OnlySearch, measures the search query set alone on the
	// database of an earlier run: no import, start-up, page load or crawl;
	// when OnlyCrawl, the crawl alone (first views, and cached pages and
	// the FileServer beside a crawl) with the FileServer on the article
	// pages as its baseline.
	Only string
}

// OnlySearch and OnlyCrawl are the Only of a run that measures search or
// the crawl alone.
const (
	OnlySearch = "search"
	OnlyCrawl  = "crawl"
)

// Report is everything one run measured.
type Report struct {
	Options
	Date    string
	Machine string
	Tool    string
	Corpus  corpus.Manifest
	Import  ImportResult
	Startup []time.Duration // start to first answered request
	// The same with the database files dropped from the file cache first
	// (ColdDropped false: the kernel refused, so they were not).
	StartupCold []time.Duration
	ColdDropped bool
	RSSLoad     int64 // largest RSS of morgue serve while loaded
	RSSPeak     int64 // VmHWM at the end
	Pages       []PageResult
	Search      []SearchResult
	Articles    int
	Crawl       CrawlResult
}

// ImportResult holds one rate per run.
type ImportResult struct {
	Morgue, Bare       []float64 // articles/s
	MorgueCPU, BareCPU []float64 // CPU ms (user+system) per article: steadier than time on a shared machine
	DBBytes, BareBytes int64
	Elapsed            []time.Duration
}

// The servers every page is loaded from.
const (
	SrvMorgue  = "morgue"
	SrvNoCache = "morgue, no page cache"
	SrvFile    = "Go FileServer"
	SrvNginx   = "nginx"
)

// PageResult is one page kind under load on every server.
type PageResult struct {
	Kind  string
	Paths []string
	Loads map[string][]Load
}

func (o *Options) logf(format string, args ...any) {
	if o.Log != nil {
		fmt.Fprintf(o.Log, "bench: "+format+"\n", args...)
	}
}

// Run measures everything and returns the report.
func Run(ctx context.Context, opt Options) (*Report, error) {
	rep := &Report{Options: opt, Date: time.Now().UTC().Format("2006-01-02"), Machine: machine()}
	if err := os.MkdirAll(opt.Work, 0o755); err != nil {
		return nil, err
	}
	work, err := filepath.Abs(opt.Work) // nginx wants absolute paths
	if err != nil {
		return nil, err
	}
	opt.Work = work
	dir, man, err := ensureCorpus(opt)
	if err != nil {
		return nil, err
	}
	rep.Corpus = man
	files, _, _ := importer.Collect([]string{dir})
	dbPath := filepath.Join(opt.Work, "morgue.db")
	if opt.Only != "" {
		opt.ImportRuns = 0
	}
	if opt.ImportRuns == 0 {
		if _, err := os.Stat(dbPath); err != nil {
			return nil, fmt.Errorf("no database of an earlier run to reuse (run with --import-runs 1 or more): %w", err)
		}
		opt.logf("reusing %s; import not measured", dbPath)
	}
	if err := measureImport(ctx, &opt, files, dbPath, &rep.Import); err != nil {
		return nil, err
	}

	// The archive is read through the store, as the server reads it; the
	// bare baseline of search (bare.go) queries the same database itself.
	ro, err := store.OpenRead(ctx, dbPath)
	if err != nil {
		return nil, err
	}
	reader := store.NewReader(ro)
	defer reader.Close()
	if rep.Articles, _, err = reader.Counts(ctx); err != nil {
		return nil, err
	}
	var tag string
	top, _, err := reader.Names(ctx, store.Tags, false, 0, 1)
	if err != nil {
		return nil, err
	}
	if len(top) > 0 {
		tag = top[0].Slug
	}
	opt.logf("choosing the query set")
	qs, err := QuerySet(ctx, reader, corpus.New(opt.Seed), rep.Articles, tag)
	if err != nil {
		return nil, err
	}
	if opt.Only == OnlySearch {
		nocache, err := serveUncached(ctx, dbPath)
		if err != nil {
			return nil, err
		}
		defer nocache.close()
		return rep, measureSearchAll(ctx, opt, rep, reader, ro, qs, "http://"+nocache.srv.Addr)
	}
	pages, err := pageSets(ctx, reader, rep.Articles, tag, qs)
	if err != nil {
		return nil, err
	}

	serve := func() (*proc, error) {
		addr, err := freeAddr()
		if err != nil {
			return nil, err
		}
		return startProc(ctx, opt.Work, "serve", addr, "/", opt.Exe, "serve", "--db", dbPath, "--addr", addr)
	}
	if opt.Only == OnlyCrawl {
		return rep, measureCrawlOnly(ctx, opt, rep, serve, pages[0])
	}

	// Start-up: fresh processes, to the first answered request.
	// Cold and warm starts alternate; a cold one finds the database files
	// dropped from the file cache, as after a reboot or a fresh copy.
	rep.ColdDropped = true
	for range opt.Runs {
		rep.ColdDropped = dropFromCache(dbPath) && rep.ColdDropped
		p, err := serve()
		if err != nil {
			return nil, err
		}
		rep.StartupCold = append(rep.StartupCold, p.first)
		p.stop()
		if p, err = serve(); err != nil {
			return nil, err
		}
		rep.Startup = append(rep.Startup, p.first)
		p.stop()
	}
	opt.logf("start to first answer: %v; with the database dropped from the file cache: %v", rep.Startup, rep.StartupCold)
	morgue, err := serve()
	if err != nil {
		return nil, err
	}
	defer morgue.stop()
	static := filepath.Join(opt.Work, "static")
	staticPaths, err := snapshot(ctx, morgue.base, static, pages)
	if err != nil {
		return nil, err
	}
	nocache, err := serveUncached(ctx, dbPath)
	if err != nil {
		return nil, err
	}
	defer nocache.close()
	saddr, err := freeAddr()
	if err != nil {
		return nil, err
	}
	fileSrv, err := startProc(ctx, opt.Work, "fileserver", saddr, "/probe.html", opt.Exe, "bench", "--static", static, "--addr", saddr)
	if err != nil {
		return nil, err
	}
	defer fileSrv.stop()
	nginx, err := startNginx(ctx, opt.Work, static)
	if err != nil {
		opt.logf("nginx not measured: %v", err)
	}
	defer nginx.stop()

	loader := NewLoader(opt.Conns, opt.Duration, opt.Work)
	rep.Tool = loader.Tool()
	targets := []struct {
		name, base string
		static     bool
	}{{SrvMorgue, morgue.base, false}, {SrvFile, fileSrv.base, true}}
	if nginx != nil {
		targets = append(targets, struct {
			name, base string
			static     bool
		}{SrvNginx, nginx.base, true})
	}
	// Last: its slow requests outlive the load run, and are waited for.
	targets = append(targets, struct {
		name, base string
		static     bool
	}{SrvNoCache, "http://" + nocache.srv.Addr, false})
	for i := range pages {
		pages[i].Loads = map[string][]Load{}
	}
	for run := range opt.Runs {
		for i, pg := range pages {
			for _, t := range targets {
				paths := pg.Paths
				if t.static {
					paths = staticPaths[i]
				}
				var sampler *rssSampler
				if t.name == SrvMorgue {
					sampler = sampleRSS(morgue.cmd.Process.Pid)
				}
				ld, err := loader.Run(ctx, t.base, paths)
				if sampler != nil {
					rep.RSSLoad = max(rep.RSSLoad, sampler.finish())
				}
				if err != nil {
					return nil, fmt.Errorf("%s on %s: %w", pg.Kind, t.name, err)
				}
				if t.name == SrvNoCache {
					nocache.drain()
				}
				pages[i].Loads[t.name] = append(pages[i].Loads[t.name], ld)
				opt.logf("run %d %-12s %-22s %8.0f req/s p50 %-9v p99 %-9v errors %d", run+1, pg.Kind, t.name, ld.RPS, ld.P50, ld.P99, ld.Errors)
			}
		}
	}
	_, rep.RSSPeak = rss(morgue.cmd.Process.Pid)
	rep.Pages = pages

	crawlPaths, err := sitemapArticles(ctx, morgue.base)
	if err != nil {
		return nil, fmt.Errorf("crawl: %w", err)
	}
	opt.logf("crawl: %d article URLs in the sitemap", len(crawlPaths))
	if rep.Crawl, err = measureCrawl(ctx, opt, loader, serve, crawlPaths, pages[0].Paths, staticPaths[0], fileSrv.base); err != nil {
		return nil, err
	}

	return rep, measureSearchAll(ctx, opt, rep, reader, ro, qs, "http://"+nocache.srv.Addr)
}

// measureSearchAll times the query set through the store, bare, and as
// search pages from the uncached server at base.
func measureSearchAll(ctx context.Context, opt Options, rep *Report, reader *store.Reader, ro *sql.DB, qs []Query, base string) error {
	opt.logf("search latency, %d repetitions per query", opt.SearchReps)
	var err error
	if rep.Search, err = MeasureSearch(ctx, reader, ro, qs, rep.Articles, opt.SearchReps); err != nil {
		return err
	}
	opt.logf("search pages, page cache off, %d repetitions per query", opt.SearchReps)
	return measureSearchPages(ctx, base, rep.Search, opt.SearchReps)
}

func machine() string {
	mem := ""
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		var kb int64
		fmt.Sscanf(strings.TrimPrefix(strings.SplitN(string(b), "\n", 2)[0], "MemTotal:"), "%d", &kb)
		mem = fmt.Sprintf(", %.0f GB RAM", float64(kb)/(1<<20))
	}
	cpu := ""
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
				cpu = " (" + strings.TrimSpace(v) + ")"
				break
			}
		}
	}
	return fmt.Sprintf("%d cores%s%s, %s/%s, %s", runtime.NumCPU(), cpu, mem, runtime.GOOS, runtime.GOARCH, runtime.Version())
}

// ensureCorpus reuses the corpus folder when it holds the same corpus.
func ensureCorpus(opt Options) (string, corpus.Manifest, error) {
	want := corpus.Options{N: opt.N, Seed: opt.Seed, MDFraction: corpus.DefaultMDFraction, CJKFraction: corpus.DefaultCJKFraction}
	dir := filepath.Join(opt.Work, fmt.Sprintf("corpus-%d-%d", opt.N, opt.Seed))
	if m, err := corpus.ReadManifest(dir); err == nil && m.Options == want {
		opt.logf("reusing the corpus in %s", dir)
		return dir, m, nil
	}
	if err := os.RemoveAll(dir); err != nil {
		return "", corpus.Manifest{}, err
	}
	opt.logf("generating %d articles into %s", opt.N, dir)
	m, err := corpus.Write(dir, want)
	return dir, m, err
}

func removeDB(path string) {
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(path + suffix)
	}
}

func fileSize(path string) int64 {
	var n int64
	for _, suffix := range []string{"", "-wal"} {
		if st, err := os.Stat(path + suffix); err == nil {
			n += st.Size()
		}
	}
	return n
}

// measureImport alternates the importer and the bare loop, so that both
// see the same machine.
func measureImport(ctx context.Context, opt *Options, files []string, dbPath string, res *ImportResult) error {
	bare := filepath.Join(opt.Work, "bare.db")
	for run := range opt.ImportRuns {
		for _, which := range []int{run % 2, 1 - run%2} {
			if which == 0 {
				removeDB(dbPath)
				cpu0 := cpuTime()
				start := time.Now()
				db, err := store.OpenWrite(ctx, dbPath)
				if err != nil {
					return err
				}
				sum, err := importer.Run(ctx, db, files, importer.Options{})
				db.Close()
				d := time.Since(start)
				if err != nil {
					return err
				}
				if sum.Counts[importer.Failed] > 0 {
					return fmt.Errorf("import: %s", sum)
				}
				res.MorgueCPU = append(res.MorgueCPU, perArticle(cpuTime()-cpu0, len(files)))
				res.Morgue = append(res.Morgue, float64(len(files))/d.Seconds())
				res.Elapsed = append(res.Elapsed, d)
				res.DBBytes = fileSize(dbPath)
				opt.logf("import run %d: morgue %.0f articles/s (%s, %s)", run+1, res.Morgue[len(res.Morgue)-1], d.Round(time.Millisecond), sum)
			} else {
				removeDB(bare)
				cpu0 := cpuTime()
				d, err := BareImport(ctx, bare, files)
				if err != nil {
					return fmt.Errorf("bare import: %w", err)
				}
				res.BareCPU = append(res.BareCPU, perArticle(cpuTime()-cpu0, len(files)))
				res.Bare = append(res.Bare, float64(len(files))/d.Seconds())
				res.BareBytes = fileSize(bare)
				opt.logf("import run %d: bare %.0f articles/s (%s)", run+1, res.Bare[len(res.Bare)-1], d.Round(time.Millisecond))
			}
		}
	}
	removeDB(bare)
	return nil
}

// cpuTime is the CPU this process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func perArticle(d time.Duration, n int) float64 { return float64(d) / 1e6 / float64(max(1, n)) }

// pageSets lists the URLs of each page kind: a thousand articles spread
// over the archive (every step-th in import order), the home page, the
// largest tag, page 500 of the newest list (or its last page in a smaller
// archive), and the search pages of the query set.
func pageSets(ctx context.Context, r *store.Reader, total int, tag string, qs []Query) ([]PageResult, error) {
	step := max(1, total/1000)
	var articles []string
	const linksPage = 10_000
	for offset := 0; len(articles) < 1000; offset += linksPage {
		links, err := r.ArticleLinks(ctx, offset, linksPage)
		if err != nil {
			return nil, err
		}
		for i, l := range links {
			if (offset+i+1)%step == 0 && len(articles) < 1000 {
				articles = append(articles, "/articles/"+url.PathEscape(l.Slug))
			}
		}
		if len(links) < linksPage {
			break
		}
	}
	sets := []PageResult{{Kind: "article", Paths: articles}, {Kind: "home", Paths: []string{"/"}}}
	if tag != "" {
		sets = append(sets, PageResult{Kind: "tag", Paths: []string{"/tags/" + url.PathEscape(tag)}})
	}
	page := min(500, (total+19)/20)
	sets = append(sets, PageResult{Kind: "listing", Paths: []string{fmt.Sprintf("/?page=%d", page)}})
	var searches []string
	for _, q := range qs {
		searches = append(searches, q.URL())
	}
	return append(sets, PageResult{Kind: "search", Paths: searches}), nil
}

// uncached is the archive served in this process with the page cache off,
// so that every request renders: the cost of a page nobody asked for yet.
type uncached struct {
	srv      *http.Server
	reader   *store.Reader
	inflight atomic.Int64
}

func serveUncached(ctx context.Context, dbPath string) (*uncached, error) {
	// Opened as "morgue serve" opens it, following the file, so that only
	// the page cache differs.
	r, err := store.OpenReader(ctx, dbPath, nil)
	if err != nil {
		return nil, err
	}
	site, err := server.New(r, server.Config{BaseURL: "http://127.0.0.1", CacheBytes: 1})
	if err != nil {
		r.Close()
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		r.Close()
		return nil, err
	}
	u := &uncached{reader: r}
	u.srv = server.HTTPServer(ln.Addr().String(), http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u.inflight.Add(1)
		defer u.inflight.Add(-1)
		site.ServeHTTP(w, r)
	}))
	go u.srv.Serve(ln)
	return u, nil
}

func (u *uncached) close() {
	u.srv.Close()
	u.reader.Close()
}

// drain waits until the requests the load generator gave up on are done,
// so they do not slow the next measurement.
func (u *uncached) drain() {
	for i := 0; u.inflight.Load() > 0 && i < 3000; i++ {
		time.Sleep(10 * time.Millisecond)
	}
}

// snapshot fetches every page once from the server (which also fills its
// page cache) and writes the bytes under dir for the static servers; it
// returns their paths, page kind by page kind.
func snapshot(ctx context.Context, base, dir string, pages []PageResult) ([][]string, error) {
	os.RemoveAll(dir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "probe.html"), []byte("ok\n"), 0o644); err != nil {
		return nil, err
	}
	client := &http.Client{Timeout: 30 * time.Second}
	defer client.CloseIdleConnections()
	out := make([][]string, len(pages))
	for i, pg := range pages {
		sub := filepath.Join(dir, pg.Kind)
		if err := os.MkdirAll(sub, 0o755); err != nil {
			return nil, err
		}
		for j, p := range pg.Paths {
			req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+p, nil)
			resp, err := client.Do(req)
			if err != nil {
				return nil, err
			}
			body, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			if err != nil {
				return nil, err
			}
			if resp.StatusCode != http.StatusOK {
				return nil, fmt.Errorf("GET %s: %s", p, resp.Status)
			}
			name := fmt.Sprintf("%d.html", j)
			if err := os.WriteFile(filepath.Join(sub, name), body, 0o644); err != nil {
				return nil, err
			}
			out[i] = append(out[i], "/"+pg.Kind+"/"+name)
		}
	}
	return out, nil
}

// median of values.
func median[T float64 | time.Duration](xs []T) T {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
