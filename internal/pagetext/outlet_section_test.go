package pagetext

import "testing"

// A window title prints the headline beside the story's section as often
// as beside the site's name: a section is no outlet, unless the page
// writes a domain that spells it; beside both, the site's name is kept.
func TestTitleSectionIsNoOutlet(t *testing.T) {
	head := "Home\n\nWorld\n\nBusiness\n\n"
	en := "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN
	de := "Der Hafen öffnet wieder nach dem Sturm\n\nVon Max Weber\n\n27.03.2025\n\n" + storyDE
	fr := "Le port rouvre après la tempête\n\nPar Jeanne Dupont\n\n27 mars 2025\n\n" + storyFR
	wantOutlets(t, []outletCase{
		{"a section under the story", head + en + "\nHarbour reopens after the storm | Opinion\n", ""},
		{"a section of two words over the story", "Harbour reopens after the storm - World News\n\n" + head + en, ""},
		{"a section in German", head + de + "\nDer Hafen öffnet wieder nach dem Sturm – Meinung\n", ""},
		{"a section in French", "Le port rouvre après la tempête | Politique\n\n" + head + fr, ""},
		{"a section's words that a domain spells", head + en + "\nHarbour reopens after the storm | Science News\n\nsciencenews.org | Contact\n", "Science News"},
		{"the section, then the site", head + en + "\nHarbour reopens after the storm - Politics | Bay Ledger\n", "Bay Ledger"},
		{"the section, then the site, in German", "Der Hafen öffnet wieder nach dem Sturm | Meinung | Hafenkurier\n\n" + head + de, "Hafenkurier"},
		{"the site's name", head + en + "\nHarbour reopens after the storm | Bay Ledger\n", "Bay Ledger"},
	})
}
