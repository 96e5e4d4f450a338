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
