package pagetext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Many papers print the town a story is filed from, a dash and the
// writer on a line of its own under the headline ("Roma - Giulia
// Bianchi", "القاهرة - محمد علي"), and others the newsroom's desk, a
// slash and the writer ("Redacción / Laura Gómez"). The same shapes
// also print a section and its subsection ("Sport - Champions League",
// "Politik - Innenpolitik"), so the town must be one word that no
// section, desk or heading is named with, and the writer two or three
// words that are not a section's either.

// deskSlashWords name a paper's newsroom as a whole, the credit a
// writer's name follows after a slash.
var deskSlashWords = newWordSet("redacción", "redaccion", "redaktion", "redazione", "redação", "redacao",
	"rédaction", "redactie", "redakcja", "redaksi", "newsroom", "staff", "desk")

// placeBeforeWriter reports a town of one word before a dash, head, with
// tail a writer's name: head is capitalised and no section's, desk's,
// role's or heading's word, and tail two or three words that are not a
// section's ("World - Middle East").
func placeBeforeWriter(head, tail string) bool {
	head = strings.TrimSpace(head)
	if strings.ContainsAny(head, " .,:;") || utf8.RuneCountInString(head) < 3 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(head)
	if !unicode.IsUpper(r) || isUpperText(head) || !titleWord(head) {
		return false
	}
	low := strings.ToLower(head)
	if sectionWords[low] || sectionNames.has(low) || hasLower(roleWords, head) || hasLower(headingWords, head) ||
		hasLower(outletTails, head) || hasLower(deskSlashWords, head) || hasLower(openingBys, head) {
		return false
	}
	f := strings.Fields(tail)
	// A district after its town ("Paris - Saint Germain") is no writer.
	return len(f) >= 2 && len(f) <= 3 && !sectionName(tail) && !hasLower(placeOpeners, f[0]) && !hasLower(saintWords, f[0])
}

// saintWords open a place named for a saint.
var saintWords = newWordSet("saint", "sainte", "sankt", "st", "ste")

// titleWord reports a word of letters in which only the first is a
// capital: "Roma", "Zürich"; not "iPhone" nor "McKinsey-Group".
func titleWord(w string) bool {
	for i, r := range w {
		if !unicode.IsLetter(r) || i > 0 && unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// deskSlashWriter returns the writer after a newsroom's desk and a slash
// ("Redaktion/Jonas Keller", "Newsroom / Priya Shah"), or "".
func deskSlashWriter(s string) string {
	head, tail, ok := strings.Cut(s, "/")
	if !ok || strings.Contains(tail, "/") || !hasLower(deskSlashWords, strings.TrimSpace(head)) {
		return ""
	}
	tail = strings.TrimSpace(tail)
	if n := len(strings.Fields(tail)); n < 2 || n > 3 || sectionName(tail) {
		return ""
	}
	if name, ok := asName(tail); ok {
		return name
	}
	return ""
}

// cutUncasedDashPlace cuts a town of one word and a spaced dash before a
// writer in a script without capitals ("القاهرة - محمد علي"): the town
// is no section's or button's word. It reports whether it cut.
func cutUncasedDashPlace(s string) (string, bool) {
	for _, d := range []string{" - ", " – ", " — "} {
		head, tail, ok := strings.Cut(s, d)
		if !ok {
			continue
		}
		head = strings.TrimSpace(head)
		if strings.Contains(head, " ") || utf8.RuneCountInString(head) < 3 || loneHeaderWords.has(head) ||
			!loneScript(firstRune(head)) || !isUncasedName(head) {
			return s, false
		}
		return strings.TrimSpace(tail), true
	}
	return s, false
}
