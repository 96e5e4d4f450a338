package server_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/morgue-archive/morgue/internal/corpus"
	"github.com/morgue-archive/morgue/internal/importer"
	"github.com/morgue-archive/morgue/internal/server"
	"github.com/morgue-archive/morgue/internal/store"
)

// benchSite imports a generated corpus and serves it with the page cache
// off (cacheBytes 1) or on (0: the default size).
func benchSite(b *testing.B, n, cacheBytes int) (http.Handler, *store.Reader) {
	b.Helper()
	tmp := b.TempDir()
	dir := filepath.Join(tmp, "corpus")
	if _, err := corpus.Write(dir, corpus.Options{N: n, Seed: 1, MDFraction: corpus.DefaultMDFraction}); err != nil {
		b.Fatal(err)
	}
	dbPath := filepath.Join(tmp, "m.db")
	db, err := store.OpenWrite(context.Background(), dbPath)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := importer.Run(context.Background(), db, []string{dir}, importer.Options{}); err != nil {
		b.Fatal(err)
	}
	db.Close()
	// Opened as "morgue serve" opens it.
	r, err := store.OpenReader(context.Background(), dbPath, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { r.Close() })
	srv, err := server.New(r, server.Config{BaseURL: base, CacheBytes: cacheBytes})
	if err != nil {
		b.Fatal(err)
	}
	return srv, r
}

// BenchmarkRender renders pages with the page cache off (every request
// queries the archive and executes the template) and on (every request but
// the first is served from memory).
func BenchmarkRender(b *testing.B) {
	for _, c := range []struct {
		name  string
		bytes int
	}{{"uncached", 1}, {"cached", 0}} {
		h, r := benchSite(b, 1000, c.bytes)
		items, _, err := r.List(context.Background(), store.ListQuery{Limit: 1, Offset: 500})
		if err != nil || len(items) == 0 {
			b.Fatal(err)
		}
		for _, page := range []struct{ name, path string }{
			{"article", "/articles/" + items[0].Slug},
			{"home", "/"},
			{"listing", "/?page=40"},
			{"search", "/search?q=the+president"},
		} {
			b.Run(c.name+"/"+page.name, func(b *testing.B) {
				for b.Loop() {
					rec := httptest.NewRecorder()
					h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, page.path, nil))
					if rec.Code != http.StatusOK {
						b.Fatalf("%s: %d", page.path, rec.Code)
					}
				}
			})
		}
	}
}

// BenchmarkRenderParallel renders articles from 64 goroutines at once, as a
// loaded server does, with the page cache off: every request queries the
// archive, so this measures the database pool under concurrency.
func BenchmarkRenderParallel(b *testing.B) {
	h, r := benchSite(b, 1000, 1)
	items, _, err := r.List(context.Background(), store.ListQuery{Limit: 100})
	if err != nil || len(items) == 0 {
		b.Fatal(err)
	}
	b.SetParallelism(32)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			i++
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/articles/"+items[i%len(items)].Slug, nil))
			if rec.Code != http.StatusOK {
				b.Errorf("%d", rec.Code)
				return
			}
		}
	})
}
