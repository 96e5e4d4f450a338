package pagetext

import (
	"strings"
	"unicode"
)

// A story's own labels often stand alone between two of its kept lines:
// a subheading over a section ("Getting there"), the "Pros" and "Cons"
// over each product's list, a month over its dates, "Features" over a
// specification. Stage two reads such a line by its length and scores it
// just under the cut, and keepListGaps leaves a lone short line out, since
// a picture's caption or an ad's label there need not say what they are.
// A label has the form of a heading, though: a few words opening with a
// capital or a figure and ending in no mark of a sentence or a clause,
// with the story kept right above and right below it.

// loneLabelWords is the most words a lone label has, and loneLabelSlack
// how far below stage two's cut (a logit of 0) it may score.
const (
	loneLabelWords = 4
	loneLabelSlack = -1
)

// keepLoneLabels puts back a lone label between two kept lines that stage
// two left out (the zone stays as stage two made it; a line stage three
// dropped stays dropped) and that no reading calls furniture or an aside
// (a table of contents' label, a picture's alt text naming itself one).
// A label printed many times is still kept at each of its places: a
// list's "Pros" heads every item's list.
func (p *page) keepLoneLabels() {
	for i := 1; i+1 < len(p.lines); i++ {
		if p.keep[i] || !p.keep[i-1] || !p.keep[i+1] || p.zone[i] || p.z2[i] <= loneLabelSlack {
			continue
		}
		if ln := &p.lines[i]; ln.words > 0 && ln.words <= loneLabelWords && labelShaped(ln.text) && !p.furnitureByAnyReading(i) &&
			!p.aside(i) {
			p.keep[i] = true
		}
	}
}

// labelShaped reports a text shaped as a heading: it opens with a capital
// letter or a figure, does not end as a sentence or a clause does (a stop,
// a colon, a comma), and is not one word with a capital inside
// ("FreeShipping"), which is a badge or tag glued from its words.
func labelShaped(s string) bool {
	s = strings.TrimSpace(s)
	r := firstRune(s)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	last := s[len(s)-1]
	if endsSentenceAny(s) || strings.IndexByte(":;,", last) >= 0 {
		return false
	}
	return strings.IndexByte(s, ' ') >= 0 || !innerCapital(s)
}

// innerCapital reports a small letter followed by a capital in s.
func innerCapital(s string) bool {
	prev := rune(0)
	for _, r := range s {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			return true
		}
		prev = r
	}
	return false
}
