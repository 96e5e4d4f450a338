package tagger

import (
	"fmt"
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// sectionTrip is a long made-up travel page whose travel card only one
// section, deep in the body, writes about; spread adds a mention to the
// opening paragraph and one to the last.
func sectionTrip(spread bool) article.Article {
	intro := "Portugal is small enough to see a great deal in two weeks, and its trains and buses make it easy without a car. This guide covers the cities worth a stop and how to move between them."
	if spread {
		intro += " Keep a Viva Card in your pocket for the buses."
	}
	paras := []string{intro}
	for _, c := range []string{"Porto", "Lisbon", "Coimbra", "Braga", "Evora", "Faro", "Sintra", "Aveiro"} {
		paras = append(paras, c,
			fmt.Sprintf("%s rewards a slow day. Walk its centre early before the crowds, and eat where the locals eat.", c),
			fmt.Sprintf("Getting around %s is easy on foot, and most sights sit close together. Buses cover the rest for a few euros.", c))
	}
	foods := []string{"bacalhau", "caldo verde", "francesinha", "bifana", "sardines", "alheira", "polvo", "cataplana", "leitao", "queijadas", "chourico", "ginjinha", "bolo rei", "arroz de marisco", "pastel de nata"}
	for i := range 10 * len(foods) {
		if i == 60 {
			paras = append(paras,
				"Paying for transport: the Viva Card",
				"Local buses and metros in the two largest cities run on the Viva Card, a rechargeable travel card. Buy a Viva Card at any metro station and top it up with a few euros.",
				"The Viva Card works on trams and ferries too, and a single Viva Card can hold several tickets at once.",
				"Keep your Viva Card after the trip: it stays valid for a year.",
				"Viva Card or single tickets?",
				"A single ticket costs more than the same ride on a Viva Card, so the Viva Card pays for itself within two days. Children under four ride free without a Viva Card.",
				"Where to top up your Viva Card",
				"Machines in every metro station top up a Viva Card with cash or a bank card, and many newsagents sell Viva Card credit too.")
		}
		paras = append(paras, fmt.Sprintf("Market note %d: the %s at the covered market is cheapest on weekday mornings, and stall owners are happy to let you taste first.", i+1, foods[i%len(foods)]))
	}
	paras = append(paras, "River ferries leave every half hour in summer and every hour in winter.",
		"The Atlantic is cold even in August, so bring a wetsuit if you plan to swim for long.")
	if spread {
		paras = append(paras, "Last word: keep your Viva Card handy, since the same card works on your next visit.")
	}
	return article.Article{Title: "Two Weeks in Portugal: A City-by-City Itinerary", Language: "en", Body: body(paras...)}
}

// A name that one short section deep in a long page writes, however
// often, is that section's subject (one tip of a trip), not the page's.
func TestOneSectionNameIsNoTag(t *testing.T) {
	checkNames(t, tagNames(Tags(sectionTrip(false))), nil, []string{"Viva Card"})
}

// The same name written in the opening and at the end too runs through
// the page: it stays.
func TestSpreadNameKeepsTag(t *testing.T) {
	checkNames(t, tagNames(Tags(sectionTrip(true))), []string{"Viva Card"}, nil)
}
