package pagetext

import (
	"strings"
	"testing"
)

// The site named where it vouches for its reviews or says what it earns
// from its links, on made-up pages in several layouts and languages; and
// the names such words give that are not the site's.
func TestVouchedName(t *testing.T) {
	kettles := "The best kettles of the year\n\nBy Jane Doe\n\nMarch 27, 2025\n\nWe tried twelve kettles over a month and kept notes on how fast each one boiled and how loud it was.\n\n" +
		"The steel kettle won: it boils a litre in three minutes, and its lid opens wide enough to clean it.\n\n" +
		"The glass one was quieter, but it cracked after two weeks of daily use in our kitchen.\n\n"
	kessel := "Die besten Wasserkocher des Jahres\n\nVon Anna Schmidt\n\nWir haben zwölf Wasserkocher einen Monat lang getestet und notiert, wie schnell und wie laut jeder war.\n\n" +
		"Der Stahlkocher gewann: Er kocht einen Liter in drei Minuten, und sein Deckel öffnet sich weit genug zum Reinigen.\n\n"
	wantOutlets(t, []outletCase{
		{"a heading on why to trust the site, under the story", kettles + "Why Trust Kettlemark\n\nWe buy every kettle we test with our own money and use it for a month before we write a word.\n", "Kettlemark"},
		{"the heading as a question, in a table of contents over the story", strings.Replace(kettles, "March 27, 2025\n\n", "March 27, 2025\n\nIn this article\n\nOur picks\n\nWhy You Can Trust Boil Lab?\n\nHow we test\n\n", 1), "Boil Lab"},
		{"the heading in German", kessel + "Warum Sie Kochwerk vertrauen können\n\nWir kaufen jedes Gerät selbst und testen es einen Monat lang in unserer Küche.\n", "Kochwerk"},
		{"the heading in Spanish", "Las mejores teteras del año\n\nPor Ana García\n\nProbamos doce teteras durante un mes y anotamos lo rápido que hervía cada una y cuánto ruido hacía.\n\n" +
			"La tetera de acero ganó: hierve un litro en tres minutos y su tapa se abre lo bastante para limpiarla.\n\n¿Por qué confiar en Cocina Clara?\n\nCompramos cada tetera con nuestro dinero y la usamos un mes.\n", "Cocina Clara"},
		{"what the site earns from its links, over the story", "If you buy through our links, Kettlemark may earn an affiliate commission. Learn more.\n\n" + kettles, "Kettlemark"},
		{"a brand written in lower case first", kettles + "Support us! kettleLab may earn a small commission from affiliate links in this article. Learn more.\n", "kettleLab"},
		{"the disclosure after a clause", kettles + "It is worth noting that Harbour Analytics may have commercial relationships with some companies mentioned in its articles.\n", "Harbour Analytics"},
		{"the disclosure in French", "Les meilleures bouilloires de l'année\n\nPar Marie Dubois\n\nNous avons testé douze bouilloires pendant un mois et noté la vitesse et le bruit de chacune.\n\n" +
			"La bouilloire en acier a gagné : elle fait bouillir un litre en trois minutes.\n\nSi vous achetez via nos liens, Cuisine Claire peut percevoir une commission.\n", "Cuisine Claire"},
		{"the disclosure in German", kessel + "Transparenz: Kochwerk erhält eine Provision für Käufe über die Links in diesem Artikel.\n", "Kochwerk"},
		{"the site as us", kettles + "Why Trust Us?\n\nWe buy every kettle we test with our own money.\n", ""},
		{"the site's reviews", kettles + "Why You Can Trust Our Reviews\n\nWe buy every kettle we test with our own money.\n", ""},
		{"the writer", kettles + "Why Trust Jane Doe\n\nJane has tested kitchen gear for ten years.\n", ""},
		{"a common phrase", kettles + "Why trust the science\n\nThe tests were run three times each.\n", ""},
		{"a firm the story says earns from orders", kettles + "Analysts said Steelmark may receive a commission on every order placed through the app.\n", ""},
		{"a firm paid by another, after a relative clause", kettles + "A commercial relationship exists for which Quaymark Partners may receive a benefit from every order through these links.\n", ""},
		{"a platform's commission", kettles + "Amazon may earn a commission on each sale made through links on its marketplace.\n", ""},
		{"a disclosure in the first person", kettles + "We may earn a commission when you buy through links in this article.\n", ""},
	})
}

func TestNameBefore(t *testing.T) {
	for in, want := range map[string][2]string{
		"If you buy through our links, Example News": {"Example News", "If you buy through our links,"},
		"It is worth noting that Harbour Analytics":  {"Harbour Analytics", "It is worth noting that"},
		"Support us! iRunHarbour":                    {"iRunHarbour", "Support us!"},
		"the story says":                             {"", "the story says"},
		"Museum of the Coast":                        {"Museum of the Coast", ""},
	} {
		n, b := nameBefore(in)
		if n != want[0] || strings.TrimSpace(b) != want[1] {
			t.Errorf("nameBefore(%q) = %q, %q; want %q, %q", in, n, b, want[0], want[1])
		}
	}
}

// The site a note about the writer says the writer works at.
func TestStaffOf(t *testing.T) {
	harbour := "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\n" +
		"The harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n\n"
	wantOutlets(t, []outletCase{
		{"an editor's credit under the story, the site's domain on a chart", harbour + "Chart source: Quayline.com\n\nEdited & fact-checked by Jane Doe – Editor-in-Chief at Quayline Media and Coast Ratings (20 years in shipping news).\n", "Quayline Media"},
		{"a reporter's note, the site named again in the footer", harbour + "Jane Doe is a reporter for Elwin Weekly, where she covers the coast.\n\nSign up for the newsletter\n\nAbout Elwin Weekly\n", "Elwin Weekly"},
		{"a writer's note in German", "Der Hafen öffnet wieder nach dem Sturm\n\nVon Anna Schmidt\n\nDrei Wochen nach der Flut kehrten am Dienstag die Fischerboote in den Hafen zurück, und der erste Fang wurde bis Mittag am Kai verkauft.\n\n" +
			"Der Hafenmeister sagte, die Reparaturen hätten weniger gekostet als befürchtet, und der Kai werde im Sommer ganz offen sein.\n\nAnna Schmidt ist Redakteurin bei Küstenblatt und schreibt über Häfen.\n\nEin Angebot von Küstenblatt\n", "Küstenblatt"},
		{"the site's name in German quotes", "Der Hafen öffnet wieder nach dem Sturm\n\nVon Anna Schmidt\n\nDrei Wochen nach der Flut kehrten am Dienstag die Fischerboote in den Hafen zurück, und der erste Fang wurde bis Mittag am Kai verkauft.\n\n" +
			"Der Hafenmeister sagte, die Reparaturen hätten weniger gekostet als befürchtet, und der Kai werde im Sommer ganz offen sein.\n\nAnna Schmidt\n\nAnna Schmidt ist Redakteurin bei »Kuestenblatt.de« und schreibt über Häfen.\n", "Kuestenblatt.de"},
		{"the site's name in French quotes, spaced", "Le port rouvre après la tempête\n\nPar Marie Dubois\n\nLes bateaux de pêche sont revenus au port mardi, trois semaines après l'inondation, et la première prise a été vendue sur le quai avant midi.\n\n" +
			"Le capitaine du port a déclaré que les réparations avaient coûté moins cher que prévu et que le quai serait ouvert cet été.\n\nMarie Dubois est journaliste chez « Le Courrier du Littoral » depuis 2015.\n\nRetrouvez « Le Courrier du Littoral » chaque matin en kiosque.\n", "Le Courrier du Littoral"},
		{"the site's name in Spanish quotes", "El puerto reabre tras la tormenta\n\nPor Ana Ruiz\n\nLos barcos de pesca volvieron al puerto el martes, tres semanas después de la inundación, y la primera captura se vendió en el muelle antes del mediodía.\n\n" +
			"El capitán del puerto dijo que las reparaciones costaron menos de lo temido y que el muelle abrirá del todo en verano.\n\nAna Ruiz es periodista en «Diario del Puerto» desde 2012.\n\nSuscríbete a «Diario del Puerto» y recibe las noticias cada mañana.\n", "Diario del Puerto"},
		{"where the writer worked before", harbour + "Jane Doe is a former reporter for Elwin Weekly, which closed in 2019.\n\nThe archive of Elwin Weekly is kept by the town library and open to all.\n", ""},
		{"a writer for a site the page names once", harbour + "Jane Doe is a writer for Coast Monthly and lives by the harbour.\n", ""},
		{"someone the story quotes", harbour + "Ann Poe, an editor at Tidewater Press, said the quay was safe. Tidewater Press will print a book on it.\n", ""},
	})
}

// The company that cards crediting quotes give as two people's employer.
func TestStaffCards(t *testing.T) {
	roundup := "Is the harbour trade changing?\n\nMarch 27, 2025\n\nWe asked the people who run our shipping desk what the new rules mean for small ports this year.\n\n" +
		"Fees will rise, but the quays that plan ahead will keep their boats and their crews through the winter.\n\n"
	card := func(who, job, firm, said string) string {
		return who + ", " + job + ", " + firm + "\n\n" + said + "\n\n"
	}
	wantOutlets(t, []outletCase{
		{"two of the company's people quoted", roundup + card("Jane Doe", "VP, Services and Strategy", "Quaymark", "The ports that wait will pay the most, and they will pay it next spring when the rules start.") +
			card("John Roe", "Chief Product Officer", "Quaymark", "Our customers ask for one thing above all: to know the fees a month ahead, not a day."), "Quaymark"},
		{"the cards in German", "Was ändert sich im Hafenhandel?\n\nWir haben unsere Fachleute gefragt, was die neuen Regeln für kleine Häfen in diesem Jahr bedeuten.\n\n" +
			"Die Gebühren steigen, aber die Häfen, die vorausplanen, behalten ihre Boote und Mannschaften.\n\n" +
			card("Anna Schmidt", "Leiterin Marketing", "Küstenwerk", "Die Häfen, die warten, zahlen am meisten, und zwar im nächsten Frühjahr.") +
			card("Jonas Weber", "Geschäftsführer", "Küstenwerk", "Unsere Kunden wollen die Gebühren einen Monat im Voraus kennen."), "Küstenwerk"},
		{"one person a story quotes", roundup + card("Ann Poe", "CEO", "Tidewater Freight", "The ports that wait will pay the most, and they will pay it next spring when the rules start."), ""},
		{"people of two firms", roundup + card("Ann Poe", "CEO", "Tidewater Freight", "The ports that wait will pay the most, and they will pay it next spring when the rules start.") +
			card("John Roe", "Head of Research", "Coastline Partners", "Fees are only half of it: the crews are the harder part to keep."), ""},
		{"the firm the headline is about", strings.Replace(roundup, "Is the harbour trade changing?", "Quaymark changes its harbour fees", 1) +
			card("Jane Doe", "VP, Services", "Quaymark", "The ports that wait will pay the most, and they will pay it next spring when the rules start.") +
			card("John Roe", "Chief Product Officer", "Quaymark", "Our customers ask for one thing above all: to know the fees a month ahead."), ""},
	})
}

type outletCase struct{ name, page, want string }

// wantOutlets parses each page and checks the outlet it gives.
func wantOutlets(t *testing.T, cases []outletCase) {
	t.Helper()
	for _, c := range cases {
		a, _, err := Parse([]byte(c.page))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if a.Outlet != c.want {
			t.Errorf("%s: outlet %q, want %q", c.name, a.Outlet, c.want)
		}
	}
}

// The company that the cards of other stories under the story credit as
// their writer.
func TestTeaserCards(t *testing.T) {
	story := "Why teams meet every morning\n\nBy Jane Doe\n\nMarch 27, 2025\n\nMost teams start the day with a short meeting where each person says what they did yesterday and what they will do today.\n\n" +
		"The meeting is short on purpose: ten minutes is enough to find who is stuck and who can help, and the rest of the day is left for the work and for the marketing of the news we make.\n\n" +
		"Related Resources\n\n"
	card := func(by, head string) string {
		return "A person at a desk with a laptop\n\n" + by + "\n\n" + head + "\n\n" +
			"New tools and languages reshape the trade every year, and for those just starting out the pace can feel both exciting and hard. How do you keep up without […]\n\n"
	}
	wantOutlets(t, []outletCase{
		{"two cards crediting a school", story + card("Tessel Academy", "Staying Sharp: Learning for a Whole Career") + card("Tessel Academy", "What Is a Code Review? The Basics Explained"), "Tessel Academy"},
		{"one card", story + card("Tessel Academy", "Staying Sharp: Learning for a Whole Career"), ""},
		{"two cards crediting a person", story + card("Ann Poe", "Staying Sharp: Learning for a Whole Career") + card("Ann Poe", "What Is a Code Review? The Basics Explained"), ""},
		{"two cards under a section's label", story + card("Marketing News", "Staying Sharp: Learning for a Whole Career") + card("Marketing News", "What Is a Code Review? The Basics Explained"), ""},
	})
}
