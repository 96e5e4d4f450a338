package tagger

// audience reports a headline phrase written as the owner of the page's
// form ("Budget Traveler's Guide To Travel Insurance", "A Homeowner's
// Checklist"): whom the guide is for, not what it is about; the subject
// is what the guide is to.
func (t *tagger) audience(s *subj) bool {
	if s.c != nil || s.headLo == s.headHi || s.headHi >= t.unitLo[s.headLine+1] {
		return false
	}
	last, next := &t.toks[t.units[s.headHi-1].tok], &t.toks[t.units[s.headHi].tok]
	return last.poss && pageKinds[next.key]
}
