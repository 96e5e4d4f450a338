package pagetext

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Where a story came from, as its text says: the outlet (a site's name or
// domain, a news agency, the owner named in a copyright line) and the
// address the story was first published at. Every reader here is a pattern
// of how pages say it; none knows a site.

// wireAgencies are the news agencies whose name a wire story's dateline
// gives in brackets, "WASHINGTON (AP) —", with the name an archive files
// them under.
var wireAgencies = map[string]string{
	"AP": "Associated Press", "Reuters": "Reuters", "AFP": "Agence France-Presse", "UPI": "United Press International",
	"dpa": "dpa", "DPA": "dpa", "EFE": "EFE", "ANSA": "ANSA", "Xinhua": "Xinhua", "Kyodo": "Kyodo News",
	"PTI": "Press Trust of India", "IANS": "IANS", "TASS": "TASS", "Bloomberg": "Bloomberg", "CNN": "CNN",
	"AAP": "Australian Associated Press", "CP": "The Canadian Press", "PA": "PA Media", "ANI": "ANI",
	"Yonhap": "Yonhap", "APA": "APA", "Belga": "Belga", "Europa Press": "Europa Press", "Anadolu": "Anadolu Agency",
}

// reWireDateline is the opening of a wire story: a place in capitals (or
// none), the agency in brackets, a dash; or, as some sites print it, no
// dash and the story's first capital right after ("HONG KONG (CNN
// Business)A muddled view …", "(Reuters) Shares rose …"), where the
// agency may be followed by its section's name; the Spanish-language
// agencies put a full stop before the dash ("MADRID (EFE).- …").
var reWireDateline = lazyRegexp(`^(?:[\p{Lu}][\p{Lu}\p{Ll}.'’-]*(?:[ ,]+[\p{Lu}][\p{Lu}\p{Ll}.'’-]*){0,4}\s*)?\(([A-Za-z][A-Za-z .-]{0,20})\)(?:\.?\s*[—–-]|\s?\p{Lu}[\p{Ll}\s])`)

// scriptAgencies are the names of wireAgencies written in the scripts
// of the languages they file in, by the key they have there: "رويترز"
// (Reuters in Arabic), "共同" (Kyodo in Japanese), "新华社" (Xinhua).
var scriptAgencies = map[string]string{
	"رويترز": "Reuters", "ロイター": "Reuters", "路透社": "Reuters", "路透": "Reuters", "로이터": "Reuters", "Рейтер": "Reuters",
	"فرانس برس": "AFP", "أ ف ب": "AFP", "法新社": "AFP", "Франс Пресс": "AFP",
	"أسوشيتد برس": "AP", "美联社": "AP", "美聯社": "AP",
	"شينخوا": "Xinhua", "新华社": "Xinhua", "新華社": "Xinhua", "新華": "Xinhua", "신화": "Xinhua", "Синьхуа": "Xinhua",
	"共同": "Kyodo", "共同通信": "Kyodo", "교도": "Kyodo", "كيودو": "Kyodo",
	"연합뉴스": "Yonhap", "聯合": "Yonhap", "ТАСС": "TASS", "د ب أ": "dpa", "الأناضول": "Anadolu",
	"רויטרס": "Reuters", "רויטרז": "Reuters", "รอยเตอร์": "Reuters", "رویترز": "Reuters", "रॉयटर्स": "Reuters", "Ρόιτερς": "Reuters",
	"เอเอฟพี": "AFP", "خبرگزاری فرانسه": "AFP", "एएफपी": "AFP", "ซินหัว": "Xinhua", "شینهوا": "Xinhua",
}

// wireOutlet returns the agency of a story that opens with a wire
// dateline: "WASHINGTON (AP) — …" → "Associated Press".
func wireOutlet(s string) string {
	if a := scriptWireOutlet(s); a != "" {
		return a
	}
	k := strings.IndexByte(s, '(')
	if k < 0 || k > 60 {
		return ""
	}
	m := reWireDateline().FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	if a, ok := wireAgencies[m[1]]; ok {
		return a
	}
	// "(CNN Business)": the agency and one word of its section, never a
	// picture's credit ("(AP Photo)").
	agency, section, ok := strings.Cut(m[1], " ")
	if a := wireAgencies[agency]; ok && a != "" && !strings.Contains(section, " ") && unicode.IsUpper(firstRune(section)) && !pictureNames.has(strings.ToLower(section)) {
		return a
	}
	return ""
}

// scriptWireOutlet reads a wire dateline whose agency is written in
// another script than the Latin one: "القاهرة (رويترز) - …", "【共同】…",
// "【ワシントン共同】…", "(서울=연합뉴스) …", or the Chinese "新华社北京3月12日电
// …". The bracket opens the line or follows a place of a few words, the
// story goes on after it, and the bracket holds the agency's name alone,
// after the place the Japanese and Korean forms write first.
func scriptWireOutlet(s string) string {
	if isASCII(s) {
		return ""
	}
	for _, key := range []string{"新华社", "新華社"} {
		if rest, ok := strings.CutPrefix(s, key); ok {
			if k := strings.Index(rest, "日电"); k > 0 && k < 40 {
				return wireAgencies[scriptAgencies[key]]
			}
		}
	}
	// The place may name its country after a comma ("تهران، ایران (AFP)
	// -"); a place with a date after the comma ("Villamar, 12 mar
	// (EFE).-") is datedWire's, asked after the site's own names.
	open := strings.IndexAny(s, "(（【「")
	if open < 0 || open > 60 || len(strings.Fields(s[:open])) > 3 || strings.ContainsAny(s[:open], ".。") ||
		strings.ContainsAny(s[:open], ",،") && strings.ContainsAny(s[:open], "0123456789") {
		return ""
	}
	_, n := utf8.DecodeRuneInString(s[open:])
	inner := s[open+n:]
	end := strings.IndexAny(inner, ")）】」")
	if end <= 0 || end > 60 {
		return ""
	}
	if _, w := utf8.DecodeRuneInString(inner[end:]); strings.TrimSpace(inner[end+w:]) == "" {
		return "" // a picture's credit closes its caption
	}
	name := strings.TrimSpace(inner[:end])
	if k := strings.LastIndexAny(name, "=＝"); k >= 0 {
		_, sw := utf8.DecodeRuneInString(name[k:])
		name = name[k+sw:] // "서울=연합뉴스": the place, then the agency
	}
	if key, ok := scriptAgencies[name]; ok {
		return wireAgencies[key]
	}
	// "ירושלים (AP) -": the agency in Latin letters after a place in
	// the page's script, which reWireDateline, needing capitals, misses;
	// the dash must follow, as a bracket alone may hold anything.
	if a := wireAgencies[name]; a != "" && open > 0 && !strings.ContainsFunc(s[:open], isLatinLetter) && dashNext(inner[end:]) {
		return a
	}
	// "ワシントン共同": a Japanese dateline glues the place to the agency.
	for _, key := range []string{"共同", "ロイター", "新華社"} {
		if strings.HasSuffix(name, key) && utf8.RuneCountInString(name) <= utf8.RuneCountInString(key)+8 && !isASCII(strings.TrimSuffix(name, key)) {
			return wireAgencies[scriptAgencies[key]]
		}
	}
	return ""
}

// dashNext reports whether a closing bracket (the first rune of s) is
// followed by a dash, as a dateline's is: ") —", ") -", ").-".
func dashNext(s string) bool {
	_, w := utf8.DecodeRuneInString(s)
	rest := strings.TrimLeft(s[w:], " .")
	return strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—")
}

// reCopyright reads the owner of a copyright line: "© 2019 Cable News
// Network. All rights reserved.", "Copyright © 2025 Example Media, Inc.",
// "(c) 2010–2025 The Daily Planet".
var reCopyright = lazyRegexp(`(?i)(?:©|\(c\)|copyright)\s*(?:(?:©|copyright)\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:©\s*)?[,.\-–—]?\s*(?:by\s+)?([^|•·]+)`)

// copyrightOutlet returns the owner a copyright line names, or "". A
// picture's credit ("© Jane Doe") has no year; a copyright line has.
func copyrightOutlet(s string) string {
	if len(s) > 200 || !strings.Contains(s, "©") && !hasFoldWord(s, "copyright") && !strings.Contains(s, "(c)") && !strings.Contains(s, "(C)") && !strings.Contains(s, "ⓒ") {
		return ""
	}
	if !hasDigitRun(s, 4) && !reservesRights(s) {
		return ""
	}
	s = strings.ReplaceAll(s, "ⓒ", "©") // as Korean sites print the sign
	m := reCopyright().FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	if name := checkOutletName(trimOutletName(m[1]), true); name != "" {
		return name
	}
	// "Example News © 2025": the name may stand before the sign, with
	// only the year after it.
	before, after, ok := strings.Cut(s, "©")
	if f := strings.Fields(after); !ok || len(f) == 0 || !yearsOnly(f[0]) || cleanOutletName(strings.Join(f[1:], " ")) != "" {
		return ""
	}
	// "Terms of Use | Privacy Policy | Example News © 2025": a footer's
	// row of links ends with the name, the piece after the last bar.
	if k := strings.LastIndexAny(before, "|•·"); k >= 0 {
		_, w := utf8.DecodeRuneInString(before[k:])
		before = before[k+w:]
	}
	before = strings.TrimSpace(before)
	if strings.ContainsAny(before, ":0123456789") {
		return "" // "Photo: Jane Doe © 2025" credits a picture
	}
	if b, ok := strings.CutSuffix(strings.ToLower(before), "copyright"); ok {
		before = strings.TrimSpace(before[:len(b)])
	}
	return cleanOutletName(before)
}

// signOnly reports whether a line in lower case is a copyright's
// sign or word alone, with its years at most: "©", "Copyright ©",
// "© 2019–2025", whose owner a footer prints on the next line.
func signOnly(low string) bool {
	if !mayCopyright(low) || len(low) > 30 {
		return false
	}
	for _, w := range strings.Fields(low) {
		if w != "©" && w != "copyright" && w != "(c)" && w != "ⓒ" && !yearsOnly(strings.Trim(w, "-–")) && w != "-" && w != "–" {
			return false
		}
	}
	return true
}

// mayCopyright reports whether a line in lower case with no year may
// still be a copyright line: it has the sign or the word.
func mayCopyright(low string) bool {
	return strings.Contains(low, "©") || strings.Contains(low, "copyright") || strings.Contains(low, "ⓒ") || strings.Contains(low, "(c)")
}

// rightsPhrases say "all rights reserved" in the languages footers print
// it in, in lower case: a line with one is a site's copyright line even
// without a year, where "© Jane Doe" alone credits a picture.
var rightsPhrases = []string{"all rights reserved", "all right reserved", "alle rechte vorbehalten", "todos los derechos reservados",
	"tous droits réservés", "tutti i diritti riservati", "todos os direitos reservados", "alle rechten voorbehouden",
	"wszelkie prawa zastrzeżone", "alla rättigheter förbehållna", "alle rettigheder forbeholdes", "alle rettigheter reservert",
	"tüm hakları saklıdır", "riproduzione riservata", "版权所有", "版權所有", "無断転載", "جميع الحقوق محفوظة",
	"все права защищены", "усі права захищені", "всі права захищені", "všechna práva vyhrazena", "všetky práva vyhradené",
	"minden jog fenntartva", "kaikki oikeudet pidätetään", "toate drepturile rezervate", "hak cipta dilindungi",
	"bản quyền thuộc về", "כל הזכויות שמורות", "สงวนลิขสิทธิ์", "सर्वाधिकार सुरक्षित", "کلیه حقوق", "تمامی حقوق",
	"με επιφύλαξη παντός δικαιώματος", "무단전재", "무단 전재", "всички права запазени", "sva prava pridržana",
	"vse pravice pridržane", "tots els drets reservats", "kõik õigused kaitstud", "visos teisės saugomos", "visas tiesības aizsargātas"}

// rightsSet holds rightsPhrases for a one-pass look over a line.
var rightsSet = anyOf(rightsPhrases...)

// footerLinkWords are the words of the links a footer's row prints
// before its rights line, in lower case: "Privacy Policy", "Terms of
// Use", "Impressum".
var footerLinkWords = toSet("privacy", "policy", "terms", "conditions", "cookies", "cookie", "sitemap", "disclaimer", "imprint", "impressum",
	"legal", "accessibility", "advertise", "careers", "help", "faq", "rss", "datenschutz", "agb", "mentions", "légales", "confidentialité",
	"privacidad", "privacidade", "termos", "condiciones", "termini", "condizioni", "voorwaarden", "regulamin", "prywatności")

// rightsOutlet returns the owner a line that reserves all rights names
// beside the phrase, with no copyright sign to read it after: "Example
// News. All rights reserved.", "Wszelkie prawa zastrzeżone. Example",
// "示例日报 版权所有", "جميع الحقوق محفوظة لصحيفة المثال" (the rights of
// the paper). The name stands right before the phrase, past a footer's
// last link or sentence, or else right after it.
func rightsOutlet(s, low string) string {
	if len(low) != len(s) || len(s) > 160 {
		return ""
	}
	for _, ph := range rightsPhrases {
		k := strings.Index(low, ph)
		if k < 0 {
			continue
		}
		before := strings.TrimRight(s[:k], " .,:-–—|")
		if j := strings.LastIndexAny(before, "|•·"); j >= 0 {
			_, w := utf8.DecodeRuneInString(before[j:])
			before = before[j+w:]
		}
		if j := strings.LastIndex(before, ". "); j >= 0 {
			before = before[j+2:]
		}
		if name := checkOutletName(trimOutletName(before), true); name != "" {
			if hasWordIn(name, footerLinkWords) || aboutLinks[strings.ToLower(name)] {
				return "" // "Terms of Use | Privacy Policy | All rights reserved"
			}
			return name
		}
		after := strings.TrimLeft(s[k+len(ph):], " .,:-–—|")
		if strings.HasPrefix(ph, "جميع") {
			after = strings.TrimPrefix(strings.TrimPrefix(after, "لـ"), "ل") // "for": the rights of the paper
		}
		if before == "" {
			return checkOutletName(trimOutletName(after), true)
		}
		return ""
	}
	return ""
}

// reservesRights reports whether a line says its owner reserves all
// rights.
func reservesRights(s string) bool {
	low := strings.ToLower(s)
	for _, ph := range rightsPhrases {
		if strings.Contains(low, ph) {
			return true
		}
	}
	return false
}

// hasFoldWord reports whether s holds w (ASCII lower case) in any case.
func hasFoldWord(s, w string) bool {
	return strings.Contains(strings.ToLower(s), w)
}

// corporateEnds are the words a company's name ends with, dropped from an
// outlet's name ("Example Media, Inc." → "Example Media").
var corporateEnds = toSet("inc", "inc.", "llc", "llc.", "ltd", "ltd.", "limited", "corp", "corp.", "co.", "gmbh", "s.a.", "sa", "plc", "ag", "lp", "l.p.", "pty", "s.l.", "srl", "bv", "b.v.", "kg", "sas", "sarl", "s.p.a.", "spa", "nv", "n.v.", "ab", "oy",
	"s.r.l.", "s.a.s.", "s.l.u.", "ltda.", "ltda", "mbh", "e.v.", "kgaa")

// corporateStarts are the legal forms a company's name opens with in
// the languages that put them first ("ООО «Вечерний причал»"), dropped
// from an outlet's name.
var corporateStarts = toSet("ооо", "оао", "зао", "пао", "ао", "тов", "пат", "прат", "ано")

// CorporateEnd reports a word a company's legal name ends with ("Inc.",
// "LLC", "GmbH"), in any case.
func CorporateEnd(w string) bool {
	w = strings.ToLower(strings.TrimRight(w, ","))
	return corporateEnds[w] || corporateEnds[w+"."]
}

// cleanOutletName cuts a name read after a copyright sign or "published
// by" at the end of its phrase, and drops a company's legal form.
func cleanOutletName(s string) string { return checkOutletName(trimOutletName(s), false) }

// trimOutletName cuts a name read after a copyright sign or "published
// by" at the end of its phrase ("all rights reserved" in any language of
// rightsPhrases among them), and drops a company's legal form and the
// quotes around the name ("© «Вечерний причал», 2025").
func trimOutletName(s string) string {
	for _, cut := range nameEnds {
		if k := strings.Index(s, cut); k >= 0 {
			s = s[:k]
		}
	}
	if low := strings.ToLower(s); len(low) == len(s) {
		for _, ph := range rightsPhrases {
			if k := strings.Index(low, ph); k >= 0 {
				s, low = s[:k], low[:k]
			}
		}
	}
	s = strings.Trim(strings.TrimSpace(s), ".,:;")
	if a, rest, ok := strings.Cut(s, " "); ok && corporateStarts[strings.ToLower(a)] {
		s = rest
	}
	if strings.HasPrefix(s, "«") {
		if k := strings.Index(s, "»"); k > 0 {
			s = strings.Trim(s[:k], "« ") + strings.TrimRight(s[k+len("»"):], ".,:;")
		}
	}
	f := strings.Fields(strings.ReplaceAll(s, ",", " , "))
	// "Copyright © Example News 2025", "© Example News 2010-2025": the
	// year may follow the name; "Diario del Litoral S.A." loses its last
	// full stop to the trim above.
	for len(f) > 1 && (corporateEnds[strings.ToLower(f[len(f)-1])] || corporateEnds[strings.ToLower(f[len(f)-1])+"."] || f[len(f)-1] == "," || f[len(f)-1] == "&" || yearsOnly(f[len(f)-1])) {
		f = f[:len(f)-1]
	}
	s = strings.Join(f, " ")
	return strings.ReplaceAll(s, " , ", ", ")
}

// checkOutletName returns a name trimOutletName cut if it reads as an
// outlet's, or "". With sentence, as a copyright line's owner or the
// name a line outside English says the story first ran in may be, it
// may be written in sentence case outside the Latin letters of English
// ("Портовий вісник", "Přístavní listy").
func checkOutletName(s string, sentence bool) string {
	if d := domainIn(s); d != "" && d == s && plausibleDomain(d) {
		return s // "© 2025 example.com": a domain in lower case is a name too
	}
	if s == "" || moreWords(s, 8) || !titleCased(s) && !caseless(s) && !(sentence && sentenceCasedName(s)) || len(findDates(s, true)) > 0 || hasDigitRun(s, 4) {
		return ""
	}
	if _, ok := monthNames[strings.ToLower(wordAt(s))]; ok || weekdays[strings.ToLower(wordAt(s))] {
		return "" // "March 2022", "Wednesday"
	}
	return s
}

// sentenceCasedName reports whether s reads as a name in sentence case,
// as Slavic, Greek and Hungarian papers write theirs ("Российская
// газета", "Hospodářské noviny"): two or three words, the first opening
// with a capital, the others with small letters, some letter outside
// ASCII (an English phrase in sentence case is seldom a name), and no
// word naming a picture ("Фото пресс-службы").
func sentenceCasedName(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 3 || isASCII(s) || !unicode.IsUpper(firstRune(s)) {
		return false
	}
	for _, w := range f {
		if creditPhotoWords[strings.ToLower(strings.Trim(w, ".,:"))] {
			return false
		}
	}
	for _, w := range f[1:] {
		if r := firstRune(w); !unicode.IsLower(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// creditPhotoWords name a picture in the languages whose names sentenceCasedName
// reads.
var creditPhotoWords = toSet("фото", "фотография", "foto", "fotografie", "fotó", "kép", "φωτογραφία", "zdjęcie", "fotografia", "kuva", "ảnh", "photo")

// nameEnds end the phrase of an outlet's name in a copyright or
// "published by" line: a sentence's or a clause's end, and "all rights
// reserved" in the languages a footer prints it in, which may follow the
// name with no full stop.
var nameEnds = []string{". ", ", ", "All rights", "all rights", "All Rights", " - ", " – ", " — ", ";", "(", "http", " and its ", " or its ", " unless ",
	"Alle Rechte", "alle Rechte", "Todos los derechos", "todos los derechos", "Tous droits", "tous droits", "Tutti i diritti", "tutti i diritti",
	"Todos os direitos", "todos os direitos", "Alle rechten", "alle rechten", "Wszelkie prawa", "جميع الحقوق", "版权所有", "版權所有", "無断転載", "All Right"}

// yearsOnly reports whether a word is a year or a span of years:
// "2025", "2010-2025", "2010–2025.".
func yearsOnly(w string) bool {
	w = strings.TrimRight(w, ".,")
	n := 0
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			n++
		case r == '-' || r == '–':
		default:
			return false
		}
	}
	return n == 4 || n == 8
}

// caseless reports whether s is written in a script without capitals
// (Arabic, Chinese, Japanese, Hebrew …), where no case marks a name: its
// letters are neither upper nor lower case.
func caseless(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if unicode.IsUpper(r) || unicode.IsLower(r) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// titleCased reports whether every word of s opens with a capital or a
// digit, but for the short words of names ("of", "the", "and", "for").
func titleCased(s string) bool {
	n := 0
	for _, w := range strings.Fields(s) {
		r := firstRune(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !smallNameWords[strings.ToLower(w)] {
			return false
		}
		n++
	}
	return n > 0 && unicode.IsUpper(firstRune(s))
}

var weekdays = toSet("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// smallNameWords may stand in lower case inside an outlet's name.
var smallNameWords = toSet("of", "the", "and", "for", "de", "du", "la", "le", "del", "di", "on", "in", "&",
	"do", "da", "dos", "das", "des", "der", "van", "von", "y", "e", "et", "und", "della", "του", "της", "των", "και")

// reOriginally reads where a story was first published: "Originally
// published by The Conversation", "This article originally appeared on
// Example News", "First published in The Daily Planet on 3 May".
var reOriginally = lazyRegexp(`(?i)\b(?:originally|first)\s+(?:published|appeared|ran|posted)\s+(?:by|on|in|at)\s+(?:the\s+website\s+of\s+)?(.+)`)

// originWords and originVerbs guard reOriginally: each of its matches
// spells one of each. Most lines with "first" in them say nothing of
// where the story ran, and the guard spares them the pattern.
var (
	originWords = newKeywordSet("originally", "first")
	originVerbs = newKeywordSet("published", "appeared", "ran", "posted")
)

// originallyPublished returns the outlet and the address a line says the
// story was first published by, or "".
func originallyPublished(s string) (outlet, addr string) {
	if len(s) > 400 || !mayOriginate(s) {
		return "", ""
	}
	m := reOriginally().FindStringSubmatch(s)
	if m == nil {
		return "", ""
	}
	rest := m[1]
	if u := firstURL(rest); u != "" {
		return hostOf(u), u
	}
	// "on Example News on May 3, 2025", "in The Planet and is republished".
	for _, cut := range []string{" on ", " and ", " under ", " as ", " with ", ", ", " in "} {
		if k := strings.Index(rest, cut); k > 0 {
			rest = rest[:k]
		}
	}
	if d := domainIn(rest); d != "" {
		return d, ""
	}
	// "originally published by the Harbour Ledger": a sentence writes
	// a paper's article in lower case. Where the line speaks of a piece
	// of writing, or the name is a paper's, what follows the article is
	// the name; "first appeared in the United States" tells of no paper.
	if name, ok := strings.CutPrefix(rest, "the "); ok && (pressCompound(name) || storyNouns.in(s[:strings.Index(s, rest)])) {
		rest = name
	}
	return cleanOutletName(rest), ""
}

// storyNouns name a piece of writing, as a line that says where the
// piece first ran calls it: "This article originally appeared in the …".
var storyNouns = newKeywordSet("article", "story", "post", "piece", "column", "essay", "interview", "report", "op-ed", "commentary", "feature", "review")

// mayOriginate guards reOriginally: its matches open with "originally"
// or "first", spaces and one of its verbs. An ASCII line is checked for
// that phrase, which prose with "first" in it seldom has; a line of other
// characters, which (?i) may fold onto the letters ("ſ" for "s"), only
// for the words.
func mayOriginate(s string) bool {
	if !originWords.in(s) || !originVerbs.in(s) {
		return false
	}
	if !isASCII(s) {
		return true
	}
	for i := 0; i < len(s); i++ {
		var n int
		switch c := lowerASCII(s[i]); {
		case c == 'o' && hasFoldAt(s[i:], "originally"):
			n = len("originally")
		case c == 'f' && hasFoldAt(s[i:], "first"):
			n = len("first")
		default:
			continue
		}
		j := i + n
		for j < len(s) && isSpaceByte(s[j]) {
			j++
		}
		if j == i+n {
			continue
		}
		for _, v := range [...]string{"published", "appeared", "ran", "posted"} {
			if hasFoldAt(s[j:], v) {
				return true
			}
		}
	}
	return false
}

// mayTellOrigin reports whether a line in lower case may say where the
// story was first published: reOriginally needs one of these words.
func mayTellOrigin(low string) bool {
	return strings.Contains(low, "originally ") || strings.Contains(low, "first ")
}

// reURL finds a web address.
var reURL = lazyRegexp(`https?://[^\s"'<>()\[\]]+`)

// firstURL returns the first web address in s, without trailing
// punctuation.
func firstURL(s string) string {
	if !strings.Contains(s, "http") {
		return ""
	}
	return strings.TrimRight(reURL().FindString(s), ".,;:!?")
}

// hostOf returns the host of an address without "www.".
func hostOf(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(p.Host), "www.")
}

// storyURL reports whether an address is the story's own: its path
// spells at least two of the headline's words of four letters or more,
// or half of them ("…/2025/12/16/the-best-board-games-of-2025" under "The
// Best Board Games of 2025").
func storyURL(u, title string) bool {
	p, err := url.Parse(u)
	if err != nil || p.Host == "" || len(p.Path) < 8 {
		return false
	}
	path := strings.ToLower(p.Path)
	n, hit := 0, 0
	for w := range wordsIn(strings.ToLower(title)) {
		if utf8.RuneCountInString(w) < 4 || isDigits(w) {
			continue
		}
		n++
		if strings.Contains(path, w) {
			hit++
		}
	}
	return hit >= 2 && 3*hit >= 2*n
}

// siteNameWords are the words of the labels a page's navigation shows,
// which are not its name.
var siteNameWords = toSet("home", "menu", "news", "blog", "blogs", "search", "share", "subscribe", "login", "sign",
	"log", "in", "up", "skip", "content", "main", "navigation", "toggle", "close", "open", "latest", "more", "all",
	"resources", "articles", "article", "posts", "about", "contact", "us", "back", "top", "page", "sections", "section",
	"advertisement", "sponsored", "follow", "the", "and", "of", "for", "to", "a", "an", "by", "on", "with", "your",
	"english", "español", "français", "deutsch", "en", "es", "fr", "de", "guide", "guides", "tips", "insights", "learn")

// isSiteNameShape reports whether a line could be a site's name printed as
// its masthead: one to four words, opening with a capital or a digit,
// no sentence, no date, not only navigation words.
func isSiteNameShape(ln *line) bool {
	if ln.words < 1 || ln.words > 4 || ln.runes > 40 || endsSentence(ln.text) || ln.digits >= 4 {
		return false
	}
	r := firstRune(ln.text)
	if !unicode.IsUpper(r) {
		return false
	}
	if strings.ContainsAny(ln.text, ":|/?!@#") {
		return false
	}
	for w := range wordsIn(ln.low) {
		if !siteNameWords[w] {
			return true
		}
	}
	return false
}

// titleSeparators part a page's title as a browser shows it into the
// headline and the site's name: "Harbour reopens | Example Gazette".
var titleSeparators = []string{" | ", " - ", " – ", " — ", " · ", " • ", " :: "}

// titleTagName returns the site's name from a line that prints the
// headline with the site's name beside it, as a page's title or a
// picture's alternative text does: "Harbour reopens after the storm |
// Example Gazette", "example.com | Harbour reopens after the storm".
// What stands there must read as a name (or a domain): "Blog", "Page 2"
// or "select to zoom" do not, nor a heading in words the prose writes
// in lower case ("Key Considerations – Harbour Fees").
func (p *page) titleTagName(title int) string {
	ht := strings.TrimSpace(p.lines[title].text)
	if len(ht) < 12 {
		return ""
	}
	var key string // the headline's letters and digits, asked for once a line could hold it
	for i := range p.lines {
		s := p.lines[i].text
		if i == title || len(s) < len(ht)+4 || len(s) > len(ht)+64 {
			continue
		}
		for _, sep := range titleSeparators {
			for _, k := range [2]int{strings.Index(s, sep), strings.LastIndex(s, sep)} {
				if k <= 0 {
					continue
				}
				if key == "" {
					key = nameKey(ht)
				}
				// The headline as the line writes it may differ in its
				// punctuation ("Japan- A Guide", "Japan: A Guide").
				name := ""
				switch {
				case nameKey(s[:k]) == key:
					name = s[k+len(sep):]
				case nameKey(s[k+len(sep):]) == key:
					name = s[:k]
				default:
					continue
				}
				if name = p.titleSiteName(withoutSection(strings.TrimSpace(name))); name != "" {
					return name
				}
			}
		}
	}
	return ""
}

// titleSiteName returns what stands beside the headline in a title if
// it reads as a site's name or domain, or "".
func (p *page) titleSiteName(name string) string {
	if d := domainIn(name); d == name && plausibleDomain(d) && !platformDomains[domainCore(d)] {
		return strings.TrimPrefix(strings.TrimPrefix(d, "www."), "WWW.")
	}
	if caselessSiteName(name) && !p.isAuthorName(name, p.authors) {
		return name
	}
	if sectionName(name) && !p.writesDomainOf(name) {
		return "" // "Harbour reopens | Opinion": the story's section
	}
	if n, _ := agreeName(name); n != name || strings.ContainsAny(name, "0123456789") || hasWordIn(name, uiWords) || p.isAuthorName(name, p.authors) || !p.namesPlausible([]string{name}) {
		return ""
	}
	return name
}

// caselessSiteName reports whether a title's part beside the headline,
// in a script without capitals, may be a site's name ("海滨日报", "صحيفة
// الساحل"): no case tells a name from a phrase there, so it must be
// short, three to twenty letters in three words at most, with no digit
// and no punctuation (the vowel signs of Devanagari or Thai, "तटीय
// समाचार", are marks, which count as letters here). A section's name of
// two characters ("国内", "経済") is too short.
func caselessSiteName(name string) bool {
	if n := utf8.RuneCountInString(name); n < 3 || n > 20 || moreWords(name, 3) || !caseless(name) {
		return false
	}
	for _, r := range name {
		if !unicode.IsLetter(r) && r != ' ' && !unicode.Is(unicode.M, r) {
			return false
		}
	}
	return true
}

// uiWords name what a page offers to do with the story, which a title
// line may print beside the headline: "View in Browser", "Print".
var uiWords = toSet("view", "browser", "print", "download", "zoom", "click", "watch", "listen", "read", "email", "pdf", "comments", "reply")

// shortLinkLabels (each opening with one of the letters shortLink looks
// for first) open the line that gives the story's own short address,
// which is at the site's domain: "Short link: https://example.com/4856",
// "Kurzlink:", "Lien court :".
var shortLinkLabels = []string{"short link", "short url", "shortlink", "short-link", "permalink", "kurzlink", "kurz-url",
	"kurzer link", "lien court", "lien permanent", "enlace corto", "enlace permanente", "url corta", "link breve",
	"link permanente", "korte link", "link curto", "kort länk", "kort lenke", "kort link"}

// shortenerDomains make short addresses for any site, so their domain
// names none: "bit.ly" and "t.co" are among platformDomains already.
var shortenerDomains = toSet("tinyurl", "ow", "buff", "wp", "is", "cutt", "shorturl", "rebrand", "lnkd", "trib", "dlvr", "tiny")

// shortLink returns the domain and the address of the story's short link,
// given after its label on the same line or alone on the next, or "".
func (p *page) shortLink() (domain, addr string) {
	for i := range p.lines {
		ln := &p.lines[i]
		if ln.runes > 200 || ln.low == "" || !strings.ContainsRune("spklue", rune(ln.low[0])) || len(ln.low) != len(ln.text) {
			continue // no label opens the line: most lines, spared the look-ups below
		}
		label := ""
		for _, l := range shortLinkLabels {
			if strings.HasPrefix(ln.low, l) {
				label = l
				break
			}
		}
		if label == "" || moreFields(ln.text, 6) { // an address's parts count as words, so fields are counted
			continue
		}
		rest := strings.TrimLeft(ln.text[len(label):], " :：-–—\t")
		if rest == "" && i+1 < len(p.lines) {
			rest = strings.TrimSpace(p.lines[i+1].text)
		}
		if rest == "" || strings.ContainsAny(rest, " \t") {
			continue // "Permalink 34 Comments": a button, no address
		}
		u := rest
		if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
			u = "https://" + u
		}
		h := hostOf(u)
		if h == "" || !plausibleDomain(h) || platformDomains[domainCore(h)] || shortenerDomains[domainCore(h)] {
			continue
		}
		if rest != u {
			return h, "" // no scheme: written for people, not the address a browser needs
		}
		return h, strings.TrimRight(u, ".,;")
	}
	return "", ""
}

// isLatinLetter reports an ASCII letter.
func isLatinLetter(r rune) bool { return r < utf8.RuneSelf && isASCIILetter(byte(r)) }
