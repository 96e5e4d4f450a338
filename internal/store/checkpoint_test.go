package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/morgue-archive/morgue/internal/importer"
	"github.com/morgue-archive/morgue/internal/store"
)

// While an import runs, checkpoints happen beside the writer (which does
// not checkpoint below 64 MB of log), so the database file fills during the
// import; afterwards the writer checkpoints for itself again, and nothing is
// lost.
func TestCheckpointsBesideTheWriter(t *testing.T) {
	defer store.SetCheckpointAt(256 << 10)()
	dir := t.TempDir()
	const n = 300
	for i := range n {
		body := strings.Repeat(fmt.Sprintf("Paragraph %d of a long story about the harbour. ", i), 40)
		text := fmt.Sprintf("---\ntitle: Story %d\ntags: [Ports]\n---\n%s\n", i, body)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%03d.md", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx := context.Background()
	dbPath := filepath.Join(t.TempDir(), "m.db")
	db, err := store.OpenWrite(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	fileSize := func() int64 {
		st, err := os.Stat(dbPath)
		if err != nil {
			t.Fatal(err)
		}
		return st.Size()
	}
	empty, during := fileSize(), int64(0)
	sum, err := importer.Run(ctx, db, []string{dir}, importer.Options{BatchSize: 10, Report: func(importer.Result) {
		during = max(during, fileSize())
		time.Sleep(time.Millisecond) // give the checkpoints a chance on a busy machine
	}})
	if err != nil || sum.Counts[importer.New] != n {
		t.Fatalf("import: %v, %s", err, sum)
	}
	var auto, articles int
	db.QueryRow(`PRAGMA wal_autocheckpoint`).Scan(&auto)
	db.QueryRow(`SELECT count(*) FROM articles`).Scan(&articles)
	t.Logf("database file: %d KB empty, %d KB at most during the import", empty>>10, during>>10)
	if auto != 16384 {
		t.Errorf("the writer's wal_autocheckpoint after the import: %d, want 16384", auto)
	}
	if articles != n {
		t.Errorf("%d articles stored, want %d", articles, n)
	}
	if during < 4*empty {
		t.Errorf("the database file stayed at %d KB during the import (%d KB empty): no checkpoint ran beside the writer", during>>10, empty>>10)
	}
	ftsIntact(t, db, "after the import")
	var ok string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
		t.Errorf("integrity_check: %q, %v", ok, err)
	}
}
