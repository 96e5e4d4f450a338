package pagetext

// A writer's sign-off ("Happy coding!", "Until next time…") is the last
// thing they say: what the page prints under it is the site's (a
// newsletter's pitch, the writer's paid offers, links to other posts),
// however much of it reads like prose.

// signOffEndShare is the least share of the body's words above the
// sign-off for it to end the story: the writer has told most of it.
const signOffEndShare = 0.5

// dropUnderSignOff ends the body under a kept sign-off (keepSignOff's
// kind: a few words that open as a farewell and end with '!' or '…').
func (p *page) dropUnderSignOff() {
	signedOff := false
	p.endBodyAt(func(i, above, total int) bool {
		if signedOff {
			return true
		}
		if p.keep[i] {
			above += p.lines[i].words
			signedOff = above < total && float64(above) >= signOffEndShare*float64(total) && p.writerSignOff(i)
		}
		return false
	})
}

// writerSignOff reports line i worded as a writer's sign-off.
func (p *page) writerSignOff(i int) bool {
	ln := &p.lines[i]
	if ln.words == 0 || ln.words > signOffWords || !endsExclaiming(ln.text) {
		return false
	}
	_, ok := farewells.opening(ln.low)
	return ok
}
