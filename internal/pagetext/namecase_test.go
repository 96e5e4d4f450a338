package pagetext

import (
	"strings"
	"testing"
)

// A section of a story under a heading in title case, whose paragraph
// opens with the heading's words in small letters ("Ferry timetables are
// …"), is a section about a thing, not a box about a writer: the page
// names no writer from it. A writer's name keeps its capitals in the note
// about them, whatever the line over it.
func TestTitleCaseSectionIsNoWriter(t *testing.T) {
	for _, c := range []struct {
		box  []string
		want string
	}{
		{[]string{"Ferry Timetables", "Ferry timetables are printed at the pier and change with the seasons, so travellers should check them before they set out."}, ""},
		{[]string{"Crate Training", "Crate training is the first thing most new owners try, and it works best when the crate is a calm place and never a punishment."}, ""},
		{[]string{"JANE DOE", "Jane Doe is a reporter at the Daily Planet who covers the harbour and the city's transport."}, "Jane Doe"},
		{[]string{"Pieter de Vries", "Pieter de Vries is verslaggever bij de Havenkrant en schrijft over de haven."}, "Pieter de Vries"},
	} {
		parts := append([]string{"News", storyTitle, "March 27, 2025", story()}, c.box...)
		parts = append(parts, "More from News")
		a, _ := mustParse(t, dump(parts...))
		if got := strings.Join(a.Authors, "|"); !strings.EqualFold(got, c.want) {
			t.Errorf("%q: authors %q, want %q", c.box[0], got, c.want)
		}
	}
}
