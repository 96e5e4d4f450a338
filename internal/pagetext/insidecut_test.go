package pagetext

import "testing"

// A line between a story's first and last kept lines that stage two only
// just left out (a subheading, a short paragraph) enters the zone, where
// stage three weighs it with the rest; a line as near the cut above the
// story or under it stays out, and so does one well below the cut or
// furniture by its wording.
func TestInsideNearCutComesBack(t *testing.T) {
	sub := "What the closure means for drivers"
	short := "The ferry will be free."
	far := "Buses will stop at the market."
	button := "Share"
	above := "Readers shared their commutes with us."
	below := "Jane Doe has covered the city's roads for ten years."
	lines := []string{storyTitle, "By Jane Doe", "March 27, 2025", above,
		storyParas[0], storyParas[1], sub, storyParas[2], short, far, button, storyParas[3], storyParas[4], below}
	p := parseWith([]byte(dump(lines...)), trained())
	at := func(text string) int { return indexOfText(t, p, text) }
	for _, s := range storyParas {
		if !p.keep[at(s)] {
			t.Fatalf("the made-up story lost a paragraph before the test began:\n%s", p.art.Body)
		}
	}
	// What stage two left: every line but the story's paragraphs out,
	// the subheading, the short paragraph and the lines around the story
	// just under the cut.
	for i := range p.lines {
		p.keep[i] = false
	}
	for _, s := range storyParas {
		p.keep[at(s)] = true
	}
	for _, s := range []string{sub, short, button, above, below} {
		p.z2[at(s)] = insideSlack / 2
	}
	p.z2[at(far)] = insideSlack - 0.5
	p.keepInsideNearCut()
	for _, s := range []string{sub, short} {
		if !p.keep[at(s)] {
			t.Errorf("a line inside the story just under the cut stayed out: %q", s)
		}
	}
	for _, s := range []string{far, button, above, below} {
		if p.keep[at(s)] {
			t.Errorf("a line came in that must stay out: %q", s)
		}
	}
}
