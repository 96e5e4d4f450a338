package pagetext

import (
	"slices"
	"testing"
)

// The short items of a list that a kept line announces with a colon come
// back into the body when the classifier left them out and the story goes
// on under them; under the story's last kept line they stay out.
func TestAnnouncedListComesBack(t *testing.T) {
	items := []string{"Refusing plastic bags at the market.", "Reusing jars for dry food.", "Mending clothes before buying new ones.", "Composting the kitchen scraps."}
	intro := "The council's plan for the years of repairs rests on four habits that it asks every household to take up:"
	paras := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas[:3]...)
	paras = append(paras, intro)
	paras = append(paras, items...)
	paras = append(paras, storyParas[3:]...)
	p := parseWith([]byte(dump(paras...)), trained())
	first := slices.IndexFunc(p.lines, func(ln line) bool { return ln.text == items[0] })
	last := first + len(items) - 1
	if first < 0 || p.lines[last].text != items[len(items)-1] || !p.keep[first-1] || !p.keep[last+1] {
		t.Fatalf("the made-up story lost its intro or the paragraph under the list before the test began:\n%s", p.art.Body)
	}
	for i := first; i <= last; i++ {
		p.keep[i] = false // as the classifier leaves a list's items out
	}
	p.keepAnnouncedLists()
	for i := first; i <= last; i++ {
		if !p.keep[i] {
			t.Errorf("an item of the list the story announces stayed out: %q", p.lines[i].text)
		}
	}
	// The story ends on the list: nothing kept under the intro. The
	// items close the story and come in; the paragraphs under them, which
	// the classifier left out, stay out.
	for i := first; i < len(p.lines); i++ {
		p.keep[i] = false
	}
	p.keepAnnouncedLists()
	for i := first; i <= last; i++ {
		if !p.keep[i] {
			t.Errorf("an item of the list that closes the story stayed out: %q", p.lines[i].text)
		}
	}
	for i := last + 1; i < len(p.lines); i++ {
		if p.keep[i] {
			t.Errorf("a line under the list that closes the story came into the body: %q", p.lines[i].text)
		}
	}
}

// A story may end on a list it announces in a sentence: its short items
// come into the body up to the first line read as furniture or a longer
// line. Two short lines under the story's last line are no list, and a
// label over one ("Further reading:") is mostly a box of other stories.
func TestClosingListComesBack(t *testing.T) {
	intro := "The council named the groups it will ask for advice while the bridge is shut:"
	items := []string{"Harbour Traders Association", "River Ferry Users Group", "Northside Cyclists Club", "Old Town Residents Committee"}
	footer := "Copyright 2025 The Harbour Gazette. All rights reserved, and no part of this page may be copied without our written permission."
	for _, c := range []struct {
		intro string
		n     int
		in    bool
	}{{intro, len(items), true}, {intro, 2, false}, {"Further reading:", len(items), false}} {
		n := c.n
		paras := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...)
		paras = append(paras, c.intro)
		paras = append(paras, items[:n]...)
		paras = append(paras, footer, "Share this story")
		p := parseWith([]byte(dump(paras...)), trained())
		at := slices.IndexFunc(p.lines, func(ln line) bool { return ln.text == c.intro })
		if at < 0 {
			t.Fatal("no intro line")
		}
		// The classifier kept the story down to the intro and nothing
		// under it.
		p.keep[at] = true
		for i := at + 1; i < len(p.lines); i++ {
			p.keep[i] = false
		}
		p.keepAnnouncedLists()
		for i := at + 1; i <= at+n; i++ {
			if p.keep[i] != c.in {
				t.Errorf("%d items under the story's last line %q: %q kept %v", n, c.intro, p.lines[i].text, p.keep[i])
			}
		}
		for i := at + n + 1; i < len(p.lines); i++ {
			if p.keep[i] {
				t.Errorf("a line under the list that closes the story came into the body: %q", p.lines[i].text)
			}
		}
	}
}

// A list of groups whose indents the dump lost ("Pumps", its two makes,
// "Valves", …): when the classifier kept some of its lines and left out
// the short ones between, the gaps come back up to the story's next
// paragraph; short lines under a kept line that ends a sentence are
// another element and stay out.
func TestNestedListGapsComeBack(t *testing.T) {
	intro := "The yard will replace the worn parts of the old ferry in three groups, starting next month:"
	items := []string{"Pumps", "Bilge pump", "Fire pump", "Valves", "Sea cocks", "Fuel valves", "Wiring", "Deck lights", "Radio mast"}
	kept := map[string]bool{"Pumps": true, "Valves": true, "Wiring": true} // as the classifier read them
	paras := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas[:3]...)
	paras = append(paras, intro)
	paras = append(paras, items...)
	paras = append(paras, storyParas[3:]...)
	paras = append(paras, "The ferry will run on a reduced timetable while the yard works on it, and the council said the last crossing of the day would leave half an hour earlier than it does now.",
		"Passengers with season tickets will be offered a refund for the weeks when the ferry does not run at all, the council added in a statement on its website.")
	p := parseWith([]byte(dump(paras...)), trained())
	first := slices.IndexFunc(p.lines, func(ln line) bool { return ln.text == items[0] })
	if first < 1 || p.lines[first-1].text != intro || !p.keep[first-1] || !p.keep[first+len(items)] {
		t.Fatalf("the made-up story lost its intro or the paragraph under the list before the test began:\n%s", p.art.Body)
	}
	reset := func() {
		for k, it := range items {
			p.keep[first+k] = kept[it]
		}
	}
	reset()
	p.keepNestedItems()
	for k, it := range items {
		if !p.keep[first+k] {
			t.Errorf("an item of the list of groups stayed out: %q", it)
		}
	}
	// The same list with its last kept group's line ending a sentence:
	// the short lines under it are no items of it.
	reset()
	p.lines[first+6].text = "Wiring is next."
	p.lines[first+6].shape.endsSent = true
	p.keepNestedItems()
	for k, it := range items {
		if want := k < 6 || k == 6 && kept[it]; p.keep[first+k] != want {
			t.Errorf("line %q under a kept sentence: kept %v, want %v", p.lines[first+k].text, p.keep[first+k], want)
		}
	}
}
