package store_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "modernc.org/sqlite"

	"github.com/morgue-archive/morgue/internal/store"
)

func TestMigrationsRecordTheSchemaVersion(t *testing.T) {
	db := emptyArchive(t)
	var v int
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil || v != store.SchemaVersion() || v < 1 {
		t.Fatalf("user_version %d (%v), want %d", v, err, store.SchemaVersion())
	}
}

func TestOpenRefusals(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()

	// A schema newer than this binary: neither side may touch it.
	newer := filepath.Join(dir, "newer.db")
	db, err := store.OpenWrite(ctx, newer)
	if err != nil {
		t.Fatal(err)
	}
	db.Exec("PRAGMA user_version = 999")
	db.Close()
	if _, err := store.OpenRead(ctx, newer); err == nil || !strings.Contains(err.Error(), "newer than this morgue") {
		t.Errorf("OpenRead newer: %v", err)
	}
	if _, err := store.OpenWrite(ctx, newer); err == nil || !strings.Contains(err.Error(), "newer than this morgue") {
		t.Errorf("OpenWrite newer: %v", err)
	}

	// Some other SQLite database.
	other := filepath.Join(dir, "other.db")
	raw, _ := sql.Open("sqlite", other)
	raw.Exec("CREATE TABLE x (y)")
	raw.Close()
	if _, err := store.OpenRead(ctx, other); err == nil || !strings.Contains(err.Error(), "not a morgue database") {
		t.Errorf("OpenRead other: %v", err)
	}

	// Not a database at all.
	junk := filepath.Join(dir, "junk.db")
	os.WriteFile(junk, []byte(strings.Repeat("junk", 2000)), 0o644)
	for name, open := range map[string]func(context.Context, string) (*sql.DB, error){"read": store.OpenRead, "write": store.OpenWrite} {
		if _, err := open(ctx, junk); err == nil || !strings.Contains(err.Error(), "not a morgue database or corrupt") {
			t.Errorf("%s junk: %v", name, err)
		}
	}

	if _, err := store.OpenRead(ctx, filepath.Join(dir, "missing.db")); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Errorf("OpenRead missing: %v", err)
	}
	if _, err := store.OpenWrite(ctx, filepath.Join(dir, "no", "dir", "m.db")); err == nil || !strings.Contains(err.Error(), "database folder") {
		t.Errorf("OpenWrite in missing folder: %v", err)
	}
}

func TestReadOnlyConnectionCannotWrite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	db, err := store.OpenWrite(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	ro, err := store.OpenRead(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if _, err := ro.Exec("UPDATE meta SET value = 'x' WHERE key = 'generation'"); err == nil {
		t.Fatal("a write through the server's connection succeeded")
	}
}
