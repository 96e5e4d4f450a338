package store

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	"golang.org/x/text/unicode/norm"

	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/lang"
)

// headline is what the rule for related articles compares of a headline:
// its telling terms as one full-text index holds them, looked up there.
//
//   - Words between spaces in Latin and the other scripts: each telling
//     word (three letters or more, not a function word) as the words
//     index stems it.
//   - Cyrillic or Arabic: the same, as the stems index holds them
//     (Москве and Москва are one term).
//   - Scripts without spaces: the two-character pieces of the grams
//     index, in order, "" between runs. Pieces shared one after the
//     other are one shared word (新闻发布会 is four pieces and one word).
type headline struct {
	table string // the full-text index
	terms []string
	match []string // the terms as the index's tokenizer would make them: what MATCH is given
	grams bool
}

// maxHeadlineTerms bounds the terms of one headline.
const maxHeadlineTerms = 8

func headlineOf(title string) headline {
	var h headline
	switch {
	case HasGrams(title):
		h = headline{table: ftsGrams, grams: true}
	case HasStems(title):
		h = headline{table: ftsStems}
	default:
		h = headline{table: ftsWords}
	}
	return h.of(title)
}

// headlineColumn is the column of the headlines index that holds headlines
// as h's index does (migrations/0015_headline_index.sql).
func (h headline) headlineColumn() string {
	switch h.table {
	case ftsGrams:
		return "title_grams"
	case ftsStems:
		return "title_stems"
	}
	return "title"
}

// of returns another headline's terms as h's index holds them.
func (h headline) of(title string) headline {
	switch h.table {
	case ftsGrams:
		h.terms = headlinePieces(title)
		h.match = h.terms
	default:
		h.terms, h.match = headlineWords(title, h.table == ftsStems)
	}
	return h
}

// headlineWords returns the telling words of a headline, each once, as the
// words index (or, with stems, the stems index) holds them, and as its
// tokenizer is to be given them.
func headlineWords(title string, stems bool) (terms, match []string) {
	env := snowballstem.NewEnv("")
	for _, w := range strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
	}) {
		if utf8.RuneCountInString(w) < 3 || lang.IsFunctionWord(w) {
			continue
		}
		t, m := stem(w), w
		if stems && HasStems(w) {
			// As the index's tokenizer reads the stem: without
			// diacritics (й is и to it).
			m = stemWord(env, w)
			t = foldMarks(m)
		}
		if t == "" || slices.Contains(terms, t) {
			continue
		}
		terms, match = append(terms, t), append(match, m)
		if len(terms) == maxHeadlineTerms {
			break
		}
	}
	return terms, match
}

// headlinePieces returns the pieces of the runs of a headline in scripts
// without spaces, in order, "" after each run: at most three times
// maxHeadlineTerms, since a word is one piece or more.
func headlinePieces(title string) []string {
	var out []string
	for _, run := range strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !gramRune(r) }) {
		rs := []rune(run)
		for i := 0; i+1 < len(rs) && len(out) < 3*maxHeadlineTerms; i++ {
			if particle(rs[i]) || particle(rs[i+1]) {
				out = append(out, "") // not part of a word shared
				continue
			}
			out = append(out, string(rs[i:i+2]))
		}
		out = append(out, "")
	}
	return out
}

// particle reports a character that joins words far more often than it is
// part of a name or a subject: Japanese writes its particles and endings
// in hiragana (東京の美術館), Chinese has a few such characters (北京的天气).
func particle(r rune) bool {
	return unicode.Is(unicode.Hiragana, r) || strings.ContainsRune("的了是在和与", r)
}

// foldMarks is s without its combining marks, as unicode61's
// remove_diacritics reads it.
func foldMarks(s string) string {
	return norm.NFC.String(strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, norm.NFD.String(s)))
}

// score adds up the weights of the terms of h that theirs shares: each word,
// or each run of pieces shared one after the other that makes a word (two
// characters of Han, kana or Hangul; four of Thai, Lao, Khmer or Burmese,
// whose two letters are not a word), by its most telling piece.
func (h headline) score(theirs headline, weight map[string]int) int {
	has := map[string]bool{}
	for _, t := range theirs.terms {
		has[t] = t != ""
	}
	score := 0
	if !h.grams {
		for _, t := range h.terms {
			if has[t] {
				score += weight[t]
			}
		}
		return score
	}
	chain, best, first := 0, 0, ""
	end := func() {
		r, _ := utf8.DecodeRuneInString(first)
		if chain >= 3 || chain >= 1 && !(r < 0x2E80 && article.IsSpaceless(r)) {
			score += best
		}
		chain, best = 0, 0
	}
	for _, t := range h.terms {
		if !has[t] {
			end()
			continue
		}
		if chain == 0 {
			first = t
		}
		chain, best = chain+1, max(best, weight[t])
	}
	end()
	return score
}

// similar finds up to n articles whose headlines share two telling words
// with it's, or one specific word, leaving out skip: the most shared first,
// the newest among equals, from the similarPool newest headlines that
// share a term.
func (r *Reader) similar(ctx context.Context, gen int64, it Item, n int, skip []int64) ([]int64, error) {
	mine := headlineOf(it.Title)
	var terms, match []string
	for i, t := range mine.terms {
		if t != "" && !slices.Contains(terms, t) {
			terms, match = append(terms, t), append(match, mine.match[i])
		}
	}
	if len(terms) == 0 {
		return nil, nil
	}
	quoted := make([]string, len(match))
	for i, t := range match {
		quoted[i] = `"` + strings.ReplaceAll(t, `"`, `""`) + `"`
	}
	// The newest headlines that share a term, scored here, best first and
	// newest among equals (as the rule for tags). Not ORDER BY rank: bm25
	// scores every article whose headline shares any term before the
	// first row, and a term common in bodies makes that every article
	// with the term anywhere; a quarter of an uncached article page went
	// there. Walking the index from the newest stops after the pool.
	// The headlines index holds only headlines: in the article indexes
	// FTS5 read each word's whole doclist, body positions and all, to find
	// the few articles with the word in their headline (two thirds of this
	// rule's CPU under a crawl of 100,000 articles).
	rows, err := r.conn().QueryContext(ctx, `SELECT rowid FROM `+ftsHeadlines+` WHERE `+ftsHeadlines+` MATCH ? ORDER BY rowid DESC LIMIT ?`,
		mine.headlineColumn()+" : ("+strings.Join(quoted, " OR ")+")", similarPool+len(skip))
	if err != nil {
		return nil, fmt.Errorf("similar articles: %w", err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, fmt.Errorf("similar articles: %w", err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("similar articles: %w", err)
	}
	heads, err := r.headlineTerms(ctx, gen, mine, ids)
	if err != nil {
		return nil, fmt.Errorf("similar articles: %w", err)
	}
	weight, err := r.termWeights(ctx, gen, mine.table, terms, match, sharedTerms(terms, ids, heads, skip))
	if err != nil {
		return nil, fmt.Errorf("similar articles: %w", err)
	}
	type cand struct {
		id    int64
		score int
	}
	var found []cand
	for _, id := range ids {
		theirs := headline{terms: heads[id]}
		if sc := mine.score(theirs, weight); sc >= 2 && !slices.Contains(skip, id) {
			found = append(found, cand{id, sc})
		}
	}
	// Stable: among equal scores the newest, as the index gave them.
	slices.SortStableFunc(found, func(a, b cand) int { return b.score - a.score })
	out := make([]int64, 0, min(n, len(found)))
	for _, c := range found[:min(n, len(found))] {
		out = append(out, c.id)
	}
	return out, nil
}

// sharedTerms reports which of terms the headline of some candidate in
// ids, other than those in skip, has: the only terms whose weight can
// count in a score.
func sharedTerms(terms []string, ids []int64, heads map[int64][]string, skip []int64) []bool {
	shared := make([]bool, len(terms))
	for _, id := range ids {
		if slices.Contains(skip, id) {
			continue
		}
		for _, t := range heads[id] {
			if i := slices.Index(terms, t); i >= 0 {
				shared[i] = true
			}
		}
	}
	return shared
}

// termWeights weighs the terms of a headline that are shared: a specific
// word (in at most specificCount articles) two, any other one, a word no
// article has nothing. Terms no candidate shares are not counted: their
// weight never counts, and counting them (mostly rare words, which the
// cache of counts lets go first) was two fifths of the headline rule's
// CPU under a crawl of 100,000 articles.
func (r *Reader) termWeights(ctx context.Context, gen int64, table string, terms, match []string, shared []bool) (map[string]int, error) {
	var ts, ms []string
	for i, ok := range shared {
		if ok {
			ts, ms = append(ts, terms[i]), append(ms, match[i])
		}
	}
	weight := map[string]int{}
	if len(ts) == 0 {
		return weight, nil
	}
	specific, err := r.specificCount(ctx, gen)
	if err != nil {
		return nil, err
	}
	docs, err := r.termDocs(ctx, gen, table, ts, ms, specific)
	if err != nil {
		return nil, err
	}
	for term, n := range docs {
		if n > 0 {
			weight[term] = 1
			if n <= specific {
				weight[term] = 2
			}
		}
	}
	return weight, nil
}

// similarPool is how many of the newest headlines sharing a term similar
// scores: enough that the best few are among them in a large archive.
const similarPool = 100
