package pagetext

import (
	"slices"
	"testing"
)

// A box of links to other stories ("Læs også", "Zobacz także" and a few
// headlines) set between a story's paragraphs on a page in a language
// without a stopword list: the story's last paragraphs under the box go
// on with its subject, and stay in the body; the box's headlines stay
// out (made-up pages).
func TestStoryTailUnderMidBox(t *testing.T) {
	for _, c := range []struct {
		head, story, box, tail, foot []string
	}{
		{
			head: []string{"Fjordposten", "Forside", "Lokalt", "Sport", "Havnebadet i Nørreby får ny badebro til sommer", "4. maj 2026 kl. 09:10", "Af Karen Lund", "Del", "Facebook", "Mail"},
			story: []string{
				"Byrådet har besluttet at bygge en ny badebro i havnebadet, så de mange svømmere ikke længere skal gå på den gamle og rådne træbro. Arbejdet begynder allerede i næste måned.",
				"Den gamle bro blev lukket sidste efterår, da en ingeniør fandt store skader på stolperne under vandet.",
				"– Vi har fået mange henvendelser fra borgere, som savner havnebadet, siger formand for teknisk udvalg Peter Krog. Nu får de en bro, der kan holde i mange år.",
				"Den nye badebro bliver længere end den gamle og får en rampe, så kørestolsbrugere også kan komme i vandet.",
				"Havnebadet har i mange år været et af byens mest populære steder om sommeren, og på varme dage kommer der flere tusinde gæster, både fra byen og fra oplandet.",
			},
			box: []string{"Læs også", "Ny cykelbro over åen åbner i juni", "Skolen ved torvet får nyt tag", "Brand i lagerhal på havnen", "Festugen får rekordmange gæster"},
			tail: []string{
				"Badebroen koster godt to millioner kroner, og havnebadet forventer at kunne åbne igen den første weekend i juli.",
				"Indtil da må svømmerne bruge stranden ved lystbådehavnen, hvor kommunen sætter en livredder ind i weekenderne.",
			},
			foot: []string{"Del", "Facebook", "Mail", "Kontakt redaktionen", "© Fjordposten"},
		},
		{
			head: []string{"Gazeta Nadrzeczna", "Strona główna", "Region", "Sport", "W Lesznie powstanie nowa biblioteka dla dzieci", "4 maja 2026, 10:20", "Autor: Anna Wrona", "Udostępnij", "Facebook", "E-mail"},
			story: []string{
				"Rada miasta zgodziła się przeznaczyć stary budynek poczty na nową bibliotekę dla dzieci. Prace remontowe mają ruszyć jeszcze w czerwcu.",
				"Budynek stoi pusty od sześciu lat, a jego dach wymaga pilnej naprawy, zanim do środka będzie można wnieść książki.",
				"– Dzieci w tej dzielnicy nie mają gdzie czytać po lekcjach, mówi dyrektorka miejskiej biblioteki Ewa Sowa. Nowa biblioteka da im ciche miejsce blisko domu.",
				"Na parterze znajdzie się czytelnia z miękkimi fotelami, a na piętrze sala do zajęć plastycznych i spotkań z autorami.",
				"Mieszkańcy dzielnicy od lat prosili o bibliotekę, a pod petycją w tej sprawie podpisało się ponad dwa tysiące osób, w tym wielu nauczycieli z pobliskich szkół.",
			},
			box: []string{"Zobacz także", "Nowy most na Bzurze otwarty", "Szkoła przy rynku dostanie boisko", "Pożar magazynu w porcie", "Festyn przyciągnął tłumy"},
			tail: []string{
				"Remont biblioteki dla dzieci ma kosztować blisko trzy miliony złotych, a pieniądze pochodzą głównie z budżetu miasta.",
				"Pierwsze dzieci mają przyjść do nowej biblioteki we wrześniu, na początku roku szkolnego.",
			},
			foot: []string{"Udostępnij", "Facebook", "E-mail", "Kontakt z redakcją", "© Gazeta Nadrzeczna"},
		},
	} {
		page := slices.Concat(c.head, c.story, c.box, c.tail, c.foot)
		a, _ := mustParse(t, dump(page...))
		wantBody(t, a.Body, slices.Concat(c.story, c.tail))
		wantLeftOut(t, a.Body, c.box)

		// The same page where the first pass took the tail in with the
		// story but saw no box crossed (the rules' run went past it
		// by its own reading): the label under the story ends nothing.
		p := parseWith([]byte(dump(page...)), trained())
		p.rules.crossed = [2]int{}
		p.dropTeaserTail()
		for i := range p.lines {
			if !p.keep[i] && slices.Contains(c.tail, p.lines[i].text) {
				t.Errorf("the story's tail under %q leaves the body: %q", c.box[0], p.lines[i].text)
			}
		}
	}
}
