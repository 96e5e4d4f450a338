package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/importer"
	"github.com/morgue-archive/morgue/internal/search"
	"github.com/morgue-archive/morgue/internal/server"
	"github.com/morgue-archive/morgue/internal/store"
	"github.com/morgue-archive/morgue/migrations"
)

// ftsIntact runs FTS5's own check that the index holds exactly what the
// content (the articles_search view) says.
func ftsIntact(t *testing.T, db *sql.DB, when string) {
	t.Helper()
	for _, table := range []string{"articles_fts", "articles_fts_grams", "articles_fts_stems", "articles_fts_pairs", "articles_fts_headlines"} {
		if _, err := db.Exec(`INSERT INTO ` + table + ` (` + table + `) VALUES ('integrity-check')`); err != nil {
			t.Fatalf("%s: search index %s does not match the articles: %v", when, table, err)
		}
	}
}

func searchTitles(t *testing.T, db *sql.DB, q string) []string {
	t.Helper()
	pq, err := search.Parse(q)
	if err != nil {
		t.Fatal(err)
	}
	res, err := store.NewReader(db).Search(context.Background(), store.SearchQuery{Query: pq, Limit: 20})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, h := range res.Hits {
		if !strings.Contains(h.Snippet, store.MarkStart) {
			t.Errorf("%q: snippet of %q has no match marked: %q", q, h.Title, h.Snippet)
		}
		out = append(out, h.Title)
	}
	return out
}

// Bodies whose Markdown is their text keep it once, bodies with markup keep
// their text apart; search finds words of both, snippets are cut from the
// right text, and changing or re-importing an article keeps the index in
// step.
func TestSearchIndexFollowsBothKindsOfBody(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		t.Helper()
		text := "---\ntitle: " + strings.TrimSuffix(name, ".md") + "\n---\n" + body + "\n"
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("plain.md", "The lighthouse keeper wrote every night.")
	write("marked.md", "The **lighthouse** log is [online](https://example.org/log) now.")
	db, imp := archiveOf(t, dir)
	imp()
	var kept string
	db.QueryRow(`SELECT group_concat(title || '=' || (body_text = ''), ' ') FROM (SELECT title, body_text FROM articles ORDER BY title)`).Scan(&kept)
	if kept != "marked=0 plain=1" {
		t.Errorf("which bodies keep their text apart (1 = kept once): %s", kept)
	}
	ftsIntact(t, db, "after import")
	if got := searchTitles(t, db, "lighthouse"); len(got) != 2 {
		t.Errorf("lighthouse: %q", got)
	}
	// A link's address is not text: only the word it stands on is found.
	if got := searchTitles(t, db, "example"); len(got) != 0 {
		t.Errorf("a link address was indexed: %q", got)
	}

	write("plain.md", "The harbour master wrote every **morning**.")
	write("marked.md", "Now plain: the log went offline.")
	imp()
	ftsIntact(t, db, "after changes")
	if got := searchTitles(t, db, "lighthouse"); len(got) != 0 {
		t.Errorf("old words still found: %q", got)
	}
	if got := fmt.Sprint(searchTitles(t, db, "harbour"), searchTitles(t, db, "offline")); got != "[plain] [marked]" {
		t.Errorf("new words: %s", got)
	}
}

// An archive made with any earlier schema is upgraded in place: the dead
// body_html column goes, its articles stay searchable through the rebuilt
// index, the site serves them with their bodies rendered, and new imports
// go in beside them.
func TestUpgradeFromEarlierSchemas(t *testing.T) {
	for from := 1; from < store.SchemaVersion(); from++ {
		t.Run(fmt.Sprintf("schema %d", from), func(t *testing.T) { testUpgradeFrom(t, from) })
	}
}

func testUpgradeFrom(t *testing.T, from int) {
	dir := t.TempDir()
	path := filepath.Join(dir, "old.db")
	raw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	var qs []string
	for v := 1; v <= from; v++ {
		names, err := fs.Glob(migrations.FS, fmt.Sprintf("%04d_*.sql", v))
		if err != nil || len(names) != 1 {
			t.Fatalf("migration %d: %q %v", v, names, err)
		}
		b, err := migrations.FS.ReadFile(names[0])
		if err != nil {
			t.Fatal(err)
		}
		qs = append(qs, string(b))
	}
	// Rows as the importer of those schemas wrote them, body_html
	// included while the schema had it (0003 dropped it); the second in
	// Chinese, which only the grams index (0008) can find; the third in
	// Russian, whose Москве only the stems index (0010) finds as Москва.
	htmlColumn, htmlValue := ", body_html", ", '<p>The <em>old</em> harbour.</p>'"
	zhHTML := ", ''"
	if from >= 3 {
		htmlColumn, htmlValue, zhHTML = "", "", ""
	}
	qs = append(qs, fmt.Sprintf(`PRAGMA user_version = %d`, from),
		`INSERT INTO articles (id, slug, first_slug, title, dek, sort_key, reading_minutes, word_count, content_hash,
			source_path, imported_at, updated_at, body_md`+htmlColumn+`, body_text)
		 VALUES (1, 'old-story', 'old-story', 'Old story', 'Nadia Qorvel reports', 0, 1, 4, 'h', 'old.txt', '2025-01-01T00:00:00Z',
			'2025-01-01T00:00:00Z', 'The *old* harbour.'`+htmlValue+`, 'The old harbour.')`,
		`INSERT INTO articles_fts (rowid, title, dek, body_text, authors_text, tags_text)
		 VALUES (1, 'Old story', 'Nadia Qorvel reports', 'The old harbour.', '', '')`)
	// The Chinese and Russian rows differ only in their values: their
	// text is in body_md, as the importer of those schemas left it.
	for _, a := range []struct {
		id                      int
		slug, title, hash, file string
		words                   int
		body                    string
	}{
		{2, "article", "港口重新开放", "h2", "old-zh.txt", 12, "风暴过后，渔船回到港口。"},
		{3, "v-moskve", "В Москве", "h3", "old-ru.txt", 3, "Метро в Москве."},
	} {
		qs = append(qs,
			fmt.Sprintf(`INSERT INTO articles (id, slug, first_slug, title, sort_key, reading_minutes, word_count, content_hash,
				source_path, imported_at, updated_at, body_md, body_text`+htmlColumn+`)
			 VALUES (%d, '%s', '%s', '%s', 0, 1, %d, '%s', '%s', '2025-01-01T00:00:00Z',
				'2025-01-01T00:00:00Z', '%s', ''`+zhHTML+`)`, a.id, a.slug, a.slug, a.title, a.words, a.hash, a.file, a.body),
			fmt.Sprintf(`INSERT INTO articles_fts (rowid, title, dek, body_text, authors_text, tags_text)
			 VALUES (%d, '%s', '', '%s', '', '')`, a.id, a.title, a.body))
	}
	qs = append(qs, `UPDATE meta SET value = '3' WHERE key = 'articles'`)
	if from >= 8 {
		// The importer of schema 8 indexed Chinese in the grams index too.
		qs = append(qs, `INSERT INTO articles_fts_grams (articles_fts_grams) VALUES ('rebuild')`)
	}
	if from >= 10 {
		// And Russian in the stems index.
		qs = append(qs, `INSERT INTO articles_fts_stems (articles_fts_stems) VALUES ('rebuild')`)
	}
	if from >= 11 {
		// And phrases with common words in the pairs index.
		qs = append(qs, `INSERT INTO articles_fts_pairs (articles_fts_pairs) VALUES ('rebuild')`)
	}
	if from == 11 || from == 12 {
		// Their pairs were of common words only: the old story's dek,
		// a given name and a surname, made none (0013 adds them).
		qs = append(qs, `INSERT INTO articles_fts_pairs (articles_fts_pairs, rowid, title, dek, body_text, authors_text, tags_text)
			VALUES ('delete', 1, '', 'nadia_qorvel', 'the_old', '', '')`,
			`INSERT INTO articles_fts_pairs (rowid, title, dek, body_text, authors_text, tags_text)
			VALUES (1, '', '', 'the_old', '', '')`)
	}
	for _, q := range qs {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%.40s: %v", q, err)
		}
	}
	raw.Close()

	ctx := context.Background()
	db, err := store.OpenWrite(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var htmlColumns int
	if err := db.QueryRow(`SELECT count(*) FROM pragma_table_info('articles') WHERE name = 'body_html'`).Scan(&htmlColumns); err != nil || htmlColumns != 0 {
		t.Errorf("body_html columns after the upgrade: %d (%v)", htmlColumns, err)
	}
	ftsIntact(t, db, "after the upgrade")
	if got := searchTitles(t, db, "harbour"); len(got) != 1 || got[0] != "Old story" {
		t.Fatalf("after the upgrade: %q", got)
	}
	if got := searchTitles(t, db, "渔船"); len(got) != 1 || got[0] != "港口重新开放" {
		t.Fatalf("a Chinese word after the upgrade: %q", got)
	}
	if got := searchTitles(t, db, "Москва"); len(got) != 1 || got[0] != "В Москве" {
		t.Fatalf("another form of a Russian word after the upgrade: %q", got)
	}
	// The pairs index (0011) is built from the articles already there.
	if got := searchTitles(t, db, `"the old"`); len(got) != 1 || got[0] != "Old story" {
		t.Fatalf("a phrase with a common word after the upgrade: %q", got)
	}
	// And its pairs of a given name (0013), here in the dek, which
	// snippets (cut from the body) do not show.
	nq, err := search.Parse(`"Nadia Qorvel"`)
	if err != nil {
		t.Fatal(err)
	}
	if res, err := store.NewReader(db).Search(ctx, store.SearchQuery{Query: nq, Limit: 20}); err != nil || len(res.Hits) != 1 || res.Hits[0].Title != "Old story" {
		t.Fatalf("a phrase of a given name after the upgrade: %+v %v", res.Hits, err)
	}
	md := filepath.Join(dir, "new.md")
	if err := os.WriteFile(md, []byte("---\ntitle: New story\n---\nThe new harbour wall.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if sum, err := importer.Run(ctx, db, []string{md}, importer.Options{}); err != nil || sum.Counts[importer.New] != 1 {
		t.Fatalf("import into the upgraded archive: %v %v", sum, err)
	}
	ftsIntact(t, db, "after an import")
	db.Close()

	// Served as "morgue serve" serves it, which refuses any schema but
	// the newest.
	reader, err := store.OpenReader(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	site, err := server.New(reader, server.Config{BaseURL: "http://archive.test"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ target, want string }{
		{"/articles/old-story", "<p>The <em>old</em> harbour.</p>"},
		// Its neighbours in the archive's order, read from the index
		// 0014 adds, the imported article's among them.
		{"/articles/old-story", `<a href="/articles/article" rel="prev">← Newer: 港口重新开放</a>`},
		{"/articles/old-story", `<a href="/articles/new-story" rel="next">Older: New story →</a>`},
		{"/search?q=harbour", "2 results"},
		{"/search?q=harbour", `href="/articles/old-story"`},
	} {
		rec := httptest.NewRecorder()
		site.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, c.target, nil))
		if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), c.want) {
			t.Errorf("%s: %d, want %q in:\n%s", c.target, rec.Code, c.want, rec.Body.String())
		}
	}
}
