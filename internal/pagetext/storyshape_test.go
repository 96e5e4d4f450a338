package pagetext

import (
	"strings"
	"testing"
)

// storyShapePage lays out a made-up story the way news sites print one:
// menu, headline, byline, the first paragraphs, a box of links to other
// stories, then the rest of the story with a subheading, a line ending in
// a colon over a bulleted list, a short sentence, a paragraph and a "read
// also" line, and the tags, the most-read list and the footer under it.
func storyShapePage(p storyShape) string {
	parts := append([]string{}, p.menu...)
	parts = append(parts, p.title, p.byline, p.date)
	parts = append(parts, p.paras[:2]...)
	parts = append(parts, p.box...)
	parts = append(parts, p.sub, p.paras[2], p.intro)
	for _, it := range p.items {
		parts = append(parts, "- "+it)
	}
	parts = append(parts, p.short, p.paras[3], p.readAlso)
	parts = append(parts, p.paras[4:]...)
	parts = append(parts, p.tail...)
	return dump(parts...)
}

type storyShape struct {
	menu                        []string
	title, byline, date         string
	paras                       []string
	box                         []string
	sub, intro, short, readAlso string
	items, tail                 []string
}

// checkStoryShape parses the page and wants every line of the story in
// the body and none of the box's.
func checkStoryShape(t *testing.T, p storyShape) {
	t.Helper()
	a, _ := mustParse(t, storyShapePage(p))
	// The subheading right under the box reads as one more of its links
	// (in English too) and is not asked for.
	want := append(append([]string{}, p.paras...), p.intro, p.short)
	want = append(want, p.items...)
	for _, s := range want {
		if !strings.Contains(a.Body, s) {
			t.Errorf("the story lost %q; body:\n%s", s, a.Body)
		}
	}
	for _, s := range p.box[1:] {
		if strings.Contains(a.Body, s) {
			t.Errorf("a link of the box joined the story: %q", s)
		}
	}
}

// In a language without a stopword list (Polish here) a run of short
// lines is told from a list of links by its shape: a line ending in a
// colon over bulleted items and a short sentence are part of the story,
// which goes on past the box of links set into it.
func TestStoryGoesOnPastLinkBoxWithoutStopwords(t *testing.T) {
	checkStoryShape(t, storyShape{
		menu:   []string{"Strona główna", "Kraj", "Region", "Sport"},
		title:  "W Lesznie powstanie pierwsze miejskie schronisko dla jeży",
		byline: "Autor: Joanna Maj",
		date:   "14 kwietnia 2026, 07:45",
		paras: []string{
			"Władze Leszna przekazały fundacji budynek dawnej portierni przy parku miejskim, w którym od maja będzie działać schronisko dla rannych i osłabionych jeży z całego powiatu.",
			"Prezes fundacji Ewa Bednarek tłumaczy, że co roku do wolontariuszy trafia kilkaset zwierząt potrąconych przez samochody albo obudzonych zbyt wcześnie z zimowego snu.",
			"Dotąd jeże leczono w prywatnych domach wolontariuszy, a najciężej ranne wożono aż do Poznania, co dla wielu z nich kończyło się źle jeszcze w drodze.",
			"Weterynarze z pobliskiej przychodni zgodzili się przyjmować zwierzęta bez kolejki i po niższych cenach, a uczniowie technikum zbudują dla nich drewniane domki.",
			"Fundacja szuka jeszcze wolontariuszy do nocnych dyżurów, zwłaszcza wiosną, gdy zwierząt jest najwięcej, i prosi mieszkańców o zbiórkę ręczników oraz karmy.",
		},
		box:      []string{"Zobacz również", "Nowy park linowy nad jeziorem", "Remont ratusza dobiega końca", "Ruszył sezon na targu rybnym"},
		sub:      "Leczenie na miejscu",
		intro:    "W schronisku znajdą się:",
		items:    []string{"gabinet zabiegowy", "sala z inkubatorami", "wybieg ogrodzony siatką", "magazyn karmy"},
		short:    "Koszty pokryje zbiórka internetowa.",
		readAlso: "Czytaj także: Jak pomóc jeżowi zimą",
		tail:     []string{"Tagi:", "Leszno", "zwierzęta", "Najczęściej czytane", "Objazdy w centrum miasta", "Wyniki meczu ligowego", "O nas", "Kontakt", "© 2026 Głos Leszna"},
	})
}
