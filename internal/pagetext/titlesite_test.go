package pagetext

import (
	"strings"
	"testing"
)

// A page whose only copy of the headline is its window title with the
// site's name and a tagline after it, "<headline> – <site> | <tagline>":
// the page prints the site's name again (as a masthead under the window
// title, or as the owner in its copyright line), so the title is the
// headline without it, however long the name, in every script. A tail
// the page does not print again is the headline's own.
func TestWindowTitleEchoedSite(t *testing.T) {
	for _, s := range harbourStories {
		site := s.site + " " + s.section
		for _, echo := range []string{"masthead", "copyright"} {
			page := []string{s.headline + " – " + site + " | " + harbourMenu[1]}
			if echo == "masthead" {
				page = append(page, site)
			}
			page = append(page, harbourMenu...)
			page = append(page, s.byline, s.date)
			page = append(page, s.body...)
			if echo == "copyright" {
				page = append(page, "© 2026 "+site)
			}
			a, _ := mustParse(t, strings.Join(page, "\n"))
			if a.Title != s.headline {
				t.Errorf("%s, %s: title %q, want %q", s.lang, echo, a.Title, s.headline)
			}
		}
	}
	lines, _ := splitLines("Library closes – Three Years On | Riverside Gazette\nRiverside Gazette\nThe council met on Tuesday.")
	p := newPage(lines)
	if got := p.withoutEchoedSite(0, p.lines[0].text); got != "Library closes – Three Years On" {
		t.Errorf("withoutEchoedSite = %q, want the headline's own tail kept", got)
	}
}

// titleCase is a made-up page and the title it must give.
type titleCase struct {
	want  string
	lines []string
}

// wantTitles parses each case's page and checks its title.
func wantTitles(t *testing.T, cases []titleCase) {
	t.Helper()
	for _, c := range cases {
		if a, _ := mustParse(t, strings.Join(c.lines, "\n")); a.Title != c.want {
			t.Errorf("title %q, want %q", a.Title, c.want)
		}
	}
}

// A window title "<headline> - <site> | <tagline>" over the masthead
// <site>, the headline printed nowhere else and its words not the body's:
// the masthead is the site's name, and the title the headline out of the
// window title.
func TestWindowTitleOverMasthead(t *testing.T) {
	wantTitles(t, []titleCase{
		{"公路恢复通车", []string{
			"公路恢复通车 - 西南地区城乡经济与民生综合新闻网 | 本地新闻每日更新",
			"西南地区城乡经济与民生综合新闻网",
			"首页 | 本地 | 国内 | 国际 | 财经",
			"2026-12-07 09:40",
			"市政府表示，这一决定是由于能源成本大幅上涨。明年春天之前不会重新开放。",
			"省议会将在下次会议上讨论这一问题。体育俱乐部和学校只能前往邻近城镇的场馆。小学生的游泳课暂时停止。",
			"一些家长发起了联名请愿，要求至少保留学校的游泳课时间。市长表示，这个决定并不容易。据市政府介绍，相关开支在两年内翻了一番。",
			"关于我们 | 联系我们 | 广告服务",
		}},
		{"جسر جديد يربط ضفتي النهر في البلدة القديمة", []string{
			"جسر جديد يربط ضفتي النهر في البلدة القديمة - صحيفة أخبار الوادي الأخضر والمناطق المجاورة | أخبار محلية على مدار الساعة",
			"صحيفة أخبار الوادي الأخضر والمناطق المجاورة",
			"الرئيسية محليات رياضة اقتصاد ثقافة",
			"كتب: ياسر العمري",
			"7 ديسمبر 2026 - 09:40",
			"ومن المقرر أن يناقش المجلس الإقليمي المسألة في جلسته المقبلة.",
			"وسيتعين على الأندية والمدارس التوجه إلى البلدات المجاورة. وتوقفت دروس السباحة لتلاميذ المرحلة الابتدائية.",
			"وأطلقت مجموعة من أولياء الأمور عريضة للمطالبة بإبقاء الحصص المدرسية على الأقل. وقال رئيس البلدية إن القرار لم يكن سهلا. وأضاف أن النفقات تضاعفت خلال عامين.",
			"بررت البلدية قرارها بارتفاع تكاليف الطاقة. ولا يتوقع إعادة الافتتاح قبل الربيع المقبل.",
			"من نحن | اتصل بنا | أعلن معنا",
		}},
	})
}

// A window title "<headline> | <site>" over the masthead <site>, which
// the copyright line names too: the window title holds the masthead, so
// it is no standfirst over a headline, and the title is the headline.
func TestWindowTitleHoldsMasthead(t *testing.T) {
	lines := []string{
		"Provinciale weg weer open | Dagblad voor de Achterhoek en het Oostelijk Rivierengebied",
		"Dagblad voor de Achterhoek en het Oostelijk Rivierengebied",
		"Home · Nieuws · Regio · Sport",
		"7 december 2026, 09:40",
		"Een groep ouders is een handtekeningenactie gestart. Zij willen dat in elk geval het schoolzwemmen doorgaat. Verenigingen en scholen moeten uitwijken naar buurgemeenten. De schoolzwemlessen voor groep vijf vervallen voorlopig.",
		"Provinciale Staten bespreken de kwestie in de volgende vergadering.",
		"De burgemeester zei dat het besluit niet makkelijk was. De kosten zijn volgens de gemeente in twee jaar verdubbeld.",
		"De gemeente wijst op de gestegen energiekosten. Heropening is pas in het voorjaar aan de orde.",
		"© 2026 Dagblad voor de Achterhoek en het Oostelijk Rivierengebied",
	}
	if a, _ := mustParse(t, strings.Join(lines, "\n")); a.Title != "Provinciale weg weer open" {
		t.Errorf("title %q, want the headline out of the window title", a.Title)
	}
}

// A row of share buttons in a language the line readings do not read as
// furniture ("Partager sur Facebook Partager sur X WhatsApp Courriel",
// "Partilhar no X", "Xでポスト LINEで送る", "Facebook'ta paylaş") is no
// headline, and no longer phrase that makes the short headline over it a
// kicker.
func TestShareRowNoHeadline(t *testing.T) {
	wantTitles(t, []titleCase{
		{"Le marché de Noël annulé", []string{
			"Le Courrier Républicain des Vallées du Haut-Vivarais",
			"Accueil · Actualité · Sports · Économie · Loisirs",
			"Le marché de Noël annulé",
			"Partager sur Facebook Partager sur X WhatsApp Courriel",
			"Par Yves Borderie",
			"Publié le 7 décembre 2026 à 09h40",
			"Les clubs et les écoles devront se tourner vers les communes voisines. Les cours de natation des élèves de primaire sont suspendus. Des parents ont lancé une pétition en ligne. Ils demandent que les créneaux scolaires soient au moins maintenus.",
			"Le maire a affirmé que la décision avait été difficile à prendre. Les dépenses ont doublé en deux ans selon la commune.",
			"La mairie a justifié sa décision par la hausse des coûts de l'énergie. Une réouverture n'est pas envisagée avant le printemps. Le conseil départemental doit examiner le dossier lors de sa prochaine séance.",
			"Partager sur Facebook Partager sur X WhatsApp Courriel",
			"© 2026 Le Courrier Républicain des Vallées du Haut-Vivarais - Tous droits réservés",
		}},
		{"Feira cancelada", []string{
			"Jornal Regional do Alto Minho e Vale do Lima",
			"Feira cancelada",
			"Partilhar no Facebook Partilhar no X WhatsApp Email",
			"7 de dezembro de 2026, 09:40",
			"O presidente da câmara afirmou que a decisão foi difícil. As despesas duplicaram em dois anos, segundo o município. Um grupo de pais lançou um abaixo-assinado. Pedem que pelo menos os horários escolares sejam mantidos.",
			"A autarquia justificou a decisão com o aumento dos custos da energia. A reabertura não está prevista antes da primavera.",
			"Os clubes e as escolas terão de recorrer aos concelhos vizinhos. As aulas de natação do primeiro ciclo ficam suspensas. A assembleia municipal vai discutir o assunto na próxima sessão.",
			"Partilhar no Facebook Partilhar no X WhatsApp Email",
			"© 2026 Jornal Regional do Alto Minho e Vale do Lima. Todos os direitos reservados.",
		}},
		{"市民プール閉鎖へ", []string{
			"信越タイムス",
			"市民プール閉鎖へ",
			"Facebookでシェア Xでポスト LINEで送る",
			"2026年12月7日 9:40",
			"保護者の有志が署名活動を始めた。せめて学校の授業だけでも続けるよう求めている。",
			"市長は簡単な決断ではなかったと述べた。市によると、費用は二年で倍増したという。",
			"市はエネルギー費用の高騰を理由に挙げた。来年の春までは再開の予定はないという。",
			"県議会は次の会合でこの問題を取り上げる予定だ。スポーツクラブや学校は近隣の町の施設を使うことになる。小学生の水泳の授業は当面取りやめとなった。",
			"Facebookでシェア Xでポスト LINEで送る",
			"© 2026 北信越地域総合ニュースネットワーク All rights reserved.",
		}},
		{"Kapalı havuz kapanıyor", []string{
			"Yayla Postası",
			"Kapalı havuz kapanıyor",
			"Facebook'ta paylaş X'te paylaş WhatsApp E-posta",
			"7 Aralık 2026 09:40",
			"İl genel meclisi konuyu bir sonraki toplantısında görüşecek.",
			"Belediye başkanı kararın kolay olmadığını söyledi. Giderlerin iki yılda iki katına çıktığını belirtti.",
			"Belediye kararı artan enerji maliyetleriyle açıkladı. Havuzun bahardan önce yeniden açılması beklenmiyor. Spor kulüpleri ve okullar komşu ilçelere gitmek zorunda kalacak. İlkokul öğrencilerinin yüzme dersleri şimdilik durduruldu.",
			"Bir grup veli imza kampanyası başlattı. En azından okul saatlerinin korunmasını istiyorlar.",
			"Facebook'ta paylaş X'te paylaş WhatsApp E-posta",
			"© 2026 Batı Karadeniz ve Yayla Bölgesi Haber Gazetesi. Tüm hakları saklıdır.",
		}},
	})
	for _, row := range []string{"شارك على فيسبوك شارك على إكس واتساب", "फेसबुक पर शेयर करें एक्स पर शेयर करें", "แชร์ไปยังเฟซบุ๊ก ไลน์ อีเมล"} {
		if !shareRow(strings.ToLower(row)) {
			t.Errorf("shareRow(%q) = false", row)
		}
	}
	for _, h := range []string{"Le marché de Noël annulé", "Facebook to share more data", "市民プール閉鎖へ"} {
		if shareRow(strings.ToLower(h)) {
			t.Errorf("shareRow(%q) = true", h)
		}
	}
}

// A picture's caption that closes with a note on the picture in brackets,
// a file or archive picture or a credit ("Das Hallenbad am Stadtpark
// (Archivbild)", "市游泳馆外景。（资料图）"), is no headline, however short
// the headline over it; a headline's own brackets ("(PHOTOS)", "(Part 2)")
// are no such note.
func TestArchiveNoteCaptionNoHeadline(t *testing.T) {
	wantTitles(t, []titleCase{
		{"Hallenbad bleibt zu", []string{
			"Görnitzer Bote",
			"Startseite · Lokales · Politik · Sport · Kultur",
			"Hallenbad bleibt zu",
			"Von Matthias Ruppert",
			"07.12.2026, 09:40 Uhr",
			"Das Hallenbad am Stadtpark (Archivbild)",
			"Eltern kündigten eine Unterschriftensammlung an. Sie wollen erreichen, dass zumindest der Schulsport weiter stattfindet. Der Kreistag will sich in seiner nächsten Sitzung mit dem Thema befassen.",
			"Der Bürgermeister sagte, man habe sich die Entscheidung nicht leicht gemacht. Die Kosten hätten sich in zwei Jahren verdoppelt.",
			"Vereine und Schulen müssen nun auf andere Bäder ausweichen. Der Schwimmunterricht für die dritten Klassen fällt vorerst aus.",
			"Die Stadtverwaltung begründete die Entscheidung mit den hohen Energiekosten. Eine Wiedereröffnung sei frühestens im Frühjahr möglich.",
			"© 2026 Oberlausitzer Rundschau und Heimatblatt für den Kreis Görnitz",
		}},
		{"庙会取消", []string{
			"西南地区城乡经济与民生综合新闻网",
			"首页 · 本地 · 国内 · 国际",
			"庙会取消",
			"记者 王雅琴",
			"2026-12-07 09:40",
			"市游泳馆外景。（资料图）",
			"一些家长发起了联名请愿，要求至少保留学校的游泳课时间。",
			"省议会将在下次会议上讨论这一问题。市长表示，这个决定并不容易。据市政府介绍，相关开支在两年内翻了一番。",
			"市政府表示，这一决定是由于能源成本大幅上涨。明年春天之前不会重新开放。体育俱乐部和学校只能前往邻近城镇的场馆。小学生的游泳课暂时停止。",
			"© 2026 西南地区城乡经济与民生综合新闻网 版权所有",
		}},
	})
	for _, c := range []string{"The old ferry at the north slipway (File photo)", "Het zwembad aan de Stationsweg (Archieffoto)",
		"La piscina municipal (Foto: archivo)", "Городской бассейн (архивное фото)", "สระว่ายน้ำเทศบาล (ภาพจากแฟ้ม)", "المسبح البلدي (أرشيف)"} {
		if !archiveNoteEnd(strings.ToLower(c)) {
			t.Errorf("archiveNoteEnd(%q) = false", c)
		}
	}
	for _, h := range []string{"Storm batters the coast (PHOTOS)", "Budget 2026 explained (Part 2)", "Archive opens its doors"} {
		if archiveNoteEnd(strings.ToLower(h)) {
			t.Errorf("archiveNoteEnd(%q) = true", h)
		}
	}
}

// A window title "<headline> - <paper>" is the page's only copy of the
// headline, and the paper's name after the dash or bar stands nowhere else
// on the page: the name reads as a paper's (capitalised words, one of
// them a word papers are named with, or its script's word for a paper),
// so the title is the headline without it. A title-case headline's own
// dash tail names no paper and stays.
func TestWindowTitlePaperTail(t *testing.T) {
	for _, tt := range []struct{ title, want string }{
		{"Island ferry returns after the slipway is rebuilt - Lower Tamsey Evening Gazette", "Island ferry returns after the slipway is rebuilt"},
		{"Island ferry returns after the slipway is rebuilt — Ostfriesisches Kreisblatt für Norden und Umland", "Island ferry returns after the slipway is rebuilt"},
		{"Island ferry returns after the slipway is rebuilt – L'Écho de la Presqu'île", "Island ferry returns after the slipway is rebuilt"},
		{"Island ferry returns after the slipway is rebuilt | Dagblad voor de Waddeneilanden", "Island ferry returns after the slipway is rebuilt"},
		{"Island ferry returns after the slipway is rebuilt - جريدة الجزيرة الصغيرة", "Island ferry returns after the slipway is rebuilt"},
		{"Island Ferry Returns – What Passengers Need to Know", "Island Ferry Returns – What Passengers Need to Know"},
		{"Island ferry returns – fares stay the same until March", "Island ferry returns – fares stay the same until March"},
	} {
		checkWindowTitle(t, tt.title, tt.want)
	}
}

// A window title "<paper> | <headline>" is the page's only copy of the
// headline, the paper's name first, as many sites order their window
// titles: the name reads as a paper's (capitalised words, one of them a
// word papers are named with, or a name in sentence case holding its
// script's word for a paper), so the title is the headline after it. A
// headline that opens with a name and a dash keeps it.
func TestWindowTitlePaperHead(t *testing.T) {
	for _, tt := range []struct{ title, want string }{
		{"Lower Tamsey Evening Gazette | Island ferry returns after the slipway is rebuilt", "Island ferry returns after the slipway is rebuilt"},
		{"Ostfriesisches Kreisblatt – Island ferry returns after the slipway is rebuilt", "Island ferry returns after the slipway is rebuilt"},
		{"Островной вестник - Island ferry returns after the slipway is rebuilt", "Island ferry returns after the slipway is rebuilt"},
		{"جريدة الجزيرة الصغيرة | Island ferry returns after the slipway is rebuilt", "Island ferry returns after the slipway is rebuilt"},
		{"Island Times Square – crowds return after the slipway is rebuilt", "Island Times Square – crowds return after the slipway is rebuilt"},
		{"Как провести отпуск - Island ferry returns after the slipway is rebuilt", "Как провести отпуск - Island ferry returns after the slipway is rebuilt"},
	} {
		checkWindowTitle(t, tt.title, tt.want)
	}
}

// In a script without capitals a paper's name is told by its word for
// news or a paper ("חדשות", "أخبار", "समाचार"): a window title that opens
// with such a name gives the headline after it, and one that opens with a
// place and a dash keeps it.
func TestWindowTitleCaselessPaperHead(t *testing.T) {
	for _, tt := range []struct{ title, want string }{
		{"חדשות הכרמל | המעבורת לאי חוזרת לפעול אחרי שיקום הרציף", "המעבורת לאי חוזרת לפעול אחרי שיקום הרציף"},
		{"أخبار الجزيرة الصغيرة - عودة العبارة إلى الجزيرة بعد إعادة بناء الرصيف", "عودة العبارة إلى الجزيرة بعد إعادة بناء الرصيف"},
		{"द्वीप समाचार | घाट की मरम्मत के बाद द्वीप की नौका सेवा फिर शुरू", "घाट की मरम्मत के बाद द्वीप की नौका सेवा फिर शुरू"},
		{"חיפה - המעבורת לאי חוזרת לפעול אחרי שיקום הרציף", "חיפה - המעבורת לאי חוזרת לפעול אחרי שיקום הרציף"},
	} {
		checkWindowTitle(t, tt.title, tt.want)
	}
}

// checkWindowTitle parses a made-up story under the window title and
// wants the headline.
func checkWindowTitle(t *testing.T, title, want string) {
	t.Helper()
	story := []string{title, "Home", "Local", "Sport", "Weather", "November 3, 2026, 9:20 am",
		"The ferry company said the crossing would resume on Monday after the slipway was rebuilt over the summer.",
		"Islanders had relied on a fishing boat for deliveries since the spring, when a storm damaged the ramp.",
		"Fares will stay at last year's prices until the end of March, the company added in a statement.",
		"About us", "Contact", "Advertise"}
	if a, _ := mustParse(t, strings.Join(story, "\n\n")); a.Title != want {
		t.Errorf("title %q, want %q", a.Title, want)
	}
}

// A caption over the headline that closes with its credit's label as
// Polish, Hebrew, Arabic or Russian write it ("(Fot. PAP)", "(צילום:
// …)") is no headline, however long and story-like its words.
func TestCreditLabelCaptionNoHeadline(t *testing.T) {
	wantTitles(t, []titleCase{
		{"Miasto zbuduje nowy basen przy parku nad rzeką", []string{
			"Kurier Nadmorski",
			"Kraj",
			"Obiekt będzie miał dużą pływalnię, mniejszy basen do nauki pływania dla (Fot. PAP)",
			"Miasto zbuduje nowy basen przy parku nad rzeką",
			"Tomasz Wierzbicki",
			"14.03.2026, 09:12",
			"Władze miasta ogłosiły we wtorek, że przy parku nad rzeką powstanie nowy basen. Budowa ma się rozpocząć jesienią i potrwać około dwóch lat.",
			"Obiekt będzie miał dużą pływalnię, mniejszy basen do nauki pływania dla dzieci oraz saunę. Zmieści się w nim jednocześnie kilkuset gości.",
			"Mieszkańcy od lat skarżyli się, że jedyny miejski basen jest przepełniony, a na zajęcia dla dzieci trzeba czekać w kolejce kilka miesięcy.",
			"Koszt inwestycji szacowany jest na sto dwadzieścia milionów złotych. Część pieniędzy ma pochodzić z funduszy unijnych.",
		}},
	})
	for _, c := range []string{"Nowy basen przy parku (Fot. PAP)", "הגן החדש בשכונה (צילום: רויטרס)", "الميناء الجديد (تصوير: رويترز)",
		"Новый трамвай (Фото: ТАСС)", "Yeni bisiklet yolu (Fotoğraf: AA)"} {
		if !archiveNoteEnd(strings.ToLower(c)) {
			t.Errorf("%q: no caption", c)
		}
	}
}
