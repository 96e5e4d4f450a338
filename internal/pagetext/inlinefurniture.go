package pagetext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/morgue-archive/morgue/internal/lang"
)

// Two kinds of line inside a story are furniture by their form alone,
// however much stage two and three read them as prose: a short line that
// a pointing sign opens ("👉 See more trends from …"), which is a link to
// somewhere else, and the headline printed again between the story's
// paragraphs or over them (a running head, the page's title over the
// text, a box's heading that repeats it).

// pointerLinkWords is the most words a line a pointing sign opens may
// have and be a link: a writer's own note that opens so ("➡️ Tip: read my
// day-two itinerary for a more detailed plan of …") runs longer.
const pointerLinkWords = 16

// pointerSigns are the pictographs that point the reader to a link. Signs
// such as ">>" or "→" also open lines of code, console output and flows
// ("→ step two"), and are not among them.
var pointerSigns = []string{"👉", "➡", "☞", "🔗"}

// isPointerLink reports a short line that a pointing sign opens, with
// words after it.
func isPointerLink(ln *line) bool {
	if ln.words == 0 || ln.words > pointerLinkWords {
		return false
	}
	for _, s := range pointerSigns {
		if rest, ok := strings.CutPrefix(ln.text, s); ok {
			rest = strings.TrimLeft(rest, " \uFE0F\u00a0")
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '[' || r == '"' || r == '“'
		}
	}
	return false
}

// headlineRepeatCopies is how often a page must print its headline for
// every copy of it in the body to be a running head.
const headlineRepeatCopies = 3

// listHeadWords is the most words each of the two lines under a copy of
// the headline may have for the copy to head a list ("Best EVs of 2026",
// then "Best overall - …", "Best value - …").
const listHeadWords = 12

// dropHeadlineCopies takes out of the body the lines that print the
// headline again, alone or with the site's name after a separator: a
// story says its headline once, over it. A copy over a list of short
// lines heads the list as a subheading does and stays, unless the page
// prints the headline headlineRepeatCopies times or more: then it is a
// running head over each item.
func (p *page) dropHeadlineCopies() {
	if p.title < 0 {
		return
	}
	head := trimTitleEnd(p.lines[p.title].low)
	if head == "" {
		return
	}
	for i, k := range p.keep {
		if !k || !sameHeadline(trimTitleEnd(p.lines[i].low), head) {
			continue
		}
		if p.copies[i] < headlineRepeatCopies && p.headsShortLines(i) {
			continue
		}
		p.keep[i] = false
	}
}

// headsShortLines reports whether the two kept lines under line i are
// short and do not end like sentences: the items of a list it heads.
func (p *page) headsShortLines(i int) bool {
	n := 0
	for j := i + 1; j < len(p.lines) && n < 2; j++ {
		if !p.keep[j] {
			continue
		}
		if p.lines[j].words > listHeadWords || endsSentenceAny(p.lines[j].text) {
			return false
		}
		n++
	}
	return n == 2
}

// trimTitleEnd cuts the spaces and closing punctuation off a headline's
// end, which a copy of it may print or leave out ("… in 2025?").
func trimTitleEnd(low string) string {
	return strings.TrimRight(low, " .?!:;,…")
}

// siteNameMaxWords is the most words a site's name after a separator has.
const siteNameMaxWords = 4

// sameHeadline reports whether a and b are one headline: the same text,
// or one of them with a site's name after a separator.
func sameHeadline(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	rest, ok := strings.CutPrefix(a, b)
	if !ok {
		return false
	}
	for _, s := range titleSeparators {
		if name, ok := strings.CutPrefix(rest, s); ok {
			return name != "" && strings.Count(name, " ") < siteNameMaxWords
		}
	}
	return false
}

// A link to another story may close a section of a story in the words of
// a sentence that calls the reader to it ("Learn about the Mediterranean
// diet and how to get started"): after the section's last paragraph and
// before the next heading, with no full stop, in small letters as a
// sentence is written rather than capitalised as a heading. A step of a
// how-to written as a sentence-case heading ("Check the condition of the
// roof") has its paragraph under it.

// sectionTeaserMinWords and sectionTeaserMaxWords bound such a link;
// storyParagraphWords is the fewest words of the paragraphs around it.
const (
	sectionTeaserMinWords = 5
	sectionTeaserMaxWords = 16
	storyParagraphWords   = 15
)

// dropSectionTeasers takes out of the body the links that close a section
// (sectionTeaser). Their opening words are English (ctaWords), so other
// languages' pages are left as they are.
func (p *page) dropSectionTeasers() {
	if p.code != "en" {
		return
	}
	above := -1 // the body's line above, teasers left out
	for i, k := range p.keep {
		if !k {
			continue
		}
		if above >= 0 && p.storyParagraph(above) && p.sectionTeaser(i) && !p.storyParagraph(p.nextKept(i)) {
			p.keep[i] = false
			continue
		}
		above = i
	}
}

// storyParagraph reports a line that is a paragraph of the story: long,
// and ending like a sentence. It is false for -1.
func (p *page) storyParagraph(i int) bool {
	return i >= 0 && p.lines[i].words >= storyParagraphWords && endsSentenceAny(p.lines[i].text)
}

// sectionTeaser reports a line worded as a link that closes a section: it
// opens with a call to act, has no full stop, colon or bracket, does not
// break off on a function word, and is in sentence case.
func (p *page) sectionTeaser(i int) bool {
	ln := &p.lines[i]
	if ln.words < sectionTeaserMinWords || ln.words > sectionTeaserMaxWords || !opensWithCallToAction(ln.low) ||
		strings.ContainsAny(ln.text, ":;([") {
		return false
	}
	t := trimRightSet(ln.text, " \"'”’")
	if t == "" || strings.ContainsRune(".!?…", lastRune(t)) {
		return false
	}
	if lang.IsStopword(p.code, lastWordIn(ln.low)) {
		return false
	}
	return !mostlyCapitalised(ln.text)
}

// mostlyCapitalised reports a line whose words of four letters or more
// after the first mostly open with a capital, as a heading's do in title
// case.
func mostlyCapitalised(text string) bool {
	long, caps, first := 0, 0, true
	for w := range wordsIn(text) {
		if first {
			first = false
			continue
		}
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			caps++
		}
	}
	return long > 0 && 2*caps > long
}
