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

// endBodyAtLine ends the body at the first line that is(its lower-case
// text) reports once share of the body's words are above it and some are
// under it: the rules that say the story is over in so many words.
func (p *page) endBodyAtLine(share float64, is func(low string) bool) {
	p.endBodyAt(func(i, above, total int) bool {
		return float64(above) >= share*float64(total) && above < total && is(p.lines[i].low)
	})
}
