package pagetext

import "testing"

// A masthead in Han characters or kana is the site's name when the page
// gives a domain that spells how it reads: in pinyin or by its syllables'
// initials for Chinese, in its Japanese reading on a Japanese page (a
// dictionary reads the kanji). A domain spelling something else confirms
// none.
func TestMastheadReadByDomain(t *testing.T) {
	zhMenu := "\n\n首页\n\n国内\n\n国际\n\n财经\n\n风暴过后港口重新开放\n\n记者 王小红\n\n2025年3月27日\n\n" + storyZH
	jaMenu := "\n\nトップ\n\n社会\n\n国際\n\n経済\n\n嵐の後、港が再開\n\n田中陽子\n\n2025年3月27日\n\n洪水から三週間後の火曜日、漁船が港に戻り、昼までに最初の水揚げが岸壁で売られた。\n\n港長によると、修理費は予想より少なく、夏には岸壁が全面的に開くという。\n"
	wantOutlets(t, []outletCase{
		{"Chinese, in pinyin", "湾岸晚报" + zhMenu + "\nhttps://www.wananwanbao.com/news/2025-03/27/c_881.html\n", "湾岸晚报"},
		{"Chinese, by initials", "湾岸晚报" + zhMenu + "\n首页 | www.wawb.cn\n", "湾岸晚报"},
		{"Japanese kanji", "西浜新聞" + jaMenu + "\nhttps://www.nishihama-shimbun.jp/articles/20250327-0042\n", "西浜新聞"},
		{"Japanese kana and kanji", "みなと日報" + jaMenu + "\nトップ | www.minato-nippo.jp\n", "みなと日報"},
		{"Chinese, another site's domain", "湾岸晚报" + zhMenu + "\nhttps://www.tianqi-online.com/\n", ""},
	})
}

// A copyright line that spells in Latin letters the name a masthead
// prints over the headline in Han characters, kana or Cyrillic gives the
// masthead as the outlet: the name the paper prints for its readers. A
// Latin name that translates the press word is compared by the words
// before it; a copyright of another name (the owner's) stays as it is.
func TestCopyrightSpellsMasthead(t *testing.T) {
	zhMenu := "\n\n首页\n\n国内\n\n国际\n\n财经\n\n风暴过后港口重新开放\n\n记者 王小红\n\n2025年3月27日\n\n" + storyZH
	jaMenu := "\n\nトップ\n\n社会\n\n国際\n\n経済\n\n嵐の後、港が再開\n\n田中陽子\n\n2025年3月27日\n\n洪水から三週間後の火曜日、漁船が港に戻り、昼までに最初の水揚げが岸壁で売られた。\n\n港長によると、修理費は予想より少なく、夏には岸壁が全面的に開くという。\n"
	ruMenu := "\n\nГлавная\n\nПолитика\n\nЭкономика\n\nПорт вновь открылся после шторма\n\nАнна Морозова\n\n27 марта 2025\n\n" + storyRU
	wantOutlets(t, []outletCase{
		{"Japanese kanji, a Latin name", "西浜新聞" + jaMenu + "\n© 2025 Nishihama Shimbun. All rights reserved.\n", "西浜新聞"},
		{"Chinese, a domain", "湾岸晚报" + zhMenu + "\nCopyright © 2025 wananwanbao.cn 版权所有\n", "湾岸晚报"},
		{"Chinese, the press word translated", "青湾新闻网" + zhMenu + "\nCopyright 2025 Qingwan News. All rights reserved.\n", "青湾新闻网"},
		{"Cyrillic", "Северный вестник" + ruMenu + "\n© 2025 Severny Vestnik. All rights reserved.\n", "Северный вестник"},
		{"Chinese, the owner's name", "湾岸晚报" + zhMenu + "\n© 2025 Blue Coast Media Group\n", "Blue Coast Media Group"},
		{"Japanese, a section over the headline", "ニュース" + jaMenu + "\n© 2025 Harbour Daily Japan\n", "Harbour Daily Japan"},
	})
}
