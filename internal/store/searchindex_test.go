package store_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"slices"
	"testing"

	"github.com/morgue-archive/morgue/internal/corpus"
	"github.com/morgue-archive/morgue/internal/importer"
	"github.com/morgue-archive/morgue/internal/search"
	"github.com/morgue-archive/morgue/internal/store"
)

// segments counts the segments of the words index.
func segments(t *testing.T, db *sql.DB) int {
	t.Helper()
	var n int
	if err := db.QueryRow(`SELECT count(DISTINCT segid) FROM articles_fts_idx`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// An import that makes most of the archive leaves its search index in one
// segment; a small one adds its own segments and leaves the rest alone;
// merging them changes no result, rank or snippet.
func TestImportMergesTheSearchIndexOfALargeImport(t *testing.T) {
	dir := t.TempDir()
	if _, err := corpus.Write(dir, corpus.Options{N: 300, Seed: 3, MDFraction: corpus.DefaultMDFraction, CJKFraction: corpus.DefaultCJKFraction}); err != nil {
		t.Fatal(err)
	}
	files, _, _ := importer.Collect([]string{dir})
	ctx := context.Background()
	db, err := store.OpenWrite(ctx, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	opt := importer.Options{BatchSize: 20}
	if _, err := importer.Run(ctx, db, files[:250], opt); err != nil {
		t.Fatal(err)
	}
	if n := segments(t, db); n != 1 {
		t.Fatalf("after the first import: %d segments, want 1", n)
	}
	if _, err := importer.Run(ctx, db, files[250:], opt); err != nil {
		t.Fatal(err)
	}
	before := segments(t, db)
	if before < 2 {
		t.Fatalf("an import of a sixth of the archive merged its index (%d segment)", before)
	}
	g := corpus.New(3)
	typed := []string{g.Word(3), g.Word(40), `"the ` + g.Word(40) + `"`, g.Word(40) + " " + g.Word(3),
		g.Word(25)[:3] + "*", `"` + g.Person(0) + `"`, g.Word(40) + " -" + g.Word(150), g.ZhWord(0, 2)}
	type page struct {
		hits  []store.Hit
		total int
		ranks []float64
	}
	r := store.NewReader(db)
	pages := func() []page {
		var out []page
		for _, s := range typed {
			pq, err := search.Parse(s)
			if err != nil {
				t.Fatal(err)
			}
			res, err := r.Search(ctx, store.SearchQuery{Query: pq, Limit: 20})
			if err != nil {
				t.Fatal(err)
			}
			p := page{hits: res.Hits, total: res.Total}
			table, match := store.IndexMatch(pq)
			rows, err := db.Query(`SELECT rank FROM `+table+` WHERE `+table+` MATCH ? ORDER BY rank, rowid`, match)
			if err != nil {
				t.Fatal(err)
			}
			for rows.Next() {
				var rank float64
				if err := rows.Scan(&rank); err != nil {
					t.Fatal(err)
				}
				p.ranks = append(p.ranks, rank)
			}
			rows.Close()
			if p.total == 0 {
				t.Fatalf("%q finds nothing", s)
			}
			out = append(out, p)
		}
		return out
	}
	want := pages()
	merged, err := store.MergeSearchIndexes(ctx, db, 300)
	if err != nil || !merged {
		t.Fatalf("merge: %v %v", merged, err)
	}
	if n := segments(t, db); n != 1 {
		t.Fatalf("after merging: %d segments, want 1", n)
	}
	for i, got := range pages() {
		w := want[i]
		if got.total != w.total || !slices.Equal(got.ranks, w.ranks) || len(got.hits) != len(w.hits) {
			t.Fatalf("%q: %d results, ranks %v; before merging %d, %v", typed[i], got.total, got.ranks, w.total, w.ranks)
		}
		for j := range got.hits {
			if got.hits[j].ID != w.hits[j].ID || got.hits[j].Snippet != w.hits[j].Snippet {
				t.Errorf("%q hit %d: %d %q; before merging %d %q", typed[i], j, got.hits[j].ID, got.hits[j].Snippet, w.hits[j].ID, w.hits[j].Snippet)
			}
		}
	}
}
