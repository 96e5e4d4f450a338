package pagetext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bylines of languages whose writers are not introduced by "By" or one of
// its European equivalents (see reByMarker), nor named in capitalised
// words alone: a label before the names ("Текст: Лида Буслаева", "Yazar:
// Ayşe Yılmaz", "بقلم: محمد علي", "作者：张伟", "โดย สมชาย ใจดี"), a word
// after them ("김민수 기자", "राम शर्मा द्वारा"), or a reporter named in
// brackets inside a Chinese or Japanese dateline ("（记者 张伟）",
// "【ワシントン=田中太郎】").

// bylineLabels open a byline, in lower case, by the lower case of the
// first letter of the line; a separator (a colon, a slash, a dash, a
// middle dot or a space) and the names follow.
var bylineLabels = func() map[rune][]string {
	m := map[rune][]string{}
	for _, l := range []string{
		"текст", "автор", "авторы", "автори", "автор материала", // ru, uk
		// Text and pictures by one writer: "Текст и фото: …", "Фото и текст: …".
		"текст и фото", "текст и фотографии", "фото и текст", "текст і фото", "текст та фото", "фото і текст", "фото та текст",
		"беседовала", "беседовал", "беседовали", // ru: who asked an interview's questions
		"tekst", "autorzy", "autorka", "opracowanie", "oprac.", // pl, cs
		"rozmawiała", "rozmawiał", "rozmawiali", // pl: who asked an interview's questions
		"teksti", "kirjoittaja", // fi
		"szerző", "írta", // hu: "Írta: …" ("written by")
		"piše", "пише", "avtor", "autorius", "autors", // hr, sr, bs ("writes"), sl, lt, lv
		"författare", "skribent", "forfatter", // sv, no, da
		"yazar", "yazan", "haber", "muhabir", // tr
		"oleh", "penulis", "pewarta", "wartawan", "jurnalis", "kontributor", // id
		"tác giả", "bởi", "phóng viên", "bài và ảnh", "bài, ảnh", "bài", // vi: "Bài: …" ("text"), "Bài và ảnh: …"
		"بقلم", "كتب", "كتبت", "بواسطة", "الكاتب", "تقرير", // ar
		"نویسنده", "نوشته", "به قلم", "گزارش", "خبرنگار", // fa
		"लेखक", "रिपोर्ट", "संवाददाता", // hi
		"প্রতিবেদক", "লেখক", "লিখেছেন", // bn
		"โดย", "เขียนโดย", "ผู้เขียน", "เรื่อง", // th
		"аутор", "تحریر", "رپورٹ", "எழுதியவர்", "செய்தியாளர்", "రచన", "రిపోర్టర్", // sr, ur, ta, te
		"ዘጋቢ", "ავტორი", "հեղինակ", "អ្នកសរសេរ", "ရေးသားသူ", // am, ka, hy, km, my
		"作者", "文", "记者", "記者", "撰文", "责任编辑", "編輯", "编辑", "筆者", "取材・文", "執筆者", "執筆", // zh, ja
		// Text and pictures by one writer: "文・写真：山田太郎", "文/圖 王小明".
		"文・写真", "写真・文", "取材・文・写真", "文/圖", "文／圖", "文/图", "文／图", "圖/文", "图/文", "圖文", "图文",
		"글", "기자", "작성자", "글·사진", "글/사진", // ko: "글·사진 …", text and pictures by one writer
		"מאת", "כתב", "כתבה", // he
		"του", "της", "γράφει ο", "γράφει η", "γράφουν οι", "γράφει", "συντάκτης", "επιμέλεια", // el: "Του Γιώργου …"
		// A lead phrase before the by-word of a European language
		// ("Ein Kommentar von …", "A cura di …"), which reByMarker's one
		// lead word does not cover.
		"laporan wartawan", "laporan reporter", "laporan kontributor", // id: "Laporan wartawan Tribun, Budi Santoso"
		"propos recueillis par", // fr: an interview's questions and notes
		// A paper's own reporter sent to a place or posted there: "dal
		// nostro inviato Marco Rossi", "de notre envoyée spéciale Anne Roy".
		"dal nostro inviato", "dalla nostra inviata", "dal nostro corrispondente", "dalla nostra corrispondente",
		"de notre envoyé spécial", "de notre envoyée spéciale", "de notre correspondant", "de notre correspondante",
		"ein artikel von", "ein kommentar von", "ein gastbeitrag von", "ein beitrag von", "eine analyse von",
		"eine kolumne von", "a cura di", "scritto da", "articolo di", "geplaatst door", "geschreven door",
		"escrit per", "escrita per", "publicat per", "publicada per", // ca: "Per" alone in perByline
		"theo", // vi: "Theo Nguyễn Văn An", for a name beyond ASCII only (see langByline)
	} {
		r, _ := utf8.DecodeRuneInString(l)
		m[r] = append(m[r], l)
	}
	return m
}()

// nameAfter are words written after the names: "김민수 기자", "田中太郎記者",
// "राम शर्मा द्वारा", and the Korean words for a correspondent, an
// editorial writer, a columnist ("워싱턴=이영희 특파원", "박지성 논설위원").
var nameAfter = []string{"기자", "特派員", "記者", "记者", "द्वारा", "특파원", "논설위원", "편집위원", "칼럼니스트", "통신원"}

// reporterRanks are written onto 기자 ("reporter") to give the
// reporter's rank or beat: "김민수 선임기자" (senior), "한지민 인턴기자",
// "이영희 사진기자" (photographs).
var reporterRanks = []string{"선임", "인턴", "전문", "수습", "객원", "취재", "사진", "영상", "대"}

// beforeRank drops one of reporterRanks glued to the end of s, the text
// before 기자, with the space before it: "김민수 선임" gives "김민수".
func beforeRank(s string) string {
	for _, r := range reporterRanks {
		if t, ok := strings.CutSuffix(s, r); ok && strings.HasSuffix(t, " ") {
			return t
		}
	}
	return s
}

// langByline reads a byline of the forms above, or returns nil.
func langByline(s string) []string {
	// A rune has a byte at least: a line of 120 bytes or fewer is not
	// counted.
	if len(s) > 400 || len(s) > 120 && utf8.RuneCountInString(s) > 120 {
		return nil
	}
	if ns := interviewByline(s); ns != nil {
		return ns
	}
	// A wire's credit line may stand in brackets: "(Bericht von …)".
	if ns := pieceByline(strings.TrimPrefix(s, "(")); ns != nil {
		return ns
	}
	t := strings.TrimLeft(s, " ([（【「")
	t = dropReporterOutlet(t)
	if ns := deskNames(t); ns != nil {
		return ns
	}
	r, _ := utf8.DecodeRuneInString(t)
	for _, l := range bylineLabels[unicode.ToLower(r)] {
		if len(t) <= len(l) || !strings.EqualFold(t[:len(l)], l) {
			continue
		}
		rest, ok := afterLabel(t[len(l):], l)
		if !ok || l == "theo" && !viFamilyFirst(rest) {
			// "Theo" is a given name of English and Dutch, and the
			// Vietnamese "according to" before the paper a story was
			// taken from ("Theo Thanh Niên"): only a Vietnamese name
			// after it ("Theo Nguyễn An") makes a label.
			continue
		}
		if k := strings.LastIndex(rest, ", "); k > 0 && (strings.HasPrefix(l, "laporan") || l == "kontributor" || l == "wartawan") {
			// The outlet the reporter works for, or the town, comes
			// first: "Kontributor Bandung, Rina Wulandari".
			if ns := labelledNames(rest[k+2:]); ns != nil {
				return ns
			}
		}
		if unicode.Is(unicode.Greek, r) {
			rest = greekJoin(rest)
		}
		if l == "记者" || l == "記者" || l == "作者" {
			// "记者 陈建国 王小明": two reporters of three characters;
			// "记者 王小明 报道" ends with "reports".
			t := cutNextLabel(strings.TrimSpace(rest))
			if k := strings.LastIndexAny(t, " 　"); k > 0 && (strings.HasPrefix(t[k+1:], "发自") || strings.HasPrefix(t[k+1:], "發自")) {
				// "记者 刘洋 发自北京": the place the reporter sends
				// the story from, after "sent from".
				t = strings.TrimRight(t[:k], " 　")
				if isHanName(t) {
					return []string{t}
				}
			}
			u, reported := strings.CutSuffix(t, "报道")
			if !reported {
				u, reported = strings.CutSuffix(t, "報導")
			}
			if reported && l != "作者" {
				t = strings.TrimSpace(u)
				if k := strings.LastIndexAny(t, " 　"); k > 0 && t == u {
					// "记者 刘洋 北京报道": the place the reporter
					// files from is glued to "reports", the name
					// stands apart before it.
					if h := strings.TrimRight(t[:k], " 　"); utf8.RuneCountInString(h) >= 2 && isHanName(h) {
						return []string{h}
					}
				}
				if isHanName(t) {
					return []string{t}
				}
			}
			c := cutHanLabel(t)
			if c != t && isHanName(c) {
				// "记者 张伟 通讯员 李明": the reporter, then a contributor.
				return []string{c}
			}
			t = c
			if hanNamesSpaced(t) {
				return strings.Fields(strings.ReplaceAll(t, "　", " "))
			}
		}
		if ns := labelledNames(dropReporterLabel(rest)); ns != nil {
			if l == "του" || l == "της" {
				for i, n := range ns {
					ns[i] = greekNominative(n)
				}
			}
			return ns
		}
	}
	if isASCII(s) {
		return nil
	}
	if ns := midLabelNames(s); ns != nil {
		return ns
	}
	for _, w := range nameAfter {
		// The word stands alone: "기자회견" is a press conference.
		if k := strings.Index(s, w); k > 0 && !unicode.IsLetter(firstRune(s[k+len(w):])) {
			before := s[:k]
			if w == "기자" {
				before = beforeRank(before)
			}
			if ns := namesBefore(before); ns != nil {
				// "김민수 기자 · 이영희 기자": each writer has the word.
				if more := strings.TrimLeft(s[k+len(w):], " ·・,、/"); strings.Contains(more, w) {
					ns = dedupeNames(append(ns, langByline(more)...))
				}
				return ns
			}
		}
	}
	return bracketReporter(s)
}

// perByline reads a Catalan byline, "Per Marta Puig i Jordi Vila": "Per"
// is "by" there, but a given name in the Nordic languages ("Per Olsson"),
// so it is read as "by" only on a page in a Romance language (a Catalan
// page is told from a Spanish one by neither reader).
func perByline(s string) []string { return byWordByline(s, "Per ", "per ") }

// deByline reads a Romanian byline, "de Elena Ionescu și Ion Popescu":
// "de" is "by" there, but "of" in the other Romance languages, where a
// line it opens is the tail of a headline or a caption, so it is read as
// "by" only on a Romanian page.
func deByline(s string) []string { return byWordByline(s, "De ", "de ") }

// naByline reads a Swahili byline, "Na Amina Juma": "Na" is "by" there
// (and in Shona and Kinyarwanda), but "and" or "with" as well, and a
// surname of Korea and Vietnam, so it is read as "by" only with a capital
// and on a page of those languages (see naByWord).
func naByline(s string) []string {
	// "Na Amina Juma na Baraka Mwakyusa": "na" is "and" as well.
	return byWordByline(strings.ReplaceAll(s, " na ", ", "), "Na ", "Na ")
}

// niByline reads a Tagalog byline, "Ni Maria Santos": "ni" is "by" (and
// "of") before a person's name, and read as "by" with a capital, on a
// Tagalog page.
func niByline(s string) []string { return byWordByline(s, "Ni ", "Ni ") }

// dagaByline reads a Hausa byline, "Daga Aisha Bello": "daga" is "from",
// and before a writer's name "by"; read so with a capital on a Hausa
// page, where a sentence opening with it goes on with a place or a time,
// not a name alone.
func dagaByline(s string) []string { return byWordByline(s, "Daga ", "Daga ") }

// latowoByline reads a Yoruba byline, "Látọwọ́ Adébáyọ̀ Ọlákúnlé" ("from
// the hand of"), and its spelling apart, "Láti ọwọ́", on a Yoruba page.
func latowoByline(s string) []string {
	if names := byWordByline(s, "Látọwọ́ ", "Látọwọ́ "); names != nil {
		return names
	}
	return byWordByline(s, "Láti ọwọ́ ", "Láti ọwọ́ ")
}

// naByWord reports a language whose "na" may be "by". The language
// detector has no Swahili: it names a Swahili page Hausa, Shona,
// Kinyarwanda, Kirundi or Chichewa, whose lines open with "Na" before a
// verb ("I", "of"), not before a capitalised name.
func naByWord(code string) bool {
	switch code {
	case "sw", "ha", "sn", "rw", "rn", "ny":
		return true
	}
	return false
}

// byWordByline reads the names after a line's opening "by" word, upper
// or lower, which only the page's language tells from another word.
func byWordByline(s, upper, lower string) []string {
	rest, ok := strings.CutPrefix(s, upper)
	if !ok {
		if rest, ok = strings.CutPrefix(s, lower); !ok {
			return nil
		}
	}
	rest = cutMarkedAffiliation(dropLeadingRole(rest))
	return markedNames(rest, findDates(rest, false))
}

// greekJoin writes the Greek "and" between two writers as a comma, with
// the article the second name takes after it: "Του Γιώργου Παπαδόπουλου
// και της Μαρίας Παπαδάκη", "Γράφουν οι Γιώργος Παπαδόπουλος και Μαρία
// Παπαδάκη".
func greekJoin(s string) string {
	for _, j := range []string{" και της ", " και του ", " και "} {
		if k := strings.Index(s, j); k >= 0 {
			return s[:k] + ", " + s[k+len(j):]
		}
	}
	return s
}

// greekNominative names a writer as the nominative does, from the
// genitive a Greek byline puts them in ("Της Μαρίας Παπαδοπούλου" is by
// Μαρία Παπαδοπούλου, "Του Γιώργου Παπαδόπουλου" by Γιώργος
// Παπαδόπουλος): the form the writer's own page and the article's
// metadata give. A given name in the genitive ends in ς only if it is a
// woman's (Μαρίας, Ελένης), whose family name is the genitive of her
// father's and stays; a man's given name and family name take back their
// ending (Γιώργου, Κώστα, Γιάννη; Παπαδόπουλου, Παπαδάκη). A family name
// ending in ου stressed on the syllable before is a genitive frozen as a
// name (Νικολάου, Οικονόμου) and stays too. Only a given and a family
// name, written with accents, are read so.
func greekNominative(name string) string {
	given, family, ok := strings.Cut(name, " ")
	if !ok || strings.Contains(family, " ") || !greekWord(given) || !greekWord(family) {
		return name
	}
	if f, ok := strings.CutSuffix(given, "ούς"); ok {
		return f + "ώ " + family // Κλειούς: Κλειώ
	}
	if f, ok := strings.CutSuffix(given, "ς"); ok {
		return f + " " + family
	}
	return greekMasculine(given, true) + " " + greekMasculine(family, false)
}

// greekMasculine turns a man's name from the genitive to the nominative.
func greekMasculine(w string, given bool) string {
	if stem, ok := strings.CutSuffix(w, "ου"); ok {
		if given || stressBeforePenult(stem) {
			return stem + "ος"
		}
		return w
	}
	for _, e := range []string{"α", "ά", "η", "ή"} {
		if strings.HasSuffix(w, e) {
			return w + "ς"
		}
	}
	return w
}

// stressBeforePenult reports whether the stem of a word ending in ου
// has a vowel after its accent: Παπαδόπ-ουλ-ου is stressed two syllables
// before the last, Οικονόμ-ου one.
func stressBeforePenult(stem string) bool {
	k := strings.LastIndexAny(stem, "άέήίόύώΐΰ")
	if k < 0 {
		return false
	}
	_, n := utf8.DecodeRuneInString(stem[k:])
	return strings.ContainsAny(stem[k+n:], "αεηιουω")
}

// greekWord reports a word of Greek letters in small letters but the
// first, with an accent: a name in capitals has lost the accents the
// endings are told by.
func greekWord(w string) bool {
	if !strings.ContainsAny(w, "άέήίόύώΐΰ") {
		return false
	}
	for i, r := range w {
		if !unicode.Is(unicode.Greek, r) || !unicode.IsLetter(r) || i > 0 && unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// dropReporterOutlet drops the paper or agency a Chinese byline names
// before "记者" ("本报记者 张伟", "新华社记者 李娜"): "本" ("our") and one
// to three more Han characters, two to four ending in "社" (an agency),
// or up to six holding a paper's word ("海湾日报记者 李明",
// scriptPressWords).
func dropReporterOutlet(s string) string {
	for _, l := range []string{"记者", "記者"} {
		k := strings.Index(s, l)
		if k <= 0 || k > 18 {
			continue
		}
		if scriptPressNamed(s[:k]) && !strings.ContainsFunc(s[:k], func(r rune) bool { return !unicode.Is(unicode.Han, r) }) {
			return s[k:]
		}
		if k > 12 {
			continue
		}
		n := 0
		for _, r := range s[:k] {
			if !unicode.Is(unicode.Han, r) {
				return s
			}
			n++
		}
		if n >= 2 && (strings.HasPrefix(s, "本") || n <= 4 && strings.HasSuffix(s[:k], "社")) {
			return s[k:]
		}
	}
	return s
}

// deskLabels credit a story to the outlet's own staff, with no name
// ("নিজস্ব প্রতিবেদক": "staff reporter"); a place may follow, after a
// comma.
var deskLabels = []string{"নিজস্ব প্রতিবেদক", "নিজস্ব সংবাদদাতা", "স্টাফ রিপোর্টার"}

// deskNames reads the names that follow a staff credit and its place
// after a bar: "নিজস্ব প্রতিবেদক, খুলনা | তানভীর হাসান". A labelled part
// there ("প্রকাশ: …", "published") is no name.
func deskNames(s string) []string {
	for _, l := range deskLabels {
		if !strings.HasPrefix(s, l) {
			continue
		}
		_, rest, ok := strings.Cut(s[len(l):], "|")
		if !ok {
			return nil
		}
		if k := strings.IndexByte(rest, '|'); k >= 0 {
			rest = rest[:k]
		}
		if strings.ContainsAny(rest, ":：") {
			return nil
		}
		return labelledNames(rest)
	}
	return nil
}

// dropReporterLabel drops "记者" after another label: "文／记者 张伟".
func dropReporterLabel(s string) string {
	for _, l := range []string{"记者", "記者"} {
		if strings.HasPrefix(s, l) {
			return strings.TrimLeft(s[len(l):], " 　:：")
		}
	}
	return s
}

// midLabels are the labels of bylineLabels that a Chinese or Japanese
// page prints after the source or the date, on the same line:
// "来源：新华社　作者：张伟".
var midLabels = []string{"作者", "记者", "記者", "撰文"}

// midLabelNames reads the names after one of midLabels that follows a
// space or a bar and comes before a colon.
func midLabelNames(s string) []string {
	for _, l := range midLabels {
		k := strings.Index(s, l)
		if k <= 0 {
			continue
		}
		if !strings.HasSuffix(s[:k], " ") && !strings.HasSuffix(s[:k], "　") && !strings.HasSuffix(s[:k], "|") && !strings.HasSuffix(s[:k], "｜") {
			continue
		}
		rest := s[k+len(l):]
		if !strings.HasPrefix(rest, "：") && !strings.HasPrefix(rest, ":") {
			continue
		}
		if ns := labelledNames(strings.TrimLeft(rest, ":：")); ns != nil {
			return ns
		}
	}
	return nil
}

// interviewWords join the guest and the host of an interview in the
// line that credits them both: "Jane Doe im Gespräch mit John Roe".
var interviewWords = []string{" im Gespräch mit ", " in conversation with ", " en conversation avec ",
	" in conversazione con ", " en conversación con ", " em conversa com ", " in gesprek met "}

// interviewByline reads the two people of an interview's credit line:
// both sides must be a name alone.
func interviewByline(s string) []string {
	// Every one of interviewWords has "onvers" or "espr", looked for
	// from their rarer "v" and "p" on: a search from "o" or "e" stops at
	// most letters of a line.
	v, p := strings.IndexByte(s, 'v'), strings.IndexByte(s, 'p')
	if (v < 0 || !strings.Contains(s[max(0, v-2):], "onvers")) && (p < 0 || !strings.Contains(s[max(0, p-2):], "espr")) {
		return nil
	}
	for _, w := range interviewWords {
		if k := strings.Index(s, w); k > 0 {
			a, okA := asName(s[:k])
			b, okB := asName(s[k+len(w):])
			if okA && okB {
				return []string{a, b}
			}
			return nil
		}
	}
	return nil
}

// afterLabel returns what follows a label's separator. A label of one
// letter of a script without spaces ("文") needs a separator other than a
// space: "文化" is a word, not a byline.
func afterLabel(s, label string) (string, bool) {
	k := 0
	for k < len(s) {
		r, n := utf8.DecodeRuneInString(s[k:])
		if !strings.ContainsRune(" :：/／・·|｜-–—=፦៖՝", r) {
			break
		}
		k += n
	}
	if k == 0 {
		// "記者王小明／台北報導": a reporter's label of two Han
		// characters may be glued to the name.
		if (label == "記者" || label == "记者") && unicode.Is(unicode.Han, firstRune(s)) {
			return s, true
		}
		return "", false
	}
	if utf8.RuneCountInString(label) == 1 && strings.TrimSpace(s[:k]) == "" && !(label == "글" && threeSyllableName(s[k:])) {
		return "", false
	}
	return s[k:], true
}

// threeSyllableName reports whether s is one word of three Hangul
// syllables, the length of most Korean names: "글 김민수" ("text: …")
// credits a writer with a space alone, where "글 쓰기" is a button.
func threeSyllableName(s string) bool {
	return utf8.RuneCountInString(s) == 3 && isHangulName(s)
}

// nameJoiners part the names of one byline in the scripts above.
var nameJoiners = []string{"、", "，", "،", ",", "/", "·", "・", " و ", " и ", " і ", " ve ", " dan ", " và ", " และ ", " और ", " 및 ", " と ", " i ", "&", " ", "　"}

// labelledNames reads the names after a label: all of what follows, up to
// a separator or a date, must be names.
func labelledNames(s string) []string {
	s = strings.TrimSpace(s)
	// " dari ": Indonesian "from", before the town the reporter writes
	// from.
	for _, cut := range []string{"|", "｜", " - ", " – ", " — ", "(", "（", "】", "」", ")", "）", "]", "@", "http", " dari "} {
		if k := strings.Index(s, cut); k >= 0 {
			s = s[:k]
		}
	}
	dated := false
	if ds := findDates(s, false); len(ds) > 0 {
		s, dated = s[:ds[0].start], true
	}
	// The place a reporter files from ends the names, before the date's
	// space or middle dot: "記者陳怡君／高雄報導 · 2024年1月1日".
	s = cutReportPlace(strings.TrimRight(s, " ·・"))
	s = strings.TrimRight(cutWeekday(strings.TrimRight(s, " ,.;:،")), " ,.;:،·")
	if s == "" {
		return nil
	}
	// A Latin or Cyrillic name is read as the other bylines are.
	if hasUpper(s) {
		return markedNames(dropOutletAfterPair(s), nil)
	}
	// A date no reader knows (of the Islamic or the Ethiopian calendar:
	// "نورة العتيبي · الأربعاء 12 رمضان 1446 هـ", "ሰላማዊት ታደሰ · መጋቢት 3
	// ቀን 2017 ዓ.ም") ends the names at its first figure; its weekday or
	// month, one word after the dot that parts it from the names, goes
	// with it.
	if k := strings.IndexAny(s, "0123456789"); k > 0 {
		s, dated = strings.TrimRight(s[:k], " ,.;:،"), true
	}
	if dated {
		if d := strings.LastIndex(s, "·"); d > 0 && !strings.Contains(strings.TrimSpace(s[d+len("·"):]), " ") {
			s = s[:d]
		}
		s = strings.TrimRight(cutWeekday(strings.TrimRight(s, " ,.;:،·")), " ,.;:،·")
	}
	s, _ = cutUncasedPlace(cutNextLabel(s))
	return uncasedNames(s)
}

// uncasedWeekdays are the names of the days in Arabic and Persian, which
// stand before the date on a byline's line ("كتبت: سارة علي · الثلاثاء 14
// يناير 2025") and, in a script without capitals, look like a name.
var uncasedWeekdays = toSet("الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "يوم",
	"شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "پنج‌شنبه", "جمعه")

// cutWeekday cuts the names of weekdays off the end of s, the text
// before a byline's date: "سارة علي · الثلاثاء" gives "سارة علي ·".
func cutWeekday(s string) string {
	for {
		k := strings.LastIndexByte(s, ' ')
		if k < 0 || !uncasedWeekdays[s[k+1:]] {
			return s
		}
		s = strings.TrimRight(s[:k], " ")
	}
}

// cutNextLabel cuts s before the next credit on its line, a word and its
// colon after a space: the pictures' or the editor's ("鈴木一郎　写真：山田太郎",
// "李红 责任编辑：王小明", "สมชาย ใจดี ภาพ: วรรณา ศรีสุข").
func cutNextLabel(s string) string {
	k := strings.IndexAny(s, ":：")
	if k <= 0 {
		return cutSlashLabel(s)
	}
	if sp := strings.LastIndexAny(s[:k], " 　"); sp > 0 {
		return strings.TrimRight(s[:sp], " 　")
	}
	return s
}

// cutSlashLabel cuts s before the next credit on its line when a slash
// follows its label of one or two characters after a space: "陈建国
// 图/王小明" ("pictures") gives "陈建国". A slash between names with no
// space before ("陈建国/王小明") parts two writers.
func cutSlashLabel(s string) string {
	k := strings.IndexAny(s, "/／")
	if k <= 0 {
		return s
	}
	sp := strings.LastIndexAny(s[:k], " 　")
	if sp <= 0 || utf8.RuneCountInString(strings.TrimLeft(s[sp:k], " 　")) > 2 {
		return s
	}
	return strings.TrimRight(s[:sp], " 　")
}

// cutReportPlace cuts the place a Chinese reporter files from after a
// slash: "王小明／台北報導" ("reporting from Taipei").
func cutReportPlace(s string) string {
	if !strings.HasSuffix(s, "報導") && !strings.HasSuffix(s, "报道") && !strings.HasSuffix(s, "報道") {
		return s
	}
	if k := max(strings.LastIndex(s, "／"), strings.LastIndex(s, "/")); k > 0 {
		return s[:k]
	}
	return s
}

// namesBefore reads the names that end s, before a word such as 기자.
func namesBefore(s string) []string {
	s = strings.TrimRight(s, " ")
	// The names are the last words before the marker: a Hangul or Han name
	// is one word ("김민수", "김민수·이영희"), a Devanagari one two or three.
	k := strings.LastIndexAny(s, " =)）】」]\n(（【「[")
	word := s
	if k >= 0 {
		_, n := utf8.DecodeRuneInString(s[k:])
		word = s[k+n:] // past the whole rune: "（" has three bytes
	}
	if word == "" || hanLabels.has(word) {
		return nil
	}
	r, _ := utf8.DecodeRuneInString(word)
	if unicode.Is(unicode.Devanagari, r) {
		f := strings.Fields(s)
		for n := min(3, len(f)); n >= 2; n-- {
			if ns := uncasedNames(strings.Join(f[len(f)-n:], " ")); ns != nil {
				return ns
			}
		}
		return nil
	}
	return uncasedNames(word)
}

// wireLeadHead returns the credit a Korean wire story's first paragraph
// opens with, up to the "=" after the reporter's word: "(서울=한빛뉴스)
// 최민호 기자 = 시의회는 …" gives "(서울=한빛뉴스) 최민호 기자", which
// langByline reads; else "". The place and agency in brackets come first.
func wireLeadHead(s string) string {
	e := strings.IndexByte(s, ')')
	if e < 0 || e > 60 || !strings.Contains(s[:e], "=") {
		return ""
	}
	head := s[e:min(len(s), e+60)]
	for _, w := range []string{"기자", "특파원"} {
		if k := strings.Index(head, w); k > 0 && strings.HasPrefix(strings.TrimLeft(head[k+len(w):], " "), "=") {
			return s[:e+k+len(w)]
		}
	}
	return ""
}

// bracketReporter reads a reporter named in brackets in a Chinese or
// Japanese dateline: "（记者 张伟 李娜）", "【ワシントン=田中太郎】".
func bracketReporter(s string) []string {
	for _, open := range []string{"（记者", "(记者", "（記者", "(記者"} {
		if k := strings.Index(s, open); k >= 0 {
			rest := s[k+len(open):]
			if e := strings.IndexAny(rest, ")）"); e > 0 {
				return uncasedNames(strings.TrimSpace(rest[:e]))
			}
		}
	}
	if k := strings.Index(s, "【"); k >= 0 {
		rest := s[k+len("【"):]
		if e := strings.Index(rest, "】"); e > 0 {
			if _, name, ok := strings.Cut(rest[:e], "="); ok {
				return uncasedNames(name)
			}
			if _, name, ok := strings.Cut(rest[:e], "＝"); ok {
				return uncasedNames(name)
			}
		}
	}
	return nil
}

// hanNamesSpaced reports whether s, after a reporter's label, is Chinese
// names of two or three Han characters parted by spaces ("陈建国 王小明",
// "陈建国 李红 张伟"), where a Japanese name of two words ("山田 太郎",
// "佐々木 一郎") is one: the first has three characters (a Chinese family and given name, where a Japanese
// family name mostly has two), none has 々, and none is a label
// ("陈建国 摄影").
func hanNamesSpaced(s string) bool {
	f := strings.Fields(strings.ReplaceAll(s, "　", " "))
	if len(f) < 2 || utf8.RuneCountInString(f[0]) != 3 || strings.Contains(s, "々") {
		return false
	}
	for _, w := range f {
		if n := utf8.RuneCountInString(w); n < 2 || n > 3 || !isHanName(w) || hanLabels.has(w) {
			return false
		}
	}
	return true
}

// cutHanLabel cuts a reporter's names before a later credit on the
// line, a word of hanLabels: "张伟 通讯员 李明" (a contributor after the
// reporter) gives "张伟".
func cutHanLabel(s string) string {
	f := strings.Fields(strings.ReplaceAll(s, "　", " "))
	for i := 1; i < len(f); i++ {
		if hanLabels.has(f[i]) {
			return strings.Join(f[:i], " ")
		}
	}
	return s
}

// hanLabels are the Chinese words of a credit line that are no name,
// "本报" ("this paper's", as in "本报记者", "our reporter") among them.
var hanLabels = newWordSet("本报", "本報", "本刊", "本台", "本网", "本網", "记者", "記者", "作者", "编辑", "編輯", "摄影", "攝影", "通讯员", "通訊員", "实习生", "實習生", "报道", "報導", "撰文", "来源", "來源", "责任编辑", "责编")

// uncasedNames splits s into names at nameJoiners and returns them when
// every part reads as a name of a script without capitals; else nil.
func uncasedNames(s string) []string {
	parts := []string{strings.TrimSpace(s)}
	han := isHanName(parts[0]) || isHangulName(parts[0])
	for _, j := range nameJoiners {
		if (j == " " || j == "　") && !han {
			continue // the words of one Arabic, Devanagari or Thai name
		}
		var next []string
		for _, p := range parts {
			for _, q := range strings.Split(p, j) {
				if q = strings.TrimSpace(q); q != "" {
					next = append(next, q)
				}
			}
		}
		parts = next
	}
	if !han {
		parts = splitGluedAnd(parts)
	}
	if len(parts) == 0 || len(parts) > 6 {
		return nil
	}
	for _, p := range parts {
		if !isUncasedName(p) {
			return nil
		}
	}
	return dedupeNames(parts)
}

// splitGluedAnd parts two writers joined by the Arabic or Hebrew "and",
// a letter written onto the next word: "محمد الأحمد وسارة خالد", "דנה
// כהן ויוסי לוי". A given name may open with that letter too ("وليد",
// "ורד"), so a part is split only where two words or more stand on
// either side.
func splitGluedAnd(parts []string) []string {
	var out []string
	for _, p := range parts {
		if !strings.Contains(p, " و") && !strings.Contains(p, " ו") {
			out = append(out, p)
			continue
		}
		words := strings.Fields(p)
		for i := 2; i+2 <= len(words); i++ {
			rest, ok := strings.CutPrefix(words[i], "و")
			if !ok {
				rest, ok = strings.CutPrefix(words[i], "ו")
			}
			if ok && utf8.RuneCountInString(rest) >= 2 {
				out = append(out, strings.Join(words[:i], " "))
				words = append([]string{rest}, words[i+1:]...)
				i = 1
			}
		}
		out = append(out, strings.Join(words, " "))
	}
	return out
}

// uncasedNameScripts are the scripts without case a name of several words
// may be written in, each name in one of them.
var uncasedNameScripts = []*unicode.RangeTable{unicode.Arabic, unicode.Devanagari, unicode.Thai, unicode.Hebrew,
	unicode.Bengali, unicode.Gurmukhi, unicode.Gujarati, unicode.Tamil, unicode.Telugu, unicode.Kannada, unicode.Malayalam,
	unicode.Ethiopic, unicode.Georgian, unicode.Khmer, unicode.Myanmar}

// isUncasedName reports whether s reads as one person's name in a script
// without capitals: two to four Han characters (or up to six of Han and
// kana, for Japanese), two to four Hangul syllables, or one to four words
// of letters of one of uncasedNameScripts.
func isUncasedName(s string) bool {
	if isHanName(s) || isHangulName(s) {
		return true
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 || utf8.RuneCountInString(s) > 40 {
		return false
	}
	var script *unicode.RangeTable
	for _, w := range words {
		for _, r := range w {
			if unicode.IsMark(r) {
				continue
			}
			if !unicode.IsLetter(r) {
				return false
			}
			if script == nil {
				for _, t := range uncasedNameScripts {
					if unicode.Is(t, r) {
						script = t
					}
				}
				if script == nil {
					return false
				}
			}
			if !unicode.Is(script, r) {
				return false
			}
		}
	}
	// A Thai name is a given name and a family name; an Arabic or
	// Devanagari one has two words or more, but one will do.
	return script != unicode.Thai || len(words) >= 2
}

// isHanName reports two to four Han characters, or two to six of Han and
// kana with at most one space (a Japanese family and given name).
func isHanName(s string) bool {
	n, kana, ok := hanRunes(s)
	// "佐々木美咲": a Japanese name of Han alone may have five or six, and
	// 々 marks it Japanese.
	return ok && n >= 2 && (kana == 0 && n <= 4 || (kana > 0 || strings.Contains(s, "々")) && n <= 6)
}

// hanRunes counts the letters of s, Han and kana, and the kana among
// them, with at most one space left out; ok is false for any other
// letter.
func hanRunes(s string) (n, kana int, ok bool) {
	for _, r := range strings.Replace(strings.Replace(s, "　", "", 1), " ", "", 1) {
		switch {
		case unicode.Is(unicode.Han, r):
		case unicode.In(r, unicode.Hiragana, unicode.Katakana):
			kana++
		default:
			return 0, 0, false
		}
		n++
	}
	return n, kana, true
}

// japaneseByline reads, on a Japanese page, a credit label and one
// writer whose name is five or six Han characters ("文・森下健一郎",
// "記者 長谷川美智子", "取材・文／小野寺真理子"): longer than a Chinese
// name, so isHanName takes it only with kana or 々 in it, but a common
// length for a Japanese one.
func japaneseByline(s string) []string {
	if len(s) > 60 {
		return nil
	}
	t := strings.TrimLeft(s, " (（【「")
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.Is(unicode.Han, r) {
		return nil
	}
	for _, l := range bylineLabels[r] {
		if !strings.HasPrefix(t, l) {
			continue
		}
		if rest, ok := afterLabel(t[len(l):], l); ok {
			name := strings.TrimSpace(strings.TrimRight(rest, " )）】」"))
			if n, kana, ok := hanRunes(name); ok && kana == 0 && (n == 5 || n == 6) {
				return []string{name}
			}
		}
	}
	return nil
}

// isHangulName reports two to four Hangul syllables.
func isHangulName(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.Is(unicode.Hangul, r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 4
}

// pieceWords name the kind of piece a line credits before its writer,
// in the languages that write "by" as a preposition after a noun: "Il
// commento di …", "Un análisis por …", "Une chronique de …", "Eine
// Analyse von …", "Analysis by …". Lines of other words before the same
// prepositions are headlines ("La proposta di Giorgia Meloni").
var pieceWords = newWordSet(
	"articolo", "commento", "analisi", "editoriale", "intervento", "rubrica", "cronaca", "testo", "inchiesta", "recensione", "approfondimento",
	"article", "chronique", "analyse", "éditorial", "tribune", "billet", "texte", "enquête", "récit",
	"análisis", "columna", "artículo", "crónica", "reportaje", "reporte", "texto", "opinión", "editorial", "tribuna", "reseña", "redactado", "redactada",
	"reportagem", "artigo", "coluna", "análise", "crônica", "opinião",
	"kommentar", "artikel", "beitrag", "gastbeitrag", "kolumne", "reportage", "text", "essay", "bericht", "glosse", "rezension",
	"commentaar", "tekst", "verhaal", "recensie", "post",
	"analysis", "column", "commentary", "opinion", "feature", "reporting", "words", "servizio",
	// An interview is credited to who asked ("Interview by …", "Intervista
	// di …", "Das Gespräch führte …").
	"interview", "entrevista", "intervista", "gespräch", "intervju", "wywiad",
)

// pieceDeterminers may stand before one of pieceWords.
// "Guest" is one too: "Guest post by …", "Guest column by …".
var pieceDeterminers = newWordSet("un", "una", "uno", "il", "lo", "la", "le", "el", "une", "ein", "eine", "a", "an", "the", "uma", "um", "o", "een", "het", "de", "das", "guest")

// pieceAlso are the pictures a second noun credits to the same writer:
// "Texto y fotos por …", "Testo e foto di …".
var pieceAlso = newWordSet("foto", "fotos", "photos", "fotografie", "bilder", "images", "video", "vídeo", "pictures", "photographs")

// pieceBy are the prepositions after pieceWords: "by" in the languages
// read.
// "führte" ("conducted") credits a German interview: "Das Interview
// führte …".
var pieceBy = newWordSet("di", "da", "de", "por", "par", "von", "by", "door", "van", "führte", "führten")

// pieceByline reads "[determiner] piece [and pictures] by Name…": the
// names must be all the line holds after the preposition.
func pieceByline(s string) []string {
	w, rest := cutWord(s)
	if hasLower(pieceDeterminers, w) {
		w, rest = cutWord(rest)
	}
	if !pieceLead(w) {
		return nil
	}
	w, rest = cutWord(rest)
	if isNameJoiner(w) {
		if w, rest = cutWord(rest); !hasLower(pieceAlso, w) {
			return nil
		}
		w, rest = cutWord(rest)
	}
	if !hasLower(pieceBy, strings.TrimRight(w, ":")) {
		return nil
	}
	rest = cutMarkedAffiliation(rest) // "(Reportage de Marie Dubois à Paris et …)"
	return markedNames(rest, findDates(rest, false))
}

// pieceLead reports one of pieceWords, maybe after an elided article:
// "L'analisi", "l’analyse".
func pieceLead(w string) bool {
	if len(w) > 2 && (w[0] == 'L' || w[0] == 'l') && (w[1] == '\'' || strings.HasPrefix(w[1:], "’")) {
		w = strings.TrimLeft(w[1:], "'’")
	}
	return hasLower(pieceWords, w)
}

// cutWord returns the first word of s and the text after it.
func cutWord(s string) (word, rest string) {
	s = strings.TrimLeft(s, " ")
	if k := strings.IndexByte(s, ' '); k >= 0 {
		return s[:k], s[k+1:]
	}
	return s, ""
}

// bareUncasedNames reads a line of nothing but writers in a script
// without capitals, which no label or word such as 記者 marks: two or
// more listed with the script's separators or its "and" ("佐藤花子、鈴木一郎",
// "أحمد خالد وسارة يوسف"), maybe before their outlet after a slash
// ("高橋修、中村真理／日本経済ニュース"), or one in the full-width brackets
// Japanese papers sign with ("（田中健）"). A Han name is read so only with
// three characters or more: two make most of the words of a menu or a
// list of topics ("経済、政治"). Only a line next to a dateline under the
// headline is asked (findAuthors).
func bareUncasedNames(s string) []string {
	s = strings.TrimSpace(s)
	if isASCII(s) || utf8.RuneCountInString(s) > 40 {
		return nil
	}
	single := false
	if inner, ok := strings.CutPrefix(s, "（"); ok {
		if s, ok = strings.CutSuffix(inner, "）"); !ok {
			return nil
		}
		single = true
	} else if k := strings.LastIndex(s, "／"); k > 0 && utf8.RuneCountInString(s[k:]) >= 3 {
		s, single = s[:k], true // the outlet after the writers
	}
	if _, ok := cutUncasedPlace(s); ok {
		return nil // a writer and a town: see loneUncasedName
	}
	ns := uncasedNames(s)
	if len(ns) == 0 || len(ns) == 1 && !single {
		return nil
	}
	for _, n := range ns {
		if isHanName(n) && (utf8.RuneCountInString(n) < 3 || agencyEnd(n)) {
			return nil
		}
		// An Arabic given name takes no article; a phrase's first noun
		// does ("العالم العربي", "the Arab world").
		if strings.HasPrefix(n, "ال") {
			return nil
		}
	}
	return ns
}

// agencyEnd reports a Han name that ends as a Japanese or Chinese news
// agency or paper does ("共同通信", "新华社"), which a bracket signs as
// a writer is signed.
func agencyEnd(n string) bool {
	for _, e := range []string{"通信", "新聞", "新闻", "社", "報", "报", "局"} {
		if strings.HasSuffix(n, e) {
			return true
		}
	}
	return false
}

// viFamilies are the commonest Vietnamese family names, written first.
var viFamilies = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
	"Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đoàn", "Trương", "Lâm", "Mai",
	"Trịnh", "Cao", "Lương", "Tô", "Tạ", "Lưu", "Châu", "Quách", "Kiều", "Phùng", "Đào",
	"Triệu", "Vương", "Hứa", "Lại", "Đàm", "Nông", "Tống", "Thái", "Chu", "Văn"}

// viFamilyFirst tells whether s, beyond ASCII, starts with one of
// viFamilies and a space: "Nguyễn Văn An" does, the paper "Thanh Niên"
// does not.
func viFamilyFirst(s string) bool {
	if isASCII(s) {
		return false
	}
	s = strings.TrimLeft(s, " ")
	for _, f := range viFamilies {
		if len(s) > len(f) && s[len(f)] == ' ' && s[:len(f)] == f {
			return true
		}
	}
	return false
}
