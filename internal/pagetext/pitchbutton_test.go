package pagetext

import "testing"

// A shop's box between two sections of its guide, a slogan ending with an
// exclamation mark over a button that ends in "Now", and a box asking the
// reader to make an account, leave the body; a step of a how-to that
// opens with the same verb, with its paragraph under it, stays.
func TestPitchButtonWordings(t *testing.T) {
	boxes := []string{
		"Ferry boots for every deck, shipped worldwide in two days!", "Shop Deck Boots Now",
		"Make a free account to save your ferry routes and see every timetable in one place.", "Create Free Account",
	}
	step := []string{"Ferry timetables change with the tides, so plan the whole day before you leave!", "Create a crossing plan",
		"Write down each leg of the trip with the time the boat leaves and the time it lands on the far side."}
	lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...)
	lines = append(lines, boxes[0], boxes[1], "Works on the north pier")
	lines = append(lines, step...)
	lines = append(lines, boxes[2], boxes[3], "Boats to the islands")
	lines = append(lines, moreStory...)
	p := parseWith([]byte(dump(lines...)), trained())
	for i := range p.keep {
		p.keep[i] = i >= indexOfText(t, p, storyParas[0])
	}
	p.dropPitchBoxes()
	for _, s := range boxes {
		if p.keep[indexOfText(t, p, s)] {
			t.Errorf("the body kept a line of a pitch box: %q", s)
		}
	}
	for _, s := range append(step, moreStory...) {
		if !p.keep[indexOfText(t, p, s)] {
			t.Errorf("a line of the story left the body: %q", s)
		}
	}
}

// The copy of a pitch box leaves the body when the classifier has already
// left out the button right under it; a story's line over a button the
// body left out, with the story's paragraph under the button, stays.
func TestPitchCopyOverDroppedButton(t *testing.T) {
	copyLine := "Plan every ferry crossing with our route planner and save hours each week."
	storyLine := "Our guide found the harbour cafe serves the best chowder in town, so save room for a bowl."
	lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...)
	lines = append(lines, copyLine, "Get started", "Works on the north pier", storyLine, "Book now")
	lines = append(lines, moreStory...)
	p := parseWith([]byte(dump(lines...)), trained())
	for i := range p.keep {
		p.keep[i] = i >= indexOfText(t, p, storyParas[0])
	}
	p.keep[indexOfText(t, p, "Get started")], p.keep[indexOfText(t, p, "Book now")] = false, false
	p.dropPitchBoxes()
	if p.keep[indexOfText(t, p, copyLine)] {
		t.Errorf("the body kept the copy of a pitch box whose button it left out: %q", copyLine)
	}
	for _, s := range append([]string{storyLine}, moreStory...) {
		if !p.keep[indexOfText(t, p, s)] {
			t.Errorf("a line of the story left the body: %q", s)
		}
	}
}

// A box whose button exclaims ("Book your harbour tour!") under copy written
// as a slogan in title case leaves the body even with the story's
// paragraph under it; a story's closing line to the reader over an
// exclaiming line of its own stays.
func TestPitchButtonExclaims(t *testing.T) {
	box := []string{"With Harbourline, You Only Pay for the Crossings You Book. Pick a Ferry Plan that Fits Your Island Trips.",
		"Schedule Your Personal Demo!"}
	closing := []string{"The old bridge was like a friend you never noticed until the day it was gone from the skyline.",
		"Join our walking tour today!"}
	lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...)
	lines = append(append(lines, box...), moreStory...)
	lines = append(lines, closing...)
	p := parseWith([]byte(dump(lines...)), trained())
	for i := range p.keep {
		p.keep[i] = i >= indexOfText(t, p, storyParas[0])
	}
	p.dropPitchBoxes()
	for _, s := range box {
		if p.keep[indexOfText(t, p, s)] {
			t.Errorf("the body kept a line of a pitch box: %q", s)
		}
	}
	for _, s := range append(append(append([]string{}, storyParas...), moreStory...), closing[0]) {
		if !p.keep[indexOfText(t, p, s)] {
			t.Errorf("a line of the story left the body: %q", s)
		}
	}
}
