package pagetext

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Training: `morgue train` reads dev pages with their truth (the headline,
// the body text, or snippets the body must and must not hold), labels every
// line of each page by matching the truth text against it, and fits the
// three linear scores of model.go. Each page is also used a second time as
// if its language were unknown (no stopwords, so the rules find little),
// so that the classifier learns to find prose by the signals every script
// has. Pages never enter the repository; the weights do, as a generated
// table (WriteGo).

// TrainCase is one page with what a parse of it should give.
type TrainCase struct {
	Name    string
	Text    []byte
	Title   string
	Body    string   // the whole body; "" when only snippets are known
	With    []string // snippets the body holds
	Without []string // furniture the body must not hold
	Weight  float32  // how much the page counts; 0 means 1
}

// Trained is a trained model and a summary of how it fits its pages.
type Trained struct {
	m      *model
	Report string
}

// trainPage is a parsed page with its line labels.
type trainPage struct {
	p      *page
	y      []float32 // 1 body, 0 not, -1 unknown
	weight []float32
	title  string // folded truth headline
	source int    // the case it was made from
}

// Train fits the model to the cases; logf reports progress.
func Train(cases []TrainCase, logf func(format string, args ...any)) (*Trained, error) {
	return train(cases, trainAll, logf)
}

// TrainRefiner keeps the line classifier's first two stages and the
// headline ranker of weights_gen.go and fits only stage three
// (refine.go): a change to the body's last say, measured with the
// headline, byline and date passes reading exactly what they read before.
func TrainRefiner(cases []TrainCase, logf func(format string, args ...any)) (*Trained, error) {
	return train(cases, trainStageThree, logf)
}

// TrainClassifier fits the line classifier's three stages and keeps the
// headline ranker of weights_gen.go: a retrain of the body's lines that
// leaves the ranker's committed weights, which a retrain does not
// reproduce (README, Parser quality), as they are.
func TrainClassifier(cases []TrainCase, logf func(format string, args ...any)) (*Trained, error) {
	return train(cases, trainClassifierOnly, logf)
}

// trainMode says which parts of the model a run fits; the rest it keeps
// as weights_gen.go has them.
type trainMode int

const (
	trainAll            trainMode = iota
	trainRankerOnly               // the headline ranker
	trainStageThree               // the line classifier's stage three
	trainClassifierOnly           // the line classifier's three stages
)

// TrainRanker keeps the line classifier of weights_gen.go and fits only
// the headline ranker to the cases: for a change to the headline's
// features, measured without the body's lines moving too.
func TrainRanker(cases []TrainCase, logf func(format string, args ...any)) (*Trained, error) {
	return train(cases, trainRankerOnly, logf)
}

// trainPages reads and labels the cases' pages, each also as if its
// language were unknown.
func trainPages(cases []TrainCase) []*trainPage {
	var pages []*trainPage
	for k, c := range cases {
		// The page as it is, and as if its language were unknown (no
		// stopwords, so the rules find little): the classifier learns
		// to find prose by the signals every script has.
		texts := []string{string(c.Text), string(c.Text)}
		if k%2 == 0 {
			// Every other page's second reading is in small letters
			// too, as if written in a script without case (Chinese,
			// Arabic, Thai): no capitals to tell a name or a heading by.
			texts[1] = strings.ToLower(texts[1])
		}
		for copyN, text := range texts {
			lines, _ := splitLines(text)
			if len(lines) == 0 {
				continue
			}
			p := newPage(lines)
			if copyN == 1 {
				p.code = "zz" // a language without a stopword list
			}
			p.read()
			p.runRules()
			p.features()
			tp := &trainPage{p: p, title: fold(c.Title), source: k}
			tp.y, tp.weight = bodyLabels(lines, c)
			if c.Weight > 0 {
				for i := range tp.weight {
					tp.weight[i] *= c.Weight
				}
			}
			pages = append(pages, tp)
		}
	}
	return pages
}

func train(cases []TrainCase, mode trainMode, logf func(format string, args ...any)) (*Trained, error) {
	pages := trainPages(cases)
	if len(pages) == 0 {
		return nil, fmt.Errorf("no pages to train on")
	}
	logf("%d pages (each also as an unknown language, every other one also without capitals)", len(cases))
	m := &model{}
	switch mode {
	case trainAll, trainClassifierOnly:
		m.body1, m.body2 = trainClassifier(pages, logf)
		m.body3 = trainRefiner(pages, foldModels(pages), logf)
	case trainStageThree:
		m.body1, m.body2 = trained().body1, trained().body2
		m.body3 = trainRefiner(pages, foldModels(pages), logf)
		logf("line classifier's stages one and two kept as weights_gen.go has them")
	default:
		m.body1, m.body2, m.body3 = trained().body1, trained().body2, trained().body3
		logf("line classifier kept as weights_gen.go has it")
	}
	if mode == trainStageThree {
		// Stage two is as it was, and so are the ranker's candidates
		// and features: the ranker is kept, not refitted to the same.
		m.title = trained().title
		return &Trained{m: m, Report: fitReport(pages, m, "line classifier's stage three retrained, stages one and two and the headline ranker kept; ")}, nil
	}
	if mode == trainClassifierOnly {
		m.title = trained().title
		return &Trained{m: m, Report: fitReport(pages, m, "line classifier retrained, headline ranker kept; ")}, nil
	}

	// The headline ranker, over the candidates of the trained classifier.
	groups, notOK := rankerGroups(pages, m)
	m.title = boostRanker(groups, int(numTitleFeatures), rankerL2, rankerBoost)
	logf("headline ranker: %d pages, %d of them with a headline the rules would not take", len(groups), notOK)
	prefix := ""
	if mode == trainRankerOnly {
		prefix = "line classifier kept, headline ranker retrained; "
	}
	return &Trained{m: m, Report: fitReport(pages, m, prefix)}, nil
}

// rankerGroups lists each page's headline candidates as classifier m reads
// the page, with which of them is the headline; notOK counts the pages
// whose headline the rules would not take. Pages without their headline
// among the candidates teach nothing.
func rankerGroups(pages []*trainPage, m *model) (groups []rankGroup, notOK int) {
	for _, tp := range pages {
		tp.p.model = m
		tp.p.classify()
		cands := tp.p.titleCandidates(tp.p.bodyP, tp.p.rules)
		tp.p.cands = cands
		g := rankGroup{source: tp.source}
		for _, c := range cands {
			g.rows = append(g.rows, c.vec[:])
			g.pos = append(g.pos, fold(tp.p.lines[c.line].text) == tp.title)
		}
		if rankerFilteredNegatives {
			// The lines the filters drop (navigation, alt text, credits,
			// buttons) are shown as lines that are not the headline: the
			// ranker keeps what marks such lines, for those on other
			// sites that no filter knows.
			listed := make(map[int]bool, len(cands))
			for _, c := range cands {
				listed[c.line] = true
			}
			tp.p.filteredToo = true
			for _, c := range tp.p.titleCandidates(tp.p.bodyP, tp.p.rules) {
				if !listed[c.line] && fold(tp.p.lines[c.line].text) != tp.title {
					g.rows = append(g.rows, c.vec[:])
					g.pos = append(g.pos, false)
				}
			}
			tp.p.filteredToo = false
		}
		if slices.Contains(g.pos, true) {
			groups = append(groups, g)
			ok := false
			for k, c := range cands {
				ok = ok || g.pos[k] && c.vec[tRuleOK] > 0
			}
			if !ok {
				notOK++
			}
		}
	}
	return groups, notOK
}

// fitReport says how the model fits its own pages (token-weighted), to
// compare runs.
func fitReport(pages []*trainPage, m *model, prefix string) string {
	var tp1, fp1, fn1 float64
	titles, titleOK := 0, 0
	for _, tp := range pages {
		tp.p.model = m
		tp.p.classify()
		tp.p.chooseTitle()
		for i, y := range tp.y {
			if y < 0 {
				continue
			}
			w := float64(tp.weight[i])
			switch k := tp.p.keep[i] || i == tp.p.title; {
			case k && y == 1:
				tp1 += w
			case k:
				fp1 += w
			case y == 1:
				fn1 += w
			}
		}
		if tp.title != "" {
			titles++
			if tp.p.title >= 0 && fold(tp.p.lines[tp.p.title].text) == tp.title {
				titleOK++
			}
		}
	}
	return prefix + fmt.Sprintf("on its own pages: lines P %.3f R %.3f (token-weighted), headline %.3f of %d",
		tp1/max(1, tp1+fp1), tp1/max(1, tp1+fn1), float64(titleOK)/float64(max(1, titles)), titles)
}

// The headline ranker is a weighted sum with a light L2 penalty and a few
// shallow trees on top: fit to some six hundred pages, deeper forests learn
// those pages' layouts (0.99 of them right) and do worse on other sites'
// than the weighted sum alone.
var (
	rankerFilteredNegatives = true
	rankerL2                = 0.001
	rankerBoost             = boostParams{rounds: 40, depth: 2, rate: 0.1, lambda: 1, minHess: 2, maxBins: 32}
)

// bodyRows gathers the labelled lines of the pages that use admits (all
// when nil) as rows; with stage-one logits z1 per page, each row also holds
// the context features of stage two.
func bodyRows(pages []*trainPage, use func(int) bool, z1 [][]float32) (rows [][]float32, ys, ws []float32) {
	for k, tp := range pages {
		if use != nil && !use(k) {
			continue
		}
		var ctx []ctxVec
		if z1 != nil {
			ctx = contextOf(tp.p.lines, z1[k])
		}
		for i, y := range tp.y {
			if y < 0 {
				continue
			}
			row := tp.p.vecs[i][:]
			if ctx != nil {
				row = append(append(make([]float32, 0, len(row)+len(ctx[i])), row...), ctx[i][:]...)
			}
			rows = append(rows, row)
			ys = append(ys, y)
			ws = append(ws, tp.weight[i])
		}
	}
	return rows, ys, ws
}

// bodyLabels labels each line 1 (body), 0 (not) or -1 (unknown), with a
// weight that grows with its length, as the score counts words. A line is
// body when its text is a paragraph of the truth or when most of its word
// triples occur in the truth (a paragraph that the page wrote with a
// "Read more" glued on). With only snippets known, a line holding a
// snippet that must be there is body, one holding furniture is not, and
// the rest are unknown.
func bodyLabels(lines []line, c TrainCase) ([]float32, []float32) {
	y := make([]float32, len(lines))
	w := make([]float32, len(lines))
	paras := make(map[string]bool)
	var grams map[string]bool
	if c.Body != "" {
		// A truth paragraph, and each line of one: the truth prints a
		// list or a table as one paragraph of lines, and an item of
		// one or two words ("Budget", "Great warranty") has no word
		// triple to be found by.
		for para := range strings.SplitSeq(c.Body, "\n\n") {
			paras[fold(para)] = true
			if strings.Contains(para, "\n") {
				for ln := range strings.SplitSeq(para, "\n") {
					paras[fold(ln)] = true
				}
			}
		}
		grams = trigrams(strings.Fields(fold(c.Body)))
	}
	with, without := foldAll(c.With), foldAll(c.Without)
	for i := range lines {
		f := fold(lines[i].text)
		toks := tokensOf(f)
		w[i] = 1 + float32(min(len(toks), 50))/5
		if len(toks) == 0 {
			y[i] = -1
			continue
		}
		if c.Body == "" {
			y[i] = -1
			for _, s := range with {
				if strings.Contains(f, s) {
					y[i] = 1
				}
			}
			for _, s := range without {
				if strings.Contains(f, s) {
					y[i] = 0
				}
			}
			continue
		}
		if paras[f] {
			y[i] = 1
			continue
		}
		words := strings.Fields(f)
		if len(words) < 3 {
			continue
		}
		g := trigrams(words)
		hit := 0
		for k := range g {
			if grams[k] {
				hit++
			}
		}
		if float64(hit) >= 0.6*float64(len(g)) {
			y[i] = 1
		}
	}
	return y, w
}

func foldAll(ss []string) []string {
	var out []string
	for _, s := range ss {
		if f := fold(s); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func trigrams(words []string) map[string]bool {
	g := make(map[string]bool, len(words))
	if len(words) < 3 {
		g[strings.Join(words, " ")] = true
		return g
	}
	for i := 0; i+3 <= len(words); i++ {
		g[words[i]+" "+words[i+1]+" "+words[i+2]] = true
	}
	return g
}

// tokensOf splits folded text into the scorer's tokens: words, and each
// character of scripts written without spaces.
func tokensOf(f string) []string {
	var out []string
	for w := range strings.FieldsSeq(f) {
		start := 0
		for i, r := range w {
			if unspaced(r) {
				if start < i {
					out = append(out, w[start:i])
				}
				out = append(out, string(r))
				start = i + len(string(r))
			}
		}
		if start < len(w) {
			out = append(out, w[start:])
		}
	}
	return out
}

// foldQuotes are the quotes and dashes the scorer reads as plain ones.
var foldQuotes = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'", "\u2032", "'", "`", "'",
	"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u2033", `"`,
	"\u2013", "-", "\u2014", "-", "\u2212", "-", "\u00a0", " ")

// fold reduces text as the scorer compares it: compatibility-normalised,
// lower case, letters and digits only, single spaces.
func fold(s string) string {
	s = strings.ToLower(foldQuotes.Replace(norm.NFKC.String(s)))
	var b strings.Builder
	space := true
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsNumber(r) {
			b.WriteRune(r)
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}

// rankGroup is one page's headline candidates and which are the headline.
type rankGroup struct {
	rows   [][]float32
	pos    []bool
	source int // the case the page was made from
}

// WriteGo writes the trees as the Go source of weights_gen.go.
func (t *Trained) WriteGo(w io.Writer, source string) error {
	var b strings.Builder
	b.WriteString("// Code generated by morgue train; DO NOT EDIT.\n")
	fmt.Fprintf(&b, "// Trained on %s.\n// %s\n\npackage pagetext\n", source, t.Report)
	table := func(name, doc string, names []string, f forest) {
		fmt.Fprintf(&b, "\n// %s\nconst %sBase = %.5f\n", doc, name, f.base)
		if f.linear != nil {
			fmt.Fprintf(&b, "\nvar %sLinear = []generatedWeight{\n", name)
			for k, w := range f.linear {
				if w != 0 {
					fmt.Fprintf(&b, "\t{%q, %.5f},\n", names[k], w)
				}
			}
			b.WriteString("}\n")
		}
		fmt.Fprintf(&b, "\nvar %sTrees = [][]generatedNode{\n", name)
		for _, tr := range f.trees {
			b.WriteString("\t{")
			for k, n := range tr {
				if k > 0 {
					b.WriteString(", ")
				}
				if n.feature < 0 {
					fmt.Fprintf(&b, "{value: %.5f}", n.value)
				} else {
					fmt.Fprintf(&b, "{%q, %d, %d, %.5g, %.5f}", names[n.feature], n.left, n.right, n.threshold, n.value)
				}
			}
			b.WriteString("},\n")
		}
		b.WriteString("}\n")
	}
	table("body1", "Stage one of the line classifier, over a line's features.", lineFeatureNames[:], t.m.body1)
	table("body2", "Stage two, over a line's features and what stage one made of the lines around it.", body2Names, t.m.body2)
	table("body3", "Stage three, over the zone's lines: stage two's inputs and what stage two made of the zone (refine.go).", body3Names, t.m.body3)
	table("title", "The headline ranker, over a candidate's features: a weighted sum and trees.", titleFeatureNames[:], t.m.title)
	_, err := io.WriteString(w, b.String())
	return err
}

// trainClassifier fits the line classifier's two stages to the pages.
func trainClassifier(pages []*trainPage, logf func(format string, args ...any)) (body1, body2 forest) {
	// Stage one on every page; stage two on stage one's guesses for pages
	// it did not see (two folds), so that it learns how far to trust them.
	dim1 := int(numLineFeatures)
	rows1, ys, ws := bodyRows(pages, nil, nil)
	body1 = boostLogistic(rows1, ys, ws, dim1, defaultBoost)
	logf("stage one: %d lines", len(rows1))
	oof := make([][]float32, len(pages))
	for fold := range 2 {
		in := func(k int) bool { return pages[k].source%2 == fold } // all copies of a page in one fold
		r, y, w := bodyRows(pages, func(k int) bool { return !in(k) }, nil)
		half := model{body1: boostLogistic(r, y, w, dim1, defaultBoost)}
		for k, tp := range pages {
			if in(k) {
				oof[k] = half.stageOne(tp.p.vecs)
			}
		}
	}
	rows2, ys2, ws2 := bodyRows(pages, nil, oof)
	body2 = boostLogistic(rows2, ys2, ws2, len(body2Names), defaultBoost)
	logf("stage two done")
	return body1, body2
}

// foldModels returns, for each of two parts of the cases, the line
// classifier's first two stages trained on the other part: stage three
// learns how far to trust stage two where stage two has not seen the
// page, as it will be used. The parts split the cases by their number's
// second bit (part): trainClassifier splits the pages it gets by the
// first.
func foldModels(pages []*trainPage) [2]*model {
	var out [2]*model
	for part := range 2 {
		var rest []*trainPage
		for _, tp := range pages {
			if tp.part() != part {
				rest = append(rest, tp)
			}
		}
		b1, b2 := trainClassifier(rest, func(string, ...any) {})
		out[part] = &model{body1: b1, body2: b2}
	}
	return out
}

// part is the fold of foldModels that the page is held out of.
func (tp *trainPage) part() int { return tp.source / 2 % 2 }

// refineBoost are stage three's settings: it sees only the zone's lines,
// and a smaller forest than stage two's keeps a parse's cost down.
// refinePageWeight is what the zone lines of one page weigh together in
// stage three's fit (a page of the dev sets counted thrice, thrice that).
const refinePageWeight = 100

var refineBoost = boostParams{rounds: 80, depth: 4, rate: 0.1, lambda: 1, minHess: 2, maxBins: 32}

// trainRefiner fits stage three on the zones of stages one and two
// trained without the page (halves, two folds), so that it learns how far
// to trust stage two where stage two has not seen the page, as it will be
// used.
func trainRefiner(pages []*trainPage, halves [2]*model, logf func(format string, args ...any)) forest {
	rows, ys, ws := refinerRows(pages, halves)
	logf("stage three: %d zone lines", len(rows))
	return boostLogistic(rows, ys, ws, len(body3Names), refineBoost)
}

// refinerRows gathers stage three's labelled rows: the zone lines of each
// page as the half of halves that did not see it reads the page.
func refinerRows(pages []*trainPage, halves [2]*model) (rows [][]float32, ys, ws []float32) {
	for part := range 2 {
		for _, tp := range pages {
			if tp.part() != part {
				continue
			}
			tp.p.model = halves[part]
			tp.p.classify()
			rs, idx := tp.p.refineRows()
			// Each page weighs the same, as the body's score is a mean
			// over pages: a long page's many lines would otherwise set
			// the threshold for every short one.
			var total float32
			from := len(ws)
			for j, i := range idx {
				// The headline leaves the body by the title pass.
				if tp.y[i] < 0 || tp.title != "" && fold(tp.p.lines[i].text) == tp.title {
					continue
				}
				rows = append(rows, rs[j][:])
				ys = append(ys, tp.y[i])
				ws = append(ws, tp.weight[i])
				total += tp.weight[i]
			}
			for j := from; j < len(ws); j++ {
				ws[j] *= refinePageWeight / total
			}
		}
	}
	return rows, ys, ws
}
