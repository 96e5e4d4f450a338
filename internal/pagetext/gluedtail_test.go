package pagetext

import (
	"strings"
	"testing"
)

// A writer's name glued to the outlet's name ("Jane DoeBay Ledger"), where
// the page prints that outlet elsewhere (a masthead, a copyright line),
// names the writer alone; a name's own inner capital ("Ronald McDonald")
// and a glued text the page prints nowhere else are left as they are.
func TestBylineGluedToPrintedOutlet(t *testing.T) {
	for _, c := range []struct {
		top, line, foot, want string
	}{
		{"Bay Ledger", "Jane DoeBay Ledger", "© 2026 Bay Ledger", "Jane Doe"},
		{"Home", "By Sarah KimThe Harbor Times", "© 2026 The Harbor Times", "Sarah Kim"},
		{"Rheinische Rundschau", "Thomas BergRheinische Rundschau", "Impressum", "Thomas Berg"},
		{"El Diario del Valle", "María GonzálezEl Diario del Valle", "Aviso legal", "María González"},
		{"Home", "Ronald McDonald", "Donald", "Ronald McDonald"},
	} {
		a, _ := mustParse(t, dump(c.top, "News", storyTitle, c.line, "March 27, 2025", story(), "Share this story", c.foot))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.line, got, c.want)
		}
	}
}

// A line that is only a by-word is no glued name (and no crash).
func TestGluedNameEndByAlone(t *testing.T) {
	for _, s := range []string{"By", "By ", "Von", "Jane Doe"} {
		if at := gluedNameEnd(s); at != -1 {
			t.Errorf("gluedNameEnd(%q) = %d, want -1", s, at)
		}
	}
}
