package pagetext

import (
	"strings"
	"testing"
)

// teaserTailStory is a guide of some length whose blurbs of other guides
// under it read like its own subheadings and short paragraphs.
var teaserTailStory = []string{
	"Repainting a kitchen looks like a weekend job, but most of the work happens before the first can of paint is opened, and skipping that work is why so many kitchens peel within a year.",
	"Start by washing every wall and cabinet door with warm water and a little washing soda. Cooking leaves a thin film of grease on every surface, and paint will not hold to it for long.",
	"Once the surfaces are dry, sand the glossy areas lightly so that the primer has something to grip. A fine sanding sponge is enough; you only want to dull the shine, not strip the old coat.",
	"Use a primer made for kitchens and bathrooms. It seals stains from old splashes and blocks the moisture that rises from the stove and the sink every time somebody cooks a meal.",
	"Paint from the top down: the ceiling first, then the walls, then the cabinets and the trim. Two thin coats dry harder and last longer than one thick coat, and they show fewer brush marks.",
	"Finally, leave the room to cure for a few days before you scrub anything. The paint feels dry within hours, but it takes most of a week to reach its full strength.",
}

// A box of other stories under the story ("Related articles", each a
// headline and a blurb) leaves the body, blurbs and all.
func TestTeaserBoxUnderStoryLeavesBody(t *testing.T) {
	teasers := []string{
		"Choosing tiles for a small bathroom",
		"Learn how the size, colour and finish of a tile can make a small room look larger and brighter.",
		"How to fix a dripping tap",
		"An overview of the washers and cartridges inside a tap and how to replace each of them yourself.",
		"Five ways to make a hallway feel wider",
		"Mirrors, pale floors and good lamps can turn a dark passage into a welcoming entrance.",
	}
	page := append([]string{"How to repaint a kitchen that stays clean for years", "By Jane Roe", "March 3, 2026"}, teaserTailStory...)
	page = append(append(page, "Related articles"), teasers...)
	a, _ := mustParse(t, dump(page...))
	wantLeftOut(t, a.Body, teasers)
	wantBody(t, a.Body, teaserTailStory)
}

// A label of other stories inside the story, with the story's own long
// paragraphs under it, ends nothing.
func TestTeaserLabelInsideStoryEndsNothing(t *testing.T) {
	rest := []string{
		"Cabinet doors deserve more care than the walls, because they are touched many times a day. Take them off their hinges, number each one with a strip of tape inside the frame, and paint them flat on a table so that the paint cannot run or sag before it dries.",
		"The hinges and handles can go into a bowl of hot soapy water while the doors dry. Most of them come clean with an old toothbrush, and the ones that do not are cheap to replace, which is a good moment to choose a new style if the old ones never suited the room.",
	}
	story := append(append([]string{}, teaserTailStory...), rest...)
	page := append([]string{"How to repaint a kitchen that stays clean for years", "By Jane Roe", "March 3, 2026"}, teaserTailStory...)
	page = append(append(page, "Related articles"), rest...)
	a, _ := mustParse(t, dump(page...))
	for _, para := range story {
		if !strings.Contains(a.Body, para) {
			t.Errorf("the body lost %q:\n%s", para, a.Body)
		}
	}
}

// "Read more" under each item of a roundup is a button the page prints
// once per item, not the label of a box of other stories: whatever the
// classifier kept under the first one stays.
func TestReadMoreButtonsEndNothing(t *testing.T) {
	items := []string{
		"A hanging shelf for plants",
		"Three boards and a length of rope make a shelf that holds four pots in a sunny window.",
		"A bench for the hallway",
		"This bench is built from a single plank of pine and takes an afternoon with a saw and a drill.",
		"A frame for the house number",
		"Paint a square of oak and screw the brass numbers onto it to brighten the front door.",
	}
	for _, button := range []string{"Read More", "Related articles"} {
		parts := []string{"Weekend woodworking projects for your home", "By Jane Roe", "March 3, 2026"}
		parts = append(parts, teaserTailStory[:4]...)
		for k := 0; k < len(items); k += 2 {
			parts = append(parts, items[k], items[k+1])
			if button == "Read More" || k == 0 {
				parts = append(parts, button)
			}
		}
		lines, _ := splitLines(dump(parts...))
		p := newPage(lines)
		p.read()
		p.runRules()
		p.features()
		p.classify()
		last := len(lines) - 1
		if button == "Read More" {
			last-- // the last button
		}
		p.keep[last] = true // as if the classifier took the last item's blurb for story
		p.dropTeaserTail()
		if got, want := p.keep[last], button == "Read More"; got != want {
			t.Errorf("under %q the last blurb is kept: %v, want %v", button, got, want)
		}
	}
}

// The label of a box of other stories that the classifier keeps with the
// box (a short line ending in a colon reads to it like a story's own
// lead-in) ends the body all the same: the box under it is still only
// headlines and blurbs, and the label leaves with them.
func TestKeptTeaserLabelEndsBody(t *testing.T) {
	teasers := []string{
		"Choosing tiles for a small bathroom",
		"How to fix a dripping tap",
		"Five ways to make a hallway feel wider",
	}
	parts := []string{"How to repaint a kitchen that stays clean for years", "By Jane Roe", "March 3, 2026"}
	parts = append(parts, teaserTailStory...)
	parts = append(append(parts, "Related articles:"), teasers...)
	p := parseWith([]byte(dump(parts...)), trained())
	label := len(p.lines) - len(teasers) - 1
	for i := label; i < len(p.lines); i++ {
		p.keep[i] = true // as if the classifier kept the label and the box
	}
	p.dropTeaserTail()
	for i := label; i < len(p.lines); i++ {
		if p.keep[i] {
			t.Errorf("%q stays in the body", p.lines[i].text)
		}
	}
}
