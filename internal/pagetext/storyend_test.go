package pagetext

import (
	"strings"
	"testing"
)

// The lines right under a story's last kept line that stage two only just
// left out come back, in any language, up to the first line that does not
// qualify: a call to act, a line well below the cut, a line stage three
// dropped, a line of bare names or furniture.
func TestStoryEndComesBack(t *testing.T) {
	es := []string{
		"El ayuntamiento aprobó el martes cerrar el viejo puente del puerto para repararlo, una decisión que obligará a miles de personas a buscar otro camino para cruzar el río durante casi todo el año.",
		"Los ingenieros explicaron que el acero bajo el tablero estaba mucho más oxidado de lo que esperaban y que el puente no podía seguir abierto al tráfico pesado por mucho más tiempo.",
		"Los comerciantes de las dos orillas dijeron que temen perder clientes, aunque la mayoría admitió que el puente tenía que arreglarse antes de que alguien resultara herido.",
		"Las obras empezarán en primavera y costarán unos doce millones de euros, que la ciudad espera compartir con el gobierno regional.",
	}
	de := []string{
		"Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke für Reparaturen zu schließen, und tausende Pendler müssen sich fast ein ganzes Jahr lang einen anderen Weg über den Fluss suchen.",
		"Die Ingenieure sagten dem Rat, dass der Stahl unter der Fahrbahn viel stärker verrostet sei als erwartet und die Brücke nicht mehr lange für den Schwerverkehr offen bleiben könne.",
		"Die Ladenbesitzer auf beiden Seiten des Flusses fürchten um ihre Kunden, doch die meisten von ihnen räumten ein, dass die Brücke repariert werden muss, bevor jemand verletzt wird.",
		"Die Arbeiten sollen im Frühjahr beginnen und rund zwölf Millionen Euro kosten, die sich die Stadt mit dem Land teilen will.",
	}
	for _, c := range []struct {
		name         string
		title, byln  string
		paras        []string
		closing      []string // scored just under the cut: come back
		stop, beyond string   // the line the walk stops at, and one under it scored like the closing lines
	}{
		{"en call to act", storyTitle, "By Jane Doe", storyParas[:4],
			[]string{"Until the bridge reopens, the ferry will run every twenty minutes from the old fish market.", "Happy travels!"},
			"Get a free quote for your move today", "The ferry timetable is posted at every stop."},
		{"es line well below the cut", "El ayuntamiento cierra el puente del puerto durante un año", "Por Ana Pérez", es,
			[]string{"Mientras tanto, el ferri saldrá cada veinte minutos desde el antiguo mercado del pescado."},
			"Nuestros lectores opinan", "El horario del ferri está en todas las paradas."},
		{"de bare names", "Stadtrat sperrt die Hafenbrücke für ein Jahr", "Von Anna Schmidt", de,
			[]string{"Bis dahin fährt die Fähre alle zwanzig Minuten vom alten Fischmarkt ab.", "Die Fahrpläne hängen an jeder Haltestelle aus."},
			"Anna Schmidt", "Anna Schmidt schreibt seit zehn Jahren über Verkehr und Stadtplanung."},
	} {
		t.Run(c.name, func(t *testing.T) {
			lines := append([]string{c.title, c.byln, "March 27, 2025"}, c.paras...)
			lines = append(lines, c.closing...)
			lines = append(lines, c.stop, c.beyond)
			p := parseWith([]byte(dump(lines...)), trained())
			at := func(text string) int { return indexOfText(t, p, text) }
			for _, s := range c.paras {
				if !p.keep[at(s)] {
					t.Fatalf("the made-up story lost a paragraph before the test began:\n%s", p.art.Body)
				}
			}
			out := func(s string, z float32) {
				i := at(s)
				p.keep[i], p.zone[i], p.z2[i] = false, false, z
			}
			for _, s := range c.closing {
				out(s, -0.3)
			}
			out(c.beyond, -0.3)
			switch {
			case strings.HasPrefix(c.name, "es"):
				out(c.stop, storyEndSlack-0.5)
			case strings.HasPrefix(c.name, "de"):
				out(c.stop, -0.3)
				p.ann[at(c.stop)].names = []string{c.stop}
			default:
				out(c.stop, -0.3)
			}
			p.keepStoryEnd()
			for _, s := range c.closing {
				if !p.keep[at(s)] {
					t.Errorf("a closing line just under the cut stayed out: %q", s)
				}
			}
			if p.keep[at(c.stop)] || p.keep[at(c.beyond)] {
				t.Errorf("the walk went past %q:\nstop kept %v, the line under it kept %v", c.stop, p.keep[at(c.stop)], p.keep[at(c.beyond)])
			}
		})
	}
	// A line stage three dropped ends the walk, and so does furniture.
	lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas[:4]...)
	lines = append(lines, storyParas[4], "Share this story", "The ferry timetable is posted at every stop.")
	p := parseWith([]byte(dump(lines...)), trained())
	at := func(text string) int { return indexOfText(t, p, text) }
	last, share, under := at(storyParas[4]), at("Share this story"), at("The ferry timetable is posted at every stop.")
	p.keep[last], p.zone[last], p.z2[last] = false, true, 1 // stage three's drop
	p.keep[share], p.zone[share], p.z2[share] = false, false, -0.3
	p.keep[under], p.zone[under], p.z2[under] = false, false, -0.3
	p.keepStoryEnd()
	if p.keep[last] || p.keep[share] || p.keep[under] {
		t.Errorf("the walk went past a line stage three dropped: kept %v %v %v", p.keep[last], p.keep[share], p.keep[under])
	}
	p.keep[last] = true
	p.keepStoryEnd()
	if !p.furnitureByAnyReading(share) {
		t.Fatalf("%q is no furniture by any reading: the test needs another line", "Share this story")
	}
	if p.keep[share] || p.keep[under] {
		t.Errorf("the walk went past furniture: kept %v %v", p.keep[share], p.keep[under])
	}
}

// A sentence of some length under the story comes back although stage two
// scored it well under the cut, in any language; a short line, a sentence
// naming a web address or one further below the cut stays out.
func TestStoryEndClosingSentence(t *testing.T) {
	fr := []string{
		"Le conseil municipal a décidé mardi de fermer le vieux pont du port pour le réparer, et des milliers de personnes devront trouver un autre chemin pour traverser la rivière pendant presque un an.",
		"Les ingénieurs ont expliqué que l'acier sous le tablier était beaucoup plus rouillé que prévu et que le pont ne pouvait plus rester ouvert aux poids lourds très longtemps.",
		"Les commerçants des deux rives craignent de perdre des clients, mais la plupart admettent que le pont devait être réparé avant que quelqu'un ne soit blessé.",
		"Les travaux commenceront au printemps et coûteront environ douze millions d'euros, que la ville espère partager avec la région.",
	}
	var mid float32 = (storyEndSlack + storyEndProseSlack) / 2
	for _, c := range []struct {
		name, title, byln string
		paras             []string
		closing           string  // a sentence under the story, scored at mid
		out               string  // the line under it, which stays out
		outZ              float32 // and its score
	}{
		{"en short line", storyTitle, "By Jane Doe", storyParas[:4],
			"Be sure to check out the rest of the bridge stories in our series below!",
			"See you next week!", mid},
		{"fr further below", "Le conseil ferme le pont du port pendant un an", "Par Marie Dubois", fr,
			"En attendant, le bac partira toutes les vingt minutes depuis l'ancien marché aux poissons.",
			"Les horaires du bac sont affichés à chaque arrêt depuis ce matin.", storyEndProseSlack - 0.1},
		{"es web address", "El ayuntamiento cierra el puente del puerto durante un año", "Por Ana Pérez",
			[]string{
				"El ayuntamiento aprobó el martes cerrar el viejo puente del puerto para repararlo, una decisión que obligará a miles de personas a buscar otro camino para cruzar el río durante casi todo el año.",
				"Los ingenieros explicaron que el acero bajo el tablero estaba mucho más oxidado de lo que esperaban y que el puente no podía seguir abierto al tráfico pesado por mucho más tiempo.",
				"Los comerciantes de las dos orillas dijeron que temen perder clientes, aunque la mayoría admitió que el puente tenía que arreglarse antes de que alguien resultara herido.",
				"Las obras empezarán en primavera y costarán unos doce millones de euros, que la ciudad espera compartir con el gobierno regional.",
			},
			"Mientras tanto, el ferri saldrá cada veinte minutos desde el antiguo mercado del pescado.",
			"diariodelpuerto.es se reserva el derecho de eliminar cualquier comentario inapropiado.", mid},
	} {
		t.Run(c.name, func(t *testing.T) {
			lines := append([]string{c.title, c.byln, "March 27, 2025"}, c.paras...)
			lines = append(lines, c.closing, c.out)
			p := parseWith([]byte(dump(lines...)), trained())
			at := func(text string) int { return indexOfText(t, p, text) }
			for _, s := range c.paras {
				if !p.keep[at(s)] {
					t.Fatalf("the made-up story lost a paragraph before the test began:\n%s", p.art.Body)
				}
			}
			set := func(s string, z float32) {
				i := at(s)
				p.keep[i], p.zone[i], p.z2[i] = false, false, z
			}
			set(c.closing, mid)
			set(c.out, c.outZ)
			p.keepStoryEnd()
			if !p.keep[at(c.closing)] {
				t.Errorf("a closing sentence under the story stayed out: %q", c.closing)
			}
			if p.keep[at(c.out)] {
				t.Errorf("the walk took %q", c.out)
			}
		})
	}
}

// A story's last paragraph that ends with a remark in brackets closed
// without a stop ("… (we also tried the night ferry)") is a closing
// sentence like any other; a bracket that ends a phrase, not a sentence,
// makes none.
func TestStoryEndAside(t *testing.T) {
	aside := "So what looked like a short trip took the whole morning, and I was glad to be home at last. (We also tried the night ferry, which was no faster)"
	phrase := "Ferry timetables and fares for the whole of the coming year (updated weekly)"
	lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...)
	lines = append(lines, aside, phrase)
	p := parseWith([]byte(dump(lines...)), trained())
	a, f := indexOfText(t, p, aside), indexOfText(t, p, phrase)
	var mid float32 = (storyEndSlack + storyEndProseSlack) / 2
	p.keep[a], p.zone[a], p.z2[a] = false, false, mid
	p.keep[f], p.zone[f], p.z2[f] = false, false, mid
	p.keepStoryEnd()
	if !p.keep[a] {
		t.Errorf("the closing paragraph ending in an aside stayed out: %q", aside)
	}
	if p.keep[f] {
		t.Errorf("a phrase ending in brackets came back as a closing sentence: %q", phrase)
	}
}
