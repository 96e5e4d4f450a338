package pagetext

import "testing"

// A brief of short paragraphs with a picture, a newsletter pitch, an ad's
// label and a "read also" line set into it keeps its paragraphs under the
// ad: its paragraphs are worth fewer words each than a long story's, so
// the furniture between them costs less, and the story is not cut in two.
func TestShortBriefKeepsParagraphsUnderFurniture(t *testing.T) {
	story := []string{
		"Rada města v pondělí schválila stavbu nové knihovny u nádraží. Práce začnou na podzim a skončit mají za tři roky.",
		"Podle starosty bude stavba stát asi 400 milionů korun. Část peněz chce město získat z dotací kraje.",
		"Obyvatelé okolních ulic rozhodnutí přivítali. Dnešní knihovna je podle nich malá a daleko od centra.",
		"Někteří radní ale upozornili na vysoké náklady na provoz a chtějí nejprve vidět podrobný rozpočet.",
	}
	furniture := []string{"Přihlaste se k odběru našeho newsletteru a dostávejte zprávy z města každé ráno.", "Reklama",
		"Čtěte také: Město opraví most přes řeku"}
	page := []string{"Domácí Zahraničí Sport", "Město postaví novou knihovnu u nádraží", "Autor: Karel Dvořák",
		"12. května 2025 09:30", story[0], "Místo, kde knihovna vznikne.", "Foto: Eva Malá, ČTK", story[1],
		furniture[0], furniture[1], story[2], furniture[2], "Radní chtějí rozpočet", story[3], "Sdílet",
		"Facebook Twitter E-mail", "Témata: knihovna, město, rada", "Přidat komentář", "Další články",
		"Nové hřiště je otevřené"}
	a, _ := mustParse(t, dump(page...))
	wantInBody(t, a.Body, story[1:])
	wantLeftOut(t, a.Body, furniture)
}
