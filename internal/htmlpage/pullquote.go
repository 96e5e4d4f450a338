package htmlpage

import "strings"

// A pull quote sets a sentence of the story again in large type between
// its paragraphs, as a block quote (<blockquote class="pullquote">, a
// <figure> around one). The archive keeps the sentence once: a quoted
// block of six words or more whose words all stand, in order, in the
// story's other blocks is left out.

// minPullQuote is the least a pull quote holds, in words; a shorter
// quote may repeat a phrase by chance.
const minPullQuote = 6

// dropPullQuotes removes the block quotes that repeat the story's text.
func dropPullQuotes(blocks []string) []string {
	var rest strings.Builder
	quotes := 0
	for _, b := range blocks {
		if strings.HasPrefix(b, ">") {
			quotes++
			continue
		}
		rest.WriteString(" " + fold(stripLinks(b)) + " ")
	}
	if quotes == 0 {
		return blocks
	}
	story := rest.String()
	kept := blocks[:0]
	for _, b := range blocks {
		if strings.HasPrefix(b, ">") {
			q := fold(stripLinks(strings.ReplaceAll(b, "\n>", " ")))
			if wordCount(q) >= minPullQuote && strings.Contains(story, " "+q+" ") {
				continue
			}
		}
		kept = append(kept, b)
	}
	return kept
}
