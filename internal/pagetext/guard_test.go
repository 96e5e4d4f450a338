package pagetext

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/morgue-archive/morgue/internal/lang"
)

// The guards, the anchored date search and the rewritten helpers must find
// exactly what the plain patterns and the old code find. These tests hold
// them side by side on odd strings, on every line of the seed and, when it
// is there, of the shared dev set; the fuzz targets go on from there.

var oddDateLines = []string{
	"March 27, 2025", "27 March 2025", "Nov.November 18, 2024 12:02 PM", "MAR 27, 20255:45 AM",
	"27. März 2025", "27 de marzo de 2025", "1er mai 2020", "5thmarch 2020", "5TH MARCH 2020",
	"xſeptember 5, 2020", "ſeptember 5, 2020", "5 ſeptember 2020", "oKtober 5, 2020", "5 OKTOBER 2020",
	"éjan 5, 2020", "İan 5, 2020", "march 5 2020 and april 6 2021, may 7, 2022",
	"March 12025", "Jan 5, 20201", "_march 5 2020", "3march 5 2020", "1 jan 2020 2 feb 2021",
	"Sept. 3, 2019", "sep 3 2019", "Septembers 5 2020", "de 5 de enero de 2020", "5 dejunio 2020",
	"12 août 2019", "12 AOÛT 2019", "4 décembre 2018", "4 DÉCEMBRE 2018", "3 de março de 2017",
	"mayo 2020 5", "2020 May 5", "May 2020", "the 5th of May, 2020", "𝐀𝐁𝐂𝐃𝐄𝐅𝐆may 5, 2020",
	"Updated Mar. 27, 2025 at 3:10 p.m. ET", "Wednesday 26 March 2025 11:42, UK",
	"27 marzode 2025", "0mAYde 00000", "5 mayodel 2020", "1 JANDE 2020", "1 jande\t2020", "1 jandel",
}

func checkMonthDates(t *testing.T, s string) {
	t.Helper()
	mdy, dmy := monthDates(s)
	if want := reMDY.FindAllStringSubmatchIndex(s, -1); fmt.Sprint(mdy) != fmt.Sprint(want) {
		t.Errorf("reMDY on %q: got %v, want %v", s, mdy, want)
	}
	if want := reDMY.FindAllStringSubmatchIndex(s, -1); fmt.Sprint(dmy) != fmt.Sprint(want) {
		t.Errorf("reDMY on %q: got %v, want %v", s, dmy, want)
	}
}

// pageTexts returns the text of the seed and of each dev set page, if
// present.
func pageTexts(t testing.TB) []string {
	paths, _ := filepath.Glob(filepath.Join(devsetDir, "*.txt"))
	paths = append(paths, "../../seeds/000_c153485bfbf5b6b5.txt")
	var out []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(data))
	}
	return out
}

// pageLines returns the lines of the seed and of the dev set, if present.
func pageLines(t testing.TB) []string {
	var out []string
	for _, text := range pageTexts(t) {
		lines, _ := splitLines(text)
		for _, ln := range lines {
			out = append(out, ln.text)
		}
	}
	return out
}

func TestMonthDatesMatchPatterns(t *testing.T) {
	for _, s := range oddDateLines {
		checkMonthDates(t, s)
	}
	for _, s := range pageLines(t) {
		checkMonthDates(t, s)
	}
}

func FuzzMonthDates(f *testing.F) {
	for _, s := range oddDateLines {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkMonthDates(t, s)
	})
}

// The patterns some helpers replaced, as the reference they are held to.
var (
	reMDY        = regexp.MustCompile(`(?i)\b` + mdyPattern)
	reDMY        = regexp.MustCompile(`(?i)\b` + dmyPattern)
	reGluedRole  = regexp.MustCompile(`(\p{Ll})(\p{Lu}\p{Ll}+)`)
	reTrailDigit = regexp.MustCompile(`\s+\d.*$`)
)

type guardCase struct {
	name  string
	re    *regexp.Regexp
	guard func(s string) bool
}

// guardCases pair each guarded pattern with its guard: wherever the
// pattern matches, the guard must pass.
func guardCases() []guardCase {
	return []guardCase{
		{"reCounter", reCounter(), func(s string) bool { return s != "" && isDigitByte(s[0]) }},
		{"reVolume", reVolume(), func(s string) bool { return hasDigit(s) && volumeWords.in(s) && volumeWords.inLine(lineOf(s)) }},
		{"reHandleOnly", reHandleOnly(), func(s string) bool { return s != "" && s[0] == '@' }},
		{"reURLOnly", reURLOnly(), func(s string) bool { return !hasSpace(s) && mayBeURL(s) }},
		{"reDomain", reDomain(), hasDotLetter},
		{"reEmailOnly", reEmailOnly(), func(s string) bool { return !hasSpace(s) && strings.Contains(s, "@") }},
		{"reCommentBy", reCommentBy(), func(s string) bool { return strings.HasSuffix(s, ":") }},
		{"reRelDate", reRelDate(), func(s string) bool { return mayBeRelDate(lineOf(s)) }},
		{"reRelDateAbroad", reRelDateAbroad(), func(s string) bool { return mayBeRelDateAbroad(lineOf(s)) }},
		{"reReadAbroadAfter", reReadAbroadAfter(), mayReadAbroad},
		{"reReadAbroadBefore", reReadAbroadBefore(), mayReadAbroad},
		{"reReadAfter", reReadAfter(), func(s string) bool { return hasDigit(s) && minUnit(s) && readingStems.in(s) }},
		{"reReadBefore", reReadBefore(), func(s string) bool { return hasDigit(s) && minUnit(s) && readingStems.in(s) }},
		{"reISO", reISO(), func(s string) bool { return hasDigitRun(s, 4) && hasDigitSepDigit(s, "-") }},
		{"reYMD", reYMD(), func(s string) bool { return hasDigitRun(s, 4) && hasDigitSepDigit(s, "/.") }},
		{"reNumeric", reNumeric(), func(s string) bool { return hasDigitRun(s, 2) && hasDigitSepDigit(s, "./-") }},
		{"reMDY", reMDY, func(s string) bool { return hasDigitRun(s, 4) }},
		{"reDMY", reDMY, func(s string) bool { return hasDigitRun(s, 4) }},
		{"reAuthorLabel", reAuthorLabel(), func(s string) bool { return labelNames.startsIn(s) && strings.Contains(s, ":") }},
		{"reGluedHandle", reGluedHandle(), func(s string) bool { return strings.Contains(s, "@") }},
		{"reGluedRole", reGluedRole, hasGlue},
		{"reItemMonth", reItemMonth(), itemMonths.startsIn},
		{"reItemNumber", reItemNumber(), func(s string) bool { return s != "" && isDigitByte(s[0]) }},
		{"reItemBullet", reItemBullet(), func(s string) bool { return s != "" && (s[0] == '*' || s[0] == '-' || s[0] >= 0x80) }},
		{"reOriginally", reOriginally(), mayOriginate},
		{"reGluedCredit", reGluedCredit(), func(s string) bool {
			ln := lineOf(s)
			return creditHints.inLine(ln) && (strings.Contains(s, ":") || hasEllipsis(s) || creditJoins.inLine(ln)) && mayHaveGluedCredit(s)
		}},
	}
}

func lineOf(s string) *line {
	ln := newLine(s, 0)
	return &ln
}

// wordedLine is the line s with its words counted, as the parser counts
// them before the rules that weigh a line by its length run.
func wordedLine(s string) line {
	ln := newLine(s, 0)
	ln.words = wordCount(s)
	return ln
}

// cleanLineRef is cleanLine as it was before its ASCII fast paths.
func cleanLineRef(s string) string {
	if strings.Contains(s, "&") && strings.Contains(s, ";") {
		s = html.UnescapeString(s)
	}
	var b strings.Builder
	space := false
	for i, r := range s {
		switch {
		case (r == '\u200c' || r == '\u200d') && joinsLetters(s, i, i+utf8.RuneLen(r)):
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
			continue
		case r == utf8.RuneError:
			continue
		case unicode.IsSpace(r) || unicode.Is(unicode.Zs, r):
			space = true
			continue
		case unicode.IsControl(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

func checkGuards(t *testing.T, s string) {
	t.Helper()
	for _, c := range guardCases() {
		if c.re.MatchString(s) && !c.guard(s) {
			t.Errorf("%s matches %q, but its guard fails", c.name, s)
		}
	}
	same := func(name string, got, want any) {
		t.Helper()
		if fmt.Sprintf("%#v", got) != fmt.Sprintf("%#v", want) {
			t.Errorf("%s(%q) = %#v, want %#v", name, s, got, want)
		}
	}
	for _, m := range reByMarker().FindAllStringIndex(s, -1) {
		for _, monthFirst := range []bool{true, false} {
			if onlyDateBefore(s[:m[0]], monthFirst) && !mayOpenByline(s) {
				t.Errorf("reByMarker opens a byline in %q at %d, but mayOpenByline fails", s, m[0])
			}
		}
	}
	same("namesIn", namesIn(s, nil), namesInRef(s, nil))
	same("bareNames", bareNames(s), bareNamesRef(s))
	same("explicitByline", explicitByline(s, true), explicitBylineRef(s, true))
	same("explicitByline (day first)", explicitByline(s, false), explicitBylineRef(s, false))
	same("isTimecode", isTimecode(s), reTimecode().MatchString(s))
	same("isCommentsStart", isCommentsStart(lineOf(s)), reCommentsHead().MatchString(s) || reCommentBy().MatchString(s) || commentsWalls[lineOf(s).key])
	same("cutAt", cutAt(s), reCutAt().FindStringIndex(s))
	same("bareSep", bareSep(s), reBareSep().FindStringIndex(s))
	same("trimTrailFiller", trimTrailFiller(s), reTrailFiller().ReplaceAllString(s, ""))
	if reNameSplit().MatchString(s) && !maySplitNames(s) {
		t.Errorf("reNameSplit splits %q, but maySplitNames fails", s)
	}
	same("trimTrailDigits", trimTrailDigits(s), reTrailDigit.ReplaceAllString(s, ""))
	same("splitGluedRole", splitGluedRole(s), splitGluedRoleRef(s))
	same("creditLabel", creditLabel(s), reCreditLabel().FindStringIndex(s))
	same("parenCredit", parenCredit(s), reParenCredit().FindStringSubmatch(s))
	same("isByLabel", isByLabel(strings.ToLower(s)), isByLabelRef(s))
	same("cleanLine", cleanLine(s), cleanLineRef(s))
	same("toLower", toLower(s), strings.ToLower(s))
	buf := make([]byte, 0, 2*len(s)+8)
	same("toLowerIn", toLowerIn(s, &buf), strings.ToLower(s))
	same("needsUnglue", needsUnglue(s), hasGlue(s) || hasDigitCapital(s) || hasLongCapsRun(s))
	same("digitless", digitless(s), digitlessRef(s))
	same("glued", glued(s), gluedRef(s))
	fields := strings.Fields(s)
	first, last, two := outerFields(s)
	if two != (len(fields) >= 2) || len(fields) > 0 && (first != fields[0] || last != fields[len(fields)-1]) || len(fields) == 0 && first+last != "" {
		t.Errorf("outerFields(%q) = %q, %q, %v; fields %q", s, first, last, two, fields)
	}
	if utf8.ValidString(s) {
		// Lines are valid UTF-8 (cleanLine sees to it); strings.ToLower
		// would replace stray bytes, FieldsFunc skip them.
		low := strings.ToLower(s)
		want := strings.FieldsFunc(low, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
		})
		if got := wordsOf(s); strings.Join(got, "\x00") != strings.Join(want, "\x00") || len(got) != len(want) {
			t.Errorf("wordsOf(%q) = %q, want %q", s, got, want)
		}
		if got := wordCount(s); got != len(want) {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, len(want))
		}
	}
}

// gluedRef is glued as it was, asking unicode of every rune.
func gluedRef(s string) int {
	n := 0
	var prev rune
	for _, r := range s {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			n++
		}
		prev = r
	}
	return n
}

// digitlessRef is digitless as it was, in three passes.
func digitlessRef(s string) string {
	if strings.IndexFunc(s, unicode.IsDigit) < 0 {
		return s
	}
	return strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return r
	}, s)), " ")
}

// splitGluedRoleRef is splitGluedRole as it was, with reGluedRole.
func splitGluedRoleRef(s string) string {
	return reGluedRole.ReplaceAllStringFunc(s, func(m string) string {
		_, size := utf8.DecodeRuneInString(m)
		word := m[size:]
		if roleWords.has(strings.ToLower(word)) {
			return m[:size] + " " + word
		}
		return m
	})
}

func isByLabelRef(s string) bool {
	switch strings.ToLower(strings.Trim(s, " :")) {
	case "by", "author", "authors", "written by", "posted by", "von", "por", "par", "door", "di", "autor", "auteur":
		return true
	}
	return false
}

var oddGuardLines = []string{
	"", " ", "12", "0|Ann Lee", "March 00, 2025 | BY ANN LEE", "1:26", "01:02:03", "12 comments", "Comments (4)", "Show all 12 comments", "Discussion",
	"jane99 says:", "Jane Doe wrote:", "@janedoe", "@jane @john", "https://example.com/x", "www.example.com",
	"photo.JPG", "jane@example.com", "0 seconds of 1 minute, 26 secondsVolume 0%", "VOLUME 50%", "5 ſeconds of 2 minutes",
	"3 hours ago", "Published: 2 days ago", "Today 9:05", "YESTERDAY", "just now", "5 min read", "Reading time: 4 minutes",
	"5 MIN READ", "5 min. read", "5 minſ read", "5 MINUTOS DE LECTURA", "Lectura: 3 min", "3 minister read", "5 min_read", "Read time 3 Minuut", "Leſezeit: 4 Minuten", "tempo di lettura 3 min", "2 MIN LEITURA", "xDOEPUBLISHEDx", "2025By Jane", "DoeÉmile", "ÉMILEDUPONT", "x\xffA", "9\u00e9A", "2025-03-27T08:15:00+02:00", "27/03/2025", "2025/03/27", "11/19/19 6:38 AM", "Author: Jane Doe",
	"WRITTEN BY: Jane", "By Jane Doe", "Posted by Jane Doe on March 27, 2025", "March 27, 2025 | By: Jane Doe",
	"sacked by Manchester United", "maybe", "Jane Doe@janedoe Mar 27", "Jane Doe 2025", "Jane DoeSenior Contributor",
	"McDonald", "The city (Photo: Getty Images)", "caption. Photo by Jane Doe", "Image courtesy of NASA",
	"caption (credit: AP) more", "Materials from the campaign. (example.com)", "Credit: AP", "(Photo: Reuters)",
	"By Jane Doe | Staff writer", "Jane Doe - Reuters", "Jane Doe, Reuters", "Jane Doe and John Roe", "Jane y Juan",
	"Jane Doe on", "Jane Doe updated", "Jane Doe on Monday", "Jane Doe on 5 May", "Jane Doe (555) 123-4567",
	"by", "By:", "  Author : ", "Posted By", "tab\there", "a  b", " lead", "trail ", "nbsp\u00a0here", "zero\u200bwidth",
	"soft\u00adhyphen", "ctrl\x01char", "del\x7f", "bad\xffbyte", "&amp; entity;", "&lt;b&gt;", "don’t stop", "l'été",
	"ſhow all comments", "diſcussion", "leave a reply", "join the conversation now", "poſted by", "ſee 3 comments",
	"\u212aelvin", "İstanbul", "·by Jane Doe", "—by Jane Doe", "x|by Jane", "by\tJane",
	"March 27, 2025 | By: Jane Doe", "27/03/2025 by Jane", "Story by Jane", "x Story by Jane", "| Photos: by Jane",
	"Jane DoeSenior Contributor", "JaneNews-Smith", "aBc", "ÉmileNewsX", "xNewsy", "McDonaldStaff", "jane  5 x", "jane 5\nx",
	"jane\t 7", "Jane Doe Senior Contributor", "Jane Doe, Staff, Reuters.", "ab, posted by Jane", "Text,by Jane", "12 by Jane",
	"andNews-Smith Doe", "Jane@x1Émile", "Jane@x_Émile Doe", "yNews-Smith Doe", "andNews Doe", "& Jane Doe", "— Jane Doe", "\"Jane Doe\"", "5 Jane Doe", "e en Jane Doe",
	"Facebook", "RECOMMENDATION", "JaneNews-Smith, John Roe", "Jane Doe Jr", "and Jane Doe", ", Jane Doe", "By Jane Doe Jr",
	"Jane Doe LAST", "Jane Doe Posted", "Jane Doe poſted", "Jane Doe on 5", "Jane Doe ON MON", "Jane Doe onx",
	"Jane Doe WWW.example.com", "Jane Doe HTTPS://x", "Jane 5551234567", "Jane•Doe", "Jane – Doe", "Jason Simon",
	"Photo by Jane Doe", "x Photo by Jane", "x (Photo by Jane)", "x ((Photo: Jane", "x Illuſtration by Jane", "x photograph of a: b",
	"The city. PHOTOS: Jane/AP", "x image courtesy of NASA", "x Photo illustration by Jane", "x credit jane: AP", "ſep 5 -- x", "x (a)", "x (ab)", "x (ab) ", "x ((ab))", "x (a(b)", "(abc)", "x  (ab)\t", "caption (Reuters/AP)", "a\n(bc)",
	"10.5.2019", "2019-1-5", "2019/01/05", "3.5 million", "10:02 a.m.", "a-1-b",
	"Originally published by The Planet", "This story FIRST\tRAN in x", "first  posted  at x", "xfirst published on y",
	"firſt publiſhed by The Planet", "Jane Doe PhD", "Jane Doe, CEPF®", "Jane A. Doe Senior Staff Writer", "Jane Doe Staff writer", "Jane Doe\tlogo", "Jane Ph.D.", "x 12 y", "ab 3c 4 d5e", "4 5 6", "the first visit since the migrants ran on", "First published", "originally\npublished at x",
}

func TestGuardsMatchPatterns(t *testing.T) {
	for _, s := range oddGuardLines {
		checkGuards(t, s)
	}
	for _, s := range pageLines(t) {
		checkGuards(t, s)
	}
}

func FuzzGuards(f *testing.F) {
	for _, s := range oddGuardLines {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkGuards(t, s)
	})
}

// langOfRef is langOf as it was, on the lines' own text.
func langOfRef(lines []line) string {
	var b strings.Builder
	for _, ln := range lines {
		if ln.runes >= 40 {
			b.WriteString(ln.text)
			b.WriteByte('\n')
			if b.Len() > 200000 {
				break
			}
		}
	}
	return lang.Detect(b.String())
}

func TestLanguageFromLowerCase(t *testing.T) {
	texts := append([]string{strings.Repeat("Die Stadt und der Fluss sind nicht mehr, was sie waren. ", 5000)}, pageTexts(t)...)
	for i, text := range texts {
		lines, _ := splitLines(text)
		if got, want := langOf(lines), langOfRef(lines); got != want {
			t.Errorf("text %d: langOf = %q, want %q", i, got, want)
		}
		var all strings.Builder
		for _, ln := range lines {
			all.WriteString(ln.text + "\n")
		}
		keep := make([]bool, len(lines))
		for j := range keep {
			keep[j] = true
		}
		if got, want := lang.DetectLines(keptLower(lines, keep)), lang.Detect(all.String()); got != want {
			t.Errorf("text %d: Detect on lower case = %q, on the text %q", i, got, want)
		}
	}
}

func TestMoreFieldsCountsAsFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a b ", "a\u00a0b\u0085c", "x\u2003y\tz\n", "a\vb\fc\rd", "\xff \xfe", "日本 語", "  many   spaces here  "} {
		for n := range 6 {
			if got, want := moreFields(s, n), len(strings.Fields(s)) > n; got != want {
				t.Errorf("moreFields(%q, %d) = %v, strings.Fields has %d", s, n, got, len(strings.Fields(s)))
			}
		}
	}
}

// moreWords stops early but must answer as counting every word would.
func TestMoreWordsIsWordCount(t *testing.T) {
	for _, s := range []string{"", " ", "one", "one two", "l'été, c'est ça — 3 ans", "日本 語", strings.Repeat("w ", 12), "a-b c.d"} {
		for n := 0; n <= 14; n++ {
			if got, want := moreWords(s, n), wordCount(s) > n; got != want {
				t.Errorf("moreWords(%q, %d) = %v, wordCount %d", s, n, got, wordCount(s))
			}
		}
	}
}

// isClean spares cleanLine its walk only when the walk would change
// nothing.
func TestIsCleanWhenCleaningChangesNothing(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\x7fb", "a\u00a0b", "a \u00a0b", "é  è", "é è",
		"a\u200bb", "a\u200cb", "\u0647\u200c\u0647", "a\xffb", "tab\x01", "one two three", "x é  y", "x é y", "end."} {
		if got, want := isClean(s), cleanRunes(s) == s; got != want {
			t.Errorf("isClean(%q) = %v, cleaning gives %q", s, got, cleanRunes(s))
		}
	}
}

// isClean reads eight ASCII bytes at a time: every byte that cleanLine
// drops or turns into a space, and two spaces side by side, must be
// seen at any place in such a word and across two of them.
func TestIsCleanEightBytesAtATime(t *testing.T) {
	odd := []string{"  ", "\t", "\x00", "\x01", "\x1f", "\x7f", "\n", "\r", "\u00a0", "\u200b", "\xff", "é", "~", " x", "@"}
	base := "Lorem ipsum dolor sit amet consectetur adipiscing"
	for i := 1; i < len(base)-2; i++ {
		for _, o := range odd {
			s := base[:i] + o + base[i:]
			if got, want := isClean(s), cleanRunes(s) == s; got != want {
				t.Errorf("isClean(%q) = %v, cleaning gives %q", s, got, cleanRunes(s))
			}
		}
	}
	// Every ASCII byte at every place of a word of eight.
	for c := range 128 {
		for i := range 8 {
			b := []byte("abcdefghijklmnop")
			b[4+i] = byte(c)
			for _, s := range []string{string(b), string(b[:4+i]) + " " + string(b[4+i:])} {
				if got, want := isClean(s), cleanRunes(s) == s; got != want {
					t.Errorf("isClean(%q) = %v, cleaning gives %q", s, got, cleanRunes(s))
				}
			}
		}
	}
}

// isASCII reads eight bytes at a time: a byte of 0x80 or more must be
// seen at any place of such a word, and in the bytes after the last one.
func TestIsASCIIAtEveryPlace(t *testing.T) {
	for n := range 20 {
		s := []byte(strings.Repeat("a", n))
		if !isASCII(string(s)) {
			t.Errorf("isASCII(%q) = false", s)
		}
		for i := range n {
			for _, c := range []byte{0x80, 0xc5, 0xff} {
				b := []byte(strings.Repeat("a", n))
				b[i] = c
				if isASCII(string(b)) {
					t.Errorf("isASCII(%q) = true", b)
				}
			}
		}
	}
}

// startsIn finds a keyword spelled with ſ or the Kelvin sign, which fold
// to s and k, and looks no further than it must on an ASCII head.
func TestStartsInFoldsLongSAndKelvin(t *testing.T) {
	k := newKeywordSet("photos", "kicker")
	for s, want := range map[string]bool{"photoſ of the day": true, "\u212aicker line": true, "Photos: a b": true, "kickoff time": false, "a photos line": false, "": false} {
		if got := k.startsIn(s); got != want {
			t.Errorf("startsIn(%q) = %v, want %v", s, got, want)
		}
	}
}

// glued and needsUnglue pass eight ASCII bytes without a capital at a
// time: a capital after a small letter or a digit, and a run of capitals,
// must be seen at every place, across two such words too.
func TestGlueAtEveryPlace(t *testing.T) {
	base := "abcdefghijklmnopqrstuvwxyzabcdef"
	for i := range len(base) + 1 {
		for _, ins := range []string{"X", "7X", " X", "XYZWVUTSRQ", "XYZW", "Ém", "éX", "-X"} {
			s := base[:i] + ins + base[i:]
			if got, want := glued(s), gluedRef(s); got != want {
				t.Errorf("glued(%q) = %d, want %d", s, got, want)
			}
			if got, want := needsUnglue(s), hasGlue(s) || hasDigitCapital(s) || hasLongCapsRun(s); got != want {
				t.Errorf("needsUnglue(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

// separators passes eight ASCII bytes without a separator at a time:
// one at any place counts, and the byte before it (a space before a dash,
// a digit before a slash) is read across two such words too.
func TestSeparatorsAtEveryPlace(t *testing.T) {
	base := "abcdefghijklmnopqrstuvwxyzabcdef"
	for i := range len(base) + 1 {
		for _, c := range []struct {
			ins  string
			want int
		}{{" | ", 1}, {" - ", 1}, {"-", 0}, {"/", 1}, {"7/4", 0}, {" > ", 1}, {"<b>", 0}, {"\\", 1}, {" — ", 1}, {" » ", 1}, {" · ", 1}} {
			if i == 0 && c.ins == "-" {
				continue // a line's first dash counts, as after a space
			}
			s := base[:i] + c.ins + base[i:]
			if got := separators(s); got != c.want {
				t.Errorf("separators(%q) = %d, want %d", s, got, c.want)
			}
		}
	}
}
