package pagetext

import (
	"strings"
	"testing"
)

// A story in another language than English with a newsletter's sign-up
// box between its paragraphs (a label, a line of copy, the address field,
// a button read as furniture: "Newsletter" / … / "Abonnieren") goes on
// under the box with a subheading, a short paragraph, a list and long
// paragraphs: those stay in the body; the run no longer ends at the box
// (made-up pages).
func TestStoryGoesOnUnderSignUpBoxAbroad(t *testing.T) {
	for _, c := range []struct {
		head, above, box, below, foot []string
	}{
		{
			head: []string{"Lindauer Bote", "Start | Region | Politik | Sport", "Lindau bekommt eine neue Fähre für den Abendverkehr",
				"Von Paul Meier · 03.05.2026, 08:15 Uhr"},
			above: []string{
				"Die Stadtwerke Lindau haben eine neue Fähre bestellt, die ab dem Sommer auch am späten Abend zwischen der Insel und dem Festland fahren soll.",
				"Der Geschäftsführer der Stadtwerke, Klaus Berger, sagte, die Nachfrage nach späten Fahrten sei in den letzten beiden Jahren stark gestiegen.",
				"Die neue Fähre soll mit Strom fahren, bis zu zweihundert Fahrgäste mitnehmen können und auch im Winter bei Sturm sicher über den See kommen.",
			},
			box: []string{"Newsletter", "Das Wichtigste vom See jeden Abend in Ihrem Postfach.", "Ihre E-Mail-Adresse", "Abonnieren"},
			below: []string{
				"Leiser als bisher",
				"Die Kosten liegen bei rund acht Millionen Euro.",
				"An Bord gibt es:",
				"1. eine kleine Bar",
				"2. Plätze für Fahrräder",
				"3. eine Terrasse auf dem Oberdeck",
				"Anwohner am Hafen hoffen, dass die neue Fähre deutlich leiser ist als die alten Schiffe, die seit mehr als dreißig Jahren im Einsatz sind und oft bis spät in die Nacht zu hören waren.",
				"Die erste Fahrt ist für Anfang Juli geplant, wenn das Wetter mitspielt.",
			},
			foot: []string{"Schlagwörter:", "Lindau", "Verkehr", "Impressum", "Datenschutz", "© 2026 Lindauer Bote"},
		},
		{
			head: []string{"Gazzetta del Monte", "Home | Cronaca | Sport", "Bormio, il vecchio cinema diventa una palestra di arrampicata",
				"di Luca Rossi · 3 maggio 2026 - 09:20"},
			above: []string{
				"Il vecchio cinema di Bormio, chiuso da più di vent’anni, diventerà una palestra di arrampicata aperta a tutti i residenti e ai turisti della valle.",
				"Il sindaco ha spiegato che il progetto è nato da una richiesta delle associazioni sportive, che da anni chiedevano uno spazio coperto per allenarsi in inverno.",
				"Le pareti saranno costruite dove un tempo c’era lo schermo, mentre la platea diventerà una zona per il riscaldamento.",
			},
			box: []string{"Newsletter", "Le notizie della valle ogni sera nella tua casella.", "La tua email", "Iscriviti"},
			below: []string{
				"Pareti per tutti",
				"I lavori costeranno circa un milione di euro.",
				"Nella palestra ci saranno:",
				"1. pareti per i bambini",
				"2. spogliatoi con docce",
				"3. un piccolo bar",
				"Alcuni commercianti del centro sperano che la palestra porti più visitatori anche nei mesi in cui le piste da sci sono chiuse e il paese resta quasi vuoto.",
				"L’apertura è prevista per la fine di novembre.",
			},
			foot: []string{"Tag:", "Bormio", "sport", "Contatti", "Privacy", "© 2026 Gazzetta del Monte"},
		},
	} {
		page := append(append(append(append(append([]string{}, c.head...), c.above...), c.box...), c.below...), c.foot...)
		a, _ := mustParse(t, dump(page...))
		for _, para := range append(append([]string{}, c.above...), c.below[1:]...) {
			if !strings.Contains(a.Body, strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(para, "1. "), "2. "), "3. ")) {
				t.Errorf("the body lost %q:\n%s", para, a.Body)
			}
		}
		wantLeftOut(t, a.Body, []string{c.box[0], c.box[2], c.box[3]})
	}
}
