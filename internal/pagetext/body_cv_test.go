package pagetext

import (
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestBodyCrossValidation asks whether a setting of the line classifier's
// third stage generalises or learns its pages: the even devset-wcxb pages
// are split by case number into MORGUE_CV_FOLDS parts (4 by default), and
// for each part the classifier's three stages are trained on the others
// with the devset, and the part's bodies are parsed and scored as the
// scorer scores them (mean body F1 over pages, bag of words), at several
// drop thresholds. Stage three gains on its own pages more than on the
// odd ones (README, Parser quality): a setting is chosen by these
// held-out figures, not by the training fit. By hand only (it trains the
// classifier three times a part, minutes each; half an hour on a loaded
// machine):
//
//	MORGUE_WCXB=../shared/devset-wcxb MORGUE_DEVSET=../shared/devset go test -run 'TestBodyCrossValidation$' -v -timeout 2h ./internal/pagetext
//
// At f37780c, four parts: no stage three 0.9448; as committed 0.9450
// (drop below -1, -0.5, 0, 0.5: 0.9450, 0.9454, 0.9450, 0.9406); 40
// rounds 0.9450, 80 at rate 0.05 0.9455 (both with two more features,
// branch body12-features), depth 2 and 120 rounds or leaves of 30 within
// 0.0003 of committed in two parts. Every setting is within 0.0007 of
// every other: stage three's settings are not what the held-out figure
// waits on, while stages one and two, trained on three quarters of the
// even pages, score 0.945 on the fourth against 0.955 on their own.
func TestBodyCrossValidation(t *testing.T) {
	even, extra := cvSets(t, "classifiers")
	folds := cvFoldCount()
	settings := []struct {
		name  string
		boost boostParams
		zero  []refineFeature // features left out (set to zero)
	}{
		{"no stage three", boostParams{}, nil},
		{"as committed", refineBoost, nil},
		{"40 rounds", boostParams{rounds: 40, depth: 4, rate: 0.1, lambda: 1, minHess: 2, maxBins: 32}, nil},
		{"rate 0.05", boostParams{rounds: 80, depth: 4, rate: 0.05, lambda: 1, minHess: 2, maxBins: 32}, nil},
		{"depth 2, 120 rounds", boostParams{rounds: 120, depth: 2, rate: 0.1, lambda: 1, minHess: 2, maxBins: 32}, nil},
		{"leaves of 30", boostParams{rounds: 80, depth: 4, rate: 0.1, lambda: 1, minHess: 30, maxBins: 32}, nil},
	}
	// A drop threshold t is the forest's base less t.
	drops := []float32{-1, -0.5, 0, 0.5}
	type score struct{ f1, p, r float64 }
	sums := make([][]score, len(settings))
	for s := range sums {
		sums[s] = make([]score, len(drops))
	}
	n := 0
	for k := range folds {
		train, held := cvFold(even, folds, k)
		pages := trainPages(append(train, extra...))
		b1, b2 := trainClassifier(pages, func(string, ...any) {})
		b1.compile()
		b2.compile()
		rows, ys, ws := refinerRows(pages, foldModels(pages))
		for s, st := range settings {
			var b3 forest
			if st.boost.rounds > 0 {
				use := rows
				if st.zero != nil {
					use = make([][]float32, len(rows))
					for r, row := range rows {
						use[r] = slices.Clone(row)
						for _, f := range st.zero {
							use[r][int(numLineFeatures)+int(numContextFeatures)+int(f)] = 0
						}
					}
				}
				b3 = boostLogistic(use, ys, ws, len(body3Names), st.boost)
			}
			for d, drop := range drops {
				if st.boost.rounds == 0 && d > 0 {
					break
				}
				m := &model{body1: b1, body2: b2, title: trained().title, body3: b3}
				m.body3.base -= drop
				m.body3.compile()
				for _, c := range held {
					p, r, f := bodyScore(parsedBody(m, c.Text), c.Body)
					sums[s][d].f1, sums[s][d].p, sums[s][d].r = sums[s][d].f1+f, sums[s][d].p+p, sums[s][d].r+r
				}
			}
		}
		n += len(held)
		t.Logf("fold %d of %d done", k+1, folds)
	}
	for s, st := range settings {
		for d, drop := range drops {
			if st.boost.rounds == 0 && d > 0 {
				break
			}
			sc := sums[s][d]
			t.Logf("%-24s drop below %4.1f: held out F1 %.4f P %.4f R %.4f", st.name, drop, sc.f1/float64(n), sc.p/float64(n), sc.r/float64(n))
		}
	}
}

// cvFoldCount is MORGUE_CV_FOLDS, the number of parts the even pages
// are split in for cross-validation: 4 unless it names 2 or more.
func cvFoldCount() int {
	if n, err := strconv.Atoi(os.Getenv("MORGUE_CV_FOLDS")); err == nil && n >= 2 {
		return n
	}
	return 4
}

// cvFold splits the cases into part k of folds, by case number, and the
// rest.
func cvFold(cases []TrainCase, folds, k int) (train, held []TrainCase) {
	for _, c := range cases {
		if n, _ := strconv.Atoi(c.Name); n/2%folds == k {
			held = append(held, c)
		} else {
			train = append(train, c)
		}
	}
	return train, held
}

// bodyScore is the scorer's body precision, recall and F1: bags of the
// folded words of the parsed body and the truth, counts kept.
func bodyScore(got, want string) (p, r, f1 float64) {
	count := func(s string) map[string]int {
		m := make(map[string]int)
		for _, w := range tokensOf(fold(strings.ReplaceAll(s, "_", " "))) {
			m[w]++
		}
		return m
	}
	g, w := count(got), count(want)
	var overlap, ng, nw int
	for k, c := range g {
		ng += c
		overlap += min(c, w[k])
	}
	for _, c := range w {
		nw += c
	}
	if ng > 0 {
		p = float64(overlap) / float64(ng)
	}
	if nw > 0 {
		r = float64(overlap) / float64(nw)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

// parsedBody is the body of a parse with model m; "" when the page has no
// headline, as the parse then fails.
func parsedBody(m *model, text []byte) string {
	if len(strings.TrimSpace(string(text))) == 0 {
		return ""
	}
	p := parseWith(text, m)
	if p.title < 0 {
		return ""
	}
	return p.art.Body
}

// TestBodyScoreCountsAsTheScorer checks bodyScore on made-up bodies:
// words are folded (case, width, punctuation) and counted with repeats.
func TestBodyScoreCountsAsTheScorer(t *testing.T) {
	p, r, f1 := bodyScore("## The cat sat.\n\nThe dog", "the CAT sat on the ｍａｔ")
	// Parsed: the cat sat the dog (5); truth: the cat sat on the mat (6);
	// shared: the, the, cat, sat.
	if p != 0.8 || r != 4.0/6 || f1 < 0.727 || f1 > 0.728 {
		t.Errorf("bodyScore = %.3f %.3f %.3f, want 0.800 0.667 0.727", p, r, f1)
	}
	if p, r, f1 := bodyScore("", "words"); p != 0 || r != 0 || f1 != 0 {
		t.Errorf("an empty body scores %.3f %.3f %.3f, want zeros", p, r, f1)
	}
}

// TestLineClassifierCrossValidation is TestBodyCrossValidation for the
// settings of stages one and two, in two halves, scored without stage
// three (its part is a tenth of theirs). By hand only, with the same
// variables. At f37780c: as committed 0.9444, 80 rounds 0.9433, depth 3
// and 240 rounds 0.9445, leaves of 20 0.9439: the forest's size is not
// what the held-out figure waits on either.
func TestLineClassifierCrossValidation(t *testing.T) {
	even, extra := cvSets(t, "classifiers")
	half := cvHalves(even)
	settings := []struct {
		name  string
		boost boostParams
	}{
		{"as committed", defaultBoost},
		{"80 rounds", boostParams{rounds: 80, depth: 4, rate: 0.1, lambda: 1, minHess: 2, maxBins: 32}},
		{"depth 3, 240 rounds", boostParams{rounds: 240, depth: 3, rate: 0.1, lambda: 1, minHess: 2, maxBins: 32}},
		{"leaves of 20", boostParams{rounds: 160, depth: 4, rate: 0.1, lambda: 1, minHess: 20, maxBins: 32}},
	}
	defer func(b boostParams) { defaultBoost = b }(defaultBoost)
	var pages [2][]*trainPage
	for k := range 2 {
		pages[k] = trainPages(append(append([]TrainCase{}, half[1-k]...), extra...))
	}
	for _, st := range settings {
		defaultBoost = st.boost
		var f1, p, r float64
		titles, n := 0, 0
		for k := range 2 {
			b1, b2 := trainClassifier(pages[k], func(string, ...any) {})
			m := &model{body1: b1, body2: b2, title: trained().title}
			m.body1.compile()
			m.body2.compile()
			for _, c := range half[k] {
				pg := parseWith(c.Text, m)
				body := ""
				if pg.title >= 0 {
					body = pg.art.Body
					if fold(pg.lines[pg.title].text) == fold(c.Title) {
						titles++
					}
				}
				pp, rr, ff := bodyScore(body, c.Body)
				f1, p, r = f1+ff, p+pp, r+rr
				n++
			}
		}
		t.Logf("%-24s held out F1 %.4f P %.4f R %.4f, headlines %d of %d", st.name, f1/float64(n), p/float64(n), r/float64(n), titles, n)
	}
}
