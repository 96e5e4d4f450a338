package tagger

import "slices"

// # Common nouns the text capitalises
//
// A word that the title, a heading or the start of a sentence writes
// with a capital becomes a name candidate ("Reason" of "Nagel on
// Reason"), and a name counts only its capitalised mentions: the body's
// twenty "reason"s in lower case are lost to it, and the word scores as
// a name met once. A word of one name the body never capitalises inside
// a sentence, but as a word of a longer name ("Harbor Tea", whose capital
// is the name's, unless the word is a generic one: "Tech" of "Tech
// Academy" is the school's), and writes more often in lower case than
// with a capital is a common noun: it keeps its place among the names but counts its
// mentions in lower case too (count), as a headline phrase does. A word
// the headline writes only inside a longer run ("Mobile" of "What Is a
// Mobile Application?") is that run's, and the run speaks for it.

// markNouns notes the keys of the names the first count found to be
// common nouns, and reports whether there are any: rank then counts
// again.
func (t *tagger) markNouns() bool {
	for i := range t.subjs {
		s := &t.subjs[i]
		if s.c == nil || s.words > 1 || s.c.acro || s.c.person || s.part && !s.chunk || s.capMid > 0 && (s.capMid > s.capIn || genericTopics[s.key] || genericNouns[s.key]) || s.lower <= s.n || phraseStop[s.key] {
			continue
		}
		t.nouns = append(t.nouns, s.key)
	}
	return len(t.nouns) > 0
}

// nounKey reports a key markNouns chose.
func (t *tagger) nounKey(key string) bool {
	return len(t.nouns) > 0 && slices.Contains(t.nouns, key)
}
