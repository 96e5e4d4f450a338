package server_test

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSearch(t *testing.T) {
	f := sample(t)
	for _, c := range []struct {
		q     string
		count string
		want  []string
		not   []string
	}{
		// Stemming: "storms" in the letter matches too.
		{"q=storm", "3 results", []string{"<mark>storm</mark>", "Harbour reopens", "Storm floods", "A letter"}, nil},
		{"q=%22burst+its+banks%22", "1 result", []string{"Storm floods"}, []string{"Harbour reopens"}},
		{"q=storm+-harbour", "2 results", []string{"Storm floods"}, []string{"Harbour reopens after"}},
		{"q=libr*", "2 results", []string{"City council", "A letter"}, nil},
		{"q=rondon", "1 result", []string{"City council"}, nil}, // accent folded
		{"q=fishing&tag=storms", "1 result", []string{"Harbour reopens"}, []string{"A letter"}},
		{"q=storm&author=Jane+Doe", "2 results", nil, nil},
		{"q=storm&outlet=daily-planet", "0 results", []string{"Nothing matched"}, nil},
		{"q=port&from=2025-03-10&to=2025-03-31", "1 result", []string{"Harbour reopens"}, nil},
		{"tag=budget", "1 result", []string{"City council"}, nil},
		{"q=harbour+OR+council", "2 results", []string{"Harbour reopens", "City council"}, nil},
		{"q=title:storm", "2 results", nil, nil},
	} {
		a := f.get("/search?" + c.q)
		if a.code != 200 {
			t.Errorf("%s: status %d", c.q, a.code)
			continue
		}
		mustContain(t, c.q, a.body, append([]string{c.count}, c.want...)...)
		mustNotContain(t, c.q, a.body, c.not...)
	}
	// The title outweighs the body: an article with "storm" in its title
	// ranks above one that has it only in its text.
	a := f.get("/search?q=flooded")
	if i, j := strings.Index(a.body, "Storm floods"), strings.Index(a.body, "Harbour reopens"); i < 0 || j < 0 || i > j {
		t.Errorf("ranking: storm article at %d, harbour at %d", i, j)
	}
	// Sorting by date puts the newest first whatever the rank.
	a = f.get("/search?q=flooded&sort=date")
	if i, j := strings.Index(a.body, "Storm floods"), strings.Index(a.body, "Harbour reopens"); i < j {
		t.Errorf("date order: storm article at %d, harbour at %d", i, j)
	}
	// The query stays in both search boxes.
	a = f.get("/search?q=" + url.QueryEscape(`"burst its" -x`))
	mustContain(t, "kept query", a.body, `value="&#34;burst its&#34; -x"`)
}

// Whatever a person types gets a page, never a 500, and nothing typed is
// ever echoed unescaped.
func TestSearchHostileInput(t *testing.T) {
	f := sample(t)
	inputs := []string{`"`, `*`, `AND`, `OR`, `NOT`, `NEAR(`, `-`, `()`, `title:`, `' OR 1=1 --`,
		`<script>alert(1)</script>`, `😀🔥`, `"unclosed phrase`, `a*b*c`, `--storm`, `{title}: x`, `^storm`,
		`storm NEAR/2 harbour`, `\`, `%`, `_`, `"" "" ""`, `- - -`, `***`, strings.Repeat("storm ", 30),
		strings.Repeat("x", 5000), strings.Repeat("a ", 40)}
	for _, in := range inputs {
		a := f.get("/search?q=" + url.QueryEscape(in))
		if a.code != 200 && a.code != 400 && a.code != 414 {
			t.Errorf("q=%.40q: status %d", in, a.code)
		}
		mustContain(t, in, a.body, "</html>", `name="q"`)
		mustNotContain(t, in, a.body, "<script>alert", "SQL", "fts5", "syntax error")
	}
	if a := f.get("/search?q=" + strings.Repeat("x", 5000)); a.code != 414 && a.code != 400 {
		t.Errorf("5,000 characters: %d", a.code)
	}
	if a := f.get("/search?q=" + url.QueryEscape(`()`)); !strings.Contains(a.body, "nothing to search for") {
		t.Errorf("punctuation-only query has no explanation")
	}
	if a := f.get("/search?q=" + url.QueryEscape(`-storm`)); !strings.Contains(a.body, "cannot only exclude") {
		t.Errorf("exclusion-only query has no explanation")
	}
}

// The filter fields offer the archive's most used names, kept between
// searches, and the names an import brings once it is done.
func TestSearchFormOffersNamesOfTheArchiveAsItIs(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("first.md", "---\ntitle: Quiet harbour\ntags: [Harbours]\nauthor: Ann Early\n---\nBoats came in.\n")
	f := newFixture(t, dir)
	a := f.get("/search?q=boats")
	mustContain(t, "before", a.body, `<option value="Harbours">`, `<option value="Ann Early">`)
	mustNotContain(t, "before", a.body, `<option value="Lighthouses">`, `<option value="Bo Later">`)
	write("second.md", "---\ntitle: Lamp relit\ntags: [Lighthouses]\nauthor: Bo Later\n---\nThe lamp shone again.\n")
	f.importPaths(dir)
	a = f.get("/search?q=lamp")
	mustContain(t, "after an import", a.body, `<option value="Harbours">`, `<option value="Lighthouses">`, `<option value="Bo Later">`)
}
