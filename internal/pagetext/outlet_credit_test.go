package pagetext

import (
	"strings"
	"testing"
)

// A site credits the story to its newsroom beside its name ("Equipe de
// rédaction, Example"), to itself by its name with its article in the
// byline ("von Die Hafenpresse"), names itself in an about-line under
// the story and again in its fine print, or signs the story off with
// its domain far above the footer. A place or a person after the team,
// a byline with an article that names no paper, a writer's about-line,
// and a product's domain under a story that tells of it give no outlet.
func TestSourceOfCredits(t *testing.T) {
	footer := strings.Repeat("Tides and tables for the spring\n\nBoats of the coast\n\nWeather this week\n\n", 3) +
		"Contact\n\nCareers\n\nAdvertise\n\nPrivacy Policy\n\nTerms of Use\n\nSitemap\n"
	moreEN := "The council said it would pay for a new sea wall next year.\n\nFishermen said the new wall was long overdue after two floods in five years.\n\nThe market will stay open late on Fridays through the summer to make up for the lost weeks.\n\nVisitors are asked to park outside the old town, as the quay road stays closed to cars.\n\nThe first ferry of the season is due on Monday, a week later than planned.\n\nHarbour staff worked through the weekend to clear the silt from the inner basin.\n"
	moreDE := "Der Stadtrat will im nächsten Jahr eine neue Mauer am Meer bezahlen.\n\nDie Fischer sagten, die neue Mauer sei nach zwei Fluten in fünf Jahren überfällig.\n\nDer Markt bleibt im Sommer freitags länger offen, um die verlorenen Wochen aufzuholen.\n\nBesucher sollen außerhalb der Altstadt parken, da die Straße am Kai für Autos gesperrt bleibt.\n\nDie erste Fähre der Saison kommt am Montag, eine Woche später als geplant.\n\nDie Hafenarbeiter räumten am Wochenende den Schlamm aus dem inneren Becken.\n"
	wantOutlets(t, []outletCase{
		{"the newsroom beside the paper's name, in French", "Le port rouvre après la tempête\n\nPar Jeanne Dupont\n\n27 mars 2025\n\n" + storyFR + "\nArticle suivant\n\nJeanne Dupont\n\nEquipe de rédaction, Le Courrier du Littoral\n",
			"Le Courrier du Littoral"},
		{"the newsroom beside the paper's name, in German", "Der Hafen öffnet wieder nach dem Sturm\n\nVon Max Weber\n\n27.03.2025\n\n" + storyDE + "\nMehr zum Thema\n\nMax Weber\n\nRedaktion, Nordküsten Kurier\n",
			"Nordküsten Kurier"},
		{"a staff writer of the paper", "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN + "\nRelated\n\nJane Doe\n\nStaff writer, The Harbour Times\n",
			"The Harbour Times"},
		{"the newsroom beside a town", "Der Hafen öffnet wieder nach dem Sturm\n\nVon Max Weber\n\n27.03.2025\n\n" + storyDE + "\nMehr zum Thema\n\nMax Weber\n\nRedaktion, Berlin\n",
			""},
		{"the newsroom beside a person", "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN + "\nRelated\n\nEditorial team, Ann Poe\n\nPrivacy Policy\n",
			""},
		{"the paper with its article as the byline, in German", "Der Hafen öffnet wieder nach dem Sturm\n\nvon Die Hafenpresse 27. März 2025\n\n" + storyDE,
			"Die Hafenpresse"},
		{"the paper with its article as the byline, in English", "Harbour reopens after the storm\n\nBy The Harbour Gazette\n\nMarch 27, 2025\n\n" + storyEN,
			"The Harbour Gazette"},
		{"the paper with its article as the byline, in Spanish", "El puerto reabre tras la tormenta\n\nPor El Diario del Puerto\n\n27 de marzo de 2025\n\n" + storyES,
			"El Diario del Puerto"},
		{"a heading with an article under the headline", "Harbour reopens after the storm\n\nBy The Numbers\n\nMarch 27, 2025\n\n" + storyEN,
			""},
		{"a person's role with an article as the byline", "Der Hafen öffnet wieder nach dem Sturm\n\nvon Die Sängerin Anna Roth\n\n27.03.2025\n\n" + storyDE,
			""},
		{"about the paper, its name again in the fine print, in Portuguese", "Porto reabre depois da tempestade\n\nPor Ana Souza\n\n27 de março de 2025\n\n" + storyPT + "\nMais lidas\n\nEncontrou algo errado?Sobre a Gazeta da Costa\n\nSobre a Gazeta da Costa\n\nAo se cadastrar, você concorda em receber conteúdos e promoções da Gazeta da Costa.\n",
			"Gazeta da Costa"},
		{"about the paper, its name again in the fine print, in English", "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN + "\nRelated\n\nAbout the Harbour Gazette\n\nBy signing up you agree to receive news and offers from the Harbour Gazette.\n",
			"Harbour Gazette"},
		{"about the paper, its name nowhere else", "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN + "\nRelated\n\nAbout the Harbour Gazette\n\nPrivacy Policy\n",
			""},
		{"about the writer", "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN + "\nRelated\n\nAbout Jane Doe\n\nJane Doe writes about the coast for the paper.\n\nMore from Jane Doe\n",
			""},
		{"the site's domain under a long story", "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN + "\n" + moreEN + "\nHarbourcheck.com\n\nSince 1994\n\nSupport Harbourcheck and make a difference for readers everywhere.\n\n" + footer,
			"Harbourcheck.com"},
		{"the site's domain under a long story, in German", "Der Hafen öffnet wieder nach dem Sturm\n\nVon Max Weber\n\n27.03.2025\n\n" + storyDE + "\n" + moreDE + "\nHafenblick.de\n\nSeit 1994\n\nUnterstützen Sie Hafenblick mit einem Abo.\n\n" + footer,
			"Hafenblick.de"},
		{"a shop's domain under a story that tells of it", "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN + "\n" + moreEN + "\nThe harbour shop now sells its nets on Netstall and ships them along the coast.\n\nNetstall.com\n\nSince 1994\n\nSupport Netstall sellers on the coast.\n\n" + footer,
			""},
	})
}
