package tagger

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// # Names in Chinese and Japanese
//
// Without a dictionary, a string of Han characters that the title and the
// body share is as often a common word ("图书馆" library, "市場" market,
// "合作" cooperation) as a name. What marks a name in both languages is its
// last characters or what follows it:
//
//   - places and organisations end in a generic word: 省 市 县 镇 村 区 州
//     港 岛 … in Chinese ("青石镇", "益阳市"), 県 市 町 村 港 駅 島 … in
//     Japanese ("青森県", "八戸港"), and 公司 大学 医院 银行 委员会 /
//     大学 病院 銀行 組合 協会 … for bodies; a name of two characters
//     only with 州 or 港 ("广州", "香港"), as the others are mostly
//     common words ("乡村", "园区");
//   - a Chinese person's name is a common surname and two given
//     characters ("李明华", "梁振英") not ending like a role ("董事长");
//   - a Japanese person's name is followed by an honorific or a title
//     ("田中氏", "鈴木首相", "山田さん").
//
// A few countries and cities a news text names most are listed
// (hanPlaces: "北京", "日本", "東京"), and a string of the title of four
// characters or more ("人工智能", "電気自動車") or in katakana ("トヨタ")
// needs no mark, as before. Other strings of two or three characters need
// one, from the title or the body alone: the names
// of a story are often not in its headline ("小镇图书馆迎来新馆长" names no
// one). A Chinese place without a generic ending ("益阳" alone) is marked
// by where the text puts it: a dateline ("新华社益阳6月10日电") or a word
// only places take after them ("益阳当地"). A name with none of these
// marks is missed: fewer tags rather than common words.

// hanPlaceEnds are the generic words that end Chinese place and
// organisation names; each is a suffix of the name.
var hanPlaceEnds = []string{
	"省", "市", "县", "镇", "村", "区", "州", "乡", "岛", "港", "湾", "河", "江", "湖", "山", "峡", "城",
	"公司", "集团", "大学", "学院", "医院", "银行", "委员会", "协会", "政府", "法院", "检察院", "研究所",
	"研究院", "博物馆", "机场", "火车站", "体育馆", "中学", "小学", "基金会", "电视台", "日报", "党",
}

// jaPlaceEnds are the Japanese ones.
var jaPlaceEnds = []string{
	"県", "府", "都", "道", "市", "町", "村", "区", "郡", "港", "駅", "島", "川", "湾", "空港",
	"大学", "病院", "銀行", "組合", "協会", "会社", "株式会社", "省", "庁", "党", "高校", "中学校", "小学校",
	"新聞", "放送", "美術館", "博物館", "神社", "寺",
}

// jaNameMarks follow a Japanese person's name.
var jaNameMarks = []string{
	"氏", "さん", "様", "君", "容疑者", "被告", "選手", "監督", "首相", "大統領", "社長", "会長", "知事",
	"市長", "町長", "議員", "教授", "代表", "組合長", "委員長", "総裁", "外相", "長官",
	"理事長", "議長", "部長", "課長", "所長", "院長", "校長", "館長", "園長", "准教授", "弁護士", "医師",
}

// hanSurnames are the commonest Chinese surnames of one character.
const hanSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤習习"

// hanPlaces are the countries, capitals and bodies of two or three
// characters, in Chinese and Japanese writing, that carry no generic
// ending ("北京", "日本", "東京"): the few a news text names most.
var hanPlaces = set(`中国 美国 日本 韩国 朝鲜 俄罗斯 英国 法国 德国 印度 欧盟 联合国 北约 台湾 澳门 新加坡 越南 泰国
北京 上海 天津 重庆 南京 武汉 成都 西安 深圳 东京 首尔 纽约 伦敦 巴黎 柏林 莫斯科 华盛顿 乌克兰 以色列 伊朗
中國 美國 韓國 英國 法國 德國 臺灣 台灣 北約 聯合國
米国 英国 中国 韓国 北朝鮮 露 ロシア 東京 大阪 京都 横浜 名古屋 札幌 福岡 沖縄 北海道 ソウル 北京 上海 国連`)

// hanRoleEnds end Chinese words of roles, groups and places of work
// that start with a surname character ("董事长", "高管们").
const hanRoleEnds = "长员者师们人家会部所厂站局处室手生士官"

// hanNameLike reports a string of a Chinese (sc == scHan) or Japanese
// text that has the marks of a name; body is the text it stands in, for
// what follows it.
func hanNameLike(s, body string, sc script) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 {
		return false
	}
	if hanPlaces[s] {
		return true
	}
	ends := hanPlaceEnds
	if sc == scJapanese {
		ends = jaPlaceEnds
	}
	for _, e := range ends {
		if strings.HasSuffix(s, e) && utf8.RuneCountInString(e) < n {
			// Two characters with a generic end are mostly a common
			// word ("乡村", "园区", "首都"), but for 州 and 港 ("广州",
			// "香港").
			return n >= 3 || sc == scHan && (e == "州" || e == "港")
		}
	}
	if sc == scHan {
		first, _ := utf8.DecodeRuneInString(s)
		last, _ := utf8.DecodeLastRuneInString(s)
		// "董事长" (chairman) starts with a surname too: a given name
		// seldom ends in a character of roles and groups.
		return n == 3 && strings.ContainsRune(hanSurnames, first) && !strings.ContainsRune(hanRoleEnds, last) ||
			n <= 3 && hanPlaceMarked(s, body)
	}
	// Japanese: a name mark after it in the body.
	return jaPerson(s, body)
}

// hanPlaceAfter are words that follow a place's name and no common
// noun's: "益阳当地" (local to Yiyang), "益阳境内" (within Yiyang), "益阳城区"
// (its urban area), "益阳市民" (its citizens).
var hanPlaceAfter = []string{"当地", "境内", "城区", "市民"}

// hanPlaceMarked reports a Chinese place named without a generic ending
// ("益阳" alone) by where the text puts it: in a dateline, between the
// agency and the date ("新华社益阳6月10日电", "本报益阳讯"), or before a
// word only a place takes (hanPlaceAfter). One such mention marks it; the
// caller still asks for several mentions in all.
func hanPlaceMarked(s, body string) bool {
	return anyMention(body, s, func(_, after string) bool {
		if hasAnyPrefix(after, hanPlaceAfter) {
			return true
		}
		rest := skipChineseDate(after)
		return strings.HasPrefix(rest, "电") || strings.HasPrefix(rest, "讯")
	})
}

// skipChineseDate returns s after a leading "6月10日" (digits ASCII,
// full-width or Chinese), or s when it starts with none.
func skipChineseDate(s string) string {
	num := func(s string) (string, bool) {
		i := 0
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsDigit(r) && !strings.ContainsRune("〇一二三四五六七八九十", r) {
				break
			}
			i += size
		}
		return s[i:], i > 0
	}
	rest, ok := num(s)
	if !ok {
		return s
	}
	if rest, ok = strings.CutPrefix(rest, "月"); !ok {
		return s
	}
	if rest, ok = num(rest); !ok {
		return s
	}
	if rest, ok = strings.CutPrefix(rest, "日"); !ok {
		return s
	}
	return rest
}

// hanBodyNames finds the names of the body that carry a mark (hanNameLike)
// and that it repeats min times or more: in every run of Han characters,
// the strings of two to six characters that end in a generic ending, in
// Chinese the strings of three that start with a surname, in Japanese
// the last two to four characters before a name mark.
func hanBodyNames(body string, sc script, min int) map[string]int {
	out := map[string]int{}
	ends := hanPlaceEnds
	if sc == scJapanese {
		ends = jaPlaceEnds
	}
	add := func(rs []rune) {
		if strings.ContainsRune(hanEdge, rs[0]) || strings.ContainsRune(hanEdge, rs[len(rs)-1]) || strings.ContainsAny(string(rs), hanInner) || strings.Contains(string(rs), "有限") {
			return
		}
		s := string(rs)
		if _, ok := out[s]; !ok {
			out[s] = strings.Count(body, s)
		}
	}
	var run []rune
	for i := 0; i <= len(body); {
		r, size := utf8.RuneError, 1
		if i < len(body) {
			r, size = utf8.DecodeRuneInString(body[i:])
		}
		if i < len(body) && unicode.Is(unicode.Han, r) {
			run = append(run, r)
			i += size
			continue
		}
		for j := 2; j <= len(run); j++ {
			head := string(run[:j])
			for _, e := range ends {
				if strings.HasSuffix(head, e) {
					for k := max(0, j-6); k <= j-1-utf8.RuneCountInString(e); k++ {
						add(run[k:j])
					}
				}
			}
		}
		if sc == scHan {
			for k := 0; k+3 <= len(run); k++ {
				if strings.ContainsRune(hanSurnames, run[k]) {
					add(run[k : k+3])
				}
			}
		} else {
			// A mark in kana follows the run ("山田さん"); one in kanji
			// ends it ("鈴木首相", "田中健一組合長").
			var name []rune
			for _, m := range jaNameMarks {
				if strings.HasPrefix(body[i:], m) {
					name = run
					break
				}
				if head := string(run); strings.HasSuffix(head, m) {
					name = []rune(strings.TrimSuffix(head, m))
					break
				}
			}
			for k := max(0, len(name)-4); k <= len(name)-2; k++ {
				add(name[k:])
			}
		}
		run = run[:0]
		i += size
	}
	for s, n := range out {
		if n < min {
			delete(out, s)
		}
	}
	return out
}

// hanRolesBefore name a Chinese person's role or trade, written before
// the name ("创始人陈立新", "教授刘芳"); hanSaysAfter are the words of
// saying after it ("陈立新说"). Either marks a surname and two characters
// as a person rather than a common word that starts like a surname
// ("高质量").
var (
	hanRolesBefore = []string{"创始人", "董事长", "总经理", "总裁", "首席执行官", "主任", "主席", "书记", "市长", "省长", "县长", "镇长", "村长",
		"部长", "局长", "厅长", "校长", "院长", "馆长", "所长", "站长", "队长", "经理", "教授", "研究员", "专家", "医生", "律师", "记者",
		"发言人", "负责人", "代表", "委员", "总统", "总理", "大使", "选手", "教练", "导演", "作家", "演员", "居民", "村民", "市民", "老人", "女士", "先生"}
	hanSaysAfter = []string{"说", "表示", "指出", "认为", "介绍", "强调", "称", "告诉", "透露", "回忆", "坦言", "提到", "建议", "解释"}
)

// hanStrongName reports a string with a mark that, with one more mention
// or a place in the first paragraph, makes a name: a generic ending of
// places on a name of three characters or more ("横浜市", "海淀区"), a
// Japanese person followed by an honorific or title, a
// Chinese surname and two characters with a role before them or a word
// of saying after them.
func hanStrongName(s, body string, sc script) bool {
	n := utf8.RuneCountInString(s)
	if n < 3 && !(sc == scJapanese && jaPerson(s, body)) {
		return false
	}
	ends := hanPlaceEnds
	if sc == scJapanese {
		ends = jaPlaceEnds
	}
	for _, e := range ends {
		if strings.HasSuffix(s, e) && utf8.RuneCountInString(e) < n {
			// Only the one-character endings of places: bodies are
			// as often named by a common phrase ("協同組合", the
			// cooperative; "该公司") as by a name.
			first, _ := utf8.DecodeRuneInString(s)
			if utf8.RuneCountInString(e) > 1 || strings.ContainsRune(hanDeterminers, first) {
				break
			}
			return true
		}
	}
	if sc == scJapanese {
		return jaPerson(s, body)
	}
	if !hanNameLike(s, body, sc) || hanPlaces[s] {
		return false
	}
	return anyMention(body, s, func(before, after string) bool {
		return hasAnySuffix(before, hanRolesBefore) || hasAnyPrefix(after, hanSaysAfter)
	})
}

// anyMention reports whether some mention of s in body has, in the text
// before and after it, what at asks for.
func anyMention(body, s string, at func(before, after string) bool) bool {
	for i := strings.Index(body, s); i >= 0; {
		before, after := body[:i], body[i+len(s):]
		if at(before, after) {
			return true
		}
		j := strings.Index(after, s)
		if j < 0 {
			return false
		}
		i += len(s) + j
	}
	return false
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func hasAnySuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// hanDeterminers start phrases such as "该公司" (the company), "本市"
// (this city), "两个区": never the first character of a name with a
// generic ending.
const hanDeterminers = "该本此各每全这那一两多哪某我其贵当同"

// jaPerson reports a string that the text follows by an honorific or a
// title ("高橋美咲さん", "佐藤理事長").
func jaPerson(s, body string) bool {
	return anyMention(body, s, func(_, after string) bool { return hasAnyPrefix(after, jaNameMarks) })
}

// hanLegalEnds end the full names of companies ("北京星河智能科技有限公司").
var hanLegalEnds = []string{"股份有限公司", "有限责任公司", "有限公司", "集团公司", "株式会社"}

// hanGenericShort are the words of trade in a company's full name that
// the text repeats without naming the company ("科技", technology).
var hanGenericShort = set(`科技 技术 智能 发展 投资 控股 实业 国际 电子 网络 信息 能源 医药 汽车 电气 贸易 文化 传媒 集团 股份 公司 有限 中国 全国`)

// hanShortNames finds the short names of the companies a Chinese or
// Japanese text introduces by their full, legal names and then calls by a
// part of it: "北京星河智能科技有限公司" … "星河智能". Of the strings of the
// name before its legal ending, the longest that the text repeats twice
// more on its own is the short name. It returns each with its count in the
// text.
func hanShortNames(body string) (out map[string]int, fulls []string) {
	out = map[string]int{}
	for _, end := range hanLegalEnds {
		for i := strings.Index(body, end); i >= 0; {
			// The Han characters before the ending, at most twelve.
			pre := []rune(body[:i])
			k := len(pre)
			for k > 0 && len(pre)-k < 12 && unicode.Is(unicode.Han, pre[k-1]) {
				k--
			}
			full := pre[k:]
			best, bestN := "", 0
			for a := range full {
				for b := a + 2; b <= len(full) && b <= a+6; b++ {
					x := string(full[a:b])
					if hanPlaces[x] || hanGenericShort[x] || strings.ContainsRune(hanEdge, full[a]) || strings.ContainsRune(hanEdge, full[b-1]) {
						continue
					}
					n := strings.Count(body, x)
					alone := n - strings.Count(body, string(full)+end)
					if alone >= 2 && (utf8.RuneCountInString(x) > utf8.RuneCountInString(best) || utf8.RuneCountInString(x) == utf8.RuneCountInString(best) && n > bestN) {
						best, bestN = x, n
					}
				}
			}
			if best != "" {
				out[best] = bestN
				fulls = append(fulls, string(full)+end)
			}
			j := strings.Index(body[i+len(end):], end)
			if j < 0 {
				break
			}
			i += len(end) + j
		}
	}
	return out, fulls
}

// hanInner are function characters, counters and words of time that a
// name found in the body by its ending never holds: "区的十个社区" and
// "周四在海淀区" are phrases, not names.
const hanInner = "的了是在将被把从到让给这那个们"

// hanCutAtEdge reports a string every mention of which follows the same
// character of hanEdge that also starts many names (hanNameStarts): the
// string is the end of a longer name that starts with it ("国日报" of
// "中国日报"), which the edge rule keeps from being a candidate.
func hanCutAtEdge(s, body string) bool {
	prev := rune(-1)
	for i := strings.Index(body, s); i >= 0; {
		r, _ := utf8.DecodeLastRuneInString(body[:i])
		if !strings.ContainsRune(hanNameStarts, r) || prev >= 0 && r != prev {
			return false
		}
		prev = r
		j := strings.Index(body[i+len(s):], s)
		if j < 0 {
			break
		}
		i += len(s) + j
	}
	return prev >= 0
}

// hanNameStarts are the characters of hanEdge that start many names
// ("中国", "上海", "内蒙古"); the others ("在海淀区") are prepositions and
// particles before a name.
const hanNameStarts = "中上下内"
