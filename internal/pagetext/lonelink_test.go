package pagetext

import "testing"

// One link to another story set between two paragraphs under a label
// that ends in a colon ("Čtěte také:") leaves the body with its label,
// whatever the headline's shape, on a page that sets such a link after
// every few paragraphs; the paragraphs around it stay.
func TestLoneLinkUnderColonLabelLeavesTheBody(t *testing.T) {
	story := []string{
		"Radnice ve středu oznámila, že od května začne rozsáhlá oprava hlavního náměstí. Dělníci vymění starou dlažbu, položí nové kabely a vysadí dvacet stromů, které mají v létě poskytovat stín.",
		"Oprava přijde na zhruba osmdesát milionů korun, z toho polovinu zaplatí evropské fondy. Starosta řekl, že náměstí bylo v havarijním stavu a další odklad by opravu jen prodražil. „Chceme, aby náměstí zase bylo místem, kde se lidé rádi zastaví,“ uvedl starosta.",
		"Podle obchodníků z okolí přinese stavba výpadek tržeb. Někteří z nich žádají město o slevu na nájmu, dokud budou práce probíhat přímo před jejich výlohami.",
		"Páteční trhy budou u nádraží. Parkoviště na náměstí se uzavře. Autobusy pojedou objízdnou trasou. Oprava přijde na zhruba osmdesát milionů korun, z toho polovinu zaplatí evropské fondy. Starosta řekl, že náměstí bylo v havarijním stavu a další odklad by opravu jen prodražil.",
		"Město slibuje, že chodníky k obchodům zůstanou po celou dobu otevřené. Podrobný harmonogram prací zveřejní radnice příští týden na svém webu. Radnice ve středu oznámila, že od května začne rozsáhlá oprava hlavního náměstí. Dělníci vymění starou dlažbu, položí nové kabely a vysadí dvacet stromů, které mají v létě poskytovat stín.",
	}
	page := []string{"Město opraví náměstí, trhy se přesunou k nádraží", "Stavební práce mají trvat do konce října.", "Jana Dvořáková", "15. dubna 2026", story[0], story[1], "Čtěte také:", "Nová cyklostezka spojí dvě obce", "Anna Berg", story[2], "Čtěte také:", "Kraj přispěje na opravu silnice", story[3], "Čtěte také:", "Škola dostane novou tělocvičnu", story[4], "Sdílet článek", "Facebook Twitter E-mail", "Odebírejte newsletter", "Nejdůležitější zprávy z regionu vám pošleme každé ráno do e-mailu.", "Odebírat", "Diskuse (8)", "Konečně, to náměstí vypadalo hrozně.", "A kdo to zase zaplatí?"}
	a, _ := mustParse(t, dump(page...))
	wantBody(t, a.Body, story)
	wantLeftOut(t, a.Body, []string{"Nová cyklostezka", "Kraj přispěje na opravu silnice", "Škola dostane"})
}
