package pagetext

import (
	"strings"
	"testing"
)

// The ranker learns from the lines the candidate filters drop as well
// (a trail of sections, a link to the next story, a row of tags): shown
// as lines that are not the headline, they keep the weights of what marks
// navigation, for the navigation of other sites that no filter knows.
// A parse never sees them, and a dropped line that reads as the headline
// is never taught as one.
func TestRankerLearnsFromFilteredLines(t *testing.T) {
	nav := []string{"Garden Blog / Topics / Vegetable Growing", "Next story: The Harbour Bridge Reopens »", "Best Of, Scotland, Walking Guides"}
	text := strings.Join(append(nav,
		"Volunteers rebuild the dry stone wall on the village green",
		"Written by Tomas Reyes",
		"Published on October 3, 2025",
		"A dozen volunteers spent the weekend rebuilding the old wall that runs along the north side of the green, using stones gathered from the field behind the church.",
		"The wall had been falling for years. Frost worked into the gaps each winter and the cattle that once grazed the green leaned on it until whole lengths slumped into the lane.",
		"The parish council paid for a waller to teach the work, and the volunteers plan to finish the last stretch before the first hard frost of the year.",
	), "\n")
	for _, tc := range []struct {
		title string
		group bool // the page teaches the ranker at all
	}{
		{"Volunteers rebuild the dry stone wall on the village green", true},
		// The truth names a dropped line: it is left out, not taught,
		// and the page has no headline among its candidates.
		{"Next story: The Harbour Bridge Reopens »", false},
	} {
		pages := trainPages([]TrainCase{{Name: "0", Text: []byte(text), Title: tc.title}})
		tp := pages[0]
		tp.p.classify()
		parse := tp.p.titleCandidates(tp.p.bodyP, tp.p.rules)
		for _, c := range parse {
			for _, n := range nav {
				if tp.p.lines[c.line].text == n {
					t.Errorf("a parse lists %q as a headline candidate", n)
				}
			}
		}
		listed := map[int]bool{}
		for _, c := range parse {
			listed[c.line] = true
		}
		tp.p.filteredToo = true
		dropped := map[string]bool{}
		for _, c := range tp.p.titleCandidates(tp.p.bodyP, tp.p.rules) {
			if !listed[c.line] {
				dropped[tp.p.lines[c.line].text] = true
			}
		}
		tp.p.filteredToo = false
		for _, n := range nav {
			if !dropped[n] {
				t.Errorf("%q is not listed for training", n)
			}
		}
		groups, _ := rankerGroups(pages[:1], trained())
		if !tc.group {
			if len(groups) != 0 {
				t.Errorf("title %q: a group with %d rows, want none (the headline is no candidate)", tc.title, len(groups[0].rows))
			}
			continue
		}
		if len(groups) != 1 {
			t.Fatalf("title %q: %d groups, want 1", tc.title, len(groups))
		}
		g := groups[0]
		if got := len(g.rows) - len(parse); got != len(dropped) {
			t.Errorf("title %q: %d rows beyond the parse's candidates, want the %d dropped lines", tc.title, got, len(dropped))
		}
		pos := 0
		for k := range g.pos {
			if g.pos[k] {
				pos++
				if k >= len(parse) {
					t.Errorf("title %q: a dropped line taught as the headline", tc.title)
				}
			}
		}
		if pos != 1 {
			t.Errorf("title %q: %d positive rows, want 1", tc.title, pos)
		}
	}
}
