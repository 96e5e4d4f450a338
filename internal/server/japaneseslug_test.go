package server_test

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/store"
)

// An archive made before Japanese titles were read as Japanese has the
// Chinese readings of their kanji in the URL. The next import (a newer
// parser re-parses what the archive keeps) moves the article to its
// Hepburn slug, and the old URL answers 301 with the new one.
func TestJapaneseSlugUpgradeRedirects(t *testing.T) {
	dir := t.TempDir()
	const title = "港町の書店、八十年の歴史に幕"
	md := "---\ntitle: " + title + "\ndate: 2025-03-27\n---\n" +
		"港町で八十年続いた書店が、今月末で店を閉じることになった。店主は「町の人に長く支えてもらった」と話した。\n"
	if err := os.WriteFile(filepath.Join(dir, "ja.md"), []byte(md), 0o644); err != nil {
		t.Fatal(err)
	}
	f := newFixture(t, dir)
	const want = "minatocho-no-shoten-hachijunen-no-rekishi-ni-maku"
	if a := f.get("/articles/" + want); a.code != 200 {
		t.Fatalf("new import: /articles/%s = %d", want, a.code)
	}
	// What the earlier parser left: Slugify's Chinese readings, and its
	// own reading of the file, which the re-parse compares with the new.
	old := article.Slugify(title)
	if old == want {
		t.Fatalf("the old slug %q is the new one", old)
	}
	db, err := store.OpenWrite(context.Background(), f.dbPath)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`UPDATE articles SET slug = ?; UPDATE sources SET parsed_hash = 'earlier parser'`, old); err != nil {
		t.Fatal(err)
	}
	if err := store.SetParserVersion(context.Background(), db, "2"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if a := f.get("/articles/" + old); a.code != 200 {
		t.Fatalf("old archive: /articles/%s = %d", old, a.code)
	}
	f.importPaths(dir)
	a := f.get("/articles/" + old)
	if a.code != http.StatusMovedPermanently || a.header.Get("Location") != "/articles/"+want {
		t.Fatalf("old slug %s: %d %q, want 301 to %s", old, a.code, a.header.Get("Location"), want)
	}
	if a := f.get("/articles/" + want); a.code != 200 {
		t.Fatalf("new slug: %d", a.code)
	}
}
