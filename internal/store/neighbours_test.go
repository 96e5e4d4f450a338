package store_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/morgue-archive/morgue/internal/store"
)

// Newer and older follow the listing order exactly, also among articles
// that share a sort key (every undated one does).
func TestNeighboursFollowTheListing(t *testing.T) {
	db := importedArchive(t, 7, func(i int) string {
		date := ""
		if i%3 == 0 {
			date = "date: 2025-03-27\n" // three share a day
		}
		return fmt.Sprintf("---\ntitle: Story %d\n%s---\nText number %d.\n", i, date, i)
	})
	ctx := context.Background()
	r := store.NewReader(db)
	items, _, err := r.List(ctx, store.ListQuery{Limit: 100})
	if err != nil || len(items) != 7 {
		t.Fatalf("%d items, %v", len(items), err)
	}
	id := func(it *store.Ref) int64 {
		if it == nil {
			return 0
		}
		return it.ID
	}
	for i, it := range items {
		newer, older, err := r.Neighbours(ctx, it)
		if err != nil {
			t.Fatal(err)
		}
		var wantNewer, wantOlder int64
		if i > 0 {
			wantNewer = items[i-1].ID
		}
		if i+1 < len(items) {
			wantOlder = items[i+1].ID
		}
		if id(newer) != wantNewer || id(older) != wantOlder {
			t.Errorf("%s: newer %d older %d, want %d and %d", it.Title, id(newer), id(older), wantNewer, wantOlder)
		}
	}
}
