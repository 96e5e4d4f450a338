package importer_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/morgue-archive/morgue/internal/importer"
	"github.com/morgue-archive/morgue/internal/search"
	"github.com/morgue-archive/morgue/internal/store"
)

// fixedNow keeps import times out of the comparisons.
func fixedNow() time.Time { return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) }

func openDB(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := store.OpenWrite(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func run(t *testing.T, db *sql.DB, paths ...string) (importer.Summary, []importer.Result) {
	t.Helper()
	var rs []importer.Result
	sum, err := importer.Run(context.Background(), db, paths, importer.Options{
		Now:    fixedNow,
		Report: func(r importer.Result) { rs = append(rs, r) },
	})
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	return sum, rs
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func md(title, body string) string {
	return "---\ntitle: " + title + "\ndate: 2025-03-27\nauthors: [Jane Doe]\ntags: [Colombia, Migration]\noutlet: Example News\n---\n" + body + "\n"
}

func counts(s importer.Summary) [5]int { return [5]int(s.Counts[:5]) }

func TestImportIsIdempotent(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "in", "a.md"), md("First story", "Alpha text about the harbour."))
	write(t, filepath.Join(dir, "in", "b.md"), md("Second story", "Beta text about the mountains."))
	write(t, filepath.Join(dir, "in", "notes.json"), "{}") // not an article: skipped
	db := openDB(t, filepath.Join(dir, "m.db"))

	sum, _ := run(t, db, filepath.Join(dir, "in"))
	if got := counts(sum); got != [5]int{2, 0, 0, 0, 0} || sum.Skipped != 1 {
		t.Fatalf("first run: %v skipped %d, want 2 new and 1 skipped", got, sum.Skipped)
	}
	gen1 := generation(t, db)
	sum, _ = run(t, db, filepath.Join(dir, "in"))
	if got := counts(sum); got != [5]int{0, 0, 2, 0, 0} {
		t.Fatalf("second run: %v, want 2 unchanged", got)
	}
	if !strings.Contains(sum.String(), "nothing changed") {
		t.Errorf("summary %q does not say nothing changed", sum.String())
	}
	if gen2 := generation(t, db); gen2 != gen1 {
		t.Errorf("generation moved from %d to %d on a no-op import", gen1, gen2)
	}
}

func generation(t *testing.T, db *sql.DB) int64 {
	t.Helper()
	st, err := store.NewReader(db).State(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st.Generation
}

func TestChangedFileUpdatesInPlaceAndKeepsURL(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.md")
	write(t, path, md("Harbour reopens", "The harbour reopened on Monday."))
	db := openDB(t, filepath.Join(dir, "m.db"))
	_, rs := run(t, db, path)
	first := rs[0].Slug
	if first != "harbour-reopens" {
		t.Fatalf("slug %q", first)
	}

	// Same title, new body: same slug.
	write(t, path, md("Harbour reopens", "The harbour reopened on Tuesday, a day late."))
	sum, rs := run(t, db, path)
	if counts(sum) != [5]int{0, 1, 0, 0, 0} || rs[0].Slug != first {
		t.Fatalf("body change: %v slug %q", counts(sum), rs[0].Slug)
	}
	r := store.NewReader(db)
	it, err := r.Article(context.Background(), first)
	if err != nil || !strings.Contains(it.Body, "Tuesday") {
		t.Fatalf("article after update: %v %q", err, it.Body)
	}

	// New title: new slug, and the old one still leads to the article.
	write(t, path, md("Harbour reopens after storm", "The harbour reopened on Tuesday, a day late."))
	_, rs = run(t, db, path)
	if rs[0].Slug != "harbour-reopens-after-storm" {
		t.Fatalf("slug after title change %q", rs[0].Slug)
	}
	cur, err := r.Alias(context.Background(), first)
	if err != nil || cur != rs[0].Slug {
		t.Fatalf("alias %q -> %q, %v", first, cur, err)
	}
	items, total, err := r.List(context.Background(), store.ListQuery{})
	if err != nil || total != 1 || len(items) != 1 {
		t.Fatalf("list after updates: %d items, total %d, %v", len(items), total, err)
	}
}

func TestSameArticleInTwoFilesIsStoredOnce(t *testing.T) {
	dir := t.TempDir()
	text := md("Harbour reopens", "The harbour reopened on Monday.")
	write(t, filepath.Join(dir, "a.md"), text)
	write(t, filepath.Join(dir, "b.md"), strings.ReplaceAll(text, "\n", "\r\n")) // same words, other bytes
	db := openDB(t, filepath.Join(dir, "m.db"))
	sum, rs := run(t, db, dir)
	if counts(sum) != [5]int{1, 0, 0, 1, 0} {
		t.Fatalf("got %v, want 1 new and 1 duplicate", counts(sum))
	}
	if !strings.Contains(rs[1].Note, filepath.Join(dir, "a.md")) {
		t.Errorf("duplicate note %q does not name the file kept", rs[1].Note)
	}
	sum, _ = run(t, db, dir)
	if counts(sum) != [5]int{0, 0, 2, 0, 0} {
		t.Fatalf("rerun: %v, want 2 unchanged", counts(sum))
	}
}

func TestSlugsAreUnique(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.md"), md("Same headline", "One story about rivers."))
	write(t, filepath.Join(dir, "b.md"), md("Same headline", "Another story about lakes."))
	write(t, filepath.Join(dir, "c.md"), md("Rondón’s déjà vu", "Accents fold."))
	db := openDB(t, filepath.Join(dir, "m.db"))
	_, rs := run(t, db, dir)
	got := []string{rs[0].Slug, rs[1].Slug, rs[2].Slug}
	want := []string{"same-headline", "same-headline-2", "rondons-deja-vu"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("slug %d = %q, want %q", i, got[i], want[i])
		}
	}
}

func TestBadFilesAreReportedAndTheRestImported(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	write(t, filepath.Join(in, "good.md"), md("A good story", "Words."))
	write(t, filepath.Join(in, "empty.txt"), "")
	write(t, filepath.Join(in, "blank.txt"), " \n\t\r\n")
	write(t, filepath.Join(in, "image.txt"), "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	write(t, filepath.Join(in, "latin1.txt"), "Caf\xe9 au lait\n\nSome text.")
	write(t, filepath.Join(in, "notitle.md"), "---\ndek: no title here\n---\nBody.")
	write(t, filepath.Join(in, "badyaml.md"), "---\ntitle: [unclosed\n---\nBody.")
	write(t, filepath.Join(in, "baddate.md"), "---\ntitle: Dated\ndate: 27th of Marchember\n---\nBody.")
	big := filepath.Join(in, "huge.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	f.Truncate(importer.MaxFileSize + 1)
	f.Close()
	if err := os.Symlink(filepath.Join(dir, "missing.txt"), filepath.Join(in, "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	db := openDB(t, filepath.Join(dir, "m.db"))
	sum, rs := run(t, db, in, filepath.Join(dir, "nope"))
	want := map[string]string{
		"empty.txt":    "empty file",
		"blank.txt":    "empty file",
		"image.txt":    "binary data",
		"latin1.txt":   "not UTF-8",
		"notitle.md":   "no title",
		"badyaml.md":   "front matter",
		"baddate.md":   "date",
		"huge.txt":     "too large",
		"dangling.txt": "no such file",
		"nope":         "no such file",
	}
	if sum.Counts[importer.New] != 1 || sum.Counts[importer.Failed] != len(want) {
		t.Fatalf("counts %v, want 1 new and %d failed", counts(sum), len(want))
	}
	for _, r := range rs {
		if r.Outcome != importer.Failed {
			continue
		}
		reason, ok := want[filepath.Base(r.Path)]
		if !ok {
			t.Errorf("unexpected failure %s: %s", r.Path, r.Note)
			continue
		}
		if !strings.Contains(r.Note, reason) {
			t.Errorf("%s: reason %q does not mention %q", filepath.Base(r.Path), r.Note, reason)
		}
	}
}

func TestSeedIsSearchable(t *testing.T) {
	dir := t.TempDir()
	db := openDB(t, filepath.Join(dir, "m.db"))
	sum, rs := run(t, db, "../../seeds")
	if sum.Counts[importer.New] != 1 {
		t.Fatalf("seed import: %v %+v", counts(sum), rs)
	}
	r := store.NewReader(db)
	for query, want := range map[string]int{
		"biometric":           1,
		"rondon":              1, // the byline, with its accent folded
		"\"Gustavo Petro\"":   1,
		"deport*":             1,
		"biometric -Colombia": 0,
		"penguins":            0,
	} {
		q, err := search.Parse(query)
		if err != nil {
			t.Fatalf("%s: %v", query, err)
		}
		res, err := r.Search(context.Background(), store.SearchQuery{Query: q})
		if err != nil {
			t.Fatalf("%s: %v", query, err)
		}
		if res.Total != want || len(res.Hits) != want {
			t.Errorf("search %s: %d results, want %d", query, res.Total, want)
		}
	}
}

// The counts the importer keeps for listings agree with the rows.
func TestKeptCountsMatchTheRows(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.md"), md("Dated story", "Text one."))
	write(t, filepath.Join(dir, "b.md"), "---\ntitle: Undated story\n---\nText two.\n")
	write(t, filepath.Join(dir, "c.md"), "---\ntitle: Another undated\n---\nText three.\n")
	db := openDB(t, filepath.Join(dir, "m.db"))
	run(t, db, dir)
	// One undated article gets a date, one dated story loses it.
	write(t, filepath.Join(dir, "b.md"), "---\ntitle: Undated story\ndate: 2024-01-01\n---\nText two.\n")
	write(t, filepath.Join(dir, "a.md"), "---\ntitle: Dated story\n---\nText one.\n")
	run(t, db, dir)
	var kept, rows, keptUndated, undated int
	db.QueryRow(`SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'articles'`).Scan(&kept)
	db.QueryRow(`SELECT count(*) FROM articles`).Scan(&rows)
	db.QueryRow(`SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'undated'`).Scan(&keptUndated)
	db.QueryRow(`SELECT count(*) FROM articles WHERE published IS NULL`).Scan(&undated)
	if kept != 3 || rows != 3 || keptUndated != 2 || undated != 2 {
		t.Fatalf("kept %d/%d undated, rows %d/%d undated", kept, keptUndated, rows, undated)
	}
}

// The summary names every kind of file an import reads, so that a person
// whose saved pages were skipped knows they were of another kind.
func TestSummaryNamesTheKindsRead(t *testing.T) {
	line := importer.Summary{Skipped: 2}.String()
	for _, ext := range []string{".txt", ".md", ".html", ".mhtml", ".warc"} {
		if !strings.Contains(line, ext) {
			t.Errorf("summary %q does not name %s", line, ext)
		}
	}
}
