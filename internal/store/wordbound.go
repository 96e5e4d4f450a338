package store

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

// A search of words beside a word in half the articles or more (`meliganu
// our`: 6% of 100,000 articles, `our` in 60%) was left to FTS5's bm25,
// since reading the common word's instances costs more than FTS5's scoring
// (95,000 of them against 6,000 matches). But FTS5 gives such a word its
// least IDF, 1e-6, so it moves an article's score by less than 2.2e-6
// (bm25's k1+1 times that): the other terms' part, read here, orders the
// matches but for near ties. So the page's candidates are the matches
// whose score, with the common word counted once, comes within that much
// of the page's last; only their texts are read, and cut into tokens as
// the index cuts them (fts5tokens.go), to count the common word exactly
// and score them as FTS5 does.

// isCommon reports whether phrase i is in half the articles or more and
// not read.
func (pr bm25Ranker) isCommon(i int) bool { return pr.common != nil && pr.common[i] }

// boundedCandidates bounds how many matches rankBounded reads the text of,
// beyond twice the page's end; past it FTS5 ranks.
const boundedCandidates = 64

// rankBounded scores, as FTS5's bm25 does, the matches of wq among ids that
// may be among the best k, and returns them. ok is false when they are
// more than twice k and boundedCandidates, or wordFreqs says so.
func (r *Reader) rankBounded(ctx context.Context, wq wordQuery, pr bm25Ranker, ids []int64, k int) ([]scored, bool, error) {
	if len(ids) == 0 {
		return nil, true, nil
	}
	freq, lengths, ok, err := r.wordFreqs(ctx, wq, pr, ids)
	if err != nil || !ok {
		return nil, false, err
	}
	n := len(wq.terms)
	// A common term alone in its group is in every match, at least once
	// (in the body, the least weight; in the headline for title:).
	least := make([]float64, n)
	for _, g := range wq.groups {
		if len(g) == 1 && pr.isCommon(g[0]) {
			least[g[0]] = columnWeights["body_text"]
			if wq.terms[g[0]].titleOnly {
				least[g[0]] = columnWeights["title"]
			}
		}
	}
	spread := 0.0
	for ti := range n {
		if pr.isCommon(ti) {
			spread += pr.idf[ti] * (bm25K1 + 1)
			for i := range ids {
				freq[i*n+ti] = least[ti]
			}
		}
	}
	// Scores are negative, the best lowest. An article's score lies
	// between its score with the common terms at their least and that
	// less the spread (give or take rounding, in the slack).
	low := make([]float64, len(ids))
	for i, id := range ids {
		low[i] = pr.score(freq[i*n:(i+1)*n], float64(lengths[id]))
	}
	var cut float64 // the k-th best score at its least
	if k < len(ids) {
		sorted := slices.Clone(low)
		slices.Sort(sorted)
		cut = sorted[k-1]
	} else {
		cut = slices.Max(low)
	}
	slack := 1e-9 * max(1, -cut)
	var cands []int
	for i := range ids {
		if low[i]-spread-slack <= cut+slack {
			cands = append(cands, i)
		}
	}
	if len(cands) > 2*k+boundedCandidates {
		return nil, false, nil
	}
	counted, err := r.countCommon(ctx, wq, pr, ids, cands, freq)
	if err != nil || !counted {
		return nil, false, err
	}
	out := make([]scored, len(cands))
	for j, i := range cands {
		out[j] = scored{ids[i], pr.score(freq[i*n:(i+1)*n], float64(lengths[ids[i]]))}
	}
	return out, true, nil
}

// searchColumns are the words index's columns, as articles_search names
// them, in its order.
var searchColumns = []string{"title", "dek", "body_text", "authors_text", "tags_text"}

// countCommon sets the weighted number of instances of each common term
// of wq in the articles ids[cands] in freq, from their texts. false when a
// common term that every match has is not in one: the text is not what
// the index was cut from.
func (r *Reader) countCommon(ctx context.Context, wq wordQuery, pr bm25Ranker, ids []int64, cands []int, freq []float64) (bool, error) {
	n := len(wq.terms)
	at := make(map[int64]int, len(cands))
	pick := make([]int64, len(cands))
	for j, i := range cands {
		at[ids[i]] = i
		pick[j] = ids[i]
		for ti := range n {
			if pr.isCommon(ti) {
				freq[i*n+ti] = 0
			}
		}
	}
	rows, err := r.conn().QueryContext(ctx, `SELECT id, `+strings.Join(coalesced(searchColumns), ", ")+` FROM articles_search WHERE id IN `+idSet, idList(pick))
	if err != nil {
		return false, fmt.Errorf("rank: %w", err)
	}
	defer rows.Close()
	texts := make([]string, len(searchColumns))
	dest := []any{new(int64)}
	for i := range texts {
		dest = append(dest, &texts[i])
	}
	seen := 0
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return false, fmt.Errorf("rank: %w", err)
		}
		i, ok := at[*dest[0].(*int64)]
		if !ok {
			continue
		}
		seen++
		f := freq[i*n : (i+1)*n]
		for c, text := range texts {
			col := searchColumns[c]
			w := columnWeights[col]
			indexTokens(text, func(tok []byte) {
				for ti, t := range wq.terms {
					if pr.isCommon(ti) && (!t.titleOnly || col == "title") && t.matches(tok) {
						f[ti] += w
					}
				}
			})
		}
		for _, g := range wq.groups {
			if len(g) == 1 && pr.isCommon(g[0]) && f[g[0]] == 0 {
				return false, nil
			}
		}
	}
	if err := rows.Err(); err != nil {
		return false, fmt.Errorf("rank: %w", err)
	}
	return seen == len(cands), nil
}

// matches reports whether the index token tok is t (or begins with it).
func (t wordTerm) matches(tok []byte) bool {
	if t.prefix {
		return strings.HasPrefix(string(tok), t.token)
	}
	return string(tok) == t.token
}

func coalesced(cols []string) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = `coalesce(` + c + `, '')`
	}
	return out
}
