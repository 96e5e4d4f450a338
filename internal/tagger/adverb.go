package tagger

import (
	"strings"
	"unicode/utf8"
)

// A sentence adverb that opens a sentence before a name is no part of
// it: "Unfortunately Brazil had a dry winter", "Luckily Japan ...",
// "Afortunadamente México ...". Such adverbs are made from adjectives
// with an ending of their language; a word with the ending that the text
// never capitalises inside a sentence, long enough not to be a given name
// ("Emily", "Kelly"), opens the sentence and is dropped like an opener.

// adverbEnds are the endings of adverbs made from adjectives, by stopword
// language ("" for a text whose language is not known).
var adverbEnds = map[string][]string{
	"":   {"ly"},
	"en": {"ly"},
	"es": {"mente"},
	"it": {"mente"},
	"pt": {"mente"},
	"ca": {"ment"},
	"fr": {"ement", "amment", "emment"},
	"de": {"erweise"},
	"nl": {"erwijs"},
}

// minAdverbRunes is the shortest adverb taken: given names and places end
// in "ly" too ("Emily", "Italy", "Sicily", "Reilly").
const minAdverbRunes = 7

// adverbOpener reports whether the capitalised word that opens run, a
// sentence's first word before another capitalised word, is a sentence
// adverb.
func (t *tagger) adverbOpener(run []token) bool {
	tk := &run[0]
	if len(run) < 2 || !tk.start || tk.shape != shCap || len(tk.low) < minAdverbRunes || utf8.RuneCountInString(tk.low) < minAdverbRunes || t.midCap(tk.key) {
		return false
	}
	ends, ok := adverbEnds[t.code]
	if !ok {
		return false
	}
	for _, e := range ends {
		if strings.HasSuffix(tk.low, e) {
			// In English a word of the rarity table is a common word:
			// the table's words in "-ly" are adverbs and nouns
			// ("family", "assembly"), no names ("Kimberly" is none).
			return t.code != "en" && t.code != "" || docFreq(tk.low) > 0 && !nounInLy[tk.low]
		}
	}
	return false
}

// nounInLy are the common English words in "-ly" that may open a name
// ("Family Dollar", "Assembly Bill 5").
var nounInLy = set(`family assembly butterfly anomaly supply elderly friendly lively lonely lovely deadly costly chilly smelly`)
