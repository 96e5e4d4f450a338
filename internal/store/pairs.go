package store

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/morgue-archive/morgue/internal/search"
)

// Common grams (as Lucene's CommonGramsFilter and Nutch do): a phrase with
// a very common word, such as "the meliganu", made FTS5 seek every article
// of the rarer word in the position list of "the", which holds nearly every
// article with dozens of positions each, and it did so three times (the
// count, FTS5's sort, and bm25's own count of the phrase's articles): 42 ms
// through the store at 100,000 articles for a phrase in 0.7% of them. A
// fourth index, articles_fts_pairs, holds each common word with the word
// after it as one token ("the_meliganu"), per column, so such a phrase is
// one lookup of a rare token.
//
// A given name (givennames.go) makes pairs too, so a phrase of a first
// name and a surname, "Thomas Tanaka", is one token ("thoma_tanaka")
// instead of a walk of both names' positions, three times, with a lookup
// of each match's length for bm25 (JOURNAL, "The phrase of two names").
// Which words begin a pair is fixed (a committed set), not read from the
// text, because the index must hold every occurrence of the pairs it
// claims, in any case, in any column: a phrase is matched here only when
// that holds, and otherwise in the words index.
//
// The pairs are cut from the tokens exactly as the words index makes them
// (fts5tokens.go), so a two-word phrase starting with a common word or a
// given name matches the same articles in either index, with the same number of instances per column.
// A search whose every term is such a phrase is matched in the pairs index
// and ranked by bm25 computed here from what FTS5's bm25 reads (the words
// index's row count and lengths, the pairs index's instances), in the same
// order, with the same snippets (cut by the words index).

// commonWords are the words that make pairs: the few whose position
// lists are truly huge (a phrase with a word of rank k walks about 1/k of
// the positions of "the"), the six commonest of English and the articles
// and prepositions of the other Latin-script languages the archive holds
// most. A word costs index space in proportion to how often it occurs, so
// those of a language the archive does not hold cost nothing. With the
// 130 words and both sides of a first version, a pair was written
// for about 70% of word positions and the import took 1.5x the CPU; with
// these and one side only, about a fifth of the positions (README).
var commonWords = []string{
	"the", "of", "and", "to", "a", "in",
	// es, fr, it, pt, de, nl
	"de", "la", "el", "en", "y", "que", "le", "les", "et", "des", "der", "die", "und", "den",
	"di", "il", "che", "e", "o", "van", "het", "een",
}

// pairStarts are the tokens that begin a pair: commonWords and
// givenNames (each one token of letters) as the words index holds them,
// folded and stemmed ("Thomas" is thoma). Made at first use: stemming
// the 1,600 words costs every process that never indexes or searches
// (morgue parse, once a page) about a millisecond and 3,000 allocations.
var pairStarts = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range append(commonWords[:len(commonWords):len(commonWords)], givenNames...) {
		indexTokens(w, func(tok []byte) { m[string(tok)] = true })
	}
	return m
})

func init() {
	registerTextFunc("pairs", Pairs)
}

// Pairs is the text the pairs index reads for s: each token of s that
// begins a pair (a common word or a given name) with the token after it,
// joined by "_", one after the other. Only the pairs that begin with such
// a word are kept: it is followed by the next word once per occurrence,
// where both sides doubled the pairs (a phrase that ends in a common word
// is matched in the words index).
func Pairs(s string) string {
	var b strings.Builder
	b.Grow(2 * len(s))
	var prev []byte
	prevStarts := false
	begins := pairStarts()
	indexTokens(s, func(tok []byte) {
		starts := begins[string(tok)]
		if prev != nil && prevStarts {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.Write(prev)
			b.WriteByte('_')
			b.Write(tok)
		}
		prev, prevStarts = append(prev[:0], tok...), starts
	})
	return b.String()
}

// pairOf returns the pairs index's phrase for a term, when the term is a
// phrase of two words or more (as the words index cuts them) of which
// every one but the last is a common word or a given name: each word with
// the next is one token ("Leila Carter Torres" is the phrase "leila_carter
// carter_torr"). It matches where the words do, as many times per column:
// the next pair after a word that begins one is the next word's (nothing
// begins between them), unless that word ends the column, where no phrase
// goes on either.
func pairOf(t search.Term) ([]string, bool) {
	if t.Prefix {
		return nil, false
	}
	var toks []string
	indexTokens(strings.Join(t.Words, " "), func(tok []byte) { toks = append(toks, string(tok)) })
	if len(toks) < 2 {
		return nil, false
	}
	pairs := make([]string, len(toks)-1)
	for i := range pairs {
		if !pairStarts()[toks[i]] {
			return nil, false
		}
		pairs[i] = toks[i] + "_" + toks[i+1]
	}
	return pairs, true
}

// pairTerm is one term of a query matched in the pairs index: one pair,
// or a phrase of them.
type pairTerm struct {
	tokens    []string
	titleOnly bool
}

func (p pairTerm) expr() string {
	e := `"` + strings.Join(p.tokens, " ") + `"`
	if p.titleOnly {
		e = `title : ` + e
	}
	return e
}

// pairQuery is a query whose every term is a pair: its FTS5 expression in
// the pairs index, and its terms in the order FTS5 numbers the phrases of
// the words index's expression (as matchExpr writes them).
type pairQuery struct {
	expr  string
	terms []pairTerm
}

// pairsOf returns q as a query of the pairs index, when every term of it
// is a pair.
func pairsOf(q search.Query) (pairQuery, bool) {
	var pq pairQuery
	expr, ok := writeExpr(q, func(b *strings.Builder, t search.Term) bool {
		toks, ok := pairOf(t)
		if !ok {
			return false
		}
		p := pairTerm{toks, t.TitleOnly}
		pq.terms = append(pq.terms, p)
		b.WriteString(p.expr())
		return true
	})
	pq.expr = expr
	return pq, ok && len(q.All) > 0
}

// pairRankerFor counts each term's articles (up to the count bound) and
// reads the words index's totals. ok is false when a term occurs in more
// than the bound: ranking it here would read every instance of it, where
// the plain query ranks only the bound's newest matches. So is it when a
// pair of a longer phrase does (the phrase's instances are read pair by
// pair, "of_the" in most articles for "of the harbour").
func (r *Reader) pairRankerFor(ctx context.Context, pq pairQuery) (bm25Ranker, bool, error) {
	exprs := make([]string, len(pq.terms))
	for i, t := range pq.terms {
		exprs[i] = t.expr()
		if len(t.tokens) < 2 {
			continue
		}
		st, err := r.State(ctx)
		if err != nil {
			return bm25Ranker{}, false, err
		}
		for _, tok := range t.tokens {
			n, err := r.phraseCount(ctx, st.Generation, ftsPairs, `"`+tok+`"`, r.countCap())
			if err != nil || n > int64(r.countCap()) {
				return bm25Ranker{}, false, err
			}
		}
	}
	return r.bm25RankerFor(ctx, ftsPairs, exprs, r.countCap(), false)
}

// rankPairs scores ids (the matches of a pairs query) as FTS5's bm25 does
// on the words index: per term the weighted number of its instances in the
// article, the article's length in tokens.
func (r *Reader) rankPairs(ctx context.Context, pq pairQuery, pr bm25Ranker, ids []int64) ([]scored, error) {
	at := make(map[int64]int, len(ids))
	for i, id := range ids {
		at[id] = i
	}
	freq := make([]float64, len(ids)*len(pq.terms))
	for ti, t := range pq.terms {
		if err := r.pairInstances(ctx, t, at, freq, len(pq.terms), ti); err != nil {
			return nil, err
		}
	}
	st, err := r.State(ctx)
	if err != nil {
		return nil, err
	}
	lengths, err := r.articleLengths(ctx, st.Generation)
	if err != nil {
		return nil, err
	}
	out := make([]scored, len(ids))
	for i, id := range ids {
		var d float64
		if id < int64(len(lengths)) {
			d = float64(lengths[id])
		}
		out[i] = scored{id, pr.score(freq[i*len(pq.terms):(i+1)*len(pq.terms)], d)}
	}
	return out, nil
}

// pairPlace is where an instance of a pair is: its article, its column
// and its place in the column among the pairs.
type pairPlace struct {
	doc int64
	col string
	at  int
}

// pairInstances adds the weight of the column of each instance of t in
// the articles of at (id → index) to freq[index*stride+ti]. An instance of
// a phrase of pairs is one of its first pair with the second right after
// it in the same column, and so on.
func (r *Reader) pairInstances(ctx context.Context, t pairTerm, at map[int64]int, freq []float64, stride, ti int) error {
	var places map[pairPlace]bool
	for k, tok := range t.tokens {
		// A pair alone needs no place (a third less to read).
		offset := `offset`
		if len(t.tokens) == 1 {
			offset = `0`
		}
		rows, err := r.conn().QueryContext(ctx, `SELECT doc, col, `+offset+` FROM articles_vocab_pairs WHERE term = ?`, tok)
		if err != nil {
			return fmt.Errorf("pair instances: %w", err)
		}
		next := map[pairPlace]bool{}
		for rows.Next() {
			var p pairPlace
			if err := rows.Scan(&p.doc, &p.col, &p.at); err != nil {
				rows.Close()
				return fmt.Errorf("pair instances: %w", err)
			}
			if _, ok := at[p.doc]; !ok || t.titleOnly && p.col != "title" {
				continue
			}
			switch p.at -= k; {
			case len(t.tokens) == 1:
				freq[at[p.doc]*stride+ti] += columnWeights[p.col]
			case k == 0 || places[p]:
				next[p] = true
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("pair instances: %w", err)
		}
		places = next
	}
	for p := range places {
		freq[at[p.doc]*stride+ti] += columnWeights[p.col]
	}
	return nil
}

// rankedPairsPage is rankedPage for a pairs query: the matches (with the
// filters; past the count bound its newest, as the plain query ranks),
// scored here, sorted as FTS5 sorts (equal scores oldest first, or newest
// first among the bound's newest), one page of them.
func (r *Reader) rankedPairsPage(ctx context.Context, q SearchQuery, f filterSets, pq pairQuery, pr bm25Ranker, total int) ([]int64, error) {
	conds, fa := filters(q, f, `f.rowid`)
	args := append([]any{pq.expr}, fa...)
	var list string
	err := r.conn().QueryRowContext(ctx, `SELECT coalesce(group_concat(rowid), '') FROM (SELECT f.rowid FROM `+ftsPairs+` f`+
		where(append([]string{ftsPairs + ` MATCH ?`}, conds...))+` ORDER BY f.rowid DESC LIMIT ?)`, append(args, r.countCap())...).Scan(&list)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	ids, err := parseIDs(list)
	if err != nil {
		return nil, err
	}
	s, err := r.rankPairs(ctx, pq, pr, ids)
	if err != nil {
		return nil, err
	}
	return rankPage(s, total > r.countCap(), q.Offset, q.Limit), nil
}
