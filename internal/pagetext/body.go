package pagetext

import (
	"strings"
)

// The body is the main run of the page's prose. Lines are labelled good or
// bad (classify.go); the story is then the stretch of lines whose good words
// outweigh the bad lines inside it by the most, found in one pass as a
// maximum-sum subarray. A related-stories box inside the story costs less
// than the paragraphs around it gain, so the story survives it, while a
// comments section or a teaser list far below is left out. A line that opens
// reader comments is a wall no stretch crosses.

// badCost is what one bad line inside the body costs, in words: enough that
// a far-off island of prose is not pulled in across a list of links.
func badCost(ln line) float64 {
	return 6 + float64(min(ln.words, 20))/2
}

// captionCost is what a picture caption inside the body costs, and a line
// of a box with a link or two: pictures and such boxes sit between the
// paragraphs of a story, long lists of links do not.
const captionCost = 3

// teaserCost is the extra price of crossing a "Related" or "More from"
// label.
const teaserCost = 10

// shortParagraphWords is the median paragraph length, in words, under
// which a story's bad lines cost less: a brief of short paragraphs (a wire
// story, a local news item) has less prose to pay for each box set into it.
const shortParagraphWords = 30

// shortParagraphScale returns the share of badCost a story in [s, e) pays:
// 1, or the median length of its good lines over shortParagraphWords, at
// least a half. Only lengths under shortParagraphWords matter, so a count
// of those finds the median without sorting the lines.
func shortParagraphScale(lines []line, cls []class, s, e int) float64 {
	var short [shortParagraphWords]int
	n := 0
	for i := s; i < e; i++ {
		if cls[i] == clsGood {
			n++
			if w := runWords(&lines[i]); w < shortParagraphWords {
				short[w]++
			}
		}
	}
	// The median is the (n/2)th length counting from 0 in sorted order.
	rank := n / 2
	for w, c := range short {
		if rank < c {
			return max(0.5, float64(w)/shortParagraphWords)
		}
		rank -= c
	}
	return 1
}

// runWords is what a line weighs in the main run, in words. A line of a
// script written without spaces (Chinese, Japanese, Thai) has few "words"
// (the runs between its commas): it weighs what a Latin line of its width
// would, about one word in six characters of width.
func runWords(ln *line) int {
	if ln.shape.tokens > 2*ln.words {
		return max(ln.words, ln.width/6)
	}
	return ln.words
}

// bodyRange returns the half-open range [start, end) of the main run. The
// run found at full price is the story; the length of its paragraphs, not
// the page's, sets the price of a second search: a block of short lines
// outside the story (a feedback form, a list of links, a writer's bio) no
// longer makes the boxes between a long story's paragraphs cheap and the
// block with them, while a brief of short paragraphs is still whole.
func bodyRange(lines []line, cls []class, wall []bool, ann []ann, rk *ruleResult) (int, int) {
	s, e := priceRun(lines, cls, wall, ann, rk)
	// A run under a comments wall is the readers' prose when the story
	// stands right over the wall: a brief of two short paragraphs weighs
	// less than a long thread of comments, but the wall says where the
	// story ended.
	for w := 0; w < s; w++ {
		if !wall[w] {
			continue
		}
		if s2, e2 := priceRun(lines[:w], cls[:w], wall[:w], ann[:w], rk); e2 > s2 && w-e2 <= storyOverWallGap {
			return s2, e2
		}
	}
	return s, e
}

// storyOverWallGap is the most lines between a story's last paragraph
// and the comments wall under it (share buttons, a tag or two) for the
// story to end at the wall.
const storyOverWallGap = 3

// priceRun returns the main run of lines: found at full price, then at
// the price its paragraphs' length sets.
func priceRun(lines []line, cls []class, wall []bool, ann []ann, rk *ruleResult) (int, int) {
	s, e := bestRun(lines, cls, wall, ann, rk, 1)
	if scale := shortParagraphScale(lines, cls, s, e); scale < 1 {
		s, e = bestRun(lines, cls, wall, ann, rk, scale)
	}
	return s, e
}

// bestRun returns the maximum-sum run [start, end) when each bad line costs
// badCost times scale.
func bestRun(lines []line, cls []class, wall []bool, ann []ann, rk *ruleResult, scale float64) (int, int) {
	bestSum, bestStart, bestEnd := 0.0, 0, 0
	sum, start := 0.0, 0
	for i, ln := range lines {
		if wall[i] {
			sum, start = 0, i+1
			continue
		}
		if cls[i] == clsGood {
			sum += float64(runWords(&ln))
		} else if ann[i].has(roleCaption) && !rk.teaserItem[i] || rk.smallBox[i] {
			// A picture inside the story, its caption and credit; a box
			// of a link or two.
			sum -= captionCost
		} else {
			sum -= badCost(ln) * scale
			if rk.teaser[i] {
				// A box of other stories: the story rarely goes on
				// after one, so crossing it must pay.
				sum -= teaserCost
			}
		}
		if sum <= 0 {
			sum, start = 0, i+1
			continue
		}
		if sum > bestSum {
			bestSum, bestStart, bestEnd = sum, start, i+1
		}
	}
	return bestStart, bestEnd
}

// Lists (tour dates, results, steps) are part of a story, though their
// items are short and full of names. They are recognised by shape: three or
// more lines in a row that open the same way (a date, a number, a bullet)
// and use the same separator. Such a run just under the story, or inside
// it, joins the story together with a line introducing it.

var (
	reItemMonth  = lazyRegexp(`(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b`)
	reItemNumber = lazyRegexp(`^\d{1,3}[.)]\s`)
	reItemBullet = lazyRegexp(`^[•·▪◦*–—-]\s`)
	itemSeps     = []string{" -- ", " – ", " — ", " - ", " @ ", " | ", ": "}
	itemMonths   = newKeywordSet("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
)

// itemShape returns the shape of a list item ("month –"), or "".
func itemShape(s string) string {
	open := itemOpen(s)
	if open == "" {
		return ""
	}
	for _, sep := range itemSeps {
		if strings.Contains(s, sep) {
			return open + sep
		}
	}
	if open == "bullet" {
		return open
	}
	return ""
}

// itemOpen returns how a list item opens: "month", "number", "bullet", or
// "" for a line that opens like no list item.
func itemOpen(s string) string {
	if s == "" {
		return ""
	}
	// Each pattern is anchored: it runs only on lines that open as it
	// needs (with a month, a digit, or one of the bullets: '*', '-' and
	// runes beyond ASCII).
	switch c := s[0]; {
	case itemMonths.startsIn(s) && reItemMonth().MatchString(s):
		return "month"
	case isDigitByte(c) && reItemNumber().MatchString(s):
		return "number"
	case (c == '*' || c == '-' || c >= 0x80) && reItemBullet().MatchString(s):
		return "bullet"
	}
	return ""
}

// extendLists takes list runs that sit in or just under the body into it,
// whatever the read pass called their lines (ruleResult.list).
func (p *page) extendLists() {
	const minRun = 3
	n := len(p.lines)
	for i := p.bodyStart; i < n && i <= p.bodyEnd+2; {
		shape := itemShape(p.lines[i].text)
		if shape == "" || p.lines[i].runes > 300 {
			i++
			continue
		}
		j := i + 1
		for j < n && itemShape(p.lines[j].text) == shape && p.lines[j].runes <= 300 {
			j++
		}
		if j-i < minRun {
			i = j
			continue
		}
		if p.rules.list == nil {
			p.rules.list = make([]listPart, n)
		}
		for k := i; k < j; k++ {
			p.rules.cls[k] = clsGood
			p.rules.list[k] = listItem
		}
		// The line introducing the list ("Tour dates:").
		if i > 0 && i-1 >= p.bodyEnd && p.lines[i-1].words <= 12 && !p.ann[i-1].has(roleJunk) {
			p.rules.cls[i-1] = clsGood
			if p.rules.list[i-1] == notListed {
				p.rules.list[i-1] = listIntro
			}
		}
		if j > p.bodyEnd {
			p.bodyEnd = j
		}
		i = j
	}
}
