package exporter_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/exporter"
	"github.com/morgue-archive/morgue/internal/importer"
	"github.com/morgue-archive/morgue/internal/mdarticle"
	"github.com/morgue-archive/morgue/internal/store"
	"github.com/morgue-archive/morgue/internal/warctest"
)

// tricky articles: every front matter value that could break YAML or come
// back changed, and the fields the importer would otherwise guess.
var tricky = map[string]string{
	"colon.md": "---\n" +
		`title: "Breaking: the mayor says \"no\" # not a comment"` + "\n" +
		`dek: "- starts like a list item, ends with a colon:"` + "\n" +
		"date: 2025-06-01T23:30:00+02:00\n" +
		`authors: ["O'Brien, Pat", "José Álvarez"]` + "\n" +
		`tags: ["C++", "Ünïcode", "yes", "null"]` + "\n" +
		`outlet: "Example: News & Co"` + "\n" +
		"url: https://example.com/a?b=1&c=%20#frag\n" +
		"language: \"\"\n" +
		"reading_minutes: 7\n" +
		"image: {credit: \"AP\"}\n" +
		"---\n" +
		"# A heading in the body\n\n- a list\n- of things\n\n---\n\n...\n\nA paragraph with \\*escapes\\* and <b>raw html</b>.\n",
	"lines.md": "---\n" +
		`title: "Two\nlines\tand a tab, a line separator \u2028 and a tag \U000E0001 character"` + "\n" +
		"date: 2024-01-31T08:00:00-05:30\n" +
		"tags: []\n" +
		"reading_minutes: 0\n" +
		"---\n" +
		"Body of one line.\n",
	"same1.md":  "---\ntitle: Same headline\ndate: 2023-05-05\n---\nThe first story with this headline.\n",
	"same2.md":  "---\ntitle: Same headline\ndate: 2023-05-06\n---\nThe second story with this headline.\n",
	"nodate.md": "---\ntitle: \"true\"\nslug: custom-slug-2\nimage: {alt: \"\", caption: \"x: y\", credit: \"\"}\n---\nA body: with a colon.\n",
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func importInto(t *testing.T, dbPath string, paths ...string) {
	t.Helper()
	db, err := store.OpenWrite(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	sum, err := importer.Run(context.Background(), db, paths, importer.Options{Report: func(r importer.Result) {
		if r.Outcome == importer.Failed || r.Outcome == importer.Duplicate {
			t.Errorf("import %s: %s %s", r.Path, r.Outcome, r.Note)
		}
	}})
	if err != nil {
		t.Fatalf("import: %v (%v)", err, sum)
	}
}

func openReader(t *testing.T, dbPath string) *store.Reader {
	t.Helper()
	db, err := store.OpenRead(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return store.NewReader(db)
}

// wire returns every article's wire form by slug.
func wire(t *testing.T, r *store.Reader) map[string]article.JSON {
	t.Helper()
	out := map[string]article.JSON{}
	err := r.Export(context.Background(), func(e store.Exported) error {
		out[e.Slug] = e.Article.JSON()
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestMarkdownRoundTrip(t *testing.T) {
	ctx := context.Background()
	src := filepath.Join(t.TempDir(), "a.db")
	importInto(t, src, "../server/testdata/articles", "../../seeds", writeFiles(t, tricky))
	before := wire(t, openReader(t, src))
	if len(before) < 10 {
		t.Fatalf("only %d articles imported", len(before))
	}

	dir := filepath.Join(t.TempDir(), "export")
	n, problems, err := exporter.MarkdownDir(ctx, openReader(t, src), dir)
	if err != nil || len(problems) > 0 {
		t.Fatalf("export: %v %v", err, problems)
	}
	if n != len(before) {
		t.Fatalf("exported %d of %d articles", n, len(before))
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	if len(files) != n {
		t.Fatalf("%d files for %d articles", len(files), n)
	}

	dst := filepath.Join(t.TempDir(), "b.db")
	importInto(t, dst, dir)
	after := wire(t, openReader(t, dst))
	if len(after) != len(before) {
		t.Fatalf("round trip: %d articles, want %d", len(after), len(before))
	}
	for slug, want := range before {
		got, ok := after[slug]
		if !ok {
			t.Errorf("%s: missing after the round trip", slug)
			continue
		}
		if !reflect.DeepEqual(got, want) {
			g, _ := json.Marshal(got)
			w, _ := json.Marshal(want)
			t.Errorf("%s differs after the round trip:\n got %s\nwant %s", slug, g, w)
		}
	}

	// The tricky values really are what the fixtures say, so the
	// comparison above is not between two equally wrong archives.
	c := before["breaking-the-mayor-says-no-not-a-comment"]
	if c.Title != `Breaking: the mayor says "no" # not a comment` || *c.Published != "2025-06-01T23:30:00+02:00" ||
		c.ReadingMinutes != 7 || c.Language != nil || len(c.Tags) != 4 || c.Image == nil || c.Image.Credit != "AP" {
		t.Errorf("fixture not imported as written: %+v", c)
	}
	if l := before["two-lines-and-a-tab-a-line-separator-and-a-tag-character"]; len(l.Tags) != 0 || l.ReadingMinutes != 0 ||
		!strings.Contains(l.Title, "\n") || !strings.Contains(l.Title, "\u2028") {
		t.Errorf("fixture not imported as written: %+v", l)
	}
	if _, ok := before["same-headline-2"]; !ok {
		t.Error("clashing headlines did not get two slugs")
	}
}

func TestQuoteSurvivesYAML(t *testing.T) {
	for _, s := range []string{
		`a: b`, `"quoted"`, `'single'`, `# hash`, `- dash`, `? question`, `[list]`, `{map}`, `&anchor`, `*alias`,
		`!tag`, `|`, `>`, `%`, "@", "`", `yes`, `null`, `~`, `0x1F`, `1e3`, `2025-01-01`, " lead and trail ",
		"tab\there", "new\nline", "cr\rhere", "nel\u0085", "ls\u2028ps\u2029", "bom\ufeff", "nul-free \x01\x1f\x7f",
		`back\slash`, `\n literally`, "emoji 🙂", "\U000E0001", "nbsp\u00a0", "zwj\u200d", "---", "...",
	} {
		a := article.Article{Title: "t", Dek: "d", Slug: "s", Image: &article.Image{Caption: s}}
		data := exporter.Markdown(a)
		back, _, err := mdarticle.Parse(data)
		if err != nil {
			t.Errorf("%q: %v\n%s", s, err, data)
			continue
		}
		if back.Image == nil || back.Image.Caption != s {
			t.Errorf("%q came back as %+v\n%s", s, back.Image, data)
		}
	}
}

func TestCheckMarkdownNamesLosses(t *testing.T) {
	// A body with surrounding space, and a tag whose slug is not its name's:
	// neither survives a Markdown file, and the export must say so.
	a := article.Article{Title: "T", Slug: "t", Body: "  indented", Language: "en",
		Tags: []article.Tag{{Name: "United States", Slug: "usa"}}}
	err := exporter.CheckMarkdown(a, exporter.Markdown(a))
	if err == nil || !strings.Contains(err.Error(), "body") || !strings.Contains(err.Error(), "tags") {
		t.Fatalf("CheckMarkdown = %v, want body and tags named", err)
	}
	a.Body, a.Tags = "fine", []article.Tag{{Name: "United States", Slug: "united-states"}}
	a.WordCount = 1
	a.ReadingMinutes = 1
	if err := exporter.CheckMarkdown(a, exporter.Markdown(a)); err != nil {
		t.Fatalf("CheckMarkdown of a faithful file = %v", err)
	}
}

func TestJSONLHasEveryField(t *testing.T) {
	dir := writeFiles(t, map[string]string{"x.md": "---\ntitle: Old title\ndate: 2025-01-02\ntags: [A]\n---\nSome *body*.\n"})
	db := filepath.Join(t.TempDir(), "m.db")
	importInto(t, db, dir)
	os.WriteFile(filepath.Join(dir, "x.md"), []byte("---\ntitle: New title\ndate: 2025-01-02\ntags: [A]\n---\nSome *body*.\n"), 0o644)
	importInto(t, db, dir)

	var buf bytes.Buffer
	n, err := exporter.JSONL(context.Background(), openReader(t, db), &buf)
	if err != nil || n != 1 {
		t.Fatalf("JSONL: %d %v", n, err)
	}
	sc := bufio.NewScanner(&buf)
	lines := 0
	for sc.Scan() {
		lines++
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line %d: %v", lines, err)
		}
		for _, k := range []string{"title", "dek", "outlet", "authors", "published", "reading_minutes", "word_count",
			"language", "image", "body", "tags", "slug", "source_url", "html", "imported_at", "updated_at", "captured_at", "aliases"} {
			if _, ok := m[k]; !ok {
				t.Errorf("field %q missing", k)
			}
		}
		if m["slug"] != "new-title" || m["body"] != "Some *body*." || m["html"] != "<p>Some <em>body</em>.</p>\n" {
			t.Errorf("record: %v", m)
		}
		if m["captured_at"] != nil {
			t.Errorf("captured_at = %v for a file, want null", m["captured_at"])
		}
		if a, _ := m["aliases"].([]any); len(a) != 1 || a[0] != "old-title" {
			t.Errorf("aliases = %v, want [old-title]", m["aliases"])
		}
		if _, err := time.Parse(time.RFC3339, m["updated_at"].(string)); err != nil {
			t.Errorf("updated_at: %v", err)
		}
	}
	if lines != 1 {
		t.Fatalf("%d lines, want 1", lines)
	}
}

func TestMarkdownDirRefusesNonEmptyFolder(t *testing.T) {
	db := filepath.Join(t.TempDir(), "m.db")
	importInto(t, db, "../server/testdata/articles")
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "keep.txt"), []byte("mine"), 0o644)
	_, _, err := exporter.MarkdownDir(context.Background(), openReader(t, db), dir)
	if err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Fatalf("export into a used folder: %v", err)
	}
}

// TestJSONLKeepsCaptureDate: an article read from a web archive keeps, in
// the export, when it was captured beside when it was published.
func TestJSONLKeepsCaptureDate(t *testing.T) {
	dir := t.TempDir()
	page := `<html><head><title>Tide gauge installed</title><meta property="og:type" content="article">
<meta property="article:published_time" content="2025-05-01T09:00:00Z"></head><body><article><h1>Tide gauge installed</h1>` +
		strings.Repeat("<p>Engineers fixed a new tide gauge to the north pier on Monday, so that the harbour office can warn boats of storm surges an hour earlier.</p>", 5) +
		`</article></body></html>`
	warctest.Write(t, filepath.Join(dir, "crawl.warc"), false,
		warctest.Response("https://gazette.example/tide", time.Date(2025, 5, 6, 7, 8, 9, 0, time.UTC), "200 OK", "text/html", page))
	db := filepath.Join(t.TempDir(), "m.db")
	importInto(t, db, dir)
	var buf bytes.Buffer
	if n, err := exporter.JSONL(context.Background(), openReader(t, db), &buf); err != nil || n != 1 {
		t.Fatalf("JSONL: %d %v", n, err)
	}
	var rec exporter.Record
	if err := json.Unmarshal(buf.Bytes(), &rec); err != nil {
		t.Fatal(err)
	}
	if rec.CapturedAt == nil || *rec.CapturedAt != "2025-05-06T07:08:09Z" || rec.Published == nil || *rec.Published != "2025-05-01T09:00:00Z" || rec.SourceURL == nil || *rec.SourceURL != "https://gazette.example/tide" {
		t.Errorf("captured %v, published %v, source %v", rec.CapturedAt, rec.Published, rec.SourceURL)
	}
}
