package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/morgue-archive/morgue/internal/search"
)

// A search of words and prefixes (each term one token of the words index)
// is ranked here, by bm25 computed as FTS5 computes it (bm25.go), from each
// term's instances (articles_vocab_words, migration 0012) and the
// articles' lengths kept per generation. FTS5's own "ORDER BY rank" scored
// every match with a lookup of its length in articles_fts_docsize (at
// 100,000 articles, 75% of bm25's CPU and a third of the whole search for
// a word in 9% of the articles, 18 ms through the store against 0.9 ms to
// count the matches). The matches' ids, read once, also give the count and
// the facets, which made a second pass of their own.

// wordTerm is one term of such a search: a token as the words index holds
// it, or the start of tokens, in every column or the headline only.
type wordTerm struct {
	token     string
	prefix    bool
	titleOnly bool
}

// wordQuery is a query of the words index whose every term (but those
// excluded, which add nothing to a match's score) is one token: its terms
// in the order FTS5 numbers its phrases (as writeExpr writes them), each
// one's own expression (for its count of articles), and the terms of each
// group of alternatives by index.
type wordQuery struct {
	terms  []wordTerm
	exprs  []string
	groups [][]int
}

// wordsOf returns q as a wordQuery, when every term of it is one token.
func wordsOf(q search.Query) (wordQuery, bool) {
	var wq wordQuery
	for _, g := range q.All {
		var group []int
		for _, t := range g {
			var toks []string
			indexTokens(strings.Join(t.Words, " "), func(tok []byte) { toks = append(toks, string(tok)) })
			if len(toks) != 1 {
				return wordQuery{}, false
			}
			var b strings.Builder
			writeTerm(&b, t, ftsWords)
			group = append(group, len(wq.terms))
			wq.terms = append(wq.terms, wordTerm{token: toks[0], prefix: t.Prefix, titleOnly: t.TitleOnly})
			wq.exprs = append(wq.exprs, b.String())
		}
		wq.groups = append(wq.groups, group)
	}
	return wq, len(wq.terms) > 0
}

// wordRankShare bounds the terms ranked here, in articles per article of
// the count bound: a term's instances are read over the whole archive, not
// only where the other terms and the filters hold, so a common word (in
// 58% of the articles, with dozens of instances in each) is left to FTS5.
const wordRankShare = 3

// wordRankerFor counts each term's articles and reads the index's totals;
// ok is false when a term is too common to be ranked here.
func (r *Reader) wordRankerFor(ctx context.Context, wq wordQuery) (bm25Ranker, bool, error) {
	return r.bm25RankerFor(ctx, ftsWords, wq.exprs, wordRankShare*r.countCap(), true)
}

// worthRanking reports whether ranking ranked matches here costs less than
// FTS5's bm25: reading a term's instances costs about a quarter of what
// bm25 costs a match (0.4 against 1.9 µs at 100,000 articles), and cutting
// the snippets apart about half a millisecond. Two words of which one is
// rare (109 matches of a word in 1% and one in 9%) read the common one's
// instances for nothing; a rare word has matches too few to gain. The
// half millisecond is a fifth of the count bound in matches (2,000), so
// that tests, which lower the bound, reach both ways.
func (r *Reader) worthRanking(pr bm25Ranker, ranked int) bool {
	return 4*int64(ranked) >= pr.hits+int64(r.countCap()/5)
}

// termInstances adds the weight of the column of each instance of t in
// the articles of at (id → index) to freq[index*stride+ti].
func (r *Reader) termInstances(ctx context.Context, t wordTerm, at map[int64]int, freq []float64, stride, ti int) error {
	cond, args := `term = ?`, []any{t.token}
	if t.prefix {
		// Every token that begins so: the last byte of UTF-8 text is
		// below 0xC0, so one more than it ends the range.
		end := []byte(t.token)
		end[len(end)-1]++
		cond, args = `term >= ? AND term < ?`, []any{t.token, string(end)}
	}
	if t.titleOnly {
		cond += ` AND col = 'title'`
	}
	// One string rather than a row per instance: a row costs Go about
	// as much as reading the instance.
	var list string
	if err := r.conn().QueryRowContext(ctx, `SELECT coalesce(group_concat(doc || ' ' || col, ' '), '') FROM articles_vocab_words WHERE `+cond,
		args...).Scan(&list); err != nil {
		return fmt.Errorf("word instances: %w", err)
	}
	for len(list) > 0 {
		docText, rest, _ := strings.Cut(list, " ")
		col, rest, _ := strings.Cut(rest, " ")
		list = rest
		doc, err := strconv.ParseInt(docText, 10, 64)
		if err != nil {
			return fmt.Errorf("word instances: %q is not an id", docText)
		}
		if i, ok := at[doc]; ok {
			freq[i*stride+ti] += columnWeights[col]
		}
	}
	return nil
}

// wordFreqs reads the instances of the terms of wq (but the common ones)
// in ids: per id, per term, its weighted number of instances, and every
// article's length. ok is false when a match has no instance of a group
// of its terms (one with no common term), or no length: the index was cut
// otherwise than this package reads it, and FTS5 ranks.
func (r *Reader) wordFreqs(ctx context.Context, wq wordQuery, pr bm25Ranker, ids []int64) ([]float64, []uint32, bool, error) {
	st, err := r.State(ctx)
	if err != nil {
		return nil, nil, false, err
	}
	lengths, err := r.articleLengths(ctx, st.Generation)
	if err != nil {
		return nil, nil, false, err
	}
	at := make(map[int64]int, len(ids))
	for i, id := range ids {
		at[id] = i
	}
	n := len(wq.terms)
	freq := make([]float64, len(ids)*n)
	for ti, t := range wq.terms {
		if pr.isCommon(ti) {
			continue
		}
		if err := r.termInstances(ctx, t, at, freq, n, ti); err != nil {
			return nil, nil, false, err
		}
	}
	for i, id := range ids {
		if !wq.found(pr, freq[i*n:(i+1)*n]) || id >= int64(len(lengths)) || lengths[id] == 0 {
			return nil, nil, false, nil
		}
	}
	return freq, lengths, true, nil
}

// found reports whether every group of wq has a term with instances in f,
// the groups with a common term (not read) aside.
func (wq wordQuery) found(pr bm25Ranker, f []float64) bool {
	for _, g := range wq.groups {
		found := false
		for _, ti := range g {
			found = found || f[ti] > 0 || pr.isCommon(ti)
		}
		if !found {
			return false
		}
	}
	return true
}

// rankWords scores ids (matches of wq) as FTS5's bm25 does. ok is false
// when wordFreqs says so, or wq has a common term.
func (r *Reader) rankWords(ctx context.Context, wq wordQuery, pr bm25Ranker, ids []int64) ([]scored, bool, error) {
	if pr.common != nil {
		return nil, false, nil
	}
	freq, lengths, ok, err := r.wordFreqs(ctx, wq, pr, ids)
	if err != nil || !ok {
		return nil, false, err
	}
	n := len(wq.terms)
	out := make([]scored, len(ids))
	for i, id := range ids {
		out[i] = scored{id, pr.score(freq[i*n:(i+1)*n], float64(lengths[id]))}
	}
	return out, true, nil
}

// rankedWordsPage is rankedPage for a wordQuery, given its matches newest
// first (with the filters, up to the count bound and one more): past the
// bound its newest are ranked, as the plain query ranks them.
func (r *Reader) rankedWordsPage(ctx context.Context, q SearchQuery, wq wordQuery, pr bm25Ranker, matches []int64) ([]int64, bool, error) {
	ranked := matches[:min(len(matches), r.countCap())]
	var s []scored
	var ok bool
	var err error
	if pr.common != nil {
		s, ok, err = r.rankBounded(ctx, wq, pr, ranked, q.Offset+q.Limit)
	} else {
		s, ok, err = r.rankWords(ctx, wq, pr, ranked)
	}
	if err != nil || !ok {
		return nil, ok, err
	}
	return rankPage(s, len(matches) > r.countCap(), q.Offset, q.Limit), true, nil
}
