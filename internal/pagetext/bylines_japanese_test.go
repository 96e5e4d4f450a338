package pagetext

import (
	"strings"
	"testing"
)

// On a Japanese page, a credit label before a name of five or six Han
// characters ("文・森下健一郎", "記者 長谷川美智子", "取材・文／小野寺真理子")
// names the writer; a Chinese page's name of four at most is read as
// before, and a longer run of Han after a label on a page of another
// language is no name (made-up pages).
func TestJapaneseLongHanName(t *testing.T) {
	story := "エルウィン港の市議会は火曜日、三年続けて嵐に見舞われてきた防波堤を再建することを決めた。住民が市庁舎を埋め尽くして対策を求めていた。\n\n" +
		"技術者によると、新しい壁は二メートル高くなり、魚市場や救難所、岸壁沿いの約二百戸の住宅を守るという。\n\n" +
		"市長は、工事は来年の春に始まり、夏の観光シーズンまでには終わる見込みだと話した。漁業者の多くは計画を歓迎している。\n\n" +
		"一方で、費用の負担をめぐっては県との協議が続いており、最終的な予算は秋に決まる予定だという。"
	for _, c := range []struct{ line, want string }{
		{"文・森下健一郎", "森下健一郎"},
		{"記者 長谷川美智子", "長谷川美智子"},
		{"取材・文／小野寺真理子", "小野寺真理子"},
		{"文：藤原由紀", "藤原由紀"},
	} {
		a, _ := mustParse(t, dump("トップ", "港町、冬を前に古い防波堤の再建を決定", "2025年3月4日", c.line, story))
		if strings.Join(a.Authors, "|") != c.want {
			t.Errorf("%q: authors %q, want %q", c.line, a.Authors, c.want)
		}
	}
	if ns := japaneseByline("記者 長谷川美智子花"); ns != nil {
		t.Errorf("seven Han characters: %q", ns)
	}
	zh := "港口城市的市议会周二决定重建已经连续三年遭受风暴袭击的防波堤，居民们挤满了市政厅要求采取行动。\n\n" +
		"工程师表示，新的堤坝将加高两米，保护鱼市、救援站以及沿岸约两百户住宅。\n\n" +
		"市长说，工程将于明年春天开始，预计在夏季旅游旺季之前完工，大多数渔民对这一计划表示欢迎。"
	if a, _ := mustParse(t, dump("首页", "港口城市决定在入冬前重建旧防波堤", "2025年3月4日", "记者 欧阳明辉张", zh)); len(a.Authors) != 0 {
		t.Errorf("Chinese page, five Han characters: authors %q", a.Authors)
	}
}
