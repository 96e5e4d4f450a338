package pagetext

import (
	"unicode"
	"unicode/utf8"
)

// sentenceRunsOn reports a line whose sentence goes on in the kept line
// under it, which opens in lower case: text wrapped by hand at a fixed
// width (a mail, a plain-text page) breaks its sentences across lines, so
// a line with no stop at its end is a sentence's first part, not a
// caption under a picture's alt text. The line under is as wide as a
// wrapped line (six words or more): a short one opening in lower case is
// a brand's heading ("eufy’s Features"), not the sentence going on.
func (p *page) sentenceRunsOn(i int) bool {
	if i+1 >= len(p.lines) || !p.keep[i+1] || p.lines[i+1].words < 6 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p.lines[i+1].text)
	return unicode.IsLower(r)
}
