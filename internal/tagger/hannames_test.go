package tagger

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// A Chinese city named without its generic ending ("益阳", not "益阳市") is
// a subject when the text puts it where only places stand: a dateline, or
// before "当地" (local). A two-character common word repeated as often
// ("龙舟", dragon boat) has no such place and is no tag.
func TestChinesePlaceWithoutEnding(t *testing.T) {
	for _, c := range []struct {
		name      string
		a         article.Article
		want, not []string
	}{
		{"dateline", article.Article{
			Title: "益阳举办龙舟赛",
			Body: body("新华社益阳6月10日电 端午节当天，益阳举办了一年一度的龙舟赛，二十支队伍参加比赛。",
				"组织者表示，龙舟赛吸引了很多游客。益阳的龙舟队伍今年增加了五支。"),
		}, []string{"益阳"}, []string{"龙舟"}},
		{"local", article.Article{
			Title: "益阳新建三座公园",
			Body: body("今年益阳新建了三座公园。益阳当地居民说，公园让生活更方便。",
				"公园的设计者介绍，新公园都有儿童游乐场。益阳计划明年再建两座。"),
		}, []string{"益阳"}, []string{"公园"}},
		{"no mark", article.Article{
			Title: "益阳举办龙舟赛",
			Body: body("端午节当天，益阳举办了一年一度的龙舟赛，二十支队伍参加比赛。",
				"组织者表示，龙舟赛吸引了很多游客。益阳的龙舟队伍今年增加了五支。"),
		}, nil, []string{"益阳", "龙舟"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			c.a.Language = "zh"
			got := uncasedNames(c.a, dominantScript(c.a))
			t.Logf("names: %q", got)
			checkNames(t, got, c.want, c.not)
		})
	}
}

func TestSkipChineseDate(t *testing.T) {
	for in, want := range map[string]string{
		"6月10日电 端午": "电 端午", "６月１０日讯": "讯", "六月十日电": "电", "6月电": "6月电", "电": "电", "年6月": "年6月",
	} {
		if got := skipChineseDate(in); got != want {
			t.Errorf("skipChineseDate(%q) = %q, want %q", in, got, want)
		}
	}
}
