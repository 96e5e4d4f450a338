package pagetext

import (
	"strings"
	"testing"
)

// A picture credited to a photographer's studio leaves its alt text and
// the studio's name between two paragraphs ("garden party long table
// trends" over "Marla Penn Photography"): both are furniture, never a
// subheading and its section. A heading of the same words after a
// paragraph ("Fine Art Photography") stays (made-up page).
func TestStudioCredit(t *testing.T) {
	page := dump(
		"Lakeside Living",
		"Twelve Ideas for a Garden Party This Summer",
		"By Corin Vale",
		"Planners we asked this spring agree that the garden party is back, and that guests want to linger rather than move on after the first drink.",
		"long table under string lights garden party trends",
		"Marla Penn Photography",
		"Hosts are setting one long table instead of several round ones, so that every guest can see every other guest across the flowers and candles.",
		"“People want to talk to the whole party,” one planner said, “and a long table makes that easy without anyone having to get up.”",
		"paper lanterns over lawn garden party trends",
		"Hollis And Grey Photography",
		"Lanterns in one colour are replacing mixed strings, and planners hang them lower than before so the light falls on the faces at the table.",
		"Fine Art Photography",
		"Several hosts now hire a photographer who works in black and white only, printing a few pictures on the night for guests to take home.",
		"© 2026 Lakeside Living",
	)
	a, _ := mustParse(t, page)
	wantLeftOut(t, a.Body, []string{"Marla Penn Photography", "Hollis And Grey Photography", "string lights garden party trends", "paper lanterns over lawn"})
	for _, want := range []string{"Fine Art Photography", "Hosts are setting one long table", "Lanterns in one colour"} {
		if !strings.Contains(a.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, a.Body)
		}
	}
}
