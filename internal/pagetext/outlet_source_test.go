package pagetext

import "testing"

// A story taken from another site ends with its source: "Via X",
// "Source: X", "Quelle: X", "来源：X". X is the outlet only with a second
// cue: a word papers are named with, X printed alone over the headline,
// or a domain that spells X. An office, a report, a platform or a person
// under the same labels give none.
func TestSourceLineNamesOutlet(t *testing.T) {
	head := "Home\n\nWorld\n\nBusiness\n\n"
	en := "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN
	de := "Startseite\n\nPolitik\n\nDer Hafen öffnet wieder nach dem Sturm\n\nVon Max Weber\n\n27.03.2025\n\n" + storyDE
	fr := "Le port rouvre après la tempête\n\nPar Jeanne Dupont\n\n27 mars 2025\n\n" + storyFR
	zh := "首页\n\n国内\n\n风暴过后港口重新开放\n\n记者 王小红\n\n2025年3月27日\n\n" + storyZH
	wantOutlets(t, []outletCase{
		{"via a paper", head + en + "\nVia Bay Ledger\n", "Bay Ledger"},
		{"a source with a compound, in German", de + "\nQuelle: Elbtalbote\n", "Elbtalbote"},
		{"a source in Chinese", zh + "\n来源：湾岸日报\n", "湾岸日报"},
		{"a source printed over the headline, in French", "La Vigie du Cap\n\nAccueil\n\nMonde\n\n" + fr + "\nSource : La Vigie du Cap\n", "La Vigie du Cap"},
		{"a source whose domain the page writes", head + en + "\nSource: Harbour Watch\n\nharbourwatch.org | Privacy\n", "Harbour Watch"},
		{"a source with no second cue", head + en + "\nSource: Harbour Watch\n", ""},
		{"an office", de + "\nQuelle: Statistisches Landesamt\n", ""},
		{"a report", head + en + "\nSource: Harbour Annual Report\n", ""},
		{"the writer", head + en + "\nVia Jane Doe\n", ""},
		{"a platform", head + en + "\nVia Facebook\n", ""},
	})
}

// More of the words papers are named with: the Dutch compounds ending in
// "-koerier" or "-courant", and the Chinese and Japanese words for a
// morning paper, a business paper or "times".
func TestMorePressWords(t *testing.T) {
	nl := "Home\n\nBinnenland\n\nDe haven gaat weer open na de storm\n\nDoor Eva Smit\n\n27 maart 2025\n\nDrie weken na de overstroming keerden de vissersboten dinsdag terug in de haven, en de eerste vangst werd voor de middag op de kade verkocht.\n\nDe havenmeester zei dat het herstel minder had gekost dan gevreesd en dat de kade deze zomer helemaal opengaat.\n"
	zh := "首页\n\n国内\n\n风暴过后港口重新开放\n\n记者 王小红\n\n2025年3月27日\n\n" + storyZH
	wantOutlets(t, []outletCase{
		{"a Dutch compound", nl + "\nBron: Duinkoerier\n", "Duinkoerier"},
		{"a morning paper in Chinese", zh + "\n来源：湾岸晨报\n", "湾岸晨报"},
	})
}

// Source lines in Polish, Czech, Slovak and Ukrainian: the Polish "Za:"
// (after) and the Ukrainian "Джерело:" are labels too, the Slavic words
// for a daily, an evening paper or a paper ("deník", "večerník",
// "noviny") are press words, and a domain the page writes spells a name
// with its accents dropped ("Pobřežní listy" at pobreznilisty.cz). An
// office or a person after the same labels gives none.
func TestSlavicSourceLines(t *testing.T) {
	pl := "Strona główna\n\nWiadomości\n\nSport\n\nPort otwarty po sztormie\n\nAnna Kowalska\n\n27 marca 2025\n\n" + storyPL
	cs := "Domů\n\nZprávy\n\nSport\n\nPřístav je po bouři znovu otevřený\n\nAnna Nováková\n\n27. března 2025\n\n" + storyCS
	uk := "Головна\n\nНовини\n\nСпорт\n\nПорт знову відкрили після шторму\n\nАнна Мороз\n\n27 березня 2025\n\n" + storyRU
	wantOutlets(t, []outletCase{
		{"Polish, after a masthead", "Głos Zatoki\n\n" + pl + "\nZa: Głos Zatoki\n", "Głos Zatoki"},
		{"Czech, an evening paper", cs + "\nZdroj: Večerník Přístavu\n", "Večerník Přístavu"},
		{"Slovak, a paper", cs + "\nZdroj: Prístavné noviny\n", "Prístavné noviny"},
		{"Czech, a domain without accents", cs + "\nZdroj: Přístavní listy\n\npristavnilisty.cz | Kontakt\n", "Přístavní listy"},
		{"Ukrainian", uk + "\nДжерело: Портова газета\n", "Портова газета"},
		{"Polish, a person", pl + "\nZa: Jan Nowak\n", ""},
		{"Czech, an office", cs + "\nZdroj: Správa přístavu\n", ""},
	})
}

// A source's label on a line of its own, the name on the line under it,
// as a story's end sets them in two rows; the same second cue is wanted.
func TestSourceLabelOverName(t *testing.T) {
	head := "Home\n\nWorld\n\nBusiness\n\n"
	en := "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN
	de := "Startseite\n\nPolitik\n\nDer Hafen öffnet wieder nach dem Sturm\n\nVon Max Weber\n\n27.03.2025\n\n" + storyDE
	es := "Inicio\n\nMundo\n\nEl puerto reabre tras la tormenta\n\nPor Ana Ruiz\n\n27 de marzo de 2025\n\n" + storyES
	wantOutlets(t, []outletCase{
		{"German", de + "\nQuelle:\n\nElbtalbote\n\nTeilen\n", "Elbtalbote"},
		{"English", head + en + "\nSource:\n\nCoastline Courier\n\nShare\n", "Coastline Courier"},
		{"Spanish", es + "\nFuente:\n\nDiario del Puerto\n\nCompartir\n", "Diario del Puerto"},
		{"a chart's figures", head + en + "\nSource:\n\nHarbour Annual Report\n", ""},
		{"no second cue", head + en + "\nSource:\n\nHarbour Watch\n", ""},
	})
}
