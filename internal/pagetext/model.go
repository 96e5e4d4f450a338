package pagetext

import (
	"math"
	"sync"
)

// The body is chosen by a line classifier in two stages, both boosted
// trees over named features (features.go, trees.go):
//
//   - stage one weighs each line's own features and those of its
//     neighbours;
//   - stage two adds what stage one thought of the lines around it
//     (contextFeature): a short line between two paragraphs it kept is a
//     subheading, a paragraph-looking line far below the story in a run
//     of rejected lines is a teaser.
//
// The headline is then the best of the candidate lines by a third score
// (titlefeatures.go), trained as a ranker. The trees are learned offline
// from the dev sets by `morgue train` and committed as a generated table
// (weights_gen.go) of questions on named features, and the explain tool
// prints each feature's share of a decision.

// contextFeature names a position in stage two's extra features.
type contextFeature int

const (
	cSelf       contextFeature = iota // stage one's logit for the line
	cPrev                             // stage one's probability for the line above
	cNext                             // and below
	cPrev2                            // two lines above
	cNext2                            // two lines below
	cWin3                             // mean probability within three lines
	cWin10                            // within ten lines
	cRun                              // inside the best run of kept lines
	cAboveFirst                       // above the first sure line of the body
	cBelowLast                        // below the last sure line
	cBlockMax                         // the best probability in its block
	numContextFeatures
)

var contextFeatureNames = [numContextFeatures]string{
	"s1", "s1_prev", "s1_next", "s1_prev2", "s1_next2", "s1_win3", "s1_win10", "s1_run",
	"s1_above_first", "s1_below_last", "s1_block_max",
}

func (f contextFeature) String() string { return contextFeatureNames[f] }

// ctxVec is one line's stage-two extra features.
type ctxVec [numContextFeatures]float32

// model holds the three scores.
type model struct {
	body1 forest // over lineVec
	body2 forest // over lineVec followed by ctxVec
	body3 forest // over lineVec, ctxVec and refineFeature (refine.go): the zone's lines only
	title forest // over titleVec
}

// body2Names are the names of stage two's inputs.
var body2Names = append(append([]string{}, lineFeatureNames[:]...), contextFeatureNames[:]...)

// trained is the model of weights_gen.go, made on the first parse:
// resolving and compiling its trees takes 0.5 MB and a few milliseconds
// that the commands which never parse (serve, help) need not pay.
var trained = sync.OnceValue(func() *model {
	return &model{
		body1: loadForest(body1Base, nil, body1Trees, lineFeatureNames[:]),
		body2: loadForest(body2Base, nil, body2Trees, body2Names),
		body3: loadForest(body3Base, nil, body3Trees, body3Names),
		title: loadForest(titleBase, titleLinear, titleTrees, titleFeatureNames[:]),
	}
})

func sigmoid(z float32) float32 {
	return float32(1 / (1 + math.Exp(-float64(z))))
}

// stageOne returns every line's stage-one logit.
func (m *model) stageOne(vecs []lineVec) []float32 {
	return m.body1.scoreAll(len(vecs), func(i int) []float32 { return vecs[i][:] })
}

// contextOf computes stage two's extra features from stage one's logits.
func contextOf(lines []line, z []float32) []ctxVec {
	n := len(z)
	p := make([]float32, n)
	cum := make([]float32, n+1)
	first, last := -1, -1
	for i := range z {
		p[i] = sigmoid(z[i])
		cum[i+1] = cum[i] + p[i]
		if p[i] > 0.8 {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	mean := func(i, w int) float32 {
		lo, hi := max(0, i-w), min(n, i+w+1)
		return (cum[hi] - cum[lo]) / float32(hi-lo)
	}
	// The best run: the stretch whose lines' (p - 1/2) sums highest (a
	// maximum-sum subarray, as in body.go), a likely line weighted by its
	// length and an unlikely one not: pictures and their captions between
	// two paragraphs cost less than the paragraphs bring, a long list of
	// links below the story more.
	bestSum, bestS, bestE := float32(0), 0, 0
	var sum float32
	start := 0
	for i := range n {
		w := float32(1)
		if p[i] > 0.5 {
			w = float32(log1pInt(lines[i].runes))
		}
		sum += (p[i] - 0.5) * w
		if sum <= 0 {
			sum, start = 0, i+1
			continue
		}
		if sum > bestSum {
			bestSum, bestS, bestE = sum, start, i+1
		}
	}
	blockMax := make([]float32, blockCount(lines))
	for i := range n {
		if b := lines[i].block; p[i] > blockMax[b] {
			blockMax[b] = p[i]
		}
	}
	at := func(i int) float32 {
		if i < 0 || i >= n {
			return 0
		}
		return p[i]
	}
	out := make([]ctxVec, n)
	for i := range n {
		c := &out[i]
		c[cSelf] = clamp(z[i]/5, -2, 2)
		c[cPrev], c[cNext], c[cPrev2], c[cNext2] = at(i-1), at(i+1), at(i-2), at(i+2)
		c[cWin3], c[cWin10] = mean(i, 3), mean(i, 10)
		c[cRun] = b2f(i >= bestS && i < bestE)
		c[cAboveFirst] = b2f(first < 0 || i < first)
		c[cBelowLast] = b2f(first < 0 || i > last)
		c[cBlockMax] = blockMax[lines[i].block]
	}
	return out
}

// blockCount is the number of blocks the lines' block numbers index:
// slices by block are cheaper than maps.
func blockCount(lines []line) int {
	n := 0
	for i := range lines {
		n = max(n, lines[i].block+1)
	}
	return n
}

func clamp(x, lo, hi float32) float32 {
	return max(lo, min(hi, x))
}

// stageTwo returns every line's stage-two logit.
func (m *model) stageTwo(vecs []lineVec, ctx []ctxVec) []float32 {
	var x [int(numLineFeatures) + int(numContextFeatures)]float32
	return m.body2.scoreAll(len(vecs), func(i int) []float32 {
		copy(x[:], vecs[i][:])
		copy(x[numLineFeatures:], ctx[i][:])
		return x[:]
	})
}
