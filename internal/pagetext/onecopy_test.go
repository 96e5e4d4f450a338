package pagetext

import "testing"

// A paragraph printed twice, once as a teaser over the story and once in
// it: when stage three drops the first copy (the one dropRepeats kept),
// the story's copy comes back. It stays out while the first copy is in
// the body, and a heading printed twice (a table of contents' entry over
// its section) or a paragraph printed three times does not come back.
func TestOneCopyOfARepeatedParagraph(t *testing.T) {
	twice := "The harbour board said the ferries would run every twenty minutes while the bridge is shut, and that the fares would stay as they are."
	heading := "What the closure means for the people who cross the river"
	thrice := "Readers can send their questions about the closure to the council, which has promised to answer each of them within a week."
	paras := append([]string{storyTitle, "By Jane Doe", "March 27, 2025", twice, heading, thrice}, storyParas[:2]...)
	paras = append(paras, twice, storyParas[2], heading, storyParas[3], thrice, storyParas[4], thrice, "More stories", "Weather for the weekend")
	p := parseWith([]byte(dump(paras...)), trained())
	copies := func(text string) []int {
		var at []int
		for i := range p.lines {
			if p.lines[i].text == text {
				at = append(at, i)
			}
		}
		if len(at) < 2 {
			t.Fatalf("the made-up page prints %q %d times", text, len(at))
		}
		return at
	}
	tw, hd, th := copies(twice), copies(heading), copies(thrice)
	// What stage three and dropRepeats leave: the first copy dropped by
	// stage three inside the zone, the later ones dropped by dropRepeats,
	// the classifier having kept every copy.
	set := func(at []int) {
		p.keep[at[0]], p.zone[at[0]] = false, true
		for _, i := range at {
			p.z2[i] = 1
		}
		for _, i := range at[1:] {
			p.keep[i], p.zone[i] = false, false
			p.keep[i-1], p.keep[i+1] = true, true
		}
	}
	for _, at := range [][]int{tw, hd, th} {
		set(at)
	}
	p.keepOneCopy()
	if !p.keep[tw[1]] {
		t.Errorf("the story's copy of a paragraph whose teaser copy stage three dropped stayed out: %q", twice)
	}
	if p.keep[hd[1]] {
		t.Errorf("a heading printed twice came back: %q", heading)
	}
	for _, i := range th[1:] {
		if p.keep[i] {
			t.Errorf("a paragraph printed three times came back: %q", thrice)
		}
	}
	// With its first copy in the body, the later copy stays out.
	set(tw)
	p.keep[tw[0]] = true
	p.keepOneCopy()
	if p.keep[tw[1]] {
		t.Errorf("a paragraph came back although its first copy is in the body: %q", twice)
	}
}
