package bench

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/morgue-archive/morgue/internal/corpus"
	"github.com/morgue-archive/morgue/internal/search"
	"github.com/morgue-archive/morgue/internal/store"
)

// Query is one search of the fixed set.
type Query struct {
	Label  string // what it stands for: "word in ~10%", "phrase", …
	Q      string // as typed in the search box
	Tag    string // tag filter slug, or ""
	Author string // author filter slug, or ""
	Date   bool   // sort=date
}

// QuerySet picks the fixed query set for this archive: words of the
// generator's vocabulary whose document frequency is nearest to rare, ~1%,
// ~10% and ~60% of the articles, and queries built from them.
func QuerySet(ctx context.Context, r *store.Reader, g *corpus.Generator, total int, tag string) ([]Query, error) {
	type cand struct {
		word string
		df   int
	}
	var cands []cand
	seen := map[int]bool{}
	for x := 0.0; ; x += 0.25 {
		rank := int(math.Pow(2, x)) - 1
		if rank >= g.Words() {
			break
		}
		if seen[rank] {
			continue
		}
		seen[rank] = true
		w := g.Word(rank)
		pq, err := search.Parse(w)
		if err != nil {
			continue
		}
		n, err := r.Matches(ctx, pq)
		if err != nil {
			return nil, err
		}
		if n > 0 {
			cands = append(cands, cand{w, n})
		}
	}
	if len(cands) == 0 {
		return nil, fmt.Errorf("no vocabulary word is in the index: is this a generated corpus?")
	}
	nearestExcept := func(frac float64, not string) string {
		want := max(1, frac*float64(total))
		best, bestD := "", math.Inf(1)
		for _, c := range cands {
			if c.word == not {
				continue
			}
			if d := math.Abs(math.Log(float64(c.df) / want)); d < bestD {
				best, bestD = c.word, d
			}
		}
		return best
	}
	nearest := func(frac float64) string { return nearestExcept(frac, "") }
	rare, w1, w10, w60 := nearest(0.0001), nearest(0.01), nearest(0.10), nearest(0.60)
	rare2 := nearestExcept(0.0003, rare)
	// Prefixes are cut from a word in about 10% of the articles long
	// enough for six letters, so that each length widens the same word.
	long := w10
	for _, frac := range []float64{0.10, 0.05, 0.20, 0.02, 0.01} {
		if w := nearest(frac); len([]rune(w)) >= 7 {
			long = w
			break
		}
	}
	star, top := g.Person(0), g.Person(60)
	qs := []Query{
		{Label: "rare word", Q: rare},
		{Label: "word in ~1%", Q: w1},
		{Label: "word in ~10%", Q: w10},
		{Label: "word in ~60%", Q: w60},
		{Label: "two words ~1% + ~10%", Q: w1 + " " + w10},
		{Label: "two words ~10% + ~60%", Q: w10 + " " + w60},
		{Label: "either word ~1% OR ~10%", Q: w1 + " OR " + w10},
		{Label: "phrase, a rarer name", Q: `"` + top + `"`},
		{Label: "phrase, the commonest name", Q: `"` + star + `"`},
		{Label: "prefix, 2 letters", Q: prefix(long, 2) + "*"},
		{Label: "prefix, 3 letters", Q: prefix(long, 3) + "*"},
		{Label: "prefix, 4 letters", Q: prefix(long, 4) + "*"},
		{Label: "prefix, 5 letters", Q: prefix(w1, 5) + "*"},
		{Label: "prefix, 6 letters", Q: prefix(long, 6) + "*"},
		{Label: "phrase with a common word", Q: `"the ` + w10 + `"`},
		{Label: "either rare word (OR)", Q: rare + " OR " + rare2},
		{Label: "word ~1% -word ~60%", Q: w1 + " -" + w60},
		{Label: "title: word ~10%", Q: "title:" + w10},
		{Label: "word ~60%, by date", Q: w60, Date: true},
	}
	// Chinese, through the index of two-character pieces, when the corpus
	// has Chinese articles: its most common two-character word, and a
	// three-character one of middling frequency (a phrase of two pieces).
	if pq, err := search.Parse(g.ZhWord(0, 2)); err == nil {
		if n, err := r.Matches(ctx, pq); err == nil && n > 0 {
			qs = append(qs,
				Query{Label: "Chinese word, 2 characters", Q: g.ZhWord(0, 2)},
				Query{Label: "Chinese word, 3 characters", Q: g.ZhWord(200, 3)})
		}
	}
	// A phrase of three names: the full name of an author of middling
	// output (authors' names are three words), and the same filter on
	// the author with the fewest articles, with a common word.
	if _, n, err := r.Names(ctx, store.Authors, false, 0, 1); err == nil && n > 0 {
		mid, _, err := r.Names(ctx, store.Authors, false, n/2, 1)
		if err != nil {
			return nil, err
		}
		small, _, err := r.Names(ctx, store.Authors, false, n-1, 1)
		if err != nil {
			return nil, err
		}
		if len(mid) == 1 && len(strings.Fields(mid[0].Name)) >= 3 {
			qs = append(qs, Query{Label: "phrase of three names", Q: `"` + mid[0].Name + `"`})
		}
		if len(small) == 1 {
			qs = append(qs, Query{Label: fmt.Sprintf("word ~60%% + smallest author (%d articles)", small[0].Count), Q: w60, Author: small[0].Slug})
		}
	} else if err != nil {
		return nil, err
	}
	if tag != "" {
		qs = append(qs,
			Query{Label: "word ~10% + largest tag", Q: w10, Tag: tag},
			Query{Label: "word ~60% + largest tag", Q: w60, Tag: tag},
			Query{Label: "largest tag only (no words)", Tag: tag})
	}
	return qs, nil
}

func prefix(w string, n int) string {
	r := []rune(w)
	return string(r[:min(n, len(r))])
}

// URL is the search page of q.
func (q Query) URL() string {
	v := []string{}
	if q.Q != "" {
		v = append(v, "q="+url.QueryEscape(q.Q))
	}
	if q.Tag != "" {
		v = append(v, "tag="+url.QueryEscape(q.Tag))
	}
	if q.Author != "" {
		v = append(v, "author="+url.QueryEscape(q.Author))
	}
	if q.Date {
		v = append(v, "sort=date")
	}
	return "/search?" + strings.Join(v, "&")
}

// SearchResult is the latency of one query, through the store and bare.
type SearchResult struct {
	Query
	Matches   int // articles the MATCH finds, before filters
	Fraction  float64
	Total     int // what the store reports (capped)
	P50, P95  time.Duration
	Max       time.Duration
	BareP50   time.Duration
	BareP95   time.Duration
	BareMatch string
	BareTable string // the full-text table BareMatch is for
	// The same search with facets (counts by year, outlet, author and
	// tag, as the search page asks), measured in the same loop; FacetCold
	// is the first one, which reads the facet index.
	FacetP50, FacetP95 time.Duration
	FacetCold          time.Duration
	// The search page, from the server with the page cache off: what a
	// reader waits for a query nobody asked before (no network, one at a
	// time).
	PageP50, PageP95, PageMax time.Duration
}

// measureSearchPages asks base for every query's search page reps times,
// one request at a time, round robin over the queries so that no query's
// repetitions run back to back in warm caches of their own.
func measureSearchPages(ctx context.Context, base string, res []SearchResult, reps int) error {
	client := &http.Client{Timeout: 30 * time.Second}
	defer client.CloseIdleConnections()
	lat := make([][]time.Duration, len(res))
	for rep := range reps + 1 {
		for i := range res {
			req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+res[i].URL(), nil)
			if err != nil {
				return err
			}
			t := time.Now()
			resp, err := client.Do(req)
			if err != nil {
				return fmt.Errorf("search page %q: %w", res[i].Q, err)
			}
			_, err = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			d := time.Since(t)
			if err != nil {
				return fmt.Errorf("search page %q: %w", res[i].Q, err)
			}
			if resp.StatusCode != http.StatusOK {
				return fmt.Errorf("search page %s: %s", res[i].URL(), resp.Status)
			}
			if rep > 0 { // the first round reads each query's pages into the caches
				lat[i] = append(lat[i], d)
			}
		}
	}
	for i := range res {
		slices.Sort(lat[i])
		res[i].PageP50, res[i].PageP95, res[i].PageMax = quantile(lat[i], 0.5), quantile(lat[i], 0.95), lat[i][len(lat[i])-1]
	}
	return nil
}

// MeasureSearch runs every query reps times through the store's Search, as
// the search page does, and the bare FTS5 query with the same MATCH (top 20
// by rank) on db, the same archive, alternating the two.
func MeasureSearch(ctx context.Context, r *store.Reader, db *sql.DB, qs []Query, total, reps int) ([]SearchResult, error) {
	var out []SearchResult
	for _, q := range qs {
		sq := store.SearchQuery{Tag: q.Tag, Author: q.Author, ByDate: q.Date, Limit: 20}
		res := SearchResult{Query: q}
		if q.Q != "" {
			pq, err := search.Parse(q.Q)
			if err != nil {
				return nil, fmt.Errorf("query %q: %w", q.Q, err)
			}
			sq.Query = pq
			res.BareTable, res.BareMatch = store.IndexMatch(pq)
			if res.Matches, err = r.Matches(ctx, pq); err != nil {
				return nil, err
			}
		} else {
			res.Matches = -1
		}
		res.Fraction = float64(res.Matches) / float64(total)
		var lat, bare, faceted []time.Duration
		fq := sq
		fq.Facets = &store.FacetOptions{Limit: 10}
		for i := range reps + 1 {
			t := time.Now()
			sr, err := r.Search(ctx, sq)
			if err != nil {
				return nil, fmt.Errorf("search %q: %w", q.Q, err)
			}
			if i > 0 { // the first run warms the page cache
				lat = append(lat, time.Since(t))
			}
			res.Total = sr.Total
			t = time.Now()
			if _, err := r.Search(ctx, fq); err != nil {
				return nil, fmt.Errorf("search %q with facets: %w", q.Q, err)
			}
			if i > 0 {
				faceted = append(faceted, time.Since(t))
			} else {
				res.FacetCold = time.Since(t)
			}
			if res.BareMatch == "" {
				continue
			}
			t = time.Now()
			if err := bareSearch(ctx, db, res.BareTable, res.BareMatch); err != nil {
				return nil, err
			}
			if i > 0 {
				bare = append(bare, time.Since(t))
			}
		}
		slices.Sort(lat)
		slices.Sort(bare)
		slices.Sort(faceted)
		res.FacetP50, res.FacetP95 = quantile(faceted, 0.5), quantile(faceted, 0.95)
		res.P50, res.P95, res.Max = quantile(lat, 0.5), quantile(lat, 0.95), lat[len(lat)-1]
		res.BareP50, res.BareP95 = quantile(bare, 0.5), quantile(bare, 0.95)
		out = append(out, res)
	}
	return out, nil
}
