package pagetext

import "testing"

// A firm's list of the firms of its trade puts itself first and says so
// under its entry; a page offers the code that embeds its own player at
// its own address. A story that opens a paragraph with "That's us" under
// no entry, and embed code under no label, give no outlet.
func TestSourceOfListsAndEmbeds(t *testing.T) {
	list := "The Best Harbour Survey Firms of 2025\n\nEvery harbour needs a survey before the season, and picking the firm is the hard part.\n\n" +
		"We looked at twelve firms and ranked them on price, speed and the reports they write.\n\n"
	entry := "Ranked on price, speed and reports, with crews on every coast and a report within a week of the visit.\n\nPerfect for: harbours that want one firm for the whole season.\n\n"
	others := "2. Quayline Surveys\n\nQuayline has surveyed the northern ports for thirty years and sends two divers to every job.\n\n" +
		"3. Elwin Marine\n\nElwin Marine is the cheapest firm on the list, though its reports take a month.\n"
	wantOutlets(t, []outletCase{
		{"the list's first entry, the firm that writes it", list + "1. Tidewater Surveys\n\nLet’s start with ourselves because we have surveyed harbours for twenty years.\n\n" + entry + others,
			"Tidewater Surveys"},
		{"the entry under a picture's text", list + "1. Tidewater Surveys\n\nTidewater Surveys The Best Harbour Survey Firms\n\nYep, that's us! We are one of the leading survey firms on the coast.\n\n" + entry + others,
			"Tidewater Surveys"},
		{"the list's first entry, in German", "Die besten Hafengutachter 2025\n\nJeder Hafen braucht vor der Saison ein Gutachten, und die Wahl der Firma ist schwer.\n\n" +
			"1. Nordkai Gutachten\n\nJa, das sind wir! Seit zwanzig Jahren prüfen wir Häfen an der ganzen Küste.\n\n" +
			"2. Elwin Marine\n\nElwin Marine ist die günstigste Firma der Liste, doch ihre Berichte dauern einen Monat.\n",
			"Nordkai Gutachten"},
		{"the list's first entry, in Spanish", "Las mejores empresas de inspección portuaria de 2025\n\nCada puerto necesita una inspección antes de la temporada, y elegir la empresa es lo difícil.\n\n" +
			"1. Muelle Sur Inspecciones\n\nSí, somos nosotros: llevamos veinte años inspeccionando puertos en toda la costa.\n\n" +
			"2. Elwin Marine\n\nElwin Marine es la empresa más barata de la lista, aunque sus informes tardan un mes.\n",
			"Muelle Sur Inspecciones"},
		{"a story's paragraph that opens with the words", "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN +
			"\nThat's us in the photo, said the harbour master, pointing at the crew on the quay the morning after the flood.\n",
			""},
		{"the page's own player", "Harbour reopens after the storm\n\nMarch 27, 2025\n\n" + storyEN + "\nEmbed  <iframe src=\"https://www.harbourradio.org/player/embed/4856\" width=\"100%\" height=\"290\"></iframe>\n",
			"harbourradio.org"},
		{"the page's own file, its code written out", "harbour-notes.md\n\nLast active March 27, 2025\n\nEmbed  Clone this repository at &lt;script src=&quot;https://notes.harbourcode.io/jdoe/4856.js&quot;&gt;&lt;/script&gt;\n\nHarbour reopens after the storm\n\n" + storyEN,
			"notes.harbourcode.io"},
		{"a player's code in the story, with no label", "Harbour reopens after the storm\n\nMarch 27, 2025\n\n" + storyEN + "\nThe station's code, <iframe src=\"https://www.harbourradio.org/player/4856\"></iframe>, is free to use.\n",
			""},
	})
}
