package pagetext

import "testing"

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
	wantInBody(t, a.Body, []string{"Fine Art Photography", "Hosts are setting one long table", "Lanterns in one colour"})
}

// A picture's credit alone on its line, the photographer and the outlet
// split by a slash ("Ivo Brandt/Marlow Valley Echo"), leaves the body
// with the caption above it, as an agency's credit does; a table printed
// cell by cell, whose short lines may hold a slash between capitalised
// words ("Council Servers/Own Backups"), is read as no credit
// (made-up page).
func TestSlashCredit(t *testing.T) {
	parts := []string{
		"Marlow Valley Echo",
		"Council picks a booking system for its sports halls",
		"By Petra Lindqvist",
		"The council has chosen a new booking system for its four sports halls after the old one failed twice during the winter league, officials said on Monday.",
		"Clubs had complained for months that courts booked online did not show up on the hall's own list, and that refunds took weeks to arrive.",
		"Players at the Ashby hall, where the winter league was cut short.",
		"Ivo Brandt/Marlow Valley Echo",
		"The two systems on the shortlist compared as follows, according to the report that went to the committee:",
		"Hosting",
		"Vendor-hosted (Example Cloud)",
		"Council Servers/Own Backups",
		"Support",
		"Office hours (weekdays)",
		"Round the clock (extra fee)",
		"The committee chose the second system, which will run on the council's own servers, and expects it to be ready before the summer holidays begin.",
		"Clubs will be asked to test it in June, and the old system will stay available until every booking made on it has been played or refunded.",
		"© 2026 Marlow Valley Echo",
	}
	a, _ := mustParse(t, dump(parts...))
	wantLeftOut(t, a.Body, []string{"Ivo Brandt", "Players at the Ashby hall"})
	wantInBody(t, a.Body, []string{"Clubs had complained", "The committee chose the second system"})
	lines, _ := splitLines(dump(parts...))
	p := newPage(lines)
	p.read()
	for i, want := range map[int]bool{6: true, 10: false} {
		if got := p.caption(i); got != want {
			t.Errorf("%q read as a credit: %v, want %v", parts[i], got, want)
		}
	}
}
