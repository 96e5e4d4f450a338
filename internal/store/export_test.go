package store

import (
	"context"

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
	var list string
	if err := r.conn().QueryRowContext(ctx, `SELECT coalesce(group_concat(rowid), '') FROM `+ftsPairs+` WHERE `+ftsPairs+` MATCH ?`, pq.expr).Scan(&list); err != nil {
		return nil, false, err
	}
	ids, err := parseIDs(list)
	if err != nil {
		return nil, false, err
	}
	s, err := r.rankPairs(ctx, pq, pr, ids)
	if err != nil {
		return nil, false, err
	}
	out := map[int64]float64{}
	for _, x := range s {
		out[x.id] = x.score
	}
	return out, true, nil
}
