package tagger

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/morgue-archive/morgue/internal/article"
)

// # The scorer
//
// Each candidate's features (below) are weighed by a logistic regression,
// whose weights (scorer_weights.go) were fitted on the labelled pages of
// the dev set with an even case number, by TestTrainScorer (`make
// train-tagger`); CI never refits them. A candidate is a tag when its
// probability of being a subject is at least scoreThreshold; the best
// come first, and a candidate inside one already chosen ("Harbor" after
// "Larch Harbor"), or holding one ("Larch Harbor Ferry" after "Larch
// Harbor"), is left out unless one of the two is an acronym (pickedKey),
// as is one with a chosen one's slug.

const (
	// minScoredWords is the fewest words in sentence case a text needs
	// for the scorer: a few lines give it too little to count (the pages
	// it learnt from have 140 words and more), and the rules decide.
	minScoredWords = 100
	scoreThreshold = 0.7
	// maxScored is the most tags the scorer gives a text. A sixth tag
	// is the weakest of a page that already names five things at length
	// (a list of products, of sources, of standards): on the labelled
	// pages it was a core subject nowhere that the first five did not
	// already find, and a wrong tag ("Bayes", "ASCII") or a side name on
	// the others.
	maxScored = 5
	// acroTopicThreshold is the probability a word the headline writes
	// in capitals needs when no name rule took it: a generic acronym
	// ("USB", "GPU"), or one the text also writes in lower case ("ai" in
	// a lower-case headline). On the even pages of the dev set those
	// between 0.65 and 0.75 were subjects ("AI" of a page on AI projects,
	// "HP" of one on HP workstations), unlike the acronyms the name rules
	// took, which keep 0.75 ("UX", "DC" of "DC motor" were wrong there).
	acroTopicThreshold = 0.65
	// phraseFloor is the probability a phrase needs to stand for the
	// word that heads it (phraseOf).
	phraseFloor = 0.5
	// lowerShare is the share of a headline word's mentions the body
	// writes in lower case from which it is a common noun.
	lowerShare = 0.75
	// headPhraseThreshold is the probability a whole run of the
	// headline that the body repeats needs (threshold).
	headPhraseThreshold = 0.6
	// headLowerThreshold is the probability a run of the title, or a
	// part of one, that the body repeats in lower case needs
	// (threshold).
	headLowerThreshold = 0.55
)

// The features of a candidate, in the order of scorerWeights.
const (
	ftBias     = iota
	ftTitle    // in the title
	ftDek      // in the dek
	ftChunk    // a whole run of the title or dek
	ftPart     // part of such a run only
	ftLogN     // log(1 + mentions)
	ftSpread   // share of the body's lines that mention it
	ftFirst    // where the first mention is, 0 (first line) to 1 (none)
	ftEarly    // mentions in the first three lines, at most 3, / 3
	ftHeading  // share of mentions in headings and list lines
	ftCapMid   // share of mentions capitalised inside a sentence
	ftLower    // share of mentions in lower case
	ftStart    // share of mentions at the start of a sentence
	ftInside   // share of mentions inside a longer candidate's
	ftOneWord  // one word
	ftTwoWords // two words
	ftLong     // three words or more
	ftMinIDF   // the commonest word's rarity (idf)
	ftMaxIDF   // the rarest word's
	ftAcronym  // one word in capitals
	ftDigit    // holds a digit
	ftName     // found by the name rules
	ftPerson   // ... and looks like a person's name
	ftOld      // chosen by the rule-based picker
	ftOneLower // one word, in lower case: the share
	ftOneIDF   // one word: its rarity
	ftTitleN   // in the title: log(1 + mentions)
	ftAcronymN // acronym: log(1 + mentions)
	ftShort    // a text of under 250 words
	ftSurname  // one word, the surname of a person named in full
	ftFullN    // a person: log(1 + mentions, with those of the surname alone)
	ftCovers   // several words: mentions / those of its most mentioned part
	ftRelN     // mentions / those of the most mentioned candidate
	ftThirds   // mentioned in the body's first third and in its last
	ftBody     // a phrase of the body only (bodyTopics)
	ftBodyRank // ... log(1 + its count times rarity)
	ftBodyHead // ... the share of its words that the title or dek has
	numFeatures
)

var featureNames = [numFeatures]string{
	"bias", "title", "dek", "chunk", "part", "logN", "spread", "first", "early", "heading",
	"capMid", "lower", "start", "inside", "oneWord", "twoWords", "long", "minIDF", "maxIDF",
	"acronym", "digit", "name", "person", "old", "oneLower", "oneIDF", "titleN", "acronymN", "short",
	"surname", "fullN", "covers", "relN", "thirds", "body", "bodyRank", "bodyHead",
}

// features fills s.x.
func (t *tagger) features(s *subj) {
	x := &s.x
	*x = [numFeatures]float64{}
	b2f := func(b bool) float64 {
		if b {
			return 1
		}
		return 0
	}
	n := float64(s.n)
	share := func(k int) float64 {
		if s.n == 0 {
			return 0
		}
		return float64(k) / n
	}
	bodyLines := max(len(t.lines)-t.bodyLo, 1)
	x[ftBias] = 1
	s.capHead = s.title && s.headLo < s.headHi && t.toks[t.units[s.headLo].tok].shape == shCap
	x[ftTitle] = b2f(s.title)
	x[ftDek] = b2f(s.dek)
	x[ftChunk] = b2f(s.chunk)
	x[ftPart] = b2f(s.part && !s.chunk)
	x[ftLogN] = math.Log1p(n)
	x[ftSpread] = float64(s.lines) / float64(bodyLines)
	x[ftFirst] = 1
	if s.first >= 0 {
		x[ftFirst] = float64(s.first) / float64(bodyLines)
	}
	x[ftEarly] = float64(min(s.early, 3)) / 3
	x[ftHeading] = share(s.heading)
	x[ftCapMid] = share(s.capMid)
	if s.n+s.lower > 0 {
		x[ftLower] = float64(s.lower) / float64(s.n+s.lower)
	}
	x[ftStart] = share(s.start)
	x[ftInside] = share(s.inside)
	switch {
	case s.words == 1 || s.c != nil && signedKey(s.key):
		x[ftOneWord] = 1
	case s.words == 2:
		x[ftTwoWords] = 1
	default:
		x[ftLong] = 1
	}
	lo, hi := 1.0, 0.0
	for w := range strings.SplitSeq(s.key, " ") {
		if connectorWord[w] {
			continue
		}
		v := t.idf(w)
		lo, hi = min(lo, v), max(hi, v)
	}
	if hi < lo {
		lo, hi = 0, 0
	}
	x[ftMinIDF], x[ftMaxIDF] = lo, hi
	x[ftAcronym] = b2f(s.words == 1 && s.c != nil && s.c.acro)
	x[ftDigit] = b2f(strings.ContainsAny(s.key, "0123456789"))
	x[ftName] = b2f(s.c != nil)
	x[ftPerson] = b2f(s.c != nil && s.c.person)
	x[ftOld] = b2f(s.old)
	x[ftOneLower] = x[ftOneWord] * x[ftLower]
	x[ftOneIDF] = x[ftOneWord] * hi
	x[ftTitleN] = x[ftTitle] * x[ftLogN]
	x[ftAcronymN] = x[ftAcronym] * x[ftLogN]
	x[ftShort] = b2f(t.cased <= shortText)
	x[ftSurname] = b2f(s.fuller > 0)
	if s.c != nil && s.c.person && s.words > 1 {
		x[ftFullN] = math.Log1p(float64(s.n + s.surname))
	}
	if s.words > 1 && s.n > 0 {
		most := 0
		for w := range strings.SplitSeq(s.key, " ") {
			if i := t.subjOf(w); i >= 0 {
				most = max(most, t.subjs[i].n)
			}
		}
		if most > 0 {
			x[ftCovers] = min(n/float64(most), 1)
		}
	}
	if t.mostN > 0 {
		x[ftRelN] = n / float64(t.mostN)
	}
	if s.first >= 0 && s.first*3 < bodyLines && (s.last-t.bodyLo)*3 >= 2*bodyLines {
		x[ftThirds] = 1
	}
	if s.body {
		x[ftBody] = 1
		x[ftBodyRank] = s.tfidf
		in := 0
		for w := range strings.SplitSeq(s.key, " ") {
			if t.inHead.get(w) != 0 {
				in++
			}
		}
		x[ftBodyHead] = float64(in) / float64(s.words)
	}
}

func logistic(w *[numFeatures]float64, x *[numFeatures]float64) float64 {
	z := 0.0
	for i := range w {
		z += w[i] * x[i]
	}
	return 1 / (1 + math.Exp(-z))
}

// rank collects and scores the candidates, after pick.
func (t *tagger) rank(a article.Article) {
	t.collect(a)
	if t.markNouns() {
		t.collect(a)
	}
	for _, k := range t.oldKeys {
		if i := t.subjOf(k); i >= 0 {
			t.subjs[i].old = true
		} else if i := t.subjOf(t.foldKeyWords(k, nil)); i >= 0 {
			t.subjs[i].old = true
		}
	}
	t.mostN = 0
	for i := range t.subjs {
		if !t.subjs[i].body {
			t.mostN = max(t.mostN, t.subjs[i].n)
		}
	}
	for i := range t.subjs {
		s := &t.subjs[i]
		if s.n == 0 && !s.title && !s.dek || s.firstOf >= 2 {
			continue // never written where it counts, or a shared first name
		}
		t.features(s)
		if s.body {
			s.p = logistic(&bodyWeights, &s.x)
		} else {
			s.p = logistic(&scorerWeights, &s.x)
		}
	}
	t.markLeadWords()
}

// display is the name a candidate is tagged with.
func (t *tagger) display(s *subj) string {
	if s.c != nil {
		name := s.c.name()
		if acronymPlural(name[strings.LastIndexByte(name, ' ')+1:]) {
			return name[:len(name)-1] // "LLMs" → "LLM", "Acme CLIs" → "Acme CLI"
		}
		if s.noun {
			return strings.ToLower(name) // a common noun (markNouns)
		}
		return name
	}
	if f := s.forms.most(); f != "" {
		return f
	}
	if s.headLo == s.headHi {
		return ""
	}
	return t.surface(t.units[s.headLo:s.headHi], t.lines[s.headLine].kind != kCased)
}

// scored picks the tags among the ranked candidates.
func (t *tagger) scored() []article.Tag {
	order := t.order[:0]
	spare := [2]int{-1, -1} // the headline's phrase, the body's (spareTopic)
	kind := -1              // a round-up's kind (kindPhrase)
	for i := range t.subjs {
		s := &t.subjs[i]
		if t.kindPhrase(i) && (kind < 0 || s.p > t.subjs[kind].p) {
			kind = i
		}
		// The spelling costs a string to make: only a likely tag is looked at.
		s.acro = s.p >= acroTopicThreshold && s.c == nil && s.words == 1 && !s.body && shapeOf(t.display(s)) == shAcro
		low := s.p < s.threshold() && !t.broadModifier(s)
		if low && (s.p < spareFloor && !s.body || s.p < bodySpareFloor) || settingOnly(s) || soldOnly(s) || linkOnly(s) || ownShop(s) || t.afterTo(s) || t.classWord(i) || t.facetWord(s) || t.seriesName(s) || t.gerundOver(s) || pageForm(s) || comparison(s) || pointedWord(s) || t.verbBeforeArticle(s) || t.compoundModifier(s) || t.loneStartName(s) || indefiniteName(s) || describingName(s) || t.audience(s) || t.vouchedBy(s) || t.turnOfPhrase(s) || t.oneSection(s) || t.promisedEnd(s) {
			continue
		}
		if low {
			// Under its bar, it may still be the one tag of a page
			// that gets none (spareTopic).
			if t.spareTopic(s) {
				k := 0
				if s.body {
					k = 1
				}
				if spare[k] < 0 || s.p > t.subjs[spare[k]].p {
					spare[k] = i
				}
			}
			continue
		}
		if w := t.workOf(s); w >= 0 {
			// The work's title stands in for a piece the body writes
			// only inside it, at the piece's place.
			if slices.Contains(order, int32(w)) {
				continue
			}
			t.subjs[w].p = max(t.subjs[w].p, s.p)
			i = w
		}
		if head, whole := t.compoundHead(s); head {
			// The compound stands in, at the word's place, when the
			// body writes it too ("DC motor").
			if whole < 0 || t.subjs[whole].n < 2 || t.subjs[whole].p >= scoreThreshold || slices.Contains(order, int32(whole)) {
				if whole = t.compoundAcronym(s, whole); whole < 0 || slices.Contains(order, int32(whole)) {
					continue
				}
			}
			t.subjs[whole].p = s.p
			i = whole
		}
		if !slices.Contains(order, int32(i)) { // a compound may stand in before its turn
			order = append(order, int32(i))
		}
	}
	slices.SortStableFunc(order, func(a, b int32) int {
		return cmp.Compare(t.subjs[b].rankKey(), t.subjs[a].rankKey())
	})
	t.order = order
	var out []article.Tag
	var picked []pickedKey
	var from []*subj // the candidate each tag of out came from
	topics := 0
	full := false // five names taken: only a topic may still come in
	swap := -1    // the tag a headline subject takes the place of (displaced)
	swapped := false
	for _, i := range order {
		s := &t.subjs[i]
		if s.lead && t.spareHolds(spare[0], s) {
			continue
		}
		if len(out) >= maxScored {
			if swap = -1; !swapped {
				swap = displaced(s, from)
			}
			if swap < 0 && (topics > 0 || s.lead) {
				if swapped {
					break
				}
				continue // a headline subject may still take a detail's place
			}
			full = swap < 0
		}
		// A surname is tagged as the person's full name, if that is a
		// subject too and written inside a sentence ("Devoted Okafor
		// readers…" names no person).
		if f := s.fuller - 1; f >= 0 && t.subjs[f].p >= scoreThreshold/2 && t.subjs[f].capMid > 0 {
			s = &t.subjs[f]
		}
		phrase := false
		if j := t.phraseOf(s, picked); j >= 0 {
			s, phrase = &t.subjs[j], true
		} else if j := t.modifierOf(s, picked); j >= 0 {
			s, phrase = &t.subjs[j], true
		}
		name := strings.TrimSpace(t.display(s))
		slug := slugOf(name)
		if slug == "" {
			continue
		}
		k := pickedKey{
			key:   " " + s.key + " ",
			topic: s.c == nil && name != "" && (phrase || unicode.IsLower([]rune(name)[0])),
			acro:  s.words == 1 && shapeOf(name) == shAcro,
		}
		k.broad = !phrase && k.topic && t.broadModifier(s)
		k.work = t.work >= 0 && s == &t.subjs[t.work]
		dup := false
		for _, p := range picked {
			if p.work && k.topic && strings.HasSuffix(p.key, " of"+k.key) {
				// What a work's title says it is of is the work's
				// subject, and the page's: "coffee" beside "A Treatise
				// Concerning the Properties and Effects of Coffee".
				continue
			}
			if p.holds(k) && !p.acro && !k.acro && !p.opens(k) && !k.opens(p) || overlap(p.key, k.key) && (p.topic == k.topic || t.headPieces(p.key, k.key)) && !t.apartPieces(p.key, k.key) || t.restates(p, k) || clippedWords(p.key, k.key) {
				dup = true
				break
			}
		}
		for _, o := range out {
			dup = dup || o.Slug == slug
		}
		// At most maxTopics topics, as the rules give: a third common
		// noun says little more.
		if k.topic && (topics == maxTopics || !nounPhrase(s.key) || t.describedKind(s)) {
			continue
		}
		// "SLM" and "small language models": an acronym and its words,
		// unless the words hold the acronym ("AI inference").
		ini := keyInitials(s.key)
		for _, p := range picked {
			if !p.holds(k) {
				dup = dup || ini != "" && p.key == " "+ini+" " || s.words == 1 && keyInitials(strings.TrimSpace(p.key)) == s.key
			}
		}
		if dup || full && !(k.topic && s.title) {
			continue
		}
		if swap >= 0 {
			if k.topic && !picked[swap].topic {
				topics++
			} else if !k.topic && picked[swap].topic {
				topics--
			}
			out[swap], picked[swap], from[swap] = article.Tag{Name: name, Slug: slug}, k, s
			swapped = true
			continue
		}
		if full {
			// Five names over the bar are a round-up's items, and the
			// kind of thing they are, which its headline names, is what
			// an archivist files the page under ("airfare search sites"
			// beside four sites): the topic takes the weakest name's
			// place. A topic of the body alone ("applicable laws" of the
			// terms under a shop's page) is not the page's kind.
			out, picked, from = out[:maxScored-1], picked[:maxScored-1], from[:maxScored-1]
		}
		picked = append(picked, k)
		from = append(from, s)
		out = append(out, article.Tag{Name: name, Slug: slug})
		if k.topic {
			topics++
		}
		if full {
			break
		}
	}
	if kind >= 0 && len(out) == maxScored && topics == 0 {
		// Five names and the kind of thing they are: a sixth tag.
		if name := strings.TrimSpace(t.display(&t.subjs[kind])); slugOf(name) != "" && !slices.ContainsFunc(out, func(o article.Tag) bool { return o.Slug == slugOf(name) }) {
			out = append(out, article.Tag{Name: name, Slug: slugOf(name)})
		}
	}
	if j := spare[0]; len(out) == 0 && (j >= 0 || spare[1] >= 0) {
		// No tag over the bars: the headline's likeliest phrase, else
		// the body's.
		if j < 0 {
			j = spare[1]
		}
		s := &t.subjs[j]
		if name := strings.TrimSpace(t.display(s)); slugOf(name) != "" {
			out = append(out, article.Tag{Name: name, Slug: slugOf(name)})
		}
	}
	return out
}

// spareFloor is the probability the headline's own phrase needs to tag
// a page that no candidate over its bar tags (spareTopic), and
// bodySpareFloor a phrase of the body's that stands in for it. The body's
// phrase comes in only where the headline gives none, and is built on a
// headline word, so it needs less: "remote work" under "14 Essential Work
// From Home Tips" at 0.40. Of the dev set's pages so tagged from 0.35,
// two got their subject ("art books" under "10 Books That Will Teach You
// How to Draw"), one a near one and one a fragment of the headline; with
// no floor, 16 pages, of which 5 got a side detail or a wrong phrase
// ("car owner" under "Your Car Maintenance Checklist", "social media"
// under a college of the social sciences).
const (
	spareFloor     = 0.5
	bodySpareFloor = 0.35
)

// spareTopic reports a phrase of the title, two words or more and no
// name, that reads as the noun phrase of a thing: what a page that no
// candidate tags over its bar is about ("podcast equipment" of "The
// Ultimate Podcast Equipment Guide", "nutrition myths" of "Debunking 10
// common nutrition myths"), when it is likely enough (spareFloor). One in
// eight pages of the dev set got no tag; on the even ones, the phrase so
// found was the page's subject on 10 of 13 and a fragment of it on the
// rest ("gym injury" of "Gym Injury Lawsuits"). A phrase of the dek
// only is a detail the dek lists ("leg press"), one the body writes only
// capitalised at the start of sentences a heading's ("What Fitness
// Experts Say"), and a whole long headline (workTitle) a sentence.
// When the title gives no such phrase, a phrase of the body's that shares
// a word with the headline stands in ("legal aid" under "I Need Legal
// Help").
func (t *tagger) spareTopic(s *subj) bool {
	if s.p < spareFloor && !s.body || s.p < bodySpareFloor || s.c != nil || s.body && s.x[ftBodyHead] == 0 || s.work || !s.title && !s.body || s.words < 2 || s.n > 0 && s.lower == 0 ||
		joinsTwo(s.key) || !nounPhrase(s.key) || t.describedKind(s) {
		return false
	}
	return plainPhrase(s.key, false)
}

// plainPhrase reports a phrase that opens with no word of genericStart
// nor its degrees ("new rules", "biggest banks") and, when noConnector,
// holds no connectorWord ("cases of plague").
func plainPhrase(key string, noConnector bool) bool {
	first, rest, _ := strings.Cut(key, " ")
	if genericStart[first] || degreeWord(first) {
		return false
	}
	if noConnector {
		for w := range strings.SplitSeq(rest, " ") {
			if connectorWord[w] {
				return false
			}
		}
	}
	return true
}

// phraseOf returns the phrase a lower-case word of the headline heads,
// or -1: "lamps" of "smart home lamps", "myths" of "nutrition myths". The
// word alone is a bare common word; what the page is about is the thing
// the phrase names, when the phrase is a likely subject too (phraseFloor)
// and the headline holds its words, or when the body writes the phrase
// for half the word's mentions or more (mostOf). A phrase that opens with
// a word of degree or kind ("different camera") or holds a function word
// ("cases of plague") says no more than the word, and one that shares words with
// a tag already chosen ("feather duvet lung" after "feather duvet") would
// be left out as its repeat, so the word stays.
func (t *tagger) phraseOf(s *subj, picked []pickedKey) int {
	if s.words != 1 || s.c != nil {
		return -1
	}
	return t.likeliestPhrase(picked, func(o *subj) bool {
		return o.words >= 2 && o.c == nil && strings.HasSuffix(o.key, " "+s.key) &&
			(o.p >= phraseFloor && (o.title || o.dek || o.body && o.x[ftBodyHead] == 1) || mostOf(o, s))
	})
}

// likeliestPhrase returns the likeliest candidate that ok accepts and
// that holds no function word nor word of kind, sets no two things
// against each other (comparison) and repeats no tag of picked (phraseOf,
// modifierOf), or -1.
func (t *tagger) likeliestPhrase(picked []pickedKey, ok func(o *subj) bool) int {
	best := -1
next:
	for j := range t.subjs {
		o := &t.subjs[j]
		if !ok(o) || comparison(o) {
			continue
		}
		for w := range strings.SplitSeq(o.key, " ") {
			if connectorWord[w] || genericStart[w] {
				continue next
			}
		}
		k := " " + o.key + " "
		for _, p := range picked {
			if strings.Contains(p.key, k) || strings.Contains(k, p.key) || overlap(p.key, k) {
				continue next
			}
		}
		if best < 0 || o.p > t.subjs[best].p {
			best = j
		}
	}
	return best
}

// mostOf reports a body phrase that holds at least half the mentions of
// the headline word s it ends in: "sorghum yields", three of the body's four
// "yields" under "… Will Reshape Farm Yields", is the subject the
// headline names in short, whatever the body's phrases score.
// A compound that opens with a degree ("higher yields", "largest
// banks") only grades the word, as genericStart's words do.
func mostOf(o, s *subj) bool {
	if !o.body || o.n < compoundMin || 2*o.n < s.n {
		return false
	}
	first, _, _ := strings.Cut(o.key, " ")
	return !degreeWord(first)
}

// degreeWord reports the comparative or superlative of a word of
// genericStart: "higher", "largest", "bigger", "easiest".
func degreeWord(w string) bool {
	for _, suf := range [...]string{"er", "est"} {
		b, ok := strings.CutSuffix(w, suf)
		if !ok || len(b) < 2 {
			continue
		}
		n := len(b)
		if genericStart[b] || genericStart[b+"e"] ||
			b[n-1] == b[n-2] && genericStart[b[:n-1]] ||
			b[n-1] == 'i' && genericStart[b[:n-1]+"y"] {
			return true
		}
	}
	return false
}

// classWord reports a single word that ends two or more likely tags: the
// kind of thing they are ("CLI" of "Gemini CLI" and "Codex CLI" on a
// page comparing them), not a subject beside them. A work's title
// (workOf), nor a piece of it, is such a tag: they name one thing, not a
// kind.
func (t *tagger) classWord(i int) bool {
	s := &t.subjs[i]
	if s.words != 1 {
		return false
	}
	n := 0
	for j := range t.subjs {
		o := &t.subjs[j]
		if o.words > 1 && j != t.work && strings.HasSuffix(o.key, s.key) && o.key[len(o.key)-len(s.key)-1] == ' ' && o.p >= o.threshold() && t.workOf(o) < 0 {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

// facetWord reports a common noun the headline capitalises right after
// a likely tag, closing the run ("Composition" of "Harbour Photography
// Composition", "Pricing" of "Garden Design Pricing"): the side of that
// subject the page treats, which the tag before it already names, not a
// subject of its own. A word after words that make no tag ("Inference" of
// "Cheaper Embedding Inference") keeps its bar.
func (t *tagger) facetWord(s *subj) bool {
	if s.words != 1 || !s.capHead || s.x[ftPart] == 0 || s.c == nil || s.c.acro || s.x[ftLower] < lowerShare || s.p < scoreThreshold {
		return false
	}
	for j := range t.subjs {
		o := &t.subjs[j]
		if o != s && o.headLine == s.headLine && o.headHi == s.headLo && o.headLo < o.headHi && o.p >= o.threshold() {
			return true
		}
	}
	return false
}

// pickedKey is a chosen tag's key, " " + key + " ", and its kind.
//
// A key inside another ("Harbor" of "Larch Harbor") names a part of the
// same subject, unless one of the two is an acronym: "AI" and "AI
// inference", "LLM" and "LLM agents" are two subjects, the field and what
// the page does in it. Keys sharing end words ("search engine", "engine
// optimization") are two pieces of one phrase when both are topics or
// both names; a topic and a name ("smart home", "Home Assistant") are two
// subjects.
type pickedKey struct {
	key               string
	topic, acro, work bool
	broad             bool // a broad modifier (broadModifier)
}

// opens reports p a broad modifier that opens k: "crypto" and "crypto
// regulation" are two subjects, the field and the side of it the page
// treats.
func (p pickedKey) opens(k pickedKey) bool {
	return p.broad && strings.HasPrefix(k.key, p.key)
}

// holds reports either key inside the other.
func (p pickedKey) holds(k pickedKey) bool {
	return strings.Contains(p.key, k.key) || strings.Contains(k.key, p.key)
}

// keyInitials are the first letters of a key of two words or more, function
// words left out: "small language model" → "slm".
func keyInitials(key string) string {
	if !strings.Contains(key, " ") {
		return ""
	}
	var b []byte
	for w := range strings.SplitSeq(key, " ") {
		if w != "" && !connectorWord[w] {
			b = append(b, w[0])
		}
	}
	return string(b)
}

// settingOnly reports a place the headline and dek do not name that the
// body names at most once as a place of its own, its other mentions being
// only a setting (subj.setting, counted for placeTargets): "Americans" and "U.S. homebuyers" on a
// page about housing are where the story happens, not what it is about.
func settingOnly(s *subj) bool {
	return s.c != nil && !s.title && !s.dek && !s.c.title && !s.c.dek && s.setting > 0 && s.n-s.setting < 2
}

// clippedWords reports keys of the same words, two or more, some clipped
// in one ("mobile app" and "mobile application", "pro tips" and
// "professional tips"): one name written two ways.
func clippedWords(a, b string) bool {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if a == b || strings.Count(a, " ") != strings.Count(b, " ") || !strings.Contains(a, " ") {
		return false
	}
	for a != "" {
		x, ra, _ := strings.Cut(a, " ")
		y, rb, _ := strings.Cut(b, " ")
		if len(x) > len(y) {
			x, y = y, x
		}
		if x != y && (len(x) < 3 || !strings.HasPrefix(y, x)) {
			return false
		}
		a, b = ra, rb
	}
	return true
}

// overlap reports keys (" a b ", " b c ") that share words at their ends:
// "search engine" and "engine optimization" are parts of one name.
func overlap(a, b string) bool {
	for _, x := range [2][2]string{{a, b}, {b, a}} {
		p, q := x[0], x[1]
		// A suffix of p that is a prefix of q, whole words.
		for i := 1; i < len(p)-1; i++ {
			if p[i] == ' ' && strings.HasPrefix(q, p[i:]) {
				return true
			}
		}
	}
	return false
}

// idf is idf(w), remembered for the call: the phrases share words.
func (t *tagger) idf(w string) float64 {
	v := t.idfs.at(w)
	if *v == 0 {
		*v = math.Float32bits(float32(idf(w))) | 1
	}
	return float64(math.Float32frombits(*v &^ 1))
}

// threshold is the probability a candidate needs. A single word is a
// wrong tag more often than a longer name at the same probability: on
// the even pages of the dev set, the single capitalised words between
// 0.7 and 0.8 were mostly headings and fragments ("Principles",
// "Museum" of "Museum of Modern Art", "Bayes"), the acronyms and single
// lower-case words under 0.75 common words ("UX", "DC" of "DC motor",
// "nesting", "query"). The fragments and heading words are told by where
// the body writes them, so a single name written mostly alone and in
// sentences needs 0.75 only.
func (s *subj) threshold() float64 {
	switch {
	case s.body && s.words == 1 && s.x[ftOneIDF] < commonWordIDF:
		// A word of the body alone that many pages use ("skin", "apps",
		// "plant", "book") is a word of the page's trade, not what it is
		// about; a rare one ("interpretability") may be.
		return 2
	case s.body:
		return bodyTopicThreshold
	case s.work && s.capMid == 0:
		// A long headline the body never cites capitalised inside a
		// sentence is a headline's sentence, not a work's title: its
		// phrases speak for it.
		return 2
	case s.c != nil && s.x[ftHeading] == 1 && s.x[ftTitle] == 0:
		// A name the body writes only in headings and list lines,
		// never in a sentence, nor the title ("Miod Vallat" of a list
		// of credits): no subject.
		return 2
	case s.c != nil && !s.title && !s.dek && s.capMid == 0 && s.label*2 > s.n:
		// A name that mostly opens a line before a colon or a full
		// stop and is never capitalised inside a sentence is a field's
		// label ("Weight Limit: 300 lb" under every product), no
		// subject.
		return 2
	case s.c != nil && s.words == 1 && !s.c.acro && !s.noun && s.c.n*4 < s.n && !capitalPair(s.c.name()):
		// A capitalised word the name rules found alone in under a
		// quarter of the places the body writes it: mostly a part of
		// longer names ("Museum" of the Brooklyn Museum, the Museum of
		// Modern Art, ...) or a word of headings ("Principles"), no
		// subject itself.
		return 2
	case s.c == nil && !s.body && s.title && s.words > 1 && s.n >= 2 && s.lower > 0 && !joinsTwo(s.key) && plainPhrase(s.key, true):
		// A run of the title, or a part of one, that the body writes
		// again in lower case is a common noun phrase the page is
		// about, when the run is longer than the thing ("boot loader"
		// of "The Scariest Boot Loader Code", "fine art photography"
		// of "Top 30 Fine Art Photography Artists"): on the even pages
		// of the dev set those between 0.55 and 0.7 were subjects, or
		// repeats of a longer tag. One the body never writes in lower
		// case holds a name, one of the dek only ("leg press" under
		// "How to Use Gym Equipment") is a detail, and one that opens
		// with a word of degree ("new restaurants") or holds a function
		// word ("cases of plague") says no more than its words: they
		// keep the bars below.
		return headLowerThreshold
	case s.c == nil && !s.body && s.chunk && s.words > 1 && s.n >= 2 && !joinsTwo(s.key):
		// A whole run of the headline, several words long, that the body
		// writes again is the page's own name for its subject ("budget
		// tips" of "Budget Tips for Students", "history of tea"): on the
		// even pages of the dev set those between 0.6 and 0.7 were
		// subjects, or the repeat of a longer tag. A part of a run
		// ("gym injury" of "Gym Injury Lawsuits") may lack the word the
		// run turns on, and a run joined by "and" names two things: both
		// keep the bar of any phrase.
		return headPhraseThreshold
	case s.x[ftOneWord] == 0:
		return scoreThreshold
	case s.capHead && s.x[ftPart] != 0 && s.c != nil && !s.c.acro && s.x[ftLower] >= lowerShare:
		// A word the headline capitalises inside a longer run and the
		// body writes in lower case ("Inference" of "Cheaper Embedding
		// Inference", "Vegan" of "How to Go Vegan") is the common noun
		// the page is about, as a headline phrase is, not a fragment
		// of a name. A run of one such word ("Their Own Bed", "for
		// Commuting, Fitness, or Adventure") is a bare word of the
		// headline, and a word the headline writes in lower case too
		// ("a tinybox Green v2") a name's: both keep a name's bar.
		return scoreThreshold
	case s.acro:
		return acroTopicThreshold
	case s.c == nil && s.words == 1 && !s.body && s.n > 0 && s.capMid == 0 && s.lower == 0:
		// A headline word the body writes only where every word takes
		// a capital, at the start of sentences and in headings
		// ("Predictions: ..." under "Redfin's 2026 Predictions"), is
		// neither a name, which a sentence would capitalise inside, nor
		// a topic, which it would write in lower case: a word of the
		// page's layout.
		return 2
	case s.lead:
		return leadWordThreshold
	case s.rareRuleTopic():
		return headPhraseThreshold
	case s.x[ftAcronym] != 0 || s.x[ftName] == 0:
		return 0.75
	case s.x[ftInside] < 0.5 && s.x[ftHeading] < 0.5:
		// A capitalised word mostly written alone and in sentences is
		// no fragment nor heading word: "Swift", "Claude".
		return 0.75
	}
	return 0.8
}

// workOf returns the work's title (workTitle) that s is a piece of, or
// -1: a run of its words that the body writes nowhere but inside the
// whole title ("Treatise Concerning" of "A Treatise Concerning the
// Properties and Effects of Coffee"), when the body writes the title
// capitalised inside a sentence, as one cites a book or a film. A piece
// the body writes on its own too ("coffee") is a subject of its own.
func (t *tagger) workOf(s *subj) int {
	if t.work < 0 {
		return -1
	}
	w := &t.subjs[t.work]
	if s == w || w.capMid == 0 || s.n == 0 || s.n > w.n || s.words >= w.words || !containsWords(w.key, s.key) {
		return -1
	}
	return t.work
}

// seriesName reports a name that opens with a word the text numbers 1, 2
// and 3 ("Zone 2" among "Zone 1" and "Zone 3", "Group 2" of pruning
// groups): the items of a numbered series, as steps and chapters are, not
// a subject, unless the headline names it.
func (t *tagger) seriesName(s *subj) bool {
	if s.c == nil || s.title || s.dek || t.series.n == 0 {
		return false
	}
	first, _, _ := strings.Cut(s.key, " ")
	return t.series.get(first) == 7
}

// describedKind reports a headline phrase that opens with a compound
// holding a function word other than "and" or "or", a description
// ("step-by-step", "easy-to-use", "all-in-one"), before the kind of thing
// it describes ("guide", "printer"): what the page is, not what it is
// about. A compound joined by "and" is a thing's name ("fold-and-cut
// problem", "drag-and-drop editor").
func (t *tagger) describedKind(s *subj) bool {
	if s.headLo == s.headHi || s.words < 2 {
		return false
	}
	u := &t.units[s.headLo]
	tk := &t.toks[u.tok]
	if !tk.hyph || !u.first {
		return false
	}
	j := s.headLo
	for ; j < s.headHi && !t.units[j].last; j++ {
		if w := t.units[j].w; j > s.headLo && leadFunction[w] && w != "and" && w != "or" {
			return j+1 < s.headHi // the compound is not the whole phrase
		}
	}
	return false
}

// compoundHead reports a common word that the headline writes after an
// acronym, as the head of a compound: "motor" of "DC Motors", "command"
// of "USB Commands". Alone it is a bare word, not what the article is
// about; whole is the compound's candidate, or -1.
func (t *tagger) compoundHead(s *subj) (head bool, whole int) {
	if s.c != nil || s.words != 1 || s.headLo == s.headHi || s.headLo == t.unitLo[s.headLine] {
		return false, -1
	}
	prev, u := &t.units[s.headLo-1], &t.units[s.headLo]
	if !prev.last || t.toks[prev.tok].shape != shAcro || t.toks[u.tok].brk {
		return false, -1
	}
	return true, t.subjOf(prev.w + " " + s.key)
}

// afterTo reports a headline phrase that opens right after "to" with a
// word the body writes in lower case and never capitalises inside a
// sentence, and that the headline goes on after: a verb and its object
// ("How to Choose a Tool", "Ways to Cut Costs"), not a subject. A name
// after "to" is written capitalised ("Porting a Parser to Swift"), and a
// word that ends the headline is what "to" leads to ("An Intro to git").
func (t *tagger) afterTo(s *subj) bool {
	if s.headLo == s.headHi || s.headLo == t.unitLo[s.headLine] || s.headLo+1 >= t.unitLo[s.headLine+1] {
		return false
	}
	prev, u := &t.units[s.headLo-1], &t.units[s.headLo]
	if prev.w != "to" || !u.first || t.guideTo(s) {
		return false
	}
	key := t.toks[u.tok].key
	return t.lowerSeen(key) && !t.midCap(key)
}

// nounPhrase reports whether a topic's key reads as a noun phrase, by the
// plain English signs the rules use for topics (pickTopics): it does not
// start with an adverb in "-ly" ("highly effective"), and a phrase of
// several words does not end in a word that describes ("-ous", "-ive",
// "-ed", "-able", ...; "-ing" may end one: "vibe coding"). A phrase that
// goes on after "for" or "in" ("ebike for commuting", "business for sale",
// "shoe companies in the world") is the headline's thing with what it is
// for or where, not one subject an archivist files under; "of" joins one
// ("history of coffee").
func nounPhrase(key string) bool {
	first, rest, _ := strings.Cut(key, " ")
	if strings.HasSuffix(first, "ly") {
		return false
	}
	if strings.Contains(rest, " ") && (strings.Contains(key, " for ") || strings.Contains(key, " in ")) {
		return false
	}
	// "non-" and one word is an adjective ("non-toxic", "non-stick"):
	// it says what kind of thing, and the thing is the subject.
	if first == "non" && rest != "" && !strings.Contains(rest, " ") {
		return false
	}
	i := strings.LastIndexByte(key, ' ')
	if i < 0 {
		return true
	}
	last := key[i+1:]
	return !adjectival(last) || strings.HasSuffix(last, "ing")
}

// gerundOver reports a lower-case word in "-ing" that the headline writes
// right before another likely subject, as a verb before its object
// ("Stop Nesting Database Systems", "Building Raised Beds"): the action
// the page takes on its subject, not a subject of its own. A word in
// "-ing" that ends a phrase ("vibe coding", "clematis pruning") is a
// noun and no such verb.
func (t *tagger) gerundOver(s *subj) bool {
	if s.c != nil || s.words != 1 || s.body || !strings.HasSuffix(s.key, "ing") || !(s.title || s.dek) {
		return false
	}
	for j := range t.subjs {
		o := &t.subjs[j]
		rest, ok := strings.CutPrefix(o.key, s.key+" ")
		if !ok || !(o.title || o.dek) {
			continue
		}
		if k := t.subjOf(rest); k >= 0 && t.subjs[k].p >= t.subjs[k].threshold() {
			return true
		}
	}
	return false
}

// joinsTwo reports a phrase that holds "and" or "&" between its words:
// two things ("renovation phases and timelines"), not one.
func joinsTwo(key string) bool {
	return containsWords(key, "and") || containsWords(key, "&")
}
