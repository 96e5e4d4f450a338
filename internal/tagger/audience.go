package tagger

// audience reports a headline phrase written as the owner of the page's
// form ("The Weekend Hiker's Guide To Trail Maps", "A Homeowner's
// Checklist"): whom the guide is for, not what it is about; the subject
// is what the guide is to.
func (t *tagger) audience(s *subj) bool {
	if s.c != nil || s.headLo == s.headHi || s.headHi >= t.unitLo[s.headLine+1] {
		return false
	}
	last, next := &t.toks[t.units[s.headHi-1].tok], &t.toks[t.units[s.headHi].tok]
	return last.poss && pageKinds[next.key]
}

// vouchedBy reports a headline phrase that names who vouches for the
// page, not what it is about: the tester, reviewer or source after "by"
// or "according to" ("Best Tutors, Reviewed by a Student", "Hosting
// Trends, According to Event Planners", "(By an Outdoor Guide!)"). The
// page's subject stands before. A name there is often the news itself
// ("The Best Films, According to Rotten Tomatoes") and stays.
func (t *tagger) vouchedBy(s *subj) bool {
	if s.c != nil || s.headLo == s.headHi {
		return false
	}
	lo, j := t.unitLo[s.headLine], s.headLo-1
	for j >= lo && determiner[t.units[j].w] {
		j--
	}
	if j < lo {
		return false
	}
	switch t.units[j].w {
	case "by":
		return true
	case "to":
		return j > lo && t.units[j-1].w == "according"
	}
	return false
}

// determiner are the words that may stand between "by" and whom it names.
var determiner = set(`a an the our one two three four five six seven eight nine ten`)
