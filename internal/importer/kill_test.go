package importer_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
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
	// Kill the importer at a few different moments.
	for _, delay := range []time.Duration{30 * time.Millisecond, 80 * time.Millisecond, 150 * time.Millisecond} {
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
	var n int
	db.QueryRow("SELECT count(*) FROM articles").Scan(&n)
	t.Logf("after kill: %d articles", n)
	db.Close()
}
