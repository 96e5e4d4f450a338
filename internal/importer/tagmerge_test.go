package importer_test

import (
	"context"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/search"
	"github.com/morgue-archive/morgue/internal/store"
)

func mustQuery(t *testing.T, s string) store.SearchQuery {
	t.Helper()
	q, err := search.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return store.SearchQuery{Query: q, Limit: 10}
}

// tagged is a Markdown article with the given tags.
func tagged(title string, tags ...string) string {
	return "---\ntitle: " + title + "\ndate: 2025-03-27\ntags: [" + strings.Join(tags, ", ") + "]\n---\n" + title + ", the story.\n"
}

// tagsOf returns each article's tag names by title, and every tag with its
// kept count, as the archive holds them.
func tagsOf(t *testing.T, dbPath string) (map[string][]string, map[string]int) {
	t.Helper()
	db := openDB(t, dbPath)
	byTitle := map[string][]string{}
	rows, err := db.Query(`SELECT a.title, t.name FROM articles a JOIN article_tags x ON x.article_id = a.id
		JOIN tags t ON t.id = x.tag_id ORDER BY a.title, x.position`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var title, name string
		rows.Scan(&title, &name)
		byTitle[title] = append(byTitle[title], name)
	}
	rows.Close()
	counts := map[string]int{}
	rows, err = db.Query(`SELECT t.name, t.article_count, (SELECT count(*) FROM article_tags x WHERE x.tag_id = t.id) FROM tags t`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var name string
		var kept, real int
		rows.Scan(&name, &kept, &real)
		if kept != real {
			t.Errorf("tag %q keeps count %d, has %d articles", name, kept, real)
		}
		counts[name] = kept
	}
	rows.Close()
	return byTitle, counts
}

// "Trump" and "Donald Trump", "ESA" and "European Space Agency",
// "astronaut" and "astronauts" are one tag, the fuller name, whichever
// the archive met first and whether they came in one import or two.
func TestOneSubjectOneTag(t *testing.T) {
	first := map[string]string{
		"a.md": tagged("Rally in Ohio", "Trump", "astronaut"),
		"b.md": tagged("Launch delayed", "ESA"),
	}
	second := map[string]string{
		"c.md": tagged("Debate night", "Donald Trump", "Ohio"),
		"d.md": tagged("Probe reaches orbit", "European Space Agency", "astronauts"),
		"e.md": tagged("Crew named", "astronaut", "ESA"),
	}
	want := map[string][]string{
		"Rally in Ohio":       {"Donald Trump", "astronauts"},
		"Launch delayed":      {"European Space Agency"},
		"Debate night":        {"Donald Trump", "Ohio"},
		"Probe reaches orbit": {"European Space Agency", "astronauts"},
		"Crew named":          {"astronauts", "European Space Agency"},
	}
	wantCounts := map[string]int{"Donald Trump": 2, "astronauts": 3, "European Space Agency": 3, "Ohio": 1}
	for _, order := range []string{"short names first", "full names first", "one import"} {
		t.Run(order, func(t *testing.T) {
			dir := t.TempDir()
			dbPath := filepath.Join(dir, "m.db")
			a, b := first, second
			if order == "full names first" {
				a, b = second, first
			}
			for name, text := range a {
				write(t, filepath.Join(dir, "1", name), text)
			}
			for name, text := range b {
				write(t, filepath.Join(dir, "2", name), text)
			}
			db := openDB(t, dbPath)
			if order == "one import" {
				run(t, db, dir)
			} else {
				run(t, db, filepath.Join(dir, "1"))
				run(t, db, filepath.Join(dir, "2"))
			}
			db.Close()
			got, counts := tagsOf(t, dbPath)
			for title, w := range want {
				g := append([]string(nil), got[title]...)
				ws := append([]string(nil), w...)
				sort.Strings(g)
				sort.Strings(ws)
				if !reflect.DeepEqual(g, ws) {
					t.Errorf("%q tagged %q, want %q", title, got[title], w)
				}
			}
			if !reflect.DeepEqual(counts, wantCounts) {
				t.Errorf("tags %v, want %v", counts, wantCounts)
			}
			// The merged-away slugs still lead to their subject, and the
			// search filter by one finds the articles of the fuller tag.
			rdb := openDB(t, dbPath)
			r := store.NewReader(rdb)
			if order == "short names first" {
				for from, to := range map[string]string{"trump": "donald-trump", "esa": "european-space-agency", "astronaut": "astronauts"} {
					if got, err := r.TagAlias(context.Background(), from); err != nil || got != to {
						t.Errorf("alias %q → %q, %v; want %q", from, got, err, to)
					}
				}
			}
			if order != "full names first" {
				res, err := r.Search(context.Background(), store.SearchQuery{Tag: "trump", Limit: 10})
				if err != nil || res.Total != 2 {
					t.Errorf("search tag=trump: %d results, %v; want 2", res.Total, err)
				}
			}
			// The search index knows the new tag name of a moved article.
			res, err := r.Search(context.Background(), mustQuery(t, "donald"))
			if err != nil || res.Total != 2 {
				t.Errorf("search donald: %d results, %v; want 2", res.Total, err)
			}
		})
	}
}
