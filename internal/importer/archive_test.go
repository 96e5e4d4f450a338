package importer_test

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/morgue-archive/morgue/internal/importer"
	"github.com/morgue-archive/morgue/internal/store"
	"github.com/morgue-archive/morgue/migrations"
)

func sha(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

func importAt(t *testing.T, db *sql.DB, at time.Time, paths ...string) importer.Summary {
	t.Helper()
	sum, err := importer.Run(context.Background(), db, paths, importer.Options{Now: func() time.Time { return at }})
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	return sum
}

func reparse(t *testing.T, db *sql.DB) importer.Summary {
	t.Helper()
	sum, err := importer.Reparse(context.Background(), db, importer.Options{Now: fixedNow})
	if err != nil {
		t.Fatalf("reparse: %v", err)
	}
	return sum
}

func articleID(t *testing.T, db *sql.DB, slug string) int64 {
	t.Helper()
	var id int64
	if err := db.QueryRow(`SELECT id FROM articles WHERE slug = ?`, slug).Scan(&id); err != nil {
		t.Fatalf("article %s: %v", slug, err)
	}
	return id
}

// Every imported file's bytes are kept, compressed, with their hash, size
// and first and last import; the archive gives them back byte for byte.
func TestSourcesAreKept(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "in", "a.md")
	text := md("Harbour reopens", "The harbour reopened on Monday.")
	write(t, path, text)
	db := openDB(t, filepath.Join(dir, "m.db"))
	day1 := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	importAt(t, db, day1, path)
	importAt(t, db, day1.Add(24*time.Hour), path)

	var hash, first, last, compression string
	var size, stored int64
	err := db.QueryRow(`SELECT b.sha256, b.size, length(b.data), b.compression, s.first_seen, s.seen_at
		FROM sources s JOIN source_blobs b ON b.id = s.blob_id WHERE s.path = ?`, path).
		Scan(&hash, &size, &stored, &compression, &first, &last)
	if err != nil {
		t.Fatal(err)
	}
	if hash != sha([]byte(text)) || size != int64(len(text)) || compression != "zstd" {
		t.Errorf("kept %s, %d bytes, %s; want %s, %d bytes, zstd", hash, size, compression, sha([]byte(text)), len(text))
	}
	if first != "2026-01-01T09:00:00Z" || last != "2026-01-02T09:00:00Z" {
		t.Errorf("first import %s, last %s", first, last)
	}
	f, err := store.NewReader(db).SourceOf(context.Background(), articleID(t, db, "harbour-reopens"), 0)
	if err != nil || string(f.Data) != text || f.Key != path || f.SHA256 != hash {
		t.Fatalf("source read back: %q %s %s, %v", f.Data, f.Key, f.SHA256, err)
	}

	// The same bytes under another name are kept once.
	write(t, filepath.Join(dir, "in", "copy.md"), text)
	importAt(t, db, day1, filepath.Join(dir, "in"))
	var blobs, sources int
	db.QueryRow(`SELECT (SELECT count(*) FROM source_blobs), (SELECT count(*) FROM sources)`).Scan(&blobs, &sources)
	if blobs != 1 || sources != 2 {
		t.Errorf("%d blobs for %d sources, want 1 for 2", blobs, sources)
	}
}

// A file changed twice gives an article with three versions; each keeps
// its text and the bytes it was parsed from.
func TestChangedFileKeepsVersions(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.md")
	v1 := md("Harbour reopens", "The harbour reopened on Monday. Boats came back.")
	v2 := md("Harbour reopens", "The harbour reopened on Tuesday. Boats came back.")
	v3 := md("Harbour reopens at last", "The harbour reopened on Tuesday. Boats came back.")
	db := openDB(t, filepath.Join(dir, "m.db"))
	day := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	for i, text := range []string{v1, v2, v3} {
		write(t, path, text)
		importAt(t, db, day.AddDate(0, 0, i), path)
	}
	// Bytes that change nothing a reader sees make no version.
	write(t, path, strings.ReplaceAll(v3, "\n", "\r\n"))
	if sum := importAt(t, db, day.AddDate(0, 0, 5), path); counts(sum) != [5]int{0, 0, 1, 0, 0} {
		t.Errorf("same article, other bytes: %v, want unchanged", counts(sum))
	}
	id := articleID(t, db, "harbour-reopens-at-last")
	vs, err := store.NewReader(db).Versions(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 3 {
		t.Fatalf("%d versions, want 3", len(vs))
	}
	for i, want := range []struct{ title, word, seen, src string }{
		{"Harbour reopens", "Monday", "2026-03-01", v1},
		{"Harbour reopens", "Tuesday", "2026-03-02", v2},
		{"Harbour reopens at last", "Tuesday", "2026-03-03", v3},
	} {
		v := vs[i]
		if v.Number != i+1 || v.Title != want.title || !strings.Contains(v.Body, want.word) ||
			v.SeenAt.Format(time.DateOnly) != want.seen {
			t.Errorf("version %d: %d %q %q seen %s", i+1, v.Number, v.Title, v.Body, v.SeenAt)
		}
		if i < 2 {
			if v.SourceSHA256 != sha([]byte(want.src)) {
				t.Errorf("version %d parsed from %s, want %s", i+1, v.SourceSHA256, sha([]byte(want.src)))
			}
			f, err := store.NewReader(db).SourceOf(context.Background(), id, v.Number)
			if err != nil || string(f.Data) != want.src {
				t.Errorf("source of version %d: %q %v", i+1, f.Data, err)
			}
		}
	}
	if vs[2].ReplacedAt != nil || vs[1].ReplacedAt == nil || !vs[1].ReplacedAt.Equal(vs[2].SeenAt) {
		t.Errorf("replaced at: %v, %v", vs[1].ReplacedAt, vs[2].ReplacedAt)
	}
}

// The archive re-parses from its own bytes: with every file deleted, a
// re-parse finds every source, changes nothing that is current, and brings
// back what an older parser got wrong, keeping URLs and the old state.
func TestReparseWithTheFilesDeleted(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	write(t, filepath.Join(in, "a.md"), md("Harbour reopens", "The harbour reopened on Monday."))
	write(t, filepath.Join(in, "b.md"), md("Storm passes", "The storm passed in the night."))
	write(t, filepath.Join(in, "c.md"), strings.ReplaceAll(md("Storm passes", "The storm passed in the night."), "\n", "\r\n"))
	db := openDB(t, filepath.Join(dir, "m.db"))
	run(t, db, in)
	if err := os.RemoveAll(in); err != nil {
		t.Fatal(err)
	}
	gen := generation(t, db)
	sum := reparse(t, db)
	if counts(sum) != [5]int{0, 0, 3, 0, 0} || !strings.Contains(sum.String(), "nothing changed") {
		t.Fatalf("re-parse of a current archive: %v (%s)", counts(sum), sum)
	}
	if g := generation(t, db); g != gen {
		t.Errorf("a re-parse that changed nothing moved the generation from %d to %d", gen, g)
	}

	// What an older parser would have stored: another headline (so
	// another slug), a lost body sentence.
	for _, q := range []string{
		`UPDATE articles SET title = 'Harbour reopens Monday', slug = 'harbour-reopens-monday', body_md = 'The harbour.' WHERE slug = 'harbour-reopens'`,
		`UPDATE sources SET file_hash = 'older'`,
		`UPDATE sources SET parsed_hash = 'from an older parser' WHERE path LIKE '%a.md'`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	sum = reparse(t, db)
	if counts(sum) != [5]int{0, 1, 2, 0, 0} {
		t.Fatalf("re-parse after a parser change: %v, want 1 changed and 2 unchanged", counts(sum))
	}
	r := store.NewReader(db)
	it, err := r.Article(context.Background(), "harbour-reopens")
	if err != nil || it.Body != "The harbour reopened on Monday." {
		t.Fatalf("re-parsed article: %q, %v", it.Body, err)
	}
	if cur, err := r.Alias(context.Background(), "harbour-reopens-monday"); err != nil || cur != "harbour-reopens" {
		t.Errorf("old slug leads to %q, %v", cur, err)
	}
	vs, err := r.Versions(context.Background(), it.ID)
	if err != nil || len(vs) != 2 || vs[0].Title != "Harbour reopens Monday" || vs[0].Body != "The harbour." {
		t.Errorf("versions after the re-parse: %+v, %v", vs, err)
	}
	if sum := reparse(t, db); counts(sum) != [5]int{0, 0, 3, 0, 0} {
		t.Errorf("second re-parse: %v, want all unchanged", counts(sum))
	}
	var left int
	db.QueryRow(`SELECT count(*) FROM sources WHERE file_hash = 'older'`).Scan(&left)
	if left != 0 {
		t.Errorf("%d sources still carry the old parser's file hash", left)
	}
}

// A parser newer than the archive's articles re-parses the kept sources at
// the next import, whichever files that import is given.
func TestNewParserVersionReparsesAtImport(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "old", "a.md"), md("Harbour reopens", "The harbour reopened on Monday."))
	write(t, filepath.Join(dir, "new", "b.md"), md("Storm passes", "The storm passed."))
	db := openDB(t, filepath.Join(dir, "m.db"))
	run(t, db, filepath.Join(dir, "old"))
	os.RemoveAll(filepath.Join(dir, "old"))
	if _, err := db.Exec(`UPDATE meta SET value = '0' WHERE key = 'parser_version';
		UPDATE articles SET dek = 'An older parser took this for the dek.'`); err != nil {
		t.Fatal(err)
	}
	db.Exec(`UPDATE sources SET parsed_hash = 'older'`)
	sum, _ := run(t, db, filepath.Join(dir, "new"))
	if sum.Reparsed == nil || counts(*sum.Reparsed) != [5]int{0, 1, 0, 0, 0} || counts(sum) != [5]int{1, 0, 0, 0, 0} {
		t.Fatalf("import by a newer parser: %s", sum)
	}
	var dek, version string
	db.QueryRow(`SELECT dek FROM articles WHERE slug = 'harbour-reopens'`).Scan(&dek)
	db.QueryRow(`SELECT value FROM meta WHERE key = 'parser_version'`).Scan(&version)
	if dek != "" || version != importer.ParserVersion {
		t.Errorf("after the import: dek %q, parser version %q", dek, version)
	}
	if sum, _ := run(t, db, filepath.Join(dir, "new")); sum.Reparsed != nil {
		t.Errorf("the next import re-parsed again: %s", sum)
	}
}

// An archive of schema 2 (before sources were kept) upgrades in place: its
// articles stay, a re-parse says which sources it cannot read, and the
// next import of the same files keeps their bytes without touching the
// articles.
func TestUpgradeFromSchemaTwoKeepsSourcesFromTheNextImport(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.md")
	text := md("Harbour reopens", "The harbour reopened on Monday.")
	write(t, path, text)
	dbPath := filepath.Join(dir, "old.db")
	raw, err := sql.Open("sqlite", "file:"+dbPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"0001_init.sql", "0002_search_view.sql"} {
		q, err := migrations.FS.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := raw.Exec(string(q)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	// The rows an import of schema 2 wrote for the file.
	h := sha256.New()
	h.Write([]byte("morgue parser " + importer.ParserVersion + "\n"))
	h.Write([]byte(text))
	for _, q := range []string{`PRAGMA user_version = 2`,
		`INSERT INTO outlets (id, name, slug, article_count) VALUES (1, 'Example News', 'example-news', 1)`,
		`INSERT INTO articles (id, slug, first_slug, title, outlet_id, published, sort_key, pub_day, reading_minutes, word_count,
			content_hash, source_path, imported_at, updated_at, body_md, body_html, body_text)
		 VALUES (1, 'harbour-reopens', 'harbour-reopens', 'Harbour reopens', 1, '2025-03-27T00:00:00Z', 1743033600, 20250327,
			1, 5, 'h', '` + path + `', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', 'The harbour reopened on Monday.', '', '')`,
		`INSERT INTO articles_fts (rowid, title, dek, body_text, authors_text, tags_text)
		 VALUES (1, 'Harbour reopens', '', 'The harbour reopened on Monday.', '', '')`,
		`INSERT INTO sources (path, file_hash, article_id, seen_at) VALUES ('` + path + `', '` + hex.EncodeToString(h.Sum(nil)) + `', 1, '2025-01-01T00:00:00Z')`,
		`UPDATE meta SET value = '1' WHERE key = 'articles'`,
	} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%.50s: %v", q, err)
		}
	}
	raw.Close()

	db := openDB(t, dbPath)
	sum := reparse(t, db)
	if sum.Total() != 0 || sum.Missing != 1 || !strings.Contains(sum.String(), "1 without kept bytes") {
		t.Errorf("re-parse of an upgraded archive: %s", sum)
	}
	r := store.NewReader(db)
	if p, err := r.Provenance(context.Background(), 1); err != nil || p.SHA256 != "" || p.Versions != 1 {
		t.Errorf("provenance before the import: %+v %v", p, err)
	}
	if got := counts(importAt(t, db, fixedNow(), path)); got != [5]int{0, 0, 1, 0, 0} {
		t.Errorf("import of the same file: %v, want unchanged", got)
	}
	p, err := r.Provenance(context.Background(), 1)
	if err != nil || p.SHA256 != sha([]byte(text)) {
		t.Errorf("provenance after the import: %+v %v", p, err)
	}
	var updated, first string
	db.QueryRow(`SELECT a.updated_at, s.first_seen FROM articles a JOIN sources s ON s.article_id = a.id`).Scan(&updated, &first)
	if updated != "2025-01-01T00:00:00Z" || first != "2025-01-01T00:00:00Z" {
		t.Errorf("the article changed (updated %s) or the source forgot its first import (%s)", updated, first)
	}
	os.Remove(path)
	if sum := reparse(t, db); sum.Missing != 0 || sum.Total() != 1 {
		t.Errorf("re-parse after the import: %s", sum)
	}
}

// story is long enough for an edited copy of it to be recognised.
func story(title, day, first string) string {
	return "---\ntitle: " + title + "\ndate: " + day + "\nauthors: [Jane Doe]\noutlet: Example News\n---\n" + first +
		" The council met in the old school hall, heard the engineers and the fishermen, and agreed to pay for" +
		" the new pontoon from the harbour fund; work starts in May and should be done before the summer ferries" +
		" begin their crossings to the islands.\n"
}

// The same story saved again after an edit, in another file, becomes a new
// version of the stored article; another story that only shares its
// headline stays an article of its own.
func TestEditedCopyIsANewVersion(t *testing.T) {
	dir := t.TempDir()
	db := openDB(t, filepath.Join(dir, "m.db"))
	write(t, filepath.Join(dir, "monday", "pontoon.md"), story("Council funds pontoon", "2025-05-05", "The harbour will get a new pontoon."))
	run(t, db, filepath.Join(dir, "monday"))
	write(t, filepath.Join(dir, "tuesday", "pontoon.md"), story("Council funds pontoon", "2025-05-05", "The harbour will get a new pontoon at last."))
	sum, rs := run(t, db, filepath.Join(dir, "tuesday"))
	if counts(sum) != [5]int{0, 1, 0, 0, 0} || rs[0].Slug != "council-funds-pontoon" || !strings.Contains(rs[0].Note, "new version") {
		t.Fatalf("edited copy: %v %+v", counts(sum), rs)
	}
	vs, err := store.NewReader(db).Versions(context.Background(), articleID(t, db, "council-funds-pontoon"))
	if err != nil || len(vs) != 2 || !strings.Contains(vs[1].Body, "at last") || strings.Contains(vs[0].Body, "at last") {
		t.Fatalf("versions: %+v %v", vs, err)
	}
	// The same headline a week later, or about something else, is
	// another article.
	write(t, filepath.Join(dir, "later", "a.md"), story("Council funds pontoon", "2025-05-12", "The harbour will get a new pontoon."))
	write(t, filepath.Join(dir, "later", "b.md"), "---\ntitle: Council funds pontoon\ndate: 2025-05-05\noutlet: Example News\n---\n"+
		strings.Repeat("Another town, another council and a pontoon for rowing boats on the lake. ", 4)+"\n")
	if sum, _ := run(t, db, filepath.Join(dir, "later")); counts(sum) != [5]int{2, 0, 0, 0, 0} {
		t.Errorf("other stories with the same headline: %v, want 2 new", counts(sum))
	}
}
