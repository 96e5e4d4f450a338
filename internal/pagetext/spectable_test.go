package pagetext

import (
	"strings"
	"testing"
)

// A buying guide's table of specifications, which the dump prints as a
// name over each value ("Weight" over "1.2 kg"), is part of each
// product's review: the body keeps its rows, and still leaves out the
// card's buy button and the site's footer.
func TestSpecTablesStayInReview(t *testing.T) {
	specs := [][][2]string{
		{{"Connection", "Wireless, wired"}, {"Weight", "1,200 g"}, {"Battery life", "Up to 20 hours (12 hours at full brightness)"}, {"Screen", "13 inches"}, {"Storage", "512 GB"}},
		{{"Connection", "Wired"}, {"Weight", "1,600 g"}, {"Battery life", "Up to 11 hours"}, {"Screen", "15 inches"}, {"Storage", "1 TB"}},
		{{"Weight", "980 g"}, {"Battery life", "Up to 14 hours"}, {"Screen", "12 inches"}, {"Storage", "256 GB"}},
	}
	cards := []struct{ name, text, more string }{
		{"Aster Book 13", "The Aster Book 13 is the laptop we would hand to almost anyone: it is light enough for a daily commute, its keyboard is a pleasure to type on, and its battery outlasted every rival in our streaming test. We carried it to cafés, trains and a week of conferences, and it never once needed its charger before the day was over, which none of the other thin laptops managed.",
			"Its speakers are thin and the webcam is only adequate, but nothing else at this price comes close on build quality, and the trackpad is the best we tested this year by a wide margin."},
		{"Corvid Station 15", "Anyone who edits photos or video should look at the Corvid Station 15, whose larger screen covers the full colour range our meter could measure and whose fans stayed quiet through long exports. Our photographer moved her whole catalogue onto it for two weeks and said it was the first laptop that kept up with her desktop, even with dozens of raw files open at once.",
			"It is heavy for a bag and its battery gives up before an evening ends, so treat it as a desktop that happens to fold, which is exactly how our video editor ended up using it."},
		{"Pica Slate 12", "Students on a budget will find the Pica Slate 12 does everything a coursework laptop needs, from long documents to video calls, and it survived a drop from a desk during our testing. Its keyboard is comfortable enough for long essays, the charger is small enough for a pencil case, and the case shrugged off a term of being thrown into school bags.",
			"Its screen is dim in sunlight and the storage fills quickly, yet at less than half the price of our top pick it is the one we would buy for a teenager heading to school."},
	}
	lines := []string{"Tech Weekly", "Home", "Reviews", "The Best Laptops of 2025", "By Omar Reyes", "May 2, 2025",
		"We used fifteen laptops for a month each, writing, browsing, editing photos and watching films on them, to find the ones worth your money at every budget from school laptops to workstations."}
	for k, c := range cards {
		lines = append(lines, c.name, c.text, "Specifications")
		for _, row := range specs[k] {
			lines = append(lines, row[0], row[1])
		}
		lines = append(lines, c.more, "Buy now")
	}
	lines = append(lines, "How we test",
		"Every laptop ran the same battery test, playing a looped video at half brightness until it shut down, and the same export of a ten-minute video, while we logged fan noise and surface temperature.",
		"We bought most of the laptops ourselves and returned none of them early: each one stayed in daily use for a month, so the faults that only show up after weeks, like a loose hinge or a fading battery, made it into our verdicts.",
		"Newsletter", "Get our best reviews every week.", "Subscribe", "Privacy policy", "© 2025 Tech Weekly")
	a, _, err := Parse([]byte(strings.Join(lines, "\n") + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	for k, rows := range specs {
		for _, row := range rows {
			if !strings.Contains(a.Body, row[1]) {
				t.Errorf("the body lost %q (%s) of %s's table:\n%s", row[1], row[0], cards[k].name, a.Body)
			}
		}
	}
	wantLeftOut(t, a.Body, []string{"Buy now", "Get our best reviews every week"})
}
