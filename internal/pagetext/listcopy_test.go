package pagetext

import (
	"slices"
	"testing"
)

// bicycleGuideTop is the head of a made-up guide: headline, byline, date
// and two opening paragraphs; bicycleSections are paragraphs for its
// sections.
var (
	bicycleGuideTop = []string{
		"Buying a used bicycle: a short guide for first-time riders",
		"By Sam Doe",
		"March 27, 2025",
		"A used bicycle costs a fraction of a new one and often rides just as well, as long as you know what to look for before you hand over any money to the seller in the street.",
		"This guide takes you through the checks, the prices and the places to look, so that your first bicycle is a good one and the money you spend on it is money well spent.",
	}
	bicycleSections = []string{
		"Look at the frame in good light for cracks near the joints, spin both wheels to see that they run true, and squeeze the brakes hard to feel whether the pads grip the rim at once.",
		"A sound bicycle from a known maker usually sells for about half of its price when new, and less when the tyres, the chain or the brake pads will soon need to be replaced by you.",
		"Local cycling clubs, repair workshops and the notice boards of universities are good places to start, since their sellers tend to know the history of the bicycles they sell.",
		"Fit lights before you leave, check the tyre pressure at the first petrol station on the way, and take the quiet streets until you know how the bicycle brakes and turns.",
	}
)

// A guide whose table of contents lists its long question headings above
// the story: when the classifier keeps the list with the story, each
// heading stays once, over its own section, and leaves the list.
func TestHeadingListedAboveStaysOverItsSection(t *testing.T) {
	headings := []string{
		"What Should You Check Before Buying A Used Bicycle?",
		"How Much Should You Pay For A Used Bicycle?",
		"Where Can You Find A Good Used Bicycle Near You?",
	}
	paras := bicycleSections[:3]
	more := []string{
		"Ask the seller when the chain and the cables were last changed, and ride the bicycle up and down the street for a few minutes before you agree on any price with them.",
		"Prices rise in the spring, when everyone wants to ride, so the best time to buy is late in the autumn, when sellers would rather not keep a bicycle over the winter.",
		"Online listings have the widest choice, but meet the seller in a public place, bring a friend along and check the frame number against the lists of stolen bicycles first.",
	}
	page := slices.Clone(bicycleGuideTop)
	page = append(page, headings...)
	for k, h := range headings {
		page = append(page, h, paras[k], more[k])
	}
	page = append(page, "More guides", "Weather for the weekend")
	listLeavesForSections(t, page, headings)
}

// listLeavesForSections parses the made-up page with every line of the
// story kept (the list's entries too, as the classifier leaves such
// pages) and checks that each heading stays only over its section.
func listLeavesForSections(t *testing.T, page, headings []string) {
	t.Helper()
	p := parseWith([]byte(dump(page...)), trained())
	at := map[string][]int{}
	for i := range p.lines {
		p.keep[i] = i >= 3 && i < len(p.lines)-2
		at[p.lines[i].text] = append(at[p.lines[i].text], i)
	}
	p.dropRepeats()
	p.dropContents()
	p.dropListCopies()
	for _, h := range headings {
		if len(at[h]) != 2 {
			t.Fatalf("the made-up page prints %q %d times", h, len(at[h]))
		}
		if list, section := at[h][0], at[h][1]; p.keep[list] || !p.keep[section] {
			t.Errorf("%q: kept in the list %v, over its section %v; want only over its section", h, p.keep[list], p.keep[section])
		}
	}
}
