package pagetext

import (
	"strings"
	"testing"
)

// contentsGuide is a guide in sections: a heading, then its paragraphs.
type contentsGuide struct {
	title, byline, label, intro string
	headings, paras             []string
}

var contentsGuides = []contentsGuide{{
	title:  "How to grow tomatoes on a small balcony",
	byline: "By Jane Roe",
	label:  "Table of Contents",
	intro:  "A balcony gets more sun than most gardens in a city, and tomatoes need little more than sun, water and a pot that is deep enough for their roots to spread out over the summer.",
	headings: []string{
		"1. Choosing the right variety",
		"2. Pots and soil",
		"3. Watering and feeding",
		"4. Harvesting",
	},
	paras: []string{
		"Bush varieties stay under a metre tall and do not need to be tied to a cane, which makes them the easiest choice for a balcony that catches the wind in the afternoon.",
		"Use a pot of at least twenty litres for each plant and fill it with a compost made for vegetables; garden soil packs down in a pot and drowns the roots after a heavy rain.",
		"Water in the morning, so that the leaves dry before the evening, and give the plants a feed for tomatoes once a week from the day the first flowers open until the end of August.",
		"Pick the fruit when it is fully coloured and still firm. Any green tomatoes left at the first frost will ripen on a windowsill indoors if you wrap them in newspaper.",
	},
}, {
	title:  "Comment réussir son pain au levain à la maison",
	byline: "Par Marie Dupont",
	label:  "Sommaire",
	intro:  "Le levain demande du temps et un peu de chaleur, mais très peu de travail : une fois qu'il est prêt, on peut cuire chaque semaine un pain qui a plus de goût que la plupart des pains achetés.",
	headings: []string{
		"Préparer le levain",
		"Pétrir la pâte",
		"Laisser lever toute la nuit",
		"Cuire dans une cocotte",
	},
	paras: []string{
		"Pendant cinq jours, mélangez chaque matin cinquante grammes de farine de seigle avec cinquante grammes d'eau tiède, et laissez le bocal couvert dans un coin chaud de la cuisine.",
		"Pour un pain, il faut cinq cents grammes de farine, trois cent cinquante grammes d'eau, dix grammes de sel et une cuillère de levain, que l'on pétrit pendant une dizaine de minutes.",
		"Posez la pâte dans un saladier fariné, couvrez-la d'un torchon et laissez-la au frais jusqu'au lendemain matin : la pousse lente donne au pain une mie plus souple et un goût plus riche.",
		"Une cocotte en fonte garde la vapeur autour du pain pendant la cuisson, si bien que la croûte s'ouvre et devient croustillante sans que le four ait besoin d'une fonction vapeur.",
	},
}}

// page returns the guide's dump, with its table of contents under the
// label when label is set, or under an announcing sentence when not.
func (g contentsGuide) page(announced string) []string {
	parts := []string{g.title, g.byline, g.intro}
	if announced != "" {
		parts = append(parts, announced)
	} else {
		parts = append(parts, g.label)
	}
	for _, h := range g.headings {
		parts = append(parts, strings.TrimLeft(h, "0123456789. "))
	}
	for k, h := range g.headings {
		parts = append(parts, h, g.paras[k])
	}
	return parts
}

// A story's table of contents under its label leaves the body; the
// headings it lists stay once, where they head their sections.
func TestContentsListLeavesBody(t *testing.T) {
	for _, g := range contentsGuides {
		a, _ := mustParse(t, dump(g.page("")...))
		for _, h := range g.headings {
			item := strings.TrimLeft(h, "0123456789. ")
			if got := strings.Count(a.Body, item); got != 1 {
				t.Errorf("%s: the body holds %q %d times, want once (the heading):\n%s", g.title, item, got, a.Body)
			}
		}
		wantInBody(t, a.Body, g.paras)
	}
}

// A list the story announces in a sentence of its own, whose items it
// then takes one by one, is the story's and stays.
func TestAnnouncedListOfSectionsStays(t *testing.T) {
	g := contentsGuides[0]
	a, _ := mustParse(t, dump(g.page("Growing them well comes down to four things, and we take them one at a time below:")...))
	for _, h := range g.headings {
		item := strings.TrimLeft(h, "0123456789. ")
		if got := strings.Count(a.Body, item); got != 2 {
			t.Errorf("the body holds %q %d times, want twice (the list and the heading):\n%s", item, got, a.Body)
		}
	}
}

// wantInBody checks that every paragraph is in the body.
func wantInBody(t *testing.T, body string, paras []string) {
	t.Helper()
	for _, para := range paras {
		if !strings.Contains(body, para) {
			t.Errorf("the body lost %q:\n%s", para, body)
		}
	}
}

// A page that prints each heading twice around its section (over it and
// again under it, or twice over it) leaves both copies out of the body,
// while the classifier keeps the table of contents at the top: the list
// still names the headings as the page shows them, over the sections the
// body keeps, and leaves the body.
func TestContentsListLeavesBodyWhenHeadingsAreDropped(t *testing.T) {
	g := contentsGuides[0]
	parts := []string{g.title, g.byline, g.label}
	items := map[string]bool{}
	for _, h := range g.headings {
		item := strings.TrimLeft(h, "0123456789. ")
		items[item] = true
		parts = append(parts, item)
	}
	parts = append(parts, g.intro)
	for k, h := range g.headings {
		if k%2 == 0 {
			parts = append(parts, h, g.paras[k], h)
		} else {
			parts = append(parts, h, h, g.paras[k])
		}
	}
	p := parseWith([]byte(dump(parts...)), trained())
	heads := map[string]bool{}
	for _, h := range g.headings {
		heads[h] = true
	}
	for i := range p.lines {
		p.keep[i] = i >= 3 && !heads[p.lines[i].text] // the label and the story's headings dropped
	}
	p.dropContents()
	for i := range p.lines {
		if items[p.lines[i].text] && p.keep[i] {
			t.Errorf("the list's entry %q stays in the body", p.lines[i].text)
		}
		if !items[p.lines[i].text] && !heads[p.lines[i].text] && i >= 3 && !p.keep[i] {
			t.Errorf("the story's line %q left the body", p.lines[i].text)
		}
	}
}

// A table of contents the classifier kept only in part (an entry left
// out between the kept ones) leaves the body when its entries head the
// story's sections further down; a row of labels that each product of a
// list repeats, with more labels rather than prose under each copy,
// stays (the products' names are left out, as pictures' alt text is).
func TestContentsKeptInPartLeavesBody(t *testing.T) {
	g := contentsGuides[0]
	parts := []string{g.title, g.byline, g.label}
	var items []string
	for _, h := range g.headings {
		items = append(items, strings.TrimLeft(h, "0123456789. "))
	}
	parts = append(append(parts, items...), g.intro)
	for k, h := range g.headings {
		parts = append(parts, h, g.paras[k])
	}
	p := parseWith([]byte(dump(parts...)), trained())
	for i := range p.lines {
		p.keep[i] = i >= 3 && p.lines[i].text != items[1]
	}
	p.dropContents()
	for k, item := range items {
		if i := indexOfText(t, p, item); p.keep[i] {
			t.Errorf("the list's entry %q stays in the body", item)
		}
		if !p.keep[indexOfText(t, p, g.headings[k])] {
			t.Errorf("the story lost its heading %q", g.headings[k])
		}
	}
	for _, s := range append([]string{g.intro}, g.paras...) {
		if !p.keep[indexOfText(t, p, s)] {
			t.Errorf("the story lost %q", s)
		}
	}

	labels := []string{"Dairy free", "Gluten free", "Organic", "Ships weekly"}
	parts = []string{"The best meal kits of the year", "By Jane Roe", g.intro}
	names := map[string]bool{"Green Fork": true, "Lentil Box": true, "Harbour Kitchen": true}
	for k, name := range []string{"Green Fork", "Lentil Box", "Harbour Kitchen"} {
		parts = append(parts, name, labels[0], labels[1], labels[2], labels[3], g.paras[k])
	}
	p = parseWith([]byte(dump(parts...)), trained())
	for i := range p.lines {
		p.keep[i] = i >= 2 && p.lines[i].text != labels[1] && !names[p.lines[i].text]
	}
	p.dropContents()
	for i := range p.lines {
		if i >= 2 && p.lines[i].text != labels[1] && !names[p.lines[i].text] && !p.keep[i] {
			t.Errorf("the story's line %q left the body", p.lines[i].text)
		}
	}
}
