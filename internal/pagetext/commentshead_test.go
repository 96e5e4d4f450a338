package pagetext

import (
	"strings"
	"testing"
)

// A comments heading in a language the list had left out opens the
// readers' comments, and a subheading that only speaks of comments does
// not.
func TestCommentsHeadingsInOtherLanguages(t *testing.T) {
	for _, s := range []string{"Diskuse (8)", "Kommentarer (3)", "Σχόλια (4)", "תגובות (9)", "Hozzászólások",
		"Kommentit", "Comentarii (6)", "Komentari", "Коментари", "Diskusia (7)", "Kommentaarid"} {
		if !isCommentsStart(lineOf(s)) {
			t.Errorf("%q does not open the comments", s)
		}
	}
	for _, s := range []string{"Comments from readers were mixed", "Diskuse o rozpočtu trvala pět hodin", "Kommentarer fra naboene"} {
		if isCommentsStart(lineOf(s)) {
			t.Errorf("%q opens the comments", s)
		}
	}
}

// A story whose comments stand under a heading ("Diskuse (8)") leaves
// the comments out and keeps its last paragraph, just above the tags
// and the box of links between it and the heading.
func TestCommentsHeadingKeepsLastParagraph(t *testing.T) {
	last := "Město slibuje, že chodníky k obchodům zůstanou po celou dobu otevřené. Podrobný harmonogram prací zveřejní radnice příští týden na svém webu."
	a, _ := mustParse(t, dump(
		"Další zprávy", "Hasiči zasahovali u požáru skladu", "Škola dostane novou tělocvičnu",
		"Město opraví náměstí, trhy se přesunou k nádraží", "Jana Dvořáková | 15. dubna 2026", "Facebook Twitter E-mail",
		"Radnice ve středu oznámila, že od května začne rozsáhlá oprava hlavního náměstí. Dělníci vymění starou dlažbu, položí nové kabely a vysadí dvacet stromů, které mají v létě poskytovat stín.",
		"Foto: Petr Novák, ČTK",
		"Oprava přijde na zhruba osmdesát milionů korun, z toho polovinu zaplatí evropské fondy. Starosta řekl, že náměstí bylo v havarijním stavu a další odklad by opravu jen prodražil.",
		"Odebírejte newsletter", "Nejdůležitější zprávy z regionu vám pošleme každé ráno do e-mailu.", "Odebírat",
		"Co se změní pro návštěvníky", "Páteční trhy budou u nádraží.", "Parkoviště na náměstí se uzavře.", "Autobusy pojedou objízdnou trasou.",
		"Podle obchodníků z okolí přinese stavba výpadek tržeb. Někteří z nich žádají město o slevu na nájmu, dokud budou práce probíhat přímo před jejich výlohami.",
		"Čtěte také: Nová cyklostezka spojí dvě obce",
		"„Chceme, aby náměstí zase bylo místem, kde se lidé rádi zastaví,“ uvedl starosta.",
		last,
		"Témata: Náměstí, Doprava, Radnice", "Čtěte také", "Nová cyklostezka spojí dvě obce", "Kraj přispěje na opravu silnice",
		"Diskuse (8)", "Konečně, to náměstí vypadalo hrozně.", "A kdo to zase zaplatí?",
		"Tento web používá soubory cookie. Pokračováním v prohlížení souhlasíte s jejich používáním.", "Souhlasím"))
	if !strings.Contains(a.Body, last[:40]) {
		t.Errorf("the body lost the story's last paragraph:\n%s", a.Body)
	}
	for _, c := range []string{"vypadalo hrozně", "zase zaplatí"} {
		if strings.Contains(a.Body, c) {
			t.Errorf("the body kept the comment %q:\n%s", c, a.Body)
		}
	}
}
