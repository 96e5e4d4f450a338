package pagetext

import "testing"

// A site's menu printed on one line is no headline: items of a word or
// two parted by the same bar or dot, in any script, or the word for the
// home page and the sections' names after it: any names in a script
// without capitals, common sections' names in one with capitals. A
// headline that opens with the word for home, or parts its halves with a
// bar, is none.
func TestMenuRowIsNoHeadline(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"News · Sport · Business · Lifestyle", true},
		{"Inicio | Comarca | Deportes | Opinión", true},
		{"หน้าแรก · ข่าว · กีฬา · บันเทิง", true},
		{"หน้าแรก ข่าว การเมือง เศรษฐกิจ กีฬา", true},
		{"首页 本地 国内 国际", true},
		{"דף הבית חדשות ספורט תרבות", true},
		{"ראשי הערים דורשים תקציב נוסף", false},

		{"Home prices fall for a third month in the capital", false},
		{"Home Office Drops Plan To Cut Visa Fees", false},
		{"Home Sweet Home", false},
		{"Home Nieuws Regio Sport Economie Cultuur", true},
		{"Startseite Lokales Politik Kultur Wetter", true},
		{"Strona główna Wiadomości Sport Kultura Biznes", true},
		{"Strona internetowa szkoły znów działa po awarii", false},
		{"Home Depot Beats Earnings Estimates", false},
		{"Home Sales Slow in Spring", false},
		{"Home World Cup Final Tickets Sold Out", false},
		{"Homepage redesign: what readers told us", false},
		{"Storm closes schools | Live updates | Weather Desk", false},
		{"Inicio del curso: los colegios abren con menos alumnos", false},
		{"Bread · butter · jam: the breakfast our grandparents ate", false},
	} {
		p := newPage([]line{newLine(tt.line, 0)})
		p.read()
		if got := menuRow(&p.lines[0]); got != tt.want {
			t.Errorf("menuRow(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	wantHeadline(t, "Dijk wordt verhoogd", []string{
		"Het Waterblad",
		"Home · Nieuws · Regio · Sport · Cultuur",
		"Dijk wordt verhoogd",
		"Door Sanne Verbrugge",
		"Het waterschap begint in maart met het verhogen van de dijk langs de rivier tussen de twee dorpen, een klus die bijna drie jaar gaat duren.",
		"Tijdens de werkzaamheden blijft de weg over de dijk grotendeels open, maar fietsers moeten rekening houden met omleidingen in de zomermaanden.",
		"Bewoners kunnen op twee avonden in het dorpshuis terecht met vragen over de planning en over de bomen die voor de verhoging moeten wijken.",
	})
	// The menu without separators, right over a short headline and its
	// byline: the rules took the menu's row for the headline.
	wantHeadline(t, "Dorfladen gerettet", []string{
		"Talkurier Oberland",
		"Startseite Region Politik Sport Kultur",
		"Dorfladen gerettet",
		"Von Margit Oberlechner",
		"12.03.2026, 08:30 Uhr",
		"Eine Genossenschaft aus dem Ort übernimmt den letzten Laden im Dorf, nachdem die Besitzerin im Herbst ihren Ruhestand angekündigt hatte.",
		"Mehr als zweihundert Einwohner haben Anteile gezeichnet, dazu kommt ein Zuschuss aus dem Programm für die Nahversorgung auf dem Land.",
		"Im Sommer soll der Laden um ein kleines Café erweitert werden, das von Ehrenamtlichen aus dem Dorf betrieben wird.",
		"Impressum | Kontakt | Datenschutz",
	})
}
