package importer_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/morgue-archive/morgue/internal/store"
)

// An archive made before titles in other scripts were transliterated
// gave a Chinese article the slug "article". After the upgrade's re-parse
// it has a readable slug, and the old one redirects to it.
func TestTransliteratedSlugKeepsTheOldOne(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	write(t, filepath.Join(dir, "in", "zh.md"), "---\ntitle: 港口重新开放\ndate: 2025-03-27\n---\n风暴过后三个星期，渔船回到了港口。\n")
	db := openDB(t, filepath.Join(dir, "m.db"))
	run(t, db, filepath.Join(dir, "in"))
	const want = "gang-kou-zhong-xin-kai-fang"
	// As the earlier parser left it: its slug, and its own reading of
	// the file, which the re-parse compares with the new one.
	if _, err := db.Exec(`UPDATE articles SET slug = 'article'; UPDATE sources SET parsed_hash = 'earlier parser'`); err != nil {
		t.Fatal(err)
	}
	if err := store.SetParserVersion(ctx, db, "1"); err != nil {
		t.Fatal(err)
	}
	sum, _ := run(t, db, filepath.Join(dir, "in"))
	if sum.Reparsed == nil {
		t.Fatalf("no re-parse for the new parser version: %v", sum)
	}
	r := store.NewReader(db)
	it, err := r.Article(ctx, want)
	if err != nil || it.Title != "港口重新开放" || it.Language != "zh" || it.WordCount != 15 {
		t.Fatalf("article at %s: %+v %v", want, it, err)
	}
	if cur, err := r.Alias(ctx, "article"); err != nil || cur != want {
		t.Errorf("old slug: -> %q, %v", cur, err)
	}
}
