package pagetext

import "strings"

// A product review prints each product's specifications as a table that a
// page dump turns into pairs of lines: a name ("Weight", "Battery life",
// "Prep") over its value ("56g", "Up to 150 hours", "10 mins"). Each line
// alone is a fragment that stage two scores as furniture, and the body
// loses the table while keeping the review around it. A run of such pairs
// inside the story is one table, part of the review.

// specPairs is the fewest pairs that make a table: one or two pairs are
// as often a byline's "Posted on" or a shop's counter.
const specPairs = 3

// specNameWords and specValueWords are the most words of a table's name
// and of its value.
const (
	specNameWords  = 3
	specValueWords = 10
)

// specName reports whether line i can name a row: a few words without a
// figure, that no reading calls a button, a header or a date.
func (p *page) specName(i int) bool {
	ln := &p.lines[i]
	return ln.words <= specNameWords && ln.digits == 0 && p.specCell(i)
}

// specValue reports whether line i can be a row's value: a few words
// with a figure ("56g", "Up to 8,500"), not a date, a button or counter,
// or a bare number (a ranked list's "2" under each name).
func (p *page) specValue(i int) bool {
	ln := &p.lines[i]
	return ln.words <= specValueWords && ln.digits > 0 && p.specCell(i) && !isAmount(strings.TrimSpace(ln.text))
}

// specCell reports whether line i can be a cell of a table: some words,
// that no reading calls a date, a button, a caption or its credit, or a
// line repeated close by.
func (p *page) specCell(i int) bool {
	a := &p.ann[i]
	return p.lines[i].words >= 1 && a.date == nil && !a.has(roleCaption|roleCapByNext|roleRepeat) && !p.furnitureByWording(i)
}

// specRow reports whether lines i and i+1 are a row of a table: a name
// over its value. A row without a figure in its value ("Connectivity"
// over "Wired") is taken only beside rows that have one (loose).
func (p *page) specRow(i int, loose bool) bool {
	if !p.specName(i) {
		return false
	}
	if p.specValue(i + 1) {
		return true
	}
	ln := &p.lines[i+1]
	return loose && ln.words <= specValueWords && p.specCell(i+1) && !endsSentenceAny(ln.text)
}

// keepSpecTables takes back into the body, between its first and last
// kept lines, each run of specPairs or more name and value pairs, with
// the rows without a figure right above or under it.
func (p *page) keepSpecTables() {
	first, last := keptSpan(p.keep)
	for i := first + 1; i < last; {
		j := i
		for j+1 <= last && p.specRow(j, false) {
			j += 2
		}
		if (j-i)/2 < specPairs {
			i++
			continue
		}
		for i-2 > first && p.specRow(i-2, true) {
			i -= 2
		}
		for j+1 <= last && p.specRow(j, true) {
			j += 2
		}
		for m := i; m < j; m++ {
			p.keep[m] = true
		}
		i = j
	}
}
