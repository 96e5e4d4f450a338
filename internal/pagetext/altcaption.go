package pagetext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/morgue-archive/morgue/internal/lang"
)

// A picture inside a story leaves two lines in the dump: its alt text, a
// short name of what it shows ("Garden shed with the door open"), and
// right under it the caption, a longer line in sentence case that tells
// the same thing again ("We left the garden shed open overnight to test
// the lock"). Each alone reads like a subheading and the paragraph under
// it, and subheadings are mostly story (a rule on caption-like lines alone
// loses more than it wins); the pair gives them away: a caption repeats
// the alt text's words, runs longer, and neither ends as a sentence does.

// altTextMaxWords bounds an alt line; a caption runs from captionMinWords
// to captionMaxWords and at least captionLonger words past its alt text.
const (
	altTextMaxWords = 12
	captionMinWords = 6
	captionMaxWords = 30
	captionLonger   = 3
	captionMinStops = 2
)

// altCaptionMarks never stand in an alt text or its caption: code, paths,
// tables, prices and labelled values ("Cook time: 35 min").
const altCaptionMarks = "={}<>|#\\_/:$?"

// dropAltCaptions takes pairs of an image's alt text and its caption out
// of the body.
func (p *page) dropAltCaptions() {
	var sw lang.Stopwords
	ready := false
	for i := 0; i+1 < len(p.lines); i++ {
		if !p.keep[i] || !p.keep[i+1] || !altTextShape(&p.lines[i]) || !captionShape(&p.lines[i], &p.lines[i+1]) || p.underShortRun(i+2) || p.inAnnouncedList(i) || p.sentenceRunsOn(i+1) {
			continue
		}
		if !ready {
			sw, ready = lang.StopwordsOf(p.code), true
		}
		if sentenceCaseWord(p.lines[i+1].text, sw) && repeatsAltText(p.lines[i].low, p.lines[i+1].low, sw) {
			p.keep[i], p.keep[i+1] = false, false
			i++
		}
	}
}

// altTextShape reports a line short enough for an alt text, ending
// without a sentence's stop.
func altTextShape(a *line) bool {
	r, _ := utf8.DecodeRuneInString(a.text)
	return a.words >= 1 && a.words <= altTextMaxWords && a.cells == nil && !unicode.IsDigit(r) &&
		!endsLikeSentence(a.text) && !strings.ContainsAny(a.text, altCaptionMarks)
}

// captionShape reports a line b that may caption the picture whose alt
// text is a: a capital first, longer than a, no stop at its end.
func captionShape(a, b *line) bool {
	if b.stops < captionMinStops || b.words < captionMinWords || b.words > captionMaxWords || b.words < a.words+captionLonger || b.cells != nil {
		return false
	}
	r, _ := utf8.DecodeRuneInString(b.text)
	return unicode.IsUpper(r) && !endsLikeSentence(b.text) && !strings.ContainsAny(b.text, altCaptionMarks)
}

// endsLikeSentence reports a line ending in a stop, a colon or a closing
// quote.
func endsLikeSentence(t string) bool {
	t = strings.TrimRight(t, " ")
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?:;\"”", r)
}

// sentenceCaseWord reports a word of three letters or more, not a
// stopword, written in lower case: a caption is a sentence, a heading
// above a section would be written in title case.
func sentenceCaseWord(t string, sw lang.Stopwords) bool {
	for w := range wordsIn(t) {
		if len(w) >= 3 && allLower(w) && !sw.Is(w) {
			return true
		}
	}
	return false
}

// allLower reports a word of lower-case letters only.
func allLower(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// repeatsAltText reports a caption (lower case) that has at least half
// of the words of three letters or more, not stopwords, of the alt text
// above it.
func repeatsAltText(alt, caption string, sw lang.Stopwords) bool {
	n, shared := 0, 0
	for w := range wordsIn(alt) {
		if len(w) < 3 || sw.Is(w) {
			continue
		}
		n++
		for c := range wordsIn(caption) {
			if c == w {
				shared++
				break
			}
		}
	}
	return n > 0 && 2*shared >= n
}

// underShortRun reports a kept line j that is short and ends without a stop,
// like the two above it, and goes on into another line without a stop or
// ends the page: then the three are items of a list (a contents, questions,
// steps, a product's features), not a picture's pair of lines in a story.
// One short line alone under a pair, with a paragraph under it, is the
// subheading of the next section.
func (p *page) underShortRun(j int) bool {
	return j < len(p.lines) && p.lines[j].words <= altTextMaxWords && p.keptStopless(j) &&
		(j+1 == len(p.lines) || p.keptStopless(j+1))
}

// keptStopless reports a kept line j ending without a stop.
func (p *page) keptStopless(j int) bool {
	return p.keep[j] && !endsLikeSentence(p.lines[j].text)
}

// announcedListLook is how many lines inAnnouncedList looks up.
const announcedListLook = 8

// inAnnouncedList reports a line under a line that ends with a colon,
// with only lines that end without a stop between them ("Click the link
// above so you can:" over "Pinpoint your focus" / "Get to know the next
// stages"): the items of a list the story announces, whose neighbours
// may share words as an alt text and its caption do.
func (p *page) inAnnouncedList(i int) bool {
	for j := i - 1; j >= 0 && j >= i-announcedListLook; j-- {
		t := strings.TrimRight(p.lines[j].text, " ")
		if t == "" {
			continue
		}
		if announces(t) {
			return true
		}
		if endsLikeSentence(t) {
			return false
		}
	}
	return false
}
