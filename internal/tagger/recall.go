package tagger

import "strings"

// leadWordThreshold is the probability a lead word needs (markLeadWords).
const leadWordThreshold = 0.5

// markLeadWords marks the lead words under their bar, after rank: a word
// of the headline in lower case that the body's first two lines write
// too, that the body mentions about as often as any candidate (three
// quarters of the most mentioned one's count at least, and ten times),
// and that few pages use (oneIDF) is what the page is about, whatever
// else the headline says around it: "retail" of "Big Data Analytics in
// Retail", "housing" of "Welcome to the Great Housing Reset". It comes
// after every other tag (scored), so that a tag that holds it ("dental
// care" of "Top Dental Care Tips") names the subject instead, and only
// where a tag is left to give.
func (t *tagger) markLeadWords() {
	for i := range t.subjs {
		s := &t.subjs[i]
		s.lead = false
		if s.c == nil && !s.body && s.title && s.words == 1 && s.lower > 0 && s.n >= 10 &&
			s.first >= 0 && s.first <= 1 && s.x[ftRelN] >= 0.75 && s.x[ftOneIDF] >= 0.4 {
			s.lead = s.p < s.threshold()
		}
	}
}

// rareWordIDF is the rarity (idf) of a word on three or fewer of the
// pages counted for docfreq.go (rareRuleTopic).
const rareWordIDF = 0.75

// rareRuleTopic reports a word of the title or dek, a lower-case word or
// a name of one word, that the rules chose too (pick) and that almost no
// other page uses: the page's own subject ("jacquard" under "How a family
// of weavers brought an old jacquard back to work", "Quillonet" under
// "Support Tickets Leaked in Quillonet Breach"), which needs the bar of a
// headline's phrase (threshold) rather than a word's. A common word the
// rules chose ("tips", "Apple") keeps a word's bar, and so does a rare
// word the rules did not choose, such as one the body writes in fewer than
// three paragraphs, or a name the headline does not write.
func (s *subj) rareRuleTopic() bool {
	return s.old && !s.body && (s.title || s.dek) && s.x[ftOneIDF] >= rareWordIDF
}

// rankKey is the probability scored orders candidates by: a lead word's
// comes after every other candidate's.
func (s *subj) rankKey() float64 {
	if s.lead {
		return s.p - 1
	}
	return s.p
}

// spareHolds reports the headline's spare phrase (spareTopic), j, holding
// the lead word s: on a page no other tag covers, the phrase says more
// ("plumbing pipes" of "Choosing Plumbing Pipes" rather than "plumbing").
func (t *tagger) spareHolds(j int, s *subj) bool {
	return j >= 0 && containsWords(t.subjs[j].key, s.key)
}

// displaced returns the tag of out (from, its candidates) that s, coming
// after the page's five, takes the place of, or -1: the last of those
// neither the headline nor the dek names, when the headline names s and
// the body mentions s more often. A page's tags are capped (maxScored),
// and five names over their bars may leave out the thing the headline
// says the page is about ("Windows" of "Windows LDAP DoS: ..." after
// five names of its details); a detail the body mentions less is the
// one to go. Only one such swap is made per page.
func displaced(s *subj, from []*subj) int {
	if !s.title {
		return -1
	}
	for j := len(from) - 1; j >= 0; j-- {
		if o := from[j]; !o.title && !o.dek && !(o.c != nil && o.c.title) {
			if o.n < s.n {
				return j
			}
			return -1
		}
	}
	return -1
}

// compoundAcronym returns the acronym that stands in for the compound
// head s ("USB" of "Exploring USB Commands", compoundHead) when the
// compound, whole, cannot (the body writes it less than twice) and the
// body writes the acronym itself, or -1: the word alone is a bare common
// word, and the acronym names what the page is about.
func (t *tagger) compoundAcronym(s *subj, whole int) int {
	if whole >= 0 && (t.subjs[whole].n >= 2 || t.subjs[whole].p >= scoreThreshold) {
		return -1
	}
	a := t.subjOf(t.units[s.headLo-1].w)
	if a < 0 || t.subjs[a].n == 0 || t.subjs[a].p >= t.subjs[a].threshold() {
		return -1
	}
	return a
}

// kindFloor is the probability a round-up's kind phrase needs
// (kindPhrase).
const kindFloor = 0.4

// kindPhrase reports a run of the headline, two words or more and no
// name, under its bar, that holds a word ending two or more likely tags
// (classWord): the kind of thing a round-up lists ("AI CLI tools" of "I
// tested 5 AI CLI tools" beside "Gemini CLI", "Codex CLI", ...). When
// five names fill a page's tags and no topic is among them, it is a sixth
// (scored): the names are the round-up's items, and the kind is what an
// archivist files the page under, as the weakest of six names is not
// (maxScored).
func (t *tagger) kindPhrase(i int) bool {
	s := &t.subjs[i]
	if s.c != nil || !s.title || !s.chunk || s.words < 2 || s.p < kindFloor || s.p >= s.threshold() {
		return false
	}
	for w := range strings.SplitSeq(s.key, " ") {
		if j := t.subjOf(w); j >= 0 && t.classWord(j) {
			return true
		}
	}
	return false
}
