package pagetext

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/morgue-archive/morgue/internal/lang"
)

// Reading time: "5 min read", "2 minutes read", "Reading time: 4 minutes",
// "Read time 3 min", "Lesezeit: 4 Minuten", "Lectura: 3 min".
var (
	reReadAfter  = lazyRegexp(`(?i)\b(\d{1,3})\s*-?\s*(?:min|mins|minutes?|minuten?|minutos?|minuti|minuut)\.?\s+(?:read|reading|de lectura|de lecture|lesezeit|leestijd|di lettura|lettura|leitura)\b`)
	reReadBefore = lazyRegexp(`(?i)\b(?:reading time|read time|time to read|lesezeit|leestijd|tiempo de lectura|lectura|temps de lecture|tempo di lettura|tempo de leitura)\s*:?\s*(?:about\s+|approx\.?\s+|~\s*)?(\d{1,3})\s*(?:min|mins|minutes?|minuten?|minutos?|minuti|minuut)\b`)
)

// minUnit guards both reading-time patterns: every unit they know spells
// "min", in any case, and goes on only with an s or a u ("mins",
// "minutes", "minuut") or ends there (the patterns ask for a word's end or
// a space next). A line with a digit and "min" in another word
// ("minister", "administration") is common in a story and never matches.
func minUnit(s string) bool {
	for i := 0; i+3 <= len(s); i++ {
		if lowerASCII(s[i]) != 'm' || lowerASCII(s[i+1]) != 'i' || lowerASCII(s[i+2]) != 'n' {
			continue
		}
		if i+3 == len(s) {
			return true
		}
		c := lowerASCII(s[i+3])
		if c == 's' || c == 'u' || !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return true
		}
	}
	return false
}

// readingStems guard both reading-time patterns too: each of their words
// for reading holds one ("read", "lesezeit", "leestijd", "lectura",
// "lecture", "lettura", "leitura"). "0 seconds of 1 minute" under a video
// has a digit and a unit, and no need of the patterns.
var readingStems = newKeywordSet("read", "lese", "lees", "lect", "lett", "leit")

// Reading time in other languages, the label before the count ("Thời gian
// đọc: 3 phút", "Czas czytania: 4 min", "Время чтения: 5 минут", "Okuma
// süresi: 3 dakika", "読了時間：3分", "阅读时间：5分钟", "읽는 시간: 3분",
// "وقت القراءة: 3 دقائق", "זמן קריאה: 4 דקות") or after it ("3 phút đọc",
// "5 минут чтения", "4 min czytania", "3 menit baca").
var (
	reReadAbroadBefore = lazyRegexp(`(?i)(?:thời gian đọc|czas (?:czytania|lektury)|время чтения|час читання|okuma süresi|waktu baca|lesetid|lästid|lukuaika|読了時間|阅读时间|閱讀時間|읽는 시간|وقت القراءة|זמן קריאה)\s*[:：]?\s*(?:~\s*)?(\d{1,3})\s*` + readAbroadUnit)
	reReadAbroadAfter  = lazyRegexp(`(?i)(\d{1,3})\s*` + readAbroadUnit + `\s*(?:đọc|czytania|lektury|чтения|читання|okuma|baca)`)
)

// readAbroadUnit is the minute in the languages reReadAbroad reads.
const readAbroadUnit = `(?:phút|minut[ayę]?|min\.?|минут[аы]?|мин\.?|хвилин[аи]?|dakika|menit|minutter|minuter|minuuttia|分钟|分鐘|分|분|دقائق|دقيقة|דקות|דקה)`

// readAbroadStems guard the two patterns: each of their matches spells one
// (in lower case; the ASCII ones in any case).
var (
	readAbroadStems = newKeywordSet("czyt", "lektur", "okuma", "baca", "lesetid", "lukuaika")
	readAbroadWords = []string{"đọc", "чтени", "читан", "lästid", "読了", "阅读", "閱讀", "읽는", "القراءة", "קריאה"}
)

// mayReadAbroad reports whether reReadAbroadBefore or reReadAbroadAfter
// could match s.
func mayReadAbroad(s string) bool {
	if !hasDigit(s) {
		return false
	}
	if readAbroadStems.in(s) {
		return true
	}
	if isASCII(s) {
		return false
	}
	low := strings.ToLower(s)
	for _, w := range readAbroadWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// readingMinutes returns the reading time a line states, or 0.
func readingMinutes(s string) int {
	if len(s) > 120 {
		return 0
	}
	if hasDigit(s) && minUnit(s) && readingStems.in(s) {
		if n := minutesBy(s, reReadAfter(), reReadBefore()); n > 0 {
			return n
		}
	}
	if mayReadAbroad(s) {
		return minutesBy(s, reReadAbroadAfter(), reReadAbroadBefore())
	}
	return 0
}

// minutesBy returns the count the first of the patterns that matches s
// captures, if it is a plausible reading time, or 0.
func minutesBy(s string, res ...*regexp.Regexp) int {
	for _, re := range res {
		if m := re.FindStringSubmatch(s); m != nil {
			if n, err := strconv.Atoi(m[1]); err == nil && n > 0 && n < 600 {
				return n
			}
		}
	}
	return 0
}

// reDomain finds a bare domain such as "Voz.us" or "example.co.uk" in a
// header line: a name of two or more characters, then dot-separated labels
// ending in an alphabetic top-level domain.
var reDomain = lazyRegexp(`(?:^|\s)((?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,12})(?:$|[\s|,;:)]|\.(?:$|\s))`)

// domainIn returns the first domain written in a short header line.
func domainIn(s string) string {
	if strings.Contains(s, "://") || strings.Contains(s, "@") || !hasDotLetter(s) || moreWords(s, 10) {
		return "" // a domain has a dot between a letter or digit and a letter
	}
	for _, m := range reDomain().FindAllStringSubmatch(s, -1) {
		d := m[1]
		labels := strings.Split(d, ".")
		if len(labels[0]) < 2 && len(labels) == 2 {
			continue // "U.S", "A.B" are abbreviations, not sites
		}
		if isDigits(labels[len(labels)-1]) {
			continue
		}
		ok := true
		for _, l := range labels {
			if l == "" {
				ok = false
			}
		}
		if ok {
			return d
		}
	}
	return ""
}

// hasDotLetter reports a dot after an ASCII letter, digit or dash and
// before an ASCII letter, which every match of reDomain has.
func hasDotLetter(s string) bool {
	// From dot to dot: most lines have few.
	for i := 1; i+1 < len(s); i++ {
		k := strings.IndexByte(s[i:len(s)-1], '.')
		if k < 0 {
			return false
		}
		i += k
		if isASCIILetter(s[i+1]) && (isWordByte(s[i-1]) && s[i-1] != '_' || s[i-1] == '-') {
			return true
		}
	}
	return false
}

// Image credits: "Photo: Getty Images", "Credit: AP", "(Reuters)",
// "Photograph by Jane Doe", "Image: Agency", and the labels other
// languages give a picture's credit ("Imagen: Agencia", "Zdjęcie: Jan
// Kowalski", "Фото: Иван Петров", "Crédito: Ana Pires", Tamil "படம்:",
// Telugu "ఫోటో:", Marathi "छायाचित्र:", Georgian "ფოტო:", Swahili "Picha:",
// Hausa "Hoto:", Tagalog "Larawan:", Yoruba "Àwòrán:", Japanese "撮影："). A stray dot may
// stand before the label where the page put one between the picture and
// its credit (". Imagen: Agencia").
var (
	reCreditLabel = lazyRegexp(`(?i)^[(.]?\s*(?:photo(?:graph)?s?|credits?|image|picture|pic|foto|fotó|bild|source|illustration|video|imagen|imagem|immagine|afbeelding|zdjęcie|фото|fotograf(?:ía|ia)|crédits?|créditos?|picha|hoto|larawan)(?:\s+(?:by|credit|courtesy(?: of)?|via))?\s*[:/]\s*|^(?-i:Credits?|CREDITS?)\s*(?:\.\.+|…)\s*|^[(.]?\s*(?:photo(?:graph)?|image|illustration|picture)\s+(?:by|courtesy of|courtesy|via)\s+|^[(.]?\s*(?:fotoğraf|fotografie|φωτογραφία|ảnh|사진|写真|图片来源|图片|圖片來源|圖片|圖|图|صورة|تصوير|फोटो|צילום|摄影|攝影|عکس|تصویر|ภาพ|ছবি|படம்|ఫోటో|छायाचित्र|ფოტო|àwòrán|撮影)\s*(?:[:/=]|：|／)\s*`)
	reGluedCredit = lazyRegexp(`(?i)^(.*?\S)\s*\(?\s*((?:photo(?:graph)?s?|credits?|image|picture|fot[oó])\s*(?:by|credit)?\s*:\s*[^()]+?|(?-i:Credits?|CREDITS?)\s*(?:\.\.+|…)\s*[^()]+?|(?:photo(?:graph)?|image|photo illustration|illustration)\s+(?:by|courtesy of|via)\s+[^()]+?)\s*\)?\s*$`)
	reParenCredit = lazyRegexp(`^(.*\S)\s*\(([^()]{2,60})\)\s*$`)
	// How reGluedCredit's credit opens.
	reCreditStart = lazyRegexp(`(?i)^(?:(?:photo(?:graph)?s?|credits?|image|picture|fot[oó])\s*(?:by|credit)?\s*:|(?-i:Credits?|CREDITS?)\s*(?:\.\.|…)|(?:photo(?:graph)?|image|photo illustration|illustration)\s+(?:by|courtesy of|via)\s+)`)
)

// Guards for the credit patterns (see guard.go). reCreditLabel needs one of
// its labels (its ASCII opening in labelWords or labelHeads, or a first
// byte past ASCII) and then a colon or slash, or "by", "courtesy" or "via", or is
// "Credit" and an ellipsis ("Credit...Jane Doe"); reGluedCredit
// needs one of creditHints and the same; reParenCredit needs a closing
// bracket at the end.
var (
	labelWords  = newKeywordSet("photo", "credit", "image", "pic", "fot", "bild", "source", "illustration", "video", "picha", "hoto", "larawan")
	labelHeads  = newKeywordSet("immagine", "afbeelding", "zdj", "cr")
	creditHints = newKeywordSet("photo", "credit", "image", "picture", "fot", "illustration")
	creditJoins = newKeywordSet("by", "courtesy", "via")
)

// mayHaveGluedCredit reports whether s could match reGluedCredit. Its
// credit runs from a label to the end of the line, holding no bracket but
// for one that may close the line: so the label sits after the last other
// bracket, has some text before it, and opens a match of reCreditStart.
// The pattern reads half a line at each place it might start the credit;
// this looks only where a label is.
func mayHaveGluedCredit(s string) bool {
	t := strings.TrimSuffix(trimRightSet(s, " \t\n\f\r"), ")")
	from := 0
	if k := strings.LastIndexAny(t, "()"); k >= 0 {
		from = k + 1
	}
	if strings.Contains(t[from:], "ſ") || strings.Contains(t[from:], "\u212a") {
		return true // labels spelled with runes the ASCII look-up misses
	}
	for i := from; i < len(t); i++ {
		if t[i] >= 0x80 {
			continue
		}
		for _, w := range creditHints.byFirst[lowerASCII(t[i])] {
			if hasFoldAt(t[i:], w) && strings.TrimRight(s[:i], " \t\n\f\r") != "" && reCreditStart().MatchString(s[i:]) {
				return true
			}
		}
	}
	return false
}

// hasEllipsis reports two dots in a row or "…", which a label such as
// "Credit...Jane Doe" ends with.
func hasEllipsis(s string) bool {
	return strings.Contains(s, "..") || strings.Contains(s, "…")
}

// creditLabel returns reCreditLabel's match in s, or nil. The pattern is
// anchored: a label opens the text, after a bracket or a dot and spaces at
// most.
func creditLabel(s string) []int {
	t := s
	if t != "" && (t[0] == '(' || t[0] == '.') {
		t = t[1:]
	}
	t = strings.TrimLeft(t, " \t\n\f\r")
	if t == "" || t[0] < 0x80 && !labelWords.startsIn(t) && !labelHeads.startsIn(t) ||
		!strings.ContainsAny(s, ":/") && !hasEllipsis(s) && !creditJoins.in(s) && !wideCreditMark(s) {
		return nil
	}
	return reCreditLabel().FindStringIndex(s)
}

// wideCreditMark reports the marks some scripts put between a picture's
// credit label and the name in place of a colon: the full-width colon
// ("写真：Jane Doe"), the full-width slash of Taiwanese papers ("圖／Agency")
// and, in Korean, an equals sign ("사진=Agency").
func wideCreditMark(s string) bool {
	return t0NonASCII(s) && (strings.Contains(s, "：") || strings.Contains(s, "／") || strings.IndexByte(s, '=') >= 0)
}

// t0NonASCII reports a text that opens, but for a bracket or a dot and
// spaces, with a letter beyond ASCII: the labels wideCreditMark serves.
func t0NonASCII(s string) bool {
	t := strings.TrimLeft(s, "(. \t")
	return t != "" && t[0] >= 0x80
}

// parenCredit returns reParenCredit's submatches in s, or nil. The pattern
// needs a closing bracket at the end and, before it, an opening one with
// two to sixty characters and no bracket between.
func parenCredit(s string) []string {
	if _, _, ok := finalBracket(s, '(', ')'); !ok {
		return nil
	}
	return reParenCredit().FindStringSubmatch(s)
}

// finalBracket splits s, which must end (but for spaces) in a closing
// bracket, at the opening one before it, with two to sixty characters and
// no bracket of the pair between: the text before and the text inside.
func finalBracket(s string, open, close byte) (before, inside string, ok bool) {
	t := trimRightSet(s, " \t\n\f\r")
	if !strings.HasSuffix(t, string(close)) {
		return "", "", false
	}
	t = t[:len(t)-1]
	k := strings.LastIndexAny(t, string([]byte{open, close}))
	if k < 0 || t[k] != open {
		return "", "", false
	}
	if n := utf8.RuneCountInString(t[k+1:]); n < 2 || n > 60 {
		return "", "", false
	}
	return t[:k], t[k+1:], true
}

// agencyWords mark a short line, or a final parenthesis, as a picture
// credit: "Getty Images", "AFP", "(Reuters)", "AP Photo/Jane Doe".
var agencyWords = newWordSet("getty", "gettyimages", "afp", "ap", "reuters", "epa", "shutterstock",
	"istock", "istockphoto", "associated", "courtesy", "efe", "anadolu", "xinhua", "sipa",
	"alamy", "corbis", "zuma", "dpa", "ansa", "pa", "bloomberg", "nurphoto", "imago",
	"wikimedia", "commons", "unsplash", "pexels", "handout", "supplied", "file", "photo",
	"photos", "images", "image", "pool", "press", "wire", "via")

// personRoles are job titles of writers, never of picture credits.
var personRoles = newWordSet("writer", "reporter", "editor", "correspondent", "columnist",
	"contributor", "staff", "author", "journalist")

// creditOnly returns the credit when a whole line is one, else "".
func creditOnly(s string) string {
	if len(s) > 100 {
		return ""
	}
	if loc := creditLabel(s); loc != nil {
		if moreWords(s[loc[1]:], 8) {
			return "" // "PHOTO: Firefighters at work near …": a caption
		}
		return cleanCredit(s[loc[1]:])
	}
	if n := wordCount(s); n == 0 || n > 6 || endsSentence(s) {
		return "" // "Reuters contributed to this report." is a sentence
	}
	low := strings.ToLower(s)
	for w := range wordsIn(low) {
		if personRoles.has(w) {
			return "" // "Jane Doe, AP Sports Writer" is a byline
		}
	}
	for w := range wordsIn(low) {
		if agencyWords.has(w) {
			return cleanCredit(s)
		}
	}
	return ""
}

// cleanCredit strips labels and brackets from a credit.
func cleanCredit(s string) string {
	s = strings.TrimSpace(s)
	for {
		loc := creditLabel(s)
		if loc == nil || loc[1] == 0 {
			break
		}
		s = strings.TrimSpace(s[loc[1]:])
	}
	return strings.Trim(s, " ()[]/|,;:-–—")
}

// splitCredit separates a credit written at the end of a caption line:
// "… (Photo: Getty Images)", "…Credit: EPA", "… (Reuters)".
func splitCredit(ln *line) (caption, credit string) {
	s := ln.text
	// The cheaper guards first: most lines have no colon, "by" or
	// "courtesy", fewer a label word.
	if (strings.Contains(s, ":") || hasEllipsis(s) || creditJoins.inLine(ln)) && creditHints.inLine(ln) && mayHaveGluedCredit(s) {
		if m := reGluedCredit().FindStringSubmatch(s); m != nil && len(m[2]) < 120 {
			if c := cleanCredit(m[2]); c != "" {
				return strings.TrimSpace(m[1]), c
			}
		}
	}
	m := parenCredit(s)
	if m == nil {
		m = squareCredit(s)
	}
	if m != nil {
		inner := m[2]
		if c := creditOnly(inner); c != "" {
			return strings.TrimSpace(m[1]), c
		}
		if namedCredit(inner) || commissionedCredit(inner) {
			return strings.TrimSpace(m[1]), inner
		}
	}
	return s, ""
}

// squareCredit splits a caption ending in a credit in square brackets
// ("… [File: Jane Doe/Reuters]") as parenCredit splits one in round
// brackets: the whole match, the text before, the text inside.
func squareCredit(s string) []string {
	before, inside, ok := finalBracket(s, '[', ']')
	if !ok || strings.TrimSpace(before) == "" {
		return nil
	}
	return []string{s, strings.TrimSpace(before), inside}
}

// commissionedCredit reports a credit naming a photographer who worked
// for an outlet: "Jane Doe for The Daily Planet".
func commissionedCredit(s string) bool {
	name, outlet, ok := strings.Cut(s, " for ")
	if !ok || moreWords(s, 9) {
		return false
	}
	_, isName := asName(name)
	return isName && isCapitalised(strings.TrimPrefix(outlet, "the "))
}

// studioAltWords bound the picture's alt text over a studio's credit; the
// paragraph under the credit runs to studioParagraphWords or more.
const (
	studioAltWords       = 12
	studioParagraphWords = 15
)

// studioCreditAt reports line i as the credit of a picture to a
// photographer's studio, two to five capitalised words ending in
// "Photography" ("Jane Doe Photography"), between the picture's alt
// text (a short line ending without a stop) and a paragraph. A heading
// of the same words ("Fine Art Photography") heads a section after a
// paragraph, or stands among the short lines of a list of contents.
func (p *page) studioCreditAt(i int) bool {
	ln := &p.lines[i]
	if ln.words < 3 || ln.words > 6 || ln.cells != nil || i == 0 || i+1 == len(p.lines) {
		return false
	}
	name, ok := strings.CutSuffix(strings.TrimSpace(ln.text), " Photography")
	if !ok || !isCapitalised(name) {
		return false
	}
	alt, next := &p.lines[i-1], &p.lines[i+1]
	return alt.words >= 1 && alt.words <= studioAltWords && !endsSentence(alt.text) && next.words >= studioParagraphWords
}

// slashCreditAt reports line i as a picture's credit alone on its line,
// the photographer and the outlet split by a slash ("Jane Doe/Daily
// Planet"), not among the short lines of a table printed cell by cell
// ("Vendor-hosted (Example Cloud)", "Council Servers/Own Backups",
// "Support").
func (p *page) slashCreditAt(i int) bool {
	ln := &p.lines[i]
	if ln.words < 2 || ln.words > 7 || ln.cells != nil {
		return false
	}
	t := strings.TrimSpace(ln.text)
	if k := strings.IndexByte(t, '/'); k <= 0 || t[k-1] == ' ' || endsSentence(t) || !namedCredit(t) {
		return false
	}
	shortAt := func(j int) bool {
		return j >= 0 && j < len(p.lines) && p.lines[j].words <= 6 && !endsSentence(p.lines[j].text)
	}
	return !(shortAt(i-1) && shortAt(i+1))
}

// namedCredit reports a credit in brackets that names the photographer:
// "foto Jane Doe/AGF", "Jane Doe/Daily Planet", "Daily Planet: Jane Doe".
func namedCredit(s string) bool {
	if moreWords(s, 7) {
		return false
	}
	if k := strings.IndexByte(s, ':'); k > 0 {
		_, ok := asName(s[k+1:])
		return ok && isCapitalised(s[:k])
	}
	k := strings.IndexByte(s, '/')
	if k < 0 {
		return false
	}
	name := s[:k]
	if f := strings.Fields(name); len(f) > 2 && labelWords.startsIn(strings.ToLower(f[0])) {
		name = strings.Join(f[1:], " ") // "foto Jane Doe"
	}
	_, ok := asName(name)
	return ok && isCapitalised(s[k+1:])
}

// trailingCredit separates a credit written after a caption's last
// sentence without a label: "… in Madrid. Claudio Álvarez", "… le 18
// novembre. LUDOVIC MARIN/AFP", "… in Utrecht. © Ton Koene", "… no Pará -
// Lalo de Almeida/Folhapress", "… 1797 — via Wikimedia Commons". The credit
// is a personal name, an agency, a name and an agency split by a slash, or
// after a dash where the picture came from ("via …"); what comes before it
// must be a sentence of some length. A line ending a sentence has no such
// credit.
func trailingCredit(s, code string) (caption, credit string) {
	if endsSentence(s) || len(s) > 600 {
		return "", ""
	}
	// An agency's name in capitals glued to the caption: "… (Photo:
	// Getty Images)GETTY", "… Monday.AFP".
	k := len(s)
	for k > 0 && s[k-1] >= 'A' && s[k-1] <= 'Z' {
		k--
	}
	if len(s)-k >= 2 && k > 0 && (s[k-1] >= 'a' && s[k-1] <= 'z' || strings.IndexByte(").]", s[k-1]) >= 0) && hasLower(agencyWords, s[k:]) {
		if head := strings.TrimSpace(s[:k]); moreWords(head, 3) {
			return head, s[k:]
		}
	}
	// "… © Jane Doe": the sign says what follows is a credit.
	if k := lastIndexRare(s, "©", 0xA9); k > 0 {
		head, tail := strings.TrimSpace(s[:k]), strings.TrimSpace(s[k+len("©"):])
		if moreWords(head, 3) && tail != "" && !moreWords(tail, 6) {
			return strings.Trim(head, " -–—|"), tail
		}
		return "", ""
	}
	if head, credit := labelledCredit(s); credit != "" {
		return head, credit
	}
	if head, credit := dottedLabelCredit(s); credit != "" {
		return head, credit
	}
	if head, credit := wideBracketCredit(s); credit != "" {
		return head, credit
	}
	// After the last full stop: "… in Madrid. Claudio Álvarez". A bare
	// name needs a longer sentence before it than an agency does: a short
	// headline may end in two capitalised words ("… bridge. Mayor Responds").
	if k := lastSentenceEnd(s); k > 0 {
		head, tail := s[:k+1], strings.TrimSpace(s[k+1:])
		if n := wordCount(head); n >= 5 && creditTail(tail, code, n < 7) {
			return head, tail
		}
	}
	// After a spaced dash or bar: only a credit that names an agency or
	// splits a name from one ("Lalo de Almeida/Folhapress"), since
	// headlines are cut this way too ("Brexit - what happens next").
	for _, sep := range creditSeps {
		if k := lastIndexRare(s, sep.text, sep.rare); k > 0 {
			head, tail := s[:k], strings.TrimSpace(s[k+len(sep.text):])
			if moreWords(head, 4) && creditTail(tail, code, true) {
				return head, tail
			}
			// "… Martinique, 1797 — via Wikimedia Commons": where the
			// picture was found, a name of a few capitalised words.
			if src, ok := strings.CutPrefix(tail, "via "); ok && moreWords(head, 2) && !moreWords(src, 5) &&
				unicode.IsUpper(firstRune(src)) && !endsSentence(src) {
				return head, src
			}
		}
	}
	return "", ""
}

// dottedLabels are picture credit labels cut short with a full stop,
// which a caption's last sentence may be followed by: Polish "Fot." and
// "Zdj." ("… nowego osiedla. Fot. Jan Kowalski").
var dottedLabels = toSet("fot", "zdj")

// dottedLabelCredit separates a credit under one of dottedLabels after
// the caption's last sentence: the credit is a few words opening with a
// capital that end no sentence, the caption before it three words or more.
func dottedLabelCredit(s string) (caption, credit string) {
	k := strings.LastIndex(s, ". ")
	if k < 4 {
		return "", ""
	}
	w := strings.LastIndexByte(s[:k], ' ')
	if w < 2 || s[w-1] != '.' || !dottedLabels[strings.ToLower(s[w+1:k])] {
		return "", ""
	}
	head, tail := s[:w], strings.TrimSpace(s[k+2:])
	if !moreWords(head, 2) || tail == "" || moreWords(tail, 5) || endsSentence(tail) || !unicode.IsUpper(firstRune(tail)) {
		return "", ""
	}
	return head, tail
}

// wideBracketCredit separates a credit in full-width brackets at the end
// of a Chinese, Japanese or Korean caption: under the label for a
// photograph taken or a picture and a middle dot, a colon or a slash
// ("…除雪車（撮影・山田太郎）", "…紅磚倉庫（圖片：陳大明）"), or a name
// closed by the Chinese "taken by" ("…新建的公园（王小明 摄）"). A caption
// that ends a sentence may give the latter after it without the
// brackets: "…新建的公园。 王小明 摄".
func wideBracketCredit(s string) (caption, credit string) {
	t, ok := strings.CutSuffix(strings.TrimRight(s, " "), "）")
	if !ok {
		return shotByAfterStop(s)
	}
	k := strings.LastIndex(t, "（")
	if k <= 0 {
		return "", ""
	}
	head, inner := strings.TrimSpace(t[:k]), t[k+len("（"):]
	if utf8.RuneCountInString(head) < 6 {
		return "", ""
	}
	if c := shotBy(inner); c != "" {
		return head, c
	}
	for _, l := range wideLabels {
		rest, ok := strings.CutPrefix(inner, l)
		if !ok {
			continue
		}
		for _, sep := range []string{"・", "：", ":", "=", "／", "/"} {
			if c, ok := strings.CutPrefix(rest, sep); ok && c != "" && utf8.RuneCountInString(c) <= 20 {
				return head, strings.TrimSpace(c)
			}
		}
	}
	return "", ""
}

// wideLabels are the picture labels wideBracketCredit looks for, the
// longer of two that open alike first: Japanese "photographed", "photo";
// Chinese "picture source", "picture", "photo", "photographed".
var wideLabels = []string{"撮影", "写真", "圖片來源", "图片来源", "圖片", "图片", "照片", "攝影", "摄影", "圖", "图"}

// shotBy returns the name in a Chinese credit closed by "taken by" (摄,
// 攝): "王小明 摄", "记者 王小明摄". Else "".
func shotBy(s string) string {
	t, ok := strings.CutSuffix(s, "摄")
	if !ok {
		if t, ok = strings.CutSuffix(s, "攝"); !ok {
			return ""
		}
	}
	t = strings.TrimSpace(t)
	if n := utf8.RuneCountInString(t); n < 2 || n > 20 || strings.ContainsAny(t, "。，,") {
		return ""
	}
	return t
}

// shotByAfterStop separates shotBy's credit written after the caption's
// last full stop, a space before 摄: "…新建的公园。 王小明 摄". Without
// the brackets or the space it is a verb's end ("…负责拍摄").
func shotByAfterStop(s string) (caption, credit string) {
	if !strings.HasSuffix(s, " 摄") && !strings.HasSuffix(s, " 攝") {
		return "", ""
	}
	k := strings.LastIndex(s, "。")
	if k <= 0 {
		return "", ""
	}
	head := s[:k+len("。")]
	if utf8.RuneCountInString(head) < 6 {
		return "", ""
	}
	if c := shotBy(strings.TrimSpace(s[k+len("。"):])); c != "" {
		return head, c
	}
	return "", ""
}

// labelAfterStop separates a credit with its label written after the
// caption's last sentence, in a script whose label reGluedCredit does not
// know: "… пробного рейса. Фото: Иван Петров", "… בבוקר. צילום: ישראל
// ישראלי", "…首次试航。 摄影：王小明". The credit is a few words that end
// no sentence; the caption before it some words long.
func labelAfterStop(s string) (caption, credit string) {
	// Every label of reCreditLabel's that may follow a caption has one of
	// these after it. The full-width marks are looked for apart: ContainsAny
	// with a non-ASCII set decodes every rune of the line, and this runs on
	// most lines of a page.
	if len(s) > 600 || !strings.ContainsAny(s, ":/=") && !strings.Contains(s, "：") && !strings.Contains(s, "／") {
		return "", ""
	}
	k, stop := strings.LastIndex(s, ". "), 1
	if c := strings.LastIndex(s, "。"); c > k {
		k, stop = c, len("。")
	}
	if k <= 0 {
		return "", ""
	}
	head, tail := s[:k+stop], strings.TrimSpace(s[k+stop:])
	if utf8.RuneCountInString(head) < 10 || hasFoldAt(tail, "source") {
		return "", "" // "… said. Source: Ministry of Health" ends a paragraph of the story
	}
	if c := creditUnderLabel(tail); c != "" && !unicode.IsLower(firstLetter(c)) {
		return head, c
	}
	return "", ""
}

// creditSeps part a caption from a credit after it (trailingCredit), each
// with its rarest byte.
var creditSeps = []struct {
	text string
	rare byte
}{{" - ", '-'}, {" – ", 0x93}, {" — ", 0x94}, {" | ", '|'}}

// lastIndexRare is strings.LastIndex(s, sep), where sep holds the byte
// rare: a line without that byte, most lines, is searched for it alone,
// which is much quicker than for sep from the end.
func lastIndexRare(s, sep string, rare byte) int {
	if strings.IndexByte(s, rare) < 0 {
		return -1
	}
	return strings.LastIndex(s, sep)
}

// labelledCredit separates a credit under its label at the end of a
// caption in any script: "… נחל שיח. צילום: דני לוי", "… অনুষ্ঠান। ছবি:
// রফিকুল ইসলাম", "… คูเมือง ภาพ: วิชัย ทองดี" (Thai parts its sentences
// by a space). The label is one of creditLabel's, after a sentence's end
// or, in Thai or Lao, a space, under a caption of some length; the
// credit is a few words.
func labelledCredit(s string) (caption, credit string) {
	k := strings.LastIndexAny(s, ":：=／")
	if k <= 0 {
		return "", ""
	}
	start := strings.LastIndexByte(s[:k], ' ')
	if start <= 0 {
		return "", ""
	}
	head, tail := strings.TrimSpace(s[:start]), s[start+1:]
	if head == "" || !endsSentenceAny(head) && !unpunctuatedScript(head) || utf8.RuneCountInString(head) < 12 {
		return "", ""
	}
	if c := creditUnderLabel(tail); c != "" {
		return head, c
	}
	return "", ""
}

// creditUnderLabel returns the credit in tail when tail opens with one of
// creditLabel's labels and a few words after it end no sentence: the
// credit of labelAfterStop's and labelledCredit's captions. Else "".
func creditUnderLabel(tail string) string {
	if loc := creditLabel(tail); loc == nil || loc[0] != 0 {
		return ""
	}
	if c := cleanCredit(tail); c != "" && !moreWords(c, 5) && !endsSentenceAny(c) {
		return c
	}
	return ""
}

// lastSentenceEnd returns the index of the full stop that ends the last
// sentence before a trailing credit: a stop after a lower-case letter or a
// digit, followed by a space or glued to a capital. It returns -1 if there
// is none.
func lastSentenceEnd(s string) int {
	for k := strings.LastIndexByte(s, '.'); k > 0; k = strings.LastIndexByte(s[:k], '.') {
		if k+1 >= len(s) {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:k])
		next, _ := utf8.DecodeRuneInString(s[k+1:])
		if (unicode.IsLower(prev) || unicode.IsDigit(prev)) && (next == ' ' || unicode.IsUpper(next)) {
			return k
		}
	}
	return -1
}

// creditTail reports whether s reads as a picture credit on its own: a
// personal name ("Claudio Álvarez", "JAVIER BARBANCHO"), an agency
// ("LUDOVIC MARIN/AFP"), or a name with a slash and an outlet ("Lalo de
// Almeida/Folhapress"). With agencyOnly a bare name is not enough. The
// credit opens with a capital and has no function word of the language
// code written as one ("Click To Tweet" is a button, not a name).
func creditTail(s, code string, agencyOnly bool) bool {
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(r) || endsSentence(s) || moreWords(s, 6) || strings.ContainsAny(s, ",;:") {
		return false
	}
	for w := range wordsIn(strings.ToLower(s)) {
		if !nameParticles.has(w) && lang.IsStopword(code, w) {
			return false
		}
	}
	if creditOnly(s) != "" {
		return true
	}
	if k := strings.IndexByte(s, '/'); k > 0 {
		if _, ok := asName(s[:k]); ok && isCapitalised(s[k+1:]) {
			return true
		}
	}
	if agencyOnly {
		return false
	}
	_, ok := asName(s)
	return ok
}

// isCapitalised reports whether every word of s opens with a capital.
func isCapitalised(s string) bool {
	n := 0
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n > 0
}
