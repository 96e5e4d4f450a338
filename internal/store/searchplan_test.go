package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/corpus"
	"github.com/morgue-archive/morgue/internal/importer"
	"github.com/morgue-archive/morgue/internal/search"
	"github.com/morgue-archive/morgue/internal/store"
)

// plainResult is one page of a search as the plain FTS5 query gives it:
// every match sorted by rank, the filters tested on the sorted rows.
type plainResult struct {
	ids      []int64
	snippets []string
	total    int
}

// plainSearch runs the search the straightforward way: count up to the
// bound, then FTS5's "ORDER BY rank" over every match with the filters
// tested on the sorted rows (or, past the bound, over the bound's newest
// matches), with the snippet cut in the same query.
func plainSearch(t *testing.T, db *sql.DB, table, match, filter string, filterArgs []any, bound, offset, limit int) plainResult {
	t.Helper()
	ctx := context.Background()
	cond := table + ` MATCH ?`
	if filter != "" {
		cond += ` AND ` + filter
	}
	args := append([]any{match}, filterArgs...)
	var res plainResult
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM `+table+` f WHERE `+cond+` LIMIT ?)`,
		append(slices.Clone(args), bound+1)...).Scan(&res.total); err != nil {
		t.Fatal(err)
	}
	snip := `''`
	if table == "articles_fts" {
		snip = `snippet(articles_fts, 2, '` + store.MarkStart + `', '` + store.MarkEnd + `', '…', 30)`
	}
	query := `SELECT f.rowid, ` + snip + ` FROM ` + table + ` f WHERE ` + cond + ` ORDER BY f.rank LIMIT ? OFFSET ?`
	if res.total > bound {
		query = `SELECT rowid, '' FROM (SELECT f.rowid, f.rank FROM ` + table + ` f WHERE ` + cond +
			` ORDER BY f.rowid DESC LIMIT ?) ORDER BY rank LIMIT ? OFFSET ?`
		args = append(args, bound)
	}
	rows, err := db.QueryContext(ctx, query, append(args, limit, offset)...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var sn string
		if err := rows.Scan(&id, &sn); err != nil {
			t.Fatal(err)
		}
		res.ids, res.snippets = append(res.ids, id), append(res.snippets, sn)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	res.total = min(res.total, bound)
	return res
}

// The query plans of a ranked search (filters tested before bm25 and the
// sort left to SQLite, snippets cut apart, a walk over the ids' range for
// a prefix the index has no entries for) give the same pages as the plain
// query, in the same order, with the same snippets, for every shape of
// query of the benchmark, with and without filters, below and past the
// count bound, on a generated corpus plus articles that tie on rank (the
// same length and the same matches).
func TestRankedPagesMatchThePlainQuery(t *testing.T) {
	dir := t.TempDir()
	if _, err := corpus.Write(dir, corpus.Options{N: 400, Seed: 7, MDFraction: corpus.DefaultMDFraction, CJKFraction: corpus.DefaultCJKFraction}); err != nil {
		t.Fatal(err)
	}
	for i := range 12 {
		text := fmt.Sprintf("---\ntitle: Tied story %c\ntags: [Ties]\n---\nThe harbour zyxqua of town %c was busy.\n", 'A'+i, 'A'+i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("tie%02d.md", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A made-up person whose given name the pairs index knows: in
	// capitals and lower case, in headlines, bylines and bodies, a name
	// that ends a headline before a body that starts with the surname
	// (no phrase), three names, a name before a common word.
	for i, text := range []string{
		"---\ntitle: Harbour talks with Nadia\nauthors: [Nadia Qorvel]\n---\nQorvel spoke first. NADIA QORVEL said the port would open.\n",
		"---\ntitle: Nadia Qorvel Brenn returns\n---\nThe ferry of nadia qorvel brenn sailed. Nadia the pilot waved.\n",
		"---\ntitle: Ferry news\n---\nWe met Nadia Qorvel, and Nadia Qorvel met us. Nadia the\n",
		"---\ntitle: A quiet day by the harbour with Nadia\n---\nQorvel Nadia is another person.\n",
		// Three and four names of which the first two or three are
		// given names: in capitals and lower case, in a byline, cut by
		// a column's end, after another given name, followed by a
		// surname, and one name said over and over (phrases that
		// overlap).
		"---\ntitle: Nadia Carter Qorvel at the harbour\nauthors: [Nadia Carter Qorvel]\n---\nNADIA CARTER QORVEL and nadia carter qorvel spoke. Nadia Carter left; Nadia Carter Qorvel Brenn waved.\n",
		"---\ntitle: Talks with Nadia Carter\n---\nQorvel was not there. Leila Nadia Carter Qorvel was.\n",
		"---\ntitle: Ferry\ndek: Nadia Leila Carter Brenn\n---\nNadia Leila Carter Brenn and Nadia Leila Carter met in the harbour. Nadia nadia nadia nadia.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("name%02d.md", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx := context.Background()
	db, err := store.OpenWrite(ctx, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := importer.Run(ctx, db, []string{dir}, importer.Options{}); err != nil {
		t.Fatal(err)
	}
	r := store.NewReader(db)
	g := corpus.New(7)
	common, mid := g.Word(3), g.Word(60)
	var long string
	for rank := 20; long == ""; rank++ {
		if w := g.Word(rank); len([]rune(w)) >= 7 {
			long = w
		}
	}
	typed := []string{
		common, mid, g.Word(400), mid + " " + common, mid + " OR " + g.Word(200),
		`"the ` + mid + `"`, `"` + g.Person(0) + `"`, `"` + g.Person(60) + `"`,
		long[:2] + "*", long[:3] + "*", long[:4] + "*", long[:5] + "*", long[:6] + "*",
		mid + " -" + common, "title:" + mid, "zyxqua", "harbour", g.ZhWord(0, 2), g.ZhWord(200, 3),
		`"the ` + g.Word(400) + `"`, `"the harbour zyxqua"`,
		// Phrases with common words anywhere, and of common words only.
		`"` + mid + ` the"`, `"` + mid + ` of the"`, `"` + g.Word(1) + ` ` + g.Word(0) + `"`, `"the ` + long[:4] + `*"`,
		`"the ` + mid + `" ` + g.Word(200), `"the ` + mid + `" OR ` + g.Word(400),
		// Queries of phrases that start with a common word only, which
		// the pairs index answers: with a rarer word, of two common
		// words, in headlines only, in capitals, with OR and minus, and
		// a phrase that ties (the same pair, the same length); and the
		// ones it leaves to the words index, with the common word last.
		`"the ` + g.Word(200) + `"`, `"` + g.Word(400) + ` the"`, `"of the"`, `"THE ` + strings.ToUpper(mid) + `"`,
		"title:the-" + mid, `"the ` + mid + `" OR "` + mid + ` of"`, `"the ` + mid + `" -"of the"`,
		`"the ` + mid + `" "of the"`, `"town ` + "A" + `"`, `"of town"`,
		`"the ` + mid + `" OR "in ` + g.Word(200) + `"`, `"a ` + mid + `"`, `"and ` + g.Word(100) + `"`,
		// Phrases that start with a given name, which the pairs index
		// answers too: in mixed case, in headlines only, across a
		// column's end, with OR; and those it leaves to the words
		// index: three names, the surname first.
		`"Nadia Qorvel"`, `"nADIA qORVEL"`, `"nadia the"`, "title:nadia-qorvel", `"Nadia Qorvel" OR "the ` + mid + `"`,
		`"Nadia Qorvel" -"Nadia the"`, `"Nadia Qorvel Brenn"`, `"Qorvel Nadia"`, `"Nadia Qorvel" brenn`,
		// Phrases of three and four words of which all but the last
		// begin pairs, which the pairs index answers as a phrase of
		// pairs: in mixed case, in headlines only, with OR and minus,
		// repeated; and a covered pair followed by a word that is not
		// (the words index).
		`"Nadia Carter Qorvel"`, `"nADIA carter QORVEL"`, `"Nadia Leila Carter Brenn"`, `"Nadia Leila Carter"`,
		"title:nadia-carter-qorvel", `"Nadia Carter Qorvel" OR "the ` + mid + `"`, `"Nadia Carter Qorvel" -"Nadia Leila"`,
		`"Nadia Nadia Nadia"`, `"Nadia Nadia"`, `"in the harbour"`, `"Nadia Carter Qorvel Brenn"`, `"Carter Qorvel Brenn"`,
		// Words and prefixes, ranked in Go: mixed, in capitals, in
		// headlines, twice, with a phrase left out.
		mid + " " + long[:3] + "*", strings.ToUpper(mid) + " OR " + long[:5] + "*", "title:" + long[:4] + "*",
		mid + " " + mid, mid + ` -"the ` + g.Word(200) + `"`, "zyxqua OR " + g.Word(400),
		// Words beside a word in most articles, which past a low count
		// bound is not read but bounded (wordbound.go): with ties, in
		// headlines, with OR, the common word twice.
		g.Word(400) + " " + common, "zyxqua the", "zyxqua " + common + " the", "title:zyxqua the",
		"zyxqua title:the", g.Word(400) + " the OR " + common, "zyxqua OR " + g.Word(400) + " the",
		g.Word(200) + " " + common + " " + g.Word(400), "harbour " + common + "*",
	}
	// Words in 8-21 articles (read below the low bound's 21), beside
	// common ones: more matches than the smaller pages show.
	var few []string
	for rank := 40; len(few) < 2 && rank < 4000; rank += 7 {
		pq, err := search.Parse(g.Word(rank))
		if err != nil {
			continue
		}
		if n, err := r.Matches(ctx, pq); err == nil && n >= 8 && n <= 21 {
			few = append(few, g.Word(rank))
		}
	}
	if len(few) < 2 {
		t.Fatalf("no words in 8-21 articles: %v", few)
	}
	typed = append(typed, few[0]+" the", few[1]+" "+common, few[0]+" the "+common, "the "+few[1]+" OR "+few[0],
		"title:the "+few[0], few[1]+" -zyxqua the")
	tags, _, err := r.Names(ctx, store.Tags, false, 0, 1)
	if err != nil || len(tags) == 0 {
		t.Fatalf("no tags: %v", err)
	}
	_, nAuthors, err := r.Names(ctx, store.Authors, false, 0, 1)
	if err != nil {
		t.Fatal(err)
	}
	small, _, err := r.Names(ctx, store.Authors, false, nAuthors-1, 1)
	if err != nil || len(small) == 0 {
		t.Fatalf("no authors: %v", err)
	}
	type filter struct {
		tag, author string
		sql         string
	}
	filters := []filter{
		{},
		{tag: tags[0].Slug, sql: `+f.rowid IN (SELECT article_id FROM article_tags JOIN tags ON tags.id = tag_id WHERE tags.slug = ?)`},
		{tag: "ties", sql: `+f.rowid IN (SELECT article_id FROM article_tags JOIN tags ON tags.id = tag_id WHERE tags.slug = ?)`},
		{author: small[0].Slug, sql: `+f.rowid IN (SELECT article_id FROM article_authors JOIN authors ON authors.id = author_id WHERE authors.slug = ?)`},
	}
	// The pairs index answers the phrases with a common word, searches
	// of words and prefixes are ranked in Go, and their bm25 is FTS5's to
	// the last bit; so is FTS5's bm25 over the pairs index brought back
	// to the words index's, which ranks one phrase of pairs too common
	// for rankPairs.
	paired, worded, inverted := 0, 0, 0
	for _, s := range typed {
		pq, err := search.Parse(s)
		if err != nil {
			t.Fatal(err)
		}
		scores, ok, err := store.PairScores(r, pq)
		if err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		if ok {
			paired++
			checkScores(t, db, s+" (pairs)", pq, scores)
		} else if scores, ok, err = store.WordScores(r, pq); err != nil {
			t.Fatalf("%q: %v", s, err)
		} else if ok {
			worded++
			checkScores(t, db, s+" (words)", pq, scores)
		}
		if scores, ok, err := store.PairBM25Scores(r, pq); err != nil {
			t.Fatalf("%q: %v", s, err)
		} else if ok {
			inverted++
			checkScores(t, db, s+" (pairs' bm25)", pq, scores)
		}
	}
	if paired < 28 {
		t.Errorf("only %d queries answered by the pairs index", paired)
	}
	t.Logf("%d queries answered by the pairs index, %d ranked as words and prefixes, %d by the pairs' bm25", paired, worded, inverted)
	if worded < 14 {
		t.Errorf("only %d queries ranked as words and prefixes", worded)
	}
	if inverted < 20 {
		t.Errorf("only %d queries ranked by the pairs' bm25", inverted)
	}
	checked, bounded := 0, 0
	for _, bound := range []int{store.CountCap, 7} {
		store.SetCountCap(r, bound)
		for _, s := range typed {
			// Where the common words are bounded, the candidates'
			// scores are FTS5's to the last bit.
			if pq, err := search.Parse(s); err == nil {
				for _, k := range []int{20, 8, 1} {
					scores, ok, err := store.BoundedScores(r, pq, k)
					if err != nil {
						t.Fatalf("%q: %v", s, err)
					}
					if !ok {
						continue
					}
					bounded++
					for id, got := range scores {
						var rank float64
						if err := db.QueryRowContext(ctx, `SELECT rank FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?`, store.MatchExpr(pq), id).Scan(&rank); err != nil || got != rank {
							t.Errorf("%q: article %d scored %v, FTS5 %v (%v)", s, id, got, rank, err)
						}
					}
				}
			}
			pq, err := search.Parse(s)
			if err != nil {
				t.Fatalf("%q: %v", s, err)
			}
			table, match := store.IndexMatch(pq)
			for _, f := range filters {
				var fargs []any
				if f.tag != "" {
					fargs = []any{f.tag}
				} else if f.author != "" {
					fargs = []any{f.author}
				}
				for _, page := range []struct{ offset, limit int }{{0, 20}, {3, 5}} {
					want := plainSearch(t, db, table, match, f.sql, fargs, bound, page.offset, page.limit)
					for _, facets := range []*store.FacetOptions{nil, {Limit: 10}} {
						res, err := r.Search(ctx, store.SearchQuery{Query: pq, Tag: f.tag, Author: f.author,
							Offset: page.offset, Limit: page.limit, Facets: facets})
						if err != nil {
							t.Fatalf("%q %+v: %v", s, f, err)
						}
						var ids []int64
						for i, h := range res.Hits {
							ids = append(ids, h.ID)
							// Past the bound the plain query cut no
							// snippets; below it, in its own query.
							if want.total < bound && table == "articles_fts" && i < len(want.snippets) && h.Snippet != want.snippets[i] {
								t.Errorf("%q %+v bound %d offset %d: snippet of %d is %q, plain %q", s, f, bound, page.offset, h.ID, h.Snippet, want.snippets[i])
							}
						}
						if !slices.Equal(ids, want.ids) || res.Total != want.total {
							t.Errorf("%q %+v bound %d offset %d facets %v: ids %v total %d; plain query %v total %d",
								s, f, bound, page.offset, facets != nil, ids, res.Total, want.ids, want.total)
						}
						if facets != nil && res.Total > 0 && (res.Facets == nil || res.Facets.Total == 0) {
							t.Errorf("%q %+v: no facets for %d results", s, f, res.Total)
						}
						checked++
					}
				}
			}
		}
	}
	// The ties really tie, so their order was put to the test.
	var matches, ranks int
	if err := db.QueryRowContext(ctx, `SELECT count(*), count(DISTINCT rank) FROM articles_fts WHERE articles_fts MATCH 'zyxqua'`).Scan(&matches, &ranks); err != nil || matches != 12 || ranks != 1 {
		t.Fatalf("ties: %d matches of %d ranks, %v", matches, ranks, err)
	}
	t.Logf("%d searches compared, %d rankings of bounded words", checked, bounded)
	if bounded < 15 {
		t.Errorf("only %d rankings with a common word bounded", bounded)
	}
}

// checkScores compares scores with FTS5's rank of every match of q in the
// words index, bit for bit.
func checkScores(t *testing.T, db *sql.DB, name string, pq search.Query, scores map[int64]float64) {
	t.Helper()
	_, match := store.IndexMatch(pq)
	rows, err := db.QueryContext(context.Background(), `SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ?`, match)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var id int64
		var rank float64
		if err := rows.Scan(&id, &rank); err != nil {
			t.Fatal(err)
		}
		if got, ok := scores[id]; !ok || got != rank {
			t.Errorf("%s: article %d scored %v (found %v), FTS5 %v", name, id, got, ok, rank)
		}
		n++
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if n != len(scores) {
		t.Errorf("%s: %d matches scored, %d in the words index", name, len(scores), n)
	}
}
