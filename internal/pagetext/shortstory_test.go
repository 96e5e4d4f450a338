package pagetext

import (
	"strings"
	"testing"
)

// A short story in a script the stopword lists do not cover (a headline,
// a subtitle and three paragraphs of one or two sentences) keeps every
// paragraph, whether the dump parts them with blank lines or not, and
// with a menu above and a share bar below. On such pages the classifier
// is unsure of every line; the rules' reading fills the story out.
func TestShortStoryKeepsEveryParagraph(t *testing.T) {
	stories := []struct {
		lang, head, sub string
		paras           []string
	}{{
		lang: "zh", head: "河边小镇迎来第一场雪", sub: "居民清晨出门扫雪，孩子们在广场上堆雪人。",
		paras: []string{
			"小镇今天早上迎来了今年冬天的第一场雪。气温降到零下五度。",
			"镇政府派出十辆扫雪车，主要道路在九点前恢复通行。",
			"学校照常上课，但推迟了一个小时。家长们说孩子们都很开心。",
		},
	}, {
		lang: "ja", head: "港町に初雪、子どもたちが雪だるま", sub: "朝から市民が雪かきに追われた。",
		paras: []string{
			"港町で今朝、この冬初めての雪が降った。気温は氷点下三度まで下がった。",
			"市は除雪車を八台出し、主な道路は九時までに通れるようになった。",
			"小学校は一時間遅れで授業を始めた。保護者は子どもたちが喜んでいたと話した。",
		},
	}, {
		lang: "ko", head: "강변 마을에 첫눈이 내렸다", sub: "주민들은 이른 아침부터 눈을 치웠다.",
		paras: []string{
			"마을에 오늘 아침 올겨울 첫눈이 내렸다. 기온은 영하 오도까지 떨어졌다.",
			"군청은 제설차 열 대를 보냈고 큰길은 아홉 시 전에 다시 열렸다.",
			"학교는 한 시간 늦게 수업을 시작했다. 부모들은 아이들이 무척 즐거워했다고 말했다.",
		},
	}, {
		lang: "th", head: "หิมะแรกตกที่เมืองริมแม่น้ำ", sub: "ชาวบ้านออกมากวาดหิมะตั้งแต่เช้า",
		paras: []string{
			"เมืองเล็กริมแม่น้ำมีหิมะตกเป็นครั้งแรกของฤดูหนาวนี้ อุณหภูมิลดลงถึงลบห้าองศา",
			"เทศบาลส่งรถกวาดหิมะสิบคัน ถนนสายหลักเปิดได้ก่อนเก้าโมง",
			"โรงเรียนเปิดสอนตามปกติแต่เลื่อนเวลาไปหนึ่งชั่วโมง ผู้ปกครองบอกว่าเด็กๆ สนุกมาก",
		},
	}, {
		lang: "ar", head: "أول ثلج يتساقط على بلدة النهر", sub: "خرج السكان في الصباح الباكر لإزالة الثلج.",
		paras: []string{
			"شهدت البلدة صباح اليوم أول تساقط للثلوج هذا الشتاء. وانخفضت الحرارة إلى خمس درجات تحت الصفر.",
			"أرسلت البلدية عشر كاسحات ثلج، وفتحت الطرق الرئيسية قبل التاسعة.",
			"فتحت المدارس أبوابها بتأخير ساعة واحدة. وقال الأهالي إن الأطفال كانوا سعداء جدا.",
		},
	}}
	layouts := []struct {
		name string
		page func(parts []string) string
	}{
		{"blank lines", func(parts []string) string { return dump(parts...) }},
		{"no blank lines", func(parts []string) string { return strings.Join(parts, "\n") + "\n" }},
		{"menu and share bar", func(parts []string) string {
			return dump(append(append([]string{"首页", "新闻", "Menu"}, parts...), "分享", "© 2026 Example")...)
		}},
	}
	for _, s := range stories {
		for _, l := range layouts {
			t.Run(s.lang+"/"+l.name, func(t *testing.T) {
				a, _ := mustParse(t, l.page(append([]string{s.head, s.sub}, s.paras...)))
				if a.Title != s.head {
					t.Errorf("headline %q, want %q", a.Title, s.head)
				}
				for i, para := range s.paras {
					if !strings.Contains(a.Body, para) {
						t.Errorf("paragraph %d is missing from the body:\n%s", i+1, a.Body)
					}
				}
			})
		}
	}
}

// A news brief of three one-sentence paragraphs under a clear headline
// (an agency flash) is a story, in a script without spaces as in English,
// with or without a menu above it and a share bar below; a page of
// nothing but a menu and headlines of other stories (some of them
// questions) still has no story.
func TestBriefIsAStory(t *testing.T) {
	briefs := []struct {
		head  string
		paras []string
	}{{
		head:  "港口大桥今天重新开放",
		paras: []string{"大桥修复工程历时一年终于完成。", "市长在开通仪式上向工人们表示感谢。", "首批车辆上午九点驶过大桥。"},
	}, {
		head: "Harbour bridge reopens after a year of repairs",
		paras: []string{
			"The harbour bridge reopened on Monday after a year of repairs.",
			"The mayor thanked the workers at a short ceremony by the water.",
			"The first cars crossed the bridge shortly after nine in the morning.",
		},
	}}
	for _, b := range briefs {
		for _, page := range []string{
			dump(append([]string{b.head}, b.paras...)...),
			dump(append(append([]string{"Home", "News", "Sport", "Menu", b.head}, b.paras...), "Share", "Facebook", "© 2026 Example News")...),
		} {
			a, _ := mustParse(t, page)
			if a.Title != b.head {
				t.Errorf("headline %q, want %q", a.Title, b.head)
			}
			wantBody(t, a.Body, b.paras)
		}
	}
	teasers := dump("Home", "News", "Sport", "Menu", "Latest news",
		"Harbour bridge reopens after a year of repairs",
		"Mayor opens the new library on the east side",
		"Will the ferry fares rise again this spring?",
		"Is the old market hall worth saving for the town?",
		"What will the new harbour bridge mean for the shops?",
		"Storm damages roofs across the valley",
		"Share", "© 2026 Example News")
	if a, _, err := Parse([]byte(teasers)); err == nil && a.Body != "" {
		t.Errorf("a page of headlines has a body:\n%s", a.Body)
	}
}
