package tagger

// loneStartName reports a name the body writes once, at the start of a
// sentence or line, and never capitalised inside a sentence, and that no
// headline in sentence case capitalises either: where every word takes a
// capital, a capital is no sign of a name. So go a word or part of a
// headline in Title Case ("Scientific" of "The Latest Scientific Trends in
// Psychiatry", "Adobe Photoshop" of "Adobe Photoshop Elements") and a
// line's opening words ("DIY Housewives" of a credit line). A name in
// capitals ("FDA") is one by its shape, and one a sentence-case headline
// writes ("... creator Noah Hawley to direct") by the headline.
func (t *tagger) loneStartName(s *subj) bool {
	if s.c == nil || s.c.acro || s.n != 1 || s.start != 1 || s.capMid != 0 {
		return false
	}
	return s.headLo == s.headHi || t.lines[s.headLine].kind != kCased
}
