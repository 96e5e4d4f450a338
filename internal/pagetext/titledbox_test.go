package pagetext

import "testing"

// A titled box set inside a section of the story (a title, copy spoken to
// the reader, a button drawn with an icon) leaves the body though the
// section's paragraph goes on under it; a section's heading that reads as
// a button, with its paragraph under it, stays, and so does a heading
// over a list.
func TestTitledBoxLeavesBody(t *testing.T) {
	box := []string{
		"Free Ferry Timetable",
		"We built this timetable to make planning your crossings during the works much easier.",
		"Download chevron_right",
	}
	lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas[:2]...)
	lines = append(append(lines, box...), storyParas[2:]...)
	lines = append(lines, moreStory...)
	p := parseWith([]byte(dump(lines...)), trained())
	for _, s := range box {
		p.keep[indexOfText(t, p, s)] = true
	}
	p.dropTitledBoxes()
	for _, s := range box {
		if p.keep[indexOfText(t, p, s)] {
			t.Errorf("the body kept the titled box's line %q", s)
		}
	}
	for _, s := range append(append([]string{}, storyParas...), moreStory...) {
		if !p.keep[indexOfText(t, p, s)] {
			t.Errorf("the story lost %q", s)
		}
	}

	for _, kept := range [][]string{
		// Sections whose headings call the reader to act.
		{"Plan the crossing", "Check the timetable before you leave, as your ferry may run late during the works.",
			"Book your parking", "The harbour car park takes bookings a week ahead, and the council expects it to fill on weekdays."},
		// A heading over a list.
		{"Plan the crossing", "Check the timetable before you leave, as your ferry may run late during the works.",
			"Compare the fares", "What each ticket costs:", "A single crossing", "A weekly pass"},
	} {
		lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...)
		lines = append(append(lines, kept...), moreStory...)
		p := parseWith([]byte(dump(lines...)), trained())
		for _, s := range kept {
			p.keep[indexOfText(t, p, s)] = true
		}
		p.dropTitledBoxes()
		for _, s := range kept {
			if !p.keep[indexOfText(t, p, s)] {
				t.Errorf("a line of the story left the body: %q", s)
			}
		}
	}
}

// An icon font's glyph names after a button's words are no words of it.
func TestTrimIconNames(t *testing.T) {
	for in, want := range map[string]string{
		"Download chevron_right":           "Download",
		`Read in Full chevron\_right`:      "Read in Full",
		"Learn more ❯":                     "Learn more",
		"Start free trial arrow_forward →": "Start free trial",
		"Call snake_Case now":              "Call snake_Case now",
		"Download":                         "Download",
	} {
		if got := trimIconNames(in); got != want {
			t.Errorf("trimIconNames(%q) = %q, want %q", in, got, want)
		}
	}
}
