package pagetext

// endBodyAt ends the body at the first line that ends(i, above, total)
// reports, where above is the words the body keeps over line i and total
// all it keeps: that line and every line under it leave the body. It
// reports whether some line ended it. The rules that end a story at a
// line under it (a box of links, the writer's box, thanks to the reader)
// each weigh how much of the story is told above the line.
func (p *page) endBodyAt(ends func(i, above, total int) bool) bool {
	total := 0
	for i, k := range p.keep {
		if k {
			total += p.lines[i].words
		}
	}
	above := 0
	for i, k := range p.keep {
		if ends(i, above, total) {
			for j := i; j < len(p.keep); j++ {
				p.keep[j] = false
			}
			return true
		}
		if k {
			above += p.lines[i].words
		}
	}
	return false
}

// endBodyUnder ends the body at the first line i that at(i) reports once
// share of the body's words are above it and some are under it: the rules
// that say the story is over in so many words (a closing pitch, a box
// the site prints under its stories).
func (p *page) endBodyUnder(share float64, at func(i int) bool) {
	p.endBodyAt(func(i, above, total int) bool {
		return float64(above) >= share*float64(total) && above < total && at(i)
	})
}

// endBodyAtLine is endBodyUnder for a rule that reads only the line's
// lower-case text.
func (p *page) endBodyAtLine(share float64, is func(low string) bool) {
	p.endBodyUnder(share, func(i int) bool { return is(p.lines[i].low) })
}

// buttonUnder reports a button on one of the span lines under line i: a
// line of at most maxWords words that is(it) accepts.
func (p *page) buttonUnder(i, span, maxWords int, is func(*line) bool) bool {
	for j := i + 1; j < len(p.lines) && j <= i+span; j++ {
		if b := &p.lines[j]; b.words > 0 && b.words <= maxWords && is(b) {
			return true
		}
	}
	return false
}
