package tagger_test

import (
	"bytes"
	"fmt"
	"go/format"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/importer"
	"github.com/morgue-archive/morgue/internal/tagger"
)

// TestTrainScorer fits the scorer and writes scorer_weights.go and
// docfreq_gen.go. It runs only when asked (`make train-tagger` sets
// MORGUE_TRAIN=1 and MORGUE_SHARED to the folder of the dev sets): CI and
// `make test` use the committed tables and never refit them.
//
// The word rarity table counts, for every word, the pages that hold it
// among the dev pages the tagger may learn from: devset, devset-ml and the
// cases of devset-wcxb with an even number. The scorer is a logistic
// regression fitted by Newton's method, with an L2 penalty, on the
// candidates of the labelled pages with an even case number: a candidate
// whose name matches a core or an "also" subject of its page (as
// TestWCXBTags matches tags) is a positive example, core subjects counting
// twice. The odd cases are never read here.
//
// MORGUE_TRAIN=cv writes nothing: it cross-validates the scorer on the even
// cases (crossValidate) and prints the table, so a refit's L2 penalty and
// its thresholds are chosen on pages the weights were not fitted on.
//
// MORGUE_TRAIN=only:f1,f2 fits the weights of the named features alone, the
// committed weights of every other feature held as they are (trainOnly), and
// rewrites scorer_weights.go with those only changed: a new feature is
// weighed without moving what the committed table already does well, as a
// whole refit does (it moves every weight, and tags and misses others).
func TestTrainScorer(t *testing.T) {
	if os.Getenv("MORGUE_TRAIN") == "" {
		t.Skip("MORGUE_TRAIN is not set (make train-tagger sets it)")
	}
	shared := os.Getenv("MORGUE_SHARED")
	if shared == "" {
		t.Fatal("MORGUE_SHARED names no folder of dev sets")
	}
	wcxb := filepath.Join(shared, "devset-wcxb")

	// MORGUE_TRAIN=body refits the weights of the body's phrases only,
	// with the committed word rarity table and scorer; cv refits nothing.
	bodyOnly := os.Getenv("MORGUE_TRAIN") == "body"
	cv := os.Getenv("MORGUE_TRAIN") == "cv"
	only, hasOnly := strings.CutPrefix(os.Getenv("MORGUE_TRAIN"), "only:")

	// Word rarity.
	var pages []string
	for _, set := range []string{"devset", "devset-ml", "devset-wcxb"} {
		files, err := filepath.Glob(filepath.Join(shared, set, "*.txt"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no pages in %s: %v", set, err)
		}
		for _, f := range files {
			if set == "devset-wcxb" && !evenCase(strings.TrimSuffix(filepath.Base(f), ".txt")) {
				continue
			}
			pages = append(pages, f)
		}
	}
	df := map[string]int{}
	for _, f := range pages {
		data, err := importer.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range tagger.DocWords(string(data)) {
			df[w]++
		}
	}
	table := map[string]uint16{}
	for w, n := range df {
		if n >= minDocFreq {
			table[w] = uint16(min(n, math.MaxUint16))
		}
	}
	if !bodyOnly && !cv && !hasOnly {
		tagger.SetDocFreq(table, len(pages))
		writeDocFreq(t, table, len(pages))
	}

	// Examples.
	labels := readLabels(t)
	// The headline's phrases and the names make one set of examples, the
	// body's phrases (feature "body") another, each with its own weights.
	var xs, bxs [][]float64
	var ys, ws, bys, bws []float64
	pos, bpos := 0, 0
	body := slices.Index(tagger.FeatureNames, "body")
	var folds [2][]*cvPage
	ids := slices.Sorted(maps.Keys(labels))
	for _, id := range ids {
		l := labels[id]
		if !evenCase(id) {
			continue
		}
		path := filepath.Join(wcxb, id+".txt")
		data, err := importer.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		a, _, err := importer.ParseFile(path, data)
		if err != nil {
			continue
		}
		page := &cvPage{a: a, l: l, first: len(xs)}
		for _, s := range tagger.Subjects(a) {
			y, w := 0.0, 1.0
			for _, c := range l.core {
				if c.matches(s.Name) {
					y, w = 1, 2
				}
			}
			for _, c := range l.also {
				if y == 0 && c.matches(s.Name) {
					y = 1
				}
			}
			if s.X[body] != 0 {
				if y == 1 {
					bpos++
				}
				bxs, bys, bws = append(bxs, s.X), append(bys, y), append(bws, w)
				continue
			}
			if y == 1 {
				pos++
			}
			xs, ys, ws = append(xs, s.X), append(ys, y), append(ws, w)
		}
		page.end = len(xs)
		// Cases 0252, 0256, ... make one fold, 0250, 0254, ... the other.
		n, err := strconv.Atoi(id)
		if err != nil {
			t.Fatalf("case %q: %v", id, err)
		}
		folds[n%4/2] = append(folds[n%4/2], page)
	}
	if len(xs) == 0 || len(bxs) == 0 {
		t.Fatal("no examples")
	}
	if cv {
		crossValidate(t, folds, xs, ys, ws)
		return
	}
	if hasOnly {
		trainOnly(t, only, folds, xs, ys, ws, pos)
		return
	}
	if !bodyOnly {
		w := fitLogistic(xs, ys, ws, 1.0)
		t.Logf("%d examples, %d positive, from the even cases", len(xs), pos)
		writeWeights(t, "scorer_weights.go", "scorerWeights", "the scorer's weights, one per feature (scorer.go)", w)
	}
	bw := fitLogistic(bxs, bys, bws, 1.0)
	t.Logf("%d examples of body phrases, %d positive", len(bxs), bpos)
	writeWeights(t, "body_weights.go", "bodyWeights", "the scorer's weights for the body's phrases (bodytopics.go)", bw)
}

// minDocFreq is the fewest pages a word must be on to be in the table.
const minDocFreq = 3

func evenCase(id string) bool { return id != "" && (id[len(id)-1]-'0')%2 == 0 }

// fitLogistic fits weights by Newton's method: y in {0, 1}, each example
// weighted, an L2 penalty l2 on every weight but the first (the bias).
func fitLogistic(xs [][]float64, ys, ws []float64, l2 float64) []float64 {
	free := make([]int, len(xs[0]))
	for i := range free {
		free[i] = i
	}
	return fitFree(xs, ys, ws, l2, make([]float64, len(xs[0])), free)
}

// fitFree fits, as fitLogistic, the weights w[free] only, every other
// weight of w held where it is; it returns the new weights.
func fitFree(xs [][]float64, ys, ws []float64, l2 float64, w0 []float64, free []int) []float64 {
	w := slices.Clone(w0)
	d := len(free)
	for it := 0; it < 50; it++ {
		g := make([]float64, d)
		h := make([][]float64, d)
		for i := range h {
			h[i] = make([]float64, d)
		}
		for k, x := range xs {
			z := 0.0
			for i := range x {
				z += w[i] * x[i]
			}
			p := 1 / (1 + math.Exp(-z))
			e, v := (p-ys[k])*ws[k], p*(1-p)*ws[k]
			for a, i := range free {
				if x[i] == 0 {
					continue
				}
				g[a] += e * x[i]
				for b, j := range free {
					h[a][b] += v * x[i] * x[j]
				}
			}
		}
		for a, i := range free {
			if i == 0 {
				h[a][a] += 1e-6
				continue
			}
			g[a] += l2 * w[i]
			h[a][a] += l2
		}
		step := solve(h, g)
		big := 0.0
		for a, i := range free {
			w[i] -= step[a]
			big = max(big, math.Abs(step[a]))
		}
		if big < 1e-7 {
			break
		}
	}
	return w
}

// trainOnly fits the weights of the features named in list (commas apart)
// on the examples, the committed weights of the others held, and rewrites
// scorer_weights.go. It prints first what the fit does on pages it was not
// fitted on: fitted on one fold of the even cases, the other fold tagged
// with it, both ways round, beside the committed weights on the same pages
// (a feature that helps only the pages it was fitted on shows here, before
// the odd cases are looked at).
func trainOnly(t *testing.T, list string, folds [2][]*cvPage, xs [][]float64, ys, ws []float64, pos int) {
	var free []int
	for name := range strings.SplitSeq(list, ",") {
		i := slices.Index(tagger.FeatureNames, strings.TrimSpace(name))
		if i < 0 {
			t.Fatalf("no feature %q (%v)", name, tagger.FeatureNames)
		}
		free = append(free, i)
	}
	committed := tagger.ScorerWeights()
	defer tagger.SetScorerWeights(committed)
	var held, before score
	for k := range folds {
		var x [][]float64
		var y, w []float64
		for _, p := range folds[1-k] {
			x = append(x, xs[p.first:p.end]...)
			y = append(y, ys[p.first:p.end]...)
			w = append(w, ws[p.first:p.end]...)
		}
		fitted := fitFree(x, y, w, 1.0, committed, free)
		for _, p := range folds[k] {
			tagger.SetScorerWeights(committed)
			before.add(tagger.Tags(p.a), p.l)
			tagger.SetScorerWeights(fitted)
			held.add(tagger.Tags(p.a), p.l)
		}
	}
	t.Logf("held-out even folds: committed %d/%d tags right, %d/%d core found; fitting %s: %d/%d, %d/%d",
		before.good, before.tags, before.found, before.core, list, held.good, held.tags, held.found, held.core)
	w := fitFree(xs, ys, ws, 1.0, committed, free)
	t.Logf("%d examples, %d positive, from the even cases; only %s fitted", len(xs), pos, list)
	writeWeights(t, "scorer_weights.go", "scorerWeights", "the scorer's weights, one per feature (scorer.go)", w)
}

// solve solves a x = b by Gaussian elimination with partial pivoting.
func solve(a [][]float64, b []float64) []float64 {
	n := len(b)
	m := make([][]float64, n)
	for i := range a {
		m[i] = append(append([]float64(nil), a[i]...), b[i])
	}
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		m[c], m[p] = m[p], m[c]
		if math.Abs(m[c][c]) < 1e-12 {
			continue
		}
		for r := 0; r < n; r++ {
			if r == c {
				continue
			}
			f := m[r][c] / m[c][c]
			for k := c; k <= n; k++ {
				m[r][k] -= f * m[c][k]
			}
		}
	}
	x := make([]float64, n)
	for i := range x {
		if math.Abs(m[i][i]) >= 1e-12 {
			x[i] = m[i][n] / m[i][i]
		}
	}
	return x
}

func writeWeights(t *testing.T, file, name, doc string, w []float64) {
	var b bytes.Buffer
	b.WriteString("// Code generated by TestTrainScorer (make train-tagger); DO NOT EDIT.\n\npackage tagger\n\n")
	fmt.Fprintf(&b, "// %s are %s.\n", name, doc)
	fmt.Fprintf(&b, "var %s = [numFeatures]float64{\n", name)
	for i, v := range w {
		fmt.Fprintf(&b, "\t%.4f, // %s\n", v, tagger.FeatureNames[i])
		t.Logf("%-13s %-10s %+.3f", name, tagger.FeatureNames[i], v)
	}
	b.WriteString("}\n")
	writeGo(t, file, b.Bytes())
}

func writeDocFreq(t *testing.T, table map[string]uint16, pages int) {
	writeGo(t, "docfreq_gen.go", tagger.DocFreqSource(table, pages))
	t.Logf("word rarity: %d words on %d pages", len(table), pages)
}

func writeGo(t *testing.T, name string, src []byte) {
	out, err := format.Source(src)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if err := os.WriteFile(name, out, 0o644); err != nil {
		t.Fatal(err)
	}
}

// cvPage is a labelled page of the cross-validation, with its candidates'
// examples xs[first:end] (the body's phrases left out: their weights are
// fitted apart and are not varied).
type cvPage struct {
	a          article.Article
	l          *labelled
	first, end int
}

// crossValidate fits the scorer on one fold of the even cases and tags the
// other with it, both ways round, for each L2 penalty and each shift of the
// thresholds, and prints the summed precision and recall of the two
// held-out folds. A threshold shift is a shift of the weights: of the bias
// (every name and headline phrase), and of the weight of "one word" (a
// single word against a longer name, the two kinds the rules hold to
// different thresholds); +0.25 near a probability of 0.7 lets in what
// scored about 0.05 under a threshold.
// The committed weights are printed beside, tagging all even cases with
// the same shifts: they were fitted on those pages, so theirs is no held-out
// figure and is there to show how far a refit is from them on the pages
// it learnt from.
func crossValidate(t *testing.T, folds [2][]*cvPage, xs [][]float64, ys, ws []float64) {
	oneWord := slices.Index(tagger.FeatureNames, "oneWord")
	committed := tagger.ScorerWeights()
	defer tagger.SetScorerWeights(committed)
	examples := func(pages []*cvPage) (x [][]float64, y, w []float64) {
		for _, p := range pages {
			x = append(x, xs[p.first:p.end]...)
			y = append(y, ys[p.first:p.end]...)
			w = append(w, ws[p.first:p.end]...)
		}
		return x, y, w
	}
	tagWith := func(w []float64, bias, one float64, pages []*cvPage) score {
		w = slices.Clone(w)
		w[0] += bias
		w[oneWord] += one
		tagger.SetScorerWeights(w)
		var s score
		for _, p := range pages {
			s.add(tagger.Tags(p.a), p.l)
		}
		return s
	}
	all := append(slices.Clone(folds[0]), folds[1]...)
	t.Logf("cross-validation, 2 folds of %d and %d even cases: precision / recall of the held-out folds; committed weights on all even cases", len(folds[0]), len(folds[1]))
	for _, l2 := range []float64{0.3, 1, 3} {
		var fitted [2][]float64
		for k := range folds {
			x, y, w := examples(folds[1-k])
			fitted[k] = fitLogistic(x, y, w, l2)
		}
		for _, bias := range []float64{-0.5, -0.25, 0, 0.25, 0.5} {
			for _, one := range []float64{-0.25, 0, 0.25, 0.5} {
				var held score
				for k := range folds {
					held = held.plus(tagWith(fitted[k], bias, one, folds[k]))
				}
				c := tagWith(committed, bias, one, all)
				t.Logf("L2 %-4v bias %+.2f one word %+.2f: %.3f / %.3f   committed %.3f / %.3f",
					l2, bias, one, held.precision(), held.recall(), c.precision(), c.recall())
			}
		}
	}
}

// TestFitFreeHoldsOthers checks the fit of some weights alone (MORGUE_TRAIN=
// only:…): the weights not named stay exactly as given, and a weight fitted
// beside the others' optimum lands on its own share of that optimum, as a
// whole fit puts it, so only the free weights move and they move to where
// the data puts them given the rest.
func TestFitFreeHoldsOthers(t *testing.T) {
	// Made-up examples: a bias, two features, labels from a fixed rule
	// with some noise, weighted as the trainer weighs core subjects.
	var xs [][]float64
	var ys, ws []float64
	for i := range 200 {
		a, b := float64(i%7)/6, float64(i%5)/4
		y := 0.0
		if 2*a-b+0.3*float64(i%3-1) > 0.5 {
			y = 1
		}
		xs = append(xs, []float64{1, a, b})
		ys = append(ys, y)
		ws = append(ws, 1+y)
	}
	whole := fitLogistic(xs, ys, ws, 1)
	start := slices.Clone(whole)
	start[2] = 0
	got := fitFree(xs, ys, ws, 1, start, []int{2})
	if got[0] != whole[0] || got[1] != whole[1] {
		t.Errorf("held weights moved: %v, want %v", got[:2], whole[:2])
	}
	if math.Abs(got[2]-whole[2]) > 1e-6 {
		t.Errorf("free weight %v, want %v (the whole fit's)", got[2], whole[2])
	}
	if math.Abs(whole[2]) < 0.1 {
		t.Errorf("the made-up data give the free feature no weight (%v): no test", whole[2])
	}
}
