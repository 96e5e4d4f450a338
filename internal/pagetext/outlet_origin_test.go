package pagetext

import "testing"

// A credit line under a story outside English names where it first ran;
// a sentence about a book with the same verbs names no outlet.
func TestOriginallyElsewhere(t *testing.T) {
	for _, c := range []struct{ page, outlet, addr string }{
		{"Der Hafen öffnet wieder nach dem Sturm\n\nVon Max Weber\n\n" + storyDE + "Dieser Artikel erschien zuerst im Nordküsten Kurier.\n", "Nordküsten Kurier", ""},
		{"Der Hafen öffnet wieder nach dem Sturm\n\nVon Max Weber\n\n" + storyDE + "Der Beitrag erschien zuerst auf kuestenbote.de.\n", "kuestenbote.de", ""},
		{"El puerto reabre tras la tormenta\n\nPor Ana Ruiz\n\n" + storyES + "Publicado originalmente en Diario del Litoral el 3 de mayo de 2025.\n", "Diario del Litoral", ""},
		{"Le port rouvre après la tempête\n\nPar Jeanne Dupont\n\n" + storyFR + "Cet article a été initialement publié par Le Courrier du Littoral.\n", "Le Courrier du Littoral", ""},
		{"Il porto riapre dopo la tempesta\n\nDi Marco Rossi\n\n" + storyIT + "Articolo pubblicato originariamente su Gazzetta del Porto.\n", "Gazzetta del Porto", ""},
		{"Porto reabre depois da tempestade\n\nPor João Silva\n\n" + storyPT + "Publicado originalmente no Jornal do Litoral.\n", "Jornal do Litoral", ""},
		{"Der Hafen öffnet wieder nach dem Sturm\n\nVon Max Weber\n\n" + storyDE + "Der Roman über den Hafen erschien zuerst im Jahr 1998 bei einem kleinen Verlag, der später von einem großen Haus übernommen wurde.\n", "", ""},
	} {
		a, _, err := Parse([]byte(c.page))
		if err != nil {
			t.Fatal(err)
		}
		if a.Outlet != c.outlet || a.SourceURL != c.addr {
			t.Errorf("outlet %q, source %q; want %q, %q (page %.80q…)", a.Outlet, a.SourceURL, c.outlet, c.addr, c.page)
		}
	}
}
