package pagetext

import (
	"strings"
	"testing"
)

// A box of links set between a story's paragraphs lists a headline asked
// as a question under its label ("Related Story" / "Can the night
// ferries pay their way?"): the question is the other story's headline,
// not a subheading of this one, and leaves the body with its label; a
// question the story asks itself, with no label over it, stays.
func TestQuestionUnderTeaserLabelLeavesTheBody(t *testing.T) {
	first := []string{
		"The regional transport board approved on Monday a plan to run night ferries across the bay from the first week of June, after a year of complaints from shift workers who had no way home.",
		"The boats will leave the north pier every forty minutes between midnight and five in the morning, and a single ticket will cost the same as a daytime bus fare, the board said.",
	}
	rest := []string{
		"Board members said the service would be reviewed after six months. If fewer than two hundred people use it on an average night, the ferries could be cut back to weekends only.",
		"What happens to the late buses?",
		"The two night bus lines that now cross the old bridge will keep running until the end of the summer, when the board will decide whether they are still needed.",
		"Unions representing hospital and warehouse staff welcomed the plan, though they said the first boat should leave earlier so that evening shifts could catch it.",
	}
	noQuestion := append(rest[:1:1], rest[2:]...)
	for _, c := range []struct{ box, rest []string }{
		{[]string{"Related Story", "Can the harbour's old ferry line ever pay its own way?"}, rest},
		// With no question of the story's own under it, the classifier
		// reads the headline as a subheading and keeps it: it leaves all
		// the same.
		{[]string{"Read More", "Why are the city's bridges ageing so fast?"}, noQuestion},
	} {
		box := c.box
		page := []string{"Home", "Local news", "Night ferries to cross the bay from June", "By Ruth Callow", "March 4, 2025"}
		page = append(page, first...)
		page = append(page, box...)
		page = append(page, c.rest...)
		page = append(page, "Share this article", "© 2025 Bay Courier")
		a, _ := mustParse(t, dump(page...))
		wantLeftOut(t, a.Body, box)
		for _, p := range append(append([]string{}, first...), c.rest...) {
			if !strings.Contains(a.Body, p) {
				t.Errorf("the body lacks %q:\n%s", p, a.Body)
			}
		}
	}
}
