package pagetext

import "testing"

// A story that sets a "Read also" box after every few paragraphs, down to
// its last, keeps that last paragraph: the boxes (label, a headline, its
// writer) stay out, the paragraph under them stays in.
func TestParagraphUnderReadAlsoBoxesStays(t *testing.T) {
	story := []string{
		"Radnice ve středu oznámila, že od května začne rozsáhlá oprava hlavního náměstí. Dělníci vymění starou dlažbu, položí nové kabely a vysadí dvacet stromů, které mají v létě poskytovat stín.",
		"Oprava přijde na zhruba osmdesát milionů korun, z toho polovinu zaplatí evropské fondy. Starosta řekl, že náměstí bylo v havarijním stavu a další odklad by opravu jen prodražil.",
		"Podle obchodníků z okolí přinese stavba výpadek tržeb. Někteří z nich žádají město o slevu na nájmu, dokud budou práce probíhat přímo před jejich výlohami.",
		"Město slibuje, že chodníky k obchodům zůstanou po celou dobu otevřené. Podrobný harmonogram prací zveřejní radnice příští týden na svém webu.",
		"Mezitím se v sousedních městech opravují i jiná náměstí. V jednom z nich práce trvaly déle, než se čekalo, protože dělníci pod dlažbou narazili na zbytky středověkých domů, které museli nejprve prozkoumat archeologové, a otevření se posunulo o celý rok.",
	}
	boxes := []string{
		"Čtěte také:", "Nová cyklostezka spojí dvě obce", "Petr Novák",
		"Čtěte také:", "Kraj přispěje na opravu silnice", "Eva Malá",
		"Čtěte také:", "Škola dostane novou tělocvičnu",
	}
	page := []string{"Město opraví náměstí, trhy se přesunou k nádraží", "15. dubna 2026"}
	page = append(append(append(page, story[:2]...), boxes[:3]...), story[2:4]...)
	page = append(append(page, boxes[3:]...), story[4], "Sdílet článek", "Facebook Twitter E-mail")
	a, _ := mustParse(t, dump(page...))
	wantBody(t, a.Body, story)
	wantLeftOut(t, a.Body, []string{boxes[1], boxes[4], boxes[7]})
}
