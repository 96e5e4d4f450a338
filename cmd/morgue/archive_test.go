package main

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/server"
	"github.com/morgue-archive/morgue/internal/store"
)

// site serves the archive at db as "morgue serve" does.
func site(t *testing.T, db string) func(path string) (int, string) {
	t.Helper()
	reader, err := store.OpenReader(context.Background(), db, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { reader.Close() })
	srv, err := server.New(reader, server.Config{BaseURL: "http://archive.test"})
	if err != nil {
		t.Fatal(err)
	}
	return func(path string) (int, string) {
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		body, _ := io.ReadAll(rec.Body)
		return rec.Code, string(body)
	}
}

// The "done when", from the command line: import the seed, change
// one sentence in a copy and import that, and the article page links a
// history of two versions whose diff shows exactly that change; delete the
// files, re-parse, and every article is still there with its source.
func TestSeedEditedCopyHistoryAndReparseWithoutFiles(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	seeds := filepath.Join(dir, "seeds")
	os.MkdirAll(seeds, 0o755)
	names, _ := filepath.Glob("../../seeds/*.txt")
	if len(names) == 0 {
		t.Fatal("no seed")
	}
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(seeds, filepath.Base(n)), b, 0o644)
	}
	if code, out, errOut := runCLI("import", "--db", db, seeds); code != 0 || !strings.Contains(out, "1 new") {
		t.Fatalf("import the seed: %d %s %s", code, out, errOut)
	}
	seed, _ := os.ReadFile(filepath.Join(seeds, filepath.Base(names[0])))
	const before, after = "met Thursday in Bogota", "met on Thursday in Bogotá"
	if !strings.Contains(string(seed), before) {
		t.Fatal("the seed changed: no sentence to edit")
	}
	copyDir := filepath.Join(dir, "copy")
	os.MkdirAll(copyDir, 0o755)
	os.WriteFile(filepath.Join(copyDir, "edited.txt"), []byte(strings.Replace(string(seed), before, after, 1)), 0o644)
	if code, out, errOut := runCLI("import", "--db", db, copyDir); code != 0 || !strings.Contains(out, "1 updated") {
		t.Fatalf("import the edited copy: %d %s %s", code, out, errOut)
	}

	get := site(t, db)
	_, home := get("/")
	slug := regexp.MustCompile(`href="/articles/([^"]+)"`).FindStringSubmatch(home)
	if slug == nil {
		t.Fatal("no article on the home page")
	}
	page := "/articles/" + slug[1]
	if code, body := get(page); code != 200 || !strings.Contains(body, `href="`+page+`/history"`) {
		t.Fatalf("article page %d links no history", code)
	}
	if _, body := get(page + "/history"); !strings.Contains(body, "Version 2 (current)") || !strings.Contains(body, "Version 1<") {
		t.Errorf("history:\n%s", body)
	}
	_, diff := get(page + "/diff?from=1&to=2")
	marked := regexp.MustCompile(`<(ins|del)><span class="visually-hidden">\[(?:inserted|deleted): </span>(.*?)<span`).FindAllStringSubmatch(diff, -1)
	var changes []string
	for _, m := range marked[2:] { // after the legend's two
		changes = append(changes, m[1]+":"+m[2])
	}
	if got := strings.Join(changes, " "); got != "ins:on  del:Bogota ins:Bogotá" {
		t.Errorf("the diff marks %q, want exactly the edit", got)
	}

	// Without any file, the archive re-parses from its own bytes.
	os.RemoveAll(seeds)
	os.RemoveAll(copyDir)
	code, out, errOut := runCLI("reparse", "--db", db)
	if code != 0 || !strings.Contains(out, "0 new, 0 changed, 2 unchanged, 0 duplicate, 0 failed") {
		t.Fatalf("reparse: %d %s %s", code, out, errOut)
	}
	get = site(t, db)
	code, src := get(page + "/source")
	if code != 200 || !strings.Contains(src, after) {
		t.Errorf("source after the files are gone: %d", code)
	}
	if code, old := get(page + "/source?version=1"); code != 200 || old != string(seed) {
		t.Errorf("source of version 1: %d", code)
	}

	// The export names each article's source by its hash, and can carry
	// the source itself.
	code, out, errOut = runCLI("export", "--db", db, "--format", "jsonl", "--with-source", "-")
	if code != 0 {
		t.Fatalf("export: %d %s", code, errOut)
	}
	var rec struct {
		SourceSHA256 string `json:"source_sha256"`
		Source       string `json:"source"`
	}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	sc.Scan()
	if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte(rec.Source))
	if rec.Source != src || rec.SourceSHA256 != hex.EncodeToString(sum[:]) {
		t.Errorf("exported source %q with hash %s", rec.Source, rec.SourceSHA256)
	}
	if code, _, errOut := runCLI("export", "--db", db, "--format", "md", "--with-source", filepath.Join(dir, "md")); code != 2 {
		t.Errorf("--with-source with md: %d %s", code, errOut)
	}
	if code, _, errOut := runCLI("reparse", "--db", filepath.Join(dir, "none.db")); code != 1 || !strings.Contains(errOut, "does not exist") {
		t.Errorf("reparse of a missing archive: %d %s", code, errOut)
	}
}
