package store

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// A phrase of pairs in more articles than the count bound ("Greta Kelly",
// the commonest name, in 95.7% of 100,000 articles) was ranked by FTS5 in
// the words index: its bm25 counts the phrase's articles over the whole
// archive by walking both names' positions (three fifths of the search),
// then looks up each ranked match's length (a sixth). Reading the pair's
// instances here would read all of them (575,000), where the plain query
// ranks the bound's newest matches only.
//
// FTS5's bm25 over the pairs index reads just what is needed: the pair's
// articles counted in one list, and each ranked match's instances. Given
// the column weights of the words index, the score it gives an article
// with the weighted number of instances f is -idf·f·(k1+1)/(f+n), where n
// depends on the article's length in the pairs index (kept per generation
// of the archive like the words index's) and idf on the phrase's count of
// articles, the same in both indexes; so f comes back from the score, an
// integer as the weights are, and is checked by computing the score again
// to the last bit. The words index's score is then computed from f as
// rankPairs computes it. Should any check fail, FTS5 ranks in the words
// index as before.

// pairWeights are columnWeights as arguments of bm25, in the order of the
// columns.
var pairWeights = func() string {
	var w []string
	for _, c := range searchColumns {
		w = append(w, strconv.FormatFloat(columnWeights[c], 'g', -1, 64))
	}
	return strings.Join(w, ", ")
}()

// onePhrase reports whether pq is one phrase with nothing beside it, so
// that FTS5's bm25 of a match is a function of that phrase's instances.
func (pq pairQuery) onePhrase() bool {
	return len(pq.terms) == 1 && !strings.Contains(pq.expr, " NOT ")
}

// rankedCommonPairPage is rankedPage for a query of one phrase of pairs
// (with the filters; past the count bound its newest matches, as the
// plain query ranks). ok is false when a score does not check out.
func (r *Reader) rankedCommonPairPage(ctx context.Context, q SearchQuery, f filterSets, pq pairQuery, total int) ([]int64, bool, error) {
	s, ok, err := r.pairBM25Scores(ctx, q, f, pq)
	if err != nil || !ok {
		return nil, false, err
	}
	return rankPage(s, total > r.countCap(), q.Offset, q.Limit), true, nil
}

// pairBM25Scores scores the matches of pq (with the filters, the count
// bound's newest) as FTS5's bm25 does in the words index. ok is false
// when a score does not check out.
func (r *Reader) pairBM25Scores(ctx context.Context, q SearchQuery, f filterSets, pq pairQuery) ([]scored, bool, error) {
	st, err := r.State(ctx)
	if err != nil {
		return nil, false, err
	}
	words, ok, err := r.indexTotals(ctx, ftsWords)
	if err != nil || !ok {
		return nil, false, err
	}
	pairs, ok, err := r.indexTotals(ctx, ftsPairs)
	if err != nil || !ok {
		return nil, false, err
	}
	// The phrase's count of articles, exact up to half the archive (past
	// it FTS5 gives the least IDF).
	half := (words.nRow + 1) / 2
	hits, err := r.phraseCount(ctx, st.Generation, ftsPairs, pq.expr, int(half-1))
	if err != nil {
		return nil, false, err
	}
	if hits > words.nRow || hits > pairs.nRow {
		return nil, false, nil // an import committed in between
	}
	for _, pr := range []*bm25Ranker{&words, &pairs} {
		idf, err := r.idf(ctx, pr.nRow, hits)
		if err != nil {
			return nil, false, err
		}
		pr.idf = []float64{idf}
	}
	wordLengths, err := r.articleLengths(ctx, st.Generation)
	if err != nil {
		return nil, false, err
	}
	pairLengths, err := r.indexLengths(ctx, ftsPairs, st.Generation)
	if err != nil {
		return nil, false, err
	}
	conds, fa := filters(q, f, `f.rowid`)
	rows, err := r.conn().QueryContext(ctx, `SELECT f.rowid, bm25(`+ftsPairs+`, `+pairWeights+`) FROM `+ftsPairs+` f`+
		where(append([]string{ftsPairs + ` MATCH ?`}, conds...))+` ORDER BY f.rowid DESC LIMIT ?`, append(append([]any{pq.expr}, fa...), r.countCap())...)
	if err != nil {
		return nil, false, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	c := pairs.idf[0] * (bm25K1 + 1)
	freq := make([]float64, 1)
	var s []scored
	for rows.Next() {
		var id int64
		var score float64
		if err := rows.Scan(&id, &score); err != nil {
			return nil, false, fmt.Errorf("search: %w", err)
		}
		if id < 0 || id >= int64(len(pairLengths)) || id >= int64(len(wordLengths)) {
			return nil, false, nil
		}
		d := float64(pairLengths[id])
		n := pairs.norm(d)
		freq[0] = math.Round(-score * n / (c + score))
		if pairs.score(freq, d) != score {
			return nil, false, nil
		}
		s = append(s, scored{id, words.score(freq, float64(wordLengths[id]))})
	}
	if err := rows.Err(); err != nil {
		return nil, false, fmt.Errorf("search: %w", err)
	}
	return s, true, nil
}
