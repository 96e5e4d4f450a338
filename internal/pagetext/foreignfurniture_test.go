package pagetext

import "testing"

// Pages in Russian, Korean, Swedish and Greek carry the furniture every
// news page has, in their own words: an ad's label and a pitch for the
// site's newsletter inside the story, and under it the list of the
// story's tags, a prompt to comment and the cookie notice. None of it is
// the story's.
func TestFurnitureInMoreLanguagesLeavesTheBody(t *testing.T) {
	ru := []string{
		"Городские власти объявили во вторник о начале строительства нового моста через реку, который должен соединить два крупных жилых района.",
		"По словам представителя мэрии, стоимость проекта составит около двенадцати миллиардов рублей, а работы планируется завершить за три года.",
		"Жители прилегающих улиц опасаются, что стройка приведёт к пробкам и шуму, и потребовали провести общественные слушания до начала работ.",
		"Эксперты отмечают, что новый мост нужен городу давно: существующие переправы перегружены в часы пик, а один мост требует ремонта.",
		"Первый этап работ начнётся весной следующего года, и мэрия обещает регулярно рассказывать горожанам о ходе строительства.",
		"Депутаты городской думы поддержали проект, но попросили отдельно проверить, как стройка скажется на экологии берега реки.",
	}
	ruFurniture := []string{
		"Реклама",
		"Подпишитесь на нашу рассылку и получайте главные новости дня на почту.",
		"Теги: транспорт, строительство, мэрия",
		"Мы используем файлы cookie, чтобы улучшить работу сайта. Продолжая пользоваться сайтом, вы соглашаетесь с этим.",
	}
	wantWithout(t, []string{"Новости", "Власти города объявили о строительстве нового моста", "Автор: Иван Петров",
		"15 октября 2024"}, ru, ruFurniture, "Оставьте комментарий", "О проекте")

	ko := []string{
		"시는 이달부터 노후 상수도관 교체 사업에 착수한다고 12일 밝혔다. 사업비는 약 800억 원이며 2027년까지 단계적으로 진행된다.",
		"시 관계자는 설치된 지 30년이 넘은 상수도관이 전체의 40퍼센트에 달해 누수와 수질 문제가 자주 발생하고 있다고 설명했다.",
		"주민들은 그동안 녹물이 나오는 등 불편을 겪어 왔다며 사업을 환영했다. 다만 공사 기간 도로 통제에 따른 교통 불편을 우려하는 목소리도 나왔다.",
		"시는 공사를 주로 야간에 진행하고 사전에 주민들에게 일정을 알리겠다고 밝혔다. 공사 구간에는 안내 요원도 배치할 계획이다.",
		"첫 공사는 도심 지역에서 시작되며 올해 안에 약 50킬로미터 구간의 교체를 마칠 계획이다. 나머지 구간은 내년부터 진행된다.",
		"시의회는 사업 예산을 승인하면서 공사 과정에서 발생하는 민원을 신속하게 처리할 수 있는 전담 창구를 마련하라고 요구했다.",
	}
	koFurniture := []string{
		"광고",
		"뉴스레터를 구독하시면 매일 아침 주요 뉴스를 보내드립니다.",
		"태그: 상수도, 시청, 공사",
		"공유하기",
	}
	wantWithout(t, []string{"뉴스", "시, 노후 상수도관 교체 사업 착수", "김민수 기자", "2025.06.12 10:40"}, ko, koFurniture,
		"많이 본 뉴스", "회사소개")

	sv := []string{
		"Kommunen ska bygga fem nya förskolor under de kommande tre åren. Det beslutade kommunfullmäktige på tisdagskvällen efter en lång debatt.",
		"Enligt kommunen kostar satsningen omkring 300 miljoner kronor. Behovet av platser har ökat kraftigt eftersom många barnfamiljer flyttat hit.",
		"Föräldrar har länge klagat på långa köer och stora barngrupper. I vissa områden har väntetiden till en plats varit flera månader.",
		"Oppositionen stödde beslutet men efterlyste samtidigt fler förskollärare. Utan personal räcker det inte med nya lokaler, sade gruppledaren.",
		"Den första förskolan ska stå klar hösten 2026 och får plats för hundra barn. De övriga fyra ska byggas i de nya bostadsområdena.",
		"Kommunen räknar med att köerna ska vara borta när alla fem förskolor har öppnat, men varnar för att fler familjer kan flytta in.",
	}
	svFurniture := []string{
		"Annons",
		"Prenumerera på vårt nyhetsbrev och få de viktigaste nyheterna från kommunen varje morgon.",
		"Ämnen: förskola, kommunen, barn",
		"Vi använder cookies för att förbättra din upplevelse. Genom att fortsätta godkänner du att vi använder cookies.",
	}
	wantWithout(t, []string{"Nyheter", "Kommunen satsar på nya förskolor", "Av Erik Johansson", "2 september 2025"}, sv,
		svFurniture, "Mer att läsa", "Om oss")

	el := []string{
		"Ο δήμος ανακοίνωσε την Τρίτη ένα νέο πρόγραμμα ανακύκλωσης που θα καλύψει όλες τις γειτονιές της πόλης μέχρι το τέλος του έτους.",
		"Σύμφωνα με τον δήμαρχο, θα τοποθετηθούν δύο χιλιάδες νέοι κάδοι και θα αγοραστούν δέκα απορριμματοφόρα με κόστος οκτώ εκατομμύρια ευρώ.",
		"Οι κάτοικοι χαιρέτισαν την πρωτοβουλία, ζητώντας όμως συχνότερη αποκομιδή των απορριμμάτων τους καλοκαιρινούς μήνες.",
		"Περιβαλλοντικές οργανώσεις σημειώνουν ότι η πόλη υστερεί σημαντικά στην ανακύκλωση σε σχέση με άλλες ευρωπαϊκές πόλεις.",
		"Το πρόγραμμα θα ξεκινήσει τον Σεπτέμβριο από τις κεντρικές συνοικίες και θα επεκταθεί σταδιακά σε όλη την πόλη μέσα στον χειμώνα.",
		"Ο δήμος θα ενημερώνει τους κατοίκους για το πρόγραμμα με φυλλάδια και συναντήσεις σε κάθε γειτονιά πριν από την έναρξή του.",
	}
	elFurniture := []string{
		"Διαφήμιση",
		"Διαβάστε επίσης: Νέοι ποδηλατόδρομοι στο κέντρο της πόλης",
		"Ετικέτες: ανακύκλωση, δήμος, περιβάλλον",
		"Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας. Συνεχίζοντας την περιήγηση αποδέχεστε τη χρήση τους.",
	}
	wantWithout(t, []string{"Ειδήσεις", "Ο δήμος ανακοίνωσε νέο πρόγραμμα ανακύκλωσης", "Του Γιώργου Παπαδόπουλου",
		"20 Αυγούστου 2025"}, el, elFurniture, "Περισσότερα άρθρα", "Επικοινωνία")
}

// Chinese and Japanese write the colon after the label of a link to
// another story full width: "相关阅读：…" is the link, not a paragraph.
func TestFullWidthTeaserLabel(t *testing.T) {
	for _, s := range []string{"相关阅读：本市新增五条公交线路", "あわせて読みたい：市内の公園で桜まつり始まる"} {
		ln := wordedLine(s)
		if !teaserLabelled(&ln) {
			t.Errorf("%q not read as a link to another story", s)
		}
	}
	// A sentence that opens with such a label and a colon is prose.
	s := "相关阅读：。"
	ln := wordedLine(s)
	if teaserLabelled(&ln) {
		t.Errorf("%q read as a link to another story", s)
	}
}

// A picture's credit in other scripts labels the name as "Photo:" does,
// with a full-width colon in Chinese and Japanese and an equals sign in
// Korean: the line is the picture's, not the story's.
func TestCreditLabelsInMoreScripts(t *testing.T) {
	for s, want := range map[string]string{
		"写真：佐藤花子":                     "佐藤花子",
		"图片来源：新华社":                    "新华社",
		"사진=연합뉴스":                     "연합뉴스",
		"Fotoğraf: Mehmet Demir / AA": "Mehmet Demir / AA",
		"Φωτογραφία: Νίκος Γεωργίου":  "Νίκος Γεωργίου",
		"Ảnh: Trần Minh":              "Trần Minh",
		"تصوير: محمد علي":             "محمد علي",
		"फोटो: सुनील कुमार":           "सुनील कुमार",
	} {
		if got := creditOnly(s); got != want {
			t.Errorf("creditOnly(%q) = %q, want %q", s, got, want)
		}
	}
	// A sentence with an equals sign is no credit.
	if got := creditOnly("사진 속 인물은 누구인가요? 정답=김민수"); got != "" {
		t.Errorf("a question read as a credit: %q", got)
	}
}
