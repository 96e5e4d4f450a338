package store

import (
	"context"
	"fmt"
	"slices"

	"github.com/morgue-archive/morgue/internal/search"
)

// SetCountCap lowers the result-count bound of r, so that tests can reach
// it with a handful of articles.
func SetCountCap(r *Reader, n int) { r.capOverride = n }

// SetCheckpointAt lowers the log size at which background checkpoints run,
// so that tests reach it with a few articles.
func SetCheckpointAt(n int64) func() {
	old := checkpointAt
	checkpointAt = n
	return func() { checkpointAt = old }
}

// PairScores returns the bm25 scores the pairs index gives the matches of
// q, and false when q is not a query of pairs (or one too common for it).
func PairScores(r *Reader, q search.Query) (map[int64]float64, bool, error) {
	ctx := context.Background()
	pq, ok := pairsOf(q)
	if !ok {
		return nil, false, nil
	}
	pr, ok, err := r.pairRankerFor(ctx, pq)
	if err != nil || !ok {
		return nil, false, err
	}
	return scoresOf(r, ftsPairs, pq.expr, func(ids []int64) ([]scored, bool, error) {
		s, err := r.rankPairs(ctx, pq, pr, ids)
		return s, err == nil, err
	})
}

// PairBM25Scores returns the bm25 scores that FTS5's bm25 over the pairs
// index gives the matches of q, brought back to the words index's
// (paircommon.go), and false when q is not one phrase of pairs or a score
// does not check out.
func PairBM25Scores(r *Reader, q search.Query) (map[int64]float64, bool, error) {
	pq, ok := pairsOf(q)
	if !ok || !pq.onePhrase() {
		return nil, false, nil
	}
	return scoresOf(r, ftsPairs, pq.expr, func([]int64) ([]scored, bool, error) {
		return r.pairBM25Scores(context.Background(), SearchQuery{Query: q}, nil, pq)
	})
}

// WordScores returns the bm25 scores a search of words and prefixes gives
// the matches of q here, and false when q is not such a search (or one too
// common for it, or one this package reads otherwise than FTS5).
func WordScores(r *Reader, q search.Query) (map[int64]float64, bool, error) {
	ctx := context.Background()
	wq, ok := wordsOf(q)
	if !ok {
		return nil, false, nil
	}
	wr, ok, err := r.wordRankerFor(ctx, wq)
	if err != nil || !ok {
		return nil, false, err
	}
	return scoresOf(r, ftsWords, MatchExpr(q), func(ids []int64) ([]scored, bool, error) {
		return r.rankWords(ctx, wq, wr, ids)
	})
}

// scoresOf scores every match of expr in table with rank.
func scoresOf(r *Reader, table, expr string, rank func([]int64) ([]scored, bool, error)) (map[int64]float64, bool, error) {
	var list string
	if err := r.conn().QueryRowContext(context.Background(), `SELECT coalesce(group_concat(rowid), '') FROM `+table+` WHERE `+table+` MATCH ?`, expr).Scan(&list); err != nil {
		return nil, false, err
	}
	ids, err := parseIDs(list)
	if err != nil {
		return nil, false, err
	}
	s, ok, err := rank(ids)
	if err != nil || !ok {
		return nil, false, err
	}
	out := map[int64]float64{}
	for _, x := range s {
		out[x.id] = x.score
	}
	return out, true, nil
}

// BoundedScores returns the bm25 scores rankBounded gives the matches of
// q that may be among the best k, and false when q is not a search of
// words beside a word in half the articles or more (or one it leaves to
// FTS5).
func BoundedScores(r *Reader, q search.Query, k int) (map[int64]float64, bool, error) {
	ctx := context.Background()
	wq, ok := wordsOf(q)
	if !ok {
		return nil, false, nil
	}
	wr, ok, err := r.wordRankerFor(ctx, wq)
	if err != nil || !ok || wr.common == nil {
		return nil, false, err
	}
	return scoresOf(r, ftsWords, MatchExpr(q), func(ids []int64) ([]scored, bool, error) {
		return r.rankBounded(ctx, wq, wr, ids, k)
	})
}

// CountWordAs makes r take n as the number of articles matching the word
// query q in the current version of the archive, as a count read just
// after an import committed more articles would.
func CountWordAs(r *Reader, q search.Query, n int64) error {
	ctx := context.Background()
	wq, ok := wordsOf(q)
	if !ok {
		return fmt.Errorf("%v is not a query of words", q)
	}
	st, err := r.State(ctx)
	if err != nil {
		return err
	}
	for _, e := range wq.exprs {
		if _, err := r.phraseCount(ctx, st.Generation, ftsWords, e, wordRankShare*r.countCap()); err != nil {
			return err
		}
		c := &r.conn().phrases
		c.mu.Lock()
		c.m[phraseKey{ftsWords, e, wordRankShare * r.countCap()}] = n
		c.mu.Unlock()
	}
	return nil
}

// FacetIndexLoaded is the generation of the facet index r holds, and
// whether it holds one; WarmingFacets whether a background load runs.
func FacetIndexLoaded(r *Reader) (int64, bool) {
	c := r.conn()
	c.facets.mu.Lock()
	defer c.facets.mu.Unlock()
	if c.facets.idx == nil {
		return 0, false
	}
	return c.facets.idx.generation, true
}

func WarmingFacets(r *Reader) bool { return r.conn().facets.warming.Load() }

// CheckFacetIndex loads r's facet index as the reader does and compares it
// with one read the plain way, a row per article and per link: nil when
// they hold the same.
func CheckFacetIndex(r *Reader) error {
	ctx := context.Background()
	db := r.conn().db
	got, err := loadFacetIndex(ctx, db)
	if err != nil {
		return err
	}
	var maxID int64
	if err := db.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM articles`).Scan(&maxID); err != nil {
		return err
	}
	n := int(maxID) + 1
	want := &facetIndex{generation: got.generation, day: make([]int32, n), outlet: make([]int32, n), month: make([]int32, n)}
	for i := range want.day {
		want.day[i] = -1
	}
	rows, err := db.QueryContext(ctx, `SELECT id, coalesce(outlet_id, 0), coalesce(pub_day, 0) FROM articles`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var id, outlet, day int64
		if err := rows.Scan(&id, &outlet, &day); err != nil {
			return err
		}
		want.day[id], want.outlet[id] = int32(day), int32(outlet)
		want.maxOutlet = max(want.maxOutlet, int32(outlet))
		want.articles++
		if day > 0 && !slices.Contains(want.months, int32(day/100)) {
			want.months = append(want.months, int32(day/100))
		}
	}
	if err := rows.Close(); err != nil {
		return err
	}
	slices.Sort(want.months)
	for id, d := range want.day {
		if d > 0 {
			want.month[id] = int32(slices.Index(want.months, d/100) + 1)
		}
	}
	links := func(table, column string) ([]uint32, []int32, int32, error) {
		at := make([]uint32, n+1)
		var vals []int32
		var top int32
		rows, err := db.QueryContext(ctx, `SELECT article_id, `+column+` FROM `+table+` ORDER BY article_id, `+column)
		if err != nil {
			return nil, nil, 0, err
		}
		defer rows.Close()
		for rows.Next() {
			var id, v int64
			if err := rows.Scan(&id, &v); err != nil {
				return nil, nil, 0, err
			}
			at[id+1]++
			vals = append(vals, int32(v))
			top = max(top, int32(v))
		}
		for k := 1; k <= n; k++ {
			at[k] += at[k-1]
		}
		return at, vals, top, rows.Err()
	}
	if want.tagAt, want.tags, want.maxTag, err = links("article_tags", "tag_id"); err != nil {
		return err
	}
	if want.authorAt, want.authors, want.maxAuthor, err = links("article_authors", "author_id"); err != nil {
		return err
	}
	for _, f := range []struct {
		name      string
		got, want any
	}{
		{"day", got.day, want.day}, {"month", got.month, want.month}, {"months", got.months, want.months},
		{"outlet", got.outlet, want.outlet}, {"tagAt", got.tagAt, want.tagAt}, {"tags", got.tags, want.tags},
		{"authorAt", got.authorAt, want.authorAt}, {"authors", got.authors, want.authors},
		{"maxima", [4]int{int(got.maxTag), int(got.maxAuthor), int(got.maxOutlet), got.articles}, [4]int{int(want.maxTag), int(want.maxAuthor), int(want.maxOutlet), want.articles}},
	} {
		if fmt.Sprint(f.got) != fmt.Sprint(f.want) {
			return fmt.Errorf("%s: loaded %v, read row by row %v", f.name, f.got, f.want)
		}
	}
	return nil
}
