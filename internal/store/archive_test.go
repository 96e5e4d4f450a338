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
	ctx := context.Background()
	db, err := store.OpenWrite(ctx, filepath.Join(dir, "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := importer.Run(ctx, db, []string{dir}, importer.Options{}); err != nil {
		t.Fatal(err)
	}
	return db
}
