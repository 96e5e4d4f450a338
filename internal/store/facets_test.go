package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/morgue-archive/morgue/internal/importer"
	"github.com/morgue-archive/morgue/internal/search"
	"github.com/morgue-archive/morgue/internal/store"
)

// facetArchive: 40 articles; article i is by author i%4 (and author 4 when
// i%5 == 0), from outlet i%3 (none when i%7 == 6), tagged t(i%5) and t9
// when even, dated in year 2020+i%4 (undated when i%6 == 5), and has the
// word "ferry" when i%2 == 0.
func facetArchive(t *testing.T) *store.Reader {
	db := importedArchive(t, 40, func(i int) string {
		authors := fmt.Sprintf("Writer %c", 'A'+i%4)
		if i%5 == 0 {
			authors += ", Writer E"
		}
		tags := fmt.Sprintf("Topic %d", i%5)
		if i%2 == 0 {
			tags += ", Topic 9"
		}
		s := fmt.Sprintf("---\ntitle: Story number %d\nauthors: [%s]\ntags: [%s]\n", i, authors, tags)
		if i%7 != 6 {
			s += fmt.Sprintf("outlet: Outlet %d\n", i%3)
		}
		if i%6 != 5 {
			s += fmt.Sprintf("date: %d-%02d-10\n", 2020+i%4, 1+i%12)
		}
		body := "A plain story."
		if i%2 == 0 {
			body = "A story about the ferry."
		}
		return s + "---\n" + body + "\n"
	})
	return store.NewReader(db)
}

func named(g store.FacetGroup) map[string]int {
	m := map[string]int{}
	for _, n := range g.Top {
		m[n.Name] = n.Count
	}
	return m
}

// Facets count exactly what the search selects, and a count narrows to
// exactly that many results.
func TestFacetCounts(t *testing.T) {
	r := facetArchive(t)
	ctx := context.Background()
	q, _ := search.Parse("ferry")
	res, err := r.Search(ctx, store.SearchQuery{Query: q, Facets: &store.FacetOptions{}})
	if err != nil {
		t.Fatal(err)
	}
	f := res.Facets
	if f == nil || res.Total != 20 || f.Total != 20 || f.About {
		t.Fatalf("total %d, facets %+v", res.Total, f)
	}
	// Even i: authors A and C (10 each), E for i%10 == 0 (4).
	if a := named(f.Authors); a["Writer A"] != 10 || a["Writer C"] != 10 || a["Writer E"] != 4 || len(a) != 3 {
		t.Errorf("authors %v", a)
	}
	if g := named(f.Tags); g["Topic 9"] != 20 || g["Topic 0"] != 4 || g["Topic 1"] != 4 {
		t.Errorf("tags %v", g)
	}
	// Even i, undated when i%6 == 5: none are (5 is odd mod 6 for evens? i=... even i never ≡ 5 mod 6).
	years := map[int]int{}
	for _, p := range f.Periods {
		years[p.Year] = p.Count
	}
	if years[2020] != 10 || years[2022] != 10 || len(years) != 2 || f.Undated != 0 {
		t.Errorf("years %v, undated %d", years, f.Undated)
	}
	// Narrowing by a count's name finds exactly that count.
	for _, n := range f.Outlets.Top {
		res2, err := r.Search(ctx, store.SearchQuery{Query: q, Outlet: n.Slug})
		if err != nil {
			t.Fatal(err)
		}
		if res2.Total != n.Count {
			t.Errorf("outlet %s: facet says %d, narrowed search finds %d", n.Name, n.Count, res2.Total)
		}
	}
	for _, n := range f.Tags.Top {
		res2, err := r.Search(ctx, store.SearchQuery{Query: q, Names: []store.NameFilter{{Kind: store.Tags, Slugs: []string{n.Slug}}}})
		if err != nil {
			t.Fatal(err)
		}
		if res2.Total != n.Count {
			t.Errorf("tag %s: facet says %d, narrowed search finds %d", n.Name, n.Count, res2.Total)
		}
	}
	// The top is cut at the limit, and says how many more there are.
	res, _ = r.Search(ctx, store.SearchQuery{Query: q, Facets: &store.FacetOptions{Limit: 2}})
	if len(res.Facets.Tags.Top) != 2 || res.Facets.Tags.More != 4 {
		t.Errorf("limited tags: %d shown, %d more", len(res.Facets.Tags.Top), res.Facets.Tags.More)
	}
}

// Listings count every article they hold; one year's are counted by month.
func TestListFacets(t *testing.T) {
	r := facetArchive(t)
	ctx := context.Background()
	f, err := r.ListFacets(ctx, store.ListQuery{}, store.FacetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// i%6 == 5: 5, 11, 17, 23, 29, 35.
	if f.Total != 40 || f.Undated != 6 || f.ByMonth {
		t.Errorf("all: total %d undated %d", f.Total, f.Undated)
	}
	f, err = r.ListFacets(ctx, store.ListQuery{Tag: "topic-9"}, store.FacetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if f.Total != 20 {
		t.Errorf("topic 9: %d", f.Total)
	}
	f, err = r.ListFacets(ctx, store.ListQuery{Year: 2021}, store.FacetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// i%4 == 1 and i%6 != 5: 1, 9, 13, 21, 25, 33, 37 (5, 17, 29 undated).
	if f.Total != 7 || !f.ByMonth || f.Undated != 0 {
		t.Errorf("2021: total %d, by month %v, periods %v", f.Total, f.ByMonth, f.Periods)
	}
	f, err = r.ListFacets(ctx, store.ListQuery{Undated: true}, store.FacetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if f.Total != 6 || f.Undated != 6 || len(f.Periods) != 0 {
		t.Errorf("undated: %+v", f)
	}
	items, total, err := r.List(ctx, store.ListQuery{Undated: true, Limit: 20})
	if err != nil || total != 6 || len(items) != 6 {
		t.Errorf("undated list: %d of %d, %v", len(items), total, err)
	}
}

// Past the count bound, facets are estimated from the newest matches and
// say so.
func TestFacetsPastTheBoundAreEstimates(t *testing.T) {
	r := facetArchive(t)
	store.SetCountCap(r, 10)
	q, _ := search.Parse("story")
	res, err := r.Search(context.Background(), store.SearchQuery{Query: q, Facets: &store.FacetOptions{}})
	if err != nil {
		t.Fatal(err)
	}
	f := res.Facets
	if !res.Capped || !f.About {
		t.Fatalf("capped %v, about %v", res.Capped, f.About)
	}
	if f.Total < 30 || f.Total > 50 {
		t.Errorf("estimated total %d, want about 40", f.Total)
	}
}

// The A–Z guide names every page by its first and last names and says
// where each initial starts, so any name is two clicks from the index.
func TestNameGuide(t *testing.T) {
	r := facetArchive(t)
	// Authors: Writer A, B, C, D, E (slugs writer-a … writer-e).
	pages, letters, err := r.NameGuide(context.Background(), store.Authors, 2)
	if err != nil {
		t.Fatal(err)
	}
	want := []store.GuidePage{{Page: 1, First: "Writer A", Last: "Writer B"}, {Page: 2, First: "Writer C", Last: "Writer D"}, {Page: 3, First: "Writer E", Last: "Writer E"}}
	if fmt.Sprint(pages) != fmt.Sprint(want) {
		t.Errorf("guide %v, want %v", pages, want)
	}
	if len(letters) != 1 || letters[0] != (store.Letter{Letter: "w", Page: 1, Count: 5}) {
		t.Errorf("letters %v", letters)
	}
	names, total, err := r.Names(context.Background(), store.Authors, true, 2, 2)
	if err != nil || total != 5 || len(names) != 2 || names[0].Name != "Writer C" {
		t.Errorf("page 2: %v of %d, %v", names, total, err)
	}
	found, err := r.FindNames(context.Background(), store.Tags, "TOPIC", 10)
	if err != nil || len(found) != 6 {
		t.Errorf("tags with 'topic': %v, %v", found, err)
	}
	found, _ = r.FindNames(context.Background(), store.Tags, "Topic 9", 10)
	if len(found) != 1 || found[0].Name != "Topic 9" {
		t.Errorf("exact name: %v", found)
	}
}

// The whole archive's facets (the home page's) come from the kept counts,
// not the facet index: they must be what the index counts, the dated
// articles and the undated ones together, most articles first.
func TestArchiveFacetsMatchTheIndex(t *testing.T) {
	r := facetArchive(t)
	ctx := context.Background()
	opt := store.FacetOptions{Limit: 1000}
	all, err := r.ListFacets(ctx, store.ListQuery{}, opt)
	if err != nil {
		t.Fatal(err)
	}
	dated, err := r.Search(ctx, store.SearchQuery{FromDay: 10000101, ToDay: 99991231, Limit: 1, Facets: &opt})
	if err != nil {
		t.Fatal(err)
	}
	undated, err := r.ListFacets(ctx, store.ListQuery{Undated: true}, opt)
	if err != nil {
		t.Fatal(err)
	}
	d := dated.Facets
	if all.Total != d.Total+undated.Total || all.Undated != undated.Total || fmt.Sprint(all.Periods) != fmt.Sprint(d.Periods) {
		t.Errorf("whole archive %d (%d undated) %v; index: %d dated %v, %d undated", all.Total, all.Undated, all.Periods, d.Total, d.Periods, undated.Total)
	}
	for _, g := range []struct {
		name              string
		all, dated, undat store.FacetGroup
	}{{"outlets", all.Outlets, d.Outlets, undated.Outlets}, {"authors", all.Authors, d.Authors, undated.Authors}, {"tags", all.Tags, d.Tags, undated.Tags}} {
		want := map[string]int{}
		for _, n := range append(append([]store.Named(nil), g.dated.Top...), g.undat.Top...) {
			want[n.Slug] += n.Count
		}
		got := map[string]int{}
		for i, n := range g.all.Top {
			got[n.Slug] = n.Count
			if i > 0 && n.Count > g.all.Top[i-1].Count {
				t.Errorf("%s: %s (%d) after %s (%d)", g.name, n.Slug, n.Count, g.all.Top[i-1].Slug, g.all.Top[i-1].Count)
			}
		}
		if len(want) == 0 || fmt.Sprint(got) != fmt.Sprint(want) || g.all.More != 0 {
			t.Errorf("%s: %v (%d more), index counts %v", g.name, got, g.all.More, want)
		}
	}
	limited, err := r.ListFacets(ctx, store.ListQuery{}, store.FacetOptions{Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(limited.Tags.Top) != 2 || limited.Tags.More != len(all.Tags.Top)-2 {
		t.Errorf("limited: %d tags shown, %d more, of %d", len(limited.Tags.Top), limited.Tags.More, len(all.Tags.Top))
	}
}

// The home page's counts by year are kept between pages; an import that
// adds an article of another year must show in the next page's counts.
func TestArchivePeriodsFollowImports(t *testing.T) {
	md := func(title, date string) string {
		return fmt.Sprintf("---\ntitle: %s\ndate: %s\n---\nText of %s.\n", title, date, title)
	}
	texts := []string{md("Harbour opens", "2024-03-02"), md("Harbour closes", "2025-01-09")}
	db := importedArchive(t, len(texts), func(i int) string { return texts[i] })
	ctx := context.Background()
	r := store.NewReader(db)
	periods := func() string {
		f, err := r.ListFacets(ctx, store.ListQuery{}, store.FacetOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprint(f.Periods)
	}
	if got, want := periods(), "[{2025 0 1} {2024 0 1}]"; got != want {
		t.Fatalf("periods %s, want %s", got, want)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "new.md"), []byte(md("Harbour planned", "2023-05-04")), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := importer.Run(ctx, db, []string{dir}, importer.Options{}); err != nil {
		t.Fatal(err)
	}
	if got, want := periods(), "[{2025 0 1} {2024 0 1} {2023 0 1}]"; got != want {
		t.Fatalf("after an import, periods %s, want %s", got, want)
	}
}

// A listing's facets are kept between pages, but never past an import:
// the tag's page after the import counts the new article, its author and
// its year, and a second look at the same listing says the same.
func TestListFacetsFollowImports(t *testing.T) {
	md := func(title, author, date string) string {
		return fmt.Sprintf("---\ntitle: %s\nauthors: [%s]\ntags: [Harbour]\ndate: %s\n---\nText of %s.\n", title, author, date, title)
	}
	texts := []string{md("Harbour opens", "Ana Ruiz", "2024-03-02"), md("Harbour closes", "Ana Ruiz", "2025-01-09")}
	db := importedArchive(t, len(texts), func(i int) string { return texts[i] })
	ctx := context.Background()
	r := store.NewReader(db)
	facets := func() string {
		f, err := r.ListFacets(ctx, store.ListQuery{Tag: "harbour"}, store.FacetOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprint(f.Total, f.Periods, named(f.Authors))
	}
	want := "2 [{2025 0 1} {2024 0 1}] map[Ana Ruiz:2]"
	for range 2 {
		if got := facets(); got != want {
			t.Fatalf("tag facets %s, want %s", got, want)
		}
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "new.md"), []byte(md("Harbour planned", "Li Wei", "2023-05-04")), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := importer.Run(ctx, db, []string{dir}, importer.Options{}); err != nil {
		t.Fatal(err)
	}
	want = "3 [{2025 0 1} {2024 0 1} {2023 0 1}] map[Ana Ruiz:2 Li Wei:1]"
	for range 2 {
		if got := facets(); got != want {
			t.Fatalf("after an import, tag facets %s, want %s", got, want)
		}
	}
}

// A listing of a name that most articles carry is counted from the
// articles without it (the whole archive's counts less theirs): its
// facets must be exactly what a search filtered by the same name counts,
// article by article, on every period, outlet, author and tag.
func TestFacetsOfANameOnMostArticles(t *testing.T) {
	db := importedArchive(t, 30, func(i int) string {
		tags := fmt.Sprintf("Topic %d", i%4)
		if i%5 != 0 {
			tags += ", Everywhere" // 24 of 30
		}
		s := fmt.Sprintf("---\ntitle: Notice %d\nauthors: [Clerk %c]\ntags: [%s]\noutlet: Paper %d\n", i, 'A'+i%3, tags, i%2)
		if i%7 != 3 {
			s += fmt.Sprintf("date: %d-%02d-01\n", 2019+i%3, 1+i%5)
		}
		return s + "---\nA notice about the river.\n"
	})
	r := store.NewReader(db)
	ctx := context.Background()
	opt := store.FacetOptions{Limit: 100}
	list, err := r.ListFacets(ctx, store.ListQuery{Tag: "everywhere"}, opt)
	if err != nil {
		t.Fatal(err)
	}
	q, _ := search.Parse("river")
	res, err := r.Search(ctx, store.SearchQuery{Query: q, Names: []store.NameFilter{{Kind: store.Tags, Slugs: []string{"everywhere"}}}, Facets: &opt})
	if err != nil {
		t.Fatal(err)
	}
	if list.Total != 24 || fmt.Sprint(list) != fmt.Sprint(res.Facets) {
		t.Errorf("listing of the tag counts\n%+v\na search filtered by it counts\n%+v", list, res.Facets)
	}
	// And the year of one listing is still counted by month.
	year, err := r.ListFacets(ctx, store.ListQuery{Tag: "everywhere", Year: 2020}, opt)
	if err != nil {
		t.Fatal(err)
	}
	if !year.ByMonth || year.Total == 0 || year.Undated != 0 {
		t.Errorf("2020 of the tag: %+v", year)
	}
}

// A brief listing (what list pages read) gives the same articles in the
// same order as the full one, with everything a list page prints.
func TestBriefListingPrintsTheSame(t *testing.T) {
	r := facetArchive(t)
	ctx := context.Background()
	for _, q := range []store.ListQuery{{Limit: 15}, {Tag: "topic-9", Limit: 7, Offset: 5}, {Undated: true, Limit: 20}} {
		full, n, err := r.List(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		q.Brief = true
		brief, nb, err := r.List(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		printed := func(items []store.Item) string {
			var b strings.Builder
			for _, it := range items {
				fmt.Fprintf(&b, "%d %s %q %q %q %v %d %d %s %q %v\n", it.ID, it.Slug, it.Title, it.Dek, it.Outlet,
					it.Published, it.SortKey, it.ReadingMinutes, it.Language, it.Authors, it.Tags)
			}
			return b.String()
		}
		if got, want := printed(brief), printed(full); got != want || nb != n || len(full) == 0 {
			t.Errorf("%+v: brief (%d)\n%s\nfull (%d)\n%s", q, nb, got, n, want)
		}
	}
}

// Names shown in a listing are the archive's as it is now: kept between
// pages, read again after imports, also when a dropped tag's id is given
// to a new tag (SQLite hands out the largest id again once it is free).
func TestListingNamesFollowImports(t *testing.T) {
	dir := t.TempDir()
	write := func(name, tags, authors string) {
		t.Helper()
		s := fmt.Sprintf("---\ntitle: Note %s\nauthors: [%s]\ntags: [%s]\n---\nA note.\n", name, authors, tags)
		if err := os.WriteFile(filepath.Join(dir, name+".md"), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := importedArchive(t, 0, nil)
	ctx := context.Background()
	r := store.NewReader(db)
	step := func(want string) {
		t.Helper()
		if _, err := importer.Run(ctx, db, []string{dir}, importer.Options{}); err != nil {
			t.Fatal(err)
		}
		for range 2 { // read, then kept
			items, _, err := r.List(ctx, store.ListQuery{Limit: 10, Brief: true})
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			for _, it := range items {
				fmt.Fprintf(&b, "%s %v %v; ", it.Title, it.Authors, it.Tags)
			}
			if got := b.String(); got != want {
				t.Fatalf("names\n%s\nwant\n%s", got, want)
			}
		}
	}
	write("a", "Harbour, Zeta Port", "Ana Ruiz")
	step("Note a [Ana Ruiz] [{Harbour harbour} {Zeta Port zeta-port}]; ")
	write("a", "Harbour", "Ana Ruiz") // Zeta Port, the newest tag, is dropped
	step("Note a [Ana Ruiz] [{Harbour harbour}]; ")
	write("b", "Omega Bay", "Li Wei")
	step("Note b [Li Wei] [{Omega Bay omega-bay}]; Note a [Ana Ruiz] [{Harbour harbour}]; ")
}

// The facet index holds, for every article, the same day, outlet, authors
// and tags as the tables read row by row: on articles with and without
// each of them, and on an empty archive.
func TestFacetIndexHoldsEveryLink(t *testing.T) {
	if err := store.CheckFacetIndex(facetArchive(t)); err != nil {
		t.Error(err)
	}
	sparse := importedArchive(t, 12, func(i int) string {
		s := fmt.Sprintf("---\ntitle: Note %d\n", i)
		if i%3 != 0 {
			s += fmt.Sprintf("tags: [Alpha %d, Beta]\n", i%4)
		}
		if i%4 != 0 {
			s += fmt.Sprintf("authors: [Clerk %d]\n", i%5)
		}
		if i%2 == 0 {
			s += fmt.Sprintf("date: 2019-%02d-%02d\n", 1+i%12, 1+i)
		}
		return s + "---\nA note.\n"
	})
	if err := store.CheckFacetIndex(store.NewReader(sparse)); err != nil {
		t.Error(err)
	}
	if err := store.CheckFacetIndex(store.NewReader(importedArchive(t, 0, nil))); err != nil {
		t.Error(err)
	}
}

// After a request has read the archive's state, WarmFacets loads the facet
// index of that version in the background, so the first listing or search
// does not wait for it; again after an import; and Close stops it.
func TestWarmFacetsLoadsTheIndexAhead(t *testing.T) {
	texts := []string{"---\ntitle: Ferry one\ntags: [Ferries]\n---\nText.\n", "---\ntitle: Ferry two\ntags: [Ferries]\n---\nText.\n"}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.md"), []byte(texts[0]), 0o644); err != nil {
		t.Fatal(err)
	}
	db, imp := archiveOf(t, dir)
	imp()
	r := store.NewReader(db)
	ctx := context.Background()
	warmed := func(when string) int64 {
		t.Helper()
		for start := time.Now(); store.WarmingFacets(r); time.Sleep(time.Millisecond) {
			if time.Since(start) > time.Minute {
				t.Fatalf("%s: the load never ended", when)
			}
		}
		gen, ok := store.FacetIndexLoaded(r)
		if !ok {
			t.Fatalf("%s: no facet index loaded", when)
		}
		return gen
	}
	r.WarmFacets()
	if _, ok := store.FacetIndexLoaded(r); ok || store.WarmingFacets(r) {
		t.Fatal("a facet index loads before any request read the archive")
	}
	st, err := r.State(ctx)
	if err != nil {
		t.Fatal(err)
	}
	r.WarmFacets()
	if gen := warmed("after the first request"); gen != st.Generation {
		t.Errorf("facet index of generation %d, the archive's is %d", gen, st.Generation)
	}
	if err := os.WriteFile(filepath.Join(dir, "b.md"), []byte(texts[1]), 0o644); err != nil {
		t.Fatal(err)
	}
	imp()
	r.WarmFacets() // no request saw the import yet
	if gen := warmed("before a request saw the import"); gen != st.Generation {
		t.Errorf("facet index of generation %d before a request read the new one", gen)
	}
	st2, err := r.State(ctx)
	if err != nil {
		t.Fatal(err)
	}
	r.WarmFacets()
	if gen := warmed("after an import"); gen != st2.Generation || gen == st.Generation {
		t.Errorf("after an import, facet index of generation %d, the archive's is %d (was %d)", gen, st2.Generation, st.Generation)
	}
	f, err := r.ListFacets(ctx, store.ListQuery{Tag: "ferries"}, store.FacetOptions{})
	if err != nil || f.Total != 2 {
		t.Fatalf("tag facets after the import: %v, %v", f, err)
	}
	// A load under way when the archive closes stops, and Close waits
	// for it: nothing runs on a closed database.
	r2 := store.NewReader(importedArchive(t, 30, func(i int) string { return texts[i%2] }))
	if _, err := r2.State(ctx); err != nil {
		t.Fatal(err)
	}
	r2.WarmFacets()
	if err := r2.Close(); err != nil {
		t.Fatal(err)
	}
	if store.WarmingFacets(r2) {
		t.Error("a facet index still loads after Close returned")
	}
	r2.WarmFacets()
	if store.WarmingFacets(r2) {
		t.Error("a facet index load started after Close")
	}
}

// A listing of a name counts its facets in the facet index; a search
// filtered by the same name counts them from the name's member set: both
// the same, for every tag, author and outlet, alone, within a year, undated,
// and for a slug that names nothing.
func TestListFacetsMatchTheSearchFilter(t *testing.T) {
	r := facetArchive(t)
	ctx := context.Background()
	opt := store.FacetOptions{Limit: 1000}
	for _, kind := range store.Kinds {
		names, _, err := r.Names(ctx, kind, false, 0, 100)
		if err != nil || len(names) < 3 {
			t.Fatalf("%v: %d names, %v", kind, len(names), err)
		}
		for _, n := range append(names, store.Named{Slug: "no-such-name"}) {
			for _, p := range []struct {
				year    int
				undated bool
			}{{0, false}, {2021, false}, {0, true}} {
				lq := store.ListQuery{Year: p.year, Undated: p.undated}
				sq := store.SearchQuery{Undated: p.undated, Limit: 1, Facets: &opt}
				if p.year != 0 {
					sq.FromDay, sq.ToDay = p.year*10000+101, p.year*10000+1231
				}
				switch kind {
				case store.Tags:
					lq.Tag, sq.Tag = n.Slug, n.Slug
				case store.Authors:
					lq.Author, sq.Author = n.Slug, n.Slug
				default:
					lq.Outlet, sq.Outlet = n.Slug, n.Slug
				}
				listed, err := r.ListFacets(ctx, lq, opt)
				if err != nil {
					t.Fatal(err)
				}
				searched, err := r.Search(ctx, sq)
				if err != nil {
					t.Fatal(err)
				}
				if got, want := fmt.Sprintf("%+v", *listed), fmt.Sprintf("%+v", *searched.Facets); got != want {
					t.Errorf("%v %s %+v:\nlisting %s\nsearch  %s", kind, n.Slug, p, got, want)
				}
			}
		}
	}
}
