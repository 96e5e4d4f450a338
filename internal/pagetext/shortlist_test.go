package pagetext

import (
	"slices"
	"testing"
)

// A guide whose table of contents lists its short headings right under
// the story's opening paragraph: the contents pass leaves such a list,
// and each heading should stay once, over its own section.
func TestShortHeadingsListedUnderOpeningLeaveTheList(t *testing.T) {
	headings := []string{
		"Check the frame first",
		"Agree on a fair price",
		"Where good bicycles sell",
		"Ride it home safely",
	}
	paras := bicycleSections
	page := slices.Clone(bicycleGuideTop)
	page = append(page, headings...)
	for k, h := range headings {
		page = append(page, h, paras[k])
	}
	page = append(page, "More guides", "Weather for the weekend")
	listLeavesForSections(t, page, headings)
}

// Two short lines a story repeats over its sections ("Pros", "Cons")
// are no table of contents and stay.
func TestTwoShortRepeatedLinesStay(t *testing.T) {
	page := []string{
		"Two city bicycles compared for the daily ride to work this spring",
		"By Sam Doe",
		"A used bicycle costs a fraction of a new one and often rides just as well, as long as you know what to look for before you hand over any money to the seller in the street.",
		"Pros",
		"Cons",
		"Pros",
		"The frame is light and stiff, the gears shift cleanly under load, and the brakes stop the bicycle in a short distance even in the rain on a steep street.",
		"Cons",
		"The saddle is hard for longer rides, the tyres wear out quickly on rough roads, and the lights that come with it are too weak for unlit country lanes.",
		"More guides",
	}
	p := parseWith([]byte(dump(page...)), trained())
	for i := range p.lines {
		p.keep[i] = i >= 2 && i < len(p.lines)-1
	}
	p.dropListCopies()
	for i := 3; i < len(p.lines)-1; i++ {
		if !p.keep[i] {
			t.Errorf("line %d %q dropped; want every line kept", i, p.lines[i].text)
		}
	}
}

// A list the story announces with a colon is its own, even when each
// item heads a section further down, and stays.
func TestAnnouncedShortListStays(t *testing.T) {
	items := []string{"Alder Cycles", "Birch Bikes", "Cedar Wheels"}
	paras := []string{
		"Alder sells city bicycles with hub gears and a steel frame, and its shop repairs any bicycle it sold for free during the first year after the sale to the rider.",
		"Birch builds light aluminium bicycles for commuters, with hydraulic brakes and a rack for panniers fitted as standard on every model that the company sells this year.",
		"Cedar makes folding bicycles that fit under a desk or on a crowded train, and its smallest model weighs less than ten kilograms with the lights and the mudguards on.",
	}
	page := []string{
		"Three bicycle makers compared for the daily ride to work this spring",
		"By Sam Doe",
		"A used bicycle costs a fraction of a new one and often rides just as well, as long as you know what to look for before you hand over any money to the seller in the street.",
		"This guide compares the three makers most riders in the city choose from:",
	}
	page = append(page, items...)
	for k, h := range items {
		page = append(page, h, paras[k])
	}
	page = append(page, "More guides")
	p := parseWith([]byte(dump(page...)), trained())
	for i := range p.lines {
		p.keep[i] = i >= 2 && i < len(p.lines)-1
	}
	p.dropListCopies()
	for i := 2; i < len(p.lines)-1; i++ {
		if !p.keep[i] {
			t.Errorf("line %d %q dropped; want the announced list kept", i, p.lines[i].text)
		}
	}
}
