package pagetext

import (
	"strings"
	"testing"
)

// wantHeadline checks the headline chosen on a page of the given lines.
func wantHeadline(t *testing.T, want string, lines []string) {
	t.Helper()
	if got := headlineOf(strings.Join(lines, "\n")); got != want {
		t.Errorf("headline %q, want %q", got, want)
	}
}

// headlineOf runs the parser's passes over a page dump and returns the
// line chosen as the headline, or "" when none is, whatever the body.
func headlineOf(text string) string {
	lines, _ := splitLines(text)
	if len(lines) == 0 {
		return ""
	}
	p := newPage(lines)
	for _, ps := range passes {
		ps.run(p)
	}
	if p.title < 0 {
		return ""
	}
	return p.lines[p.title].text
}

// A short story in a script written without spaces chooses its headline
// as a long one does: the headline over its subtitle, even when the
// headline is one run of characters and the subtitle has a space in it
// (which made it two "words" to the rules and the headline one).
func TestShortUnspacedStoryHeadline(t *testing.T) {
	for _, c := range []struct {
		name, want string
		rest       []string
	}{
		{"zh subtitle with a space", "地铁新线明年通车", []string{
			"全长二十公里 设十五座车站",
			"周一，市交通局在新闻发布会上介绍了地铁新线路的建设进展。",
			"负责人说，新线路开通后，从城东到市中心的时间将缩短一半。",
			"不少市民表示期待。",
		}},
		{"zh subtitle as a clause", "小镇图书馆迎来百岁读者", []string{
			"她每周都来借书，已经坚持了四十年",
			"周二上午，家住城东的陈奶奶又一次走进了小镇图书馆。她今年刚满一百岁，是这里年纪最大的读者。",
			"管理员说，陈奶奶最喜欢看历史书，每次都会借走两三本，下周准时归还。",
			"陈奶奶笑着说，只要眼睛还看得见，她就会一直读下去。",
		}},
		{"zh with byline and date", "山城夜市重新开张 摊主盼客流回升", []string{
			"老街改造完成后首个周末迎来数千市民",
			"记者 王小明",
			"2026年3月14日 20:15",
			"经过半年的改造，位于老城区的山城夜市于周六晚上重新开张。夜市入口处挂起了新的灯笼。",
			"卖烤红薯的李阿姨说，改造期间她只能在家休息，收入少了很多。",
			"区政府有关负责人表示，夜市将每周开放五个晚上。",
		}},
		{"ja subtitle with a space", "港町の市場が再開", []string{
			"改装工事終え 週末に数千人",
			"土曜日の朝、半年ぶりに港町の市場が再び開いた。入口には新しい看板が掲げられた。",
			"魚を売る田中さんは、客が戻ってきてうれしいと話した。",
			"市の担当者は、今後も営業時間を見直すと述べた。",
		}},
		{"ko", "항구 시장 다시 문 열어", []string{
			"주말에 시민 수천 명 찾아",
			"토요일 아침, 반년 만에 항구 시장이 다시 문을 열었다. 입구에는 새 간판이 걸렸다.",
			"생선을 파는 김씨는 손님이 돌아와서 기쁘다고 말했다.",
			"시 관계자는 앞으로 영업시간을 조정하겠다고 밝혔다.",
		}},
	} {
		for _, sep := range []string{"\n", "\n\n"} {
			page := c.want + sep + strings.Join(c.rest, sep) + "\n"
			if got := headlineOf(page); got != c.want {
				t.Errorf("%s (lines parted by %q): headline %q, want %q", c.name, sep, got, c.want)
			}
		}
	}
}

// headWords reads two Han or kana characters as about a word, four of
// Thai, and Latin words as they are.
func TestHeadWords(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Council shuts harbour bridge", 4},
		{"地铁新线明年通车", 4},
		{"全长二十公里 设十五座车站", 6},
		{"iPhone 17发布", 3},
		{"ニュース 経済 スポーツ", 3},     // a menu of labels stays three
		{"ニュース 社会", 2},          // and a trail of two labels two
		{"ฝนตกหนักทั่วกรุง", 4}, // five words; marks count as characters
	} {
		ln := newLine(c.text, 0)
		ln.words = wordCount(c.text)
		if got := headWords(&ln); got != c.want {
			t.Errorf("headWords(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}

// Two section labels over a Chinese or Japanese headline ("ニュース 社会",
// a trail without its marks) are not the headline, though written
// without spaces they are about as long as one.
func TestTwoLabelsOverCJKHeadline(t *testing.T) {
	for _, c := range []struct{ labels, want string }{
		{"ニュース 社会", "港町の市場が半年ぶりに再開"},
		{"新闻 国内", "港口夜市时隔半年重新开放"},
	} {
		page := dump(c.labels, c.want, "2025年3月27日 10時15分", "文・山田太郎",
			"土曜日の朝、半年ぶりに港町の市場が再び開き、入口には新しい看板が掲げられた。",
			"市の担当者は、今後も営業時間を見直すと述べた。", "関連記事")
		if got := headlineOf(page); got != c.want {
			t.Errorf("%q over %q: headline %q", c.labels, c.want, got)
		}
	}
}

// On a Thai page the site's name over the trail of sections is not the
// headline, though its letters are those of the story's words (a Thai
// letter spells a sound, not a word, as a Chinese character does) and the
// headline under the trail is long in letters.
func TestThaiHeadlineUnderSectionTrail(t *testing.T) {
	want := "ครม.เห็นชอบรถไฟฟ้าสายใหม่ฝั่งตะวันออก"
	a, _ := mustParse(t, dump("ข่าวเมืองใหม่", "หน้าแรก › ข่าว › เศรษฐกิจ", want, "โดย สมชาย ใจดี", "12 ก.ย. 2568",
		"คณะรัฐมนตรีมีมติเห็นชอบโครงการรถไฟฟ้าสายใหม่ที่จะเชื่อมต่อพื้นที่ชานเมืองด้านตะวันออกเข้ากับใจกลางกรุงเทพมหานคร",
		"โฆษกรัฐบาลกล่าวว่าการก่อสร้างจะเริ่มต้นในช่วงต้นปีหน้า และคาดว่าจะแล้วเสร็จภายในระยะเวลาห้าปี",
		"ประชาชนในพื้นที่ต่างแสดงความยินดี เนื่องจากต้องใช้เวลาเดินทางเข้าเมืองมากกว่าสองชั่วโมงในแต่ละวัน",
		"อย่างไรก็ตาม นักวิชาการบางส่วนตั้งข้อสังเกตว่างบประมาณของโครงการอาจสูงกว่าที่ประเมินไว้ในเบื้องต้น",
		"กระทรวงคมนาคมจะเปิดรับฟังความคิดเห็นจากประชาชนในพื้นที่อีกครั้งก่อนการประกวดราคาในเดือนมีนาคม",
		"แชร์", "ข่าวล่าสุด"))
	if a.Title != want {
		t.Errorf("headline %q, want %q", a.Title, want)
	}
}

// A long headline in a script written without spaces, of more than 60
// characters, is one of the lines the headline is chosen from: each
// character is a token there, and the cut at 60 tokens meant for some 60
// words of a spaced script dropped it, leaving the section's name over it
// to be taken.
func TestLongUnspacedHeadlineIsACandidate(t *testing.T) {
	for _, c := range []struct {
		name, label, want string
		rest              []string
	}{
		{"zh", "地方新闻", "山区两个村庄的村民反映，镇政府在没有召开任何听证会的情况下批准在水库上游修建采石场，如今每天都有重型卡车从村小学门前驶过，家长们非常担心孩子的安全",
			[]string{"记者 林晓雯", "2026年11月3日 09:20",
				"村民说，采石场的审批公示只贴在镇政府门口，很多人直到施工队进村才知道这件事。",
				"镇政府回应称，项目手续齐全，并承诺在学校附近设置限速标志和专人值守。",
				"家长们已经联名写信给县里，要求重新评估项目对水源和交通的影响。"}},
		{"th", "ข่าวภูมิภาค", "ชาวประมงสามหมู่บ้านริมทะเลสาบร้องเรียนว่าอำเภออนุญาตให้สร้างท่าเรือขนทรายแห่งใหม่โดยไม่จัดประชาคมและตอนนี้มีเรือบรรทุกวิ่งผ่านแนวกระชังปลาทุกวัน",
			[]string{"โดย วิไลวรรณ ศรีสุข", "3 พ.ย. 2569 09:20 น.",
				"ชาวประมงระบุว่าประกาศเรื่องท่าเรือติดไว้เพียงที่ว่าการอำเภอ หลายคนไม่รู้จนกระทั่งรถแบ็คโฮเข้ามาในหมู่บ้าน",
				"นายอำเภอชี้แจงว่าโครงการได้รับอนุญาตถูกต้องและจะตั้งจุดตรวจความเร็วเรือใกล้กระชังปลา",
				"ชาวบ้านได้ยื่นหนังสือถึงจังหวัดขอให้ทบทวนผลกระทบต่อแหล่งน้ำและอาชีพประมงพื้นบ้าน"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			wantHeadline(t, c.want, append([]string{c.label, "", c.want, ""}, c.rest...))
		})
	}
}
