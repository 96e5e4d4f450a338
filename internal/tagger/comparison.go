package tagger

// comparison reports a candidate that holds "vs" or "versus", a phrase
// that sets two things against each other ("Actuarial Consulting vs.
// Insurance", "Renting vs Buying a Home") or a piece of one ("VS.
// INSURANCE" of a headline in capitals): the page compares two subjects,
// which stand as candidates of their own, and the phrase is neither, as
// one joined by "and" is not (joinsTwo). A name the body capitalises inside
// sentences more than once is the title of a work or a case ("the Kramer
// vs. Kramer verdict") and stays.
func comparison(s *subj) bool {
	if s.c != nil && s.capMid > 1 {
		return false
	}
	return containsWords(s.key, "vs") || containsWords(s.key, "versus")
}
