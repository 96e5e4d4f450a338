package pagetext

import "strings"

// A site in any language prints its name over the headline and names
// itself again under the story, in the words of its language: "关于海滨日报
// | 联系我们", "订阅海港时报电子报", "אודות חדשות המפרץ", "Despre Gazeta
// Portului | Contact", "© روزنامه ساحل", "Iratkozzon fel a Kikötői Hírlap
// hírlevelére". In a script without capitals (Chinese, Japanese, Arabic,
// Hebrew, Thai, Devanagari …) no case tells a name from a phrase, and
// Chinese and Japanese glue the name to the words around it; so the name
// over the headline counts as the site's only where a line outside the
// story sets it in one of those places: after or before such words, or as
// the first or last link of a row that holds the page's "About us" or
// "Contact" link.

// scriptBefore are the words (in lower case) that stand right before a
// site's name where it names itself, in languages other than English
// (whose contexts masthead reads): an "about", a newsletter's offer, a
// source's label, a copyright sign. Those of the scripts that write no
// spaces hold none at their end.
var scriptBefore = []string{"© ", "©", "ⓒ ", "ⓒ",
	"关于", "關於", "订阅", "訂閱", "来源：", "來源：", "资料来源：", "資料來源：", "出典：", "출처: ", "출처 : ",
	"النشرة البريدية لـ", "المصدر: ", "اشترك في نشرة ",
	"אודות ", "לניוזלטר של ", "מקור: ", "כל הזכויות שמורות ל",
	"เกี่ยวกับ", "จดหมายข่าวจาก", "ที่มา: ", "ที่มา : ", "स्रोत: ",
	"درباره ", "خبرنامه ", "منبع: ",
	"рассылку «", "розсилку «", "рассылку ", "розсилку ", "о ", "про ", "источник: ", "джерело: ",
	"σχετικά με ", "newsletter: ", "πηγή: ",
	"despre ", "newsletterul ", "sursa: ", "tentang ", "newsletter ", "sumber: ", "giới thiệu ", "bản tin ", "nguồn: ",
	"forrás: ", "zdroj: ", "kaynak: ", "źródło: ", "lähde: ", "uutiskirje: "}

// scriptAfter are the words that follow a site's name where it names
// itself, in languages that put them after: "海港時報電子報", "港湾新報について",
// "해안일보 뉴스레터", "तटीय समाचार के बारे में", "Körfez Postası hakkında".
var scriptAfter = []string{"电子报", "電子報", "新闻简报", "について", "のニュースレター", " 소개", " 뉴스레터",
	" के बारे में", " के न्यूज़लेटर", " hakkında", " bültenine", " hírlevelére", " hírlevele"}

// aboutLinks are the links (in lower case) of a footer's row beside
// which the site's name stands as its first or last link: "O nás |
// Kontakt | Přístavní Listy".
var aboutLinks = toSet("about us", "contact", "contact us", "quiénes somos", "contacto", "chi siamo", "contatti", "o nas", "kontakt",
	"hakkımızda", "iletişim", "о проекте", "о нас", "контакты", "про нас", "контакти", "rólunk", "kapcsolat", "tietoa meistä",
	"yhteystiedot", "o nás", "kontakty", "künye", "redakce", "redakcja", "impressum", "qui sommes-nous", "nous contacter", "sobre nós", "contato", "despre noi",
	"من نحن", "اتصل بنا", "تماس با ما", "درباره ما", "צור קשר", "ติดต่อเรา", "संपर्क करें", "हमारे बारे में",
	"联系我们", "关于我们", "關於我們", "聯絡我們", "お問い合わせ", "회사소개", "liên hệ", "kontak", "tentang kami", "hubungi kami",
	"επικοινωνία", "ποιοι είμαστε", "om oss", "om os", "over ons")

// scriptMasthead returns the site's name printed over the headline, in
// any script, that a line outside the story names as the site's in the
// words of its language (namedAsSite), or whose sound the site's address
// or domain spells in Latin letters (spelledHost).
func (p *page) scriptMasthead(title int) string {
	for i := 0; i < title && i < 5; i++ {
		ln := &p.lines[i]
		name := strings.TrimSpace(ln.text)
		if p.ann[i].header() || p.caption(i) || name == strings.TrimSpace(p.lines[title].text) {
			continue
		}
		caseless := caselessSiteName(name)
		if !caseless && (!isSiteNameShape(ln) || i > 0 && ln.words < 2 || !p.namesPlausible([]string{name})) {
			continue
		}
		if !p.isAuthorName(name, p.authors) && !quotesName(p.lines[title].low, ln.low) && (p.namedAsSite(i, name, caseless) || !isASCII(name) && p.spelledHost(name)) {
			return name
		}
	}
	return ""
}

// namedAsSite reports whether a short line outside the story, other than
// line i, holds name after one of scriptBefore or before one of
// scriptAfter, or as the first or last link of a row with one of
// aboutLinks. A name in a script without capitals may be glued to those
// words; any other stands as words of its own.
func (p *page) namedAsSite(i int, name string, caseless bool) bool {
	low := strings.ToLower(name)
	for j := range p.lines {
		ln := &p.lines[j]
		if j == i || j >= p.bodyStart && j < p.bodyEnd || ln.words > 16 || len(ln.low) <= len(low) {
			continue
		}
		if linksBeside(ln.low, low) || j >= p.bodyEnd && imprintOpens(ln.low, low) {
			return true
		}
		if len(ln.low) != len(ln.text) {
			continue
		}
		for k := strings.Index(ln.low, low); k >= 0; {
			e := k + len(low)
			before, after := ln.low[:k], ln.low[e:]
			if caseless || !endsWithLetterOrDigit(before) && !startsWithLetterOrDigit(after) {
				if hasSuffixIn(before, scriptBefore) || hasPrefixIn(after, scriptAfter) || reservesRights(after) {
					return true
				}
			}
			n := strings.Index(after, low)
			if n < 0 {
				break
			}
			k = e + n
		}
	}
	return false
}

// imprintSeps part a site's name from its address in the imprint line
// under the story.
var imprintSeps = []string{" · ", " | ", " • ", ", ", " – ", " — ", " - "}

// imprintOpens reports whether a line under the story opens with name and
// goes on, past a separator, with an address (a number in it: a street's
// or a postcode): "Moorbote · Kirchstraße 3 · 26789 Leer", "Tidewatcher,
// 12 Quay Street, Harwick", the imprint of the site whose name the
// masthead prints.
func imprintOpens(row, name string) bool {
	rest, ok := strings.CutPrefix(row, name)
	if !ok {
		return false
	}
	for _, sep := range imprintSeps {
		if a, ok := strings.CutPrefix(rest, sep); ok {
			return strings.ContainsAny(a, "0123456789")
		}
	}
	return false
}

// linksBeside reports whether a row of links (parted by bars or dots)
// holds name as its first or last link and one of aboutLinks besides.
func linksBeside(row, name string) bool {
	if !strings.ContainsAny(row, "|•·") {
		return false
	}
	links := strings.FieldsFunc(row, func(r rune) bool { return r == '|' || r == '•' || r == '·' })
	if len(links) < 2 {
		return false
	}
	if strings.TrimSpace(links[0]) != name && strings.TrimSpace(links[len(links)-1]) != name {
		return false
	}
	for _, l := range links {
		if aboutLinks[strings.TrimSpace(l)] {
			return true
		}
	}
	return false
}

func hasSuffixIn(s string, ws []string) bool {
	for _, w := range ws {
		if strings.HasSuffix(s, w) {
			// Words parted by spaces open after one or the line's
			// start: "o " is not the end of "Tokio ".
			if strings.Contains(w, " ") && startsWithLetterOrDigit(w) && endsWithLetterOrDigit(s[:len(s)-len(w)]) {
				continue
			}
			return true
		}
	}
	return false
}

func hasPrefixIn(s string, ws []string) bool {
	for _, w := range ws {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}
