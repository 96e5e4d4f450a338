package pagetext

import (
	"strings"
	"unicode"
)

// keepsCapitals reports whether a note writes a name as a name: no word
// the name opens with a capital opens in small letters in the note. A
// section's heading in title case ("Crate Training") over a paragraph
// that opens with its subject ("Crate training is crucial …") reads as a
// name over a note about a person, but a person's name keeps its
// capitals in a sentence, and a term does not. A name in capitals
// ("JANE DOE") written "Jane Doe" in the note keeps them.
func keepsCapitals(written, name string) bool {
	ws, ns := strings.Fields(written), strings.Fields(name)
	for k := range min(len(ws), len(ns)) {
		if unicode.IsUpper(firstRune(ns[k])) && unicode.IsLower(firstRune(ws[k])) {
			return false
		}
	}
	return true
}
