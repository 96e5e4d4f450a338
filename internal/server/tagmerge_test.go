package server_test

import (
	"net/http"
	"os"
	"path/filepath"
	"testing"
)

// A tag merged into a fuller name of its subject keeps its URLs: its page,
// its feeds and its API answer redirect to the fuller tag's.
func TestMergedTagRedirects(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.md")
	os.WriteFile(a, []byte("---\ntitle: Rally in Ohio\ntags: [Trump]\n---\nThe rally.\n"), 0o644)
	f := newFixture(t, a)
	if got := f.get("/tags/trump"); got.code != http.StatusOK {
		t.Fatalf("/tags/trump before the merge: %d", got.code)
	}
	b := filepath.Join(dir, "b.md")
	os.WriteFile(b, []byte("---\ntitle: Debate night\ntags: [Donald Trump]\n---\nThe debate.\n"), 0o644)
	f.importPaths(b)
	for from, to := range map[string]string{
		"/tags/trump":             "/tags/donald-trump",
		"/tags/trump?page=1":      "/tags/donald-trump?page=1",
		"/tags/trump/feed.atom":   "/tags/donald-trump/feed.atom",
		"/tags/trump/feed.json":   "/tags/donald-trump/feed.json",
		"/api/tags/trump?limit=5": "/api/tags/donald-trump?limit=5",
	} {
		got := f.get(from)
		if got.code != http.StatusMovedPermanently || got.header.Get("Location") != to {
			t.Errorf("%s: %d → %q, want 301 → %q", from, got.code, got.header.Get("Location"), to)
		}
	}
	page := f.get("/tags/donald-trump")
	if page.code != http.StatusOK {
		t.Fatalf("/tags/donald-trump: %d", page.code)
	}
	mustContain(t, "the fuller tag's page", page.body, "Rally in Ohio", "Debate night")
	mustNotContain(t, "the tag list", f.get("/tags").body, `href="/tags/trump"`)
	if got := f.get("/tags/nobody"); got.code != http.StatusNotFound {
		t.Errorf("/tags/nobody: %d, want 404", got.code)
	}
	if got := f.get("/api/tags/nobody"); got.code != http.StatusNotFound {
		t.Errorf("/api/tags/nobody: %d, want 404", got.code)
	}
}
