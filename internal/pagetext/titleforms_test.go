package pagetext

import (
	"strings"
	"testing"
)

// harbourStories are short made-up stories in several languages and
// scripts, each with its headline in three forms (a statement, a
// question, an exclamation), a short headline, a standfirst, a site's
// name, a section label, a byline and a date, for the headline tests
// below to lay out.
var harbourStories = []struct {
	lang, headline, question, exclaim, short, dek, site, section, byline, date string
	body                                                                       []string
}{
	{
		lang:     "en",
		headline: "Harbour town votes to close its old library",
		question: "Why is the harbour town closing its old library?",
		exclaim:  "Farewell to the old harbour library!",
		short:    "Library to close",
		dek:      "The council says the building needs repairs that would cost more than a new centre by the river.",
		site:     "Riverside Gazette", section: "Local News", byline: "By Anna Marsh", date: "March 4, 2026",
		body: libraryStory,
	},
	{
		lang:     "de",
		headline: "Hafenstadt stimmt für Schließung der alten Bibliothek",
		question: "Warum schließt die Hafenstadt ihre alte Bibliothek?",
		exclaim:  "Abschied von der alten Bibliothek!",
		short:    "Bibliothek schließt",
		dek:      "Der Stadtrat sagt, das Gebäude brauche Reparaturen, die mehr kosten würden als ein neues Zentrum am Fluss.",
		site:     "Rheinische Zeitung", section: "Lokales", byline: "Von Anna Marsch", date: "4. März 2026",
		body: []string{
			"Der Stadtrat hat am Dienstagabend beschlossen, die alte Bibliothek in der Mühlenstraße zu schließen und ihre Bücher in das neue Gemeindezentrum am Fluss zu bringen. Damit endet ein Streit, der seit drei Jahren andauert.",
			"Befürworter des Umzugs sagten, das alte Gebäude brauche Reparaturen, die mehr kosten würden als das neue Zentrum selbst. Das Dach ist undicht, die Heizung fällt jeden Winter aus und die Treppen sind für viele zu steil.",
			"Gegner versammelten sich vor der Abstimmung mit Schildern und einer Unterschriftenliste vor dem Rathaus. Sie sagen, die Bibliothek sei das Herz der Altstadt und dürfe nicht verschwinden.",
			"Der Bürgermeister versprach für das erste Jahr einen kostenlosen Bus zwischen den beiden Orten. Die Bücher ziehen im Frühjahr um, das alte Gebäude soll verkauft werden.",
		},
	},
	{
		lang:     "es",
		headline: "El pueblo portuario vota cerrar su antigua biblioteca",
		question: "¿Por qué cierra el pueblo portuario su antigua biblioteca?",
		exclaim:  "¡Adiós a la antigua biblioteca del puerto!",
		short:    "Cierra la biblioteca",
		dek:      "El ayuntamiento dice que el edificio necesita reparaciones que costarían más que un nuevo centro junto al río.",
		site:     "El Diario del Puerto", section: "Local", byline: "Por Ana Marín", date: "4 de marzo de 2026",
		body: []string{
			"El ayuntamiento votó el martes por la noche cerrar la antigua biblioteca de la calle del Molino y trasladar sus libros al nuevo centro cívico junto al río, poniendo fin a un debate que ha durado tres años.",
			"Los partidarios del traslado dijeron que el viejo edificio necesita reparaciones que costarían más que el propio centro nuevo. El tejado tiene goteras, la calefacción falla cada invierno y las escaleras impiden el paso a muchos vecinos.",
			"Los opositores se reunieron frente al ayuntamiento antes de la votación con pancartas y una petición firmada por más de dos mil vecinos. Dicen que la biblioteca es el corazón del casco antiguo.",
			"El alcalde prometió un autobús gratuito entre los dos lugares durante el primer año. Los libros se trasladarán en primavera y el edificio antiguo saldrá a la venta.",
		},
	},
	{
		lang:     "pl",
		headline: "Miasto portowe głosuje za zamknięciem starej biblioteki",
		question: "Dlaczego miasto portowe zamyka starą bibliotekę?",
		exclaim:  "Żegnamy starą bibliotekę w porcie!",
		short:    "Biblioteka do zamknięcia",
		dek:      "Rada twierdzi, że remont budynku kosztowałby więcej niż nowe centrum nad rzeką.",
		site:     "Gazeta Portowa", section: "Z regionu", byline: "Anna Marczak", date: "4 marca 2026",
		body: []string{
			"Rada miasta zagłosowała we wtorek wieczorem za zamknięciem starej biblioteki przy ulicy Młyńskiej i przeniesieniem jej książek do nowego centrum nad rzeką. Tym samym zakończył się spór, który trwał trzy lata.",
			"Zwolennicy przeprowadzki mówili, że stary budynek wymaga remontu, który kosztowałby więcej niż samo nowe centrum. Dach przecieka, ogrzewanie psuje się każdej zimy, a strome schody są barierą dla wielu czytelników.",
			"Przeciwnicy zebrali się przed ratuszem przed głosowaniem z transparentami i petycją podpisaną przez ponad dwa tysiące mieszkańców. Ich zdaniem biblioteka jest sercem starego miasta.",
			"Burmistrz obiecał bezpłatny autobus między oboma miejscami przez pierwszy rok. Książki zostaną przeniesione wiosną, a stary budynek zostanie wystawiony na sprzedaż.",
		},
	},
	{
		lang:     "zh",
		headline: "港口小镇投票决定关闭老图书馆",
		question: "港口小镇为什么要关闭老图书馆？",
		exclaim:  "再见了，老图书馆！",
		short:    "老图书馆将关闭",
		dek:      "议会表示，这座建筑的维修费用将超过在河边新建一个中心的费用。",
		site:     "河畔日报", section: "本地新闻", byline: "记者 马安娜", date: "2026年3月4日",
		body: []string{
			"市议会周二晚间投票决定关闭磨坊街的老图书馆，并将馆藏图书搬到河边新建的社区中心，持续三年的争论就此结束。",
			"支持搬迁的人士表示，老建筑需要的维修费用比新中心本身还要高。屋顶漏水，暖气每年冬天都会出故障，陡峭的楼梯也让许多读者望而却步。",
			"反对者在投票前举着标语聚集在市政厅外，并递交了两千多名居民签名的请愿书。他们认为图书馆是老城的核心。",
			"市长承诺第一年在两地之间开通免费巴士。图书将在春季搬迁，老建筑将被出售。",
		},
	},
	{
		lang:     "ja",
		headline: "港町が古い図書館の閉館を決定",
		question: "港町はなぜ古い図書館を閉館するのか？",
		exclaim:  "さよなら、古い図書館！",
		short:    "図書館が閉館へ",
		dek:      "市議会は、建物の修繕費が川沿いの新しいセンターの建設費を上回ると説明している。",
		site:     "川辺新聞", section: "地域", byline: "丸山 杏奈", date: "2026年3月4日",
		body: []string{
			"市議会は火曜日の夜、水車通りにある古い図書館を閉館し、蔵書を川沿いの新しい公民館に移すことを決めた。三年間続いた議論に決着がついた。",
			"移転に賛成する人たちは、古い建物の修繕には新しいセンターの建設費よりも多くの費用がかかると話す。屋根は雨漏りし、暖房は毎年冬に故障し、急な階段は多くの利用者にとって障害となっている。",
			"反対する住民は採決の前に市役所の前に集まり、二千人以上が署名した請願書を提出した。図書館は旧市街の中心だと訴えている。",
			"市長は最初の一年間、二つの施設を結ぶ無料バスを運行すると約束した。本は春に移され、古い建物は売りに出される。",
		},
	},
}

// harbourMenu is a site's menu over the story, in no language in
// particular.
var harbourMenu = []string{"Home", "News", "Sport", "Business", "Culture"}

// A headline in the form of a question or an exclamation, over a
// standfirst that tells the story in a sentence: the headline is the
// question, not the sentence under it, in every language. Neither mark
// ends a statement.
func TestQuestionOverStandfirst(t *testing.T) {
	for _, s := range harbourStories {
		for _, h := range []string{s.question, s.exclaim} {
			page := append([]string{s.site}, harbourMenu...)
			page = append(page, s.section, h, s.dek, s.byline, s.date)
			if got := headlineOf(strings.Join(append(page, s.body...), "\n")); got != h {
				t.Errorf("%s: headline %q, want %q", s.lang, got, h)
			}
		}
	}
}

// A short headline over a standfirst closed by a full stop: the short
// line is the headline, however few its words, since headlines are not
// closed by a full stop (in Chinese and Japanese, by 。).
func TestShortHeadlineOverStatement(t *testing.T) {
	for _, s := range harbourStories {
		page := append([]string{s.site}, harbourMenu...)
		page = append(page, s.section, s.short, s.dek, s.byline, s.date)
		if got := headlineOf(strings.Join(append(page, s.body...), "\n")); got != s.short {
			t.Errorf("%s: headline %q, want %q", s.lang, got, s.short)
		}
	}
}

// A page whose only copy of the headline is its window title,
// "<headline> | <site>": the article's title is the headline without the
// site's name, in every script.
func TestWindowTitleOnly(t *testing.T) {
	for _, s := range harbourStories {
		page := append([]string{s.headline + " | " + s.site}, harbourMenu...)
		page = append(page, s.byline, s.date)
		a, _, err := Parse([]byte(strings.Join(append(page, s.body...), "\n")))
		if err != nil {
			t.Fatalf("%s: %v", s.lang, err)
		}
		if a.Title != s.headline {
			t.Errorf("%s: title %q, want %q", s.lang, a.Title, s.headline)
		}
	}
}

// withoutSiteName cuts a short capitalised site's name after a pipe,
// and after a dash only when it is the outlet; a headline's own second
// half stays.
func TestWithoutSiteName(t *testing.T) {
	for _, c := range []struct{ title, outlet, want string }{
		{"Harbour town votes to close its library | Riverside Gazette", "", "Harbour town votes to close its library"},
		{"Harbour town votes to close its library – Riverside Gazette", "Riverside Gazette", "Harbour town votes to close its library"},
		{"Harbour town votes to close its library – Three Years On", "", "Harbour town votes to close its library – Three Years On"},
		{"Harbour town votes to close its library – Three Years On", "Riverside Gazette", "Harbour town votes to close its library – Three Years On"},
		{"Best Cameras of 2026 | The Mirrorless Models Worth Buying This Spring", "", "Best Cameras of 2026 | The Mirrorless Models Worth Buying This Spring"},
		{"Opinion | Library Closes", "", "Opinion | Library Closes"},
		{"Library closes | what readers say", "", "Library closes | what readers say"},
	} {
		if got := withoutSiteName(c.title, c.outlet); got != c.want {
			t.Errorf("withoutSiteName(%q, %q) = %q, want %q", c.title, c.outlet, got, c.want)
		}
	}
}
