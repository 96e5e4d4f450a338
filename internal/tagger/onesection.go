package tagger

// oneSection reports a name the headline and dek do not name whose every
// mention in the body lies in one short stretch (a twentieth of the body's
// lines at most) past the body's first quarter: however often that stretch
// repeats it, it is the subject of one section (one tip, one item of a
// list, one stop of a trip), not of the page.
func (t *tagger) oneSection(s *subj) bool {
	if s.c == nil || s.title || s.dek || s.body || s.first < 0 || s.lines < 2 {
		return false
	}
	bodyLines := len(t.lines) - t.bodyLo
	span := s.last - t.bodyLo - s.first + 1
	return s.first*4 >= bodyLines && span*20 <= bodyLines
}
