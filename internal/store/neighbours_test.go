package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"morgue/internal/importer"
	"morgue/internal/store"
)

// Newer and older follow the listing order exactly, also among articles
// that share a sort key (every undated one does).
func TestNeighboursFollowTheListing(t *testing.T) {
	dir := t.TempDir()
	for i := range 7 {
		date := ""
		if i%3 == 0 {
			date = "date: 2025-03-27\n" // three share a day
		}
		body := fmt.Sprintf("---\ntitle: Story %d\n%s---\nText number %d.\n", i, date, i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%d.md", i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx := context.Background()
	db, err := store.OpenWrite(ctx, filepath.Join(dir, "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := importer.Run(ctx, db, []string{dir}, importer.Options{}); err != nil {
		t.Fatal(err)
	}
	r := store.NewReader(db)
	items, _, err := r.List(ctx, store.ListQuery{Limit: 100})
	if err != nil || len(items) != 7 {
		t.Fatalf("%d items, %v", len(items), err)
	}
	id := func(it *store.Item) int64 {
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
