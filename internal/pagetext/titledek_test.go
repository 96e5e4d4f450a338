package pagetext

import (
	"strings"
	"testing"
)

// A standfirst printed over its headline: the shorter line under it is
// the headline when the page names it elsewhere as its own, in the
// window title, the breadcrumb trail or its address (made-up pages).
func TestHeadlineUnderStandfirstNamedAsPage(t *testing.T) {
	const dek = "The city says the repairs will take most of the year and cost about twelve million dollars, which it hopes to share with the region"
	esTitle, esDek := "El puerto cierra el puente viejo durante un año", "El Ayuntamiento asegura que las obras costarán doce millones de euros y que habrá más ferris mientras duren los trabajos"
	nav := []string{"Harbour Daily", "Home", "News", "Sport"}
	head := func(title, dek, by string, top ...string) string {
		return dump(append(append(top, "Politics", dek, title, by, "March 27, 2025"), storyParas...)...)
	}
	for _, c := range []struct {
		name, page, title, dek string // dek: the standfirst, no part of the body
	}{
		{"window title", head(storyTitle, dek, "By Jane Doe", append([]string{storyTitle + " | Harbour Daily"}, nav...)...), storyTitle, dek},
		{"window title with a dash", head(storyTitle, dek, "By Jane Doe", append([]string{storyTitle + " – Harbour Daily"}, nav...)...), storyTitle, dek},
		{"address", head(storyTitle, dek, "By Jane Doe", append(nav, "https://www.harbour-daily.example/news/2025/03/27/council-shuts-harbour-bridge-for-a-year-of-repairs/")...), storyTitle, dek},
		{"address without small words", head(storyTitle, dek, "By Jane Doe", append(nav, "https://www.harbour-daily.example/news/council-shuts-harbour-bridge-year-repairs.html")...), storyTitle, dek},
		{"trail", head(storyTitle, dek, "By Jane Doe", "Home › Politics › "+storyTitle), storyTitle, dek},
		{"Spanish window title", head(esTitle, esDek, "Por Ana Pérez", append([]string{esTitle + " | Diario del Puerto"}, nav...)...), esTitle, esDek},
		// The usual order is kept.
		{"headline over standfirst", dump(append(append([]string{storyTitle + " | Harbour Daily"}, nav...), append([]string{storyTitle, dek, "By Jane Doe", "March 27, 2025"}, storyParas...)...)...), storyTitle, dek},
	} {
		a, _ := mustParse(t, c.page)
		if a.Title != c.title || strings.Contains(a.Body, c.dek) {
			t.Errorf("%s: headline %q, body %q; want %q, without the standfirst", c.name, a.Title, a.Body, c.title)
		}
	}
}

// A window title that names the site before the headline, the page's
// only headline: the site's name is no part of it.
func TestSiteNameBeforeHeadline(t *testing.T) {
	for _, sep := range []string{" | ", " – ", " - "} {
		a, _ := mustParse(t, dump(append([]string{"Harbour Daily" + sep + storyTitle, "Home", "News", "Sport", "March 27, 2025", "By Jane Doe"}, append(storyParas, "© 2025 Harbour Daily")...)...))
		if a.Title != storyTitle {
			t.Errorf("%q: headline %q, want %q", sep, a.Title, storyTitle)
		}
	}
	// A label before a bar is no site's name unless the page names its
	// outlet so.
	if got := withoutSiteNameFirst("Opinion | "+storyTitle, "Harbour Daily"); got != "Opinion | "+storyTitle {
		t.Errorf("headline %q", got)
	}
	if got := withoutSiteNameFirst("Harbour Daily-"+storyTitle, "Harbour Daily"); !strings.HasPrefix(got, "Harbour Daily") {
		t.Errorf("headline %q", got)
	}
}

// An item of a news ticker over the headline is no headline, in the
// languages read; a headline of breaking news, told in the story under
// it, stays one (made-up pages).
func TestHeadlineUnderTickerItem(t *testing.T) {
	for _, c := range []struct{ top, title string }{
		{"BREAKING: Earthquake shakes the south of the country, no victims reported so far", storyTitle},
		{"ÚLTIMA HORA: Un terremoto sacude el sur del país sin que se hayan registrado víctimas", storyTitle},
		{"EILMELDUNG | Erdbeben erschüttert den Süden des Landes, bisher keine Opfer gemeldet", storyTitle},
		{"Dernière minute – Un séisme secoue le sud du pays, aucune victime signalée", storyTitle},
		{"", "BREAKING: Council shuts harbour bridge for a year of repairs"},
	} {
		lines := []string{"Harbour Daily", "Home", "News"}
		if c.top != "" {
			lines = append(lines, c.top, storyTitle)
		} else {
			lines = append(lines, c.title, "Engineers found the steel under the deck rusted through, and ferries will run instead")
		}
		a, _ := mustParse(t, dump(append(append(lines, "By Jane Doe", "March 27, 2025"), storyParas...)...))
		if a.Title != c.title {
			t.Errorf("%q: headline %q, want %q", c.top, a.Title, c.title)
		}
	}
}

// The page's window title, its headline with the site's name after a
// bar, a dash or a double colon, or glued on, is no headline when the
// page prints the headline alone as well: the line alone is taken, a
// headline in capitals or a question too (made-up pages).
func TestHeadlineOutOfTitleBar(t *testing.T) {
	const caps = "STORM SHUTS THE COAST ROAD FOR A WEEK"
	const question = "Can the town still afford its ferry?"
	const greek = "ΚΛΕΙΣΤΟΣ Ο ΠΑΡΑΛΙΑΚΟΣ ΔΡΟΜΟΣ ΓΙΑ ΜΙΑ ΕΒΔΟΜΑΔΑ"
	for _, c := range []struct{ bar, title string }{
		{caps + " :: Harbour Daily", caps},
		{caps + " – Harbour Daily", caps},
		{question + "Harbour Daily", question},
		{storyTitle + " :: Harbour Daily", storyTitle},
		{greek + " – Νέα του Λιμανιού", greek},
	} {
		a, _ := mustParse(t, dump(append([]string{c.bar, "Home", "News", "Sport", c.title, "Updated: March 27, 2025", "By Jane Doe"}, storyParas...)...))
		if a.Title != c.title {
			t.Errorf("%q: headline %q, want %q", c.bar, a.Title, c.title)
		}
	}
	// A headline with a tail of its own, printed once, keeps it.
	a, _ := mustParse(t, dump(append([]string{"Home", "News", "Storm shuts the coast road – Ferries Run Instead", "By Jane Doe", "March 27, 2025"}, storyParas...)...))
	if a.Title != "Storm shuts the coast road – Ferries Run Instead" {
		t.Errorf("headline %q", a.Title)
	}
}

// A headline over its standfirst, the standfirst a statement closed by a
// full stop that the ranker takes: the line over it is the headline when
// the page names it elsewhere as its own (the window title), a byline or
// dateline between the two or not (made-up pages).
func TestHeadlineOverStandfirstNamedAsPage(t *testing.T) {
	story := []string{"A assembleia aprovou o acordo no fim da noite. O metrô deve operar normalmente a partir da primeira hora desta quinta-feira, segundo a companhia.",
		"Segundo a prefeitura, novos detalhes serão divulgados nas próximas semanas, depois de reuniões com moradores e comerciantes do centro.",
		"A oposição elogiou a medida, mas cobrou mais clareza sobre a origem dos recursos e o prazo das obras anunciadas pelo governo."}
	const title, dek = "Greve terminou", "Metroviários aceitam proposta e trens voltam a circular amanhã."
	for _, bar := range []string{title + " :: Jornal do Porto", title + " - Jornal do Porto"} {
		a, _ := mustParse(t, dump(append([]string{bar, "Jornal do Porto", "Início · Brasil · Mundo · Economia", title, dek, "27/03/2025 - 09:52", "Ana Pires, de Lisboa", "Compartilhar", "Facebook", "X"}, story...)...))
		if a.Title != title {
			t.Errorf("%q: headline %q, want %q", bar, a.Title, title)
		}
	}
	// A statement the page names as its headline stays the headline.
	a, _ := mustParse(t, dump(append([]string{"Jornal do Porto", "Início · Brasil · Mundo · Economia", title, dek + " - Jornal do Porto", dek, "27/03/2025 - 09:52", "Ana Pires, de Lisboa"}, story...)...))
	if a.Title != dek {
		t.Errorf("headline %q, want %q", a.Title, dek)
	}
}

// A window title that names the site before the headline ('Site: Headline',
// 'Site | Headline'), after a middle dot ('Headline · Site') or in a long
// name ('Headline - The Upper Vale Farmers and Growers Weekly') gives way
// to the line that prints the headline alone, in any script (made-up pages).
func TestHeadlineOutOfTitleBarSiteFirst(t *testing.T) {
	const hindi = "नगर निगम ने बस सेवा बढ़ाने की योजना को मंज़ूरी दी"
	const arabic = "البلدية تعلن موعد افتتاح الجسر الجديد"
	const long, hindiSite = "The Upper Vale Farmers and Growers Weekly", "पूर्वांचल का दैनिक हिंदी अख़बार"
	for _, c := range []struct{ bar, title string }{
		{"Harbour Daily: " + storyTitle, storyTitle},
		{long + " | " + storyTitle, storyTitle},
		{storyTitle + " - " + long, storyTitle},
		{storyTitle + " · Harbour Daily", storyTitle},
		{hindiSite + ": " + hindi, hindi},
		{arabic + " · صوت الساحل", arabic},
	} {
		for _, top := range [][]string{{c.bar, c.title, "Jane Doe"}, {c.bar, c.title}} {
			page := append(append(top, storyParas...), "© 2025 "+long, "© 2025 "+hindiSite)
			a, _ := mustParse(t, dump(page...))
			if a.Title != c.title {
				t.Errorf("%q: headline %q, want %q", top, a.Title, c.title)
			}
		}
	}
	// A headline whose label before a colon is printed alone does not lose it.
	const h = "Analysis: Council shuts harbour bridge"
	a, _ := mustParse(t, dump(append([]string{"Home", "News", h, "By Jane Doe", "March 27, 2025"}, storyParas...)...))
	if a.Title != h {
		t.Errorf("headline %q, want %q", a.Title, h)
	}
}

// A short headline in capitals over a standfirst that states the news in
// a sentence is the headline, in any language with capitals; a kicker in
// capitals over a headline in title case that closes with a full stop is
// not.
func TestShoutedHeadlineOverStandfirst(t *testing.T) {
	for _, c := range []struct{ shout, under, want string }{
		{"PIER REOPENS", "Divers finished the repairs a month early and the boats can tie up again from Monday morning.", "PIER REOPENS"},
		{"STEG WIEDER OFFEN", "Die Taucher haben die Reparatur einen Monat früher beendet, ab Montag legen wieder Boote an.", "STEG WIEDER OFFEN"},
		{"ПРИЧАЛ ОТКРЫТ", "Водолазы закончили ремонт на месяц раньше, и с понедельника к причалу снова пристают лодки.", "ПРИЧАЛ ОТКРЫТ"},
		{"HARBOUR WORKS", "Pier Reopens Early After Divers Finish the Repairs. What Boat Owners Should Know.", "Pier Reopens Early After Divers Finish the Repairs. What Boat Owners Should Know."},
	} {
		page := []string{"Home", "Local", "Sport", c.shout, c.under, "By Ada Corrigan", "March 3, 2026",
			"The harbour board said the pier would open to small boats on Monday, a month before the date it had given in the spring.",
			"Divers worked through the winter to replace the timber piles that a storm had loosened, and the deck was relaid last week.",
			"Boat owners who moored elsewhere during the works will get their old berths back, the board said in a letter to members."}
		if got := headlineOf(strings.Join(page, "\n\n")); got != c.want {
			t.Errorf("headline %q, want %q", got, c.want)
		}
	}
}
