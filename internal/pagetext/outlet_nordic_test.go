package pagetext

import "testing"

// The Nordic languages name a paper with one word ending in their word
// for a post, a sheet or the times: "Fjordposten", "Vestkysttidende",
// "Kystbladet", read in a byline or a newsroom's credit like the German
// and Dutch compounds. A place after the writer is no paper.
func TestNordicPressCompound(t *testing.T) {
	storySV := "Fiskebåtarna återvände till hamnen på tisdagen, tre veckor efter översvämningen som stängde den, och den första fångsten såldes på kajen vid lunch.\n\nHamnkaptenen sa att reparationerna kostade mindre än befarat och att kajen öppnar helt i sommar.\n"
	storyDA := "Fiskerbådene vendte tilbage til havnen tirsdag, tre uger efter oversvømmelsen der lukkede den, og den første fangst blev solgt på kajen ved middagstid.\n\nHavnefogeden sagde, at reparationerne kostede mindre end frygtet, og at kajen åbner helt til sommer.\n"
	storyNB := "Fiskebåtene kom tilbake til havnen tirsdag, tre uker etter flommen som stengte den, og den første fangsten ble solgt på kaia ved lunsjtid.\n\nHavnefogden sa at reparasjonene kostet mindre enn fryktet, og at kaia åpner helt til sommeren.\n"
	wantOutlets(t, []outletCase{
		{"a byline in Swedish", "Nyheter\n\nSverige\n\nHamnen öppnar igen efter stormen\n\nAv Karin Ek, Skärgårdsposten\n\n27 mars 2025\n\n" + storySV, "Skärgårdsposten"},
		{"a newsroom's credit in Swedish", "Nyheter\n\nSverige\n\nHamnen öppnar igen efter stormen\n\nSkärgårdspostens redaktion\n\n27 mars 2025\n\n" + storySV, "Skärgårdsposten"},
		{"a byline in Danish", "Forside\n\nIndland\n\nHavnen åbner igen efter stormen\n\nAf Mette Lund, Fjordtidende\n\n27. marts 2025\n\n" + storyDA, "Fjordtidende"},
		{"a byline with a slash in Norwegian", "Forsiden\n\nInnenriks\n\nHavnen åpner igjen etter stormen\n\nOla Lie / Kystbladet\n\n27. mars 2025\n\n" + storyNB, "Kystbladet"},
		{"a place after the writer in Norwegian", "Forsiden\n\nInnenriks\n\nHavnen åpner igjen etter stormen\n\nAv Ola Lie, Kristiansund\n\n27. mars 2025\n\n" + storyNB, ""},
	})
}
