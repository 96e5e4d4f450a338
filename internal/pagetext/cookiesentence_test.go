package pagetext

import "testing"

// A sentence that names cookies, in any script, and ends with a full
// stop is a notice over the page, whatever its opening words: never the
// headline (made-up pages).
func TestCookieSentenceNoHeadline(t *testing.T) {
	wantHeadlines(t, []headlineCase{
		{"cookie sentence in Japanese", "港の朝市が再開", []string{
			"本サイトは閲覧の分析と広告の表示にクッキーを利用しております。",
			"同意する",
			"ホーム 地域 経済",
			"港の朝市が再開",
			"改修工事のため休止していた港の朝市が、日曜日の朝に半年ぶりに再開した。",
			"2026年3月2日 7時40分",
			"漁協によると、初日には地元の漁師ら四十の店が並び、早朝から多くの買い物客が訪れた。",
			"市は来年度、駐車場を広げる計画を検討している。",
			"© 2026 浜風新聞社",
		}},
		{"cookie sentence in Korean", "항구 아침 시장 반년 만에 다시 열려", []string{
			"저희 누리집은 방문 분석과 맞춤 광고를 위해 쿠키를 저장합니다.",
			"동의",
			"홈",
			"지역",
			"경제",
			"항구 아침 시장 반년 만에 다시 열려",
			"보수 공사로 문을 닫았던 항구 아침 시장이 일요일 아침 반년 만에 다시 문을 열었다.",
			"수협에 따르면 첫날에는 지역 어민 마흔 명이 가게를 열었고 이른 아침부터 손님이 몰렸다.",
			"시는 내년에 주차장을 넓히는 방안을 검토하고 있다.",
			"© 2026 바닷바람신문",
		}},
	})
}

// headlineCase is a made-up page and the headline a parse should give.
type headlineCase struct {
	name, want string
	page       []string
}

// wantHeadlines parses each case's page and checks its headline.
func wantHeadlines(t *testing.T, cases []headlineCase) {
	t.Helper()
	for _, c := range cases {
		a, _ := mustParse(t, dump(c.page...))
		if a.Title != c.want {
			t.Errorf("%s: headline %q, want %q", c.name, a.Title, c.want)
		}
	}
}

// A paywall's notice, a sentence that speaks of subscribing or
// subscribers and ends with a full stop, is never the headline either
// (made-up pages).
func TestPaywallSentenceNoHeadline(t *testing.T) {
	wantHeadlines(t, []headlineCase{
		{"paywall sentence in Greek", "Το λιμάνι ανοίγει ξανά την αγορά ψαριών", []string{
			"Η είδηση είναι μόνο για συνδρομητές. Γίνετε συνδρομητής με 2 ευρώ την εβδομάδα.",
			"Αρχική",
			"Το λιμάνι ανοίγει ξανά την αγορά ψαριών",
			"Μετά από έξι μήνες εργασιών, η αγορά ψαριών στο λιμάνι άνοιξε ξανά την Κυριακή το πρωί.",
			"Σύμφωνα με τον σύλλογο αλιέων, σαράντα πάγκοι στήθηκαν από νωρίς.",
			"Ο δήμος εξετάζει να μεγαλώσει τον χώρο στάθμευσης.",
		}},
		{"paywall sentence in Hindi", "बंदरगाह का सुबह का बाज़ार फिर खुला", []string{
			"यह खबर केवल सब्सक्राइबर के लिए है। अभी 2 रुपये में सब्सक्राइब करें।",
			"होम",
			"बंदरगाह का सुबह का बाज़ार फिर खुला",
			"मरम्मत के कारण बंद बंदरगाह का सुबह का बाज़ार रविवार को छह महीने बाद फिर खुला।",
			"मछुआरा संघ के अनुसार पहले दिन चालीस दुकानें लगीं और सुबह से ही भीड़ रही।",
			"नगर निगम पार्किंग बढ़ाने की योजना पर विचार कर रहा है।",
		}},
		{"paywall sentence in Polish over a long headline", "Rolnicy z trzech gmin skarżą się, że nowa obwodnica przetnie ich pola na pół, a starosta od miesięcy nie odpowiada na ich pisma w tej sprawie", []string{
			"Kurier Nadodrzański",
			"Tekst jest dostępny wyłącznie dla prenumeratorów. Zamów prenumeratę, aby przeczytać całość.",
			"Rolnicy z trzech gmin skarżą się, że nowa obwodnica przetnie ich pola na pół, a starosta od miesięcy nie odpowiada na ich pisma w tej sprawie",
			"Autor: Marek Zalewski",
			"Budowa obwodnicy ma ruszyć wiosną. Trasa omija miasto od północy i liczy dziewięć kilometrów.",
			"Rolnicy mówią, że dojazd do pól wydłuży się nawet o pół godziny. Proszą o dwa dodatkowe przejazdy.",
			"Starostwo zapowiada spotkanie z mieszkańcami w styczniu.",
		}},
		{"paywall sentence in Indonesian over a long headline", "Nelayan di tiga kampung pesisir mengeluhkan pembangunan dermaga baru yang menutup jalur perahu mereka dan meminta pemerintah kabupaten meninjau ulang izinnya", []string{
			"Suara Teluk Barat",
			"Berita ini hanya untuk pelanggan premium. Silakan berlangganan untuk membaca seluruh isi.",
			"Nelayan di tiga kampung pesisir mengeluhkan pembangunan dermaga baru yang menutup jalur perahu mereka dan meminta pemerintah kabupaten meninjau ulang izinnya",
			"Oleh Rudi Hartono",
			"Dermaga itu dibangun sejak bulan lalu di muara sungai. Panjangnya hampir dua ratus meter.",
			"Para nelayan mengaku harus memutar lebih jauh untuk melaut. Biaya solar pun naik.",
			"Pemerintah kabupaten berjanji menggelar pertemuan dengan warga pekan depan.",
		}},
	})
}

// A paywall's prompt with no full stop, a question then a login verb
// or a line that keeps the story for members, is never the headline
// either (made-up pages).
func TestPaywallPromptNoHeadline(t *testing.T) {
	wantHeadlines(t, []headlineCase{
		{"question and login verb", "Ferry crossings cut", []string{
			"Glenholm Gazette",
			"Ferry crossings cut",
			"3 March 2026, 08:15",
			"Already have an account? Log in",
			"The island ferry will run four times a day instead of seven from the start of January, the operator said on Monday. Bookings had dropped since the autumn.",
			"Shop owners on the quay said the cut would keep day visitors away in the quiet months. One said takings were already down by a quarter.",
			"The council will ask the operator to review the timetable in the spring.",
		}},
		{"question and login verb in French", "Traversées réduites", []string{
			"Le Courrier des Îles",
			"Déjà abonné ? Se connecter",
			"Traversées réduites",
			"3 mars 2026 à 08h15",
			"Le bac de l'île ne fera plus que quatre traversées par jour à partir de janvier, a annoncé lundi l'exploitant. Les réservations baissent depuis l'automne.",
			"Les commerçants du quai craignent de perdre les visiteurs à la journée pendant l'hiver. L'un d'eux dit avoir perdu un quart de son chiffre.",
			"La mairie demandera une révision des horaires au printemps.",
		}},
		{"members only in Japanese", "フェリー減便", []string{
			"島しょ新報",
			"会員限定の記事です",
			"フェリー減便",
			"2026年3月3日 8:15",
			"島を結ぶフェリーは1月から1日7往復を4往復に減らすと運航会社が月曜日に発表した。秋から予約が減っていた。",
			"港の商店主らは冬の間に日帰り客が遠のくと心配している。売り上げはすでに4分の1減ったという。",
			"町は春にダイヤの見直しを求める方針だ。",
		}},
		{"members only in Czech", "Trajekt pojede méně často", []string{
			"Jizerský zpravodaj",
			"Článek je pouze pro předplatitele",
			"Trajekt pojede méně často",
			"3. března 2026 8:15",
			"Trajekt na ostrov bude od ledna jezdit čtyřikrát denně místo sedmi, oznámil v pondělí provozovatel. Rezervací od podzimu ubývá.",
			"Obchodníci na nábřeží se bojí, že v zimě přijdou o jednodenní návštěvníky. Tržby už klesly o čtvrtinu.",
			"Obec požádá o změnu jízdního řádu na jaře.",
		}},
	})
}
