package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"sync"
)

// FTS5's bm25, computed in Go from what it reads: the words index's row
// count and mean length, per phrase of the query its number of articles
// (its IDF) and its instances in an article, and the article's length in
// tokens. The pairs index (pairs.go) and searches of words and prefixes
// (wordrank.go) are ranked with it, in FTS5's order to the last bit.

// bm25 weights of the columns (the rank set on articles_fts by the
// migrations) and FTS5's constants.
var columnWeights = map[string]float64{"title": 10, "dek": 3, "body_text": 1, "authors_text": 4, "tags_text": 4}

const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// bm25Ranker holds what bm25 needs for a query: per phrase its IDF, and
// the words index's row count and mean length.
type bm25Ranker struct {
	idf   []float64
	nRow  int64
	avgdl float64
	hits  int64 // the phrases' articles, added up (but those of common)
	// common marks the phrases in half the articles or more, which the
	// caller does not read (wordbound.go); nil when there are none.
	common []bool
}

// bm25RankerFor reads the words index's totals and counts each phrase's
// articles in table (exprs are the phrases' FTS5 expressions, in FTS5's
// order). ok is false when a phrase occurs in more than bound articles,
// unless keepCommon and it occurs in half the articles or more while
// another phrase does not: such a phrase is marked common.
func (r *Reader) bm25RankerFor(ctx context.Context, table string, exprs []string, bound int, keepCommon bool) (pr bm25Ranker, ok bool, err error) {
	if pr, ok, err = r.indexTotals(ctx, ftsWords); err != nil || !ok {
		return pr, false, err
	}
	st, err := r.State(ctx)
	if err != nil {
		return pr, false, err
	}
	for _, e := range exprs {
		hits, err := r.phraseCount(ctx, st.Generation, table, e, bound)
		if err != nil {
			return pr, false, err
		}
		if hits > pr.nRow {
			// The totals and this count come from separate statements,
			// and an import committed between them: rank with FTS5, whose
			// one statement sees one version of the archive (ln of a
			// negative ratio would otherwise fail the search).
			return pr, false, nil
		}
		if hits > int64(bound) {
			if !keepCommon {
				return pr, false, nil
			}
			// FTS5 gives a phrase in half the articles or more the
			// least IDF, 1e-6 (its formula would make it negative).
			half := (pr.nRow + 1) / 2
			if hits, err = r.phraseCount(ctx, st.Generation, table, e, int(half-1)); err != nil {
				return pr, false, err
			}
			if hits < half {
				return pr, false, nil
			}
			if pr.common == nil {
				pr.common = make([]bool, len(exprs))
			}
			pr.common[len(pr.idf)] = true
			pr.idf = append(pr.idf, 1e-6)
			continue
		}
		idf, err := r.idf(ctx, pr.nRow, hits)
		if err != nil {
			return pr, false, err
		}
		pr.idf = append(pr.idf, idf)
		pr.hits += hits
	}
	if pr.common != nil && !slices.Contains(pr.common, false) {
		return pr, false, nil
	}
	return pr, true, nil
}

// indexTotals reads the row count and mean length (in tokens) of the
// full-text table named table, as its bm25 does; ok is false when it is
// empty.
func (r *Reader) indexTotals(ctx context.Context, table string) (pr bm25Ranker, ok bool, err error) {
	var blob []byte
	if err := r.conn().QueryRowContext(ctx, `SELECT block FROM `+table+`_data WHERE id = 1`).Scan(&blob); err != nil {
		return pr, false, fmt.Errorf("search totals: %w", err)
	}
	// FTS5's averages record: the row count, then each column's number
	// of tokens, as SQLite varints.
	n, k := sqliteVarint(blob)
	pr.nRow = int64(n)
	tokens := varintSum(blob[k:])
	if pr.nRow == 0 || k == 0 {
		return pr, false, nil
	}
	pr.avgdl = float64(int64(tokens)) / float64(pr.nRow)
	return pr, true, nil
}

// idf is FTS5's IDF of a phrase in hits of nRow articles: the least,
// 1e-6, for a phrase in half of them or more (its formula would make it
// negative).
func (r *Reader) idf(ctx context.Context, nRow, hits int64) (float64, error) {
	// ln from SQLite, so that the IDF is the very double its bm25
	// computes (the C library's log, not Go's).
	var idf float64
	arg := (float64(nRow-hits) + 0.5) / (float64(hits) + 0.5)
	if err := r.conn().QueryRowContext(ctx, `SELECT ln(?)`, arg).Scan(&idf); err != nil {
		return 0, fmt.Errorf("idf: %w", err)
	}
	if idf <= 0 {
		idf = 1e-6
	}
	return idf, nil
}

// phraseCounts keeps, for one generation of the archive, how many articles
// each phrase is in (up to a bound and one more): FTS5's bm25 counts every
// phrase of the query over the whole archive on each search, and a search
// that turns out too common to be ranked here has counted its common word
// up to the bound for nothing. Bounded, and emptied whole when full.
type phraseCounts struct {
	mu  sync.Mutex
	gen int64
	m   map[phraseKey]int64
}

type phraseKey struct {
	table, expr string
	bound       int
}

const phraseCountsMax = 1 << 14

// phraseCount returns how many articles of table match expr, or bound+1
// when more do.
func (r *Reader) phraseCount(ctx context.Context, gen int64, table, expr string, bound int) (int64, error) {
	c := &r.conn().phrases
	key := phraseKey{table, expr, bound}
	c.mu.Lock()
	if c.m == nil || c.gen != gen || len(c.m) >= phraseCountsMax {
		c.gen, c.m = gen, map[phraseKey]int64{}
	}
	n, ok := c.m[key]
	c.mu.Unlock()
	if ok {
		return n, nil
	}
	if err := r.conn().QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM `+table+` WHERE `+table+` MATCH ? LIMIT ?)`,
		expr, bound+1).Scan(&n); err != nil {
		return 0, fmt.Errorf("count phrase: %w", err)
	}
	c.mu.Lock()
	if c.gen == gen {
		c.m[key] = n
	}
	c.mu.Unlock()
	return n, nil
}

// score is bm25 of an article of length d (in tokens) in which phrase i
// has the weighted number of instances freq[i]: the operations of FTS5's
// fts5Bm25Function, one rounding at a time (the conversions keep Go from
// fusing a multiply and an add, which C does not do here). Phrases past
// freq (those of a NOT, never in a match) add nothing.
func (pr bm25Ranker) score(freq []float64, d float64) float64 {
	norm := pr.norm(d)
	score := 0.0
	for i, f := range freq {
		score += float64(pr.idf[i] * float64(float64(f*(bm25K1+1.0))/float64(f+norm)))
	}
	return -1.0 * score
}

// norm is the part of bm25's denominator that an article's length d
// makes, as FTS5 computes it.
func (pr bm25Ranker) norm(d float64) float64 {
	return float64(bm25K1 * float64(float64(1-bm25B)+float64(float64(bm25B*d)/pr.avgdl)))
}

// sqliteVarint decodes one of SQLite's varints (big-endian groups of
// seven bits, the ninth byte whole), returning the value and its length.
func sqliteVarint(b []byte) (uint64, int) {
	var v uint64
	for i := 0; i < len(b) && i < 9; i++ {
		if i == 8 {
			return v<<8 | uint64(b[i]), 9
		}
		v = v<<7 | uint64(b[i]&0x7f)
		if b[i] < 0x80 {
			return v, i + 1
		}
	}
	return v, 0
}

// varintSum adds up the varints of b: an article's length in tokens from
// its per-column lengths (articles_fts_docsize), or the archive's.
func varintSum(b []byte) uint64 {
	var sum uint64
	for len(b) > 0 {
		v, n := sqliteVarint(b)
		if n == 0 {
			break
		}
		sum += v
		b = b[n:]
	}
	return sum
}

// scored is a candidate with its bm25 score (negative: lower is better,
// as FTS5's rank).
type scored struct {
	id    int64
	score float64
}

// rankPage sorts s as FTS5 sorts by rank (equal scores oldest first, or,
// among a capped search's newest matches, newest first) and returns the
// ids of one page.
func rankPage(s []scored, newestFirst bool, offset, limit int) []int64 {
	before := func(a, b scored) int {
		switch {
		case a.score < b.score:
			return -1
		case a.score > b.score:
			return 1
		case newestFirst:
			return cmp.Compare(b.id, a.id)
		}
		return cmp.Compare(a.id, b.id)
	}
	if k := offset + limit; k > 0 && k < len(s)/8 {
		// The first pages: the best k kept in order as the matches
		// go by (few of them enter once the first are in) instead of
		// sorting thousands.
		top := make([]scored, 0, k+1)
		for _, x := range s {
			if len(top) == k && before(x, top[k-1]) >= 0 {
				continue
			}
			i, _ := slices.BinarySearchFunc(top, x, before)
			top = slices.Insert(top, i, x)
			if len(top) > k {
				top = top[:k]
			}
		}
		s = top
	} else {
		slices.SortFunc(s, before)
	}
	var page []int64
	for i := offset; i < len(s) && i < offset+limit; i++ {
		page = append(page, s[i].id)
	}
	return page
}

// lengthSlot keeps every article's length in the words index (its
// tokens, all columns), indexed by id, for one generation of the archive:
// FTS5's bm25 reads a match's length from articles_fts_docsize row by row
// (a B-tree lookup through a statement each time, three quarters of
// bm25's cost, a third of a search for a word in 9% of 100,000 articles).
// 4 bytes an article; read whole (about 50 ms at 100,000 articles) on the
// first ranked search of a generation.
type lengthSlot struct {
	mu      sync.Mutex
	gen     int64
	lengths []uint32
}

// articleLengths returns the lengths of the archive's generation gen.
func (r *Reader) articleLengths(ctx context.Context, gen int64) ([]uint32, error) {
	return r.indexLengths(ctx, ftsWords, gen)
}

// indexLengths returns every article's length in the full-text table
// named table (the words or the pairs index) in the generation gen.
func (r *Reader) indexLengths(ctx context.Context, table string, gen int64) ([]uint32, error) {
	slot := &r.conn().lengths
	if table == ftsPairs {
		slot = &r.conn().pairLengths
	}
	slot.mu.Lock()
	defer slot.mu.Unlock()
	if slot.lengths != nil && slot.gen == gen {
		return slot.lengths, nil
	}
	rows, err := r.conn().QueryContext(ctx, `SELECT id, sz FROM `+table+`_docsize ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("article lengths: %w", err)
	}
	defer rows.Close()
	lengths := make([]uint32, 0, 1024)
	for rows.Next() {
		var id int64
		var sz sql.RawBytes
		if err := rows.Scan(&id, &sz); err != nil {
			return nil, fmt.Errorf("article lengths: %w", err)
		}
		if id < 0 || id > 1<<32 {
			return nil, fmt.Errorf("article lengths: id %d out of range", id)
		}
		for int64(len(lengths)) <= id {
			lengths = append(lengths, 0)
		}
		lengths[id] = uint32(varintSum(sz))
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("article lengths: %w", err)
	}
	slot.gen, slot.lengths = gen, lengths
	return lengths, nil
}
