package article_test

import (
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// Japanese titles are read as Japanese, in Hepburn without macrons, words
// apart and particles on their own; kanji get the reading of the word they
// are in.
func TestTitleSlugReadsJapanese(t *testing.T) {
	for _, c := range []struct{ title, want string }{
		{"横浜の商店街、空き店舗を若者の工房に", "yokohama-no-shotengai-aki-tenpo-o-wakamono-no-kobo-ni"},
		{"東京の美術館で展覧会", "tokyo-no-bijutsukan-de-tenrankai"},
		{"大阪府知事が会見", "osaka-fuchiji-ga-kaiken"},
		// The same kanji read by their word: 市場 is shijo here.
		{"株式市場は下落", "kabushiki-shijo-wa-geraku"},
		// Honorifics keep their hyphen, verbs their endings, and a
		// pronounced vowel is kept (思う omou, 経済 keizai).
		{"高橋美咲さんは「ありがとう」と話した", "takahashi-misaki-san-wa-arigato-to-hanashita"},
		{"経済を思う", "keizai-o-omou"},
		// Numbers with their counters; the month is gatsu.
		{"12月に説明会、3万人が参加", "12gatsu-ni-setsumeikai-3mannin-ga-sanka"},
		// Katakana by the kana tables: small kana, ッ and ー.
		{"ジュースとチョコレート", "jusu-to-chokoreto"},
		{"新しいキッチンでファイルをシェア", "atarashii-kitchin-de-fairu-o-shea"},
		{"iPhone 17発売へ", "iphone-17-hatsubai-e"},
	} {
		if got := article.TitleSlug(c.title, "ja"); got != c.want {
			t.Errorf("TitleSlug(%q, ja) = %q, want %q", c.title, got, c.want)
		}
	}
}

// Only a title in an article found to be Japanese gets Japanese readings:
// Chinese keeps pinyin, and every other language is Slugify's.
func TestTitleSlugOtherLanguages(t *testing.T) {
	for _, c := range []struct{ title, lang, want string }{
		{"北京举行新闻发布会", "zh", "bei-jing-ju-xing-xin-wen-fa-bu-hui"},
		{"東京举行新闻发布会", "zh", "dong-jing-ju-xing-xin-wen-fa-bu-hui"},
		{"東京の美術館", "", "dong-jing-no-mei-shu-guan"},
		{"Путин заявил о переговорах", "ru", "putin-zaiavil-o-peregovorakh"},
		{"القاهرة تستضيف القمة", "ar", "lqhr-tstdyf-lqm"},
		{"서울에서 열린 회의", "ko", "seouleseo-yeolrin-hoeyi"},
		{"กรุงเทพมหานคร", "th", "krungethphmhaankhr"},
		{"Tokyo opens a new museum", "ja", "tokyo-opens-a-new-museum"},
	} {
		if got := article.TitleSlug(c.title, c.lang); got != c.want {
			t.Errorf("TitleSlug(%q, %q) = %q, want %q", c.title, c.lang, got, c.want)
		}
	}
}

// A long Japanese title is cut at a word like any other.
func TestTitleSlugJapaneseLength(t *testing.T) {
	s := article.TitleSlug(strings.Repeat("東京の美術館で展覧会、", 10), "ja")
	if len(s) > article.MaxSlugLen || strings.HasSuffix(s, "-") || !strings.HasPrefix(s, "tokyo-no-bijutsukan") {
		t.Errorf("long slug %q", s)
	}
}

// Time per title once the dictionary is loaded, against Slugify's tables.
func BenchmarkTitleSlug(b *testing.B) {
	article.TitleSlug("東京", "ja") // load the dictionary outside the timing
	for _, c := range []struct{ name, title, lang string }{
		{"ja", "横浜の商店街、空き店舗を若者の工房に　市が家賃を半額補助", "ja"},
		{"zh", "北京一家机器人企业推出养老陪护机器人首批进入社区", "zh"},
		{"en", "Kristi Noem announces US-Colombia agreement on deportations", "en"},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				article.TitleSlug(c.title, c.lang)
			}
		})
	}
}
