package importer_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/morgue-archive/morgue/internal/importer"
	"github.com/morgue-archive/morgue/internal/markdown"
	"github.com/morgue-archive/morgue/internal/store"
)

const goodPage = "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" +
	"The harbour at Port Elwin reopened on Thursday, three weeks after the storm flooded the quay and sank two boats.\n\n" +
	"Fishermen said the repairs had taken longer than promised, but that they were glad to be back at sea.\n"

func utf16File(s string) string {
	u := utf16.Encode([]rune(s))
	b := []byte{0xFF, 0xFE}
	for _, c := range u {
		b = append(b, byte(c), byte(c>>8))
	}
	return string(b)
}

// TestOddInputMatrix: each odd input gives either a correct article or a
// clear per-file error, never a panic and never a partial article.
func TestOddInputMatrix(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	cases := []struct {
		name, content string
		fail          string // reason expected; "" means an article
		title         string
		bodyHas       string // literally present in the stored Markdown body
	}{
		{"empty.txt", "", "empty file", "", ""},
		{"whitespace.txt", " \n\t \r\n\u00a0", "empty file", "", ""},
		{"png.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary data", "", ""},
		{"latin1.txt", "Caf\xe9 cr\xe8me\n\nSome text.", "not UTF-8", "", ""},
		{"utf16.txt", utf16File(goodPage), "", "Harbour reopens after the storm", "reopened on Thursday"},
		{"crlf-bom.txt", "\ufeff" + strings.ReplaceAll(goodPage, "\n", "\r\n"), "", "Harbour reopens after the storm", "glad to be back"},
		{"longline.txt", strings.Repeat("word ", 20000), "no recognisable title", "", ""},
		{"junk.txt", "Share\n\nTweet\n\nAdvertisement\n\nRead more\n\nSign up for our newsletter\n\nComments\n", "no recognisable title", "", ""},
		// Another headline: with the same one, mostly the same words and
		// the same day, the page would be an edited copy of the first (a
		// new version of it, not an article of its own).
		{"markup.txt", strings.Replace(strings.Replace(goodPage, "three weeks", "<script>alert(1)</script> three *weeks* _after_ # 1.", 1),
			"Harbour reopens after the storm", "Harbour reopens with markup", 1), "", "Harbour reopens with markup", `\<script\>alert(1)\</script\> three \*weeks\* \_after\_ \# 1.`},
		{"badyaml.md", "---\ntitle: [oops\n---\nBody", "front matter", "", ""},
		{"baddate.md", "---\ntitle: Fine\ndate: 32 Octember\n---\nBody", "date", "", ""},
		{"mdhtml.md", "---\ntitle: Curated\n---\nText <script>alert(1)</script> and *emphasis*.", "", "Curated", "*emphasis*"},
		// A headline with nothing under it is not an article.
		{"nobody.md", "---\ntitle: Only a headline\n---\n\n  \n", "no story text found", "", ""},
		{"punctuation.md", "---\ntitle: Only marks\n---\n---\n\n* * *\n", "no story text found", "", ""},
		{"nostory.txt", "Example News\n\nHarbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\nShare\n\nAdvertisement\n", "no story text found", "", ""},
	}
	for _, c := range cases {
		write(t, filepath.Join(in, c.name), c.content)
	}
	big := filepath.Join(in, "fifty-mb.txt")
	f, _ := os.Create(big)
	f.Truncate(50 << 20)
	f.Close()
	// A folder that links to itself must not be walked forever.
	os.Symlink(in, filepath.Join(in, "loop"))

	dbPath := filepath.Join(dir, "m.db")
	db := openDB(t, dbPath)
	sum, rs := run(t, db, in)
	byName := map[string]importer.Result{}
	for _, r := range rs {
		byName[filepath.Base(r.Path)] = r
	}
	if r := byName["fifty-mb.txt"]; r.Outcome != importer.Failed || !strings.Contains(r.Note, "too large") {
		t.Errorf("50 MB: %v %q", r.Outcome, r.Note)
	}
	if sum.Skipped != 1 {
		t.Errorf("the symlinked folder: %d skipped, want 1", sum.Skipped)
	}
	reader := store.NewReader(db)
	for _, c := range cases {
		r, ok := byName[c.name]
		if !ok {
			t.Errorf("%s: no result", c.name)
			continue
		}
		if c.fail != "" {
			if r.Outcome != importer.Failed || !strings.Contains(r.Note, c.fail) {
				t.Errorf("%s: %v %q, want a failure mentioning %q", c.name, r.Outcome, r.Note, c.fail)
			}
			continue
		}
		if r.Outcome != importer.New && r.Outcome != importer.Duplicate {
			t.Errorf("%s: %v %q, want an article", c.name, r.Outcome, r.Note)
			continue
		}
		it, err := reader.Article(context.Background(), r.Slug)
		if err != nil {
			t.Errorf("%s: stored article %q: %v", c.name, r.Slug, err)
			continue
		}
		if it.Title != c.title || !strings.Contains(it.Body, c.bodyHas) {
			t.Errorf("%s: title %q, body %q", c.name, it.Title, it.Body)
		}
		if html, err := markdown.ToHTML(it.Body); err != nil || strings.Contains(html, "<script") {
			t.Errorf("%s: body HTML has a script element", c.name)
		}
	}
	// Failed files left nothing behind: the UTF-16 and the CRLF copies are
	// one story, plus the markup page and the curated one.
	_, total, err := reader.List(context.Background(), store.ListQuery{})
	if err != nil || total != 3 {
		t.Errorf("%d articles stored (%v), want 3", total, err)
	}
}

// A file listed by the walk that is gone when its turn comes is reported,
// and the others still import.
func TestFileGoneMidRun(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.md"), filepath.Join(dir, "b.md")
	write(t, a, md("Still here", "Text."))
	write(t, b, md("Gone soon", "Text."))
	files, failures, skipped := importer.Collect([]string{dir})
	os.Remove(b)
	db := openDB(t, filepath.Join(dir, "m.db"))
	var rs []importer.Result
	sum, err := importer.RunFiles(context.Background(), db, files, failures, skipped, importer.Options{
		Report: func(r importer.Result) { rs = append(rs, r) },
	})
	if err != nil {
		t.Fatal(err)
	}
	if counts(sum) != [5]int{1, 0, 0, 0, 1} || !strings.Contains(rs[1].Note, "no such file") {
		t.Fatalf("counts %v, results %+v", counts(sum), rs)
	}
}
