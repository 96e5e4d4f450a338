package pagetext

import (
	"fmt"
	"strings"

	"morgue/internal/article"
	"morgue/internal/lang"
)

// pass is one step of the parse: it reads what the passes before it left
// in the page and adds its own part. One pass changes an earlier one's:
// title takes the headline and standfirst out of the body's lines.
type pass struct {
	name string
	run  func(*page)
}

// passes are the steps of a parse, in order: the one list of them, which
// Parse and the explain tool both run. The package comment names them.
var passes = []pass{
	{"read", (*page).read},               // language, word counts, each line read alone (annotate)
	{"rules", (*page).runRules},          // jusText labels, the main run of prose, the rules' headline
	{"features", (*page).features},       // every line's feature vector, once
	{"body", (*page).classify},           // the line classifier picks the body lines
	{"title", (*page).chooseTitle},       // the headline ranker, then the standfirst
	{"header", (*page).readHeader},       // outlet, byline, date and picture around the headline
	{"structure", (*page).findStructure}, // subheadings, lists, quotes and tables among the body's lines
	{"render", (*page).render},           // the body as Markdown, its length, reading time and language
}

// ruleResult is what the rules pass decided: the jusText labels, the main
// run of prose, the headline and standfirst by the hand-weighed scores and
// the body lines they imply. The classifier reads it as features.
type ruleResult struct {
	cls        []class
	start, end int // the main run
	title, dek int // -1 when none
	keep       []bool
	teaser     []bool // labels of boxes of links to other stories
	teaserItem []bool // headlines in such boxes
}

// Parse reads a page dump. It returns the article, warnings about what it
// was unsure of, and ErrNoTitle when nothing looks like a headline.
func Parse(data []byte) (article.Article, []string, error) {
	var warnings []string
	lines, more := splitLines(string(data))
	if more {
		warnings = append(warnings, fmt.Sprintf("the text has more than %d lines; only the first %d were read", maxLines, maxLines))
	}
	if len(lines) == 0 {
		return article.Article{}, warnings, ErrNoTitle
	}
	p := newPage(lines)
	for _, ps := range passes {
		ps.run(p)
	}
	if p.title < 0 {
		return article.Article{}, warnings, ErrNoTitle
	}
	return p.art, append(warnings, p.warnings...), nil
}

// newPage starts a parse of the lines.
func newPage(lines []line) *page {
	return &page{lines: lines, blocks: hasBlocks(lines), title: -1, dek: -1, model: trained}
}

// read guesses the language, counts words and stopwords, and reads every
// line for the roles it could play.
func (p *page) read() {
	if p.code == "" {
		p.code = langOf(p.lines)
	}
	p.monthFirst = (p.code == "en" || p.code == "") && !dayFirstPage(p.lines)
	p.stopShare = countWords(p.lines, p.code)
	p.annotate()
}

// runRules runs the hand-made rules: jusText labels and the main run of
// prose (findBody), lists next to it, the headline and standfirst by
// their scores, and the byline's box at the end.
func (p *page) runRules() {
	p.findBody()
	p.extendLists()
	rk := &p.rules
	rk.title, rk.dek = p.findTitle(), -1
	if rk.title >= 0 {
		rk.dek = p.findDek(rk.title)
		p.endAtAuthorBox(p.findByline(rk.title))
	}
	rk.start, rk.end = p.bodyStart, p.bodyEnd
	rk.cls = make([]class, len(p.lines))
	rk.teaser = make([]bool, len(p.lines))
	rk.teaserItem = make([]bool, len(p.lines))
	for i := range p.lines {
		rk.cls[i] = p.ann[i].cls
		rk.teaser[i] = p.ann[i].teaser
		rk.teaserItem[i] = p.ann[i].teaserItem
	}
	rk.keep = p.bodyLines(rk.title, rk.dek)
}

// features computes the feature vectors.
func (p *page) features() {
	p.vecs = p.pageFeatures(p.rules)
}

// classify scores every line in two stages and keeps the lines the second
// stage calls body.
func (p *page) classify() {
	m := p.model
	p.z1 = m.stageOne(p.vecs)
	p.ctx = contextOf(p.lines, p.z1)
	p.z2 = m.stageTwo(p.vecs, p.ctx)
	p.keep = make([]bool, len(p.lines))
	p.bodyP = make([]float32, len(p.lines))
	for i, z := range p.z2 {
		p.bodyP[i] = sigmoid(z)
		p.keep[i] = z > 0 && !p.furnitureByWording(i)
	}
}

// furnitureByWording reports a short line that the line readings call a
// button, a counter or a dateline: whatever the classifier thinks of its
// neighbourhood, such a line is never story text.
func (p *page) furnitureByWording(i int) bool {
	a := &p.ann[i]
	return p.lines[i].words <= 8 && (a.junk || a.header() || a.relDate)
}

// chooseTitle ranks the candidate lines for the headline and takes the
// standfirst under it; the headline and standfirst leave the body.
func (p *page) chooseTitle() {
	p.cands = p.titleCandidates(p.bodyP, p.rules)
	ti, margin := p.model.bestTitle(p.cands)
	if ti < 0 {
		return
	}
	// The same headline printed twice: the first copy heads the page.
	for i := range ti {
		if p.lines[i].text == p.lines[ti].text {
			ti = i
			break
		}
	}
	p.title, p.titleUnsure = ti, margin < titleSureMargin
	p.keep[ti] = false
	// The body's run, for the readers of header facts below.
	first, last := -1, -1
	for i, k := range p.keep {
		if k {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first >= 0 {
		p.bodyStart, p.bodyEnd = first, last+1
	}
	p.dek = p.findDek(ti)
	if p.dek >= 0 {
		p.keep[p.dek] = false
	}
}

// readHeader reads the headline and standfirst chosen, and the outlet,
// writers, date and picture around them.
func (p *page) readHeader() {
	ti, di := p.title, p.dek
	if ti < 0 {
		return
	}
	a := &p.art
	a.Title = strings.TrimSpace(p.lines[ti].text)
	if p.titleUnsure {
		p.warn(article.Unsure("headline chosen with low confidence"))
	}
	if di >= 0 {
		a.Dek = p.lines[di].text
	}
	a.Outlet = p.findOutlet(ti)
	a.Authors = p.endAtAuthorBox(p.findByline(ti))
	if len(a.Authors) == 0 {
		p.warn("no byline found")
	}
	if t, ok := p.findDate(ti); ok {
		a.Published = &t
	} else {
		p.warn("no publication date found")
	}
	a.Image = p.findImage(ti)
}

// render writes the body's lines as Markdown in their forms, and counts
// it: words, reading time (the page's own, when it states one) and
// language (of the body, else of the page).
func (p *page) render() {
	if p.title < 0 {
		return
	}
	a := &p.art
	a.Body = renderBody(p.lines, p.keep, p.structure)
	if a.Body == "" {
		p.warn("no story text found")
	}
	a.WordCount = article.CountWords(a.Body)
	if rm := p.findReadingTime(); rm > 0 {
		a.ReadingMinutes = rm
	} else {
		a.ReadingMinutes = article.ReadingMinutes(a.WordCount)
	}
	if code := lang.Detect(joinLines(keptLower(p.lines, p.keep))); code != "" {
		a.Language = code
	} else {
		a.Language = p.code
	}
	if a.WordCount > 0 && a.WordCount < 60 {
		p.warn(fmt.Sprintf("story text is short (%d words)", a.WordCount))
	}
}

// warn notes what a pass was unsure of or did not find.
func (p *page) warn(w string) { p.warnings = append(p.warnings, w) }

// titleSureMargin is how far the headline's score must lead the runner-up
// for the choice not to be reported as a guess.
const titleSureMargin = 1.0
