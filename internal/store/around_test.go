package store_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/morgue-archive/morgue/internal/importer"
	"github.com/morgue-archive/morgue/internal/store"
)

// The article page reads the article, its source and its neighbours in
// one statement (View): it must show what Article and Provenance show one
// by one, and as neighbours the articles before and after it in the
// archive's order (as the newest-first list has them), with the slug,
// title and date a link to them shows.
func TestViewIsArticleProvenanceAndNeighbours(t *testing.T) {
	db := importedArchive(t, 9, func(i int) string {
		return fmt.Sprintf("---\ntitle: Harbour story %d\ndate: 2025-03-%02d\nauthors: [Jane Doe]\ntags: [Harbour, Port Authority, Storm %d]\n---\nText number %d.\n", i, 10+i%4, i%2, i)
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
		return fmt.Sprint(it.ID, it.Slug, it.Title, *it.Published)
	}
	ref := func(i int) *store.Ref {
		if i < 0 || i >= len(items) {
			return nil
		}
		return &store.Ref{ID: items[i].ID, Slug: items[i].Slug, Title: items[i].Title, Published: items[i].Published}
	}
	for i, listed := range items {
		v, err := r.View(ctx, listed.Slug)
		if err != nil {
			t.Fatal(err)
		}
		it, err := r.Article(ctx, listed.Slug)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(v.Item, it) {
			t.Errorf("%s: View's article\n%+v\nArticle's\n%+v", it.Title, v.Item, it)
		}
		p, err := r.Provenance(ctx, it.ID)
		if err != nil {
			t.Fatal(err)
		}
		if v.Provenance != p || p.SHA256 == "" {
			t.Errorf("%s: View's provenance %+v, Provenance's %+v", it.Title, v.Provenance, p)
		}
		if key(v.Newer) != key(ref(i-1)) || key(v.Older) != key(ref(i+1)) {
			t.Errorf("%s: neighbours %s / %s, want %s / %s", it.Title, key(v.Newer), key(v.Older), key(ref(i-1)), key(ref(i+1)))
		}
		newer, older, err := r.Neighbours(ctx, it)
		if err != nil || key(newer) != key(v.Newer) || key(older) != key(v.Older) {
			t.Errorf("%s: Neighbours %s / %s (%v), View's %s / %s", it.Title, key(newer), key(older), err, key(v.Newer), key(v.Older))
		}
	}
	if _, err := r.View(ctx, "no-such-article"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("an unknown slug: %v, want ErrNotFound", err)
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
		related, err := r.Related(ctx, it, 5)
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

// Related articles by headline read headlines only: a word of one
// headline in another article's body relates nothing, and a changed
// headline relates by its new words, not its old ones, on the next page.
func TestRelatedByHeadlineFollowsHeadlines(t *testing.T) {
	dir := t.TempDir()
	write := func(name, title, body string) {
		t.Helper()
		text := fmt.Sprintf("---\ntitle: %s\ndate: 2025-03-%s\ntags: []\n---\n%s\n", title, name[1:], body)
		if err := os.WriteFile(filepath.Join(dir, name+".md"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a10", "Orchard frost warning issued", "Growers covered the trees.")
	write("a11", "Ferry timetable changes", "The orchard frost closed the pier. Orchard frost, orchard frost.")
	write("a12", "Frost returns to the orchard valley", "Cold nights again.")
	write("a13", "Museum reopens", "New rooms.")
	ctx := context.Background()
	db, imp := archiveOf(t, dir)
	imp()
	r := store.NewReader(db)
	related := func(slug string) string {
		t.Helper()
		it, err := r.Article(ctx, slug)
		if err != nil {
			t.Fatal(err)
		}
		rel, err := r.Related(ctx, it, 5)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, x := range rel {
			out = append(out, x.Title)
		}
		return fmt.Sprint(out)
	}
	if got, want := related("orchard-frost-warning-issued"), "[Frost returns to the orchard valley]"; got != want {
		t.Errorf("related %s, want %s (the ferry's body is not its headline)", got, want)
	}
	write("a11", "Orchard ferry frost delays", "The pier closed.")
	write("a12", "Valley museum reopens", "Cold nights again.")
	imp()
	if got, want := related("orchard-frost-warning-issued"), "[Orchard ferry frost delays]"; got != want {
		t.Errorf("after the headlines changed, related %s, want %s", got, want)
	}
	if got, want := related("museum-reopens"), "[Valley museum reopens]"; got != want {
		t.Errorf("after the headlines changed, related %s, want %s", got, want)
	}
}
