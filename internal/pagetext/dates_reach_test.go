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

// A line with nothing but a date a few lines past the header, under the
// standfirst, is the page's date; a date over a list after paragraphs of
// the story is not, whether or not the header gives the date as "a day
// ago" (made-up pages).
func TestDateLinePastHeader(t *testing.T) {
	title := "Harbour Planning Guide: 6 Steps To Booking A Ferry Event"
	head := []string{"Home", "Guides", "Library", title, "Home", "Guides", "Library", "Harbour Plan...",
		"A crowd of visitors waiting at the ferry terminal during the summer festival", title, "HPG",
		"Learn how to plan a ferry event from the first budget to the last boarding call. Find the six steps " +
			"that keep a harbour event on time, from booking the berth to briefing the crews, and how a shared " +
			"calendar helps the whole team stay in step.",
		"March 4, 2025", "6 min read", "Download the Free Ferry Checklist", "Table of contents"}
	a, _ := mustParse(t, dump(append(head, story())...))
	if a.Published == nil || a.Published.Format("2006-01-02") != "2025-03-04" {
		t.Errorf("date under the standfirst: published %v", a.Published)
	}
	list := []string{"We tried five kinds of lamps, and only two kept working through the winter.",
		"2025-12-19:", "Harbour team", "Ana: fix the crane (done)", "2025-12-20:", "Harbour team", "Ana: paint the rail"}
	for _, dated := range []string{"Published 2 days ago · 5 minutes read", "5 minutes read"} {
		page := append([]string{storyTitle, "The Harbour Log", "By Mina Okoro", dated, "Fund this blog"}, storyParas[:3]...)
		page = append(append(page, list...), storyParas[3:]...)
		if a, _ := mustParse(t, dump(page...)); a.Published != nil {
			t.Errorf("%q, date over a list in the story: published %v, want none", dated, a.Published)
		}
	}
}
