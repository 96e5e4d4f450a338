package pagetext

import "strings"

// A story may say one paragraph again on purpose: a listing of events or
// tours describes two of them in the same words ("Included: hotel
// transfers, a guide and breakfast every day"), each copy under its own
// name and date. dropRepeats spares such a copy (retold); a pull quote, a
// box that repeats the opening and a block printed again for another
// screen size still leave.

// retoldWords is the fewest words a later copy needs to be spared as a
// paragraph the story says again: headings and captions repeat as short
// lines, and they leave.
const retoldWords = 12

// pullQuoteReach is how near (in lines) to its first copy a later copy
// still reads as a pull quote, printed beside the paragraph it quotes.
const pullQuoteReach = 5

// lastOwnParagraph returns the last kept line that reads as a paragraph
// and that the page prints once, or -1 when there is none: a copy under
// it is a box after the story, not the story saying a line again.
func (p *page) lastOwnParagraph() int {
	for j := len(p.lines) - 1; j >= 0; j-- {
		ln := &p.lines[j]
		if p.keep[j] && p.copies[j] < 2 && ln.words >= repeatWords && endsSentenceAny(ln.text) {
			return j
		}
	}
	return -1
}

// retold reports a later copy i of the kept paragraph at first that the
// story says again in a setting of its own: a sentence (not a question,
// which is a heading's shape), far enough from the first copy not to be
// its pull quote, with neighbours that differ from the first copy's (a
// block printed again repeats its neighbours too) and a paragraph of the
// story's own under it (lastOwn, from lastOwnParagraph).
func (p *page) retold(i, first, lastOwn int) bool {
	ln := &p.lines[i]
	if ln.words < retoldWords || i-first < pullQuoteReach || i > lastOwn || !endsSentenceAny(ln.text) ||
		strings.HasSuffix(strings.TrimSpace(ln.text), "?") {
		return false
	}
	return !p.sameText(i-1, first-1) && !p.sameText(i+1, first+1)
}

// sameText reports two lines of the page with the same text; a line off
// the page matches none.
func (p *page) sameText(a, b int) bool {
	n := len(p.lines)
	return a >= 0 && b >= 0 && a < n && b < n && p.lines[a].low == p.lines[b].low
}
