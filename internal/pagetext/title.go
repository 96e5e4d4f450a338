package pagetext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The headline is scored, not assumed to be first: pages open with section
// names, kickers, navigation and pictures. What marks a headline is its
// neighbourhood (a byline, dateline or standfirst just below it, the story
// not far off), its shape (a phrase of a few to some thirty words, without
// a closing full stop, not a label in capitals) and that pages tend to repeat
// it (in a share bar, a picture's alt text, a print header).

// titleScore rates line i as the headline; ok is false for lines that cannot
// be one at all.
func (p *page) titleScore(i int) (float64, bool) {
	ln := p.lines[i]
	a := p.ann[i]
	if a.furniture || a.date != nil || a.byline != nil || a.byLabel || a.readMin > 0 || a.caption {
		return 0, false
	}
	if ln.words < 2 || ln.words > 40 || ln.runes < 8 || ln.runes > 300 {
		return 0, false
	}
	t := ln.text
	score := 0.0

	// Neighbourhood: header lines (byline, date, reading time, dek) below.
	k := 0
	for j := i + 1; j < len(p.lines) && k < 4; j++ {
		if p.ann[j].furniture && !p.ann[j].header() {
			continue
		}
		if p.lines[j].text == t {
			continue // the headline repeated
		}
		k++
		if p.ann[j].header() {
			score += []float64{0, 4, 3, 2, 1.5}[k]
			break
		}
	}
	// A dateline or section label just above is common too.
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if p.ann[j].furniture && !p.ann[j].header() {
			continue
		}
		if p.ann[j].date != nil || p.ann[j].byline != nil {
			score += 1.5
		}
		break
	}
	// Distance to the story, counted in lines that are not furniture.
	if i < p.bodyStart {
		d := 0
		for j := i + 1; j < p.bodyStart; j++ {
			if !p.ann[j].furniture || p.ann[j].header() {
				d++
			}
		}
		switch {
		case d <= 3:
			score += 2
		case d <= 6:
			score += 1
		case d > 20:
			score -= 1
		}
	} else {
		score -= 3
	}
	// Early lines are likelier; the first real line gets a nudge.
	if p.firstReal == i {
		score += 1
	}
	score -= float64(p.realRank[i]) * 0.05

	// Repetition elsewhere on the page.
	if p.count[t] > 1 {
		score += 1.5
	}

	// Shape.
	last, _ := utf8.DecodeLastRuneInString(t)
	switch {
	case last == '.' && !strings.HasSuffix(t, "..."):
		if strings.Count(t, ". ") > 0 || ln.words > 20 {
			score -= 3
		} else {
			score -= 1.5
		}
	case last == ':' || last == ',' || last == ';':
		score -= 3
	}
	if ln.words <= 3 {
		score -= 2.5
		if isUpperText(t) {
			score -= 2
		}
	}
	if ln.words >= 5 && ln.words <= 25 {
		score += 1
	}
	if ln.runes > 180 {
		score -= 2
	}
	if r, _ := utf8.DecodeRuneInString(t); unicode.IsLower(r) {
		score -= 2
	}
	if strings.Contains(t, " | ") {
		score -= 1
	}
	return score, true
}

// isUpperText reports whether all letters of s are capitals.
func isUpperText(s string) bool {
	has := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			has = true
		}
	}
	return has
}

// findTitle picks the best-scoring line before the story (or, failing
// that, anywhere), returning its index or -1.
func (p *page) findTitle() int {
	best, bestScore := -1, 0.0
	limit := p.bodyStart
	if limit == 0 {
		limit = len(p.lines)
	}
	for pass := 0; pass < 2 && best < 0; pass++ {
		for i := 0; i < limit; i++ {
			s, ok := p.titleScore(i)
			if ok && (best < 0 || s > bestScore) {
				best, bestScore = i, s
			}
		}
		limit = len(p.lines)
	}
	p.titleConf = bestScore
	return best
}
