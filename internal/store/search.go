package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/morgue-archive/morgue/internal/search"
)

// Snippet highlight markers: private-use characters that never occur in
// stored text (the importer strips them), so the server can escape a
// snippet and then turn just these into <mark> tags.
const (
	MarkStart = "\uE000"
	MarkEnd   = "\uE001"
)

// CountCap bounds how far a result count is taken: past it the page says
// "10,000+" instead of making SQLite visit every match of a common word.
const CountCap = 10000

// countCap is CountCap, or the reader's own bound in tests.
func (r *Reader) countCap() int {
	if r.capOverride > 0 {
		return r.capOverride
	}
	return CountCap
}

// SearchQuery is a parsed query plus the filters beside the search box.
// Query may be empty when only filters are set.
type SearchQuery struct {
	Query               search.Query
	Tag, Author, Outlet string // slugs
	// Names are more filters: each keeps the articles of any of its
	// names (a part of a name typed in a filter), and all must hold.
	Names          []NameFilter
	FromDay, ToDay int  // YYYYMMDD, inclusive; 0 for open
	Undated        bool // only the articles with no known date
	ByDate         bool // newest first instead of best match first
	Oldest         bool // with ByDate: oldest first (undated still last)
	Offset, Limit  int
	// Facets, when set, asks for counts of all the results by period,
	// outlet, author and tag.
	Facets *FacetOptions
	// fts is the full-text table the words are looked up in: the grams
	// index when they have text of scripts without spaces.
	fts string
}

// NameFilter keeps the articles of any of Slugs, names of Kind.
type NameFilter struct {
	Kind  Kind
	Slugs []string
}

// Hit is one result: the article and a passage with the matches between
// MarkStart and MarkEnd.
type Hit struct {
	Item
	Snippet string
}

// SearchResult is one page of hits and the number of all of them, capped.
type SearchResult struct {
	Hits   []Hit
	Total  int
	Capped bool // Total is CountCap and there are more
	Facets *Facets
}

// Full-text tables: every article; the articles with text of scripts
// without spaces, in two-character pieces (grams.go); the articles with
// Cyrillic or Arabic words, stemmed (stems.go); pairs of words with a
// common one (pairs.go); every headline alone, as each of the first three
// holds it (related.go).
const (
	ftsWords     = "articles_fts"
	ftsGrams     = "articles_fts_grams"
	ftsStems     = "articles_fts_stems"
	ftsPairs     = "articles_fts_pairs"
	ftsHeadlines = "articles_fts_headlines"
)

// uses reports whether any word of q has text that has reports.
func uses(q search.Query, has func(string) bool) bool {
	for _, g := range append(q.All, q.Exclude) {
		for _, t := range g {
			for _, w := range t.Words {
				if has(w) {
					return true
				}
			}
		}
	}
	return false
}

// IndexMatch returns the full-text table a query's words are looked up in
// and the FTS5 expression for it: the grams index for words of scripts
// without spaces, else the stems index for Cyrillic or Arabic words, else
// the words index.
func IndexMatch(q search.Query) (table, expr string) {
	switch {
	case uses(q, HasGrams):
		return ftsGrams, matchExpr(q, ftsGrams)
	case uses(q, HasStems):
		return ftsStems, matchExpr(q, ftsStems)
	}
	return ftsWords, matchExpr(q, ftsWords)
}

// MatchExpr translates a parsed query into an FTS5 expression. Every word is
// a double-quoted string, so no user text is ever read as FTS5 syntax.
func MatchExpr(q search.Query) string { return matchExpr(q, ftsWords) }

// matchExpr is MatchExpr for the index named table: for the grams index
// each word is its pieces (北京举行 is the phrase "北京 京举 举行"), for the
// stems index its stem.
func matchExpr(q search.Query, table string) string {
	expr, _ := writeExpr(q, func(b *strings.Builder, t search.Term) bool {
		writeTerm(b, t, table)
		return true
	})
	return expr
}

// writeExpr writes the FTS5 expression of q, each term by term, which
// reports false when it cannot write one (writeExpr then does too).
func writeExpr(q search.Query, term func(*strings.Builder, search.Term) bool) (string, bool) {
	var b strings.Builder
	for i, group := range q.All {
		if i > 0 {
			b.WriteString(" AND ")
		}
		if len(group) > 1 {
			b.WriteByte('(')
		}
		for j, t := range group {
			if j > 0 {
				b.WriteString(" OR ")
			}
			if !term(&b, t) {
				return "", false
			}
		}
		if len(group) > 1 {
			b.WriteByte(')')
		}
	}
	for _, t := range q.Exclude {
		b.WriteString(" NOT ")
		if !term(&b, t) {
			return "", false
		}
	}
	return b.String(), true
}

func writeTerm(b *strings.Builder, t search.Term, table string) {
	if t.TitleOnly {
		b.WriteString("title : ")
	}
	words, prefix := t.Words, t.Prefix
	switch table {
	case ftsGrams:
		words = nil
		for _, w := range t.Words {
			tokens, single := gramTokens(w)
			words = append(words, tokens...)
			// One character is the first of the pieces it begins (or
			// a run's last, which the index adds on its own).
			prefix = prefix || single && len(t.Words) == 1
		}
	case ftsStems:
		// A stem is the start of its word in Russian, so a prefix of
		// a stem still finds every word the typed prefix begins.
		words = make([]string, len(t.Words))
		for i, w := range t.Words {
			words[i] = stemOf(w)
		}
	}
	b.WriteByte('"')
	b.WriteString(strings.ReplaceAll(strings.Join(words, " "), `"`, `""`))
	b.WriteByte('"')
	if prefix {
		b.WriteByte('*')
	}
}

// Matches counts every article the words of q match, with no bound and no
// filter: how common a query is (the benchmark picks its queries by it).
func (r *Reader) Matches(ctx context.Context, q search.Query) (int, error) {
	if q.Empty() {
		return 0, fmt.Errorf("%w: no words to match", ErrBadRequest)
	}
	var n int
	table, expr := IndexMatch(q)
	if err := r.conn().QueryRowContext(ctx, `SELECT count(*) FROM `+table+` WHERE `+table+` MATCH ?`, expr).Scan(&n); err != nil {
		return 0, fmt.Errorf("count matches: %w", err)
	}
	return n, nil
}

// Search runs a query. With words it ranks by bm25 (title weighted above
// the body, set once in the schema) or by date; with only filters it lists
// newest first.
func (r *Reader) Search(ctx context.Context, q SearchQuery) (SearchResult, error) {
	var res SearchResult
	if q.Limit <= 0 {
		q.Limit = 20
	}
	if q.Tag != "" {
		// A tag merged into a fuller name filters by the tag it went to.
		if cur, err := r.TagAlias(ctx, q.Tag); err == nil {
			q.Tag = cur
		} else if !errors.Is(err, ErrNotFound) {
			return res, err
		}
	}
	if lq, ok := q.listing(); ok {
		return r.searchListing(ctx, lq, q.Facets)
	}
	match := ""
	q.fts = ftsWords
	if !q.Query.Empty() {
		q.fts, match = IndexMatch(q.Query)
	}
	// A query of phrases with common words is matched in the pairs index
	// (pairs.go); the words index's expression still cuts the snippets.
	// One phrase too common to be ranked by rankPairs is ranked by FTS5's
	// bm25 over the pairs index (paircommon.go).
	words := match
	var pq pairQuery
	var pr bm25Ranker
	pairBM25 := false
	if q.fts == ftsWords && match != "" {
		if p, ok := pairsOf(q.Query); ok {
			if !q.ByDate {
				var err error
				if pr, ok, err = r.pairRankerFor(ctx, p); err != nil {
					return res, err
				}
			}
			if ok || p.onePhrase() {
				q.fts, match, pq, pairBM25 = ftsPairs, p.expr, p, !ok
			}
		}
	}
	// A query of words and prefixes is ranked in Go (wordrank.go).
	var wq wordQuery
	var wr bm25Ranker
	wordRanked := false
	if q.fts == ftsWords && match != "" && !q.ByDate {
		if w, ok := wordsOf(q.Query); ok {
			var err error
			if wr, wordRanked, err = r.wordRankerFor(ctx, w); err != nil {
				return res, err
			}
			wq = w
		}
	}
	// The count comes first (it stops at CountCap+1): it decides how to
	// rank and how to walk.
	f, err := r.holdFilters(ctx, q)
	if err != nil {
		return res, err
	}
	defer f.release()
	var total int
	var matches []int64 // newest first, up to CountCap+1, when read
	switch {
	case match != "" && (q.Facets != nil || wordRanked):
		// The matches' ids come with their count, for the facets and
		// the ranking here.
		if matches, err = r.matchIDs(ctx, q, f, match); err != nil {
			return res, err
		}
		total = len(matches)
		if q.Facets != nil {
			if res.Facets, err = r.facetsOfIDs(ctx, matches[:min(len(matches), r.countCap())], total > r.countCap(), *q.Facets); err != nil {
				return res, err
			}
		}
	case q.Facets != nil:
		if res.Facets, err = r.facetsOfScope(ctx, facetScope{sets: f, fromDay: q.FromDay, toDay: q.ToDay, undated: q.Undated}, *q.Facets); err != nil {
			return res, err
		}
		fallthrough
	default:
		if total, err = r.countMatches(ctx, q, f, match); err != nil {
			return res, err
		}
	}
	var ids []int64
	var snippets map[int64]string
	wordRanked = wordRanked && r.worthRanking(wr, min(total, r.countCap()))
	if wordRanked {
		ids, wordRanked, err = r.rankedWordsPage(ctx, q, wq, wr, matches)
		if err != nil {
			return res, err
		}
	}
	switch {
	case wordRanked:
	case pairBM25:
		var ok bool
		if ids, ok, err = r.rankedCommonPairPage(ctx, q, f, pq, total); err == nil && !ok {
			q.fts = ftsWords
			ids, snippets, err = r.rankedPage(ctx, q, f, words, total)
		}
	case q.fts == ftsPairs && !q.ByDate:
		ids, err = r.rankedPairsPage(ctx, q, f, pq, pr, total)
	case match != "" && !q.ByDate:
		ids, snippets, err = r.rankedPage(ctx, q, f, match, total)
	default:
		ids, err = r.searchPage(ctx, q, f, match, total)
	}
	if err != nil {
		return res, err
	}
	items, err := r.byIDs(ctx, ids)
	if err != nil {
		return res, err
	}
	if snippets == nil {
		switch q.fts {
		case ftsGrams:
			snippets, err = r.gramSnippets(ctx, q.Query, ids)
		case ftsStems:
			snippets, err = r.stemSnippets(ctx, q.Query, ids)
		default:
			snippets, err = r.snippets(ctx, q.Query, words, ids)
		}
		if err != nil {
			return res, err
		}
	}
	for _, it := range items {
		res.Hits = append(res.Hits, Hit{Item: it, Snippet: snippets[it.ID]})
	}
	res.Total = total
	if c := r.countCap(); res.Total > c {
		res.Total, res.Capped = c, true
	}
	return res, nil
}

// filterSets are the member sets of a search's tag, author and outlet
// filters, held until the search ends.
type filterSets []*memberSet

// nameFilters lists every name filter of q.
func (q SearchQuery) nameFilters() []NameFilter {
	var out []NameFilter
	for _, n := range [3]NameFilter{{Tags, []string{q.Tag}}, {Authors, []string{q.Author}}, {Outlets, []string{q.Outlet}}} {
		if n.Slugs[0] != "" {
			out = append(out, n)
		}
	}
	return append(out, q.Names...)
}

// holdFilters finds, or reads, the member sets q filters by: one per
// filter, the union of its names' sets when it has several.
func (r *Reader) holdFilters(ctx context.Context, q SearchQuery) (filterSets, error) {
	nf := q.nameFilters()
	if len(nf) == 0 {
		return nil, nil
	}
	st, err := r.State(ctx)
	if err != nil {
		return nil, err
	}
	var f filterSets
	for _, n := range nf {
		if !n.Kind.valid() || len(n.Slugs) == 0 {
			f.release()
			return nil, fmt.Errorf("%w: a filter of unknown kind %v", ErrBadRequest, n.Kind)
		}
		parts := make([]*memberSet, 0, len(n.Slugs))
		for _, slug := range n.Slugs {
			s, err := r.conn().memberSet(ctx, setName{n.Kind, slug}, st.Generation)
			if err != nil {
				filterSets(parts).release()
				f.release()
				return nil, err
			}
			parts = append(parts, s)
		}
		if len(parts) == 1 {
			f = append(f, parts[0])
			continue
		}
		u := unionSet(parts)
		filterSets(parts).release()
		f = append(f, u)
	}
	return f, nil
}

func (f filterSets) release() {
	for _, s := range f {
		if s != nil {
			release(s)
		}
	}
}

// filters returns the SQL conditions for the filters of q on the article
// whose id is the expression id. Tags, authors and outlets are member sets
// (in_set), so no index or article row is read for them; dates read the
// article row's leading columns.
func filters(q SearchQuery, f filterSets, id string) (conds []string, args []any) {
	for _, s := range f {
		if s != nil {
			conds = append(conds, `in_set(?, `+id+`)`)
			args = append(args, s.key)
		}
	}
	var row []string
	if q.FromDay != 0 {
		row = append(row, `r.pub_day >= ?`)
		args = append(args, q.FromDay)
	}
	if q.ToDay != 0 {
		row = append(row, `r.pub_day <= ?`)
		args = append(args, q.ToDay)
	}
	if q.Undated {
		row = append(row, `r.pub_day IS NULL`)
	}
	if len(row) > 0 {
		conds = append(conds, `EXISTS (SELECT 1 FROM articles r WHERE r.id = `+id+` AND `+strings.Join(row, ` AND `)+`)`)
	}
	return conds, args
}

func where(conds []string) string {
	if len(conds) == 0 {
		return ""
	}
	return ` WHERE ` + strings.Join(conds, ` AND `)
}

// countMatches counts the matches of q up to CountCap+1.
func (r *Reader) countMatches(ctx context.Context, q SearchQuery, f filterSets, match string) (int, error) {
	var conds []string
	var args []any
	from := ` FROM articles a`
	id := `a.id`
	if match != "" {
		from, id = ` FROM `+q.fts+` f`, `f.rowid`
		conds, args = append(conds, q.fts+` MATCH ?`), append(args, match)
	}
	fc, fa := filters(q, f, id)
	conds, args = append(conds, fc...), append(args, fa...)
	var n int
	err := r.conn().QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1`+from+where(conds)+` LIMIT ?)`,
		append(args, r.countCap()+1)...).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count results: %w", err)
	}
	return n, nil
}

// matchIDs returns the ids of the matches of q, newest first, up to
// CountCap+1: the count and what the facets count, in one pass. The ids
// come as one string (group_concat) rather than a row each, which costs
// about as much as counting them.
func (r *Reader) matchIDs(ctx context.Context, q SearchQuery, f filterSets, match string) ([]int64, error) {
	conds, args := filters(q, f, `f.rowid`)
	conds, args = append([]string{q.fts + ` MATCH ?`}, conds...), append([]any{match}, args...)
	var list string
	err := r.conn().QueryRowContext(ctx, `SELECT coalesce(group_concat(rowid), '') FROM (SELECT f.rowid FROM `+q.fts+` f`+
		where(conds)+` ORDER BY f.rowid DESC LIMIT ?)`, append(args, r.countCap()+1)...).Scan(&list)
	if err != nil {
		return nil, fmt.Errorf("count results: %w", err)
	}
	return parseIDs(list)
}

// walkShare: when at least one article in this many matches, date order
// walks the archive newest first and probes the index per article (the
// first page turns up after a few hundred probes) instead of sorting every
// match by date.
const walkShare = 50

// snippetExpr cuts a passage of the body around the matches.
const snippetExpr = `snippet(articles_fts, 2, '` + MarkStart + `', '` + MarkEnd + `', '…', 30)`

// rankedPage returns the ids of one page of results best first, with their
// snippets when it can cut them on the way.
//
// With at most CountCap matches, FTS5 scores them all, sorts, and hands
// over the best in order; the filters and the snippet are then worked out
// only for the rows read, so snippets come in the same query (asked
// separately, each one runs the match again).
//
// With filters, FTS5's sort would score every match before SQLite tests
// the filters (bm25 costs about a microsecond a row: a word in 58% of
// 100,000 articles within a one-article author scored 58,000 rows to keep
// none, 130 ms). A second sort key (the id) keeps the sort away from FTS5:
// SQLite tests the filters on each match, FTS5 scores only those that pass,
// and SQLite sorts them. The id also orders equal ranks as FTS5's sort
// does, oldest first (SQLite's sort keeps the order rows come in). The
// snippets are then cut apart, for the page only.
//
// With more, only the CountCap most recently added matches are ranked:
// scoring every match of a word found in most articles costs bm25 on each
// (a quarter of a second at 100,000 articles, and linear), while FTS5 reads
// matches in rowid order and stops at the bound.
func (r *Reader) rankedPage(ctx context.Context, q SearchQuery, f filterSets, match string, total int) ([]int64, map[int64]string, error) {
	conds, fa := filters(q, f, `f.rowid`)
	order := `f.rank`
	if len(conds) > 0 {
		order = `f.rank, f.rowid`
	}
	cond := where(append([]string{q.fts + ` MATCH ?`}, conds...))
	args := append([]any{match}, fa...)
	var query string
	var snippets map[int64]string // nil: the caller cuts them
	switch {
	case total > r.countCap():
		query = `SELECT rowid, '' FROM (SELECT f.rowid, f.rank FROM ` + q.fts + ` f` + cond +
			` ORDER BY f.rowid DESC LIMIT ?) ORDER BY rank LIMIT ? OFFSET ?`
		args = append(args, r.countCap())
	case q.fts != ftsWords || len(conds) > 0:
		// The grams and stems indexes hold pieces and stems, not the
		// text to show: the caller cuts its snippets from the text.
		query = `SELECT f.rowid, '' FROM ` + q.fts + ` f` + cond + ` ORDER BY ` + order + ` LIMIT ? OFFSET ?`
	default:
		query = `SELECT f.rowid, ` + snippetExpr + ` FROM articles_fts f` + cond + ` ORDER BY f.rank LIMIT ? OFFSET ?`
		snippets = map[int64]string{}
	}
	rows, err := r.conn().QueryContext(ctx, query, append(args, q.Limit, q.Offset)...)
	if err != nil {
		return nil, nil, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		var sn string
		if err := rows.Scan(&id, &sn); err != nil {
			return nil, nil, fmt.Errorf("search: %w", err)
		}
		ids = append(ids, id)
		if snippets != nil {
			snippets[id] = sn
		}
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("search: %w", err)
	}
	return ids, snippets, nil
}

// searchPage returns the ids of one page of results in date order, or of
// the articles matching only filters.
func (r *Reader) searchPage(ctx context.Context, q SearchQuery, f filterSets, match string, total int) ([]int64, error) {
	var query string
	var args []any
	switch {
	default:
		conds, fa := filters(q, f, `a.id`)
		if match != "" {
			articles, _, err := r.Counts(ctx)
			if err != nil {
				return nil, err
			}
			if total*walkShare >= articles {
				conds = append([]string{`EXISTS (SELECT 1 FROM ` + q.fts + ` WHERE ` + q.fts + ` MATCH ? AND rowid = a.id)`}, conds...)
			} else {
				conds = append([]string{`a.id IN (SELECT rowid FROM ` + q.fts + ` WHERE ` + q.fts + ` MATCH ?)`}, conds...)
			}
			fa = append([]any{match}, fa...)
		}
		if q.Oldest {
			// Dated articles oldest first, then the undated ones: two
			// index ranges one after the other, so the undated (whose
			// key is the smallest) do not come first.
			dated := append(append([]string(nil), conds...), `a.sort_key > ?`)
			undated := append(append([]string(nil), conds...), `a.sort_key = ?`)
			query = `SELECT id FROM (SELECT a.id FROM articles a` + where(dated) + ` ORDER BY a.sort_key, a.id)
				UNION ALL SELECT id FROM (SELECT a.id FROM articles a` + where(undated) + ` ORDER BY a.id) LIMIT ? OFFSET ?`
			args = append(append(append(append([]any(nil), fa...), int64(UndatedSortKey)), fa...), int64(UndatedSortKey), q.Limit, q.Offset)
			break
		}
		query = `SELECT a.id FROM articles a` + where(conds) + ` ORDER BY a.sort_key DESC, a.id DESC LIMIT ? OFFSET ?`
		args = append(fa, q.Limit, q.Offset)
	}
	rows, err := r.conn().QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// indexedPrefixes are the prefix lengths the words index keeps entries
// for (migration 0009).
var indexedPrefixes = []int{2, 3, 4}

// scansPrefix reports whether q has a prefix the words index has no
// entries for: FTS5 then merges the lists of every word it begins each
// time the query starts.
func scansPrefix(q search.Query) bool {
	scans := func(t search.Term) bool {
		return t.Prefix && len(t.Words) > 0 && !slices.Contains(indexedPrefixes, utf8.RuneCountInString(t.Words[len(t.Words)-1]))
	}
	for _, g := range q.All {
		if slices.ContainsFunc(g, scans) {
			return true
		}
	}
	return slices.ContainsFunc(q.Exclude, scans)
}

// snippets cuts a passage around the matches of each article on the page,
// only for those.
//
// Each id is looked up on its own (SQLite starts the match once per id),
// which costs a few lookups in the index, except for a prefix the index
// has no entries for: starting that match merges every word it begins
// (half a millisecond each time for a word in 10% of the articles), so the
// match is started once and walked over the ids' range instead.
func (r *Reader) snippets(ctx context.Context, q search.Query, match string, ids []int64) (map[int64]string, error) {
	out := map[int64]string{}
	if match == "" || len(ids) == 0 {
		return out, nil
	}
	query := `SELECT rowid, ` + snippetExpr + ` FROM articles_fts WHERE articles_fts MATCH ? AND rowid IN ` + idSet
	args := []any{match, idList(ids)}
	if scansPrefix(q) {
		// The unary + keeps the id list from being handed to FTS5 as
		// one lookup per id; the range bounds the walk.
		query = `SELECT rowid, ` + snippetExpr + ` FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= ? AND rowid <= ? AND +rowid IN ` + idSet
		args = []any{match, slices.Min(ids), slices.Max(ids), idList(ids)}
	}
	rows, err := r.conn().QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("snippets: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var sn string
		if err := rows.Scan(&id, &sn); err != nil {
			return nil, fmt.Errorf("snippets: %w", err)
		}
		out[id] = sn
	}
	return out, rows.Err()
}

// listing reports whether q is one tag's, author's or outlet's articles
// newest first with no words and no dates: a listing, which one index range
// answers, where the general query would sort every article of the tag.
func (q SearchQuery) listing() (ListQuery, bool) {
	nf := q.nameFilters()
	if !q.Query.Empty() || q.FromDay != 0 || q.ToDay != 0 || q.Undated || q.Oldest || len(nf) != 1 || len(nf[0].Slugs) != 1 {
		return ListQuery{}, false
	}
	if !nf[0].Kind.valid() {
		return ListQuery{}, false
	}
	lq := nf[0].Kind.Listing(nf[0].Slugs[0])
	lq.Offset, lq.Limit = q.Offset, q.Limit
	return lq, true
}

func (r *Reader) searchListing(ctx context.Context, lq ListQuery, facets *FacetOptions) (SearchResult, error) {
	var res SearchResult
	items, total, err := r.List(ctx, lq)
	if err != nil {
		return res, err
	}
	if facets != nil {
		if res.Facets, err = r.ListFacets(ctx, lq, *facets); err != nil {
			return res, err
		}
	}
	for _, it := range items {
		res.Hits = append(res.Hits, Hit{Item: it})
	}
	res.Total = total
	if c := r.countCap(); res.Total > c {
		res.Total, res.Capped = c, true
	}
	return res, nil
}
