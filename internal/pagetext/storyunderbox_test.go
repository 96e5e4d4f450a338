package pagetext

import (
	"slices"
	"testing"
)

// A box of four links to other stories under a label ("Leggi anche",
// "Читайте также", "Te puede interesar") set above a story's last
// paragraphs, or its one closing sentence, in a language other than
// English: the story goes on under the box to its end, and the box's
// links stay out (made-up pages).
func TestStoryGoesOnUnderBox(t *testing.T) {
	for _, c := range []struct {
		head, story, box, tail, foot []string
	}{
		{
			head: []string{"Gazzetta della Valle", "Home", "Cronaca", "Sport", "Bergamo, il mercato coperto riapre dopo due anni di lavori", "di Marta Rossi", "3 marzo 2026 - 09:40"},
			story: []string{
				"Il mercato coperto di via Borfuro riaprirà sabato mattina dopo due anni di lavori. I banchi torneranno al loro posto e il piano superiore ospiterà una piccola sala per le associazioni del quartiere.",
				"L’assessore al commercio Luca Ferri ha spiegato che il tetto è stato rifatto del tutto e che l’impianto di riscaldamento ora usa pannelli solari.",
				"I commercianti pagheranno lo stesso affitto di prima per almeno tre anni, come promesso dal Comune all’inizio del cantiere.",
				"Alcuni banchi resteranno vuoti per qualche settimana, perché due famiglie di ortolani hanno deciso di andare in pensione durante i lavori.",
			},
			box: []string{"Leggi anche", "Nuove corse per il tram delle valli", "Chiude per restauro la torre civica", "Il sindaco presenta il bilancio", "Aperte le iscrizioni ai centri estivi"},
			tail: []string{
				"Il Comune cerca nuovi commercianti per i banchi liberi e pubblicherà un bando entro la fine del mese.",
				"L’inaugurazione è prevista sabato alle dieci, con una colazione offerta ai residenti e una visita guidata ai nuovi locali del piano superiore.",
			},
			foot: []string{"Tag:", "Bergamo", "mercato", "Chi siamo", "Privacy"},
		},
		{
			head: []string{"Уральский вестник", "Главная", "Город", "Спорт", "В Перми откроют зимний каток на набережной Камы", "Автор: Анна Крылова", "3 марта 2026, 10:15"},
			story: []string{
				"Власти Перми решили залить большой каток на набережной Камы. Он будет работать каждый день с десяти утра до десяти вечера, а вход для школьников будет бесплатным.",
				"По словам главы департамента культуры Дмитрия Орлова, у катка поставят теплые павильоны для переодевания и пункт проката коньков.",
				"Лед будут обновлять дважды в день, а вечером над катком включат новое освещение.",
				"Жители соседних домов попросили не включать громкую музыку после девяти вечера, и мэрия обещала учесть эту просьбу.",
			},
			box: []string{"Читайте также", "Трамвай на Гайву пустят летом", "В центре закроют два моста", "Городской сад откроют в мае", "Пермь примет турнир по хоккею"},
			tail: []string{
				"Если каток понравится горожанам, следующей зимой такой же появится в Мотовилихе.",
				"Открытие назначено на первую субботу декабря.",
			},
			foot: []string{"Теги:", "Пермь", "каток", "О редакции", "Реклама"},
		},
		{
			head: []string{"Heraldo de la Sierra", "Inicio", "Local", "Deportes", "Xalapa estrena una ruta de autobús nocturna hacia la universidad", "Por Sofía Méndez", "3 de marzo de 2026 | 08:20"},
			story: []string{
				"El ayuntamiento de Xalapa puso en marcha una ruta de autobús que circulará cada media hora entre el centro y la zona universitaria desde las diez de la noche hasta las dos de la madrugada.",
				"La directora de movilidad, Elena Ruiz, explicó que la ruta responde a las quejas de estudiantes que salen tarde de la biblioteca y no encuentran transporte seguro para volver a casa.",
				"Los autobuses tendrán cámaras y un botón de emergencia conectado con la policía municipal, y el pasaje costará lo mismo que durante el día.",
			},
			box:  []string{"Te puede interesar", "Cierran por obras el parque de Los Tecajetes", "Nueva ciclovía en la avenida Ávila Camacho", "Suben las tarifas del agua", "Arranca la feria del libro"},
			tail: []string{"La ruta funcionará a prueba durante los próximos seis meses."},
			foot: []string{"Etiquetas:", "Xalapa", "transporte", "Aviso de privacidad", "Contacto"},
		},
	} {
		page := slices.Concat(c.head, c.story, c.box, c.tail, c.foot)
		a, _ := mustParse(t, dump(page...))
		wantInBody(t, a.Body, slices.Concat(c.story, c.tail))
		wantLeftOut(t, a.Body, c.box[1:])
	}
}

// A story told in one-sentence paragraphs puts as many words under a box
// of links set into it as above it: the tail goes on when its sentences
// take up the story's subject, and sentences about other subjects under a
// box at the story's end stay out.
func TestOneSentenceParagraphsGoOnUnderBox(t *testing.T) {
	head := []string{"Millbrook Courier", "News", "Sport", "Weather", "Sign in", "A new skate park will open by the lake", "Tom Baker", "14 April 2026, 11:05"}
	story := []string{
		"A new skate park will open on the shore of the lake in the western part of the town in July.",
		"The town council approved the plan at its meeting on Monday.",
		"Young people in the town have long complained that they have to take a bus to the next town to find a place where they can skate.",
		"\"We know how much they wanted this. Now they will have a park ten minutes from home,\" said the council leader, Ruth Green.",
	}
	box := []string{"Read also", "Roadworks begin on the high street", "Trains will run later on Fridays", "A sunny weekend is on the way", "The swimming pool closes for repairs"}
	foot := []string{"Share", "Facebook", "Email", "", "Comments (3)", "Anna", "About time!", "", "About us", "Contact", "© 2026 Millbrook Courier"}
	tail := []string{
		"The skate park will have ramps, rails and a bowl for beginners.",
		"Lights will let the young people use it in the evening.",
		"The park took two years to design.",
		"The money came from a lottery grant.",
		"The skate park will be free to use.",
	}
	page := slices.Concat(head, story, box, tail, foot)
	a, _ := mustParse(t, dump(page...))
	wantInBody(t, a.Body, slices.Concat(story, tail))
	wantLeftOut(t, a.Body, box[1:])

	others := []string{
		"Police have closed the high street after a water main burst this morning.",
		"A bakery opened on Mill Lane, selling bread from the old windmill.",
		"Tickets for the folk festival go on sale on Monday.",
	}
	page = slices.Concat(head, story, box, others, foot)
	a, _ = mustParse(t, dump(page...))
	wantInBody(t, a.Body, story)
	wantLeftOut(t, a.Body, others)
}
