package tagger

import "strings"

// pageKinds are English nouns that say what kind of page a headline
// announces, not what it is about: "A Buyer's Guide", "Your Car
// Maintenance Checklist", "Performance Rankings".
// A phrase they end names the page's form; the subject is the other words,
// which stand as candidates of their own.
var pageKinds = set(`guide guides checklist checklists overview tutorial tutorials handbook primer
roundup ranking rankings`)

// idioms are English set phrases that open a headline's phrase without
// naming a thing: "Pros and Cons of Consulting" is about consulting.
var idioms = []string{"pros and cons", "cons of", "dos and donts", "donts of", "ins and outs", "outs of"}

// pageForm reports a candidate that names the page's form (pageKinds,
// idioms) rather than a subject. A name the body capitalises inside
// sentences ("the Michelin Guide") is a title of its own and stays.
func pageForm(s *subj) bool {
	if s.words < 2 || s.c != nil && s.capMid > 1 {
		return false
	}
	if pageKinds[s.key[strings.LastIndexByte(s.key, ' ')+1:]] {
		return true
	}
	for _, p := range idioms {
		if rest, ok := strings.CutPrefix(s.key, p); ok && (rest == "" || rest[0] == ' ') {
			return true
		}
	}
	return false
}
