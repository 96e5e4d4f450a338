package pagetext

import (
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestFeatureCrossValidation asks whether a line feature helps the line
// classifier's first two stages on pages they did not learn from: the
// even devset-wcxb pages are split by case number into MORGUE_CV_FOLDS
// parts (4 by default), and for each part stages one and two are trained
// on the others with the devset, once for each setting of
// MORGUE_CV_FEATURES, and the part's bodies are parsed without stage
// three and scored as the scorer scores them. A setting names the line
// features it trains without (set to zero on every line), parted by ",";
// settings are parted by ";", and "-" is the whole vector. A new feature
// is judged by "-" against a setting without it; the held-out F1 moves by
// some 0.003 when one page out of 291 changes its run, so a feature
// earns its place by more than that. MORGUE_CV_OUT writes each page's
// held-out F1 by setting, MORGUE_CV_DUMP the first setting's lines kept
// against their labels (+) or left out against them (-). By hand only
// (each setting trains stages one and two four times a part; some ten
// minutes a setting on a loaded machine):
//
//	MORGUE_WCXB=../shared/devset-wcxb MORGUE_DEVSET=../shared/devset MORGUE_CV_FEATURES='-;templated,in_cycle' go test -run 'TestFeatureCrossValidation$' -v -timeout 3h ./internal/pagetext
func TestFeatureCrossValidation(t *testing.T) {
	even, extra := cvSets(t, "classifiers")
	folds := cvFoldCount()
	spec := os.Getenv("MORGUE_CV_FEATURES")
	if spec == "" {
		spec = "-"
	}
	type setting struct {
		name string
		zero []feature
	}
	var settings []setting
	for s := range strings.SplitSeq(spec, ";") {
		st := setting{name: s}
		for name := range strings.SplitSeq(s, ",") {
			if name == "-" {
				continue
			}
			f := slices.Index(lineFeatureNames[:], name)
			if f < 0 {
				t.Fatalf("MORGUE_CV_FEATURES: no line feature %q", name)
			}
			st.zero = append(st.zero, feature(f))
		}
		settings = append(settings, st)
	}
	type score struct{ f1, p, r float64 }
	sums := make([]score, len(settings))
	perPage := make([]map[string]float64, len(settings))
	for s := range perPage {
		perPage[s] = make(map[string]float64)
	}
	var dump *strings.Builder
	if os.Getenv("MORGUE_CV_DUMP") != "" {
		dump = &strings.Builder{}
		defer func() {
			if err := os.WriteFile(os.Getenv("MORGUE_CV_DUMP"), []byte(dump.String()), 0o644); err != nil {
				t.Error(err)
			}
		}()
	}
	n := 0
	for k := range folds {
		train, held := cvFold(even, folds, k)
		pages := trainPages(append(train, extra...))
		orig := make([][]lineVec, len(pages))
		for i, tp := range pages {
			orig[i] = slices.Clone(tp.p.vecs)
		}
		for s, st := range settings {
			for i, tp := range pages {
				copy(tp.p.vecs, orig[i])
				for r := range tp.p.vecs {
					for _, f := range st.zero {
						tp.p.vecs[r][f] = 0
					}
				}
			}
			b1, b2 := trainClassifier(pages, func(string, ...any) {})
			b1.compile()
			b2.compile()
			m := &model{body1: b1, body2: b2, title: trained().title}
			for _, c := range held {
				if dump != nil && s == 0 {
					dumpErrors(dump, m, c)
				}
				p, r, f := bodyScore(parsedBody(m, c.Text), c.Body)
				sums[s].f1, sums[s].p, sums[s].r = sums[s].f1+f, sums[s].p+p, sums[s].r+r
				perPage[s][c.Name] = f
			}
		}
		n += len(held)
		t.Logf("fold %d of %d done", k+1, folds)
	}
	for s, st := range settings {
		sc := sums[s]
		t.Logf("%-40s held out F1 %.4f P %.4f R %.4f", st.name, sc.f1/float64(n), sc.p/float64(n), sc.r/float64(n))
	}
	if out := os.Getenv("MORGUE_CV_OUT"); out != "" {
		var b strings.Builder
		for s, st := range settings {
			for name, f := range perPage[s] {
				b.WriteString(st.name + "\t" + name + "\t" + strconv.FormatFloat(f, 'f', 4, 64) + "\n")
			}
		}
		if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// dumpErrors writes the lines of case c that model m keeps against its
// labels (+) or leaves out against them (-), with the lines around.
func dumpErrors(b *strings.Builder, m *model, c TrainCase) {
	if len(strings.TrimSpace(string(c.Text))) == 0 {
		return
	}
	pg := parseWith(c.Text, m)
	y, _ := bodyLabels(pg.lines, c)
	cut := func(s string) string {
		if len(s) > 90 {
			return s[:90]
		}
		return s
	}
	for i, ln := range pg.lines {
		if y[i] < 0 || pg.keep == nil || (y[i] == 1) == pg.keep[i] {
			continue
		}
		mark := "+"
		if y[i] == 1 {
			mark = "-"
		}
		prev, next := "", ""
		if i > 0 {
			prev = pg.lines[i-1].text
		}
		if i+1 < len(pg.lines) {
			next = pg.lines[i+1].text
		}
		b.WriteString(c.Name + "\t" + mark + "\t" + strconv.Itoa(pg.lines[i].words) + "\t" + strconv.Itoa(i) + "/" + strconv.Itoa(len(pg.lines)) + "\t" + cut(ln.text) + "\t|< " + cut(prev) + "\t|> " + cut(next) + "\n")
	}
}
