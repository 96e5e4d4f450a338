package pagetext

import "testing"

// A Swahili story: whatlanggo may name it Swahili or Hausa, neither of
// which has a stopword list, and some of its commonest words ("ya", "la",
// "na" …) are also Spanish, French or English function words. Counted
// against those lists they make up a sixth of its words, enough for the
// page to pass for one with a list but far too few for any paragraph to
// read as prose by the jusText thresholds, and the story was lost all
// but one line. A language named without a list of its own is read by
// length and sentence punctuation, as those with none are.
func TestStoryInALanguageWithoutAListKeepsItsParagraphs(t *testing.T) {
	story := []string{
		"Hospitali mpya ya rufaa ya mkoa wa Tanga imefunguliwa rasmi Jumatatu, ikiwa na vitanda mia tatu na chumba cha kisasa cha upasuaji kwa wagonjwa wa mkoa mzima.",
		"Mganga mkuu wa mkoa, Dkt. Rehema Saidi, alisema wagonjwa waliokuwa wakisafiri hadi Dar es Salaam kwa matibabu ya moyo sasa watahudumiwa karibu na nyumbani.",
		"Ujenzi wa jengo la hospitali hiyo ulichukua miaka mitatu na kugharimu mabilioni ya shilingi, fedha za serikali na za shirika la misaada la kimataifa.",
		"Wakazi wa vijiji vya jirani walisema bado wanakabiliwa na tatizo la usafiri, kwani barabara ya kufika mjini huharibika sana wakati wa msimu wa mvua.",
		"Uongozi wa mkoa umeahidi kuongeza magari ya wagonjwa na kuajiri wauguzi zaidi kabla ya mwisho wa mwaka huu ili huduma za afya zisikwame.",
	}
	page := append([]string{"Mwanzo", "Habari", "Michezo", "Hospitali mpya ya rufaa yafunguliwa mjini Tanga", "Jumatatu, Machi 3, 2025"}, story...)
	page = append(page, "Habari zaidi", "Kuhusu sisi", "Wasiliana nasi")
	a, _ := mustParse(t, dump(page...))
	wantBody(t, a.Body, story)
}
