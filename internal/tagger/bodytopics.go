package tagger

import (
	"math"
	"strings"
)

// # Topics the body stresses
//
// A page is often about a topic its headline does not name, or names in
// words of its own ("the problem of cognitive hysteresis" → "hysteresis",
// "Three great evergreens for your plot" → "bay laurel"). So the
// lower-case phrases of the body's sentences are candidates too: runs of
// one to three words, none a function word at either end, counted with
// plurals folded ("astronaut", "astronauts"), and ranked by how often the
// body writes them times how rare their words are on other pages
// (docfreq.go). The best few that the headline does not already give
// become candidates like the others, and the scorer, which has learnt how
// such a candidate looks when it is a subject, decides; a candidate found
// so is marked (ftBody) and needs bodyTopicThreshold.

const (
	// bodyTopicMax is the most body phrases made candidates by count
	// times rarity.
	bodyTopicMax = 6
	// bodyTopicWords is the most words of a body phrase.
	bodyTopicWords = 3
	// bodyTopicThreshold is the probability a body phrase needs: on the
	// even pages of the dev set the body phrases under it were mostly
	// words of the page's trade ("file", "plant", "model") rather than
	// its subject. The weights refitted after the noun-phrase rule
	// (nounPhrase) give a little more; with them 0.65 scores as 0.6 did
	// with the weights fitted before it, on the even pages and the odd.
	bodyTopicThreshold = 0.65
	// commonWordIDF is the rarity (idf) a body phrase of one word needs:
	// a word on more than about one page in forty of those counted for
	// docfreq.go is a common word.
	commonWordIDF = 0.6
	// bodyPhraseExtra is the most phrases of several words made
	// candidates beyond bodyTopicMax.
	bodyPhraseExtra = 2
	// compoundMin is the fewest times the body writes a compound of a
	// headline word for it to stand for the word (phraseOf).
	compoundMin = 3
)

type bodyPhrase struct {
	key   string
	n     int
	score float64
}

// bodyTopics adds the body's most stressed lower-case phrases as
// candidates; it runs after the headline's phrases are registered.
func (t *tagger) bodyTopics() {
	tab := &t.phraseN
	tab.reset()
	// Single words first: a phrase is counted only when each of its words
	// is written twice, which keeps the table small. ok[i] says whether
	// unit i may be part of a phrase, worked out once.
	ok := t.phraseOK[:0]
	for range t.units {
		ok = append(ok, false)
	}
	t.phraseOK = ok
	for li := t.bodyLo; li < len(t.lines); li++ {
		if !t.phraseLine(li) {
			continue
		}
		for i := t.unitLo[li]; i < t.unitLo[li+1]; i++ {
			if u := &t.units[i]; t.phraseWord(u) {
				ok[i] = true
				*tab.at(u.w)++
			}
		}
	}
	for li := t.bodyLo; li < len(t.lines); li++ {
		if !t.phraseLine(li) {
			continue
		}
		lo, hi := int(t.unitLo[li]), int(t.unitLo[li+1])
		for i := lo; i < hi; i++ {
			if !ok[i] || !t.units[i].first || tab.get(t.units[i].w) < 2 {
				continue
			}
			b := t.keyBuf[:0]
			words := 0
			for j := i; j < hi; j++ {
				u := &t.units[j]
				if u.first {
					if j > i && t.toks[u.tok].brk || words == bodyTopicWords {
						break
					}
					words++
				}
				if !ok[j] || tab.get(u.w) < 2 {
					break
				}
				if j > i {
					b = append(b, ' ')
				}
				b = append(b, u.w...)
				if u.last && words >= 2 {
					*tab.atBytes(b)++
				}
			}
			t.keyBuf = b
		}
		// A plain adjective that phraseStop keeps from a phrase's edge
		// ("new features", "big changes") makes one with the word after
		// it here, two words only: some are what a page is about
		// ("small businesses", "new businesses"), and the scorer tells.
		for i := lo; i+1 < hi; i++ {
			u, v := &t.units[i], &t.units[i+1]
			if !u.first || !u.last || !v.first || !v.last || !ok[i+1] || tab.get(v.w) < 2 {
				continue
			}
			tk := &t.toks[u.tok]
			if tk.shape != shLower || !phraseAdj[tk.low] || t.toks[v.tok].brk {
				continue
			}
			b := append(append(append(t.keyBuf[:0], u.w...), ' '), v.w...)
			*tab.atBytes(b)++
			t.keyBuf = b
		}
	}
	// The best by count times rarity; a phrase must come back (three
	// times for a word, twice for a phrase of several).
	best := t.phrases[:0]
	for key, n := range tab.all() {
		words := 1
		for i := 0; i < len(key); i++ {
			if key[i] == ' ' {
				words++
			}
		}
		if n < 3 && (words == 1 || n < 2) {
			continue
		}
		if t.subjOf(key) >= 0 {
			continue // the headline gives it, or a name
		}
		rare := 0.0
		for w := range strings.SplitSeq(key, " ") {
			rare = max(rare, t.idf(w))
		}
		score := float64(n) * rare * rare * (1 + 0.5*float64(words-1))
		best = append(best, bodyPhrase{key: key, n: int(n), score: score})
	}
	// Keep the best few, in a stable order (the table's is not).
	for i := 1; i < len(best); i++ {
		for j := i; j > 0 && better(best[j], best[j-1]); j-- {
			best[j], best[j-1] = best[j-1], best[j]
		}
	}
	t.phrases = best
	// The best bodyTopicMax, then up to bodyPhraseExtra phrases of
	// several words written three times or more: one word of a page's
	// trade ("server", "developer") outranks by its rarity alone a
	// phrase the page is about ("web development", "travel tips").
	added, extra := 0, 0
	for _, p := range best {
		if added == bodyTopicMax {
			if extra == bodyPhraseExtra {
				break
			}
			if p.n < 3 || strings.IndexByte(p.key, ' ') < 0 {
				continue
			}
		}
		// A word inside a phrase chosen already is the phrase's. A phrase
		// of several words holding a word chosen already is left out too,
		// unless it ends in a word of the headline and comes back: the
		// body's "sorghum yields" is what a headline's "Yields" means
		// (phraseOf), even when "sorghum" outranks it.
		headed := p.n >= compoundMin && t.headEnd(p.key)
		inside := false
		for _, q := range best[:added+extra] {
			inside = inside || containsWords(q.key, p.key) || containsWords(p.key, q.key) && !headed
		}
		if inside {
			continue
		}
		best[added+extra] = p
		if !t.headRun(p.key) {
			s := t.newSubj(p.key, nil)
			s.body = true
			s.tfidf = math.Log1p(p.score)
			t.register(p.key, len(t.subjs)-1)
		}
		if added < bodyTopicMax {
			added++
		} else {
			extra++
		}
	}
}

// headRun registers a body phrase of several words that the title or the
// dek writes as a run of whole words as the headline's phrase, and reports
// whether it did. Only a plain adjective (phraseAdj) keeps such a run from
// the headline's phrases, and in a compound the body writes in lower
// case it is no praise but part of the name of a kind of thing: "Small
// Business Guide" is about small businesses.
func (t *tagger) headRun(key string) bool {
	first, _, ok := strings.Cut(key, " ")
	if !ok || !phraseAdj[first] {
		return false
	}
	for li := range t.lines {
		f := t.lines[li].f
		if f != fTitle && f != fDek {
			continue
		}
		us := t.units[t.unitLo[li]:t.unitLo[li+1]]
		for i := range us {
			if !us[i].first || us[i].w != first {
				continue
			}
			j, rest := i, key
			for {
				w, more, _ := strings.Cut(rest, " ")
				if j >= len(us) || us[j].w != w || j > i && us[j].first && t.toks[us[j].tok].brk {
					break
				}
				if more == "" {
					if !us[j].last {
						break
					}
					edge := t.edge[:0]
					for k := range us {
						edge = append(edge, t.edgeStop(&us[k]))
					}
					t.edge = edge
					t.headPhrase([]byte(key), li, i, j, f)
					return true
				}
				j, rest = j+1, more
			}
		}
	}
	return false
}

// headEnd reports a phrase of several words whose last word the title or
// the dek writes.
func (t *tagger) headEnd(key string) bool {
	k := strings.LastIndexByte(key, ' ')
	return k > 0 && t.inHead.get(key[k+1:]) != 0
}

func better(a, b bodyPhrase) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	return a.key < b.key
}

// phraseLine reports a sentence of the body in sentence case.
func (t *tagger) phraseLine(li int) bool {
	ln := &t.lines[li]
	return ln.f == fBody && ln.kind == kCased && ln.prose
}

// phraseWord reports a unit of a lower-case word that may be part of a
// topic: no function word, contraction or lone letter (edgeStop's test,
// in the order cheapest first, as it runs on every word of the body).
func (t *tagger) phraseWord(u *unit) bool {
	tk := &t.toks[u.tok]
	if tk.shape != shLower || tk.apos || tk.lx.has(lxCalendar) || fewerRunes(u.w, 2) {
		return false
	}
	return !phraseStop[tk.low] && !(t.code == "" && t.isStop(tk.low))
}

// containsWords reports whether key a holds key b as whole words.
func containsWords(a, b string) bool {
	if len(b) > len(a) {
		return false
	}
	for i := 0; i+len(b) <= len(a); i++ {
		if a[i:i+len(b)] == b && (i == 0 || a[i-1] == ' ') && (i+len(b) == len(a) || a[i+len(b)] == ' ') {
			return true
		}
	}
	return false
}

// phraseAdj are the adjectives of phraseStop that open a body phrase of two
// words (bodyTopics).
var phraseAdj = set(`new big small good old`)
