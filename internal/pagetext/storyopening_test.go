package pagetext

import "testing"

// A long opening paragraph right under the byline and dateline that stage
// two scored under the cut comes back, across a picture's caption between
// it and the story; a short teaser there, or a long line that does not end
// like a sentence, stays out.
func TestStoryOpeningComesBack(t *testing.T) {
	opening := "When the council met on Tuesday night to decide the fate of the old harbour bridge, hundreds of commuters packed the public gallery, and most of them left knowing that their daily crossing would take far longer for a year."
	caption := "The harbour bridge at dusk. (Photo: Jane Doe/Example Images)"
	for _, c := range []struct {
		name, line string
		back       bool
	}{
		{"long opening paragraph", opening, true},
		{"short teaser", "A year of detours lies ahead for commuters.", false},
		{"no sentence end", "Harbour bridge closure map, detour routes, ferry times, parking spaces, bus lanes, cycle paths, opening hours of the market and the fish hall and every other place that commuters use each day along the river", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025", c.line, caption}, storyParas...)
			p := parseWith([]byte(dump(lines...)), trained())
			at := func(text string) int { return indexOfText(t, p, text) }
			for _, s := range storyParas {
				if !p.keep[at(s)] {
					t.Fatalf("the made-up story lost a paragraph before the test began:\n%s", p.art.Body)
				}
			}
			if !p.caption(at(caption)) {
				t.Fatalf("%q is no caption: the test needs another line", caption)
			}
			i := at(c.line)
			p.keep[i], p.zone[i], p.z2[i] = false, false, -1.5
			p.keep[at(caption)] = false
			p.keepStoryOpening()
			if p.keep[i] != c.back {
				t.Errorf("opening line kept %v, want %v: %q", p.keep[i], c.back, c.line)
			}
			if p.keep[at(caption)] {
				t.Errorf("the caption came back with the opening")
			}
		})
	}
}
