package pagetext

import "testing"

// A Spanish and a German page carry the furniture isJunk reads by its
// English wording: an ad's label and a pitch for the site's newsletter
// inside the story, another pitch and the rights notice under it. None of
// it is the story's.
func TestPromptsInOtherLanguagesLeaveTheBody(t *testing.T) {
	es := []string{
		"El ayuntamiento cerró el lunes el puente del puerto después de que los ingenieros encontraran óxido grave en las vigas de acero que sostienen la calzada.",
		"Según el concejal de obras, la reparación durará al menos un año y costará unos 40 millones de euros a las arcas municipales, que ya arrastran deudas.",
		"Los vecinos de la orilla norte tendrán que usar el transbordador, que saldrá cada veinte minutos durante el día, también los fines de semana y festivos.",
		"El pleno votará el presupuesto de la obra el mes que viene, y los trabajos podrían empezar en primavera si el dinero llega a tiempo desde la región.",
		"Los comerciantes del centro temen perder clientes durante las obras y piden al ayuntamiento que rebaje las tasas mientras el puente siga cerrado.",
		"La oposición acusa al gobierno local de haber ignorado durante años los informes que advertían del mal estado de la estructura metálica del puente.",
		"Un portavoz del ayuntamiento respondió que las inspecciones se hicieron a tiempo y que el deterioro se aceleró tras las tormentas del invierno pasado.",
	}
	esFurniture := []string{
		"Publicidad",
		"Descubre nuestra nueva aplicación y suscríbete a nuestro boletín: te enviamos cada mañana las noticias de tu ciudad.",
		"Puedes escribirnos a la redacción o seguirnos en las redes, y suscribirte aquí a nuestra newsletter semanal.",
		"© 2026 Diario del Puerto. Todos los derechos reservados.",
	}
	wantWithout(t, []string{"Inicio", "Noticias", "El ayuntamiento cierra el puente del puerto durante un año por obras",
		"Por Lucía Fernández", "3 de marzo de 2026"}, es, esFurniture, "Lo más leído", "Aviso legal")

	de := []string{
		"Die Stadt hat am Montag die Hafenbrücke gesperrt, nachdem Ingenieure schweren Rost an den Stahlträgern gefunden hatten, die die Fahrbahn tragen.",
		"Nach Angaben des Baudezernenten wird die Reparatur mindestens ein Jahr dauern und rund 40 Millionen Euro aus dem städtischen Haushalt kosten.",
		"Die Bewohner des Nordufers müssen auf die Fähre ausweichen, die tagsüber alle zwanzig Minuten fahren soll, auch an Wochenenden und Feiertagen.",
		"Der Stadtrat stimmt im nächsten Monat über den Haushalt für die Arbeiten ab, die im Frühjahr beginnen könnten, wenn das Geld rechtzeitig kommt.",
		"Händler in der Innenstadt fürchten, während der Bauarbeiten Kunden zu verlieren, und fordern niedrigere Gebühren, solange die Brücke gesperrt ist.",
		"Die Opposition wirft der Stadtregierung vor, jahrelang Gutachten ignoriert zu haben, die vor dem schlechten Zustand der Stahlkonstruktion warnten.",
		"Ein Sprecher der Stadt entgegnete, die Prüfungen seien rechtzeitig erfolgt und der Verfall habe sich nach den Stürmen des Winters beschleunigt.",
	}
	deFurniture := []string{
		"Anzeige",
		"Entdecke unsere neue App und abonniere unseren Newsletter: Wir schicken dir jeden Morgen die Nachrichten aus deiner Stadt.",
		"Abonniere unseren Newsletter und erhalte die meistgelesenen Artikel der Woche direkt in dein Postfach, kostenlos und unverbindlich.",
		"© 2026 Hafenblatt. Alle Rechte vorbehalten.",
	}
	wantWithout(t, []string{"Startseite", "Nachrichten", "Die Stadt sperrt die Hafenbrücke für ein Jahr", "Von Anna Weber",
		"3. März 2026"}, de, deFurniture, "Meistgelesen", "Impressum")
}

// wantWithout parses a page of the header's lines, then the story with
// the furniture's first two lines inside it (after the third and the
// fourth paragraph), its third line, a label and its fourth line under
// it, and the footer; the body must be the story alone.
func wantWithout(t *testing.T, header, story, furniture []string, label, footer string) {
	t.Helper()
	wantWithoutGap(t, header, story, furniture, label, footer, 1)
}

// wantWithoutGap is wantWithout with gap paragraphs between the first two
// lines of the furniture.
func wantWithoutGap(t *testing.T, header, story, furniture []string, label, footer string, gap int) {
	t.Helper()
	page := append(append([]string{}, header...), story[:3]...)
	page = append(append(append(page, furniture[0]), story[3:3+gap]...), furniture[1])
	page = append(page, story[3+gap:]...)
	page = append(page, furniture[2], label, furniture[3], footer)
	a, _ := mustParse(t, dump(page...))
	wantBody(t, a.Body, story)
	wantLeftOut(t, a.Body, furniture)
}

// The other languages' words for a newsletter and for signing up stay in
// a story that uses them otherwise: a ministry that signed ("suscribió")
// an agreement the official bulletin published, a town that informs its
// people by newsletter.
func TestStoryWordsLikePromptsStay(t *testing.T) {
	for _, s := range []string{
		"El ministerio suscribió el convenio con la región, que publicó el Boletín Oficial del Estado el martes.",
		"Die Stadt will die Bürger künftig per Newsletter über die Bauarbeiten informieren, sagte der Sprecher.",
		"Le maire a promis de publier chaque semaine une lettre aux habitants sur l'avancement des travaux.",
	} {
		ln := wordedLine(s)
		if isForeignJunk(&ln) {
			t.Errorf("%q read as furniture", s)
		}
	}
}
