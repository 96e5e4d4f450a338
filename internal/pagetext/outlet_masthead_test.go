package pagetext

import (
	"fmt"
	"testing"
)

// A paper's name over the headline that reads as a person's, given when
// the page names the paper again in its own language.
func TestPaperMasthead(t *testing.T) {
	de := "Startseite\n\nNordküsten Kurier\n\nHafen von Nordheim öffnet nach Sanierung wieder\n\nVon Anna Schmidt\n\n12. März 2024\n\n" +
		"Der Hafen von Nordheim wird nach monatelangen Bauarbeiten am Montag wieder für den Schiffsverkehr geöffnet, teilte die Stadtverwaltung am Freitag mit.\n\n" +
		"Die Arbeiten an der Kaimauer hatten sich wegen der Stürme im Herbst um mehrere Wochen verzögert, wie der zuständige Baudezernent erklärte.\n\n"
	fr := "Accueil\n\nLe Courrier du Littoral\n\nLe port de Villemer rouvre après les travaux\n\nPar Marie Dubois\n\n12 mars 2024\n\n" +
		"Le port de Villemer rouvrira lundi après plusieurs mois de travaux, a annoncé la mairie dans un communiqué publié vendredi.\n\n" +
		"Les travaux sur le quai avaient pris plusieurs semaines de retard à cause des tempêtes de l'automne, a expliqué l'adjoint chargé de l'urbanisme.\n\n"
	pt := "Início\n\nJornal da Costa\n\nPorto de Vilamar reabre depois das obras\n\nPor Ana Souza\n\n12 de março de 2024\n\n" +
		"O porto de Vilamar vai reabrir na segunda-feira depois de vários meses de obras, informou a prefeitura em nota nesta sexta-feira.\n\n" +
		"As obras no cais atrasaram várias semanas por causa das tempestades do outono, explicou o secretário de urbanismo da cidade.\n\n"
	en := "Home\n\n%s\n\nNorthfield harbour reopens after repairs\n\nBy Jane Doe\n\nMarch 12, 2024\n\n" +
		"The harbour at Northfield will reopen to ships on Monday after months of repairs, the town council said in a statement on Friday.\n\n" +
		"Work on the quay wall was delayed by several weeks because of the autumn storms, the council's head of works explained.\n\n"
	wantOutlets(t, []outletCase{
		{"German: an offer of the paper", de + "Ein Angebot von Nordküsten Kurier\n\nImpressum\n", "Nordküsten Kurier"},
		{"German: the paper's newsroom, in the genitive", de + "Kontakt zur Redaktion des Nordküsten Kurier\n\nImpressum\n", "Nordküsten Kurier"},
		{"French: the article run into the preposition", fr + "La rédaction du Courrier du Littoral\n\nMentions légales\n", "Le Courrier du Littoral"},
		{"Portuguese: an article before the name", pt + "Fale com o Jornal da Costa\n\nPolítica de privacidade\n", "Jornal da Costa"},
		{"English: more from the paper", fmt.Sprintf(en, "Northshore Courier") + "More from Northshore Courier\n\nPrivacy\n", "Northshore Courier"},
		{"German: the name printed once", de + "Impressum\n", ""},
		{"a person's name over the headline", fmt.Sprintf(en, "Ann Poe") + "More from Ann Poe\n\nPrivacy\n", ""},
		{"a section's label", fmt.Sprintf(en, "Business News") + "More Business News\n\nPrivacy\n", ""},
		{"a paper the headline quotes", "Home\n\nCoast Gazette\n\nWhy the “Coast Gazette” closed after ninety years\n\nBy Jane Doe\n\nMarch 12, 2024\n\n" +
			"The paper printed its last issue on Friday, after ninety years on the coast and a decade of falling sales.\n\n" +
			"Its staff of twelve will be paid until the summer, the owners said in a statement.\n\nA history of Coast Gazette\n\nPrivacy\n", ""},
	})
}
