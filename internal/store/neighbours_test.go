package store_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/morgue-archive/morgue/internal/store"
)

// Newer and older follow the listing order exactly, also among articles
// that share a sort key (every undated one does), with the links the
// listing has: slug, title (quotes, a backslash and other scripts too)
// and date. The article page reads them with the article (View).
func TestNeighboursFollowTheListing(t *testing.T) {
	titles := map[int]string{2: `Story 2 says "yes" \ no`, 4: "Story 4 – Ünïcode 港口"}
	db := importedArchive(t, 7, func(i int) string {
		date := ""
		if i%3 == 0 {
			date = "date: 2025-03-27\n" // three share a day
		}
		if i == 5 {
			date = "date: 2024-11-02T08:15:00+01:00\n"
		}
		title, ok := titles[i]
		if !ok {
			title = fmt.Sprintf("Story %d", i)
		}
		return fmt.Sprintf("---\ntitle: %s\n%s---\nText number %d.\n", title, date, i)
	})
	ctx := context.Background()
	r := store.NewReader(db)
	items, _, err := r.List(ctx, store.ListQuery{Limit: 100})
	if err != nil || len(items) != 7 {
		t.Fatalf("%d items, %v", len(items), err)
	}
	link := func(it *store.Ref) string {
		if it == nil {
			return "none"
		}
		date := "undated"
		if it.Published != nil {
			date = it.Published.Format(time.RFC3339)
		}
		return fmt.Sprintf("%d %s %q %s", it.ID, it.Slug, it.Title, date)
	}
	want := func(i int) string {
		if i < 0 || i >= len(items) {
			return "none"
		}
		it := items[i]
		return link(&store.Ref{ID: it.ID, Slug: it.Slug, Title: it.Title, Published: it.Published})
	}
	seen := map[string]bool{}
	for i, it := range items {
		seen[it.Title] = true
		newer, older, err := r.Neighbours(ctx, it)
		if err != nil {
			t.Fatal(err)
		}
		if link(newer) != want(i-1) || link(older) != want(i+1) {
			t.Errorf("%s: newer %s, older %s; want %s and %s", it.Title, link(newer), link(older), want(i-1), want(i+1))
		}
		v, err := r.View(ctx, it.Slug)
		if err != nil {
			t.Fatal(err)
		}
		if link(v.Newer) != link(newer) || link(v.Older) != link(older) {
			t.Errorf("%s: the page's newer %s and older %s, not %s and %s", it.Title, link(v.Newer), link(v.Older), link(newer), link(older))
		}
	}
	for _, title := range titles {
		if !seen[title] {
			t.Errorf("title %q not imported as written: %v", title, seen)
		}
	}
}
