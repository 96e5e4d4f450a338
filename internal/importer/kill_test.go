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

	"github.com/morgue-archive/morgue/internal/importer"
	"github.com/morgue-archive/morgue/internal/store"
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
		opt := importer.Options{BatchSize: 25, Now: fixedNow}
		if os.Getenv("MORGUE_TEST_CHILD_REPARSE") != "" {
			_, err = importer.Reparse(context.Background(), db, opt)
		} else {
			_, err = importer.Run(context.Background(), db, []string{os.Getenv("MORGUE_TEST_CHILD_IN")}, opt)
		}
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
	writeStories(t, in, n)
	dbPath := filepath.Join(dir, "m.db")
	killRepeatedly(t, dbPath, rand.New(rand.NewPCG(1, 2)), 5*time.Millisecond, "MORGUE_TEST_CHILD_IN="+in)
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

// A re-parse killed at any moment loses nothing either: every article,
// version and old slug is there after the next run, as after a re-parse
// never interrupted, and the files are not needed.
func TestKilledReparseLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	const n = 300
	writeStories(t, in, n)
	// Two archives as an older parser left them: other headlines (so
	// other slugs) for every article.
	older := func(name string) string {
		path := filepath.Join(dir, name)
		db := openDB(t, path)
		run(t, db, in)
		if _, err := db.Exec(`UPDATE articles SET title = title || ' (draft)', slug = slug || '-draft';
			UPDATE sources SET parsed_hash = 'older'`); err != nil {
			t.Fatal(err)
		}
		db.Close()
		return path
	}
	dbPath, cleanPath := older("m.db"), older("clean.db")
	os.RemoveAll(in)
	// Later than for the import: a re-parse first reads the archive.
	killRepeatedly(t, dbPath, rand.New(rand.NewPCG(3, 4)), 40*time.Millisecond, "MORGUE_TEST_CHILD_REPARSE=1")
	db := openDB(t, dbPath)
	sum := reparse(t, db)
	t.Logf("completing re-parse: %s", sum)
	if sum.Counts[importer.Failed] != 0 || sum.Counts[importer.Updated]+sum.Counts[importer.Unchanged] != n {
		t.Fatalf("completing re-parse: %s", sum)
	}
	if sum := reparse(t, db); counts(sum) != [5]int{0, 0, n, 0, 0} {
		t.Fatalf("re-parse after completing: %s, want all unchanged", sum)
	}
	clean := openDB(t, cleanPath)
	reparse(t, clean)
	if a, b := fingerprint(t, db), fingerprint(t, clean); a != b {
		t.Fatalf("killed-and-resumed re-parse differs from one never interrupted:\n%s\nvs\n%s", a, b)
	}
	var versions, aliases int
	db.QueryRow(`SELECT (SELECT count(*) FROM article_versions), (SELECT count(*) FROM slug_aliases)`).Scan(&versions, &aliases)
	if versions != n || aliases != n {
		t.Errorf("%d versions and %d old slugs kept, want %d of each", versions, aliases, n)
	}
}

// writeStories writes n small Markdown articles into folder in.
func writeStories(t *testing.T, in string, n int) {
	t.Helper()
	for i := range n {
		write(t, filepath.Join(in, fmt.Sprintf("%04d.md", i)),
			md(fmt.Sprintf("Story number %d", i), fmt.Sprintf("Body of story %d about harbours and rivers.", i)))
	}
}

// killRepeatedly starts the child (see TestMain) on dbPath ten times with
// env and kills it at a random moment after at least the given delay, each
// run resuming what the previous ones left; the archive must pass its
// checks after every kill.
func killRepeatedly(t *testing.T, dbPath string, rng *rand.Rand, least time.Duration, env ...string) {
	t.Helper()
	for range 10 {
		delay := least + time.Duration(rng.IntN(200))*time.Millisecond
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(append(os.Environ(), "MORGUE_TEST_CHILD_DB="+dbPath), env...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		checkIntegrity(t, dbPath)
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
	// Earlier states, old slugs and kept sources, by the article's slug.
	var kept string
	db.QueryRow(`SELECT COALESCE(group_concat(x, ';'), '') FROM (
		SELECT a.slug || ':v' || v.version || '=' || v.title || '@' || v.seen_at AS x
			FROM article_versions v JOIN articles a ON a.id = v.article_id
		UNION ALL SELECT s.slug || '->' || a.slug FROM slug_aliases s JOIN articles a ON a.id = s.article_id
		UNION ALL SELECT a.slug || '<' || b.sha256 FROM articles a JOIN sources s ON s.path = a.source_path
			JOIN source_blobs b ON b.id = s.blob_id
		ORDER BY x)`).Scan(&kept)
	fmt.Fprintf(&b, "kept %s\n", kept)
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
