package pagetext

// A news brief (an agency flash, a short notice) can be two or three
// paragraphs of one sentence each, none of them long enough for the
// classifier or for jusText's length thresholds to call prose. When
// nothing else on the page reads as a story, such a brief is still one:
// a run of lines in a row that each end like a statement in their script
// and are no furniture by their wording. Menus, share bars and lists of
// other stories' headlines do not end their items with a full stop (a
// teaser may ask a question, so a question does not count), so they do
// not make such a run, and a page of them alone is still refused.

// briefLineWidth is the least width (line.width) of a line of a brief:
// about ten Han characters or six English words, so that a lone
// "Read more." or "Thanks!" is no paragraph.
const briefLineWidth = 30

// briefWidth is the least width of the whole brief: two sentences of
// some length, or three short ones.
const briefWidth = 100

// keepBrief keeps the longest run of sentence lines on a page where
// nothing else was kept, if it is long enough to be a brief.
func (p *page) keepBrief() {
	sentence := func(i int) bool {
		ln := &p.lines[i]
		return ln.width >= briefLineWidth && (endingClass(ln.text) == endsStatement || unpunctuatedScript(ln.text)) &&
			!p.chrome(i) && !p.ann[i].has(roleWall) && !p.furnitureByWording(i) && !inBox(i, p.rules.box)
	}
	bestFrom, bestTo, bestWidth := 0, 0, 0
	for i := 0; i < len(p.lines); {
		if !sentence(i) {
			i++
			continue
		}
		j, width := i, 0
		for j < len(p.lines) && sentence(j) {
			width += p.lines[j].width
			j++
		}
		if j-i >= 2 && width >= briefWidth && width > bestWidth {
			bestFrom, bestTo, bestWidth = i, j, width
		}
		i = j
	}
	for i := bestFrom; i < bestTo; i++ {
		p.keep[i] = true
	}
}
