package pagetext

import (
	"strings"
	"testing"
)

// A story's section label ("Introduction" over its first paragraph,
// "Pros" and "Cons" over a short list) is part of the story, however
// little it reads like prose.
func TestSectionLabelOverKeptLineStays(t *testing.T) {
	for _, label := range []string{"Introduction", "Einleitung:"} {
		lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025", label}, storyParas...)
		a, _ := mustParse(t, dump(append(lines, moreStory...)...))
		if !strings.HasPrefix(a.Body, strings.TrimSuffix(label, ":")) {
			t.Errorf("the label %q over the first paragraph left the body:\n%s", label, a.Body)
		}
	}
	lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...)
	lines = append(lines, "Pros", "Cheap to run", "Quiet at night", "Cons", "Slow in winter", "No lane for bikes")
	a, _ := mustParse(t, dump(append(lines, moreStory...)...))
	for _, label := range []string{"Pros", "Cons"} {
		if !strings.Contains(a.Body, label+"\n") {
			t.Errorf("the label %q over a list left the body:\n%s", label, a.Body)
		}
	}
}

// A label printed twice keeps one copy: the table of contents' entry
// above the story stays out when the copy over the section is kept, and a
// label over a line left out ("Summary" over "Sign in") stays out too.
func TestSectionLabelKeepsOneCopy(t *testing.T) {
	lines := append([]string{storyTitle, "Summary", "Sign in", "Conclusion"}, storyParas...)
	p := parseWith([]byte(dump(append(lines, "Conclusion", moreStory[0])...)), trained())
	listed := indexOfText(t, p, "Conclusion")
	for i := range p.keep {
		p.keep[i] = i > listed
	}
	p.keepSectionLabels()
	if p.keep[listed] {
		t.Errorf("the contents' copy of a kept label entered the body")
	}
	if p.keep[indexOfText(t, p, "Summary")] {
		t.Errorf("a label over a line left out entered the body")
	}
	// With the section's copy left out, the one over the story stays.
	p.keep[listed+1+len(storyParas)] = false
	p.keepSectionLabels()
	if p.keep[listed] || !p.keep[listed+1+len(storyParas)] {
		t.Errorf("the label over the section left the body (%v) or the contents' copy entered it (%v)", p.keep[listed+1+len(storyParas)], p.keep[listed])
	}
}

// A label with a count or an abbreviation in a bracket after it ("Pros
// (3)", "Frequently asked questions (FAQs)") is the same label: it stays
// over its list, and the bracket alone does not make a label of a phrase.
func TestSectionLabelWithBracketStays(t *testing.T) {
	review := func(pros, cons string) string {
		return dump("Gadget Corner", "Home", "Reviews", "The Breeze 5 fan review: quiet, cheap and a little slow", "By Dana Holt", "March 3, 2026",
			"We spent three weeks with the Breeze 5 desk fan in a small flat during an unusually warm spring, running it day and night to see how it copes with long hours and a cramped room.",
			"It is one of the cheapest fans in its class, and for most of that time it did what it promised, though a few things about its design stood out as we used it every day.",
			pros, "Cheap to run\nQuiet at night\nEasy to clean", cons, "Slow to reach full speed\nNo remote control",
			"Overall it is a sensible buy for a small room, and the low running cost makes up for its slow start on the hottest days of the year.",
			"Share this article")
	}
	for _, pair := range [][2]string{{"Pros (3)", "Cons (2)"}, {"Ventajas (3)", "Desventajas (2)"}} {
		a, _ := mustParse(t, review(pair[0], pair[1]))
		if !strings.Contains(a.Body, pair[0]+"\n") {
			t.Errorf("the label %q over a list left the body:\n%s", pair[0], a.Body)
		}
	}
	for low, want := range map[string]string{
		"frequently asked questions (faqs)": "frequently asked questions", "## häufige fragen (faq):": "häufige fragen",
		"key takeaways (q&a)": "key takeaways", "summary (in three short lines)": "summary (in three short lines)",
		"(faq)": "(faq)", "pros(3)": "pros(3)",
	} {
		if got := labelKey(low); got != want {
			t.Errorf("labelKey(%q) = %q, want %q", low, got, want)
		}
	}
}
