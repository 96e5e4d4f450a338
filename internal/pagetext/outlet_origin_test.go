package pagetext

import "testing"

// A credit line under a story outside English names where it first ran;
// a sentence about a book with the same verbs names no outlet.
func TestOriginallyElsewhere(t *testing.T) {
	const (
		storyDE = "Drei Wochen nach der Flut kehrten am Dienstag die Fischerboote in den Hafen zurück, und der erste Fang wurde bis Mittag am Kai verkauft.\n\nDer Hafenmeister sagte, die Reparaturen hätten weniger gekostet als befürchtet, und der Kai werde im Sommer ganz offen sein.\n\n"
		storyES = "Los barcos de pesca volvieron al puerto el martes, tres semanas después de la riada que lo cerró, y la primera captura se vendió en el muelle a mediodía.\n\nEl capitán del puerto dijo que las obras costaron menos de lo temido y que el muelle abrirá del todo en verano.\n\n"
		storyFR = "Trois semaines après la crue, les bateaux de pêche sont rentrés au port mardi, et la première pêche a été vendue sur le quai avant midi.\n\nLe capitaine du port a dit que les travaux avaient coûté moins que prévu et que le quai serait tout à fait ouvert cet été.\n\n"
		storyIT = "Tre settimane dopo l'alluvione, martedì i pescherecci sono tornati in porto, e il primo pescato è stato venduto sul molo entro mezzogiorno.\n\nIl capitano del porto ha detto che i lavori sono costati meno del previsto e che il molo sarà aperto in estate.\n\n"
		storyPT = "Barcos de pesca voltaram ao porto na terça-feira, três semanas depois da enchente que o fechou, e o primeiro peixe foi vendido no cais ao meio-dia.\n\nO capitão do porto disse que os reparos custaram menos do que se temia e que o cais estará aberto no verão.\n\n"
	)
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
