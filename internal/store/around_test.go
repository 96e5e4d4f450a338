package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/morgue-archive/morgue/internal/importer"
	"github.com/morgue-archive/morgue/internal/store"
)

// The article page reads related articles and neighbours together
// (Around): it must show what Related and Neighbours show one by one,
// with the slug, title and date a link to them shows, also when a
// neighbour is a related article.
func TestAroundIsRelatedAndNeighbours(t *testing.T) {
	db := importedArchive(t, 9, func(i int) string {
		return fmt.Sprintf("---\ntitle: Harbour story %d\ndate: 2025-03-%02d\nauthors: [Jane Doe]\ntags: [Harbour, Port Authority, Storm %d]\n---\nText number %d.\n", i, 10+i, i%2, i)
	})
	ctx := context.Background()
	r := store.NewReader(db)
	items, _, err := r.List(ctx, store.ListQuery{Limit: 100})
	if err != nil || len(items) != 9 {
		t.Fatalf("%d items, %v", len(items), err)
	}
	key := func(it *store.Ref) string {
		if it == nil {
			return "-"
		}
		return fmt.Sprint(it.ID, it.Slug, it.Title, it.Published)
	}
	for _, it := range items {
		it, err := r.Article(ctx, it.Slug)
		if err != nil {
			t.Fatal(err)
		}
		related, newer, older, err := r.Around(ctx, it, 5)
		if err != nil {
			t.Fatal(err)
		}
		wantRelated, err := r.Related(ctx, it, 5)
		if err != nil {
			t.Fatal(err)
		}
		wantNewer, wantOlder, err := r.Neighbours(ctx, it)
		if err != nil {
			t.Fatal(err)
		}
		if len(related) == 0 || len(related) != len(wantRelated) {
			t.Fatalf("%s: %d related, want %d (and some)", it.Title, len(related), len(wantRelated))
		}
		for i := range related {
			if key(&related[i]) != key(&wantRelated[i]) {
				t.Errorf("%s: related %d is %s, want %s", it.Title, i, key(&related[i]), key(&wantRelated[i]))
			}
			if related[i].Slug == "" || related[i].Title == "" || related[i].Published == nil {
				t.Errorf("%s: related %+v lacks a slug, title or date", it.Title, related[i])
			}
		}
		if key(newer) != key(wantNewer) || key(older) != key(wantOlder) {
			t.Errorf("%s: neighbours %s / %s, want %s / %s", it.Title, key(newer), key(older), key(wantNewer), key(wantOlder))
		}
	}
}

// Related articles by tags: the most shared tags first, the newest among
// equals; the tags' article lists are kept between pages, so an import
// that adds a closer article must show it on the next page.
func TestRelatedOrderAndNewImports(t *testing.T) {
	md := func(title, date string, tags string) string {
		return fmt.Sprintf("---\ntitle: %s\ndate: %s\ntags: [%s]\n---\nText of %s.\n", title, date, tags, title)
	}
	texts := []string{
		md("Quay repairs begin", "2025-04-01", "Harbour, Storm, Quay"),
		md("Storm and harbour", "2025-03-20", "Harbour, Storm"),
		md("Harbour storm quay, the whole story", "2025-03-01", "Harbour, Storm, Quay"),
		md("Harbour news", "2025-03-25", "Harbour"),
		md("Bakery wins prize", "2025-03-26", "Bread"),
	}
	db := importedArchive(t, len(texts), func(i int) string { return texts[i] })
	ctx := context.Background()
	r := store.NewReader(db)
	titles := func() []string {
		it, err := r.Article(ctx, "quay-repairs-begin")
		if err != nil {
			t.Fatal(err)
		}
		related, _, _, err := r.Around(ctx, it, 5)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, x := range related {
			out = append(out, x.Title)
		}
		return out
	}
	want := "[Harbour storm quay, the whole story Storm and harbour Harbour news]"
	if got := fmt.Sprint(titles()); got != want {
		t.Fatalf("related %s, want %s", got, want)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "new.md"), []byte(md("Quay storm harbour again", "2025-03-30", "Harbour, Storm, Quay")), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := importer.Run(ctx, db, []string{dir}, importer.Options{}); err != nil {
		t.Fatal(err)
	}
	want = "[Quay storm harbour again Harbour storm quay, the whole story Storm and harbour Harbour news]"
	if got := fmt.Sprint(titles()); got != want {
		t.Fatalf("after an import, related %s, want %s", got, want)
	}
}
