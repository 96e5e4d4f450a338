package tagger

import (
	"slices"
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

func tag(name string) article.Tag { return article.Tag{Name: name, Slug: article.Slugify(name)} }

// resolveAll files the tags in order, counting an article for each, and
// returns what each became and every merge.
func resolveAll(x *Index, names ...string) ([]string, []Merge) {
	var got []string
	var merges []Merge
	for _, n := range names {
		t, m := x.Resolve(tag(n))
		x.Use(t.Slug)
		got = append(got, t.Name)
		merges = append(merges, m...)
	}
	return got, merges
}

func TestIndexOneSubjectOneTag(t *testing.T) {
	for _, tc := range []struct {
		names  []string // in import order
		want   []string // what each is filed under
		merged map[string]string
	}{
		{[]string{"Donald Trump", "Trump"}, []string{"Donald Trump", "Donald Trump"}, nil},
		{[]string{"Trump", "Donald Trump", "Trump"}, []string{"Trump", "Donald Trump", "Donald Trump"}, map[string]string{"Trump": "Donald Trump"}},
		{[]string{"Noem", "Kristi Noem"}, []string{"Noem", "Kristi Noem"}, map[string]string{"Noem": "Kristi Noem"}},
		{[]string{"European Space Agency", "ESA"}, []string{"European Space Agency", "European Space Agency"}, nil},
		{[]string{"ESA", "European Space Agency"}, []string{"ESA", "European Space Agency"}, map[string]string{"ESA": "European Space Agency"}},
		{[]string{"astronaut", "astronauts", "astronaut"}, []string{"astronaut", "astronauts", "astronauts"}, map[string]string{"astronaut": "astronauts"}},
		{[]string{"Davis Cup Finals", "Davis Cup Final"}, []string{"Davis Cup Finals", "Davis Cup Finals"}, nil},
		// Places are never surnames, and organisations are no people.
		{[]string{"George Washington", "Washington"}, []string{"George Washington", "Washington"}, nil},
		{[]string{"Michael Jordan", "Jordan"}, []string{"Michael Jordan", "Jordan"}, nil},
		{[]string{"Homeland Security", "Security"}, []string{"Homeland Security", "Security"}, nil},
		// Two acronyms' worth of names: "EU" stays itself.
		{[]string{"Energy Union", "Eastern Ukraine", "EU"}, []string{"Energy Union", "Eastern Ukraine", "EU"}, nil},
	} {
		x := NewIndex()
		got, merges := resolveAll(x, tc.names...)
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%q: %q filed under %q, want %q", tc.names, tc.names[i], got[i], tc.want[i])
			}
		}
		if len(merges) != len(tc.merged) {
			t.Errorf("%q: merges %v, want %v", tc.names, merges, tc.merged)
		}
		for _, m := range merges {
			if tc.merged[m.From.Name] != m.Into.Name {
				t.Errorf("%q: merged %q into %q, want into %q", tc.names, m.From.Name, m.Into.Name, tc.merged[m.From.Name])
			}
		}
	}
}

// A surname shared by two people of the archive goes to the one with more
// than twice the articles of the other, else nowhere.
func TestIndexSharedSurname(t *testing.T) {
	x := NewIndex()
	x.Add(tag("Donald Trump"), 10)
	x.Add(tag("Melania Trump"), 2)
	if got, _ := x.Resolve(tag("Trump")); got.Name != "Donald Trump" {
		t.Errorf("Trump filed under %q, want Donald Trump", got.Name)
	}
	y := NewIndex()
	y.Add(tag("Hunter Biden"), 3)
	y.Add(tag("Joe Biden"), 4)
	if got, _ := y.Resolve(tag("Biden")); got.Name != "Biden" {
		t.Errorf("Biden filed under %q, want itself", got.Name)
	}
	// A new person whose surname already has an owner takes nothing.
	if _, m := x.Resolve(tag("Ivanka Trump")); len(m) != 0 {
		t.Errorf("Ivanka Trump took %v", m)
	}
}

// An archive tagged before the rule has its duplicates merged at once.
func TestIndexConsolidate(t *testing.T) {
	x := NewIndex()
	for name, n := range map[string]int{"Trump": 3, "Donald Trump": 5, "ESA": 1, "European Space Agency": 2,
		"astronaut": 1, "astronauts": 4, "Washington": 2, "George Washington": 1, "Kenya": 3} {
		x.Add(tag(name), n)
	}
	want := map[string]string{"Trump": "Donald Trump", "ESA": "European Space Agency", "astronaut": "astronauts"}
	got := x.Consolidate()
	if len(got) != len(want) {
		t.Errorf("merges %v, want %v", got, want)
	}
	for _, m := range got {
		if want[m.From.Name] != m.Into.Name {
			t.Errorf("merged %q into %q, want %q", m.From.Name, m.Into.Name, want[m.From.Name])
		}
	}
	if again := x.Consolidate(); len(again) != 0 {
		t.Errorf("second consolidation merged %v", again)
	}
	// A merged-away slug keeps pointing at its subject.
	if got, _ := x.Resolve(tag("Trump")); got.Name != "Donald Trump" {
		t.Errorf("Trump after consolidation: %q", got.Name)
	}
}

// A word that stands alone on many articles is no surname of a name the
// archive has seen on a few: "Bogota" stays a place beside a misread
// "Leila Thomas Bogota", and no merge moves the place's articles.
func TestIndexCommonWordIsNoSurname(t *testing.T) {
	x := NewIndex()
	x.Add(tag("Bogota"), 40)
	got, merges := resolveAll(x, "Leila Thomas Bogota", "Bogota", "Bogota")
	if len(merges) != 0 || got[1] != "Bogota" || got[2] != "Bogota" {
		t.Errorf("filed %q, merged %v; want Bogota kept apart", got, merges)
	}
	// New articles of the place are filed under the misread name only
	// while it is about as common.
	y := NewIndex()
	y.Add(tag("Leila Thomas Bogota"), 1)
	got, _ = resolveAll(y, "Bogota", "Bogota", "Bogota", "Bogota", "Bogota", "Bogota")
	if want := []string{"Leila Thomas Bogota", "Leila Thomas Bogota", "Leila Thomas Bogota", "Bogota", "Bogota", "Bogota"}; !slices.Equal(got, want) {
		t.Errorf("filed %q, want %q", got, want)
	}
	// A surname used alone before its person was common enough goes to
	// them once they are named in full often enough.
	z := NewIndex()
	z.Add(tag("Noem"), 5)
	got, merges = resolveAll(z, "Kristi Noem", "Noem", "Kristi Noem", "Noem")
	if got[1] != "Noem" || got[3] != "Kristi Noem" || len(merges) != 1 || merges[0].From.Name != "Noem" {
		t.Errorf("filed %q, merged %v; want Noem merged into Kristi Noem at the second full name", got, merges)
	}
}
