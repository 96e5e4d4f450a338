package pagetext

import (
	"strings"
	"testing"
)

// A site's note about its team as the body's last line, under the site's
// name on a short line the body left out ("Tidewater Review" / "Backed by
// careful research, our team brings …"), leaves the body. The same words
// stay in the story's own closing paragraph (no name line over it) and
// under a subheading the body keeps.
func TestSiteTeamNoteUnderStoryLeavesTheBody(t *testing.T) {
	story := []string{
		"Small bakeries across the valley have started buying flour together, pooling their orders so that the mill will deliver to them at the price it gives to the big supermarket chains.",
		"The group now plans to buy packaging in the same way, and hopes that more shops in the next county will join before the autumn.",
	}
	note := "Backed by careful research and long experience, our team brings readers clear and useful reporting on small business and the local economy every week."
	closing := "Asked what comes next, the group's founder laughed and said our team will keep baking as long as people in the valley keep buying bread."
	for _, c := range []struct {
		over, last string
		keepOver   bool
		want       bool // the last line stays
	}{
		{"Tidewater Review", note, false, false},
		{"TR Editorial Team", note, false, false},
		{story[1], closing, true, true},          // the story's own close
		{"What comes next", closing, true, true}, // under a kept subheading
		{"Tidewater Review", "Backed by careful research and long experience, they bring readers clear reporting on small business every week.", false, true},
	} {
		lines, _ := splitLines(strings.Join([]string{story[0], story[1], c.over, c.last, "Small Business", "Share"}, "\n\n"))
		p := newPage(lines)
		p.read()
		p.keep = []bool{true, true, c.keepOver, true, false, false}
		p.dropSiteTeamNote()
		if p.keep[3] != c.want {
			t.Errorf("%q over %q: kept %v, want %v", c.over, c.last, p.keep[3], c.want)
		}
	}
}
