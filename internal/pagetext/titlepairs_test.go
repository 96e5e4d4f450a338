package pagetext

import (
	"strings"
	"testing"
)

// A picture's keywords over a row of "#" tags, with the headline, its
// dateline and its byline under the row: the headline is the line under
// the tags, in whichever way the page marks them, even when the keywords
// share more of the story's words (made-up pages).
func TestHeadlineUnderTagRow(t *testing.T) {
	enStory := []string{
		"The harbour council voted on Tuesday to keep the ferry crossing running for another year while engineers finish the bridge study.",
		"Councillors said the vote buys time: the bridge plans will be put to residents in the spring, with the ferry's future decided after that.",
		"Ferry crews welcomed the crossing vote but warned that the council must replace the oldest boat before next winter.",
	}
	plStory := []string{
		"Ceny mieszkań w dużych miastach rosły w ubiegłym roku szybciej niż płace, a analitycy spodziewają się dalszych podwyżek na osiedlach.",
		"Deweloperzy wskazują na rosnące koszty budowy i brak gruntów w mieście. Rząd zapowiada nowy program dopłat do kredytów.",
		"Ekonomiści ostrzegają, że dopłaty mogą jeszcze bardziej podnieść ceny mieszkań na osiedlach w największych miastach.",
	}
	for _, c := range []struct {
		name, want string
		lines      []string
	}{
		{"bare marks", "Can the town still afford its ferry?", append([]string{"Harbour Daily", "Harbour council vote ferry crossing bridge plans",
			"#", "Transport", "#", "Council", "Can the town still afford its ferry?", "March 12, 2025", "By Jane Doe"}, enStory...)},
		{"marked tags", "Can the town still afford its ferry?", append([]string{"Harbour Daily", "harbour council vote ferry crossing bridge plans",
			"#Transport", "#Council", "Can the town still afford its ferry?", "March 12, 2025", "By Jane Doe"}, enStory...)},
		{"Polish", "Czy ceny mieszkań jeszcze wzrosną?", append([]string{"Gazeta Portowa", "Home", "News", "Sport", "Contact", "ceny mieszkan osiedle dzwig budowa miasto",
			"#", "Polityka", "#", "Europa", "Czy ceny mieszkań jeszcze wzrosną?", "12.03.2025", "Autor: Anna Nowak"}, plStory[:2]...)},
	} {
		t.Run(c.name, func(t *testing.T) { wantHeadline(t, c.want, c.lines) })
	}
}

// A show's name and blurb head the page, then the episode's headline
// printed twice around its date: the headline is the pair, not the show,
// even when the show's name shares the story's words (made-up pages).
func TestHeadlineAroundItsDate(t *testing.T) {
	kitchen := []string{
		"Everybody cleans the kitchen, or should. But the strongest cleaners are not always the healthiest, and some of them harm the lungs of the people who use them every day.",
		"This week Dr. Rivera looks at what the studies say about bleach, vinegar and soap, and which of them is enough for a kitchen at home.",
		"Soap and hot water remove most germs from a kitchen counter, the studies find, and vinegar helps with grease but not with every germ.",
	}
	buses := []string{
		"The council voted on Tuesday to keep every route running for another year, but the money to do so runs out in the spring and nobody has said where the rest will come from.",
		"Officials said fares would not rise before the election. Drivers, who have not had a raise in three years, say they will strike if the budget is cut again.",
		"\"We have been patient,\" said one driver who has worked the harbour line for twenty years. \"Patience does not pay the rent.\"",
	}
	for _, c := range []struct {
		want  string
		lines []string
	}{
		{"Why Cleaning Without Bleach Works", append([]string{
			"Kitchen Health with Dr. Rivera",
			"Have you ever wondered whether there is a simpler way to keep your kitchen clean and healthy? Dr. Rivera, a family doctor and author of two books on health, answers your questions every week.",
			"Why Cleaning Without Bleach Works", "September 9, 2024", "Why Cleaning Without Bleach Works"}, kitchen...)},
		{"Can the city still afford its buses?", append([]string{
			"Health Talk with Dr. Rivera",
			"Have you ever wondered whether there is a simpler way to stay healthy and sleep better? Dr. Rivera, a family doctor and the author of two books on everyday health, answers your questions every week.",
			"Can the city still afford its buses?", "12.03.2025", "Can the city still afford its buses?"}, buses...)},
	} {
		wantHeadline(t, c.want, c.lines)
	}
}

// Name particles written in small letters inside a writer's name, in the
// languages that use them: the byline keeps each name whole (made-up
// names).
func TestBylineNameParticles(t *testing.T) {
	for _, c := range []struct{ credit, want string }{
		{"By Omar ibn Said and Layla al-Hassan", "Omar ibn Said|Layla al-Hassan"},
		{"Por María de los Santos", "María de los Santos"},
		{"Por João do Carmo", "João do Carmo"},
		{"Di Marco dei Rossi", "Marco dei Rossi"},
	} {
		a, _ := mustParse(t, dump(append([]string{"Harbour Daily", storyTitle, c.credit, "March 27, 2025"}, storyParas...)...))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.credit, got, c.want)
		}
	}
}
