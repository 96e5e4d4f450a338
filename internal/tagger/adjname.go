package tagger

// describingName reports a name, neither a person's nor an acronym,
// whose words do not read as a noun phrase (nounPhrase: "Hourly Rates"
// opens with a word in "-ly") and that the body writes in lower case at
// least as often as capitalised: a phrase of the page's trade that a
// heading capitalised, which the checks on topics would have left out.
func describingName(s *subj) bool {
	return s.c != nil && s.lower > 0 && s.lower >= s.n && !s.c.person && !s.c.acro && !nounPhrase(s.key)
}
