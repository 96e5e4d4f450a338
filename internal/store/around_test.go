package store_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/morgue-archive/morgue/internal/store"
)

// The article page reads related articles and neighbours together
// (Around): it must show what Related and Neighbours show one by one,
// authors and tags included, also when a neighbour is a related article.
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
	key := func(it *store.Item) string {
		if it == nil {
			return "-"
		}
		return fmt.Sprint(it.ID, it.Title, it.Authors, it.Tags)
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
			if len(related[i].Authors) == 0 || len(related[i].Tags) == 0 {
				t.Errorf("%s: related %s has no authors or tags", it.Title, related[i].Title)
			}
		}
		if key(newer) != key(wantNewer) || key(older) != key(wantOlder) {
			t.Errorf("%s: neighbours %s / %s, want %s / %s", it.Title, key(newer), key(older), key(wantNewer), key(wantOlder))
		}
	}
}
