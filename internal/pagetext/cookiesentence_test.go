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
	})
}
