package pagetext

import (
	"unicode"
	"unicode/utf8"
)

// sentenceRunsOn reports a line whose sentence goes on in the kept line
// under it, which opens in lower case: text wrapped by hand at a fixed
// width (a mail, a plain-text page) breaks its sentences across lines, so
// a line with no stop at its end is a sentence's first part, not a
// caption under a picture's alt text.
func (p *page) sentenceRunsOn(i int) bool {
	if i+1 >= len(p.lines) || !p.keep[i+1] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p.lines[i+1].text)
	return unicode.IsLower(r)
}
