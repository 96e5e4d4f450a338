package tagger

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// A tester the page credits on a line of its own ("Contributions From:
// …") made the page, as its byline's writer did: no tag, however often
// the page names them again.
func TestCreditedStaffIsNoTag(t *testing.T) {
	a := article.Article{
		Title:    "The Ultimate Camping Stove Checklist for 2026",
		Language: "en",
		Authors:  []string{"Lena Okafor"},
		Body: body(
			"Contributions From: Piet Vandal, Rosa Ibarra & Tomas Welk",
			"We boiled more than 300 litres of water on twelve camping stoves this winter, in wind, rain and at altitude, to find the camping stove worth carrying.",
			"A canister camping stove is the lightest choice for backpackers. It lights at a twist and simmers well, but its fuel struggles below freezing.",
			"A liquid fuel camping stove burns white gas and keeps working in deep cold. It is heavier and needs priming before each use.",
			"Our main testers are Lena Okafor, Piet Vandal, Rosa Ibarra and Tomas Welk. Lead tester Lena Okafor has guided trips in the Alps for ten years.",
			"The Kestrel Burn boiled a litre fastest in wind, and the Alder Flame simmers better than any other camping stove we tried.",
			"—Lena Okafor, Piet Vandal, Rosa Ibarra and Tomas Welk",
		),
	}
	checkNames(t, tagNames(Tags(a)), []string{"camping stove"}, []string{"Piet Vandal", "Rosa Ibarra", "Tomas Welk"})
}
