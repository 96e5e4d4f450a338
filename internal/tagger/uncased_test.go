package tagger

import (
	"slices"
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// Texts in scripts without capitals, written for these tests: the
// subjects are what the headline says and the body repeats; particles,
// affixes and fragments of longer names never are.
func TestUncasedScripts(t *testing.T) {
	for _, tc := range []struct {
		lang    string
		script  script
		a       article.Article
		want    []string
		notWant []string
	}{
		{"zh", scHan, article.Article{
			Title: "北京举行人工智能大会",
			Body: body("人工智能大会周三在北京开幕。来自全国的专家在北京讨论人工智能的发展。",
				"大会主办方表示，人工智能产业今年增长迅速。北京市政府也宣布了新的支持政策。"),
		}, []string{"北京", "人工智能"}, []string{"的", "在北京", "北京举行", "大会", "人工", "智能"}},
		{"ja", scJapanese, article.Article{
			Title: "トヨタ、東京で新型電気自動車を発表",
			Body: body("トヨタ自動車は東京で新型の電気自動車を発表した。トヨタによると、この電気自動車は来年から東京など全国で販売される。",
				"トヨタの社長は記者会見で電気自動車の重要性を強調した。東京の会場には多くの人が集まった。"),
		}, []string{"トヨタ", "電気自動車", "東京"}, []string{"自動車", "電気", "で", "を", "発表"}},
		// A short story whose headline names no one: the names come from
		// the body, by their marks (a surname, a generic ending), and the
		// common words the headline and body share are no tags.
		{"zh", scHan, article.Article{
			Title: "小镇图书馆迎来新馆长",
			Body: body("上周，青石镇图书馆迎来了新馆长李明华。李明华曾在省城图书馆工作十年。",
				"李明华说，他希望青石镇图书馆成为孩子们放学后最喜欢的地方。图书馆将增加儿童读物。",
				"青石镇的居民对此表示欢迎。"),
		}, []string{"李明华", "青石镇"}, []string{"图书馆", "馆长", "镇图书馆", "小镇"}},
		{"ja", scJapanese, article.Article{
			Title: "青森県の漁港で新しい市場が開業",
			Body: body("青森県の八戸港で十日、新しい魚市場が開業した。市場には朝早くから多くの買い物客が訪れた。",
				"八戸市の担当者によると、新しい市場は冷蔵設備を備えているという。八戸港の魚を全国に届けたいと鈴木首相も話した。",
				"青森県は観光客の増加にも期待している。青森県の八戸港には週末も市場を訪れる人が多い。"),
		}, []string{"青森県", "八戸港"}, []string{"市場", "漁港", "開業"}},
		// A company introduced by its full legal name and then by a short
		// one is filed under the short one, and a person with a role
		// before the name or a word of saying after it is named twice;
		// a place with a generic ending in the first paragraph counts
		// extra. Phrases that end like a place ("两个区") never do.
		{"zh", scHan, article.Article{
			Title: "杭州一家无人机企业开始为山区送药",
			Body: body("杭州云雀飞行科技有限公司周一在余杭区启动无人机送药服务，首批航线覆盖三个山村和两个区的卫生院。",
				"云雀飞行创始人郑海涛说，无人机二十分钟就能把药品送到山顶的村卫生室。郑海涛表示，公司已经和十家医院签约。",
				"云雀飞行计划明年把服务扩大到浙江其他山区。",
				"一位村医说，以前取药要走两个小时山路。"),
		}, []string{"云雀飞行", "郑海涛", "余杭区"}, []string{"科技有限公司", "杭州云雀", "两个区", "云雀飞行科技有限公司"}},
		// A city in the first paragraph is a subject though named once;
		// a person called by her surname ("高橋さん") is filed under the
		// full name the text gives once ("高橋美咲さん").
		{"ja", scJapanese, article.Article{
			Title: "駅前の空き家、若者向け住宅に",
			Body: body("金沢市は十日、駅前の空き家を若者向けの住宅に改修する計画を発表した。",
				"計画に参加する建築家の高橋美咲さんは「古い家には良さがある」と話す。高橋さんは学生と一緒に設計を進めている。",
				"高橋さんによると、最初の三軒は来年の春に完成する予定だ。"),
		}, []string{"金沢市", "高橋美咲"}, []string{"高橋", "空き家", "住宅"}},
		// Arabic: a common noun with the article ("المستشفى", the
		// hospital) is no subject however often it comes back; a city
		// without it is, and so is a person the text quotes by the
		// family name after "وقال", "وأضاف".
		{"ar", scArabic, article.Article{
			Title: "افتتاح المستشفى الجديد في حلب",
			Body: body("افتتح في حلب يوم الأحد المستشفى الجديد للأطفال بعد عامين من البناء.",
				"وقالت مديرة المستشفى هالة النجار إن المستشفى يضم مئة سرير. وأضافت النجار أن المستشفى سيستقبل الأطفال من كل أحياء حلب.",
				"وأكدت النجار أن العلاج في المستشفى سيكون مجانيا. ويعد المستشفى الأكبر من نوعه في حلب."),
		}, []string{"حلب", "هالة النجار"}, []string{"المستشفى", "الجديد"}},
		{"ko", scHangul, article.Article{
			Title: "삼성전자, 서울에서 새 스마트폰 공개",
			Body: body("삼성전자가 서울에서 새 스마트폰을 공개했다. 삼성전자는 이번 스마트폰이 인공지능 기능을 갖췄다고 밝혔다.",
				"서울 행사에는 많은 사람이 모였다. 서울의 매장에서 삼성전자의 스마트폰은 다음 달 출시된다."),
		}, []string{"삼성전자", "서울", "스마트폰"}, []string{"삼성전자가", "서울에서", "새", "공개"}},
		{"ar", scArabic, article.Article{
			Title: "مصر تفتتح المتحف المصري الكبير في القاهرة",
			Body: body("افتتحت مصر المتحف المصري الكبير في القاهرة يوم السبت. ويضم المتحف المصري الكبير آلاف القطع الأثرية.",
				"وقال مسؤولون في القاهرة إن المتحف سيجذب ملايين السياح إلى مصر. ويقع المتحف قرب أهرامات الجيزة في القاهرة، أكبر مدن مصر."),
		}, []string{"القاهرة", "المتحف المصري الكبير", "مصر"}, []string{"في", "المتحف", "تفتتح"}},
		// An adjective of nationality ("السوداني", the Sudanese) is no
		// subject alone.
		{"ar", scArabic, article.Article{
			Title: "الناشط السوداني أحمد الطيب يتحدث عن الخرطوم",
			Body: body("قال الناشط السوداني أحمد الطيب إن الخرطوم تعيش أياما صعبة. وأضاف أحمد الطيب أن الشباب السوداني يريد السلام.",
				"ويعيش أحمد الطيب في الخرطوم منذ سنوات، وقال إن المجتمع السوداني قادر على تجاوز الأزمة. وتحدث عن أحياء الخرطوم القديمة."),
		}, []string{"أحمد الطيب", "الخرطوم"}, []string{"السوداني", "الناشط"}},
		{"fa", scArabic, article.Article{
			Title: "تهران میزبان نمایشگاه کتاب شد",
			Body: body("نمایشگاه کتاب تهران امروز آغاز شد. ناشران زیادی در نمایشگاه کتاب حضور دارند.",
				"شهرداری تهران گفت که نمایشگاه کتاب تا هفته آینده ادامه دارد. مردم تهران از این نمایشگاه استقبال کردند."),
		}, []string{"تهران", "نمایشگاه کتاب"}, []string{"شد", "میزبان", "نمایشگاه", "کتاب"}},
		{"hi", scDevanagari, article.Article{
			Title: "दिल्ली में वायु प्रदूषण पर नई रिपोर्ट",
			Body: body("दिल्ली में वायु प्रदूषण लगातार बढ़ रहा है। नई रिपोर्ट के अनुसार दिल्ली की हवा सबसे खराब है।",
				"विशेषज्ञों ने कहा कि वायु प्रदूषण से स्वास्थ्य को खतरा है। सरकार ने दिल्ली में नए नियम लागू किए।"),
		}, []string{"दिल्ली", "वायु प्रदूषण"}, []string{"में", "पर", "नई", "प्रदूषण"}},
		{"th", scThai, article.Article{
			Title: "กรุงเทพ จัดงาน เทศกาลอาหาร",
			Body: body("กรุงเทพ จัดงาน เทศกาลอาหาร ครั้งใหญ่ในสัปดาห์นี้",
				"นักท่องเที่ยวจำนวนมากเดินทางมาที่ กรุงเทพ เพื่อร่วม เทศกาลอาหาร ครั้งนี้"),
		}, []string{"กรุงเทพ", "เทศกาลอาหาร"}, []string{"จัดงาน"}},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			tc.a.Language = tc.lang
			if got := dominantScript(tc.a); got != tc.script {
				t.Fatalf("script %d, want %d", got, tc.script)
			}
			got := uncasedNames(tc.a, tc.script)
			t.Logf("names: %q", got)
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %q in %q", w, got)
				}
			}
			for _, w := range tc.notWant {
				if slices.Contains(got, w) {
					t.Errorf("unwanted %q in %q", w, got)
				}
			}
			// Tags carries them whenever their slug is not empty.
			tags := Tags(tc.a)
			checkTags(t, tags)
			for _, n := range got {
				if article.Slugify(n) != "" && !has(tags, n) {
					t.Errorf("Tags lost %q: %q", n, names(tags))
				}
			}
		})
	}
}

// A short text, or one whose headline the body does not repeat, gets no
// tags rather than guesses.
func TestUncasedFewerRatherThanJunk(t *testing.T) {
	for _, a := range []article.Article{
		{Title: "北京", Body: "北京"},
		{Title: "今日のニュース", Body: body("今日は晴れです。明日は雨が降るでしょう。")},
		{Title: "오늘의 날씨", Body: body("오늘은 맑겠습니다. 내일은 비가 오겠습니다.")},
		{Title: "في", Body: body("في في في في")},
		// "and not", however often the body says it.
		{Title: "لا جديد ولا تغيير في الأسعار", Body: body("ولا شيء تغير هذا الأسبوع. ولا أحد يعرف السبب.", "ولا جديد اليوم.")},
	} {
		if got := uncasedNames(a, dominantScript(a)); len(got) != 0 {
			t.Errorf("%q: %q, want none", a.Title, got)
		}
	}
}

// English text never takes the path of these scripts, whatever quotes or
// accents it has.
func TestDominantScriptOfLatinText(t *testing.T) {
	for _, s := range []string{"Otty Patiño met the “rebels” in Bogotá.", "Москва и Киев", "plain ASCII", strings.Repeat("é", 10) + " 北京"} {
		if got := dominantScript(article.Article{Title: s}); got != scCased {
			t.Errorf("%q: script %d", s, got)
		}
	}
}

// The count of cased letters may settle the script before the end of the
// text, but never against a script that overtakes it later: a Latin
// headline over a body in Arabic letters (two bytes each) wins only a tie.
func TestDominantScriptCountsToTheEnd(t *testing.T) {
	latin := "é" + strings.Repeat("a", 1000) // 1,001 letters
	for _, c := range []struct {
		a    article.Article
		want script
	}{
		{article.Article{Title: latin, Body: strings.Repeat("ب", 1001)}, scCased},
		{article.Article{Title: latin, Body: strings.Repeat("ب", 1002)}, scArabic},
		{article.Article{Body: latin + strings.Repeat("ب", 1001)}, scCased},
		{article.Article{Body: latin + strings.Repeat("ب", 1002)}, scArabic},
		{article.Article{Title: latin, Dek: strings.Repeat("a", 1000), Body: strings.Repeat("北", 600) + strings.Repeat("ب", 900)}, scCased},
		{article.Article{Title: "é", Body: strings.Repeat("北", 1000) + strings.Repeat("a", 998)}, scHan},
		{article.Article{Title: "é", Body: strings.Repeat("北", 1000) + strings.Repeat("a", 999)}, scCased},
	} {
		if got := dominantScript(c.a); got != c.want {
			t.Errorf("%.20q…%.20q: script %d, want %d", c.a.Title, c.a.Body, got, c.want)
		}
	}
}
