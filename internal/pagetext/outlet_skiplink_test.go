package pagetext

import (
	"fmt"
	"testing"
)

// The site's name printed under the link past the menu, in the
// languages of the templates; a menu word, a section or the writer there
// is no outlet.
func TestSkipLinkMasthead(t *testing.T) {
	en := "%s\n\n%s\n\nHome\n\nNews\n\nSport\n\nNorthfield harbour reopens after repairs\n\nBy Jane Doe\n\nMarch 12, 2024\n\n" +
		"The harbour at Northfield will reopen to ships on Monday after months of repairs, the town council said in a statement on Friday.\n\n" +
		"Work on the quay wall was delayed by several weeks because of the autumn storms, the council's head of works explained.\n\nPrivacy\n"
	de := "Zum Inhalt springen\n\n%s\n\nLokales\n\nSport\n\nHafen von Nordheim öffnet nach Sanierung wieder\n\nVon Anna Schmidt\n\n12. März 2024\n\n" +
		"Der Hafen von Nordheim wird nach monatelangen Bauarbeiten am Montag wieder für den Schiffsverkehr geöffnet, teilte die Stadtverwaltung am Freitag mit.\n\n" +
		"Die Arbeiten an der Kaimauer hatten sich wegen der Stürme im Herbst um mehrere Wochen verzögert, wie der zuständige Baudezernent erklärte.\n\nImpressum\n"
	fr := "Aller au contenu\n\n%s\n\nActualités\n\nLe port de Villemer rouvre après les travaux\n\nPar Marie Dubois\n\n12 mars 2024\n\n" +
		"Le port de Villemer rouvrira lundi après plusieurs mois de travaux, a annoncé la mairie dans un communiqué publié vendredi.\n\n" +
		"Les travaux sur le quai avaient pris plusieurs semaines de retard à cause des tempêtes de l'automne, a expliqué l'adjoint.\n\nMentions légales\n"
	es := "Saltar al contenido\n\n%s\n\nDeportes\n\nEl puerto de Villamar reabre tras las obras\n\nPor Ana Ruiz\n\n12 de marzo de 2024\n\n" +
		"El puerto de Villamar volverá a abrir el lunes después de varios meses de obras, informó el ayuntamiento en un comunicado.\n\n" +
		"Las obras del muelle se retrasaron varias semanas por los temporales del otoño, explicó el concejal de urbanismo.\n\nAviso legal\n"
	wantOutlets(t, []outletCase{
		{"English", fmt.Sprintf(en, "Skip to content", "Northshore Ledger"), "Northshore Ledger"},
		{"English, two links", fmt.Sprintf(en, "Skip to main content\n\nSkip to footer", "Bayside Chronicle"), "Bayside Chronicle"},
		{"German", fmt.Sprintf(de, "Nordsee Rundschau"), "Nordsee Rundschau"},
		{"French", fmt.Sprintf(fr, "Le Courrier du Littoral"), "Le Courrier du Littoral"},
		{"Spanish", fmt.Sprintf(es, "El Faro del Sur"), "El Faro del Sur"},
		{"a section", fmt.Sprintf(en, "Skip to content", "Opinion"), ""},
		{"the writer", fmt.Sprintf(en, "Skip to content", "Jane Doe"), ""},
		{"the home page's link", fmt.Sprintf(fr, "Accueil"), ""},
		{"a menu's button", fmt.Sprintf(en, "Skip to content", "Menu"), ""},
	})
}
