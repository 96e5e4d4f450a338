package tagger

import "github.com/morgue-archive/morgue/internal/article"

// What the trainer (train_test.go, package tagger_test) needs from inside.

// Subject is a candidate subject with its features, as the scorer sees it.
type Subject struct {
	Name, Key string
	X         []float64
	P         float64
}

// FeatureNames names the features, in order.
var FeatureNames = featureNames[:]

// Subjects returns every candidate the scorer weighs for a, or nil when a
// is not tagged by the scorer (not English, no cased text).
func Subjects(a article.Article) []Subject {
	t := pool.Get().(*tagger)
	defer func() {
		t.reset()
		pool.Put(t)
	}()
	if dominantScript(a) != scCased {
		return nil
	}
	t.read(a)
	if t.cased == 0 {
		return nil
	}
	t.resolve(a)
	t.pick()
	if t.code != "en" && t.code != "" || t.cased < minScoredWords {
		return nil
	}
	t.rank(a)
	out := make([]Subject, 0, len(t.subjs))
	for i := range t.subjs {
		s := &t.subjs[i]
		out = append(out, Subject{Name: t.display(s), Key: s.key, X: append([]float64(nil), s.x[:]...), P: s.p})
	}
	return out
}

// ScorerWeights returns a copy of the scorer's weights, and
// SetScorerWeights replaces them (for cross-validation: tests never
// change them).
func ScorerWeights() []float64 { return append([]float64(nil), scorerWeights[:]...) }

func SetScorerWeights(w []float64) { copy(scorerWeights[:], w) }

// SetDocFreq replaces the word rarity table.
func SetDocFreq(m map[string]uint16, pages int) { setDocFreq(m, pages) }

// DocFreqSource is docfreq_gen.go for a table.
func DocFreqSource(table map[string]uint16, pages int) []byte { return docFreqSource(table, pages) }

// DocWords returns the distinct words of an English text as the scorer
// folds them.
func DocWords(text string) []string {
	t := pool.Get().(*tagger)
	defer func() {
		t.reset()
		pool.Put(t)
	}()
	t.code = "en"
	t.addField(unescape(text), fBody, 1)
	for i := range t.lines {
		ln := &t.lines[i]
		ln.toks = t.toks[ln.lo:ln.hi:ln.hi]
	}
	t.buildUnits()
	seen := map[string]bool{}
	var out []string
	for _, u := range t.units {
		if !seen[u.w] {
			seen[u.w] = true
			out = append(out, u.w)
		}
	}
	return out
}
