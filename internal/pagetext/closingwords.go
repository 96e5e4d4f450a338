package pagetext

import (
	"strings"
	"unicode"
)

// A story often says that it is closing: "In summary, …", "And finally,
// we have reached the end …". When such a paragraph stands under the
// body's last kept line, the story did not end there: what the
// classifier left out between was more of it (a snippet of code, a list
// the writer points to), weighed low because the page's furniture is
// near. Bios, pitches and notes under a story speak of the writer or the
// site, and hardly ever open so.

// closingOpeners open a paragraph that closes a story, in the languages
// the parser reads most; they are looked up by their first byte.
var closingOpeners = byFirstByte(
	"in summary", "in conclusion", "to sum up", "to summarize", "to summarise", "to conclude",
	"in closing", "all in all", "finally", "and finally",
	"en résumé", "en conclusion", "pour conclure", "enfin",
	"zusammenfassend", "abschließend",
	"en resumen", "en conclusión", "para concluir", "por último", "finalmente",
	"in conclusione", "in sintesi", "infine",
	"em resumo", "em conclusão", "por fim",
)

// closingGap is the most lines between the body's last kept line and a
// closing paragraph for the lines between to be the story's.
const closingGap = 15

// closingWords is the fewest words a closing paragraph has: a label
// ("In conclusion") or a teaser's line is shorter.
const closingWords = 20

// keepToClosingWords keeps a closing paragraph (see above) that stands
// within closingGap lines under the body's last kept line, and the lines
// between that no reading calls furniture and the page prints once.
func (p *page) keepToClosingWords() {
	last := p.prevKept(len(p.keep))
	if last < 0 {
		return
	}
	end := -1
	for i := last + 1; i < len(p.lines) && i <= last+closingGap; i++ {
		ln := &p.lines[i]
		if p.ann[i].has(roleWall) {
			return
		}
		if ln.words >= closingWords {
			if _, ok := closingOpeners.opening(ln.low); ok {
				end = i
			}
		}
	}
	if end < 0 {
		return
	}
	p.keep[end] = true
	for i := last + 1; i < end; i++ {
		if p.lines[i].words > 0 && p.copies[i] < 2 && !p.furnitureByAnyReading(i) {
			p.keep[i] = true
		}
	}
}

// farewells open a writer's last words to the reader, a line of a few
// words under the story ("Happy coding!", "Until next time…"); they are
// looked up by their first byte.
var farewells = byFirstByte(
	"happy", "have fun", "have a great", "until next time", "till next time", "see you",
	"good luck", "take care", "stay safe", "enjoy", "cheers",
	"à bientôt", "bonne lecture", "bon appétit", "bis bald", "bis zum nächsten mal", "viel spaß",
	"hasta pronto", "hasta la próxima", "buen provecho", "a presto", "alla prossima", "buon appetito",
	"até logo", "até a próxima", "bom apetite",
)

// signOffWords is the most words a sign-off has.
const signOffWords = 6

// keepSignOff keeps the line right under the body's last kept line when
// it is the writer's sign-off: a few words that open as one and end with
// '!' or '…' ("Happy planting!"). The classifier scores it low, short
// and next to the page's furniture; a button or a box's label under a
// story ("Let's talk!", "Read more") does not open so.
func (p *page) keepSignOff() {
	last := p.prevKept(len(p.keep))
	i := last + 1
	if last < 0 || i >= len(p.lines) {
		return
	}
	ln := &p.lines[i]
	if ln.words == 0 || ln.words > signOffWords || !endsExclaiming(ln.text) {
		return
	}
	if _, ok := farewells.opening(ln.low); ok && !p.furnitureByAnyReading(i) {
		p.keep[i] = true
	}
}

// endsExclaiming reports a text whose last mark, before any closing
// quote, bracket or emoji, is '!' or '…'.
func endsExclaiming(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '!' && r != '…' && r != '.'
	})
	return strings.HasSuffix(s, "!") || strings.HasSuffix(s, "…") || strings.HasSuffix(s, "...")
}
