package pagetext

import (
	"strings"
	"testing"
)

// A header row that gives the writer's name beside a time told from now
// ("Updated 3 hours ago", "hace 2 horas") names the writer: the relative
// time is no field to read a name from.
func TestBylineRowWithRelativeTime(t *testing.T) {
	for _, line := range []string{
		"Jane Doe | Updated 3 hours ago | Published March 27, 2025",
		"2 hours ago | Jane Doe | March 27, 2025",
		"Jane Doe | hace 2 horas | March 27, 2025",
	} {
		a, _ := mustParse(t, dump("News", storyTitle, line, story(), "Share this story"))
		if got := strings.Join(a.Authors, "|"); got != "Jane Doe" {
			t.Errorf("%q: authors %q, want %q", line, got, "Jane Doe")
		}
	}
}
