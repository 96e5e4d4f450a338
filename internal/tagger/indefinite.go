package tagger

// afterIndefinite reports a mention right after "a" or "an" (count
// checks first that no punctuation stands between).
func (t *tagger) afterIndefinite(us []unit, ln *line) bool {
	i := int(us[0].tok)
	if i <= ln.lo {
		return false
	}
	p := t.toks[i-1].low
	return len(p) <= 2 && (p == "a" || p == "an")
}

// indefiniteName reports a capitalised run the headline does not name
// that the body writes twice or more, every time after "a" or "an": a
// name is not one of a kind, so the run is a common noun in capitals
// ("from a Former Consultant:" over each quote, "ask a Certified
// Planner"), a label and no subject.
func indefiniteName(s *subj) bool {
	return s.c != nil && s.n >= 2 && s.indef == s.n && !s.title && !s.dek && !s.c.title && !s.c.dek
}
