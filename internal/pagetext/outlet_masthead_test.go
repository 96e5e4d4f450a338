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

// A site's name over the headline with no word papers are named with,
// given when a short line outside the story names the site in one of the
// contexts footers and newsletter boxes print in its language.
func TestMastheadContextsAbroad(t *testing.T) {
	es := "Inicio Noticias Deportes\n\n%s\n\nEl puerto de Villamar reabre tras las obras\n\nPor Ana Ruiz\n\n12 de marzo de 2024\n\n" +
		"El puerto de Villamar volverá a abrir el lunes después de varios meses de obras, informó el ayuntamiento en un comunicado.\n\n" +
		"Las obras del muelle se retrasaron varias semanas por los temporales del otoño, explicó el concejal de urbanismo.\n\n"
	it := "Home Cronaca Sport\n\nVoce del Lago\n\nIl porto di Villamare riapre dopo i lavori\n\ndi Anna Rossi\n\n12 marzo 2024\n\n" +
		"Il porto di Villamare riaprirà lunedì dopo diversi mesi di lavori, ha annunciato il Comune in una nota diffusa venerdì.\n\n" +
		"I lavori sulla banchina erano stati rallentati di alcune settimane dalle mareggiate dell'autunno, ha spiegato l'assessore.\n\n"
	fr := "Accueil Actualités Sport\n\nL'Écho du Val\n\nLe port de Villemer rouvre après les travaux\n\nPar Marie Dubois\n\n12 mars 2024\n\n" +
		"Le port de Villemer rouvrira lundi après plusieurs mois de travaux, a annoncé la mairie dans un communiqué publié vendredi.\n\n" +
		"Les travaux sur le quai avaient pris plusieurs semaines de retard à cause des tempêtes de l'automne, a expliqué l'adjoint.\n\n"
	nl := "Home Nieuws Sport\n\nDe Polderbode\n\nHaven van Nieuwdam gaat weer open na herstel\n\nDoor Anne de Vries\n\n12 maart 2024\n\n" +
		"De haven van Nieuwdam gaat maandag weer open na maanden van werkzaamheden, meldde de gemeente vrijdag in een verklaring.\n\n" +
		"Het werk aan de kademuur liep weken vertraging op door de herfststormen, legde de wethouder uit.\n\n"
	sv := "Älvdalsbladet Kuriren\n\nHem Nyheter Sport\n\nHamnen i Norrby öppnar igen efter reparationerna\n\nAv Anna Berg\n\n12 mars 2024\n\n" +
		"Hamnen i Norrby öppnar för fartygen på måndag efter flera månaders arbete, meddelade kommunen i ett pressmeddelande i fredags.\n\n" +
		"Arbetet med kajen försenades flera veckor av höststormarna, förklarade kommunens byggchef.\n\n"
	da := "Fjordposten Avis\n\nForside Nyheder Sport\n\nHavnen i Norby åbner igen efter reparationerne\n\nAf Anne Holm\n\n12. marts 2024\n\n" +
		"Havnen i Norby åbner for skibene mandag efter flere måneders arbejde, oplyste kommunen i en pressemeddelelse fredag.\n\n" +
		"Arbejdet med kajen blev forsinket flere uger af efterårets storme, forklarede kommunens byggechef.\n\n"
	wantOutlets(t, []outletCase{
		{"Swedish: the about-link", sv + "Om Älvdalsbladet Kuriren | Kontakt | Annonsera\n", "Älvdalsbladet Kuriren"},
		{"Danish: the newsletter box", da + "Tilmeld dig nyhedsbrevet fra Fjordposten Avis\n\nKontakt\n", "Fjordposten Avis"},
		{"Spanish: the newsletter box", fmt.Sprintf(es, "El Faro del Sur") + "Suscríbete al boletín de El Faro del Sur\n\nAviso legal\n", "El Faro del Sur"},
		{"Spanish: a row of links", fmt.Sprintf(es, "El Faro del Sur") + "Quiénes somos | Contacto | Publicidad en El Faro del Sur\n\nAviso legal\n", "El Faro del Sur"},
		{"Italian: the newsletter box", it + "Iscriviti alla newsletter di Voce del Lago\n\nNote legali\n", "Voce del Lago"},
		{"French: the about-link", fr + "À propos de L'Écho du Val | Nous contacter | Mentions légales\n", "L'Écho du Val"},
		{"Dutch: the about-link", nl + "Over De Polderbode | Contact | Adverteren\n", "De Polderbode"},
		{"Spanish: the name printed once", fmt.Sprintf(es, "El Faro del Sur") + "Aviso legal\n", ""},
		{"Spanish: 'sobre' inside a line, not opening it", fmt.Sprintf(es, "Costa Verde") + "Todo lo que sabemos sobre Costa Verde\n\nAviso legal\n", ""},
	})
}

// A site's name over the headline, given when a line outside the story
// gives a social handle whose letters are the name's, its accents
// dropped as handles are written in ASCII.
func TestMastheadSpelledByHandle(t *testing.T) {
	en := "%s\n\nHome News Sport Business\n\nNorthfield harbour reopens after repairs\n\nBy Jane Doe\n\nMarch 12, 2024\n\n" +
		"The harbour at Northfield will reopen to ships on Monday after months of repairs, the town council said in a statement on Friday.\n\n" +
		"Work on the quay wall was delayed by several weeks because of the autumn storms, the council's head of works explained.\n\n"
	es := "Inicio Noticias Deportes\n\nEl Faro del Sur\n\nEl puerto de Villamar reabre tras las obras\n\nPor Ana Ruiz\n\n12 de marzo de 2024\n\n" +
		"El puerto de Villamar volverá a abrir el lunes después de varios meses de obras, informó el ayuntamiento en un comunicado.\n\n" +
		"Las obras del muelle se retrasaron varias semanas por los temporales del otoño, explicó el concejal de urbanismo.\n\n"
	wantOutlets(t, []outletCase{
		{"a follow line", fmt.Sprintf(en, "Harbrook Ledger") + "Follow us @HarbrookLedger\n\nPrivacy Policy\n", "Harbrook Ledger"},
		{"a name that reads as a person's, under a menu", es + "Síguenos en @ElFaroDelSur\n\nAviso legal\n", "El Faro del Sur"},
		{"a name with accents, its handle in ASCII", fmt.Sprintf(en, "Hegyvidéki Hírmondó") + "Twitter: @HegyvidekiHirmondo\n\nPrivacy Policy\n", "Hegyvidéki Hírmondó"},
		{"a Turkish dotless i, its handle in ASCII", fmt.Sprintf(en, "Dağ Postası") + "Bizi takip edin @DagPostasi\n\nPrivacy Policy\n", "Dağ Postası"},
		{"the writer's handle under the writer's name", fmt.Sprintf(en, "Jane Doe") + "Follow Jane on X @JaneDoe\n\nPrivacy Policy\n", ""},
		{"a name with accents and another handle", fmt.Sprintf(en, "Hegyvidéki Hírmondó") + "Twitter: @HegyvidekiHirek\n\nPrivacy Policy\n", ""},
		{"another handle", fmt.Sprintf(en, "Harbrook Ledger") + "Follow us @HarbrookNews\n\nPrivacy Policy\n", ""},
		{"the handle inside the story", fmt.Sprintf(en, "Harbrook Ledger") + "The council thanked @HarbrookLedger and other local pages for sharing the notice about the harbour.\n\nPrivacy Policy\n", ""},
	})
}

// A site's name in capitals over the headline, found in its contexts
// as the page writes it in small letters, and given so.
func TestMastheadInCapitals(t *testing.T) {
	en := "%s\n\nHome News Sport Business\n\nNorthfield harbour reopens after repairs\n\nBy Jane Doe\n\nMarch 12, 2024\n\n" +
		"The harbour at Northfield will reopen to ships on Monday after months of repairs, the town council said in a statement on Friday.\n\n" +
		"Work on the quay wall was delayed by several weeks because of the autumn storms, the council's head of works explained.\n\n"
	wantOutlets(t, []outletCase{
		{"an about-link", fmt.Sprintf(en, "THE HARBROOK LEDGER") + "About The Harbrook Ledger\n\nPrivacy Policy\n", "The Harbrook Ledger"},
		{"a newsletter box abroad", fmt.Sprintf(en, "VOCE DEL LAGO") + "Iscriviti alla newsletter di Voce del Lago\n\nPrivacy\n", "Voce del Lago"},
		{"the name in small letters with no context", fmt.Sprintf(en, "THE HARBROOK LEDGER") + "The Harbrook Ledger\n\nPrivacy Policy\n", ""},
	})
}
