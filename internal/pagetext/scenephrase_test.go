package pagetext

import "testing"

// A photo's alt text between a story's paragraphs, a phrase with no verb
// of its own (a person doing something, a thing on a table, something in
// front of a backdrop), leaves the body in English, Spanish, French,
// German and Italian; the paragraphs stay.
func TestScenePhrasesLeaveTheBody(t *testing.T) {
	for _, c := range []struct {
		lang          string
		header, story []string
		scenes        []string
	}{
		{
			"en",
			[]string{"Home", "The bakery that rescued a village high street", "By Jane Doe", "March 27, 2025"},
			[]string{
				"When the last shop on the high street closed three years ago, nobody in the village expected that a bakery would be the thing to bring people back into the centre.",
				"Maria and Tom opened their small bakery in the old post office last spring, with one oven, two tables and a queue that now reaches the church on Saturday mornings.",
				"They bake everything on site, starting at four in the morning, and sell out of the seeded loaves before ten on most days of the week, even in the middle of winter.",
				"The parish council says footfall on the street has doubled since the bakery opened, and two more shops have since signed leases for the empty units next door.",
				"Tom says the secret is simple: good flour, a slow rise and prices that people who live in the village can afford to pay every day of the week without thinking.",
				"Next year they hope to take on an apprentice from the local college and to open a second room at the back where people can sit and stay for a while longer.",
			},
			[]string{
				"Woman slicing a seeded loaf at the counter of the village bakery",
				"Coffee being poured into a blue mug beside a plate of buns.",
				"Fresh sourdough loaves cooling on a wooden kitchen table.",
				"A TikTok video from a baker in Lyon shaping croissants for the morning rush",
			},
		},
		{
			"es",
			[]string{"Inicio", "La panadería que devolvió la vida a la calle mayor", "Por Ana Pérez", "27 de marzo de 2025"},
			[]string{
				"Cuando cerró la última tienda de la calle mayor hace tres años, nadie en el pueblo esperaba que una panadería fuera lo que devolvería la gente al centro.",
				"María y Tomás abrieron su pequeña panadería en la antigua oficina de correos la primavera pasada, con un horno, dos mesas y una cola que ahora llega hasta la iglesia.",
				"Lo hornean todo en el local desde las cuatro de la mañana y venden todas las hogazas de semillas antes de las diez casi todos los días de la semana.",
				"El ayuntamiento asegura que el paso de vecinos por la calle se ha duplicado desde la apertura, y otras dos tiendas ya han firmado contratos para los locales vacíos.",
				"Tomás dice que el secreto es sencillo: buena harina, una fermentación lenta y unos precios que los vecinos del pueblo pueden pagar todos los días sin pensarlo.",
				"El año que viene esperan contratar a un aprendiz de la escuela de formación local y abrir una segunda sala en la parte de atrás para que la gente se quede.",
			},
			[]string{
				"Una mujer joven cortando una hogaza de pan en el mostrador de la panadería",
				"Hogazas de masa madre recién horneadas sobre una mesa de madera.",
				"Bandeja de bollos con el horno de leña al fondo",
			},
		},
		{
			"fr",
			[]string{"Accueil", "La boulangerie qui a sauvé la grand-rue du village", "Par Claire Martin", "27 mars 2025"},
			[]string{
				"Quand le dernier commerce de la grand-rue a fermé il y a trois ans, personne au village ne pensait qu'une boulangerie ferait revenir les habitants dans le centre.",
				"Marie et Thomas ont ouvert leur petite boulangerie dans l'ancien bureau de poste au printemps dernier, avec un four, deux tables et une file qui atteint désormais l'église.",
				"Ils font tout sur place à partir de quatre heures du matin et vendent toutes les miches aux graines avant dix heures presque tous les jours de la semaine.",
				"La mairie affirme que la fréquentation de la rue a doublé depuis l'ouverture, et deux autres commerces ont déjà signé des baux pour les locaux vides d'à côté.",
				"Thomas explique que le secret est simple : une bonne farine, une fermentation lente et des prix que les habitants du village peuvent payer chaque jour sans y penser.",
				"L'année prochaine, ils espèrent embaucher un apprenti du lycée professionnel voisin et ouvrir une seconde salle à l'arrière pour que les clients puissent s'attarder.",
			},
			[]string{
				"Jeune femme souriante tenant une miche de pain devant la boulangerie",
				"Miches de levain tout juste sorties du four sur une table en bois.",
				"Plateau de brioches avec le four à bois en arrière-plan",
			},
		},
		{
			"de",
			[]string{"Startseite", "Die Bäckerei, die die Hauptstraße des Dorfes rettete", "Von Jana Müller", "27. März 2025"},
			[]string{
				"Als vor drei Jahren das letzte Geschäft an der Hauptstraße schloss, rechnete im Dorf niemand damit, dass ausgerechnet eine Bäckerei die Menschen zurück in die Ortsmitte bringen würde.",
				"Maria und Thomas eröffneten ihre kleine Bäckerei im vergangenen Frühjahr in der alten Post, mit einem Ofen, zwei Tischen und einer Schlange, die samstags bis zur Kirche reicht.",
				"Sie backen alles selbst, ab vier Uhr morgens, und die Körnerbrote sind an den meisten Tagen der Woche schon vor zehn Uhr ausverkauft, auch mitten im Winter.",
				"Die Gemeinde sagt, dass seit der Eröffnung doppelt so viele Menschen durch die Straße gehen, und zwei weitere Läden haben inzwischen Mietverträge für die leeren Räume nebenan unterschrieben.",
				"Thomas sagt, das Geheimnis sei einfach: gutes Mehl, eine lange Teigführung und Preise, die sich die Leute im Dorf jeden Tag leisten können, ohne lange nachzudenken.",
				"Im nächsten Jahr wollen sie einen Lehrling von der Berufsschule einstellen und hinten einen zweiten Raum eröffnen, in dem die Gäste länger sitzen bleiben können.",
			},
			[]string{
				"Frisch gebackene Sauerteigbrote auf einem alten Holztisch.",
				"Ein Blech mit Brötchen, der Holzofen im Hintergrund",
			},
		},
		{
			"it",
			[]string{"Home", "Il forno che ha salvato la via principale del paese", "Di Giulia Rossi", "27 marzo 2025"},
			[]string{
				"Quando tre anni fa ha chiuso l'ultimo negozio della via principale, nessuno in paese si aspettava che sarebbe stato un forno a riportare la gente in centro.",
				"Maria e Tommaso hanno aperto il loro piccolo forno nel vecchio ufficio postale la primavera scorsa, con un forno, due tavoli e una fila che ora arriva fino alla chiesa.",
				"Preparano tutto sul posto dalle quattro del mattino e vendono tutte le pagnotte ai semi prima delle dieci quasi tutti i giorni della settimana, anche in pieno inverno.",
				"Il comune dice che il passaggio nella via è raddoppiato dall'apertura, e altri due negozi hanno già firmato i contratti per i locali vuoti accanto al forno.",
				"Tommaso dice che il segreto è semplice: farina buona, una lievitazione lenta e prezzi che chi vive in paese può permettersi ogni giorno senza pensarci troppo.",
				"L'anno prossimo sperano di assumere un apprendista della scuola professionale e di aprire una seconda sala sul retro dove i clienti possano fermarsi più a lungo.",
			},
			[]string{
				"Donna sorridente tagliando una pagnotta al bancone del forno",
				"Pagnotte di lievito madre appena sfornate su un vecchio tavolo di legno.",
				"Vassoio di brioche con il forno a legna sullo sfondo",
			},
		},
	} {
		t.Run(c.lang, func(t *testing.T) {
			page := append(append([]string{}, c.header...), c.story[:2]...)
			for k, s := range c.scenes {
				page = append(page, s, c.story[2+k])
			}
			page = append(page, c.story[2+len(c.scenes):]...)
			a, _ := mustParse(t, dump(page...))
			if a.Language != c.lang {
				t.Fatalf("language %q, want %q", a.Language, c.lang)
			}
			wantBody(t, a.Body, c.story)
			wantLeftOut(t, a.Body, c.scenes)
		})
	}
}

// Lines of a story shaped like a scene stay: an instruction ("Place the
// loaves on a rack"), a sentence with its verb or its pronoun, a title-case
// subheading over a paragraph.
func TestStoryLinesLikeScenesStay(t *testing.T) {
	sl := sceneLangs["en"]
	for _, s := range []string{
		"Place the loaves on a wire rack and leave them to cool.",
		"We left the kettle on the kitchen counter overnight.",
		"The new kettle has pride of place on the kitchen countertop.",
		"Woman who was holding the door is thanked by the mayor",
		"Students Learning to Code: What Schools Teach",
		"Coffee being poured is the best sound of the morning.",
		"A video from the market shows the queue stretching around the corner.",
		"A clip posted by the council showed the flooded road.",
	} {
		ln := wordedLine(s)
		if scenePhrase(&ln, sl, true) {
			t.Errorf("%q read as a photo's alt text", s)
		}
	}
	for _, s := range []string{
		"Coloca las hogazas sobre una rejilla y deja que se enfríen.",
		"Ella dejó el pan sobre la mesa de la cocina.",
	} {
		ln := wordedLine(s)
		if scenePhrase(&ln, sceneLangs["es"], false) {
			t.Errorf("%q read as a photo's alt text", s)
		}
	}
}
