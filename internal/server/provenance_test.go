package server_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/store"
)

const harbour = "/articles/harbour-reopens-after-the-storm"

// metaTags reads the <meta name content> pairs of a page, in order.
func metaTags(page string) [][2]string {
	var out [][2]string
	for _, m := range regexp.MustCompile(`<meta name="([^"]+)" content="([^"]*)">`).FindAllStringSubmatch(page, -1) {
		out = append(out, [2]string{m[1], html.UnescapeString(m[2])})
	}
	return out
}

// The source an article was imported from is shown as plain text, byte for
// byte, and the article page links it with its SHA-256.
func TestSourceViewAndHash(t *testing.T) {
	f := sample(t)
	raw, err := os.ReadFile("testdata/articles/a-harbour.md")
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(raw)
	hash := hex.EncodeToString(sum[:])
	a := f.get(harbour + "/source")
	if a.code != 200 || a.body != string(raw) {
		t.Fatalf("source: %d\n%s", a.code, a.body)
	}
	if ct := a.header.Get("Content-Type"); ct != "text/plain; charset=utf-8" || a.header.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("source headers: %v", a.header)
	}
	if !strings.Contains(a.header.Get("Content-Security-Policy"), "default-src 'none'") {
		t.Errorf("source CSP: %q", a.header.Get("Content-Security-Policy"))
	}
	page := f.get(harbour).body
	mustContain(t, "article page", page, `href="`+harbour+`/source"`, hash, "Permanent link")
	// The undated letter's source holds a script tag: served as text, it
	// stays text.
	letter := f.get("/articles/a-letter-from-the-archives-readers/source")
	if letter.code != 200 || !strings.Contains(letter.body, "<script>alert(1)</script>") ||
		letter.header.Get("Content-Type") != "text/plain; charset=utf-8" {
		t.Errorf("letter source: %d %v", letter.code, letter.header)
	}
	for target, code := range map[string]int{
		harbour + "/source?version=x": 400,
		harbour + "/source?version=2": 404,
		"/articles/nope/source":       404,
	} {
		if a := f.get(target); a.code != code {
			t.Errorf("GET %s = %d, want %d", target, a.code, code)
		}
	}
}

// An article of an archive made before sources were kept says that its
// original text is not kept, rather than linking a page that is not there.
func TestArticleWithoutKeptSourceSaysSo(t *testing.T) {
	f := newFixture(t, "testdata/articles")
	db, err := store.OpenWrite(context.Background(), f.dbPath)
	if err != nil {
		t.Fatal(err)
	}
	// What an import of schema 3 or earlier left: the source's key, no bytes.
	_, err = db.Exec(`UPDATE sources SET blob_id = NULL
		WHERE article_id = (SELECT id FROM articles WHERE slug = 'harbour-reopens-after-the-storm')`)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	page := f.get(harbour).body
	mustContain(t, "article page", page, "does not keep the original text of this article", "Permanent link")
	if strings.Contains(page, harbour+"/source") {
		t.Error("the article page links a source the archive does not keep")
	}
	if a := f.get(harbour + "/source"); a.code != 404 || !strings.Contains(a.body, "imported before sources were kept") {
		t.Errorf("source: %d", a.code)
	}
}

// ferry is an article of our own, long enough for an edited copy of it to
// be recognised as one.
const ferry = "/articles/ferry-returns-to-port-elwin"

const ferryText = `---
title: Ferry returns to Port Elwin
date: 2024-11-20
authors: [Jane Doe]
outlet: Example News
---
The ferry to the islands returned to Port Elwin on Thursday, three weeks after the storm closed the
harbour, and the first crossing carried forty passengers and a van of post.

The harbour master said the new pontoon would hold through the spring tides, and that the quay lights
had been tested twice. Islanders who had waited in town since the flood boarded first, with their
dogs, their shopping and a piano that had spent the month in the church hall.
`

// changedCopy imports the sample and the ferry article, then an edited
// copy of the ferry article in another folder: one sentence changed, as
// when the same story is saved again after the outlet corrected it.
func changedCopy(t *testing.T, more ...string) *fixture {
	t.Helper()
	dir := t.TempDir()
	orig := filepath.Join(dir, "saved-monday", "ferry.md")
	copied := filepath.Join(dir, "saved-tuesday", "ferry.md")
	for _, p := range []string{orig, copied} {
		os.MkdirAll(filepath.Dir(p), 0o755)
	}
	if err := os.WriteFile(orig, []byte(ferryText), 0o644); err != nil {
		t.Fatal(err)
	}
	f := newFixture(t, append([]string{"testdata/articles", orig}, more...)...)
	changed := strings.Replace(ferryText, "returned to Port Elwin on Thursday, three weeks", "returned to Port Elwin on Friday, almost three weeks", 1)
	if err := os.WriteFile(copied, []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	f.importPaths(copied)
	return f
}

// An edited copy of a stored article is its new version: the article page
// links the history, the history lists both, and the diff shows exactly
// the change, word by word, marked in text and not only in colour.
func TestHistoryAndDiffOfTwoVersions(t *testing.T) {
	f := changedCopy(t)
	page := f.get(ferry).body
	mustContain(t, "article page", page, `href="`+ferry+`/history"`, `rel="version-history"`, "2 versions", "on Friday, almost three weeks")
	h := f.get(ferry + "/history")
	if h.code != 200 {
		t.Fatalf("history: %d", h.code)
	}
	mustContain(t, "history", h.body, "Version 2 (current)", "Version 1", "Changed: body.",
		`href="`+ferry+`/diff?from=1&amp;to=2"`, `href="`+ferry+`/source?version=1"`)
	d := f.get(ferry + "/diff?from=1&to=2")
	if d.code != 200 {
		t.Fatalf("diff: %d %s", d.code, d.body)
	}
	mustContain(t, "diff", d.body,
		`on <del><span class="visually-hidden">[deleted: </span>Thursday,<span class="visually-hidden">]</span></del>`+
			`<ins><span class="visually-hidden">[inserted: </span>Friday, almost<span class="visually-hidden">]</span></ins> three weeks`)
	// Only that sentence changed: no other word is marked.
	if n := strings.Count(d.body, "<ins>") + strings.Count(d.body, "<del>"); n != 2+2 { // 2 + the legend's two
		t.Errorf("%d changes marked, want 2:\n%s", n-2, d.body)
	}
	if v1 := f.get(ferry + "/source?version=1"); !strings.Contains(v1.body, "on Thursday, three weeks") {
		t.Errorf("source of version 1: %s", v1.body)
	}
	// The default compares the last two; bad requests get 4xx pages.
	if a := f.get(ferry + "/diff"); a.code != 200 || !strings.Contains(a.body, "version 1 to version 2") {
		t.Errorf("default diff: %d", a.code)
	}
	for target, code := range map[string]int{
		ferry + "/diff?from=1&to=3":  404,
		ferry + "/diff?from=2&to=2":  400,
		ferry + "/diff?from=a&to=2":  400,
		ferry + "/diff?from=-1&to=2": 400,
	} {
		if a := f.get(target); a.code != code {
			t.Errorf("GET %s = %d, want %d", target, a.code, code)
		}
	}
	// The API lists both versions, and the feed shows the update as an
	// update of the same entry.
	var vs struct {
		Versions []struct {
			Number  int
			Changed []string
			SeenAt  string `json:"seen_at"`
		}
	}
	f.apiGet("/api"+ferry+"/versions", 200, &vs)
	if len(vs.Versions) != 2 || strings.Join(vs.Versions[1].Changed, ",") != "body" {
		t.Errorf("API versions: %+v", vs)
	}
	var full struct {
		Version int
		Source  struct{ SHA256 string }
	}
	f.apiGet("/api"+ferry, 200, &full)
	if full.Version != 2 || len(full.Source.SHA256) != 64 {
		t.Errorf("API article: %+v", full)
	}
	atom := f.get("/feed.atom").body
	title := strings.Index(atom, "<title type=\"text\">Ferry returns")
	if title < 0 {
		t.Fatalf("no feed entry for the edited article:\n%s", atom)
	}
	entry := atom[strings.LastIndex(atom[:title], "<entry>"):]
	entry = entry[:strings.Index(entry, "</entry>")]
	mustContain(t, "feed entry", entry, `rel="version-history"`, "this is version 2 of the article")
	// One entry, with the id it had before the edit, updated when the
	// second version arrived, and still published on the page's own date.
	if n := strings.Count(atom, "<title type=\"text\">Ferry returns"); n != 1 {
		t.Errorf("the feed has %d entries for the edited article", n)
	}
	if len(vs.Versions) == 2 {
		mustContain(t, "feed entry", entry, "<id>tag:archive.test,2026:articles/ferry-returns-to-port-elwin</id>",
			"<updated>"+vs.Versions[1].SeenAt+"</updated>", "<published>2024-11-20")
	}
}

// An article that never changed shows no history link.
func TestOneVersionHasNoHistoryLink(t *testing.T) {
	f := sample(t)
	page := f.get(harbour).body
	if strings.Contains(page, "/history") || strings.Contains(page, "version-history") {
		t.Errorf("an article with one version links a history")
	}
	if a := f.get(harbour + "/diff"); a.code != 404 {
		t.Errorf("diff of an article with one version: %d", a.code)
	}
	if a := f.get(harbour + "/history"); a.code != 200 || !strings.Contains(a.body, "Version 1 (current)") {
		t.Errorf("history of an article with one version: %d", a.code)
	}
}

// The page carries the Highwire Press tags Zotero's Embedded Metadata
// translator and Google Scholar read.
func TestCitationMetaTags(t *testing.T) {
	f := sample(t)
	var id string
	if m := regexp.MustCompile(`Permanent link: <a href="` + base + `/a/(\d+)"`).FindStringSubmatch(f.get(harbour).body); m != nil {
		id = m[1]
	} else {
		t.Fatal("no permanent link")
	}
	got := metaTags(f.get(harbour).body)
	want := [][2]string{
		{"citation_title", "Harbour reopens after the storm"},
		{"citation_author", "Jane Doe"},
		{"citation_author", "John Roe"},
		{"citation_publication_date", "2025/03/27"},
		{"citation_journal_title", "Example News"},
		{"citation_publisher", "Example News"},
		{"citation_public_url", base + "/a/" + id},
		{"citation_fulltext_html_url", base + harbour},
		{"DC.source", "https://example.com/harbour"},
	}
	have := map[[2]string]bool{}
	for _, g := range got {
		have[g] = true
	}
	for _, w := range want {
		if !have[w] {
			t.Errorf("missing <meta name=%q content=%q>", w[0], w[1])
		}
	}
	// Authors in byline order.
	var authors []string
	for _, g := range got {
		if g[0] == "citation_author" {
			authors = append(authors, g[1])
		}
	}
	if strings.Join(authors, "; ") != "Jane Doe; John Roe" {
		t.Errorf("authors %q", authors)
	}
	// The undated, unsigned letter has no date or author tag.
	for _, g := range metaTags(f.get("/articles/a-letter-from-the-archives-readers").body) {
		if g[0] == "citation_author" || g[0] == "citation_publication_date" {
			t.Errorf("letter has %v", g)
		}
	}
}

// Every citation format answers, for an article with two authors and one
// with neither author nor date, citing the permanent link with the day
// the archive first stored it.
func TestCitationDownloads(t *testing.T) {
	f := sample(t)
	for _, slug := range []string{"harbour-reopens-after-the-storm", "a-letter-from-the-archives-readers"} {
		page := f.get("/articles/" + slug).body
		m := regexp.MustCompile(`citation_public_url" content="([^"]+)"`).FindStringSubmatch(page)
		if m == nil {
			t.Fatalf("%s: no public URL", slug)
		}
		link := m[1]
		mustContain(t, slug+" page", page, "Cite this article", "<dt>APA</dt>", "<dt>MLA</dt>", "<dt>Chicago</dt>", link)
		for ext, ct := range map[string]string{
			"bib":  "application/x-bibtex; charset=utf-8",
			"ris":  "application/x-research-info-systems; charset=utf-8",
			"json": "application/vnd.citationstyles.csl+json; charset=utf-8",
		} {
			a := f.get("/articles/" + slug + "/cite." + ext)
			if a.code != 200 || a.header.Get("Content-Type") != ct || !strings.Contains(a.body, link) {
				t.Errorf("%s cite.%s: %d %q\n%s", slug, ext, a.code, a.header.Get("Content-Type"), a.body)
			}
		}
		var items []map[string]any
		if err := json.Unmarshal([]byte(f.get("/articles/"+slug+"/cite.json").body), &items); err != nil || len(items) != 1 {
			t.Fatalf("%s: CSL-JSON %v", slug, err)
		}
		_, hasAuthor := items[0]["author"]
		_, hasDate := items[0]["issued"]
		if two := slug == "harbour-reopens-after-the-storm"; hasAuthor != two || hasDate != two {
			t.Errorf("%s: author %v, date %v", slug, hasAuthor, hasDate)
		}
		if items[0]["accessed"] == nil {
			t.Errorf("%s: no access date", slug)
		}
	}
	ris := f.get(harbour + "/cite.ris").body
	mustContain(t, "RIS", ris, "TY  - NEWS\r\n", "AU  - Doe, Jane\r\n", "AU  - Roe, John\r\n", "DA  - 2025/03/27/\r\n", "ER  - \r\n")
	apa := f.get(harbour).body
	mustContain(t, "APA", apa, "Doe, J., &amp; Roe, J. (2025, March 27). Harbour reopens after the storm. <i>Example News</i>.")
}

// /a/{id} leads to the article whatever its title becomes, and pages under
// a retired slug move with it.
func TestPermanentLinkAfterRetitle(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "story.md")
	os.WriteFile(path, []byte("---\ntitle: Quay floods\n---\nThe quay flooded.\n"), 0o644)
	f := newFixture(t, path)
	m := regexp.MustCompile(`Permanent link: <a href="` + base + `(/a/\d+)"`).FindStringSubmatch(f.get("/articles/quay-floods").body)
	if m == nil {
		t.Fatal("no permanent link")
	}
	perma := m[1]
	if a := f.get(perma); a.code != 301 || a.header.Get("Location") != "/articles/quay-floods" {
		t.Fatalf("%s before: %d %s", perma, a.code, a.header.Get("Location"))
	}
	os.WriteFile(path, []byte("---\ntitle: Quay floods again\n---\nThe quay flooded twice.\n"), 0o644)
	f.importPaths(path)
	if a := f.get(perma); a.code != 301 || a.header.Get("Location") != "/articles/quay-floods-again" {
		t.Fatalf("%s after the retitle: %d %s", perma, a.code, a.header.Get("Location"))
	}
	if a := f.get("/articles/quay-floods/history"); a.code != 301 || a.header.Get("Location") != "/articles/quay-floods-again/history" {
		t.Errorf("old history address: %d %s", a.code, a.header.Get("Location"))
	}
	for _, target := range []string{"/a/999", "/a/0", "/a/x", "/a/1e3"} {
		if a := f.get(target); a.code != 404 {
			t.Errorf("GET %s = %d, want 404", target, a.code)
		}
	}
	if csp := f.get("/").header.Get("Content-Security-Policy"); !strings.Contains(csp, "connect-src 'self'") ||
		!strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "script-src") {
		t.Errorf("CSP %q", csp)
	}
}
