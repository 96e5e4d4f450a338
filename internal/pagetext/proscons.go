package pagetext

import (
	"slices"
	"strings"
)

// A product review prints, in each product's card, what it liked and what
// it did not: a "Pros" label over a few short phrases ("Impressive
// battery life", "Fast, free shipping"), then a "Cons" label over a few
// more. The phrases have no sentence's shape, so stage two scores them as
// it scores a menu's items and the body loses whole lists while keeping
// the card's paragraphs around them. The pair of labels, one under the
// other with short lines between, tells the lists from a menu: readers
// take them as part of the review.

// prosLabels and consLabels are the words over the two lists, in lower
// case without a closing colon, in the languages the parser reads most;
// they are a language's words, not a site's.
var (
	prosLabels = toSet("pros", "pro", "the good", "what we like", "what we liked", "what i like", "what i liked",
		"advantages", "pluses", "likes", "strengths", "ventajas", "a favor", "avantages", "points forts",
		"on aime", "vorteile", "stärken", "pluspunkte", "vantaggi", "punti di forza", "vantagens", "prós",
		"pontos positivos", "voordelen", "pluspunten", "zalety", "plusy")
	consLabels = toSet("cons", "contra", "the bad", "what we don't like", "what we didn't like",
		"what i don't like", "what i didn't like", "disadvantages", "minuses", "dislikes", "weaknesses",
		"desventajas", "inconvenientes", "contras", "en contra", "inconvénients", "points faibles",
		"on aime moins", "nachteile", "schwächen", "minuspunkte", "svantaggi", "contro", "punti deboli",
		"desvantagens", "pontos negativos", "nadelen", "minpunten", "wady", "minusy")
)

// prosLabelWords is the most words of such a label; prosItemWords the
// most of a phrase in its list: a list's phrase, not a paragraph.
const (
	prosLabelWords = 4
	prosItemWords  = 12
)

// prosConsLabel reports whether line i is a pros label (pros) or a cons
// label (!pros).
func (p *page) prosConsLabel(i int, pros bool) bool {
	ln := &p.lines[i]
	if ln.words == 0 || ln.words > prosLabelWords+labelBracketWords {
		return false
	}
	k := strings.ReplaceAll(labelKey(ln.low), "’", "'")
	if pros {
		return prosLabels[k]
	}
	return consLabels[k]
}

// prosConsItem reports whether line i can be a phrase of such a list: a
// short line that is no label, no button, price or caption (a shop's
// "Buy now at …" and "$878.00 from …" under the card's list), and is
// printed once (a table of contents repeats the headings it lists).
func (p *page) prosConsItem(i int) bool {
	ln := &p.lines[i]
	if ln.words == 0 || ln.words > prosItemWords || p.copies[i] > 1 || p.ann[i].has(roleCaption) ||
		p.furnitureByWording(i) || p.prosConsLabel(i, true) || p.prosConsLabel(i, false) {
		return false
	}
	return !hasPriceWord(ln.text)
}

// hasPriceWord reports a price among the words of s: "$149.99", or an
// amount with its sign after a space ("149,99 €").
func hasPriceWord(s string) bool {
	prev := ""
	for w := range strings.FieldsSeq(s) {
		w = strings.Trim(w, ".,;:()")
		if isPrice(w) || isAmount(prev) && slices.Contains(priceSigns, w) {
			return true
		}
		prev = w
	}
	return false
}

// keepProsCons takes back into the body a card's pros and cons lists
// between the story's first and last kept lines: a pros label, one or
// more phrases, a cons label right under them, and the phrases under
// that. Their labels come back with them.
func (p *page) keepProsCons() {
	first, last := keptSpan(p.keep)
	for i := first + 1; i < last; i++ {
		if !p.prosConsLabel(i, true) {
			continue
		}
		j := i + 1
		for j < len(p.lines) && p.prosConsItem(j) {
			j++
		}
		if j == i+1 || j >= len(p.lines) || !p.prosConsLabel(j, false) {
			continue
		}
		// The cons list runs to the card's text, which the body keeps. A
		// run that ends on a line the body left out (a picture's caption
		// under the card) may have passed the list's end: then only the
		// phrases above the first line the body keeps come back.
		k, firstKept := j+1, -1
		for k < len(p.lines) && p.prosConsItem(k) {
			if p.keep[k] && firstKept < 0 {
				firstKept = k
			}
			k++
		}
		if (k >= len(p.lines) || !p.keep[k]) && firstKept >= 0 {
			k = firstKept
		}
		if k == j+1 && (k >= len(p.lines) || !p.keep[k]) {
			continue // a cons label over nothing the list could hold
		}
		for m := i; m < k; m++ {
			p.keep[m] = true
		}
		i = k - 1
	}
}
