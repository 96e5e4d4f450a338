package store

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

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
// The pairs are cut from the tokens exactly as the words index makes them
// (fts5tokens.go), so a two-word phrase starting with a common word matches the same
// articles in either index, with the same number of instances per column.
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

// commonStems are commonWords as the words index holds them.
var commonStems = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range commonWords {
		indexTokens(w, func(tok []byte) { m[string(tok)] = true })
	}
	return m
}()

func init() {
	registerTextFunc("pairs", Pairs)
}

// Pairs is the text the pairs index reads for s: each common token of s
// with the token after it, joined by "_", one after the other. Only the
// pairs that begin with a common word are kept: a common word is followed
// by the next word once per occurrence, where both sides doubled the pairs
// (a phrase that ends in a common word is matched in the words index).
func Pairs(s string) string {
	var b strings.Builder
	b.Grow(2 * len(s))
	var prev []byte
	prevCommon := false
	indexTokens(s, func(tok []byte) {
		common := commonStems[string(tok)]
		if prev != nil && prevCommon {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.Write(prev)
			b.WriteByte('_')
			b.Write(tok)
		}
		prev, prevCommon = append(prev[:0], tok...), common
	})
	return b.String()
}

// pairOf returns the pairs index's token for a term, when the term is a
// phrase of two words (as the words index cuts them) of which the first is
// common.
func pairOf(t search.Term) (string, bool) {
	if t.Prefix {
		return "", false
	}
	var toks []string
	indexTokens(strings.Join(t.Words, " "), func(tok []byte) { toks = append(toks, string(tok)) })
	if len(toks) != 2 || !commonStems[toks[0]] {
		return "", false
	}
	return toks[0] + "_" + toks[1], true
}

// pairTerm is one term of a query matched in the pairs index.
type pairTerm struct {
	token     string
	titleOnly bool
}

func (p pairTerm) expr() string {
	e := `"` + p.token + `"`
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
		tok, ok := pairOf(t)
		if !ok {
			return false
		}
		p := pairTerm{tok, t.TitleOnly}
		pq.terms = append(pq.terms, p)
		b.WriteString(p.expr())
		return true
	})
	pq.expr = expr
	return pq, ok && len(q.All) > 0
}

// bm25 weights of the columns (the rank set on articles_fts by the
// migrations) and FTS5's constants.
var columnWeights = map[string]float64{"title": 10, "dek": 3, "body_text": 1, "authors_text": 4, "tags_text": 4}

const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// pairRanker holds what bm25 needs for a pairs query: per term the number
// of articles it occurs in (FTS5's nHit, over the whole archive) and its
// IDF, and the words index's row count and mean length.
type pairRanker struct {
	idf   []float64
	nRow  int64
	avgdl float64
}

// pairRankerFor counts each term's articles (up to the count bound) and
// reads the words index's totals. ok is false when a term occurs in more
// than the bound: ranking it here would read every instance of it, where
// the plain query ranks only the bound's newest matches.
func (r *Reader) pairRankerFor(ctx context.Context, pq pairQuery) (pr pairRanker, ok bool, err error) {
	var blob []byte
	if err := r.conn().QueryRowContext(ctx, `SELECT block FROM articles_fts_data WHERE id = 1`).Scan(&blob); err != nil {
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
	for _, t := range pq.terms {
		var hits int64
		if err := r.conn().QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM `+ftsPairs+` WHERE `+ftsPairs+` MATCH ? LIMIT ?)`,
			t.expr(), r.countCap()+1).Scan(&hits); err != nil {
			return pr, false, fmt.Errorf("count pairs: %w", err)
		}
		if hits > int64(r.countCap()) {
			return pr, false, nil
		}
		// ln from SQLite, so that the IDF is the very double its bm25
		// computes (the C library's log, not Go's).
		var idf float64
		arg := (float64(pr.nRow-hits) + 0.5) / (float64(hits) + 0.5)
		if err := r.conn().QueryRowContext(ctx, `SELECT ln(?)`, arg).Scan(&idf); err != nil {
			return pr, false, fmt.Errorf("idf: %w", err)
		}
		if idf <= 0 {
			idf = 1e-6
		}
		pr.idf = append(pr.idf, idf)
	}
	return pr, true, nil
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

// rankPairs scores ids (the matches of a pairs query) as FTS5's bm25 does
// on the words index: per term the weighted number of its instances in the
// article, the article's length in tokens.
func (r *Reader) rankPairs(ctx context.Context, pq pairQuery, pr pairRanker, ids []int64) ([]scored, error) {
	at := make(map[int64]int, len(ids))
	for i, id := range ids {
		at[id] = i
	}
	freq := make([]float64, len(ids)*len(pq.terms))
	for ti, t := range pq.terms {
		rows, err := r.conn().QueryContext(ctx, `SELECT doc, col FROM articles_vocab_pairs WHERE term = ?`, t.token)
		if err != nil {
			return nil, fmt.Errorf("pair instances: %w", err)
		}
		for rows.Next() {
			var doc int64
			var col string
			if err := rows.Scan(&doc, &col); err != nil {
				rows.Close()
				return nil, fmt.Errorf("pair instances: %w", err)
			}
			i, ok := at[doc]
			if !ok || t.titleOnly && col != "title" {
				continue
			}
			freq[i*len(pq.terms)+ti] += columnWeights[col]
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("pair instances: %w", err)
		}
	}
	lengths := make([]int64, len(ids))
	rows, err := r.conn().QueryContext(ctx, `SELECT id, sz FROM articles_fts_docsize WHERE id IN `+idSet, idList(ids))
	if err != nil {
		return nil, fmt.Errorf("article lengths: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var sz []byte
		if err := rows.Scan(&id, &sz); err != nil {
			return nil, fmt.Errorf("article lengths: %w", err)
		}
		lengths[at[id]] = int64(varintSum(sz))
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("article lengths: %w", err)
	}
	out := make([]scored, len(ids))
	for i, id := range ids {
		// The operations of FTS5's fts5Bm25Function, one rounding at
		// a time (the conversions keep Go from fusing a multiply and
		// an add, which C does not do here).
		d := float64(lengths[i])
		norm := float64(bm25K1 * float64(float64(1-bm25B)+float64(float64(bm25B*d)/pr.avgdl)))
		score := 0.0
		for ti := range pq.terms {
			f := freq[i*len(pq.terms)+ti]
			score += float64(pr.idf[ti] * float64(float64(f*(bm25K1+1.0))/float64(f+norm)))
		}
		out[i] = scored{id, -1.0 * score}
	}
	return out, nil
}

// rankedPairsPage is rankedPage for a pairs query: the matches (with the
// filters; past the count bound its newest, as the plain query ranks),
// scored here, sorted as FTS5 sorts (equal scores oldest first, or newest
// first among the bound's newest), one page of them.
func (r *Reader) rankedPairsPage(ctx context.Context, q SearchQuery, f filterSets, pq pairQuery, pr pairRanker, total int) ([]int64, error) {
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
	newestFirst := total > r.countCap()
	slices.SortFunc(s, func(a, b scored) int {
		switch {
		case a.score < b.score:
			return -1
		case a.score > b.score:
			return 1
		case newestFirst:
			return cmp.Compare(b.id, a.id)
		}
		return cmp.Compare(a.id, b.id)
	})
	var page []int64
	for i := q.Offset; i < len(s) && i < q.Offset+q.Limit; i++ {
		page = append(page, s[i].id)
	}
	return page, nil
}
