package store_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"morgue/internal/search"
	"morgue/internal/store"
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
		`<script>alert(1)</script>`, `😀`, `a OR`, `OR OR b`, `"a" -"b"*`, `x:y:z`, `{title}: a`, `a^b`, `a NEAR/3 b`} {
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
