package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/morgue-archive/morgue/internal/importer"
	"github.com/morgue-archive/morgue/internal/store"
)

// importedArchive imports n Markdown articles, a0.md to a(n-1).md in that
// order (so article i has id i+1), whose text article(i) gives, into a new
// archive.
func importedArchive(t *testing.T, n int, article func(i int) string) *sql.DB {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%d.md", i)), []byte(article(i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db, imp := archiveOf(t, dir)
	imp()
	return db
}

// archiveOf opens a new, empty archive and returns it with a function that
// imports dir into it, as often as a test changes dir's files.
func archiveOf(t *testing.T, dir string) (*sql.DB, func()) {
	t.Helper()
	ctx := context.Background()
	db, err := store.OpenWrite(ctx, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, func() {
		t.Helper()
		if _, err := importer.Run(ctx, db, []string{dir}, importer.Options{}); err != nil {
			t.Fatal(err)
		}
	}
}
