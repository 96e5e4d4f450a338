package tagger

import "strings"

// pageKinds are English nouns that say what kind of page a headline
// announces, not what it is about: "A Buyer's Guide", "Your Car
// Maintenance Checklist", "Performance Rankings".
// A phrase they end names the page's form; the subject is the other words,
// which stand as candidates of their own.
var pageKinds = set(`guide guides checklist checklists overview tutorial tutorials handbook primer
roundup ranking rankings`)

// idioms are English set phrases that open a headline's phrase without
// naming a thing: "Pros and Cons of Consulting" is about consulting.
var idioms = []string{"pros and cons", "cons of", "dos and donts", "donts of", "ins and outs", "outs of"}

// pageForm reports a candidate that names the page's form (pageKinds,
// idioms) rather than a subject. A name the body capitalises inside
// sentences ("the Michelin Guide") is a title of its own and stays.
func pageForm(s *subj) bool {
	if s.words < 2 || s.c != nil && s.capMid > 1 {
		return false
	}
	if pageKinds[s.key[strings.LastIndexByte(s.key, ' ')+1:]] {
		return true
	}
	for _, p := range idioms {
		if rest, ok := strings.CutPrefix(s.key, p); ok && (rest == "" || rest[0] == ' ') {
			return true
		}
	}
	return false
}

// articles are the English articles: a word of the headline right before
// one takes an object.
var articles = set(`a an the`)

// verbBeforeArticle reports a headline word that takes an object, as a
// verb does: after "to" or in "-ing", right before an article ("How to
// Rent a Car", "Booking a Moving Company", "Forming a Limited Liability
// Company"). The subject is the object, a phrase of its own; the verb
// is what the page tells one to do with it. A name the body capitalises
// inside sentences keeps its place ("Visiting the Louvre" is no reason to
// doubt "Boeing").
func (t *tagger) verbBeforeArticle(s *subj) bool {
	if s.words != 1 || s.headLo == s.headHi || s.capMid*2 > s.n {
		return false
	}
	next := s.headHi
	if next >= t.unitLo[s.headLine+1] || !articles[t.units[next].w] || t.toks[t.units[next].tok].brk {
		return false
	}
	if strings.HasSuffix(s.key, "ing") {
		return true
	}
	return s.headLo > t.unitLo[s.headLine] && t.units[s.headLo-1].w == "to" && !t.toks[t.units[s.headLo].tok].brk
}

// restates reports a topic k that a tag p chosen before it already names
// in other words: the words of p's acronym but its last, where a function
// word or the phrase's length cut it short ("paid time" of "paid time
// off" after "PTO", "search engine" of "search engine optimization" after
// "SEO"), when the text writes them before a word with the acronym's last
// letter. Words that only share the acronym's initials ("process
// knowledge" beside "PKO", the procedural knowledge ontology) are a
// subject of their own.
func (t *tagger) restates(p, k pickedKey) bool {
	if !k.topic {
		return false
	}
	key := k.key[1 : len(k.key)-1]
	ini := keyInitials(key)
	if !p.acro || len(ini) < 2 || len(p.key) != len(ini)+3 || !strings.HasPrefix(p.key, " "+ini) {
		return false
	}
	return t.writtenBefore(strings.Fields(key), p.key[len(p.key)-2])
}

// writtenBefore reports the units words, in a row, before a unit that
// starts with the letter c.
func (t *tagger) writtenBefore(words []string, c byte) bool {
	n := len(words)
	for i := 0; i+n < len(t.units); i++ {
		if t.units[i+n].w == "" || t.units[i+n].w[0] != c {
			continue
		}
		j := 0
		for j < n && t.units[i+j].w == words[j] {
			j++
		}
		if j == n {
			return true
		}
	}
	return false
}

// degreeHeads open English compounds that say what kind of thing or
// where, adjectives before a noun: "low-light", "in-house", "full-time",
// "long-term", "real-time".
var degreeHeads = set(`low high in on off full part long short well real mid top all`)

// stepWords, after a number in a compound ("four-step", "10-point",
// "3-part"), say how a guide or plan is laid out.
var stepWords = set(`step point part`)

var numberWords = set(`one two three four five six seven eight nine ten twelve`)

// compoundModifier reports a headline phrase that is a compound
// adjective: "Low-Light" of "Low-Light Houseplants", "in-house" of
// "moving legal work in-house", which say what kind of plants or where
// the work is done, and a layout compound before the kind of page ("A
// Four-Step Process", "a 10-point plan"), which says how the page is
// laid out, alone or with that kind. The thing they describe is the
// subject. A compound of other
// words is a noun as often ("zero-waste", "post-production").
func (t *tagger) compoundModifier(s *subj) bool {
	if s.c != nil || s.headHi-s.headLo < 2 {
		return false
	}
	u, next := &t.units[s.headLo], &t.units[s.headLo+1]
	if !t.toks[u.tok].hyph || !u.first || u.last || next.tok != u.tok {
		return false
	}
	if stepWords[next.w] && next.last && (numberWords[u.w] || t.toks[u.tok].key[0] >= '0' && t.toks[u.tok].key[0] <= '9') {
		return true
	}
	end := &t.units[s.headHi-1]
	return degreeHeads[u.w] && end.tok == u.tok && end.last
}

// guideTo reports a headline phrase right after a page's kind and "to"
// ("A Guide to Home Renovation Phases", "Guide to Landscape Photography
// Composition"), that the body writes again: what the guide is to, a
// noun phrase, not a verb and its object (afterTo). One the body never
// repeats ("… Guide to Abundant Blooms") is the headline's flourish.
func (t *tagger) guideTo(s *subj) bool {
	return s.n >= 2 && s.headLo-2 >= t.unitLo[s.headLine] && pageKinds[t.units[s.headLo-2].w]
}
