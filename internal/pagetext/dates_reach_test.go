package pagetext

import "testing"

// A reviewer's credit that dates the review ("Reviewed by Ann Poe, Senior
// Counsel at Poe & Lane, on May 9, 2024", "Medically reviewed by … —
// Updated on …") is the page's dateline, however many words the
// reviewer's role takes (made-up lines).
func TestReviewerCreditDates(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Reviewed by Ann Poe, Senior Counsel at Poe & Lane, on May 9, 2024.", "2024-05-09"},
		{"Medically reviewed by Dr. Rhea Vance, MD, FACP — Updated on March 7, 2025", "2025-03-07"},
		{"Fact checked by Owen Tully, Senior Science Editor, on 14 February 2025", "2025-02-14"},
	} {
		a, _ := mustParse(t, dump("Home", "Guides", storyTitle, "4 min read time", c.line, story()))
		if a.Published == nil || a.Published.Format("2006-01-02") != c.want {
			t.Errorf("%q: published %v, want %s", c.line, a.Published, c.want)
		}
	}
}
