package tagger

import "strings"

// turnOfPhrase reports a headline phrase right after "the", made only of
// words too general to name a thing (genericStart, genericTopics,
// genericNouns), that the body writes at most twice and never capitalises
// inside a sentence: a set phrase that colours the headline ("Lessons
// Learned the Hard Way", "Done the Right Way"), not a subject. A phrase
// of such words that the page is about ("small business", "social
// media") is what its body keeps writing, and one without the article
// ("Home Network Tips") may name a thing.
func (t *tagger) turnOfPhrase(s *subj) bool {
	if s.words < 2 || s.body || s.n > 2 || s.capMid > 0 || s.headLo == s.headHi || s.headLo <= t.unitLo[s.headLine] || t.units[s.headLo-1].w != "the" {
		return false
	}
	for w := range strings.SplitSeq(s.key, " ") {
		if !genericStart[w] && !genericTopics[w] && !genericNouns[w] {
			return false
		}
	}
	return true
}

// promisedEnd reports a headline phrase right after "for a" or "for an"
// that the body writes at most twice and never capitalises inside a
// sentence: the end the page's advice promises ("Products for a Healthy
// Smile", "Habits for a Calmer Morning"), not its subject, which the
// headline names before it and the body keeps writing.
func (t *tagger) promisedEnd(s *subj) bool {
	if s.c != nil || s.words < 2 || s.body || s.n > 2 || s.capMid > 0 || s.headLo == s.headHi || s.headLo-2 < t.unitLo[s.headLine] {
		return false
	}
	art := t.units[s.headLo-1].w
	return (art == "a" || art == "an") && t.units[s.headLo-2].w == "for"
}
