package pagetext

import "testing"

// A story its newsroom wrote is signed with the newsroom's word and the
// site's name, the word first or last by the language. A desk's name of
// one word ("Redaktion Politik") is no site.
func TestNewsroomCreditNamesOutlet(t *testing.T) {
	head := "Home\n\nNews\n\nSport\n\n"
	wantOutlets(t, []outletCase{
		{"the word first, in Polish", head + "Port otwarty po burzy\n\nRedakcja Kurier Zatoki\n\n27 marca 2025\n\n" + storyPL, "Kurier Zatoki"},
		{"the word first, in Portuguese", head + "Porto reabre depois da tempestade\n\nRedação Folha da Baía\n\n27 de março de 2025\n\n" + storyPT, "Folha da Baía"},
		{"the word first with a preposition, in French", head + "Le port rouvre après la tempête\n\nRédaction de Presse Atlantique\n\n27 mars 2025\n\n" + storyFR, "Presse Atlantique"},
		{"the word last, in Chinese", head + "风暴过后港口重新开放\n\n湾岸晨报编辑部\n\n2025年3月27日\n\n" + storyZH, "湾岸晨报"},
		{"the word last, in Turkish", head + "Fırtınadan sonra liman yeniden açıldı\n\nKörfez Postası Haber Merkezi\n\n27 Mart 2025\n\n" + storyTR, "Körfez Postası"},
		{"a desk of one word, in German", head + "Der Hafen öffnet wieder nach dem Sturm\n\nRedaktion Politik\n\n27.03.2025\n\n" + storyDE, ""},
	})
}
