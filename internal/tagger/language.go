package tagger

// # Languages
//
// An adjective of nationality before a noun of language learning names
// the language, not the country: "Spanish lessons", "Key English
// Vocabulary and Phrases", "German grammar rules" are no mention of
// Spain, England or Germany. A page on learning a language is no page on
// its country, and the country so found was a wrong tag ("England" over a
// list of English words for renting a car).

// languageNouns are the nouns, singular, that make the adjective before
// them a language.
var languageNouns = set(`lesson class course grammar vocabulary word phrase phrasebook speaker teacher tutor tutoring
learner translation translator dictionary pronunciation verb noun alphabet idiom slang spelling subtitle fluency`)

// languageBefore reports an adjective of nationality, tk, that the word
// after it, nx, makes a language: nx written in the same run (no
// punctuation between) and a noun of languageNouns.
func languageBefore(tk, nx *token) bool {
	return tk.lx.has(lxDemonym) && !nx.brk && languageNouns[singular(nx.key)]
}
