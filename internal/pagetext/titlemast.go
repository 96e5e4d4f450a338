package pagetext

import (
	"slices"
	"unicode"
)

// headlineUnderMasthead returns the long headline under the site's name
// that the ranker took for the headline: the page opens with a short
// line of five words or fewer that the rules cannot take for a headline
// at all (a paper's name that reads as a person's, "Diario del Puerto"),
// then, past furniture and at most one line that is no candidate (a
// members-only notice), a phrase of twelve words or more that is not
// closed as a sentence, the rules' score of it above naught and the
// byline or dateline right under it. The ranker weighs such a headline's
// length against it; the header under it is the surer sign, and a
// standfirst is closed by a full stop. Else it returns ti.
func (p *page) headlineUnderMasthead(ti int) int {
	if ti != p.firstReal || headWords(&p.lines[ti]) > 5 {
		return ti
	}
	// A name that reads as a paper's ("The Harbour Courier") is the
	// masthead whatever the rules make of it, and the headline under it
	// may be short, or printed in capitals, past a section's label.
	paper := paperNamed(p.lines[ti].text)
	if _, ok := p.headScore(ti); ok && !paper {
		return ti
	}
	minWords := 12
	if paper {
		minWords = 4
	}
	others := 0
	for h := ti + 1; h < len(p.lines) && h <= ti+mastReach; h++ {
		if p.chrome(h) {
			continue
		}
		ln := &p.lines[h]
		if !slices.ContainsFunc(p.cands, func(c titleCandidate) bool { return c.line == h }) || paper && headWords(ln) <= 2 {
			if others++; others > 1 || p.ann[h].anchor() {
				return ti
			}
			continue
		}
		if headWords(ln) < minWords || endsSentenceAny(ln.text) || !unicode.IsUpper(firstLetter(ln.text)) || !p.anchorNext(h) {
			return ti
		}
		if sc, ok := p.headScore(h); !ok || sc <= 0 {
			return ti
		}
		return h
	}
	return ti
}

// mastReach is how many lines under the site's name
// headlineUnderMasthead looks for the headline.
const mastReach = 4
