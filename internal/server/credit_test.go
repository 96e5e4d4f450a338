package server

import (
	"fmt"
	"testing"
	"time"

	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/store"
)

// A byline of three reads "A, B and C"; an entry shows four tags and
// counts the rest; an undated article has no date strings.
func TestEntryOfAnArticle(t *testing.T) {
	at := time.Date(2025, 3, 27, 10, 45, 0, 0, time.UTC)
	var tags []article.Tag
	for _, n := range []string{"Port Elwin", "Storms", "Ferries", "Fishing", "Harbours", "Weather"} {
		tags = append(tags, article.Tag{Name: n, Slug: article.Slugify(n)})
	}
	it := store.Item{Article: article.Article{Title: "Harbour reopens", Outlet: "Example News", Language: "ar",
		Authors: []string{"Jane Doe", "John Roe", "Ana Núñez"}, Published: &at, ReadingMinutes: 3, Tags: tags}}
	e := entryOf(&it)
	var seps, slugs []string
	for _, a := range e.Credit.Authors {
		seps, slugs = append(seps, a.Sep), append(slugs, a.Slug)
	}
	if got := fmt.Sprintf("%q %q", seps, slugs); got != `["" ", " " and "] ["jane-doe" "john-roe" "ana-nunez"]` {
		t.Errorf("byline: %s", got)
	}
	if e.Credit.OutletSlug != "example-news" || e.Credit.DateISO != "2025-03-27T10:45:00Z" || e.Credit.DateText != "March 27, 2025" || e.Dir != "rtl" {
		t.Errorf("credit %+v, dir %q", e.Credit, e.Dir)
	}
	if len(e.Tags) != 4 || e.MoreTags != 2 {
		t.Errorf("%d tags shown, %d more", len(e.Tags), e.MoreTags)
	}
	it.Published, it.Authors, it.Outlet, it.Language = nil, nil, "", ""
	e = entryOf(&it)
	if e.Credit.DateISO != "" || e.Credit.DateText != "" || e.Credit.Authors != nil || e.Credit.OutletSlug != "" || e.Dir != "" {
		t.Errorf("undated, unsigned: %+v, dir %q", e.Credit, e.Dir)
	}
}
