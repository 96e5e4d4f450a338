package bench

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// The crawl is what a search engine or an archive-wide link checker does:
// many connections walking the article URLs of the sitemap, each page
// asked for once, so that none comes from the page cache. It runs against
// "morgue serve" as deployed (page cache on), restarted before each run so
// that its cache is empty, and starts each run at another place in the
// list.

// CrawlResult holds the crawl's runs and what cached pages did meanwhile.
type CrawlResult struct {
	URLs  int    // article URLs the sitemap lists
	Crawl []Load // the crawl alone
	// Cached article pages (the page set's 1,000, rendered beforehand)
	// loaded while a crawl runs against the same server, and the
	// FileServer serving their bytes while a crawl runs against morgue:
	// the same machine, the same crawl.
	CachedDuring, FileDuring []Load
	// File is the FileServer on the article pages without a crawl, the
	// baseline of a crawl-only run (OnlyCrawl); a whole run has it
	// among its pages.
	File []Load `json:",omitempty"`
}

// measureCrawlOnly measures the crawl alone (OnlyCrawl), with the
// FileServer on the article page set measured in the same run as its
// baseline: the crawl's figures in minutes, where a whole run takes an
// hour at 100,000 articles.
func measureCrawlOnly(ctx context.Context, opt Options, rep *Report, serve func() (*proc, error), articles PageResult) error {
	morgue, err := serve()
	if err != nil {
		return err
	}
	staticPaths, err := snapshot(ctx, morgue.base, filepath.Join(opt.Work, "static"), []PageResult{articles})
	if err != nil {
		morgue.stop()
		return err
	}
	paths, err := sitemapArticles(ctx, morgue.base)
	morgue.stop()
	if err != nil {
		return fmt.Errorf("crawl: %w", err)
	}
	opt.logf("crawl: %d article URLs in the sitemap", len(paths))
	saddr, err := freeAddr()
	if err != nil {
		return err
	}
	fileSrv, err := startProc(ctx, opt.Work, "fileserver", saddr, "/probe.html", opt.Exe, "bench", "--static", filepath.Join(opt.Work, "static"), "--addr", saddr)
	if err != nil {
		return err
	}
	defer fileSrv.stop()
	loader := NewLoader(opt.Conns, opt.Duration, opt.Work)
	rep.Tool = loader.Tool()
	var file []Load
	for run := range opt.Runs {
		ld, err := loader.Run(ctx, fileSrv.base, staticPaths[0])
		if err != nil {
			return fmt.Errorf("article on %s: %w", SrvFile, err)
		}
		file = append(file, ld)
		opt.logf("run %d %-12s %-22s %8.0f req/s p50 %-9v p99 %-9v errors %d", run+1, articles.Kind, SrvFile, ld.RPS, ld.P50, ld.P99, ld.Errors)
	}
	rep.Crawl, err = measureCrawl(ctx, opt, loader, serve, paths, articles.Paths, staticPaths[0], fileSrv.base)
	rep.Crawl.File = file
	return err
}

type sitemapLocs struct {
	Locs []string `xml:"sitemap>loc"`
	URLs []string `xml:"url>loc"`
}

// sitemapArticles reads the paths of every article page from the site's
// sitemap index and its article sitemaps.
func sitemapArticles(ctx context.Context, base string) ([]string, error) {
	client := &http.Client{Timeout: 60 * time.Second}
	defer client.CloseIdleConnections()
	get := func(u string) (sitemapLocs, error) {
		var s sitemapLocs
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
		if err != nil {
			return s, err
		}
		resp, err := client.Do(req)
		if err != nil {
			return s, err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return s, fmt.Errorf("GET %s: %s", u, resp.Status)
		}
		if err := xml.NewDecoder(resp.Body).Decode(&s); err != nil {
			return s, fmt.Errorf("GET %s: %w", u, err)
		}
		return s, nil
	}
	idx, err := get(base + "/sitemap.xml")
	if err != nil {
		return nil, err
	}
	var paths []string
	for _, loc := range idx.Locs {
		u, err := url.Parse(loc)
		if err != nil {
			return nil, fmt.Errorf("sitemap index: %w", err)
		}
		if filepath.Dir(u.Path) != "/sitemaps" || !strings.HasPrefix(filepath.Base(u.Path), "articles-") {
			continue
		}
		set, err := get(base + u.Path)
		if err != nil {
			return nil, err
		}
		for _, l := range set.URLs {
			if u, err := url.Parse(l); err == nil {
				paths = append(paths, u.EscapedPath())
			}
		}
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("the sitemap lists no article")
	}
	return paths, nil
}

// crawlScript gives each wrk thread its own part of the list: thread t of
// T starts at offset + t·len/T and walks on, so that no URL is asked for
// twice in a run unless a thread walks through len/T of them.
const crawlScript = `local paths = {}
for line in io.lines(%q) do paths[#paths + 1] = line end
local threads, offset, counter = %d, %d, 0
function setup(thread)
  thread:set("part", counter)
  counter = counter + 1
end
local i
function init(args)
  i = (offset + part * math.floor(#paths / threads)) %% #paths
end
request = function()
  i = i + 1
  if i > #paths then i = 1 end
  return wrk.format("GET", paths[i])
end
`

// crawlThreads is wrk's thread count (as in runWrk).
const crawlThreads = 2

// crawl loads base with the crawl for d, from offset in paths. Without wrk
// it falls back to the Go load generator, each connection starting at its
// own place.
func (l *Loader) crawl(ctx context.Context, base string, paths []string, offset int, d time.Duration, name string) (Load, error) {
	if l.wrk == "" {
		rot := append(append([]string(nil), paths[offset%len(paths):]...), paths[:offset%len(paths)]...)
		return (&Loader{Conns: l.Conns, Duration: d, Work: l.Work}).runGo(ctx, base, rot)
	}
	list := filepath.Join(l.Work, name+".txt")
	if err := os.WriteFile(list, []byte(joinLines(paths)), 0o644); err != nil {
		return Load{}, err
	}
	script := filepath.Join(l.Work, name+".lua")
	if err := os.WriteFile(script, fmt.Appendf(nil, crawlScript, list, crawlThreads, offset), 0o644); err != nil {
		return Load{}, err
	}
	return l.wrkRun(ctx, base, script, d)
}

func joinLines(ss []string) string {
	n := 0
	for _, s := range ss {
		n += len(s) + 1
	}
	b := make([]byte, 0, n)
	for _, s := range ss {
		b = append(append(b, s...), '\n')
	}
	return string(b)
}

// measureCrawl runs the crawl opt.Runs times against a fresh "morgue serve"
// each time, and twice more a run with a load beside it: the cached
// article pages on the same server, and the FileServer's copies of them.
func measureCrawl(ctx context.Context, opt Options, loader *Loader, serve func() (*proc, error), paths []string,
	articles, staticArticles []string, fileBase string) (CrawlResult, error) {
	res := CrawlResult{URLs: len(paths)}
	// Each phase of each run starts at its own place in the list.
	phases := 3 * opt.Runs
	offset := func(run, phase int) int { return (3*run + phase) * len(paths) / phases }
	side := func(run, phase int, c *proc, base string, ps []string) (Load, Load, error) {
		type out struct {
			ld  Load
			err error
		}
		done := make(chan out, 1)
		// The crawl starts first and outlasts the side load by a second at
		// each end, so that the side load runs under the crawl throughout.
		go func() {
			ld, err := loader.crawl(ctx, c.base, paths, offset(run, phase), opt.Duration+2*time.Second, "crawl-side")
			done <- out{ld, err}
		}()
		select {
		case <-time.After(time.Second):
		case <-ctx.Done():
		}
		if base != c.base {
			// While the FileServer is measured, a reader still asks
			// morgue for a cached page now and then, so that the crawl
			// runs as it does beside the cached load: morgue renders
			// on every processor only while nobody is served from its
			// cache, and that crawl would take more of the machine
			// from the FileServer than the one it is compared with.
			stop := make(chan struct{})
			defer close(stop)
			go trickle(ctx, c.base, articles, stop)
		}
		ld, err := loader.Run(ctx, base, ps)
		cr := <-done
		if err == nil {
			err = cr.err
		}
		return ld, cr.ld, err
	}
	for run := range opt.Runs {
		c, err := serve()
		if err != nil {
			return res, err
		}
		ld, err := loader.crawl(ctx, c.base, paths, offset(run, 0), opt.Duration, "crawl")
		c.stop()
		if err != nil {
			return res, fmt.Errorf("crawl: %w", err)
		}
		res.Crawl = append(res.Crawl, ld)
		opt.logf("run %d crawl %d URLs from %d: %8.0f req/s p50 %-9v p99 %-9v errors %d", run+1, ld.Requests, offset(run, 0), ld.RPS, ld.P50, ld.P99, ld.Errors)

		// Cached pages under a crawl, and the FileServer under the same
		// crawl, in alternating order.
		for k, which := range []int{run % 2, 1 - run%2} {
			c, err := serve()
			if err != nil {
				return res, err
			}
			if err := warm(ctx, c.base, articles); err != nil {
				c.stop()
				return res, err
			}
			var sideLd, crawlLd Load
			if which == 0 {
				sideLd, crawlLd, err = side(run, 1+k, c, c.base, articles)
			} else {
				sideLd, crawlLd, err = side(run, 1+k, c, fileBase, staticArticles)
			}
			c.stop()
			if err != nil {
				return res, fmt.Errorf("crawl with cached pages: %w", err)
			}
			label := "morgue cached"
			if which == 0 {
				res.CachedDuring = append(res.CachedDuring, sideLd)
			} else {
				res.FileDuring = append(res.FileDuring, sideLd)
				label = "FileServer"
			}
			opt.logf("run %d %s under a crawl: %8.0f req/s p50 %-9v p99 %-9v (crawl %.0f req/s p99 %v)", run+1, label, sideLd.RPS, sideLd.P50, sideLd.P99, crawlLd.RPS, crawlLd.P99)
		}
	}
	return res, nil
}

// trickle asks base for one of paths every 20 ms until stop is closed.
func trickle(ctx context.Context, base string, paths []string, stop <-chan struct{}) {
	client := &http.Client{Timeout: 30 * time.Second}
	defer client.CloseIdleConnections()
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for i := 0; ; i++ {
		select {
		case <-stop:
			return
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+paths[i%len(paths)], nil)
		if err != nil {
			return
		}
		if resp, err := client.Do(req); err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
		}
	}
}

// warm asks for every path twice, so that the server's page cache holds
// it among the pages readers come back to: a page asked for once is kept
// only on probation, where a crawl soon pushes it out.
func warm(ctx context.Context, base string, paths []string) error {
	client := &http.Client{Timeout: 30 * time.Second}
	defer client.CloseIdleConnections()
	for _, p := range append(append([]string(nil), paths...), paths...) {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+p, nil)
		if err != nil {
			return err
		}
		resp, err := client.Do(req)
		if err != nil {
			return err
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("GET %s: %s", p, resp.Status)
		}
	}
	return nil
}
