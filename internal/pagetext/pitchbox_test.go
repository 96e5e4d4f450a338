package pagetext

import "testing"

// The site's box selling its own product between two sections of the
// story (copy spoken to the reader over a short button) leaves the body;
// a section's own call to act with the section's paragraph under it, and
// a shop link under a price, stay.
func TestPitchBoxLeavesBody(t *testing.T) {
	copyLine := "Plan every ferry crossing with our route planner and save hours each week!"
	button := "Book a demo"
	heading := "Works on the north pier"
	lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...)
	lines = append(append(lines, copyLine, button, heading), moreStory...)
	p := parseWith([]byte(dump(lines...)), trained())
	c, b := indexOfText(t, p, copyLine), indexOfText(t, p, button)
	p.keep[c], p.keep[b], p.keep[indexOfText(t, p, heading)] = true, true, true
	p.dropPitchBoxes()
	if p.keep[c] || p.keep[b] {
		t.Errorf("the body kept the pitch box: copy %v, button %v", p.keep[c], p.keep[b])
	}
	for _, s := range append(storyParas, moreStory...) {
		if !p.keep[indexOfText(t, p, s)] {
			t.Errorf("the story lost %q", s)
		}
	}

	for _, kept := range [][]string{
		{"Whatever the size of your garden, there is a way to turn the scraps into soil for you.", "Start composting",
			"A heap in a shaded corner, turned once a fortnight, breaks down kitchen scraps in about three months of a mild summer."},
		{"Sharp lens, weather sealed body, fast autofocus", "$1,200", "Buy from the shop", heading},
	} {
		lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...)
		lines = append(append(lines, kept...), moreStory...)
		p := parseWith([]byte(dump(lines...)), trained())
		for _, s := range kept {
			p.keep[indexOfText(t, p, s)] = true
		}
		p.dropPitchBoxes()
		for _, s := range kept {
			if !p.keep[indexOfText(t, p, s)] {
				t.Errorf("a line of the story left the body: %q", s)
			}
		}
	}
}

// A box's slogan may run to a few short sentences when it exclaims over
// an exclaiming button ("Harbourline Offers Plans for Crews of Every
// Size. … for Your Fleet!" / "Book your Demo!"): it leaves the body with
// the button. A long line that does not exclaim over the same button is
// the story's.
func TestLongSloganOverExclaimingButtonLeavesBody(t *testing.T) {
	slogan := "Harbourline Offers Flexible Plans for Crews of Every Size. Premium tools come even with the starter plan. Find the Right Scheduling Plan for Your Whole Fleet Today!"
	button := "Book your Demo!"
	plain := "Harbourline offers flexible plans for crews of every size, and its premium tools come even with the starter plan, which several of the skippers we spoke to use."
	for _, c := range []struct {
		copyLine string
		want     bool // the copy stays
	}{{slogan, false}, {plain, true}} {
		lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...)
		lines = append(append(lines, c.copyLine, button), moreStory...)
		p := parseWith([]byte(dump(lines...)), trained())
		k, b := indexOfText(t, p, c.copyLine), indexOfText(t, p, button)
		p.keep[k], p.keep[b] = true, true
		p.dropPitchBoxes()
		if p.keep[k] != c.want {
			t.Errorf("%q over %q: kept %v, want %v", c.copyLine, button, p.keep[k], c.want)
		}
	}
}

// Under the body's last line a closing button may spell out two acts
// ("Sign Up for Free and Start Ordering"): with the copy over it
// ("With Quaymart, ordering … is easier than ever!") it leaves the body.
// The same line with more of the story under it is no closing button.
func TestClosingButtonOfTwoActsLeavesBody(t *testing.T) {
	copyLine := "With Quaymart, ordering fresh fish from the harbour is easier, faster, and cheaper than ever!"
	button := "Sign Up for Free and Start Ordering"
	for _, c := range []struct {
		under []string
		want  bool // the copy stays
	}{{nil, false}, {moreStory, true}} {
		lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...)
		lines = append(append(lines, copyLine, button), c.under...)
		lines = append(lines, "© 2025 Quaymart")
		p := parseWith([]byte(dump(lines...)), trained())
		for i := range p.keep {
			p.keep[i] = false
		}
		for _, s := range append(append([]string{}, storyParas...), c.under...) {
			p.keep[indexOfText(t, p, s)] = true
		}
		k := indexOfText(t, p, copyLine)
		p.keep[k] = true
		p.dropPitchBoxes()
		if p.keep[k] != c.want {
			t.Errorf("with %d lines under: kept %v, want %v", len(c.under), p.keep[k], c.want)
		}
	}
}
