package importer_test

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"
)

// The importer keeps article_count by deltas and writes the search index
// last in each batch; after inserts, updates that
// move an article between outlets, authors and tags, and same-headline
// slugs, every count must equal a fresh count.
func TestCountsStayExactAcrossUpdates(t *testing.T) {
	dir := t.TempDir()
	doc := func(outlet, tags, author string) string {
		return "---\ntitle: Same headline\ndate: 2025-03-27\nauthors: [" + author + "]\ntags: [" + tags + "]\noutlet: " + outlet + "\n---\nBody " + outlet + tags + author + ".\n"
	}
	for i := range 5 {
		write(t, filepath.Join(dir, fmt.Sprintf("a%d.md", i)), doc("Outlet One", "Alpha, Beta", "Jane Doe")+fmt.Sprint(i))
	}
	db := openDB(t, filepath.Join(dir, "m.db"))
	run(t, db, dir)
	write(t, filepath.Join(dir, "a0.md"), doc("Outlet Two", "Beta, Gamma", "John Roe"))
	write(t, filepath.Join(dir, "a1.md"), doc("Outlet Two", "Gamma", "John Roe"))
	_, rs := run(t, db, dir)
	if rs[0].Slug != "same-headline" || rs[1].Slug != "same-headline-2" {
		t.Errorf("slugs after update: %q %q", rs[0].Slug, rs[1].Slug)
	}
	checkCounts(t, db)
	want := map[string]int{"alpha": 3, "beta": 4, "gamma": 2}
	for slug, n := range want {
		var got int
		if err := db.QueryRow(`SELECT article_count FROM tags WHERE slug = ?`, slug).Scan(&got); err != nil || got != n {
			t.Errorf("tag %s: %d articles (%v), want %d", slug, got, err, n)
		}
	}
}

func checkCounts(t *testing.T, db *sql.DB) {
	t.Helper()
	// The search index, written at the end of each batch, matches the table.
	if _, err := db.Exec(`INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Errorf("search index: %v", err)
	}
	for _, q := range []string{
		`SELECT count(*) FROM tags n WHERE article_count != (SELECT count(*) FROM article_tags WHERE tag_id = n.id) OR article_count = 0`,
		`SELECT count(*) FROM authors n WHERE article_count != (SELECT count(*) FROM article_authors WHERE author_id = n.id) OR article_count = 0`,
		`SELECT count(*) FROM outlets n WHERE article_count != (SELECT count(*) FROM articles WHERE outlet_id = n.id) OR article_count = 0`,
	} {
		var bad int
		if err := db.QueryRowContext(context.Background(), q).Scan(&bad); err != nil || bad != 0 {
			t.Errorf("%d wrong counts (%v): %s", bad, err, q)
		}
	}
}

// A tag merged into a fuller name re-indexes the articles it moves, and an
// update of such an article afterwards finds the index matching the table
// (FTS5 deletes by the text it is given: a row indexed with other tags than
// the table holds would leave words behind).
func TestTagMergeKeepsSearchIndexExact(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.md")
	write(t, a, "---\ntitle: Rally in Ohio\ntags: [Trump]\n---\nThe rally.\n")
	db := openDB(t, filepath.Join(dir, "m.db"))
	run(t, db, dir)
	write(t, filepath.Join(dir, "b.md"), "---\ntitle: Debate night\ntags: [Donald Trump]\n---\nThe debate.\n")
	run(t, db, dir)
	checkCounts(t, db)
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM article_tags x JOIN tags t ON t.id = x.tag_id WHERE t.slug = 'donald-trump'`).Scan(&n); err != nil || n != 2 {
		t.Fatalf("donald-trump has %d articles (%v), want 2 (was the tag merged?)", n, err)
	}
	if err := db.QueryRow(`SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'tags_text : trump'`).Scan(&n); err != nil || n != 2 {
		t.Errorf("tags_text : trump finds %d articles (%v), want 2", n, err)
	}
	write(t, a, "---\ntitle: Rally in Ohio\ntags: [Donald Trump]\n---\nThe rally, again.\n")
	run(t, db, dir)
	checkCounts(t, db)
	if err := db.QueryRow(`SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'tags_text : donald'`).Scan(&n); err != nil || n != 2 {
		t.Errorf("after the update, tags_text : donald finds %d articles (%v), want 2", n, err)
	}
}
