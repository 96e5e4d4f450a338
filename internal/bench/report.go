package bench

import (
	"fmt"
	"io"
	"strings"
	"time"
)

func ms(d time.Duration) string {
	switch {
	case d == 0:
		return "–"
	case d < 10*time.Millisecond:
		return fmt.Sprintf("%.2f ms", float64(d)/1e6)
	default:
		return fmt.Sprintf("%.0f ms", float64(d)/1e6)
	}
}

func mb(n int64) string { return fmt.Sprintf("%.0f MB", float64(n)/1e6) }

// ratios divides a[i] by b[i] run by run.
func ratios(a, b []float64) []float64 {
	var r []float64
	for i := range min(len(a), len(b)) {
		if b[i] > 0 {
			r = append(r, a[i]/b[i])
		}
	}
	return r
}

func rps(ls []Load) []float64 {
	out := make([]float64, len(ls))
	for i, l := range ls {
		out[i] = l.RPS
	}
	return out
}

func p50s(ls []Load) []time.Duration {
	out := make([]time.Duration, len(ls))
	for i, l := range ls {
		out[i] = l.P50
	}
	return out
}

func p99s(ls []Load) []time.Duration {
	out := make([]time.Duration, len(ls))
	for i, l := range ls {
		out[i] = l.P99
	}
	return out
}

func errorsOf(ls []Load) int {
	n := 0
	for _, l := range ls {
		n += l.Errors
	}
	return n
}

// label says what a page kind is.
func (p PageResult) label() string {
	switch p.Kind {
	case "article":
		return fmt.Sprintf("article (%d different)", len(p.Paths))
	case "listing":
		return "listing " + strings.TrimPrefix(p.Paths[0], "/?")
	case "search":
		return fmt.Sprintf("search (%d queries)", len(p.Paths))
	case "tag":
		return "tag (largest)"
	}
	return p.Kind
}

// Write prints the report as Markdown.
func (r *Report) Write(w io.Writer) {
	p := func(format string, args ...any) { fmt.Fprintf(w, format+"\n", args...) }
	p("## morgue bench, %d articles (seed %d), %s", r.Articles, r.Seed, r.Date)
	p("")
	p("Machine: %s. Load: %s, %d connections, %d runs of %s per page and server; medians, and medians of same-run ratios.", r.Machine, r.Tool, r.Conns, r.Runs, r.Duration)
	p("")
	im := r.Import
	if len(im.Morgue) > 0 {
		p("### Import (%d runs, corpus %.0f MB)", len(im.Morgue), float64(r.Corpus.Bytes)/1e6)
		p("")
		p("| | morgue import | bare insert loop | ratio |")
		p("|---|---:|---:|---:|")
		p("| articles/s | %.0f | %.0f | %.2f× |", median(im.Morgue), median(im.Bare), median(ratios(im.Morgue, im.Bare)))
		p("| CPU per article (user+system, all cores) | %.2f ms | %.2f ms | %.2f× |", median(im.MorgueCPU), median(im.BareCPU), median(ratios(im.BareCPU, im.MorgueCPU)))
		p("| database size | %s | %s | %.2f× |", mb(im.DBBytes), mb(im.BareBytes), float64(im.DBBytes)/float64(max(1, im.BareBytes)))
		p("| time | %s | | |", median(im.Elapsed).Round(100*time.Millisecond))
		p("")
	}
	// A search-only run (OnlySearch) has no pages, crawl or start-up.
	if len(r.Pages) > 0 {
		p("### Pages under load")
		p("")
		p("| page | morgue req/s | p50 | p99 | FileServer req/s | p50 | p99 | morgue/FileServer | uncached req/s | p50 | p99 | uncached/FileServer | nginx req/s | nginx p99 |")
		p("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
		for _, pg := range r.Pages {
			m, f, u, n := pg.Loads[SrvMorgue], pg.Loads[SrvFile], pg.Loads[SrvNoCache], pg.Loads[SrvNginx]
			nr, np := "–", "–"
			if len(n) > 0 {
				nr, np = fmt.Sprintf("%.0f", median(rps(n))), ms(median(p99s(n)))
			}
			p("| %s | %.0f | %s | %s | %.0f | %s | %s | %.2f× | %.0f | %s | %s | %.2f× | %s | %s |", pg.label(),
				median(rps(m)), ms(median(p50s(m))), ms(median(p99s(m))),
				median(rps(f)), ms(median(p50s(f))), ms(median(p99s(f))), median(ratios(rps(m), rps(f))),
				median(rps(u)), ms(median(p50s(u))), ms(median(p99s(u))), median(ratios(rps(u), rps(f))), nr, np)
			if e := errorsOf(m) + errorsOf(u) + errorsOf(f); e > 0 {
				p("| ↑ %d failed requests | | | | | | | | | | | | | |", e)
			}
		}
		p("")
		r.writeCrawl(p)
		p("### Server")
		p("")
		cold := "database dropped from the file cache"
		if !r.ColdDropped {
			cold = "the kernel refused to drop the database from the file cache, so NOT cold"
		}
		p("| start to first answered request (median of %d) | the same, %s | RSS under load (max) | RSS peak (VmHWM) |", len(r.Startup), cold)
		p("|---:|---:|---:|---:|")
		p("| %s | %s | %s | %s |", ms(median(r.Startup)), ms(median(r.StartupCold)), mb(r.RSSLoad), mb(r.RSSPeak))
		p("")
	} else {
		r.writeCrawl(p) // a crawl-only run
	}
	if len(r.Search) > 0 {
		r.writeSearch(p)
	}
	r.writeTargets(p)
}

// writeSearch reports the query set: latency and facets.
func (r *Report) writeSearch(p func(string, ...any)) {
	p("### Search latency (%d repetitions each, through the store as the search page calls it; bare = the same MATCH, top 20 by rank; search page = the whole page from the server with the page cache off, one request at a time)", r.SearchReps)
	p("")
	p("| query | typed | matches | p50 | p95 | max | bare p50 | bare p95 | p50/bare | search page p50 | p95 | max |")
	p("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
	for _, s := range r.Search {
		typed := s.Q
		if s.Tag != "" {
			typed += " [tag " + s.Tag + "]"
		}
		if s.Author != "" {
			typed += " [author " + s.Author + "]"
		}
		if s.Date {
			typed += " [by date]"
		}
		match := "–"
		if s.Matches >= 0 {
			match = fmt.Sprintf("%d (%.1f%%)", s.Matches, 100*s.Fraction)
		}
		ratio := "–"
		if s.BareP50 > 0 {
			ratio = fmt.Sprintf("%.1f×", float64(s.P50)/float64(s.BareP50))
		}
		p("| %s | `%s` | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |", s.Label, typed, match, ms(s.P50), ms(s.P95), ms(s.Max), ms(s.BareP50), ms(s.BareP95), ratio,
			ms(s.PageP50), ms(s.PageP95), ms(s.PageMax))
	}
	p("")
	p("### Facets (the same searches with counts by year, outlet, author and tag, alternated with the plain ones in one loop)")
	p("")
	p("| query | matches | p50 | p95 | facets p50 | facets p95 | added at p95 | first (reads the facet index) |")
	p("|---|---:|---:|---:|---:|---:|---:|---:|")
	for _, s := range r.Search {
		match := "–"
		if s.Matches >= 0 {
			match = fmt.Sprintf("%d (%.1f%%)", s.Matches, 100*s.Fraction)
		}
		p("| %s | %s | %s | %s | %s | %s | %s | %s |", s.Label, match, ms(s.P50), ms(s.P95), ms(s.FacetP50), ms(s.FacetP95),
			ms(s.FacetP95-s.P95), ms(s.FacetCold))
	}
	p("")
}

// crawlBaseline is the FileServer on the article pages without a crawl.
func (r *Report) crawlBaseline() []Load {
	if ls := r.load("article", SrvFile); len(ls) > 0 {
		return ls
	}
	return r.Crawl.File
}

func (r *Report) load(kind, srv string) []Load {
	for _, pg := range r.Pages {
		if pg.Kind == kind {
			return pg.Loads[srv]
		}
	}
	return nil
}

// writeTargets checks the targets (written for 100,000 articles on
// two cores) against this run.
func (r *Report) writeTargets(p func(string, ...any)) {
	p("### Targets (issues 5 and 15; they are set for 100,000 articles on two cores)")
	p("")
	p("| target | measured | |")
	p("|---|---|---|")
	verdict := func(ok bool) string {
		if ok {
			return "met"
		}
		return "**not met**"
	}
	if len(r.Import.Morgue) > 0 {
		imp := median(ratios(r.Import.Morgue, r.Import.Bare))
		p("| import ≥ 0.75× bare insert | %.2f× | %s |", imp, verdict(imp >= 0.75))
	}
	if len(r.Pages) > 0 {
		art := r.load("article", SrvMorgue)
		file := r.load("article", SrvFile)
		artRatio := median(ratios(rps(art), rps(file)))
		p("| article page ≥ 0.8× FileServer (cached pages) | %.2f× | %s |", artRatio, verdict(artRatio >= 0.8))
		p99 := median(p99s(art))
		p("| article p99 ≤ 20 ms at %d connections (cached) | %s | %s |", r.Conns, ms(p99), verdict(p99 <= 20*time.Millisecond))
	}
	if c := r.Crawl; len(c.Crawl) > 0 {
		file := r.crawlBaseline()
		cr := median(ratios(rps(c.Crawl), rps(file)))
		p("| crawl (first views, %d connections) ≥ 0.10× FileServer | %.0f req/s, %.3f× | %s |", r.Conns, median(rps(c.Crawl)), cr, verdict(cr >= 0.10))
		cp := median(p99s(c.Crawl))
		p("| crawl p99 ≤ 100 ms | %s | %s |", ms(cp), verdict(cp <= 100*time.Millisecond))
		during := median(ratios(rps(c.CachedDuring), rps(c.FileDuring)))
		alone := median(ratios(rps(c.CachedDuring), rps(file)))
		p("| cached pages during a crawl ≥ 0.95× FileServer during the same crawl | %.2f× (%.2f× the FileServer without a crawl) | %s |", during, alone, verdict(during >= 0.95))
	}
	if len(r.Pages) > 0 {
		for _, kind := range []string{"home", "tag", "listing"} {
			for _, srv := range []string{SrvMorgue, SrvNoCache} {
				ls := r.load(kind, srv)
				if len(ls) == 0 {
					continue
				}
				base := median(p50s(r.load("article", srv)))
				got := median(p50s(ls))
				if got == 0 { // no request finished within a run
					p("| %s p50 ≤ 2× article p50 (%s) | no answer within the run's timeout | %s |", kind, srv, verdict(false))
					continue
				}
				p("| %s p50 ≤ 2× article p50 (%s) | %s vs %s (%.1f×) | %s |", kind, srv, ms(got), ms(base), float64(got)/float64(max(1, base)), verdict(got <= 2*base))
			}
		}
	}
	var worstSmall, worstAll time.Duration
	var smallQ, allQ string
	for _, s := range r.Search {
		if s.Matches >= 0 && s.Fraction <= 0.10 && s.PageP95 > worstSmall {
			worstSmall, smallQ = s.PageP95, s.Label
		}
		if s.PageP95 > worstAll {
			worstAll, allQ = s.PageP95, s.Label
		}
	}
	if len(r.Search) > 0 {
		p("| search page p95 ≤ 30 ms, queries matching ≤ 10%% (uncached) | worst %s (%s) | %s |", ms(worstSmall), smallQ, verdict(worstSmall <= 30*time.Millisecond))
		p("| search page p95 ≤ 100 ms, every query (uncached) | worst %s (%s) | %s |", ms(worstAll), allQ, verdict(worstAll <= 100*time.Millisecond))
	}
	for _, s := range r.Search {
		if s.Label == "word in ~10%" {
			added := s.FacetP95 - s.P95
			p("| facets on a word in ~10%% add ≤ 20 ms at p95 | %s (%s with, %s without) | %s |", ms(added), ms(s.FacetP95), ms(s.P95), verdict(added <= 20*time.Millisecond))
		}
	}
	if len(r.Pages) > 0 {
		p("| RSS ≤ 120 MB under load | %s | %s |", mb(r.RSSLoad), verdict(r.RSSLoad <= 120e6))
		st := median(r.StartupCold)
		p("| first request ≤ 300 ms after a start, database not in the file cache | %s | %s |", ms(st), verdict(st <= 300*time.Millisecond && r.ColdDropped))
	}
}

// writeCrawl reports the crawl: first views of article pages.
func (r *Report) writeCrawl(p func(string, ...any)) {
	c := r.Crawl
	if len(c.Crawl) == 0 {
		return
	}
	file := r.crawlBaseline()
	p("### Crawl: %d connections walking the sitemap's %d article URLs, each page asked for once, against a fresh \"morgue serve\"", r.Conns, c.URLs)
	p("")
	p("| | req/s | p50 | p99 | ratio | pages asked for (per run) |")
	p("|---|---:|---:|---:|---:|---|")
	counts := make([]string, len(c.Crawl))
	for i, l := range c.Crawl {
		counts[i] = fmt.Sprint(l.Requests)
	}
	p("| crawl (first views) | %.0f | %s | %s | %.3f× FileServer | %s |", median(rps(c.Crawl)), ms(median(p50s(c.Crawl))), ms(median(p99s(c.Crawl))),
		median(ratios(rps(c.Crawl), rps(file))), strings.Join(counts, ", "))
	p("| FileServer, article (no crawl) | %.0f | %s | %s | | |", median(rps(file)), ms(median(p50s(file))), ms(median(p99s(file))))
	p("| cached article pages during a crawl | %.0f | %s | %s | %.2f× FileServer during a crawl | |", median(rps(c.CachedDuring)), ms(median(p50s(c.CachedDuring))), ms(median(p99s(c.CachedDuring))),
		median(ratios(rps(c.CachedDuring), rps(c.FileDuring))))
	p("| FileServer during a crawl of morgue | %.0f | %s | %s | | |", median(rps(c.FileDuring)), ms(median(p50s(c.FileDuring))), ms(median(p99s(c.FileDuring))))
	p("")
}
