package pagetext

import (
	"strings"
	"testing"
)

func TestWireOutlet(t *testing.T) {
	for in, want := range map[string]string{
		"WASHINGTON (AP) — The Senate voted on Tuesday to approve the bill.":           "Associated Press",
		"LONDON, March 27 (Reuters) - Shares rose in early trade.":                     "",
		"NEW DELHI (Reuters) - Shares rose in early trade.":                            "Reuters",
		"PARIS (AFP) – Le gouvernement a annoncé mardi une réforme.":                   "Agence France-Presse",
		"(CNN) — A storm hit the coast overnight.":                                     "CNN",
		"The senator (R) - who spoke first - said no.":                                 "",
		"He said (in private) – nothing.":                                              "",
		"HONG KONG (CNN Business)A muddled view of the trade talks weighed on shares.": "CNN",
		"(Reuters) Shares rose in early trade.":                                        "Reuters",
		"BERLIN (dpa) Die Regierung hat am Dienstag eine Reform angekündigt.":          "dpa",
		"WASHINGTON (AP Photo) — A storm hit the coast overnight.":                     "",
		"Jane Doe (R) Said she would vote no.":                                         "",
		"PARIS (AFP) les marchés ont ouvert en baisse.":                                "",
		"MADRID (EFE).- El Gobierno aprobó el martes la reforma del puerto.":           "EFE",
		"BOGOTÁ (EFE). - El Congreso aprobó el martes la reforma.":                     "EFE",
		"El senador (R).- que habló primero - dijo que no.":                            "",
		// In the script of the story's language; a picture's credit in the
		// same brackets, with no story after it, names no agency.
		"القاهرة (رويترز) - أعاد ميناء المدينة فتح أبوابه يوم الأربعاء.": "Reuters",
		"【共同】 北町港は水曜日、修理工事を経て再開した。":                                      "Kyodo News",
		"【ワシントン共同】米議会は火曜日、港の法案を可決した。":                                    "Kyodo News",
		"（共同）北町港は水曜日に再開した。":                                              "Kyodo News",
		"(서울=연합뉴스) 시의회는 화요일 항만 계획을 승인했다.":                                "Yonhap",
		"新华社北京3月12日电 北町港12日重新开放。":                                        "Xinhua",
		"港の様子（共同）": "",
		"北町港は再開した。市長は（共同）会見で述べた。": "",
		"「新華社」北町港は12日に再開した。":      "Xinhua",
		"【北町】港は水曜日に再開した。":         "",
	} {
		if got := wireOutlet(in); got != want {
			t.Errorf("wireOutlet(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCopyrightOutlet(t *testing.T) {
	for in, want := range map[string]string{
		"© 2019 Cable News Network. All rights reserved.":           "Cable News Network",
		"Copyright © 2025 Example Media, Inc. All Rights Reserved.": "Example Media",
		"(c) 2010-2025 The Daily Planet | Privacy | Terms":          "The Daily Planet",
		"© Jane Doe": "",
		"Photo: © 2019 Getty Images, courtesy of the artist and the gallery": "Getty Images",
		"All rights reserved.": "",
		// The shapes footers print outside English and beyond the sign,
		// the year and the name in that order.
		"Copyright © Nordküsten Kurier 2025":                      "Nordküsten Kurier",
		"© Copyright 2025 Harbour Gazette. All rights reserved.":  "Harbour Gazette",
		"Harbour Gazette © 2025. All rights reserved.":            "Harbour Gazette",
		"© 2025 – Harbour Gazette":                                "Harbour Gazette",
		"© 2025 harbourgazette.com":                               "harbourgazette.com",
		"© 2025 Jornal do Litoral. Todos os direitos reservados.": "Jornal do Litoral",
		"Copyright © 2025 Diario del Litoral S.A.":                "Diario del Litoral",
		"© 2025 Nordküsten Kurier GmbH & Co. KG":                  "Nordküsten Kurier",
		"© 2025 Nordküsten Kurier – Alle Rechte vorbehalten":      "Nordküsten Kurier",
		"© 2025 北町新聞社 無断転載を禁じます":                                  "北町新聞社",
		"© 2025 صحيفة الشمال جميع الحقوق محفوظة":                  "صحيفة الشمال",
		"Photo: Jane Doe © 2025":                                  "",
		// A footer's row of links ends with the name and the sign.
		"Terms of Use | Privacy Policy | Harbour Gazette © 2025": "Harbour Gazette",
		"Impressum • Datenschutz • Nordküsten Kurier © 2025":     "Nordküsten Kurier",
		"Privacy | Photo: Jane Doe © 2025":                       "",
		// Outside English: the rights reserved in more languages (which
		// end the name and let a line without a year count), a name in
		// sentence case as Slavic, Greek and Hungarian papers write
		// theirs, in quotes or after a legal form that opens it; never
		// a phrase of English in sentence case, a picture's credit or
		// the rights alone.
		"© 2019–2025 Горный вестник. Все права защищены.":     "Горный вестник",
		"© Горный вестник. Все права защищены.":               "Горный вестник",
		"© 2025 Лісова газета. Усі права захищені":            "Лісова газета",
		"Copyright © 2025 Horské noviny":                      "Horské noviny",
		"© 2025 Hegyi Hírmondó. Minden jog fenntartva.":       "Hegyi Hírmondó",
		"© Vocea Muntelui. Toate drepturile rezervate.":       "Vocea Muntelui",
		"© Kabar Gunung. Hak cipta dilindungi undang-undang.": "Kabar Gunung",
		"© 2025 Η Φωνή του Βουνού":                            "Η Φωνή του Βουνού",
		"© «Горный вестник», 2025":                            "Горный вестник",
		"© 2025 ООО «Горный вестник». Все права защищены.":    "Горный вестник",
		"ⓒ 산악일보 무단전재 및 재배포 금지":                                "산악일보",
		"© קול ההר. כל הזכויות שמורות":                        "קול ההר",
		"© 2025 Все права защищены":                           "",
		"© 2025 Фото пресс-службы":                            "",
		"© 2025 Mountain news daily":                          "",
	} {
		if got := copyrightOutlet(in); got != want {
			t.Errorf("copyrightOutlet(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOriginallyPublished(t *testing.T) {
	for _, c := range []struct{ in, outlet, addr string }{
		{"This article was originally published by The Conversation.", "The Conversation", ""},
		{"This story originally appeared on Example News on May 3, 2025.", "Example News", ""},
		{"Originally published at https://blog.example.org/2025/05/harbour-reopens.", "blog.example.org", "https://blog.example.org/2025/05/harbour-reopens"},
		{"First published in The Daily Planet and republished with permission.", "The Daily Planet", ""},
		{"The bridge first opened in 1932.", "", ""},
		{"This article was originally published by the Coastline Courier.", "Coastline Courier", ""},
		{"This story originally appeared in the Harbor Ledger and is republished with permission.", "Harbor Ledger", ""},
		{"The idea first appeared in the United States in the 1970s.", "", ""},
	} {
		o, u := originallyPublished(c.in)
		if o != c.outlet || u != c.addr {
			t.Errorf("originallyPublished(%q) = %q, %q; want %q, %q", c.in, o, u, c.outlet, c.addr)
		}
	}
}

func TestStoryURL(t *testing.T) {
	title := "The Best Board Games of 2025"
	for u, want := range map[string]bool{
		"https://games.example.com/tabletop/2025/12/16/the-best-board-games-of-2025": true,
		"https://games.example.com/tabletop/2025/12/16/card-games-ranked":            false,
		"https://games.example.com/": false,
	} {
		if got := storyURL(u, title); got != want {
			t.Errorf("storyURL(%q) = %v, want %v", u, got, want)
		}
	}
}

func TestPlausibleDomain(t *testing.T) {
	for d, want := range map[string]bool{
		"Voz.us": true, "example.co.uk": true, "news.example.org": true,
		"context.Context": false, "navItem.title": false, "user.name": false, "writeup.md": false, "photo.jpg": false, "a.com": false, "v1.2": false, "001.graphics": false,
		"EXAMPLE.ORG": true, "Example.Org": true, "in.It": false, "end.The": false,
	} {
		if got := plausibleDomain(d); got != want {
			t.Errorf("plausibleDomain(%q) = %v, want %v", d, got, want)
		}
	}
}

// The outlet and the story's address as whole pages give them.
func TestSourceOfPage(t *testing.T) {
	for _, c := range []struct{ name, page, outlet, addr string }{
		{"wire dateline", "Senate approves the harbour bill\n\nBy Jane Doe\n\nMarch 27, 2025\n\nWASHINGTON (AP) — The Senate voted on Tuesday to approve the harbour bill after a long debate about its cost and about who would pay for it.\n\nThe bill now goes to the House, where its fate is less certain than it was in the Senate, members of both parties said.\n",
			"Associated Press", ""},
		{"copyright line", "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n\n© 2025 Port Elwin Gazette Ltd. All rights reserved.\n",
			"Port Elwin Gazette", ""},
		{"originally published", "Harbour reopens after the storm\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n\nThis article was originally published at https://gazette.example.com/2025/03/harbour-reopens-after-storm.\n",
			"gazette.example.com", "https://gazette.example.com/2025/03/harbour-reopens-after-storm"},
		{"masthead printed again", "Elwin Coast Review\n\nHarbour reopens after the storm\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n\nSubscribe to Elwin Coast Review for more stories from the coast.\n",
			"Elwin Coast Review", ""},
		{"site named in the author box", "Harbour reopens after the storm\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n\nJane Doe is a staff writer at ElwinCoast.com and lives by the harbour.\n",
			"ElwinCoast.com", ""},
		{"writer's address", "Harbour reopens after the storm\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n\nContact Jane Doe at jane.doe@elwincoast.org.\n",
			"elwincoast.org", ""},
		{"a shop the story names", "Best kettles of the year\n\nBy Jane Doe\n\nWe tried twelve kettles over a month and kept notes on how fast each one boiled and how loud it was.\n\nThe steel kettle won: it costs $45 at KettleShop.com and boils a litre in three minutes.\n\nThe glass one was quieter, but it cracked after two weeks of daily use in our kitchen.\n",
			"", ""},
		{"logo over the headline", "Elwin Coast logo\n\nHarbour reopens after the storm\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n",
			"Elwin Coast", ""},
		{"site credited as the author", "Harbour reopens after the storm\n\nMarch 27, 2025\n\nAuthor\n\nElwincoast\n\nShare\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n",
			"Elwincoast", ""},
		{"a picture's copyright in the story", "Harbour reopens after the storm\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe old harbour, 1966/printed 2015. © Ann Poe; courtesy of the Elwin Gallery.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n\nThe boats will sail again on Friday, and the market will open at dawn for the first time since the storm.\n",
			"", ""},
		{"a section over the headline", "Harbours\n\nHarbour reopens after the storm\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer, as the harbours of the coast will be.\n\nRead more about Harbours\n",
			"", ""},
		{"the story's address alone on a line, long enough to count as many words", "Share\n\nhttps://gazette.example.com/news/2025/03/27/harbour-reopens-after-the-storm-that-flooded-the-quay-in-march\n\nHarbour reopens after the storm\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n",
			"gazette.example.com", "https://gazette.example.com/news/2025/03/27/harbour-reopens-after-the-storm-that-flooded-the-quay-in-march"},
		{"a logo named by its place", "Left Logo\n\nHarbour reopens after the storm\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n",
			"", ""},
		{"a label over the headline that the story writes inside a longer word", "MSP\n\nHarbour managers meet in Elwin\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, and the managers of the coast's harbours met at the quay to talk about the storm.\n\nThe meeting served the needs of MSPs across the coast, who said the repairs had cost less than feared.\n",
			"", ""},
		{"the site's name under the headline, spoken of in the story", "Harbour reopens after the storm\n\nQuaymark\n\nMarch 27, 2025\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nQuaymark's survey of the coast found the repairs had cost less than feared, and the quay would be fully open by the summer.\n\nThe harbour master thanked the crews. Quaymark's next survey is due in the autumn, when the boats are counted again.\n",
			"Quaymark", ""},
		{"an editor at the site, its name alone in the footer", "Harbour reopens after the storm\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n\nJane Doe is an editor at Elwin Coast Review.\n\nElwin Coast Review\n",
			"Elwin Coast Review", ""},
		{"a box about the site under the story", "Harbour reopens after the storm\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n\nAbout Quayside Weekly\n\nSubscribe to Quayside Weekly for the best coastal stories every Friday.\n",
			"Quayside Weekly", ""},
		{"the site named only in its prose", "Harbour reopens after the storm\n\nBy Jane Doe\n\nThe Quayside Report covers one thing: the coast. Sign up for our newsletter.\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n\nThis story was produced by The Quayside Report, a nonprofit newsroom on the coast.\n",
			"Quayside Report", ""},
		{"a plan of another company the story tells readers to buy", "Best kettles of the year\n\nBy Jane Doe\n\nWe tried twelve kettles over a month and kept notes on how fast each one boiled and how loud it was.\n\nThe steel kettle won: if you subscribe to KettleCo's Plus plan, KettleCo sends a new filter every month.\n\nThe glass one was quieter, but it cracked after two weeks of daily use in our kitchen.\n",
			"", ""},
		{"a place of work of someone the story quotes", "Harbour reopens after the storm\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nAnn Poe, an editor at Tidewater Press, said the repairs had cost less than feared. Tidewater Press will print a book on the storm.\n\nThe harbour master said the quay would be fully open by the summer.\n",
			"", ""},
		{"products the story compares", "The best kettles of the year\n\nBy Jane Doe\n\nWe tried twelve kettles over a month and kept notes on how fast each one boiled and how loud it was.\n\nSteelBoil Pro\n\nSteelBoil Pro's lid opens wide, and SteelBoil Pro's spout pours cleanly even when the kettle is full.\n\nGlassBoil\n\nThe glass one was quieter, but it cracked after two weeks of daily use in our kitchen, and we would not buy it again.\n",
			"", ""},
		{"the site's domain at the end of a sentence", "Harbour reopens after the storm\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n\nThe opinions of guests do not reflect the views of ElwinCoast.com.\n",
			"ElwinCoast.com", ""},
		{"the site's staff credited as the writer", "Harbour reopens after the storm\n\nBy the Quaymark Staff\n\nMarch 27, 2025\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n",
			"Quaymark", ""},
		{"a team of the company credited as the writer", "Harbour reopens after the storm\n\nMarketing Team\n\nMarch 27, 2025\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n",
			"", ""},
		{"a heading about a team under the headline", "How to hire for a harbour\n\nMarch 27, 2025\n\nBuilding Your Team\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n",
			"", ""},
		{"a company writing as we", "Five ways to keep your boat dry\n\nBy Elwin Marine Care\n\nMarch 27, 2025\n\nA dry boat lasts longer, and a few habits keep the water out through the winter storms on the coast.\n\nCheck the seals every month and dry the deck after each trip, even a short one in calm weather.\n\nAt Elwin Marine Care, we check the seals of every boat we service for free, all year round.\n",
			"Elwin Marine Care", ""},
		{"a company's post on another site, a note crediting one of its people", "Five ways to keep your boat dry\n\nElwin Marine Care\n\nMarch 27, 2025\n\nThis blog post was authored by Ann Poe, Managing Principal, Elwin Marine Care.\n\nA dry boat lasts longer, and a few habits keep the water out through the winter storms on the coast.\n\nCheck the seals every month and dry the deck after each trip, even a short one in calm weather.\n\nAt Elwin Marine Care, we check the seals of every boat we service for free, all year round.\n",
			"", ""},
		{"a person writing of where they work", "Five ways to keep your boat dry\n\nBy Jane Doe\n\nMarch 27, 2025\n\nA dry boat lasts longer, and a few habits keep the water out through the winter storms on the coast.\n\nCheck the seals every month and dry the deck after each trip, even a short one in calm weather.\n\nAt Elwin Marine Care, we check the seals of every boat we service for free, all year round.\n",
			"", ""},
		{"the site speaking of itself as we", "Five ways to keep your boat dry\n\nMarch 27, 2025\n\nA dry boat lasts longer, and a few habits keep the water out through the winter storms on the coast.\n\nCheck the seals every month and dry the deck after each trip, even a short one in calm weather.\n\nAt Harbourlight Marine, we check the seals of every boat we service for free, all year round.\n\nBook a visit to Harbourlight Marine before the storms of the autumn.\n",
			"Harbourlight Marine", ""},
		{"a firm the story quotes speaking as we", "Harbour reopens after the storm\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\n\u201cAt Tidewater Freight, we moved every crate by hand for a week,\u201d said Ann Poe, who runs the firm.\n\nThe harbour master said the quay would be fully open by the summer, and Tidewater Freight would move the first crates.\n",
			"", ""},
		{"a firm written once, speaking as we", "Harbour reopens after the storm\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the quay would be fully open by the summer, and the crews agreed with him.\n\nAt Tidewater Freight, we moved every crate by hand for a week before the cranes were mended.\n",
			"", ""},
		{"the site's name beside the headline, as a title prints it", "Harbour reopens after the storm\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nHarbour reopens after the storm: | Quayside Gazette\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n",
			"Quayside Gazette", ""},
		{"the site's domain before the headline, as a picture's text gives it", "Harbour reopens after the storm\n\nBy Jane Doe\n\nquaysidegazette.com | Harbour reopens after the storm\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n",
			"quaysidegazette.com", ""},
		{"a button beside the headline", "Harbour reopens after the storm\n\nBy Jane Doe\n\nHarbour reopens after the storm :: View in Browser\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n",
			"", ""},
		{"a heading that quotes the headline", "Harbour fees explained\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the key considerations for their owners were the fees.\n\nKey Considerations \u2013 Harbour fees explained\n\nThe harbour master said the fees had risen less than feared and that the quay would be fully open by the summer.\n",
			"", ""},
		{"the writers signing with their blog's home address", "Three days on the coast path\n\nWe walked the coast path from Elwin to the lighthouse in three days, sleeping in the huts along the way.\n\nThe second day was the hardest: the path climbs the cliffs twice, and the wind never stopped.\n\nLinny and Pete https://coastwalkers.net/\n",
			"coastwalkers.net", ""},
		{"a name beside an address with a path under the story", "Three days on the coast path\n\nWe walked the coast path from Elwin to the lighthouse in three days, sleeping in the huts along the way.\n\nThe second day was the hardest: the path climbs the cliffs twice, and the wind never stopped.\n\nTidewater Trust https://tidewatertrust.org/paths/coast\n",
			"", ""},
		{"the last of a list of sources, each a long address", "Harbour reopens after the storm\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n\nThe crews worked through the nights of the second week, when the tide was low enough to reach the lower steps of the quay.\n\nA survey of the coast found that the older walls had held better than the newer ones, which surprised the engineers.\n\nThe market will open at dawn on Friday for the first time since the storm, and the boats will sail again at noon.\n\nThe town council will meet next month to decide how to pay for a higher wall before the storms of the autumn.\n\nSources\n\nhttps://www.tideworks.example/reports/2025/harbour-repairs-cost-estimate-final.html?ref=coast&utm_source=news\n\nhttps://www.coastguard.example/news/storm-of-march-2025/closures-and-reopenings-of-the-quays\n\nhttps://www.quaymark.org/\n",
			"", ""},
		{"the site's domain in the writer's box, its name in words in the footer", "Harbour reopens after the storm\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n\nJane Doe is a regular contributor to Coast Life Magazine and ElwinHarbourNews.com.\n\nTo join the conversation, become a member of Elwin Harbour News today!\n",
			"Elwin Harbour News", ""},
		{"another site's box under the story, its name in words", "Harbour reopens after the storm\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n\nRead more news like this on ElwinHarbourNews.com\n\nClick here to read the Elwin Harbour News paper edition\n",
			"", ""},
		{"a tool a story names twice near its end", "How I automate my weekly notes\n\nI set up a small workflow last month, and it has saved me an hour every week since I started.\n\nEvery Monday it gathers the notes I wrote over the week from my inbox, my phone and the paper pad on my desk.\n\nThe notes come in every shape: a line to myself, a photo of a whiteboard, a voice memo from the car.\n\nBefore, I sorted them by hand on Friday afternoons, which I came to dread more than any meeting.\n\nNow the sorting happens while I sleep, and the summary waits for me when I open my laptop.\n\nThe first version broke twice, both times because a note had no date, so I gave every note one.\n\nThe second version has run for six weeks without a single failure, which surprised me more than anyone.\n\nSetting it up took an evening, most of it spent reading how the steps pass data to each other.\n\nIf you try it, start with one source of notes and add the others once the first works well.\n\nThe trigger runs in Flowmill.com every Monday morning and gathers the notes from my inbox and my phone.\n\nThen a second step in Flowmill.com sorts them by project and mails me a summary before lunch.\n\nIt costs nothing for the few runs a week I need, and I have not had to touch it since the first week.\n",
			"", ""},
		{"a company credited as the writer, its box under the story", "Harbour reopens after the storm\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n\nPosted in News, Coast\n\nBy quaymark\n\nQuaymark is an independent publishing company specialised in the coast and its towns.\n",
			"Quaymark", ""},
		{"a company's box in German", "Der Hafen öffnet wieder nach dem Sturm\n\nDrei Wochen nach der Flut kehrten am Dienstag die Fischerboote in den Hafen zurück, und der erste Fang wurde bis Mittag am Kai verkauft.\n\nDer Hafenmeister sagte, die Reparaturen hätten weniger gekostet als befürchtet, und der Kai werde im Sommer ganz offen sein.\n\nTeilen: Facebook X E-Mail\n\nKüstenwerk\n\nKüstenwerk ist eine Agentur für Reisen an die Küste und schreibt über ihre Häfen und Dörfer.\n",
			"Küstenwerk", ""},
		{"a company's box in French", "Le port rouvre après la tempête\n\nTrois semaines après la crue, les bateaux de pêche sont rentrés au port mardi, et la première pêche a été vendue sur le quai avant midi.\n\nLe capitaine du port a dit que les travaux avaient coûté moins que prévu et que le quai serait tout à fait ouvert cet été.\n\nPartager : Facebook X E-mail\n\nMaison Littoral\n\nMaison Littoral est une entreprise familiale qui organise des séjours sur la côte depuis vingt ans.\n",
			"Maison Littoral", ""},
		{"a site named in common words, credited as the writer, speaking as we", "Harbour reopens after the storm\n\nWritten By Harbour Notes\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared, and his notes show the quay would be fully open by the summer.\n\nWritten By Harbour Notes\n\nWe write about the harbour, its boats and the people who work on the quay every week.\n",
			"Harbour Notes", ""},
		{"a person's box under the story", "Harbour reopens after the storm\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n\nWritten by Jane Doe\n\nJane Doe is a reporter at a publishing company on the coast, and we share her love of boats.\n",
			"", ""},
		{"a company a list in the story presents", "The best kettles of the year\n\nBy Jane Doe\n\nWe tried twelve kettles over a month and kept notes on how fast each one boiled and how loud it was.\n\nSteelmark\n\nSteelmark is a small kettle company, and its steel kettle boiled a litre in three minutes in our kitchen.\n\nThe glass one was quieter, but it cracked after two weeks of daily use, so it is not on the list.\n\nThe third kettle was the cheapest, and it was slow, but it still works after a month of use every day.\n",
			"", ""},
		{"the story's short link, its address on the next line", "Harbour reopens after the storm\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n\nWant to use this? Check the licence.\n\nShort link:\n\nhttps://quaymark.net/4856\n\nYou might also enjoy\n",
			"quaymark.net", "https://quaymark.net/4856"},
		{"a short address written without its scheme", "Harbour reopens after the storm\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n\nShort URL: harbour.gov/storms\nLast updated July 2, 2024\n",
			"harbour.gov", ""},
		{"a short link in German", "Der Hafen öffnet wieder nach dem Sturm\n\nDrei Wochen nach der Flut kehrten am Dienstag die Fischerboote in den Hafen zurück, und der erste Fang wurde bis Mittag am Kai verkauft.\n\nDer Hafenmeister sagte, die Reparaturen hätten weniger gekostet als befürchtet, und der Kai werde im Sommer ganz offen sein.\n\nKurzlink: https://kuestenwerk.de/a/123\n\nTeilen: Facebook X E-Mail\n",
			"kuestenwerk.de", "https://kuestenwerk.de/a/123"},
		{"a short link in French", "Le port rouvre après la tempête\n\nTrois semaines après la crue, les bateaux de pêche sont rentrés au port mardi, et la première pêche a été vendue sur le quai avant midi.\n\nLe capitaine du port a dit que les travaux avaient coûté moins que prévu et que le quai serait tout à fait ouvert cet été.\n\nLien court : https://www.littoral-infos.fr/?p=42\n",
			"littoral-infos.fr", "https://www.littoral-infos.fr/?p=42"},
		{"a short link at a shortener, which any site uses", "Harbour reopens after the storm\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n\nShort link: https://bit.ly/3xQz\n", "", ""},
		{"a permalink button without an address", "Harbour reopens after the storm\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n\nPermalink 34 Comments Feed for comments Back to top\n", "", ""},
		{"a site that speaks of itself as we once, its domain in its code", "Scaling our tests with mocks\n\nBy Jane Doe\n\nMost teams treat mocks as a shortcut that hides bugs until the day the real service goes down.\n\nAt Quaymark, we see it differently: mocks are how a small team keeps a large product honest.\n\nHere is the test that checks the lookup of an account by its domain before any request is made:\n\nfind(\"quaymark.io\")\n\nThe test runs in a second, and it has caught three bugs since the spring.\n",
			"Quaymark", ""},
		{"a firm that speaks as we once, no address of it", "Scaling our tests with mocks\n\nBy Jane Doe\n\nMost teams treat mocks as a shortcut that hides bugs until the day the real service goes down.\n\nAt Quaymark, we see it differently: mocks are how a small team keeps a large product honest.\n\nThe test runs in a second, and it has caught three bugs since the spring, the team told us.\n",
			"", ""},
		{"a show over the headline that quotes it", "Harbour Stars\n\nPublished 2 hours ago\n\nJane Roe leaves 'Harbour Stars' after a hard week on the quay\n\nBy Ann Poe\n\nJane Roe has left the dance show after three weeks, the producers of Harbour Stars said on Tuesday.\n\nHarbour Stars is filmed on the quay, and the crews of the boats come to watch every week.\n\nThe host said it had been the hardest week of the season, and the judges agreed with him.\n",
			"", ""},
		{"a film over the headline that quotes it in curly quotes", "Tide Line\n\nReviews\n\nWhy \u201cTide Line\u201d is the best harbour film of the year\n\nBy Ann Poe\n\nThe cast of Tide Line spent a whole winter on the quay, and it shows in every scene of the film.\n\nTide Line is two hours long, and the crews of the boats play themselves in most of them.\n\nThe director said it had been the hardest shoot of her life, and the actors agreed with her.\n",
			"", ""},
		{"a press contact at an organisation's abbreviation", "Harbour fees fall for the first time in ten years\n\nMarch 27, 2025\n\nFishing boats will pay less to use the harbour from May, three weeks after the flood closed it, the trust said on Tuesday.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n\nFor more information, please contact Ann Poe, Press Officer at the Elwin Harbour Trust (EHT), ann.poe@eht.org.\n",
			"Elwin Harbour Trust", ""},
		{"an office's address in a site's answers", "How to book a berth for the winter\n\nBerths for the winter open on the first of September, and most of them are taken within a week.\n\nCan I get a discount?\n\nYes! Simply email info@quaymark.com after you book a berth for the winter for a $10 rebate.\n\nThe harbour master said the quay would be fully open by the summer, and the berths will be ready by then.\n",
			"quaymark.com", ""},
		{"a newsroom's address in German", "Der Hafen öffnet wieder nach dem Sturm\n\nDrei Wochen nach der Flut kehrten am Dienstag die Fischerboote in den Hafen zurück, und der erste Fang wurde bis Mittag am Kai verkauft.\n\nHaben Sie Hinweise? Schreiben Sie an redaktion@kuestenbote.de, wir lesen jede Nachricht.\n\nDer Hafenmeister sagte, die Reparaturen hätten weniger gekostet als befürchtet, und der Kai werde im Sommer ganz offen sein.\n",
			"kuestenbote.de", ""},
		{"two organisations' addresses in a story", "Harbour reopens after the storm\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nVolunteers can write to info@elwintrust.org or to help@coastcrews.net to join the crews.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n",
			"", ""},
		{"the address of the company the headline names", "Quaymark recalls its steel kettles\n\nBy Jane Doe\n\nThe company said on Tuesday that the lids of some kettles sold since May may come loose when the water boils.\n\nOwners can write to support@quaymark.com for a new lid, which the company will send for free.\n\nNo one has been hurt, the company said, and the kettles can still be used with care until the new lid comes.\n",
			"", ""},
		{"a person's address in a story", "Harbour reopens after the storm\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nAnn Poe, who runs the market, asks buyers to write to her at ann.poe@tidewater.org before Friday.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n",
			"", ""},
		{"a chart's source under a short story, in Polish", "Ile jest warta godzina pracy w porcie\n\n28 kwietnia 2025, 06:29\n\nOto porty, w których godzina pracy jest warta najwięcej. Bez względu na to, jak ciężko pracują rybacy, liczy się port.\n\nPortal Portstat powołuje się na dane zebrane na rok 2024. Według nich godzina pracy w porcie Elwin jest warta najwięcej.\n\nportstat.com\n\nŹródło: Portstat.com\n",
			"", ""},
		{"a chart's source under a short story, in English", "What an hour of work is worth in the harbour\n\nMarch 27, 2025\n\nThese are the harbours where an hour of work adds the most, however hard the crews of the boats work.\n\nThe Portstat portal cites figures gathered for 2024, and by them an hour of work in Elwin is worth the most.\n\nportstat.com\n\nSource: Portstat.com\n",
			"", ""},
		{"a line that tells how to cite the story", "Harbour reopens after the storm\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n\nCitation: Harbour reopens after the storm (2025, March 3) retrieved 4 March 2025 from https://tidewire.org/news/2025-03-harbour-reopens-storm.html\n",
			"tidewire.org", "https://tidewire.org/news/2025-03-harbour-reopens-storm.html"},
		{"a reference the story cites, retrieved from another address", "Harbour reopens after the storm\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n\nElwin Port Authority (2024). Annual tonnage report. Retrieved March 4, 2025, from https://elwinport.example.org/reports/tonnage-2024\n",
			"", ""},
		{"nothing named", "Harbour reopens after the storm\n\nBy Jane Doe\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n",
			"", ""},
	} {
		a, _, err := Parse([]byte(c.page))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if a.Outlet != c.outlet || a.SourceURL != c.addr {
			t.Errorf("%s: outlet %q, source %q; want %q, %q", c.name, a.Outlet, a.SourceURL, c.outlet, c.addr)
		}
	}
}

// A line of many like capitalised words before an abbreviation of like
// letters must not make the outlet readers search every way to split
// the abbreviation among the words: a page of that shape would stall
// the import.
func TestSpelledByPrefixesLongNames(t *testing.T) {
	words := strings.Fields(strings.Repeat("Aaaaaaaaaa ", 14))
	if spelledByPrefixes(words, strings.Repeat("a", 60)+"b") {
		t.Error("a core the words cannot spell matched")
	}
	if !spelledByPrefixes(words, strings.Repeat("a", 20)) {
		t.Error("twenty letters from fourteen words of ten did not match")
	}
	for _, c := range []struct {
		words []string
		core  string
		want  bool
	}{
		{[]string{"Education", "Week"}, "edweek", true},
		{[]string{"European", "Food", "Information", "Council"}, "eufic", true},
		{[]string{"Education", "Week"}, "edutopia", false},
		{[]string{"Harbour", "News"}, "hnweekly", false},
		{[]string{"Harbour", "News", "Weekly"}, "hnweekly", true},
	} {
		if got := spelledByPrefixes(c.words, c.core); got != c.want {
			t.Errorf("spelledByPrefixes(%q, %q) = %v, want %v", c.words, c.core, got, c.want)
		}
	}
}

// A company credited as the writer, which the page calls by the first
// word of its name.
func TestCalledByFirstWord(t *testing.T) {
	guide := func(by, first string) string {
		return "A guide to the phases of a kitchen remodel\n\nBy " + by + "\n\nMarch 3, 2025\n\nShare on Facebook View " + first + "'s Instagram\n\n" +
			"A remodel runs in four phases: planning, design, preparation and building, and each renovation takes longer when the first is rushed.\n\n" +
			"In the planning phase you compare quotes and work with a " + first + " planner to choose the builder who fits your budget and your timeline.\n\n" +
			"The building phase is the longest, and a good renovation plan keeps it from running over by weeks.\n\n" +
			"Kick off your remodel with " + first + "\n\nGet a free consultation with " + first + " today.\n"
	}
	wantOutlets(t, []outletCase{
		{"a company's byline", guide("Tessel Renovation", "Tessel"), "Tessel Renovation"},
		{"a person's byline", guide("Jane Doe", "Jane"), ""},
	})
}

// A story that ends by sending the reader to its own site for more.
func TestLearnMoreAtDomain(t *testing.T) {
	story := "Startups with answers to the floods\n\nBy Jane Doe\n\nJune 3, 2021\n\nStartups funded by the agency are building tools to warn towns of floods days before the water rises, and to map where it will go.\n\n" +
		"One of them sells sensors that float in rivers and report the level every minute to the town hall over a cheap radio link.\n\n"
	wantOutlets(t, []outletCase{
		{"the last line of the story", story + "Learn more about our grants for startups at grants.tesselfund.org.\n", "grants.tesselfund.org"},
		{"a domain inside the sentence", story + "Learn more about the sensors at floatwatch.com, the company said on Tuesday.\n", ""},
		{"another line ending with a domain", story + "The sensors are sold at floatwatch.com.\n", ""},
	})
}

// A wire dateline in the script of the story's language names its agency
// as the Latin one does.
func TestScriptWireOutlet(t *testing.T) {
	for _, c := range []struct{ page, want string }{
		{"الرئيسية\n\nميناء المدينة الشمالية يعيد فتح أبوابه بعد العاصفة\n\n12 مارس 2025\n\nالقاهرة (رويترز) - أعاد ميناء المدينة الشمالية فتح أبوابه يوم الأربعاء بعد أسبوعين من أعمال الإصلاح. وقال مدير الميناء إن الأضرار كانت أكبر مما كان متوقعا.\n\nوبحسب البلدية، بلغت تكلفة الإصلاحات نحو أربعة ملايين دولار، وسيأتي جزء منها من صندوق الطوارئ الإقليمي.\n\nوأعرب الصيادون في المنطقة عن ارتياحهم بعد أن اضطر كثيرون منهم إلى رسو قواربهم في موانئ مجاورة.\n", "Reuters"},
		{"ホーム\n\n北町港、嵐の後に再開\n\n2025年3月12日\n\n【共同】 北町港は水曜日、2週間の修理工事を経て再開した。港長によると、岸壁の被害は当初の想定よりも大きかったという。\n\n町役場によると、修理費用は約4億円に上った。その一部は、県の緊急基金から支出される。\n\n地元の漁業者たちは安堵の表情を見せた。多くの漁師が近隣の港に船を係留しなければならなかった。\n", "Kyodo News"},
	} {
		a, _ := mustParse(t, c.page)
		if got := a.Outlet; got != c.want {
			t.Errorf("%.40q: outlet %q, want %q", c.page, got, c.want)
		}
	}
}
