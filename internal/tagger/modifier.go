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

// broadFloor is the probability a broad modifier needs (broadModifier).
const broadFloor = 0.5

// broadModifier reports a word of the headline, written in lower case in
// half its mentions or more, that opens a likely phrase of the headline
// ("crypto" of "crypto regulation") and that the body writes on its own
// at least twice as often as the whole phrase: the field the phrase is
// one side of, which the page treats throughout, a subject beside the
// phrase rather than its modifier, so it needs less than a bare word's
// bar (broadFloor) and a tag of the phrase does not hold it (opens). A
// word the body writes mostly inside the phrase ("sourdough" of
// "sourdough starter") is only the phrase's modifier (modifierOf). A word
// many pages use ("journals") is a bare common word whatever it opens
// (commonWordIDF), one the body also capitalises inside a sentence is a
// piece of names there ("Dental" of a dental association's), and a phrase
// with a function word ("treatise concerning the properties") is a piece
// of a sentence or of a work's title, not a side of a field.
func (t *tagger) broadModifier(s *subj) bool {
	if s.words != 1 || s.c != nil || s.body || !s.title || s.p < broadFloor || 2*s.lower < s.n || s.capMid > 0 || s.x[ftOneIDF] < commonWordIDF {
		return false
	}
	alone := s.n - s.inside
next:
	for j := range t.subjs {
		o := &t.subjs[j]
		if o.words < 2 || o.words > 3 || o.c != nil || !o.title || alone < 2*o.n || !strings.HasPrefix(o.key, s.key+" ") || o.p < o.threshold() {
			continue
		}
		for w := range strings.SplitSeq(o.key, " ") {
			if connectorWord[w] {
				continue next
			}
		}
		return true
	}
	return false
}
