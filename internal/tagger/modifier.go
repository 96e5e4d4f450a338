package tagger

import "strings"

// modifierOf returns the headline phrase that a word, written in lower
// case in half its mentions or more, opens as its modifier, or -1: "music" of
// "Starting Music Lessons", "supplement" of "Best Supplement Marketing
// Agencies". The word alone is a bare common word; the page is about the
// thing the phrase names, as phraseOf finds for a word that ends one.
// The phrase must be a likely subject (phraseFloor) of the title, of two
// or three words none of which is a function word or a word of kind, and
// not repeat a tag already chosen; a word a chosen tag holds is left to
// the usual check (a repeat).
func (t *tagger) modifierOf(s *subj, picked []pickedKey) int {
	if s.words != 1 || s.c != nil && (s.c.acro || s.lower < s.n) || s.c == nil && 2*s.lower < s.n {
		return -1 // a name's lower-case mentions are tallied apart (count)
	}
	for _, p := range picked {
		if strings.Contains(p.key, " "+s.key+" ") {
			return -1 // a tag already holds the word ("backpacking gear")
		}
	}
	return t.likeliestPhrase(picked, func(o *subj) bool {
		return o.words >= 2 && o.words <= 3 && o.c == nil && o.title && o.p >= phraseFloor && strings.HasPrefix(o.key, s.key+" ")
	})
}
