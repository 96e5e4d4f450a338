package pagetext

import "testing"

// A footer that reserves all rights names the site with no copyright
// sign, before the phrase or after it, in the languages footers print
// it in; a footer of links that ends with the phrase names no site.
func TestRightsLineNamesOutlet(t *testing.T) {
	head := "Home\n\nNews\n\nSport\n\n"
	wantOutlets(t, []outletCase{
		{"the name before the phrase", head + "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN + "\nBaywater Ledger. All rights reserved.\n", "Baywater Ledger"},
		{"the name after the phrase, in Polish", head + "Port otwarty po burzy\n\nAutor: Anna Kowal\n\n27 marca 2025\n\n" + storyPL + "\nWszelkie prawa zastrzeżone. Kurier Zatoki\n", "Kurier Zatoki"},
		{"the name before the phrase, in Chinese", head + "风暴过后港口重新开放\n\n记者 李明\n\n2025年3月27日\n\n" + storyZH + "\n湾岸晨报 版权所有\n", "湾岸晨报"},
		{"the name in quotes, in Russian", head + "Порт открылся после шторма\n\nИван Петров\n\n27 марта 2025\n\n" + storyRU + "\n«Вечерний залив». Все права защищены.\n", "Вечерний залив"},
		{"a footer of links ending with the phrase", head + "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN + "\nTerms of Use | Privacy | All rights reserved.\n", ""},
	})
}

// A footer that sets its copyright in two lines, the sign over the year
// and the owner, names the site; a picture's credit so set (no year, no
// rights reserved) names none.
func TestSplitCopyrightNamesOutlet(t *testing.T) {
	head := "Home\n\nNews\n\nSport\n\nHarbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN + "\nPrivacy\n\n"
	wantOutlets(t, []outletCase{
		{"the sign alone", head + "©\n\n2025 Baywater Ledger. All rights reserved.\n", "Baywater Ledger"},
		{"the sign and the word", head + "Copyright ©\n\n2019–2025 Northshore Courier\n", "Northshore Courier"},
		{"in Spanish", head + "©\n\n2025 El Faro del Sur. Todos los derechos reservados.\n", "El Faro del Sur"},
		{"a picture's credit", head + "©\n\nJane Doe\n", ""},
	})
}
