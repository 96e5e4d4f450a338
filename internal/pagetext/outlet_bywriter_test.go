package pagetext

import (
	"strings"
	"testing"
)

// A byline gives the paper after the writer's name, parted by a comma,
// a bar, a dash or a slash, or in Korean before it; a name shaped as
// papers name themselves needs no second print on the page. A place or
// a person's job after the name gives no outlet.
func TestBylineWriterThenPaper(t *testing.T) {
	head := "Home\n\nNews\n\nSport\n\n"
	wantOutlets(t, []outletCase{
		{"English, the paper's word last", head + "Harbour reopens after the storm\n\nBy Jane Doe, Baywater Ledger\n\nMarch 27, 2025\n\n" + storyEN, "Baywater Ledger"},
		{"German, one compound word", head + "Der Hafen öffnet wieder nach dem Sturm\n\nVon Max Weber, Buchtkurier\n\n27.03.2025\n\n" + storyDE, "Buchtkurier"},
		{"Polish, the paper's word first", head + "Port znów otwarty po sztormie\n\nAnna Kowal, Kurier Zatoki\n\n27 marca 2025\n\n" + storyPL, "Kurier Zatoki"},
		{"Turkish, after a slash", head + "Fırtınadan sonra liman yeniden açıldı\n\nAyşe Yılmaz / Körfez Gazetesi\n\n27 Mart 2025\n\n" + storyTR, "Körfez Gazetesi"},
		{"Russian, in quotes", head + "Порт вновь открылся после шторма\n\nАнна Морозова, «Северный вестник»\n\n27 марта 2025\n\n" + storyRU, "Северный вестник"},
		{"English, a place", head + "Harbour reopens after the storm\n\nBy Jane Doe, Sun Valley\n\nMarch 27, 2025\n\n" + storyEN, ""},
		{"German, a job", head + "Der Hafen öffnet wieder nach dem Sturm\n\nVon Max Weber, Hafenmeister\n\n27.03.2025\n\n" + storyDE, ""},
	})
}

// A paper named beside the writer is the outlet and no writer: "By Jane
// Doe, Baywater Ledger" is by Jane Doe alone, a paper's newsroom signs
// for no person, and a Chinese byline's paper before "记者" is no name.
func TestBylinePaperIsNoWriter(t *testing.T) {
	head := "Home\n\nNews\n\nSport\n\n"
	for _, c := range []struct{ name, page, want string }{
		{"English, the paper after a comma", head + "Harbour reopens after the storm\n\nBy Jane Doe, Baywater Ledger\n\nMarch 27, 2025\n\n" + storyEN, "Jane Doe"},
		{"French, the paper's word first", head + "Le port rouvre après la tempête\n\nPar Marie Dupont, Presse Marine\n\n27 mars 2025\n\n" + storyFR, "Marie Dupont"},
		{"Turkish, the paper's newsroom", head + "Fırtınadan sonra liman yeniden açıldı\n\nKörfez Gazetesi Haber Merkezi\n\n27 Mart 2025\n\n" + storyTR, ""},
		{"Chinese, the paper before 记者", head + "风暴过后港口重新开放\n\n海湾日报记者 李明\n\n2025年3月27日\n\n" + storyZH, "李明"},
	} {
		a, _, err := Parse([]byte(c.page))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := strings.Join(a.Authors, "; "); got != c.want {
			t.Errorf("%s: authors %q, want %q (outlet %q)", c.name, got, c.want, a.Outlet)
		}
	}
}
