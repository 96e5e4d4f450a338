package pagetext

import (
	"slices"
	"testing"
)

// A newsletter's sign-up box set between the paragraphs of a story in a
// language without a stopword list (Romanian, Hungarian, Swedish): its
// label, copy, address field and button leave the body, and the story
// goes on under it, its subheading right under the button kept (made-up
// pages). The paragraph under the box is told by how it ends, a
// sentence's stop, not by its function words.
func TestSignUpBoxWithoutStopwords(t *testing.T) {
	for _, c := range []struct {
		head, above, box, below, foot []string
	}{
		{
			head: []string{"Jurnalul de Câmpie", "Acasă", "Local", "Sport", "Slobozia amenajează un parc nou pe malul Ialomiței", "de Ioana Marin", "5 martie 2026, 09:15"},
			above: []string{
				"Primăria din Slobozia a început lucrările pentru un parc nou pe malul Ialomiței, pe terenul unde a funcționat până acum zece ani un depozit de cereale.",
				"Viceprimarul Dan Neagu a spus că în cartierele din sud nu există niciun loc de joacă și că părinții merg cu copiii până în centru.",
				"Vor fi plantați peste trei sute de copaci, iar aleile vor fi luminate noaptea cu lămpi solare.",
			},
			box: []string{"Newsletter", "Știrile zilei din județ, în fiecare dimineață.", "Adresa de e-mail", "Mă abonez"},
			below: []string{
				"Aleile pentru biciclete",
				"Pe lângă alei, parcul va avea o pistă de biciclete de doi kilometri care va lega podul de stadionul orașului.",
				"Lucrările costă aproape opt milioane de lei și ar trebui să se încheie până la sfârșitul verii.",
			},
			foot: []string{"Etichete:", "Slobozia", "parc", "Despre noi", "Contact"},
		},
		{
			head: []string{"Tiszántúli Hírek", "Címlap", "Helyi", "Sport", "Debrecen új uszodát épít a Nagyerdőn", "Szerző: Fekete Anna", "2026. március 5. 10:20"},
			above: []string{
				"Debrecen közgyűlése megszavazta, hogy a Nagyerdőn új fedett uszoda épüljön, amely egész évben nyitva lesz a családok és az iskolák előtt.",
				"Kiss Balázs alpolgármester szerint a régi uszoda túl kicsi, és reggelente a diákok úszásórái miatt alig marad hely a többi vendégnek.",
				"Az épület tetejére napelemek kerülnek, a vizet pedig a közeli termálkút melegíti majd.",
			},
			box: []string{"Hírlevél", "A nap legfontosabb hírei minden reggel.", "E-mail-cím", "Feliratkozom"},
			below: []string{
				"Tanmedence a kicsiknek",
				"A nagy medence mellett egy sekély tanmedence is készül, ahol az óvodások is biztonságban tanulhatnak úszni.",
				"Az uszoda a tervek szerint két év múlva nyitja meg a kapuit a látogatók előtt.",
			},
			foot: []string{"Címkék:", "Debrecen", "uszoda", "Impresszum", "Kapcsolat"},
		},
		{
			head: []string{"Värmlandsbladet", "Start", "Lokalt", "Sport", "Karlstad bygger nytt bibliotek vid älven", "Av Sara Holmberg", "5 mars 2026 08:40"},
			above: []string{
				"Kommunen i Karlstad har beslutat att bygga ett nytt bibliotek vid Klarälven, där det gamla pappersmagasinet stod tills det revs för fem år sedan.",
				"Kommunalrådet Johan Ek säger att det gamla biblioteket har blivit för trångt och att många barnfamiljer har önskat en plats nära vattnet.",
				"Huset får stora fönster mot älven och en takterrass där besökare kan läsa när det är varmt ute.",
			},
			box: []string{"Nyhetsbrev", "Dagens viktigaste nyheter varje morgon.", "Din e-postadress", "Prenumerera"},
			below: []string{
				"Sagohörna för de minsta",
				"I bottenvåningen blir det en sagohörna där förskolor kan boka tider för högläsning varje vardag.",
				"Bygget beräknas kosta nittio miljoner kronor och biblioteket väntas öppna om tre år.",
			},
			foot: []string{"Ämnen:", "Karlstad", "bibliotek", "Om oss", "Kontakt"},
		},
	} {
		page := slices.Concat(c.head, c.above, c.box, c.below, c.foot)
		a, _ := mustParse(t, dump(page...))
		wantInBody(t, a.Body, slices.Concat(c.above, c.below))
		wantLeftOut(t, a.Body, c.box)
	}
}
