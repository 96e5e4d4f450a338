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
	{
		lang:     "ko",
		headline: "항구 도시, 오래된 도서관 폐관 결정",
		question: "항구 도시는 왜 오래된 도서관을 닫는가?",
		exclaim:  "안녕, 오래된 도서관!",
		short:    "도서관 문 닫는다",
		dek:      "시의회는 건물 수리비가 강변에 새 센터를 짓는 비용보다 많이 든다고 밝혔다.",
		site:     "강변일보", section: "지역", byline: "마안나 기자", date: "2026년 3월 4일",
		body: []string{
			"시의회는 화요일 밤 방앗간 거리에 있는 오래된 도서관을 닫고 장서를 강변의 새 주민센터로 옮기기로 의결했다. 이로써 3년간 이어진 논쟁이 마무리됐다.",
			"이전을 지지하는 사람들은 낡은 건물의 수리비가 새 센터 건립비보다 많이 든다고 말한다. 지붕에서 비가 새고 난방은 겨울마다 고장 나며 가파른 계단은 많은 이용자에게 장벽이 된다.",
			"반대하는 주민들은 표결 전 시청 앞에 모여 이천 명 이상이 서명한 청원서를 제출했다. 이들은 도서관이 구시가지의 중심이라고 주장한다.",
			"시장은 첫 해 동안 두 시설을 잇는 무료 버스를 운행하겠다고 약속했다. 책은 봄에 옮겨지고 낡은 건물은 매각될 예정이다.",
		},
	},
	{
		lang:     "hi",
		headline: "बंदरगाह शहर ने पुराने पुस्तकालय को बंद करने का फैसला किया",
		question: "बंदरगाह शहर अपना पुराना पुस्तकालय क्यों बंद कर रहा है?",
		exclaim:  "अलविदा, पुराना पुस्तकालय!",
		short:    "पुस्तकालय होगा बंद",
		dek:      "परिषद का कहना है कि इमारत की मरम्मत पर नदी किनारे नए केंद्र से ज्यादा खर्च आएगा।",
		site:     "नदी समाचार", section: "स्थानीय", byline: "अनीता मारवाह", date: "4 मार्च 2026",
		body: []string{
			"नगर परिषद ने मंगलवार रात चक्की गली के पुराने पुस्तकालय को बंद करने और उसकी किताबें नदी किनारे बने नए सामुदायिक केंद्र में ले जाने के पक्ष में मतदान किया। इसके साथ तीन साल से चल रही बहस खत्म हो गई।",
			"स्थानांतरण के समर्थकों का कहना है कि पुरानी इमारत की मरम्मत पर नए केंद्र से भी ज्यादा खर्च आएगा। छत टपकती है, हर सर्दी में हीटिंग खराब हो जाती है और खड़ी सीढ़ियां कई पाठकों के लिए बाधा हैं।",
			"विरोध करने वाले लोग मतदान से पहले नगर भवन के बाहर तख्तियों और दो हजार से अधिक निवासियों के हस्ताक्षर वाली याचिका के साथ जमा हुए। उनका कहना है कि पुस्तकालय पुराने शहर का दिल है।",
			"महापौर ने पहले साल दोनों जगहों के बीच मुफ्त बस चलाने का वादा किया। किताबें वसंत में ले जाई जाएंगी और पुरानी इमारत बेची जाएगी।",
		},
	},
	{
		lang:     "ar",
		headline: "البلدة الساحلية تصوت على إغلاق مكتبتها القديمة",
		question: "لماذا تغلق البلدة الساحلية مكتبتها القديمة؟",
		exclaim:  "وداعا أيتها المكتبة القديمة!",
		short:    "إغلاق المكتبة",
		dek:      "يقول المجلس إن المبنى يحتاج إلى إصلاحات تكلف أكثر من بناء مركز جديد على ضفة النهر.",
		site:     "صحيفة الميناء", section: "محليات", byline: "بقلم آمنة مراد", date: "4 مارس 2026",
		body: []string{
			"صوت مجلس البلدة مساء الثلاثاء على إغلاق المكتبة القديمة في شارع الطاحونة ونقل كتبها إلى المركز المجتمعي الجديد على ضفة النهر، منهيا نقاشا استمر ثلاث سنوات.",
			"وقال مؤيدو القرار إن المبنى القديم يحتاج إلى إصلاحات تكلف أكثر من المركز الجديد نفسه، فالسقف يسرب الماء والتدفئة تتعطل كل شتاء والدرج شديد الانحدار.",
			"وتجمع المعارضون أمام مبنى البلدية قبل التصويت حاملين لافتات وعريضة وقعها أكثر من ألفي مواطن، مؤكدين أن المكتبة هي قلب المدينة القديمة.",
			"ووعد رئيس البلدية بحافلة مجانية بين الموقعين خلال السنة الأولى، على أن تنقل الكتب في الربيع ويعرض المبنى القديم للبيع.",
		},
	},
	{
		lang:     "el",
		headline: "Η παραθαλάσσια πόλη ψηφίζει το κλείσιμο της παλιάς βιβλιοθήκης",
		question: "Γιατί κλείνει η παραθαλάσσια πόλη την παλιά βιβλιοθήκη;",
		exclaim:  "Αντίο, παλιά βιβλιοθήκη!",
		short:    "Κλείνει η βιβλιοθήκη",
		dek:      "Το δημοτικό συμβούλιο λέει ότι το κτίριο χρειάζεται επισκευές που κοστίζουν περισσότερο από ένα νέο κέντρο δίπλα στο ποτάμι.",
		site:     "Η Φωνή του Λιμανιού", section: "Τοπικά", byline: "Της Άννας Μαρκάκη", date: "4 Μαρτίου 2026",
		body: []string{
			"Το δημοτικό συμβούλιο ψήφισε το βράδυ της Τρίτης το κλείσιμο της παλιάς βιβλιοθήκης στην οδό Μύλου και τη μεταφορά των βιβλίων της στο νέο πολιτιστικό κέντρο δίπλα στο ποτάμι, βάζοντας τέλος σε μια διαμάχη τριών ετών.",
			"Οι υποστηρικτές της μετακόμισης λένε ότι το παλιό κτίριο χρειάζεται επισκευές που κοστίζουν περισσότερο από το ίδιο το νέο κέντρο. Η στέγη στάζει, η θέρμανση χαλάει κάθε χειμώνα και οι σκάλες είναι απότομες.",
			"Οι αντίπαλοι συγκεντρώθηκαν έξω από το δημαρχείο πριν από την ψηφοφορία με πανό και μια αίτηση που υπέγραψαν πάνω από δύο χιλιάδες κάτοικοι. Λένε ότι η βιβλιοθήκη είναι η καρδιά της παλιάς πόλης.",
			"Ο δήμαρχος υποσχέθηκε δωρεάν λεωφορείο ανάμεσα στα δύο κτίρια για τον πρώτο χρόνο. Τα βιβλία θα μεταφερθούν την άνοιξη και το παλιό κτίριο θα πουληθεί.",
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

// A headline over its standfirst, and a headline under a section's label
// with no standfirst: the headline in every script, whether its clauses
// are parted by a comma ("항구 도시, 오래된 도서관 폐관 결정") or its
// words carry vowel signs (Hindi's "पुस्तकालय" is one word, not four).
func TestHeadlineOverStandfirst(t *testing.T) {
	for _, s := range harbourStories {
		for _, header := range [][]string{
			{s.section, s.headline, s.dek, s.byline, s.date},
			{s.section, s.headline, s.byline, s.date},
		} {
			page := append(append([]string{s.site}, harbourMenu...), header...)
			if got := headlineOf(strings.Join(append(page, s.body...), "\n")); got != s.headline {
				t.Errorf("%s, %d header lines: headline %q, want %q", s.lang, len(header), got, s.headline)
			}
		}
	}
}

// listCommas counts the commas that part a list's items, not those that
// part a headline's clauses.
func TestListCommas(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"Politics, Sport, Culture", 2},
		{"Storm, flood and fire hit the coast", 1},
		{"Harbour town, cut off by the storm, votes to rebuild", 0},
		{"항구 도시, 오래된 도서관 폐관 결정", 0},
		{"Harbour town votes to close its library", 0},
	} {
		if got := listCommas(c.s); got != c.want {
			t.Errorf("listCommas(%q) = %d, want %d", c.s, got, c.want)
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
