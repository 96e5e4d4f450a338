package pagetext

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// nextTitleSep returns where the first of titleSeparators in t opens
// and its length, or -1. Each separator opens with a space and a byte of few
// (|, -, :, or the first of "–", "—", "·", "•"), which one pass looks for.
func nextTitleSep(t string) (int, int) {
	for k := 0; k+2 < len(t); k++ {
		if t[k] != ' ' {
			continue
		}
		switch c := t[k+1]; c {
		case '|', '-', ':', 0xE2, 0xC2:
			for _, s := range titleSeparators {
				if strings.HasPrefix(t[k:], s) {
					return k, len(s)
				}
			}
		}
	}
	return -1, 0
}

// withoutEchoedSite cuts a window title's site part however long it is:
// "<headline> | <site> – <tagline>", when the page prints <site> again on
// its own, as a masthead or a footer's line, or names it as the owner in
// its copyright line. withoutSiteName cuts only a name of four words or
// fewer, or the outlet read; a site's name that the page prints again is
// its name whatever its length, and the headline is what comes before it
// (a headline's own dash, "Storm hits – three dead | …", is passed over:
// its tail is not printed again).
func (p *page) withoutEchoedSite(ti int, t string) string {
	k, n := nextTitleSep(t)
	if k < 0 {
		return t
	}
	rights := ""
	for off := 0; k >= 0; {
		at := off + k
		rest := t[at+n:]
		seg := rest
		if j, _ := nextTitleSep(rest); j >= 0 {
			seg = rest[:j]
		}
		if c := strings.Index(seg, ": "); c > 0 {
			seg = seg[:c] // "<site>: <tagline>"
		}
		seg = strings.TrimSpace(seg)
		head := strings.TrimSpace(t[:at])
		if utf8.RuneCountInString(seg) >= 4 && utf8.RuneCountInString(head) >= 4 {
			if rights == "" {
				rights = p.footerRights()
			}
			if rights != "" && ownerIn(rights, seg) || p.printedAlone(seg, ti) {
				if p.printedAlone(head, ti) {
					return t // "<site> | <section> …": both halves printed
				}
				return head
			}
		}
		off = at + n
		k, n = nextTitleSep(t[off:])
	}
	return t
}

// printedAlone reports whether a line other than line ti reads s, in any
// capitals.
func (p *page) printedAlone(s string, ti int) bool {
	for j := range p.lines {
		if j != ti && len(p.lines[j].text) == len(s) && strings.EqualFold(p.lines[j].text, s) {
			return true
		}
	}
	return false
}

// windowSite returns the site's name that the page's window title, its
// first line, prints between the headline and a tagline: "<headline> –
// <site> | <tagline>", when the page prints no line reading <headline>
// alone (the window title is the headline's only copy), or "". A line
// that reads <site> is then the masthead, not the headline.
func (p *page) windowSite() string {
	if len(p.lines) < 2 {
		return ""
	}
	t := p.lines[0].text
	k, n := nextTitleSep(t)
	if k < 0 {
		return ""
	}
	rest := t[k+n:]
	j, _ := nextTitleSep(rest)
	if j < 0 {
		return ""
	}
	head, site := strings.TrimSpace(t[:k]), strings.TrimSpace(rest[:j])
	if utf8.RuneCountInString(head) < 4 || utf8.RuneCountInString(site) < 4 || p.printedAlone(head, 0) {
		return ""
	}
	return site
}

// shareButtonWords are the words of share buttons in the languages whose
// rows the line readings do not call furniture by shareWords: "Partager
// sur X Courriel", "Delen op Facebook", "Partilhar no X", "شارك على
// فيسبوك", "फेसबुक पर शेयर करें", "ไลน์ อีเมล".
var shareButtonWords = newWordSet("courriel", "delen", "op", "no", "posta",
	"شارك", "شاركها", "مشاركة", "على", "عبر", "فيسبوك", "فيس", "بوك", "تويتر", "إكس", "واتساب", "تيليجرام", "تلغرام", "البريد",
	"الإلكتروني", "शेयर", "करें", "पर", "फेसबुक", "ट्विटर", "एक्स", "व्हाट्सऐप", "व्हाट्सएप", "ईमेल", "แชร์", "เฟซบุ๊ก",
	"เฟสบุ๊ค", "ทวิตเตอร์", "เอ็กซ์", "ไลน์", "อีเมล", "シェア", "ポスト", "送る", "ツイート")

// gluedShareWords glue a button's verb or case ending to a network's
// name, as scripts without spaces and Turkish write them:
// "แชร์ไปยังเฟซบุ๊ก", "facebookでシェア", "facebook'ta".
var gluedShareWords = []string{"แชร์ไปยัง", "แชร์", "でシェア", "でポスト", "で送る", "にシェア", "'ta", "'te", "'da", "'de", "’ta", "’te"}

// shareRow reports a line (in lower case) that is a row of share buttons
// only: each word a share word of any language, a count, or a network's
// name glued to a button's verb. No headline is made of such words.
func shareRow(low string) bool {
	n := 0
	for w := range wordsIn(low) {
		if !shareWords.has(w) && !shareButtonWords.has(w) && !isDigits(w) && !gluedShareWord(w) {
			return false
		}
		n++
	}
	return n >= 2
}

// gluedShareWord reports a word of a share button glued from a share word
// and one of gluedShareWords. Only a word out of ASCII letters or with an
// apostrophe may be glued so, which spares most words the look.
func gluedShareWord(w string) bool {
	if isASCII(w) && strings.IndexByte(w, '\'') < 0 {
		return false
	}
	for _, g := range gluedShareWords {
		if rest, ok := strings.CutPrefix(w, g); ok && (rest == "" || shareWords.has(rest) || shareButtonWords.has(rest)) {
			return true
		}
		if rest, ok := strings.CutSuffix(w, g); ok && rest != "" && (shareWords.has(rest) || shareButtonWords.has(rest)) {
			return true
		}
	}
	return false
}

// archiveNotes are the words of a note on a picture that a caption closes
// with in brackets: a file or archive picture, or a credit after a colon
// ("(File photo)", "(Archivbild)", "(Foto: archivo)", "（资料图）"). A
// headline's own brackets ("(PHOTOS)", "(Part 2)") hold none of them.
var archiveNotes = anyOf("file photo", "archiv", "archief", "arquivo", "archive", "photo:", "foto:", "bild:",
	"symbolbild", "symbolfoto", "资料图", "资料照片", "資料写真", "자료사진", "ภาพจากแฟ้ม", "แฟ้มภาพ", "फ़ाइल", "फाइल",
	"архив", "أرشيف", "arşiv",
	// a credit's label in the languages that write it otherwise: "(Fot.
	// PAP)", "(צילום: רויטרס)", "(تصوير: رويترز)", "(Фото: ТАСС)".
	"fot.", "fot:", "zdj.", "צילום:", "תמונה:", "صورة:", "تصوير:", "фото:", "fotoğraf:", "图：", "写真：", "사진=")

// archiveNoteEnd reports a line (in lower case) that closes with such a
// note in brackets of four words at most: a picture's caption, never a
// headline.
func archiveNoteEnd(low string) bool {
	open := "("
	if !strings.HasSuffix(low, ")") {
		if !strings.HasSuffix(low, "）") {
			return false
		}
		open = "（"
	}
	k := strings.LastIndex(low, open)
	if k < 0 {
		return false
	}
	note := low[k:]
	return !moreWords(note, 4) && containsAnyOf(note, archiveNotes)
}

// withoutPaperTail cuts a paper's name off a window title that the page
// prints nowhere else, so that no masthead, footer or copyright line
// vouches for it: "<headline> - Kestrel Bay Times", "<headline> —
// Oberlausitzer Tageblatt für Bautzen und Umland". The tail after the
// last bar or dash is a paper's name when paperNamed reads it as one, of
// nine words at most, after a headline of ten characters or more. A
// headline's own dash tail is a phrase in small letters ("Storm hits –
// three dead") or names no paper ("Allotment Rents – What Tenants Pay").
func withoutPaperTail(t string) string {
	k, n := lastTailSep(t)
	if k < 0 {
		return t
	}
	head, tail := strings.TrimSpace(t[:k]), strings.TrimSpace(t[k+n:])
	if utf8.RuneCountInString(head) < 10 || utf8.RuneCountInString(tail) < 4 || moreWords(tail, 9) || !paperNamed(tail) {
		return t
	}
	return head
}

// withoutPaperHead cuts a paper's name off the head of a window title
// that the page prints nowhere else: "Kestrel Bay Times | <headline>",
// "Rheintaler Bote – <headline>", the order many sites give their window
// titles. The head before the first bar or dash is a paper's name when
// paperNamed reads it as one, or as a name in sentence case holds its
// script's word for a paper ("Северный вестник"), of six words at most,
// before a headline of
// three words or more (any length in a script without spaces) that is
// longer than the name. A headline opening with a name and a dash ("Times
// Square – crowds return") has small letters after the dash or is short.
func withoutPaperHead(t string) string {
	k, n := firstBarOrDash(t)
	if k < 0 {
		return t
	}
	head, rest := strings.TrimSpace(t[:k]), strings.TrimSpace(t[k+n:])
	if utf8.RuneCountInString(head) < 4 || moreWords(head, 6) || !paperNamed(head) && !sentenceCasePaper(head) ||
		utf8.RuneCountInString(rest) <= utf8.RuneCountInString(head) || !caseless(rest) && !moreWords(rest, 2) ||
		unicode.IsLower(firstLetter(rest)) {
		return t
	}
	return rest
}

// sentenceCasePaper reports a name in sentence case, capital first, one
// of whose words is one of scriptPressWords: "Северный вестник",
// "Вечерние новости". A whole word, not a part: "провести" holds "вести".
func sentenceCasePaper(s string) bool {
	if !unicode.IsUpper(firstLetter(s)) {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if slices.Contains(scriptPressWords, w) {
			return true
		}
	}
	return false
}

// firstBarOrDash returns where the first bar or dash between spaces
// (" | ", " - ", " – ", " — ") opens in t and its length, or -1.
func firstBarOrDash(t string) (int, int) {
	for k := 0; k+2 < len(t); k++ {
		if n := barOrDashAt(t, k); n > 0 {
			return k, n
		}
	}
	return -1, 0
}

// barOrDashAt returns the length of the bar or dash between spaces that
// opens at byte k of t, or 0.
func barOrDashAt(t string, k int) int {
	if t[k] != ' ' {
		return 0
	}
	switch t[k+1] {
	case '|', '-':
		if t[k+2] == ' ' {
			return 3
		}
	case 0xE2:
		if strings.HasPrefix(t[k+1:], "– ") || strings.HasPrefix(t[k+1:], "— ") {
			return 5
		}
	}
	return 0
}

// lastTailSep returns where the last bar or dash between spaces (" | ",
// " - ", " – ", " — ") opens in t and its length, or -1: one pass from the
// end, asking only at a space before a "|", "-" or the first byte of a
// long dash.
func lastTailSep(t string) (int, int) {
	for k := len(t) - 3; k >= 0; k-- {
		if n := barOrDashAt(t, k); n > 0 {
			return k, n
		}
	}
	return -1, 0
}

// paperNamed reports a name that reads as a paper's: in a script with
// capitals, each word capitalised (an elided article aside, "L'Écho des
// Landes") but for a name's small words ("de la", "für", "voor"), and one
// of them a word papers are named with ("Times", "Gazeta", "Dagblad") or
// a compound ending in one ("Landeszeitung", "Kreisblatt"); in a script
// without capitals, its word for a paper or for news ("جريدة", "新闻",
// "หนังสือพิมพ์", "חדשות", "أخبار", "समाचार").
func paperNamed(s string) bool {
	if caseless(s) {
		return scriptPressNamed(s) || hasAnyOf(s, caselessPressWords)
	}
	press := false
	for _, w := range strings.Fields(s) {
		lw := strings.ToLower(w)
		if smallNameWords[lw] || paperSmallWords[lw] {
			continue
		}
		w = unelided(w)
		if !unicode.IsUpper(firstRune(w)) {
			return false
		}
		lw = strings.ToLower(w)
		press = press || paperTailWords[lw] || pressWords[lw] || hasAnySuffix(lw, paperCompounds)
	}
	return press
}

// caselessPressWords are the words for news or a paper that name papers
// in the scripts without capitals beside scriptPressWords: Thai, Hebrew
// ("חדשות הגליל"), Arabic, Persian and Urdu ("أخبار الساحل", "اخبار"),
// Hindi ("नगर समाचार", "अख़बार") and Bengali. Only a window title's head
// or tail and the page's first line are asked, where a name with such a
// word is the site's, not a story's.
var caselessPressWords = []string{"หนังสือพิมพ์", "חדשות", "עיתון", "ידיעות", "أخبار", "اخبار", "समाचार", "अख़बार", "अखबार", "সংবাদ", "খবর"}

// paperTailWords name papers in their titles. Words that also name
// other things a title's tail may hold ("Review", "Business", "Star",
// "Online") are left out.
var paperTailWords = toSet("times", "news", "post", "journal", "daily", "weekly", "herald", "tribune", "gazette", "telegraph",
	"chronicle", "courier", "observer", "examiner", "bulletin", "dispatch", "ledger", "sentinel", "standard", "newspaper",
	"zeitung", "nachrichten", "bote", "noticias", "notícias", "diário", "giornale", "quotidien", "presse", "prensa",
	"voz", "eco", "écho", "echo", "voix", "voce", "harian", "gazete", "gazetesi", "nieuwsblad", "tidningen", "posten", "avisen")

// paperCompounds end German, Dutch and Nordic compounds that name papers:
// "Landeszeitung", "Kreisblatt", "Nieuwsblad", "Dagbladet".
var paperCompounds = []string{"zeitung", "blatt", "bote", "kurier", "anzeiger", "nieuwsblad", "dagblad", "dagbladet", "tidning", "tidningen", "posten", "avisen"}

// paperSmallWords may stand in small letters inside a paper's name,
// beside smallNameWords: "Dagblad voor Noord-Brabant en de Kempen",
// "Tageblatt für Bautzen".
var paperSmallWords = toSet("für", "am", "im", "voor", "en", "het", "van", "dei", "delle", "degli", "al", "ao", "na", "no", "w", "i")
