package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// Facets count a search's or a listing's articles by year (or month),
// outlet, author and tag, so a reader sees where the results fall before
// reading them.
//
// They are counted in Go over a facet index held in memory per version of
// the archive (see facetIndex): a search hands over the ids of its matches
// in the query that counts them, and a listing (no words) tests every
// article of the index against its filters. Counts are exact up to
// CountCap matches of a search; past it they are counted on the CountCap
// most recently added matches and scaled to an estimated total (About).
type Facets struct {
	Total   int  // articles counted (estimated when About)
	About   bool // counted on a sample and scaled
	Periods []PeriodCount
	// ByMonth: every dated article falls in one year, so Periods are its
	// months.
	ByMonth                bool
	Undated                int
	Outlets, Authors, Tags FacetGroup
}

// PeriodCount is the number of articles of a year, or a month of a year.
type PeriodCount struct {
	Year, Month int // Month is 0 for a year
	Count       int
}

// FacetGroup is the most frequent names of one kind among the results.
type FacetGroup struct {
	Top  []Named // Count is the number of results with the name
	More int     // names found beyond Top
}

// FacetOptions asks for facets: the top Limit names of each kind (10 when
// 0), or ExpandLimit of the kind Expand.
type FacetOptions struct {
	Limit       int
	Expand      Kind
	ExpandLimit int
}

func (o FacetOptions) limit(kind Kind) int {
	if o.Expand == kind && o.ExpandLimit > 0 {
		return o.ExpandLimit
	}
	if o.Limit > 0 {
		return o.Limit
	}
	return 10
}

// facetIndex holds, for every article id, what facets count: its day, its
// outlet, its authors and its tags, as flat arrays (about 50 bytes an
// article with ten tags: 5 MB at 100,000 articles). It is read once per
// version of the archive, in one read transaction, through indexes only.
type facetIndex struct {
	generation int64
	day        []int32  // YYYYMMDD; 0 undated; -1 no article with this id
	month      []int32  // 1 + the index of its YYYYMM in months; 0 undated
	months     []int32  // every YYYYMM an article falls in, in order
	outlet     []int32  // outlet id; 0 none
	tagAt      []uint32 // tags of id are tags[tagAt[id]:tagAt[id+1]]
	tags       []int32
	authorAt   []uint32
	authors    []int32
	maxTag     int32
	maxAuthor  int32
	maxOutlet  int32
	articles   int // ids with an article

	// whole is every article's tally, made when a listing first needs it
	// (see facetsOfScope).
	wholeOnce sync.Once
	whole     *tally

	// lists are the facets of listings counted from this index (see
	// ListFacets), shared read-only like archiveFacets'.
	listMu sync.Mutex
	lists  map[listKey]*Facets
}

// facetSlot keeps one open archive's facet index.
type facetSlot struct {
	mu  sync.Mutex // one load at a time
	idx *facetIndex
	// seen is 1 + the generation a request last read (State), 0 before
	// any; warmed is 1 + the last generation WarmFacets started a load
	// for; warming is set while that load runs.
	seen, warmed atomic.Int64
	warming      atomic.Bool
}

func (c *conn) facetIndex(ctx context.Context, generation int64) (*facetIndex, error) {
	c.facets.mu.Lock()
	defer c.facets.mu.Unlock()
	if fi := c.facets.idx; fi != nil && fi.generation == generation {
		return fi, nil
	}
	fi, err := loadFacetIndex(ctx, c.db)
	if err != nil {
		return nil, err
	}
	// When an import committed meanwhile, the index is of the newer
	// version: the next request asks for that one.
	c.facets.idx = fi
	return fi, nil
}

// sawGeneration notes the generation a request read, for WarmFacets.
func (c *conn) sawGeneration(gen int64) {
	if c.facets.seen.Load() != gen+1 {
		c.facets.seen.Store(gen + 1)
	}
}

// WarmFacets loads the facet index of the version of the archive that
// requests see now, in the background, unless a load for that version was
// started already: the first listing, tag page or search after a start or
// an import then finds it ready rather than waiting for it (446 ms for the
// first tag page at 100,000 articles, the next ones 1-5 ms). The server
// calls it after answering a request, so that the first answer after a
// start, often with the database not yet in the file cache, does not share
// the processor with the load.
//
// It costs two atomic loads when there is nothing to do. One load runs at
// a time (a request needing the index meanwhile waits for it rather than
// loading it too); Close stops it. Its error is dropped: a request that
// needs the index loads it again and reports what goes wrong.
func (r *Reader) WarmFacets() {
	c := r.conn()
	seen := c.facets.seen.Load()
	if seen == 0 || c.facets.warmed.Load() == seen || !c.facets.warming.CompareAndSwap(false, true) {
		return
	}
	c.facets.warmed.Store(seen)
	if !c.background(func(ctx context.Context) {
		defer c.facets.warming.Store(false)
		c.facetIndex(ctx, seen-1)
	}) {
		c.facets.warming.Store(false)
	}
}

// loadFacetIndex reads the index in one snapshot, through indexes only.
// Each query gives a row per outlet, day, tag or author with the ids of its
// articles as one string (group_concat), in the order of the index it
// walks, so SQLite turns one number a link into text and builds no string
// per row: at 100,000 articles and 322,000 tag links, a pair per link
// ("id,tag") cost 240 ms of CPU a load, most of it building those strings
// in SQLite and collecting the pairs in Go (see internal/bench/JOURNAL.md);
// scanning a row per link through database/sql cost several times more.
func loadFacetIndex(ctx context.Context, db *sql.DB) (*facetIndex, error) {
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("facet index: %w", err)
	}
	defer tx.Rollback()
	fi := &facetIndex{}
	var gen string
	var maxID sql.NullInt64
	if err := tx.QueryRowContext(ctx, `SELECT (SELECT value FROM meta WHERE key = 'generation'), (SELECT max(id) FROM articles)`).
		Scan(&gen, &maxID); err != nil {
		return nil, fmt.Errorf("facet index: %w", err)
	}
	fi.generation, _ = strconv.ParseInt(gen, 10, 64)
	n := int(maxID.Int64) + 1
	fi.day = make([]int32, n)
	fi.outlet = make([]int32, n)
	for i := range fi.day {
		fi.day[i] = -1
	}
	// Every article, by outlet (NULL, read as 0, for none).
	outlets, err := idGroups(ctx, tx, `SELECT outlet_id, group_concat(id) FROM articles INDEXED BY articles_outlet GROUP BY outlet_id`)
	if err != nil {
		return nil, err
	}
	for _, g := range outlets {
		for _, id := range g.ids {
			if int(id) < n {
				fi.day[id], fi.outlet[id] = 0, int32(g.key)
				fi.maxOutlet = max(fi.maxOutlet, int32(g.key))
				fi.articles++
			}
		}
	}
	days, err := idGroups(ctx, tx, `SELECT pub_day, group_concat(id) FROM articles INDEXED BY articles_day WHERE pub_day IS NOT NULL GROUP BY pub_day`)
	if err != nil {
		return nil, err
	}
	for _, g := range days {
		for _, id := range g.ids {
			if int(id) < n && fi.day[id] == 0 {
				fi.day[id] = int32(g.key)
			}
		}
	}
	// Months as small dense numbers, so that a tally counts them in a
	// slice: map increments were a third of a large tag's facets.
	fi.month = make([]int32, n)
	for _, g := range days {
		if ym := int32(g.key / 100); g.key > 0 && (len(fi.months) == 0 || fi.months[len(fi.months)-1] != ym) {
			fi.months = append(fi.months, ym)
		}
	}
	slices.Sort(fi.months)
	fi.months = slices.Compact(fi.months)
	for id, d := range fi.day {
		if d > 0 {
			k, _ := slices.BinarySearch(fi.months, d/100)
			fi.month[id] = int32(k + 1)
		}
	}
	// Links come by name: counted per article first, then placed.
	links := func(table, index, column string) ([]uint32, []int32, int32, error) {
		groups, err := idGroups(ctx, tx, `SELECT `+column+`, group_concat(article_id) FROM `+table+` INDEXED BY `+index+` GROUP BY `+column)
		if err != nil {
			return nil, nil, 0, err
		}
		at := make([]uint32, n+1)
		var top int32
		for _, g := range groups {
			for _, id := range g.ids {
				if int(id) < n {
					at[id+1]++
				}
			}
			top = max(top, int32(g.key))
		}
		for k := 1; k <= n; k++ {
			at[k] += at[k-1]
		}
		vals := make([]int32, at[n])
		next := slices.Clone(at[:n])
		for _, g := range groups {
			for _, id := range g.ids {
				if int(id) < n {
					vals[next[id]] = int32(g.key)
					next[id]++
				}
			}
		}
		return at, vals, top, nil
	}
	if fi.tagAt, fi.tags, fi.maxTag, err = links("article_tags", "article_tags_tag", "tag_id"); err != nil {
		return nil, err
	}
	if fi.authorAt, fi.authors, fi.maxAuthor, err = links("article_authors", "article_authors_author", "author_id"); err != nil {
		return nil, err
	}
	return fi, nil
}

// idGroup is one row of an idGroups query: a key (an outlet, a day, a tag,
// an author; 0 for NULL) and the ids of its articles.
type idGroup struct {
	key int64
	ids []uint32
}

// idGroups runs query, whose rows are a key and a comma-separated list of
// ids, and parses the lists into one array shared by the groups.
func idGroups(ctx context.Context, tx *sql.Tx, query string) ([]idGroup, error) {
	rows, err := tx.QueryContext(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("facet index: %w", err)
	}
	defer rows.Close()
	var keys []int64
	var lists []string
	size := 0
	for rows.Next() {
		var key sql.NullInt64
		var list string
		if err := rows.Scan(&key, &list); err != nil {
			return nil, fmt.Errorf("facet index: %w", err)
		}
		keys, lists = append(keys, key.Int64), append(lists, list)
		size += strings.Count(list, ",") + 1
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("facet index: %w", err)
	}
	all := make([]uint32, 0, size)
	groups := make([]idGroup, len(keys))
	for i, list := range lists {
		from := len(all)
		var err error
		if all, err = appendIDs(all, list); err != nil {
			return nil, err
		}
		groups[i] = idGroup{key: keys[i], ids: all[from:len(all):len(all)]}
	}
	return groups, nil
}

// appendIDs appends the numbers of "1,22,333" to ids. Written out rather
// than split and parsed with strconv: a third of a million numbers a load.
func appendIDs(ids []uint32, list string) ([]uint32, error) {
	var v uint64
	digits := 0
	for i := 0; i <= len(list); i++ {
		if i == len(list) || list[i] == ',' {
			if digits == 0 {
				if i == len(list) && len(list) == 0 {
					break
				}
				return nil, fmt.Errorf("facet index: empty number in %.40q", list)
			}
			ids = append(ids, uint32(v))
			v, digits = 0, 0
			continue
		}
		c := list[i] - '0'
		if c > 9 || digits == 10 {
			return nil, fmt.Errorf("facet index: not an id in %.40q", list)
		}
		v = v*10 + uint64(c)
		if v > math.MaxUint32 {
			return nil, fmt.Errorf("facet index: id out of range in %.40q", list)
		}
		digits++
	}
	return ids, nil
}

// facetScope is what a listing or a search without words selects: every
// article in all of sets and carrying all of names, within the days, or
// only undated ones.
type facetScope struct {
	sets           []*memberSet
	names          []scopeName
	fromDay, toDay int
	undated        bool
}

// scopeName is a tag, an author or an outlet by its id (-1 for a slug that
// names none), tested against the facet index itself.
type scopeName struct {
	kind Kind
	id   int32
}

func (n scopeName) heldBy(fi *facetIndex, id int64) bool {
	switch n.kind {
	case Tags:
		return slices.Contains(fi.tags[fi.tagAt[id]:fi.tagAt[id+1]], n.id)
	case Authors:
		return slices.Contains(fi.authors[fi.authorAt[id]:fi.authorAt[id+1]], n.id)
	default:
		return fi.outlet[id] == n.id
	}
}

func (sc facetScope) has(fi *facetIndex, id int64) bool {
	d := fi.day[id]
	if d < 0 {
		return false
	}
	if sc.undated && d != 0 {
		return false
	}
	if (sc.fromDay != 0 || sc.toDay != 0) && d == 0 {
		return false
	}
	if sc.fromDay != 0 && int(d) < sc.fromDay || sc.toDay != 0 && int(d) > sc.toDay {
		return false
	}
	for _, s := range sc.sets {
		if !s.has(id) {
			return false
		}
	}
	for _, n := range sc.names {
		if !n.heldBy(fi, id) {
			return false
		}
	}
	return true
}

// tally counts ids by month, outlet, author and tag.
type tally struct {
	n                      int
	months                 []int32 // by fi.month: [0] is the undated
	outlets, authors, tags []int32
}

func newTally(fi *facetIndex) *tally {
	return &tally{months: make([]int32, len(fi.months)+1),
		outlets: make([]int32, fi.maxOutlet+1), authors: make([]int32, fi.maxAuthor+1), tags: make([]int32, fi.maxTag+1)}
}

func (t *tally) add(fi *facetIndex, id int64) {
	if fi.day[id] < 0 {
		return // deleted since the ids were read
	}
	t.n++
	t.months[fi.month[id]]++
	if o := fi.outlet[id]; o > 0 {
		t.outlets[o]++
	}
	for _, a := range fi.authors[fi.authorAt[id]:fi.authorAt[id+1]] {
		t.authors[a]++
	}
	for _, g := range fi.tags[fi.tagAt[id]:fi.tagAt[id+1]] {
		t.tags[g]++
	}
}

// minus is what t counts beyond u, u counting a subset of t's ids.
func (t *tally) minus(u *tally) *tally {
	d := &tally{n: t.n - u.n}
	sub := func(a, b []int32) []int32 {
		out := make([]int32, len(a))
		for i := range a {
			out[i] = a[i] - b[i]
		}
		return out
	}
	d.months, d.outlets, d.authors, d.tags = sub(t.months, u.months), sub(t.outlets, u.outlets), sub(t.authors, u.authors), sub(t.tags, u.tags)
	return d
}

// wholeTally counts every article of the index, once per index.
func (fi *facetIndex) wholeTally() *tally {
	fi.wholeOnce.Do(func() {
		t := newTally(fi)
		for id := range int64(len(fi.day)) {
			t.add(fi, id)
		}
		fi.whole = t
	})
	return fi.whole
}

// currentFacetIndex is the facet index of the archive's generation now,
// and that generation.
func (r *Reader) currentFacetIndex(ctx context.Context) (int64, *facetIndex, error) {
	st, err := r.State(ctx)
	if err != nil {
		return 0, nil, err
	}
	fi, err := r.conn().facetIndex(ctx, st.Generation)
	return st.Generation, fi, err
}

// facetsOfScope counts every article of the index that sc selects: exact.
func (r *Reader) facetsOfScope(ctx context.Context, sc facetScope, opt FacetOptions) (*Facets, error) {
	if len(sc.sets) == 0 && sc.fromDay == 0 && sc.toDay == 0 && !sc.undated {
		return r.archiveFacets(ctx, opt)
	}
	_, fi, err := r.currentFacetIndex(ctx)
	if err != nil {
		return nil, err
	}
	return r.facetsOf(ctx, fi, scopeTally(fi, sc), 1, opt)
}

// scopeTally counts what sc selects, walking as few ids as it can: the
// smallest set's members rather than every id; and when one name holds
// most of the archive (the largest tag's page), the articles it does not
// hold, taken from the whole archive's tally: a tag on 81% of 100,000
// articles took 4.6 ms counted directly.
func scopeTally(fi *facetIndex, sc facetScope) *tally {
	t := newTally(fi)
	if len(sc.names) > 0 && len(sc.sets) == 0 {
		return namesTally(fi, sc, t)
	}
	if len(sc.sets) == 0 {
		for id := range int64(len(fi.day)) {
			if sc.has(fi, id) {
				t.add(fi, id)
			}
		}
		return t
	}
	small := sc.sets[0]
	for _, s := range sc.sets[1:] {
		if s.count() < small.count() {
			small = s
		}
	}
	if len(sc.sets) == 1 && sc.fromDay == 0 && sc.toDay == 0 && !sc.undated && 2*small.count() > fi.articles {
		small.eachOutside(int64(len(fi.day)), func(id int64) { t.add(fi, id) })
		return fi.wholeTally().minus(t)
	}
	small.each(func(id int64) {
		if id >= 0 && id < int64(len(fi.day)) && sc.has(fi, id) {
			t.add(fi, id)
		}
	})
	return t
}

// namesTally is scopeTally for names tested against the index: one walk
// to find what sc selects, then a count of the articles it selects, or,
// when one name holds most of the archive, of those it does not, taken
// from the whole archive's tally.
func namesTally(fi *facetIndex, sc facetScope, t *tally) *tally {
	var selected []int64
	for id := range int64(len(fi.day)) {
		if sc.has(fi, id) {
			selected = append(selected, id)
		}
	}
	if len(sc.names) > 1 || sc.fromDay != 0 || sc.toDay != 0 || sc.undated || 2*len(selected) <= fi.articles {
		for _, id := range selected {
			t.add(fi, id)
		}
		return t
	}
	next := 0
	for id := range int64(len(fi.day)) {
		if next < len(selected) && selected[next] == id {
			next++
			continue
		}
		t.add(fi, id)
	}
	return fi.wholeTally().minus(t)
}

// facetsOfIDs counts the matches of a search, given as ids in descending
// order. When capped, they are the most recently added CountCap+1 matches;
// the total is then estimated from the share of the archive's articles
// whose ids they span (ids are given in import order, which says nothing
// of what an article is about).
func (r *Reader) facetsOfIDs(ctx context.Context, ids []int64, capped bool, opt FacetOptions) (*Facets, error) {
	_, fi, err := r.currentFacetIndex(ctx)
	if err != nil {
		return nil, err
	}
	t := newTally(fi)
	for _, id := range ids {
		if id >= 0 && id < int64(len(fi.day)) {
			t.add(fi, id)
		}
	}
	scale := 1.0
	if capped && len(ids) > 0 {
		low := ids[len(ids)-1]
		spanned := 0
		for id := low; id < int64(len(fi.day)); id++ {
			if fi.day[id] >= 0 {
				spanned++
			}
		}
		if spanned > 0 {
			scale = float64(fi.articles) / float64(spanned)
		}
	}
	f, err := r.facetsOf(ctx, fi, t, scale, opt)
	if err == nil && capped {
		f.About = true
	}
	return f, err
}

// facetsOf turns a tally into Facets, scaling every count.
func (r *Reader) facetsOf(ctx context.Context, fi *facetIndex, t *tally, scale float64, opt FacetOptions) (*Facets, error) {
	sc := func(n int) int { return int(math.Round(float64(n) * scale)) }
	f := &Facets{Total: sc(t.n), Undated: sc(int(t.months[0]))}
	years := map[int32]int{}
	for k, n := range t.months[1:] {
		if n > 0 {
			years[fi.months[k]/100] += int(n)
		}
	}
	if len(years) == 1 {
		f.ByMonth = true
		for k, n := range t.months[1:] {
			if ym := fi.months[k]; n > 0 {
				f.Periods = append(f.Periods, PeriodCount{Year: int(ym / 100), Month: int(ym % 100), Count: sc(int(n))})
			}
		}
	} else {
		for y, n := range years {
			f.Periods = append(f.Periods, PeriodCount{Year: int(y), Count: sc(n)})
		}
	}
	slices.SortFunc(f.Periods, func(a, b PeriodCount) int { return (b.Year*100 + b.Month) - (a.Year*100 + a.Month) })
	var err error
	for _, g := range []struct {
		kind   Kind
		counts []int32
		out    *FacetGroup
	}{{Outlets, t.outlets, &f.Outlets}, {Authors, t.authors, &f.Authors}, {Tags, t.tags, &f.Tags}} {
		if *g.out, err = r.topNames(ctx, g.kind, g.counts, opt.limit(g.kind), sc); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// topNames picks the limit most counted ids of kind (ties: the older name
// first) and reads their names.
func (r *Reader) topNames(ctx context.Context, kind Kind, counts []int32, limit int, scale func(int) int) (FacetGroup, error) {
	// The top few of thousands of names: kept in a small sorted slice as
	// the counts are walked, rather than sorting every counted name.
	type idCount struct {
		id int64
		n  int32
	}
	before := func(a, b idCount) bool { return a.n > b.n || a.n == b.n && a.id < b.id }
	var all []idCount
	var g FacetGroup
	for id, n := range counts {
		if n <= 0 {
			continue
		}
		x := idCount{int64(id), n}
		if len(all) == limit {
			g.More++
			if limit == 0 || !before(x, all[limit-1]) {
				continue
			}
			all = all[:limit-1]
		}
		i, _ := slices.BinarySearchFunc(all, x, func(a, b idCount) int {
			if before(a, b) {
				return -1
			}
			return 1
		})
		all = slices.Insert(all, i, x)
	}
	if len(all) == 0 {
		return g, nil
	}
	ids := make([]int64, len(all))
	for i, x := range all {
		ids[i] = x.id
	}
	rows, err := r.conn().QueryContext(ctx, `SELECT id, name, slug FROM `+kind.table()+` WHERE id IN `+idSet, idList(ids))
	if err != nil {
		return g, fmt.Errorf("facet names: %w", err)
	}
	defer rows.Close()
	names := map[int64]Named{}
	for rows.Next() {
		var id int64
		var n Named
		if err := rows.Scan(&id, &n.Name, &n.Slug); err != nil {
			return g, fmt.Errorf("facet names: %w", err)
		}
		names[id] = n
	}
	if err := rows.Err(); err != nil {
		return g, fmt.Errorf("facet names: %w", err)
	}
	for _, x := range all {
		if n, ok := names[x.id]; ok {
			n.Count = scale(int(x.n))
			g.Top = append(g.Top, n)
		}
	}
	return g, nil
}

// ListFacets counts the articles of a listing (every article, one tag's,
// author's or outlet's, a period's, or the undated ones): always exact.
//
// Every page of a listing shows the same facets, so they are kept with the
// facet index they were counted from and go with it when an import makes a
// new one: a crawler or a reader paging through the largest tag's 4,800
// pages counted them once (0.6 ms a page at 100,000 articles, a quarter
// of the page) instead of on each page.
func (r *Reader) ListFacets(ctx context.Context, q ListQuery, opt FacetOptions) (*Facets, error) {
	key := listKey{q.Tag, q.Author, q.Outlet, q.Year, q.Month, q.Day, q.Undated, opt}
	if key == (listKey{opt: opt}) {
		return r.archiveFacets(ctx, opt)
	}
	gen, fi, err := r.currentFacetIndex(ctx)
	if err != nil {
		return nil, err
	}
	if f := fi.listed(key); f != nil {
		return f, nil
	}
	sc := facetScope{undated: q.Undated}
	var fewest int
	if fi.generation == gen {
		if sc.names, fewest, err = r.nameIDs(ctx, q); err != nil {
			return nil, err
		}
	}
	// A name on many articles is tested in the index, which holds every
	// article's names, rather than read as a member set: reading a large
	// one was most of a large tag's first page once the index was loaded
	// (100 of 130 ms of CPU for a tag on 81,000 of 100,000 articles), and
	// every request that came while the first read it read it too.
	// A walk of the index (1.5-3.6 ms of CPU at 100,000 articles) costs
	// about what reading the set of a name on a twentieth of the archive
	// does; smaller sets are read (see internal/bench/JOURNAL.md).
	if len(sc.names) == 0 || fewest < fi.articles/20 {
		sc.names = nil
		sets, err := r.holdFilters(ctx, SearchQuery{Tag: q.Tag, Author: q.Author, Outlet: q.Outlet})
		if err != nil {
			return nil, err
		}
		defer sets.release()
		sc.sets = sets
	}
	if q.Year != 0 {
		sc.fromDay, sc.toDay = periodDays(q.Year, q.Month, q.Day)
	}
	f, err := r.facetsOf(ctx, fi, scopeTally(fi, sc), 1, opt)
	if err != nil {
		return nil, err
	}
	// The member sets and the names' ids are of gen: kept only when the
	// index is of the same generation.
	if fi.generation == gen {
		fi.keepListed(key, f)
	}
	return f, nil
}

// nameIDs are the names a listing filters by, by id, and the fewest
// articles one of them has.
func (r *Reader) nameIDs(ctx context.Context, q ListQuery) ([]scopeName, int, error) {
	var out []scopeName
	fewest := math.MaxInt
	for _, n := range [3]struct {
		kind Kind
		slug string
	}{{Tags, q.Tag}, {Authors, q.Author}, {Outlets, q.Outlet}} {
		if n.slug == "" {
			continue
		}
		id, count := int32(-1), 0
		err := r.conn().QueryRowContext(ctx, `SELECT id, article_count FROM `+n.kind.table()+` WHERE slug = ?`, n.slug).Scan(&id, &count)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return nil, 0, fmt.Errorf("read %s %q: %w", n.kind.Singular(), n.slug, err)
		}
		out = append(out, scopeName{n.kind, id})
		fewest = min(fewest, count)
	}
	return out, fewest, nil
}

// listKey is what a listing's facets depend on within one generation.
type listKey struct {
	tag, author, outlet string
	year, month, day    int
	undated             bool
	opt                 FacetOptions
}

// maxListed bounds the listings' facets kept per index: a few KB each.
const maxListed = 512

func (fi *facetIndex) listed(k listKey) *Facets {
	fi.listMu.Lock()
	defer fi.listMu.Unlock()
	return fi.lists[k]
}

func (fi *facetIndex) keepListed(k listKey, f *Facets) {
	fi.listMu.Lock()
	defer fi.listMu.Unlock()
	if fi.lists == nil || len(fi.lists) >= maxListed {
		fi.lists = map[listKey]*Facets{}
	}
	fi.lists[k] = f
}

// periodDays is the first and last YYYYMMDD of a year, a month or a day.
func periodDays(year, month, day int) (int, int) {
	lo, hi := year*10000, year*10000+9999
	if month != 0 {
		lo, hi = lo+month*100, lo+month*100+99
		if day != 0 {
			lo, hi = lo+day, lo+day
		}
	}
	return lo, hi
}

// archiveFacets counts the whole archive (the home page's facets) from the
// counts the importer keeps and one walk of the dated articles' index,
// without the facet index: reading that (every article's day, outlet,
// authors and tags) on the first request after a start is what made the
// first answer slow (615 ms for the first home page at 10,000 articles).
// Exact, as the kept counts are.
//
// They change only with an import, and every listing page of the archive
// (home, ?page=N) shows them: made once per generation and options, and
// shared read-only; they were a fifth of an uncached home page.
func (r *Reader) archiveFacets(ctx context.Context, opt FacetOptions) (*Facets, error) {
	st, err := r.State(ctx)
	if err != nil {
		return nil, err
	}
	slot := &r.conn().whole
	slot.mu.Lock()
	f := slot.facets[opt]
	if slot.gen != st.Generation {
		f = nil
	}
	slot.mu.Unlock()
	if f != nil {
		return f, nil
	}
	if f, err = r.countArchiveFacets(ctx, opt); err != nil {
		return nil, err
	}
	slot.mu.Lock()
	defer slot.mu.Unlock()
	// Kept only with the month counts of the same generation, which the
	// count above read or made.
	if slot.gen == st.Generation {
		if slot.facets == nil || len(slot.facets) >= 16 {
			slot.facets = map[FacetOptions]*Facets{}
		}
		slot.facets[opt] = f
	}
	return f, nil
}

func (r *Reader) countArchiveFacets(ctx context.Context, opt FacetOptions) (*Facets, error) {
	articles, undated, err := r.Counts(ctx)
	if err != nil {
		return nil, err
	}
	f := &Facets{Total: articles, Undated: undated}
	months, err := r.monthCounts(ctx)
	if err != nil {
		return nil, err
	}
	years := map[int]int{}
	for ym, n := range months {
		years[ym/100] += n
	}
	if len(years) == 1 {
		f.ByMonth = true
		for ym, n := range months {
			f.Periods = append(f.Periods, PeriodCount{Year: ym / 100, Month: ym % 100, Count: n})
		}
	} else {
		for y, n := range years {
			f.Periods = append(f.Periods, PeriodCount{Year: y, Count: n})
		}
	}
	slices.SortFunc(f.Periods, func(a, b PeriodCount) int { return (b.Year*100 + b.Month) - (a.Year*100 + a.Month) })
	for _, g := range []struct {
		kind Kind
		out  *FacetGroup
	}{{Outlets, &f.Outlets}, {Authors, &f.Authors}, {Tags, &f.Tags}} {
		limit := opt.limit(g.kind)
		// Most articles first, the older name first among equals, as
		// topNames orders them.
		rows, err := r.conn().QueryContext(ctx, `SELECT name, slug, article_count FROM `+g.kind.table()+
			` WHERE article_count > 0 ORDER BY article_count DESC, id LIMIT ?`, limit)
		if err != nil {
			return nil, fmt.Errorf("facets: %w", err)
		}
		top, err := scanNames(rows)
		if err != nil {
			return nil, fmt.Errorf("facets: %w", err)
		}
		var all int
		if err := r.conn().QueryRowContext(ctx, `SELECT count(*) FROM `+g.kind.table()+` WHERE article_count > 0`).Scan(&all); err != nil {
			return nil, fmt.Errorf("facets: %w", err)
		}
		g.out.Top, g.out.More = top, max(0, all-len(top))
	}
	return f, nil
}

// monthCounts is the number of dated articles per month (YYYYMM) of the
// whole archive. The walk of the dated articles' index behind it was 97% of
// an uncached home or listing page (30 ms at 100,000 articles, pprof), for
// counts that change only with an import; so it is made once per
// generation of the archive and shared, read-only, by the pages after.
func (r *Reader) monthCounts(ctx context.Context) (map[int]int, error) {
	st, err := r.State(ctx)
	if err != nil {
		return nil, err
	}
	mc := &r.conn().whole
	mc.mu.Lock()
	defer mc.mu.Unlock()
	if mc.counts != nil && mc.gen == st.Generation {
		return mc.counts, nil
	}
	rows, err := r.conn().QueryContext(ctx, `SELECT pub_day / 100, count(*) FROM articles INDEXED BY articles_day
		WHERE pub_day IS NOT NULL GROUP BY pub_day / 100`)
	if err != nil {
		return nil, fmt.Errorf("facets: %w", err)
	}
	defer rows.Close()
	months := map[int]int{}
	for rows.Next() {
		var ym, n int
		if err := rows.Scan(&ym, &n); err != nil {
			return nil, fmt.Errorf("facets: %w", err)
		}
		months[ym] += n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("facets: %w", err)
	}
	mc.gen, mc.counts, mc.facets = st.Generation, months, nil
	return months, nil
}

// wholeSlot keeps one open archive's monthCounts and archiveFacets, and the
// generation they were counted at.
type wholeSlot struct {
	mu     sync.Mutex
	gen    int64
	counts map[int]int
	facets map[FacetOptions]*Facets
}
