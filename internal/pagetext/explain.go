package pagetext

import (
	"fmt"
	"slices"
	"strings"
)

// Explain parses a page dump with the passes of Parse and renders how each
// line was read: the rules' label, the classifier's body probability with
// the features that weighed most for and against it, the form the
// structure pass gave a body line (h2, item, row, …), and the headline
// candidates with their scores and the features behind them. It is a
// tool for a person tuning the parser (`morgue parse --explain`).
func Explain(data []byte) string {
	lines, _ := splitLines(string(data))
	var b strings.Builder
	if len(lines) == 0 {
		return "no lines\n"
	}
	p := newPage(lines)
	for _, ps := range passes {
		ps.run(p)
	}
	fmt.Fprintf(&b, "passes: %s\n", passNames())
	if p.title >= 0 {
		a := p.art
		published := "-"
		if a.Published != nil {
			published = a.Published.Format("2006-01-02T15:04Z07:00")
		}
		fmt.Fprintf(&b, "read: outlet=%q authors=%q published=%s words=%d language=%s warnings=%q\n",
			a.Outlet, a.Authors, published, a.WordCount, a.Language, p.warnings)
	}
	fmt.Fprintf(&b, "lang=%s stopwords=%.2f rules: run=[%d,%d) title=%d dek=%d; headline=%d standfirst=%d\n",
		p.code, p.stopShare, p.rules.start, p.rules.end, p.rules.title, p.rules.dek, p.title, p.dek)
	m := p.model
	for i, ln := range lines {
		tags := p.roles(i).names()
		mark := " "
		switch {
		case i == p.title:
			mark = "T"
		case i == p.dek:
			mark = "D"
		case p.keep[i]:
			mark = "|"
			if f := p.structure.form[i]; f != formPara {
				tags = append(tags, f.String())
			}
		}
		txt := ln.text
		if len(txt) > 80 {
			txt = txt[:80]
		}
		fmt.Fprintf(&b, "%3d %s p=%.2f %-5s %-22s %s\n", i, mark, p.bodyP[i], p.rules.cls[i], strings.Join(tags, ","), txt)
		x := append(p.vecs[i][:], p.ctx[i][:]...)
		fmt.Fprintf(&b, "      %s\n", topContributions(m.body2.contributions(x, len(x)), body2Names, 5))
	}
	// The best headline candidates.
	type scored struct {
		c titleCandidate
		s float32
	}
	var cs []scored
	for _, c := range p.cands {
		cs = append(cs, scored{c, m.title.score(c.vec[:])})
	}
	slices.SortFunc(cs, func(x, y scored) int {
		switch {
		case x.s > y.s:
			return -1
		case x.s < y.s:
			return 1
		}
		return 0
	})
	fmt.Fprintf(&b, "headline candidates:\n")
	for _, c := range cs[:min(8, len(cs))] {
		txt := lines[c.c.line].text
		if len(txt) > 70 {
			txt = txt[:70]
		}
		fmt.Fprintf(&b, "%3d %6.2f %s\n      %s\n", c.c.line, c.s, txt, topContributions(m.title.contributions(c.c.vec[:], len(c.c.vec)), titleFeatureNames[:], 5))
		if sc, parts, ok := p.ruleTitleParts(c.c.line); ok {
			fmt.Fprintf(&b, "      rules %+.2f: %s\n", sc, parts)
		}
	}
	return b.String()
}

// ruleTitleParts returns the rules' headline score of line i and what
// each of its terms added, as the rules pass weighed them: the title pass
// has since moved the story's start, which the score reads.
func (p *page) ruleTitleParts(i int) (float64, *headParts, bool) {
	parts := new(headParts)
	start := p.bodyStart
	p.bodyStart = p.rules.start
	sc, ok := p.rateTitle(i, parts)
	p.bodyStart = start
	return sc, parts, ok
}

// topContributions lists the k features that added or took away most.
func topContributions(c []float32, names []string, k int) string {
	idx := make([]int, len(c))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		switch ca, cb := abs32(c[a]), abs32(c[b]); {
		case ca > cb:
			return -1
		case ca < cb:
			return 1
		}
		return 0
	})
	var parts []string
	for _, i := range idx[:min(k, len(idx))] {
		if c[i] != 0 {
			parts = append(parts, fmt.Sprintf("%s%+.2f", names[i], c[i]))
		}
	}
	return strings.Join(parts, " ")
}

func abs32(x float32) float32 {
	if x < 0 {
		return -x
	}
	return x
}

func passNames() string {
	var ns []string
	for _, ps := range passes {
		ns = append(ns, ps.name)
	}
	return strings.Join(ns, " → ")
}
