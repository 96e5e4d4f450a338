package importer_test

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"morgue/internal/importer"
	"morgue/internal/store"
)

// TestMain lets the test binary act as an importer process that the kill
// test can SIGKILL.
func TestMain(m *testing.M) {
	if dbPath := os.Getenv("MORGUE_TEST_CHILD_DB"); dbPath != "" {
		db, err := store.OpenWrite(context.Background(), dbPath)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		_, err = importer.Run(context.Background(), db, []string{os.Getenv("MORGUE_TEST_CHILD_IN")},
			importer.Options{BatchSize: 25, Now: fixedNow})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(4)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func TestKilledImportLeavesConsistentDatabase(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	const n = 400
	for i := range n {
		write(t, filepath.Join(in, fmt.Sprintf("%04d.md", i)),
			md(fmt.Sprintf("Story number %d", i), fmt.Sprintf("Body of story %d about harbours and rivers.", i)))
	}
	dbPath := filepath.Join(dir, "m.db")
	// Kill the importer at many different moments, each run resuming what
	// the previous ones left.
	rng := rand.New(rand.NewPCG(1, 2))
	for range 10 {
		delay := time.Duration(5+rng.IntN(200)) * time.Millisecond
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "MORGUE_TEST_CHILD_DB="+dbPath, "MORGUE_TEST_CHILD_IN="+in)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		checkIntegrity(t, dbPath)
	}
	db := openDB(t, dbPath)
	sum, _ := run(t, db, in)
	if sum.Counts[importer.Failed] != 0 || sum.Counts[importer.New]+sum.Counts[importer.Unchanged] != n {
		t.Fatalf("completing run: %v", counts(sum))
	}
	_, total, err := store.NewReader(db).List(context.Background(), store.ListQuery{})
	if err != nil || total != n {
		t.Fatalf("after completing: %d articles, %v; want %d", total, err, n)
	}
	sum, _ = run(t, db, in)
	if counts(sum) != [5]int{0, 0, n, 0, 0} {
		t.Fatalf("third run: %v, want all unchanged", counts(sum))
	}
	// The same final state as an import that was never interrupted.
	clean := openDB(t, filepath.Join(dir, "clean.db"))
	run(t, clean, in)
	if a, b := fingerprint(t, db), fingerprint(t, clean); a != b {
		t.Fatalf("killed-and-resumed archive differs from a clean one:\n%s\nvs\n%s", a, b)
	}
}

// fingerprint lists what a reader can see of the archive, in id-independent
// order.
func fingerprint(t *testing.T, db *sql.DB) string {
	t.Helper()
	rows, err := db.Query(`SELECT slug, title, content_hash, tags_text, sort_key FROM articles ORDER BY slug`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var slug, title, hash, tags string
		var key int64
		rows.Scan(&slug, &title, &hash, &tags, &key)
		fmt.Fprintf(&b, "%s|%s|%s|%s|%d\n", slug, title, hash, tags, key)
	}
	var counts string
	db.QueryRow(`SELECT count(*) || '/' || sum(article_count) FROM tags`).Scan(&counts)
	fmt.Fprintf(&b, "tags %s\n", counts)
	return b.String()
}

func checkIntegrity(t *testing.T, path string) {
	t.Helper()
	db := openDB(t, path)
	var res string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&res); err != nil || res != "ok" {
		t.Fatalf("integrity_check: %q %v", res, err)
	}
	// The search index must agree with the articles table.
	if _, err := db.Exec(`INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')`); err != nil {
		t.Fatalf("fts integrity-check: %v", err)
	}
	db.Close()
}
