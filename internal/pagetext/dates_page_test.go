package pagetext

import (
	"strings"
	"testing"
)

// A dateline glued to the word before it, or followed by the story's
// topics after the writer's name, is still the story's date.
func TestDatelineGluedOrWithTopics(t *testing.T) {
	for _, c := range []struct {
		head   []string
		author string
	}{
		{[]string{"NewsMarch 27, 2025", storyTitle}, ""},
		{[]string{storyTitle, "Jane Doe 27 March 2025 Harbour, Ferries, City Council, Bridges"}, "Jane Doe"},
	} {
		a, _ := mustParse(t, dump(append(c.head, story())...))
		if a.Published == nil || a.Published.Month() != 3 || a.Published.Day() != 27 || strings.Join(a.Authors, "|") != c.author {
			t.Errorf("%q: published %v, authors %q", c.head, a.Published, a.Authors)
		}
	}
}

// A day-first date glued to the writer's name ("Jane Doe27 March 2025"),
// in any language, is the story's date; the name stays the name.
func TestDayFirstDateGluedToName(t *testing.T) {
	for _, line := range []string{
		"By Jane Doe27 March 2025 · 4 min read",
		"Par Jeanne Dupont27 mars 2025 · 4 min de lecture",
		"Von Hanna Weber27. März 2025",
		"Oleh Sari Wulandari27 Mar 2025",
		"Yazan: Ayşe Demir27 Mart 2025",
	} {
		a, _ := mustParse(t, dump(storyTitle, line, story()))
		if a.Published == nil || a.Published.Format("2006-01-02") != "2025-03-27" {
			t.Errorf("%q: published %v", line, a.Published)
		}
	}
	// Only a capitalised word's letters are parted from a day number.
	for s, want := range map[string]string{
		"Jane Doe27 March 2025": "Jane Doe 27 March 2025",
		"covid19 March 2025":    "covid19 March 2025",
		"ABC12 March 2025":      "ABC12 March 2025",
	} {
		if got := unglueDay(s); got != want {
			t.Errorf("unglueDay(%q) = %q, want %q", s, got, want)
		}
	}
}
