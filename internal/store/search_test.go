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

	"github.com/morgue-archive/morgue/internal/importer"
	"github.com/morgue-archive/morgue/internal/search"
	"github.com/morgue-archive/morgue/internal/store"
)

func TestMatchExprQuotesEverything(t *testing.T) {
	for in, want := range map[string]string{
		`noem colombia`:      `"noem" AND "colombia"`,
		`"gustavo petro" -x`: `"gustavo petro" NOT "x"`,
		`migra* OR deport`:   `("migra"* OR "deport")`,
		`title:noem`:         `title : "noem"`,
		`NEAR( AND OR NOT`:   `"NEAR" AND ("AND" OR "NOT")`,
		`' OR 1=1 --`:        `"1 1"`,
		`he said "a""b"`:     `"he" AND "said" AND "a" AND "b"`,
	} {
		q, err := search.Parse(in)
		if err != nil {
			t.Fatalf("%q: %v", in, err)
		}
		if got := store.MatchExpr(q); got != want {
			t.Errorf("MatchExpr(%q) = %s, want %s", in, got, want)
		}
	}
}

// emptyArchive is a migrated database with no articles: enough for FTS5 to
// check every expression.
func emptyArchive(t testing.TB) *sql.DB {
	t.Helper()
	db, err := store.OpenWrite(context.Background(), filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// FuzzSearchQuery: whatever is typed either is refused by the parser with a
// reason, or becomes an expression FTS5 accepts.
func FuzzSearchQuery(f *testing.F) {
	for _, s := range []string{`"`, `*`, `AND`, `NEAR(`, `-`, `()`, `title:`, `' OR 1=1 --`,
		`<script>alert(1)</script>`, `😀`, `a OR`, `OR OR b`, `"a" -"b"*`, `x:y:z`, `{title}: a`, `a^b`, `a NEAR/3 b`,
		`"Москва" -"ёлка"*`, `title:Москве*`, `بالقاهرة OR "والقاهرة"`, `كَتَبَ`, `Ё`, `北京 Москва`} {
		f.Add(s)
	}
	db := emptyArchive(f)
	r := store.NewReader(db)
	f.Fuzz(func(t *testing.T, in string) {
		q, err := search.Parse(in)
		if err != nil {
			return
		}
		if _, err := r.Search(context.Background(), store.SearchQuery{Query: q, Limit: 1}); err != nil {
			t.Fatalf("Search(%q) as %s: %v", in, store.MatchExpr(q), err)
		}
	})
}

// A search with more matches than the count bound says so, ranks only the
// most recently added matches (the bound), and still cuts snippets; below
// the bound every match is ranked, title matches first.
func TestSearchRanksWithinTheCountBound(t *testing.T) {
	db := importedArchive(t, 6, func(i int) string {
		title := fmt.Sprintf("Story %d", i)
		if i == 1 || i == 5 {
			title += " about the harbour"
		}
		tags := ""
		if i%2 == 1 {
			tags = "tags: [Ports]\n"
		}
		return fmt.Sprintf("---\ntitle: %s\n%s---\nThe harbour of town %d was busy.\n", title, tags, i)
	})
	ctx := context.Background()
	q, _ := search.Parse("harbour")
	titles := func(res store.SearchResult) []string {
		var out []string
		for _, h := range res.Hits {
			if !strings.Contains(h.Snippet, store.MarkStart+"harbour"+store.MarkEnd) {
				t.Errorf("%s: snippet %q has no marked match", h.Title, h.Snippet)
			}
			out = append(out, h.Title)
		}
		return out
	}

	r := store.NewReader(db)
	res, err := r.Search(ctx, store.SearchQuery{Query: q, Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	got := titles(res)
	if res.Total != 6 || res.Capped || len(got) != 6 || !strings.Contains(got[0], "harbour") || !strings.Contains(got[1], "harbour") {
		t.Fatalf("unbounded: total %d capped %v, %q", res.Total, res.Capped, got)
	}

	// With a filter: only the tagged stories (1, 3, 5), the count too.
	res, err = r.Search(ctx, store.SearchQuery{Query: q, Tag: "ports", Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	got = titles(res)
	if res.Total != 3 || res.Capped || len(got) != 3 || !strings.Contains(got[0], "harbour") || !strings.Contains(got[1], "harbour") || got[2] != "Story 3" {
		t.Fatalf("tag filter: total %d capped %v, %q", res.Total, res.Capped, got)
	}
	if res, err = r.Search(ctx, store.SearchQuery{Query: q, Tag: "ports", Limit: 2, Offset: 2}); err != nil || res.Total != 3 || len(res.Hits) != 1 {
		t.Fatalf("tag filter, page 2: total %d, %d hits, %v", res.Total, len(res.Hits), err)
	}

	store.SetCountCap(r, 3)
	if n, err := r.Matches(ctx, q); n != 6 || err != nil {
		t.Errorf("Matches past the count bound: %d, %v; want all 6", n, err)
	}
	res, err = r.Search(ctx, store.SearchQuery{Query: q, Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	got = titles(res)
	want := []string{"Story 5 about the harbour", "Story 4", "Story 3"}
	if res.Total != 3 || !res.Capped || strings.Join(got[:1], "") != want[0] || len(got) != 3 {
		t.Fatalf("bounded: total %d capped %v, %q; want the 3 newest, %q first", res.Total, res.Capped, got, want[0])
	}
	if slices.Contains(got, "Story 1 about the harbour") {
		t.Errorf("bounded: an older match was ranked: %q", got)
	}
	// More word matches than the bound, but the filter leaves 3: all ranked.
	res, err = r.Search(ctx, store.SearchQuery{Query: q, Tag: "ports", Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if got = titles(res); res.Total != 3 || res.Capped || len(got) != 3 || got[2] != "Story 3" {
		t.Fatalf("bounded, tag filter: total %d capped %v, %q", res.Total, res.Capped, got)
	}
}

// Filters by tag, author and outlet combine, and a filtered search sees the
// articles an import added since the last one (the member sets it keeps are
// for one generation of the archive).
func TestFilteredSearchFollowsImports(t *testing.T) {
	story := func(i int) string {
		outlet := "Harbour Gazette"
		if i%3 == 0 {
			outlet = "Inland Post"
		}
		return fmt.Sprintf("---\ntitle: Story %d\ntags: [Ports]\nauthor: Ana Ruiz\noutlet: %s\n---\nThe harbour of town %d was busy.\n", i, outlet, i)
	}
	db := importedArchive(t, 6, story)
	ctx := context.Background()
	r := store.NewReader(db)
	q, _ := search.Parse("harbour")
	count := func(sq store.SearchQuery) int {
		t.Helper()
		sq.Query, sq.Limit = q, 20
		res, err := r.Search(ctx, sq)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) != res.Total {
			t.Fatalf("%+v: %d hits, total %d", sq, len(res.Hits), res.Total)
		}
		return res.Total
	}
	for _, c := range []struct {
		sq   store.SearchQuery
		want int
	}{
		{store.SearchQuery{Tag: "ports"}, 6},
		{store.SearchQuery{Author: "ana-ruiz"}, 6},
		{store.SearchQuery{Outlet: "inland-post"}, 2},
		{store.SearchQuery{Tag: "ports", Author: "ana-ruiz", Outlet: "harbour-gazette"}, 4},
		{store.SearchQuery{Tag: "ports", Outlet: "inland-post", ByDate: true}, 2},
		{store.SearchQuery{Tag: "no-such-tag"}, 0},
	} {
		if got := count(c.sq); got != c.want {
			t.Errorf("%+v: %d results, want %d", c.sq, got, c.want)
		}
	}

	dir := t.TempDir()
	for i := 6; i < 9; i++ {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("b%d.md", i)), []byte(story(i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := importer.Run(ctx, db, []string{dir}, importer.Options{}); err != nil {
		t.Fatal(err)
	}
	if got := count(store.SearchQuery{Tag: "ports"}); got != 9 {
		t.Errorf("after a second import, tag filter: %d results, want 9", got)
	}
	if got := count(store.SearchQuery{Outlet: "inland-post"}); got != 3 {
		t.Errorf("after a second import, outlet filter: %d results, want 3", got)
	}
}

// A search answers while an import commits between the statements that
// rank it: when a word's count comes from a newer version of the archive
// than the totals (more articles match than the totals hold), the page is
// ranked by FTS5 instead of failing (this was a 500 during imports).
func TestSearchRanksWhenCountsOutrunTotals(t *testing.T) {
	ctx := context.Background()
	db := emptyArchive(t)
	dir := t.TempDir()
	for i := range 3 {
		text := fmt.Sprintf("---\ntitle: Harbour note %d\n---\nThe harbour was busy on day %d.\n", i, i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("h%d.md", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := importer.Run(ctx, db, []string{dir}, importer.Options{}); err != nil {
		t.Fatal(err)
	}
	r := store.NewReader(db)
	q, err := search.Parse("harbour")
	if err != nil {
		t.Fatal(err)
	}
	if err := store.CountWordAs(r, q, 50); err != nil {
		t.Fatal(err)
	}
	res, err := r.Search(ctx, store.SearchQuery{Query: q, Limit: 10})
	if err != nil {
		t.Fatalf("search while the counts outrun the totals: %v", err)
	}
	if len(res.Hits) != 3 {
		t.Errorf("%d results, want the 3 articles", len(res.Hits))
	}
}
