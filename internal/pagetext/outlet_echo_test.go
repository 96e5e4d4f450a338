package pagetext

import "testing"

// A site's name in a footer's follow line, a copyright sign with no
// year or a source line, outside English too, when the page also prints
// the name as a line of its own; and the same lines naming a person, or
// a name printed nowhere else, which give no outlet.
func TestEchoedName(t *testing.T) {
	for _, c := range []struct{ name, page, outlet string }{
		{"a follow line and the masthead, in German", "Startseite\n\nNordküsten Kurier\n\nDer Hafen öffnet wieder nach dem Sturm\n\nVon Max Weber\n\n" + storyDE +
			"\nMehr zum Thema\n\nNordküsten Kurier auf X folgen\n\nImpressum\n", "Nordküsten Kurier"},
		{"a follow-us line and the footer's name, in Spanish", "Portada\n\nEl puerto reabre tras la tormenta\n\nPor Ana Ruiz\n\n" + storyES +
			"\nSíguenos en Twitter: Diario del Litoral\n\nAviso legal\n\nDiario del Litoral\n", "Diario del Litoral"},
		{"a follow line and the masthead, in French", "Accueil\n\nLe Courrier du Littoral\n\nLe port rouvre après la tempête\n\nPar Jeanne Dupont\n\n" + storyFR +
			"\nSuivez Le Courrier du Littoral sur Facebook\n\nMentions légales\n", "Le Courrier du Littoral"},
		{"a follow line and the masthead, in Portuguese", "Início\n\nJornal do Litoral\n\nPorto reabre depois da tempestade\n\nPor João Silva\n\n" + storyPT +
			"\nSiga o Jornal do Litoral no Instagram\n\nPolítica de privacidade\n", "Jornal do Litoral"},
		{"a follow line and the masthead, in Italian", "Home\n\nGazzetta del Porto\n\nIl porto riapre dopo la tempesta\n\nDi Marco Rossi\n\n" + storyIT +
			"\nSegui Gazzetta del Porto su Facebook\n\nPrivacy\n", "Gazzetta del Porto"},
		{"a copyright sign with no year and the masthead", "Startseite\n\nNordküsten Kurier\n\nDer Hafen öffnet wieder nach dem Sturm\n\nVon Max Weber\n\n" + storyDE +
			"\nImpressum\n\n© Nordküsten Kurier – Alle Rechte vorbehalten\n", "Nordküsten Kurier"},
		{"a newsletter line and the masthead, in German", "Startseite\n\nNordküsten Kurier\n\nDer Hafen öffnet wieder nach dem Sturm\n\nVon Max Weber\n\n" + storyDE +
			"\nDer Newsletter von Nordküsten Kurier\n\nImpressum\n", "Nordküsten Kurier"},
		{"a follow line with the name nowhere else", "Startseite\n\nDer Hafen öffnet wieder nach dem Sturm\n\nVon Max Weber\n\n" + storyDE +
			"\nFolgen Sie dem Nordküsten Kurier auf Instagram\n\nImpressum\n", ""},
		{"a writer's box and the writer's name", "Home\n\nHarbour reopens after the storm\n\nMarch 27, 2025\n\n" + storyEN +
			"\nAbout Peter Lindqvist\n\nPeter Lindqvist\n\nFollow Peter Lindqvist on X\n", ""},
	} {
		a, _, err := Parse([]byte(c.page))
		if err != nil {
			t.Fatal(err)
		}
		if a.Outlet != c.outlet {
			t.Errorf("%s: outlet %q, want %q", c.name, a.Outlet, c.outlet)
		}
	}
}

// A wire story outside English dates itself before the agency's name:
// "Madrid, 12 mar (EFE).-", "МОСКВА, 12 марта. /ТАСС/.". An agency the
// story quotes further on is no dateline.
func TestDatedWireOutlet(t *testing.T) {
	for _, c := range []struct{ line, outlet string }{
		{"Villamar, 12 mar (EFE).- El puerto reabre tras la tormenta.", "EFE"},
		{"MADRID, 12 Mar. (EUROPA PRESS) - El puerto reabre tras la tormenta.", "Europa Press"},
		{"ROMA, 12 MAR - (ANSA) - Il porto riapre dopo la tempesta.", "ANSA"},
		{"Lisboa, 12 mar 2024 (Lusa) - O porto reabre depois da tempestade.", "Lusa"},
		{"Berlin, 12. März (dpa) - Der Hafen öffnet wieder.", "dpa"},
		{"МОСКВА, 12 марта. /ТАСС/. Порт вновь откроется в понедельник.", "TASS"},
		{"МОСКВА, 12 мар — РИА Новости. Порт вновь откроется в понедельник.", "RIA Novosti"},
		{"El alcalde, según la agencia (EFE), dijo que el puerto reabre.", ""},
		{"Порт откроется в понедельник, сообщает РИА Новости со ссылкой на мэрию.", ""},
	} {
		if got := datedWireOutlet(c.line); got != c.outlet {
			t.Errorf("datedWireOutlet(%q) = %q, want %q", c.line, got, c.outlet)
		}
	}
}

// A dated dateline names the agency of a page that names no other site;
// a paper that buys the story names itself in its footer.
func TestDatedWireOnPage(t *testing.T) {
	for _, c := range []struct{ page, outlet string }{
		{"El puerto reabre tras la tormenta\n\n12 de marzo de 2025\n\nVillamar, 12 mar (EFE).- " + storyES, "EFE"},
		{"El puerto reabre tras la tormenta\n\n12 de marzo de 2025\n\nVillamar, 12 mar (EFE).- " + storyES + "\nAviso legal\n\n© 2025 Diario del Litoral\n", "Diario del Litoral"},
	} {
		a, _, err := Parse([]byte(c.page))
		if err != nil {
			t.Fatal(err)
		}
		if a.Outlet != c.outlet {
			t.Errorf("outlet %q, want %q (page ending %q)", a.Outlet, c.outlet, c.page[len(c.page)-60:])
		}
	}
}

// A footer's copyright line with no year names the site when it says
// its owner reserves all rights, in the page's language; a copyright
// sign over a name alone credits a picture.
func TestCopyrightWithoutYear(t *testing.T) {
	for _, c := range []struct{ page, outlet string }{
		{"Harbour reopens after the storm\n\nBy Jane Doe\n\n" + storyEN + "\nCopyright © The Northam Shimbun. All rights reserved.\n", "The Northam Shimbun"},
		{"Der Hafen öffnet wieder nach dem Sturm\n\nVon Max Weber\n\n" + storyDE + "\nImpressum\n\n© Nordküsten Kurier – Alle Rechte vorbehalten\n", "Nordküsten Kurier"},
		{"El puerto reabre tras la tormenta\n\nPor Ana Ruiz\n\n" + storyES + "\nAviso legal\n\nTodos los derechos reservados © Diario del Litoral\n", "Diario del Litoral"},
		{"Le port rouvre après la tempête\n\nPar Jeanne Dupont\n\n" + storyFR + "\n© Le Courrier du Littoral - Tous droits réservés\n", "Le Courrier du Littoral"},
		{"Il porto riapre dopo la tempesta\n\nDi Marco Rossi\n\n" + storyIT + "\nCopyright 2025 © Gazzetta del Porto S.r.l. - P.IVA 01234567890\n", "Gazzetta del Porto"},
		{"Harbour reopens after the storm\n\nBy Jane Doe\n\n" + storyEN + "\n© Peter Lindqvist\n", ""},
	} {
		a, _, err := Parse([]byte(c.page))
		if err != nil {
			t.Fatal(err)
		}
		if a.Outlet != c.outlet {
			t.Errorf("outlet %q, want %q (page ending %q)", a.Outlet, c.outlet, c.page[len(c.page)-60:])
		}
	}
}

// A box under the story in which a paper speaks of itself names the
// site, in English and outside it; the same box about a writer who
// writes for papers names none.
func TestPaperBox(t *testing.T) {
	for _, c := range []struct{ page, outlet string }{
		{"Harbour reopens after the storm\n\nBy Jane Doe\n\n" + storyEN + "\nShare this article\n\nNorthshore Courier\n\nNorthshore Courier is an independent daily newspaper covering the coast between Northam and the border since 1948.\n\nPrivacy policy\n", "Northshore Courier"},
		{"Der Hafen öffnet wieder nach dem Sturm\n\nVon Max Weber\n\n" + storyDE + "\nArtikel teilen\n\nNordküsten Kurier\n\nNordküsten Kurier ist eine unabhängige Tageszeitung für die Region zwischen Nordheim und der dänischen Grenze und erscheint seit 1948.\n\nImpressum\n", "Nordküsten Kurier"},
		{"Harbour reopens after the storm\n\nMarch 27, 2025\n\n" + storyEN + "\nShare this article\n\nPeter Lindqvist\n\nPeter Lindqvist is a newspaper columnist who has covered the coast between Northam and the border since 1998.\n\nPrivacy policy\n", ""},
	} {
		a, _, err := Parse([]byte(c.page))
		if err != nil {
			t.Fatal(err)
		}
		if a.Outlet != c.outlet {
			t.Errorf("outlet %q, want %q (page ending %q)", a.Outlet, c.outlet, c.page[len(c.page)-80:])
		}
	}
}
