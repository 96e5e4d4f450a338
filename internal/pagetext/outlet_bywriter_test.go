package pagetext

import "testing"

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
