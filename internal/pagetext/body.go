package pagetext

import (
	"strings"

	"morgue/internal/article"
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

// bodyRange returns the half-open range [start, end) of the main run.
func bodyRange(lines []line, cls []class, wall []bool) (int, int) {
	bestSum, bestStart, bestEnd := 0.0, 0, 0
	sum, start := 0.0, 0
	for i, ln := range lines {
		if wall[i] {
			sum, start = 0, i+1
			continue
		}
		if cls[i] == clsGood {
			sum += float64(ln.words)
		} else {
			sum -= badCost(ln)
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

// renderBody writes the chosen lines as Markdown paragraphs. Lines of one
// source block stay one paragraph (joined by a line break); each line is
// escaped on its own so that none of them can start a list or heading.
func renderBody(lines []line, keep []bool) string {
	var b strings.Builder
	prevBlock := -1
	for i, ln := range lines {
		if !keep[i] {
			continue
		}
		switch {
		case b.Len() == 0:
		case ln.block == prevBlock:
			b.WriteString("\n")
		default:
			b.WriteString("\n\n")
		}
		b.WriteString(article.EscapeMarkdown(ln.text))
		prevBlock = ln.block
	}
	return b.String()
}
