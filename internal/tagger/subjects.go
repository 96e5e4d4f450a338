package tagger

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/morgue-archive/morgue/internal/article"
)

// # Subjects: candidates and their evidence
//
// In English text the tags are chosen among typed candidates by a learned
// scorer (scorer.go). The candidates are
//
//   - the names the name rules found (tagger.go, resolve.go), each with the
//     shorter names merged into it ("Noem" into "Kristi Noem", "U.S." into
//     "United States", an acronym into its expansion);
//   - the phrases of the title and the dek: every run of one to five words
//     that neither starts nor ends with a function word, in any case, so a
//     Title Case headline ("Quick Repairs Are the Best!", "The Best
//     Board Games of 2025") gives its subjects too.
//
// Every candidate is then counted in the same way, in one pass over the
// body and the caption: each place where its words stand (plurals folded,
// accents and case ignored) is a mention, with what the mention says: in
// which line and paragraph, whether capitalised inside a sentence, in
// lower case, at the start of a sentence, in a heading or list line, and
// whether a longer candidate covers it ("ferry" inside "ferry timetables").
// Those counts, the candidate's place in the headline, its length and how
// common its words are in other pages (docfreq.go) are its features.

// subjMaxWords is the most words a title phrase has.
const subjMaxWords = 5

// unit is one word of a line for matching: a token, or one part of a
// hyphenated or dotted token ("GPT-5" → "gpt", "5"), folded (lower case,
// accents and full stops dropped) and, in English, made singular.
type unit struct {
	w     string
	tok   int32 // index in t.toks
	first bool  // the token's first part
	last  bool  // the token's last part
}

// subj is a candidate subject.
type subj struct {
	key   string // its units' words, space apart
	words int
	c     *cand // the name it stands for; nil for a title phrase
	noun  bool  // a name that is a common noun, counted in lower case too (markNouns)

	title, dek bool // in the title, in the dek
	chunk      bool // a whole run of the title or dek between function words
	capHead    bool // the title writes it with a capital (set by features)
	part       bool // inside such a run, not the whole of it
	// Where the title or dek writes it: units headLo to headHi of line
	// headLine (headLo == headHi for nowhere).
	headLine, headLo, headHi int32

	n       int // mentions in the body and caption
	inside  int // ... inside a longer candidate's, mentioned twice or more
	lines   int // body lines with a mention
	last    int // the last of them
	first   int // the first of them, -1 for none
	early   int // mentions in the first three body lines
	heading int // mentions in lines that are no sentences
	capMid  int // mentions capitalised inside a sentence
	capIn   int // ... of them, inside a longer candidate's mention ("Tea" of "Harbor Tea")
	label   int // mentions that open a body line before a colon or full stop ("Weight Limit: 300 lb")
	lower   int // mentions in lower case
	start   int // mentions at the start of a sentence
	// mentions that give a place only as a setting: its adjective
	// ("Americans"), or its name before a common noun ("U.S. homebuyers")
	setting int
	cta     int   // mentions a call to action sells (callToAction)
	link    int   // mentions in lines that show a web address (linkLine)
	shop    uint8 // the ways the body writes it as its shop's (shopSigns)
	pointed int   // mentions right after "this", "these" or "our" (pointedAt)
	indef   int   // a name's mentions right after "a" or "an" (afterIndefinite)
	forms   spellings

	body    bool    // a phrase of the body's, not the headline's (bodyTopics)
	work    bool    // the headline's whole run, longer than a phrase (workTitle)
	tfidf   float64 // ... log(1 + its count times rarity)
	acro    bool    // a likely tag: a word of the headline in capitals that no name rule took ("USB"; set by scored)
	old     bool    // the rule-based picker chose it
	lead    bool    // a lead word under its bar (markLeadWords)
	fuller  int     // for a surname: 1 + the person it is the surname of
	firstOf int     // for one word: the people it is the first name of
	surname int     // for a person: mentions of the surname alone
	x       [numFeatures]float64
	p       float64
}

// connectorWord: function words a title phrase may hold inside ("Bank of
// England", "Tools for Potters", "Saint Vincent and the Grenadines").
var connectorWord = set(`of for and the de del la le los las von van der den du des da do di y et & in on`)

// buildUnits splits every line's tokens into units, t.unitLo[i] being the
// first unit of line i.
func (t *tagger) buildUnits() {
	t.units = t.units[:0]
	t.unitLo = t.unitLo[:0]
	for li := range t.lines {
		ln := &t.lines[li]
		t.unitLo = append(t.unitLo, int32(len(t.units)))
		for i := ln.lo; i < ln.hi; i++ {
			tk := &t.toks[i]
			if tk.shape == shAmp {
				t.units = append(t.units, unit{w: "&", tok: int32(i), first: true, last: true})
				continue
			}
			if tk.shape == shNum && len(tk.key) == 1 && '1' <= tk.key[0] && tk.key[0] <= '3' && i > ln.lo && !tk.brk {
				if prev := &t.toks[i-1]; prev.shape == shCap {
					*t.series.at(prev.key) |= 1 << (tk.key[0] - '1')
				}
			}
			lo := len(t.units)
			k := tk.key
			if signedName(k) {
				// "C#" is the name's key "c-sharp" (keyOf): its units
				// are the key's words, so its mentions count for it.
				k = keyOf(tk.text)
			}
			for len(k) > 0 {
				// Parts are runs of letters and digits.
				j := 0
				for j < len(k) {
					if c := k[j]; c < utf8.RuneSelf {
						if !asciiWord[c] {
							break
						}
						j++
						continue
					}
					r, w := utf8.DecodeRuneInString(k[j:])
					if !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)) {
						break
					}
					j += w
				}
				if j > 0 {
					w := k[:j]
					if t.code == "en" || t.code == "" {
						w = singular(w)
					}
					t.units = append(t.units, unit{w: w, tok: int32(i)})
				}
				if j == len(k) {
					break
				}
				_, w := utf8.DecodeRuneInString(k[j:])
				k = k[j+w:]
			}
			if len(t.units) > lo {
				t.units[lo].first = true
				u := &t.units[len(t.units)-1]
				u.last = true
				if tk.shape == shCap && acronymPlural(tk.text) {
					u.w = strings.TrimSuffix(u.w, "s") // "LLMs" → "llm"
				}
			}
		}
	}
	t.unitLo = append(t.unitLo, int32(len(t.units)))
}

// signedKey reports the key of a name that is one word and its sign
// ("c sharp" of "C#", "notepad plus plus" of "Notepad++"; signedName): the
// scorer weighs it as the one word it is written as.
func signedKey(key string) bool {
	if rest, ok := strings.CutSuffix(key, " plus plus"); ok {
		return rest != "" && !strings.Contains(rest, " ")
	}
	return len(key) == len("c sharp") && strings.HasSuffix(key, " sharp")
}

// edgeStop reports a unit that may not start or end a phrase: a function
// word, a contraction ("I've"), a lone letter (but "C#" or "C++") or a
// number.
func (t *tagger) edgeStop(u *unit) bool {
	tk := &t.toks[u.tok]
	if tk.shape == shNum || tk.shape == shAmp || fewerRunes(u.w, 2) && tk.shape != shAcro && !signedName(tk.key) {
		return true
	}
	if tk.apos && tk.shape != shCap {
		return true
	}
	return phraseStop[tk.low] || t.code == "" && t.isStop(tk.low) || tk.lx.has(lxCalendar) || contraction(tk.text)
}

// phraseStop are the English function words: articles, pronouns,
// prepositions, conjunctions, auxiliaries, quantifiers and the commonest
// adverbs, and the adjectives headlines praise with ("The Best Garden
// Chairs", "Five great hikes", "new rules"). (lang's stopword list also holds content words such as
// "people", "work" and "home", which may well be part of a subject: how
// common a word is, the scorer learns from docfreq.go.) Words that sort
// what follows ("The Best Form of Self-Care", "Types of Plumbing Pipes")
// are no part of it: the subject is what they sort.
var phraseStop = set(`a an the this that these those some any each every either neither no not nor
and or but so yet if then than because while whereas although though unless until since as
of for in on at to from by with without within into onto upon over under above below about against
among amongst between through throughout during before after around across along behind beyond
near off out up down via per vs versus like unlike toward towards despite except
i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself
she her hers herself it its itself they them their theirs themselves one ones someone something
anyone anything everyone everything nobody nothing who whom whose which what whatever whoever
when where why how whether here there
is are was were be been being am do does did done doing have has had having will would shall
should can could may might must ought get gets got getting let lets
all both few more most less least many much several such own same other another else
also just only even still again ever never always often sometimes already soon now today
very too quite rather really almost enough maybe perhaps however thus therefore instead
yes ok okay via etc
new best top good great better big small latest first last next old many several simple easy
essential ultimate complete quick key major main
form forms type types kind kinds sort sorts variety varieties`)

// register makes key name subject s, and its proper prefixes known as
// prefixes; a key already naming a subject keeps it.
func (t *tagger) register(key string, s int) bool {
	v := t.reg.at(key)
	if *v&regSubj != 0 {
		return false
	}
	*v |= regSubj | uint32(s)
	for i := len(key) - 1; i > 0; i-- {
		if key[i] == ' ' {
			*t.reg.at(key[:i]) |= regPrefix
		}
	}
	return true
}

const (
	regPrefix = 1 << 31
	regSubj   = 1 << 30
	regMask   = regSubj - 1
)

func (t *tagger) subjOf(key string) int {
	v := t.reg.get(key)
	if v&regSubj == 0 {
		return -1
	}
	return int(v & regMask)
}

// acronymPlural reports an acronym with a plural "s": "LLMs", "GPUs".
func acronymPlural(text string) bool {
	n := len(text)
	if n < 3 || text[n-1] != 's' {
		return false
	}
	for i := 0; i < n-1; i++ {
		if c := text[i]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// foldKeyWords turns a name's key ("raspberry-pi-5") into a subject key
// ("raspberry pi 5"), each word singular in English; c, when not nil, is
// the name, whose spelling tells an acronym's plural ("LLMs" → "llm").
func (t *tagger) foldKeyWords(key string, c *cand) string {
	b := t.keyBuf[:0]
	in := key
	for len(key) > 0 {
		n := strings.IndexAny(key, "- ")
		if n < 0 {
			n = len(key)
		}
		w := key[:n]
		key = key[min(n+1, len(key)):]
		if w == "" {
			continue
		}
		if len(b) > 0 {
			b = append(b, ' ')
		}
		if t.code == "en" || t.code == "" {
			w = singular(w)
		}
		if key == "" && c != nil && strings.HasSuffix(w, "s") {
			if display := c.name(); acronymPlural(display[strings.LastIndexAny(display, " -")+1:]) {
				w = strings.TrimSuffix(w, "s")
			}
		}
		b = append(b, w...)
	}
	t.keyBuf = b
	if string(b) == in {
		return in // most keys are their own folding: no copy
	}
	return string(b)
}

func (t *tagger) newSubj(key string, c *cand) *subj {
	t.subjs = append(t.subjs, subj{key: key, words: strings.Count(key, " ") + 1, c: c, first: -1, last: -1})
	return &t.subjs[len(t.subjs)-1]
}

// collect gathers the candidates and counts their mentions.
func (t *tagger) collect(a article.Article) {
	t.subjs = t.subjs[:0]
	t.inside = t.inside[:0]
	t.work = -1
	t.reg.reset()
	t.buildUnits()
	t.bodyLo = len(t.lines)
	for li := range t.lines {
		if t.lines[li].f == fBody {
			t.bodyLo = li
			break
		}
	}
	// Names. A name the rules merged into another is a candidate of its
	// own ("Lumora" is no mention of a heading "Lumora Pricing",
	// nor "Okafor" of "Devoted Okafor"), except the usual spellings
	// ("U.S." of "United States", "the Fed" of "the Federal Reserve"), an
	// acronym of its expansion and an adjective of nationality of its
	// country ("Colombian" of "Colombia"), which count for the name they
	// stand for.
	var aliased []*cand
	for _, c := range t.list {
		dst, f := c.live()
		if dst == nil || c.pending || c.n == 0 || c.strong == 0 && c.into == nil {
			continue
		}
		if c.into != nil && (f < 1 || t.spelling(c, dst)) {
			aliased = append(aliased, c)
			continue
		}
		key := t.foldKeyWords(c.key, c)
		if key == "" {
			continue
		}
		if i := t.subjOf(key); i >= 0 {
			// "AI" and "AIs": the name more often written, the singular
			// in a tie.
			if s := &t.subjs[i]; s.c != nil && (c.n > s.c.n || c.n == s.c.n && acronymPlural(s.c.name())) {
				s.c = c
			}
			continue
		}
		t.newSubj(key, c).noun = t.nounKey(key)
		t.register(key, len(t.subjs)-1)
	}
	for _, c := range aliased {
		dst, _ := c.live()
		if i := t.subjOf(t.foldKeyWords(dst.key, dst)); i >= 0 {
			if k := t.foldKeyWords(c.key, c); k != "" {
				t.register(k, i)
			}
		}
	}
	// The phrases of the title and dek.
	for li := range t.lines {
		ln := &t.lines[li]
		if ln.f != fTitle && ln.f != fDek {
			continue
		}
		t.headPhrases(li, ln.f)
	}
	t.bodyTopics()
	// Mentions.
	for li := range t.lines {
		ln := &t.lines[li]
		if ln.f == fTitle || ln.f == fDek {
			continue
		}
		t.mentions(li)
	}
	for _, ev := range t.inside {
		if t.subjs[ev[1]].n >= 2 {
			t.subjs[ev[0]].inside++
		}
	}
	// "Okafor" is the surname of "Ada Okafor".
	for i := range t.subjs {
		p := &t.subjs[i]
		if p.c == nil || !p.c.person || p.words < 2 {
			continue
		}
		j := t.subjOf(p.key[strings.LastIndexByte(p.key, ' ')+1:])
		if j < 0 {
			continue
		}
		if sn := &t.subjs[j]; sn.c != nil && (sn.fuller == 0 || t.subjs[sn.fuller-1].n < p.n) {
			sn.fuller = i + 1
		}
	}
	for i := range t.subjs {
		if f := t.subjs[i].fuller; f > 0 {
			t.subjs[f-1].surname += t.subjs[i].n
		}
	}
	// "Hugo", when "Hugo Ortega" and "Hugo Fischer" are both named, is
	// the first name of several people, and names none of them. A word
	// the text also writes in lower case is no given name but a common
	// noun or a program's ("Kettle Pro" and "Kettle Mini" beside
	// "kettle", "Pyrite Cloud" and "Pyrite Studio" beside the package
	// "pyrite"), and may be the page's subject.
	for i := range t.subjs {
		p := &t.subjs[i]
		if p.c == nil || !p.c.person || p.words < 2 {
			continue
		}
		first := p.key[:strings.IndexByte(p.key, ' ')]
		if t.lowerSeen(first) {
			continue
		}
		if j := t.subjOf(first); j >= 0 && t.subjs[j].fuller == 0 {
			t.subjs[j].firstOf++
		}
	}
}

// spelling reports whether c, merged into dst, is another way of writing
// it rather than a shorter name of its own.
func (t *tagger) spelling(c, dst *cand) bool {
	if _, ok := aliases[c.key]; ok {
		return true
	}
	if _, ok := shortNames[c.key]; ok {
		return true
	}
	if !c.acro {
		return false
	}
	var b []byte
	for _, w := range dst.words {
		if w != "" && !connectorWord[w] {
			b = append(b, w[0])
		}
	}
	return string(b) == c.key || len(dst.words) >= 2 && !slices.Contains(dst.words, c.key) && clips(c.key, dst.words)
}

// authorOrOutlet reports a phrase that names an author or the outlet.
func (t *tagger) authorOrOutlet(key string) bool {
	if t.bad == nil {
		return false
	}
	b := t.formBuf2[:0]
	for i := 0; i < len(key); i++ {
		if key[i] == ' ' {
			b = append(b, '-')
		} else {
			b = append(b, key[i])
		}
	}
	bad := t.bad[string(b)]
	b = b[:0]
	for i := 0; i < len(key); i++ {
		if key[i] != ' ' {
			b = append(b, key[i])
		}
	}
	t.formBuf2 = b
	return bad || t.bad[string(b)]
}

// headPhrases registers the phrases of a title or dek line.
func (t *tagger) headPhrases(li int, f field) {
	us := t.units[t.unitLo[li]:t.unitLo[li+1]]
	edge := t.edge[:0]
	for i := range us {
		edge = append(edge, t.edgeStop(&us[i]))
	}
	t.edge = edge
	for i := range us {
		if !us[i].first {
			continue
		}
		if edge[i] {
			t.adjPhrase(li, i, f)
			continue
		}
		b := t.keyBuf[:0]
		words := 0
		stop := false
		for j := i; j < len(us) && !stop; j++ {
			u := &us[j]
			if j > i && u.first && t.toks[u.tok].brk {
				break
			}
			if u.first {
				words++
				if words > subjMaxWords {
					break
				}
			}
			if j > i {
				b = append(b, ' ')
			}
			b = append(b, u.w...)
			if !u.last {
				continue
			}
			if edge[j] {
				// A model number ends the name it follows, as extract
				// keeps it ("Red Dead Redemption 2"); nothing else may
				// follow it.
				if j > i && t.modelEnd(us, j) {
					stop = true
				} else if !connectorWord[t.toks[u.tok].low] {
					break
				} else {
					continue
				}
			}
			t.keyBuf = b
			t.headPhrase(b, li, i, j, f)
		}
	}
	if f == fTitle && t.lines[li].kind == kTitle {
		t.workTitle(li)
	}
}

// workTitle registers the whole of a Title Case headline's first run as
// one phrase when it is longer than the phrases above: a book's, a
// report's or a film's title ("A Treatise Concerning the Properties and
// Effects of Coffee") is a subject whole, and its pieces ("Treatise
// Concerning") are none. The body's mentions tell the scorer whether it
// is a name the body repeats, capitalised inside its sentences, or a
// headline's sentence.
func (t *tagger) workTitle(li int) {
	us, edge := t.units[t.unitLo[li]:t.unitLo[li+1]], t.edge
	end := len(us)
	for j := 1; j < len(us); j++ {
		if us[j].first && t.toks[us[j].tok].brk {
			end = j
			break
		}
	}
	lo, hi := 0, end-1
	for lo < end && edge[lo] {
		lo++
	}
	for hi > lo && edge[hi] {
		hi--
	}
	if lo > hi || hi-lo+1 > 2*subjMaxWords || !us[lo].first || !us[hi].last {
		return
	}
	words := 0
	b := t.keyBuf[:0]
	for j := lo; j <= hi; j++ {
		if us[j].first {
			words++
		}
		if j > lo {
			b = append(b, ' ')
		}
		b = append(b, us[j].w...)
	}
	t.keyBuf = b
	if words > subjMaxWords {
		if t.work = t.headPhrase(b, li, lo, hi, fTitle); t.work >= 0 {
			t.subjs[t.work].work = true
		}
	}
}

// headPhrase registers units i..j of title or dek line li, whose key is
// b, and returns its subject, -1 for none.
func (t *tagger) headPhrase(b []byte, li, i, j int, f field) int {
	us, edge := t.units[t.unitLo[li]:t.unitLo[li+1]], t.edge
	s := -1
	if v := t.reg.getBytes(b); v&regSubj != 0 {
		s = int(v & regMask)
		if i == j && j+1 < len(us) && t.subjs[s].c != nil && languageBefore(&t.toks[us[i].tok], &t.toks[us[j+1].tok]) {
			return -1 // "Key English Vocabulary" names no country
		}
	} else {
		key := string(b)
		if t.authorOrOutlet(key) {
			return -1
		}
		t.newSubj(key, nil)
		s = len(t.subjs) - 1
		t.register(key, s)
	}
	sj := &t.subjs[s]
	if f == fTitle {
		sj.title = true
	} else {
		sj.dek = true
	}
	if sj.headLo == sj.headHi {
		lo := t.unitLo[li]
		sj.headLine, sj.headLo, sj.headHi = int32(li), lo+int32(i), lo+int32(j+1)
	}
	// A chunk stands between punctuation or function words.
	before := i == 0 || t.toks[us[i].tok].brk || edge[i-1]
	after := j+1 == len(us) || t.toks[us[j+1].tok].brk || edge[j+1]
	if before && after {
		sj.chunk = true
	} else {
		sj.part = true
	}
	return s
}

// adjPhrase registers a plain adjective of phraseAdj and the plural noun
// after it as a headline phrase of two words, as bodyTopics does in the
// body: a class of things ("Tips for Small Businesses", "How Small
// Languages Die") is often what a page is about, and the scorer tells. A
// noun that goes on ("small language models") or is singular ("New
// Year") is left to the other rules.
func (t *tagger) adjPhrase(li, i int, f field) {
	us := t.units[t.unitLo[li]:t.unitLo[li+1]]
	if i+1 >= len(us) || !us[i].last || !phraseAdj[t.toks[us[i].tok].low] {
		return
	}
	v := &us[i+1]
	if !v.first || !v.last || t.edge[i+1] || t.toks[v.tok].brk {
		return
	}
	if low := t.toks[v.tok].low; singular(low) == low {
		return
	}
	if i+2 < len(us) && !t.edge[i+2] && !t.toks[us[i+2].tok].brk {
		return
	}
	b := append(append(append(t.keyBuf[:0], us[i].w...), ' '), v.w...)
	t.keyBuf = b
	t.headPhrase(b, li, i, i+1, f)
}

// modelEnd reports the unit j of a headline's phrase as a model number
// that ends the name before it: a whole token of digits that extract's
// modelOf would join to that name.
func (t *tagger) modelEnd(us []unit, j int) bool {
	u, prev := &us[j], &us[j-1]
	if !u.first || !u.last || !prev.last {
		return false
	}
	tk := &t.toks[u.tok]
	return !tk.brk && t.modelAfter(&t.toks[prev.tok], tk)
}

// surface is a phrase as written; in a Title Case line, its plain words
// in lower case ("Quick Repairs" → "quick repairs"), its names and acronyms
// as they are.
func (t *tagger) surface(us []unit, titleCase bool) string {
	var b strings.Builder
	for i := range us {
		u := &us[i]
		if !u.first {
			continue
		}
		tk := &t.toks[u.tok]
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		if titleCase && tk.shape == shCap && t.seen.get(tk.key)&seenLower != 0 && t.seen.get(tk.key)&seenMidCap == 0 {
			b.WriteString(tk.low)
		} else {
			b.WriteString(tk.text)
		}
	}
	return b.String()
}

// mentions counts the candidates named in line li, and notes each mention
// inside a longer one ("ferry" in "ferry timetables").
func (t *tagger) mentions(li int) {
	ln := &t.lines[li]
	us := t.units[t.unitLo[li]:t.unitLo[li+1]]
	body := ln.f == fBody
	bodyNo := li - t.bodyLo    // the line's number among the body's
	coveredTo, cover := -1, -1 // the longer mention units up to coveredTo are in
	for i := range us {
		if !us[i].first {
			continue
		}
		b := t.keyBuf[:0]
		found := t.found[:0]
		for j := i; j < len(us) && j-i < 2*subjMaxWords; j++ {
			u := &us[j]
			if j > i && u.first && t.toks[u.tok].brk {
				break
			}
			if j > i {
				b = append(b, ' ')
			}
			b = append(b, u.w...)
			v := t.reg.getBytes(b)
			if v == 0 {
				break
			}
			if v&regSubj != 0 && u.last {
				s := int(v & regMask)
				if t.count(&t.subjs[s], us[i:j+1], ln, li, bodyNo, body) {
					found = append(found, [2]int32{int32(s), int32(j)})
				}
			}
			if v&regPrefix == 0 {
				break
			}
		}
		t.keyBuf, t.found = b, found
		if len(found) == 0 {
			continue
		}
		// A phrase of the body's, or a work's title, covers no other
		// candidate: the headline's and the names' evidence is the
		// same with or without them.
		longest := [2]int32{-1, -1}
		for _, m := range found {
			if sj := &t.subjs[m[0]]; !sj.body && !sj.work {
				longest = m
			}
		}
		for _, m := range found {
			switch {
			case int(m[1]) <= coveredTo:
				t.inside = append(t.inside, [2]int32{m[0], int32(cover)})
			case longest[0] >= 0 && m != longest && m[1] <= longest[1]:
				t.inside = append(t.inside, [2]int32{m[0], longest[0]})
			default:
				continue
			}
			if int(m[1]) == i && ln.kind == kCased {
				if tk := &t.toks[us[i].tok]; tk.shape == shCap && !tk.start {
					t.subjs[m[0]].capIn++
				}
			}
		}
		if longest[0] >= 0 && int(longest[1]) > coveredTo {
			coveredTo, cover = int(longest[1]), int(longest[0])
		}
	}
}

// count records one mention of s, written us, in line ln. A name counts
// only where it is capitalised (or in a line that has no case): "Larch
// Harbor" is not mentioned by "harbor", nor "FOR" by "for"; its mentions
// in lower case are only tallied, for the feature. A name that is a
// common noun (markNouns) counts them too.
func (t *tagger) count(s *subj, us []unit, ln *line, li, bodyNo int, body bool) bool {
	first := &t.toks[us[0].tok]
	if s.c != nil && len(us) == 1 && t.demonymOpensName(us[0], ln) {
		return false
	}
	upper, lower := true, true
	if ln.kind == kCased {
		for i := range us {
			if !us[i].first {
				continue
			}
			tk := &t.toks[us[i].tok]
			if connectorWord[tk.low] && i > 0 || tk.shape == shNum && i > 0 {
				// A model number after a name has no case ("Forerunner 970").
				continue
			}
			switch tk.shape {
			case shLower:
				upper = false
			case shCap, shAcro, shShout, shInit:
				lower = false
			default:
				upper, lower = false, false
			}
		}
	} else {
		upper, lower = false, false
	}
	if lower {
		s.lower++
		if s.c != nil && !s.noun {
			return false
		}
	}
	s.n++
	if s.c != nil && ln.kind == kCased && placeTargets[s.c.key] && t.asSetting(us, ln) {
		s.setting++
	}
	if s.c != nil && ln.link { // linkOnly reads names alone
		s.link++
	}
	if s.c != nil && body && ln.kind == kCased && t.callToAction(us, ln) {
		s.cta++
	}
	if s.c != nil && body {
		s.shop |= t.shopSigns(us, ln)
	}
	if s.c != nil && !first.start && !first.brk && t.afterIndefinite(us, ln) {
		s.indef++
	}
	if s.c == nil && s.words == 1 && body && t.pointedAt(us, ln) {
		s.pointed++
	}
	if li != s.last {
		s.lines++
		s.last = li
	}
	if body {
		if s.first < 0 {
			s.first = bodyNo
		}
		if bodyNo < 3 {
			s.early++
		}
	}
	if !ln.prose {
		s.heading++
	}
	if first.start {
		s.start++
	}
	if upper && !first.start {
		s.capMid++
	}
	if end := int(us[len(us)-1].tok) + 1; body && int(us[0].tok) == ln.lo && end < ln.hi && us[len(us)-1].last &&
		t.toks[end].start && t.toks[end].brk && !t.toks[end].qOpen {
		s.label++
	}
	// A phrase's spelling, when the mention is whole tokens.
	if s.c == nil && ln.kind == kCased && us[0].first && us[len(us)-1].last {
		b := t.formBuf[:0]
		for i := range us {
			if us[i].first {
				if len(b) > 0 {
					b = append(b, ' ')
				}
				b = append(b, t.toks[us[i].tok].text...)
			}
		}
		t.formBuf = b
		// "Ferry timetables change…" says nothing of how "ferry" or
		// "ferry timetables" is written: a phrase spelt so would pass for
		// a name, which the limit on topics and their checks let through.
		if !(first.start && t.seen.get(first.key)&seenLower != 0) {
			s.forms.addBytes(b)
		}
	}
	return true
}

// demonymOpensName reports an adjective of nationality that opens a
// longer capitalised name inside a sentence ("American Business
// Insurance", "British Museum", "French Open"): a word of that name, no
// mention of the country. A run that holds a title ("Chinese Foreign
// Minister ...", "Colombian Peace Commissioner ...") still tells the
// person's country.
func (t *tagger) demonymOpensName(u unit, ln *line) bool {
	if ln.kind != kCased || !u.first || !u.last {
		return false
	}
	tk := &t.toks[u.tok]
	next := int(u.tok) + 1
	if tk.shape != shCap || !tk.lx.has(lxDemonym) || next >= ln.hi {
		return false
	}
	for i := next; i < ln.hi; i++ {
		nx := &t.toks[i]
		if nx.shape != shCap || nx.start || nx.brk {
			return i > next
		}
		if nx.lx.has(lxRoleHead | lxRoyal | lxDemonym) {
			return false
		}
	}
	return true
}

// placeTargets are the keys of the places that aliases and adjectives
// of nationality stand for ("united-states", "colombia").
var placeTargets = func() map[string]bool {
	m := map[string]bool{}
	for _, ts := range [][]target{aliasTargets, demonymTargets} {
		for _, g := range ts {
			m[g.key] = true
		}
	}
	return m
}()

// asSetting reports a mention of a name that only qualifies what follows
// or who is meant: an adjective of nationality or its people ("American",
// "Americans"), or the name before a common noun ("U.S. homebuyers",
// "the EU market").
func (t *tagger) asSetting(us []unit, ln *line) bool {
	tk := &t.toks[us[0].tok]
	if len(us) == 1 && tk.lx.has(lxDemonym) {
		return true
	}
	next := int(us[len(us)-1].tok) + 1
	if next >= ln.hi {
		return false
	}
	nx := &t.toks[next]
	if nx.brk || nx.start {
		return false
	}
	return nx.shape == shLower && !t.isStop(nx.low) || countryOpensName(us, tk, nx)
}
