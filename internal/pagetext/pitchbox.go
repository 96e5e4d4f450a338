package pagetext

import (
	"strings"

	"github.com/morgue-archive/morgue/internal/lang"
)

// A site may set a box selling its own product inside the story: a line
// or three of copy spoken to the reader ("Scale your training with our
// app!") over a short button ("Book a demo"). A button alone is often the
// story's own (a shop link under a product's price), so the box is known
// by the pair: the button directly under copy that addresses the reader.

// pitchButtonMaxWords bounds a button; pitchCopyMaxWords a line of the
// copy over it; pitchCopyMaxLines how many lines the copy runs to;
// pitchSloganMaxWords the copy's line right over the button when both
// exclaim, as a slogan of a few short sentences does ("Acme Offers Plans
// for Every Team. … Find Your Plan!" / "Book your Demo!").
const (
	pitchButtonMaxWords = 5
	pitchCopyMaxWords   = 25
	pitchCopyMaxLines   = 3
	pitchSloganMaxWords = 35
)

// dropPitchBoxes takes the pitch boxes out of the body. The classifier
// may have left the button out already and kept the copy right over it;
// the copy goes then too. The button's opening words are English
// (ctaWords), so other languages' pages are left as they are.
func (p *page) dropPitchBoxes() {
	if p.code != "en" {
		return
	}
	var closes map[string]int
	for i, k := range p.keep {
		if !k && (i == 0 || !p.keep[i-1]) || !p.pitchButton(i) && !p.closingButton(i) {
			continue
		}
		copyLines := p.pitchCopyOver(i)
		if len(copyLines) == 0 || !p.boxShaped(i, copyLines[0]) {
			continue
		}
		if closes == nil {
			closes = p.cardCloses(nil)
		}
		if p.closesCards(i, closes) {
			continue
		}
		p.keep[i] = false
		for _, j := range copyLines {
			p.keep[j] = false
		}
	}
}

// pitchButton reports a line worded as a button: a few words that call
// the reader to act, with no full stop, colon or bracket; it may close on
// an exclamation mark ("Book your harbour tour!").
func (p *page) pitchButton(i int) bool {
	return p.buttonOf(i, pitchButtonMaxWords)
}

// closingButtonMaxWords bounds a button under the body's last line: the
// box that closes a page may spell out two acts ("Sign up for free and
// start saving").
const closingButtonMaxWords = 7

// closingButton reports a button (pitchButton) of up to
// closingButtonMaxWords words with nothing of the body under it.
func (p *page) closingButton(i int) bool {
	return p.lines[i].words > pitchButtonMaxWords && p.nextKept(i) < 0 && p.buttonOf(i, closingButtonMaxWords)
}

// buttonOf is pitchButton with maxWords words at most.
func (p *page) buttonOf(i, maxWords int) bool {
	ln := &p.lines[i]
	if ln.words < 2 || ln.words > maxWords || strings.ContainsAny(ln.text, ":;([$") ||
		endsSentenceAny(strings.TrimSuffix(ln.text, "!")) {
		return false
	}
	if !opensWithCallToAction(ln.low) && !opensWithAccountVerb(ln.low) && !strings.HasSuffix(ln.low, " trial") {
		return false
	}
	last := lastWordIn(ln.low)
	// A line that breaks off on a function word is cut short, not a
	// button, but a button may close on "now" ("Shop boots now").
	return last == "now" || !lang.IsStopword(p.code, last)
}

// boxShaped reports whether a button and the copy right over it stand as
// a box: a heading or the body's end under the button, or, for a button
// that exclaims ("Book your harbour tour!"), copy written as an ad's slogan,
// in title case or exclaiming too, wherever it stands. A story may close
// on an exclaiming line of its own under a sentence to the reader ("Join
// us on the pier next week!"), which is no slogan.
func (p *page) boxShaped(button, copyLine int) bool {
	if !exclaims(p.lines[button].text) {
		return p.headingOrEnd(p.nextKept(button))
	}
	return exclaims(p.lines[copyLine].text) || mostlyCapitalised(p.lines[copyLine].text)
}

// pitchNextMaxWords bounds the heading a pitch box may stand over.
const pitchNextMaxWords = 12

// headingOrEnd reports whether line i is shaped as a heading (short, with
// no sentence mark at its end) or is -1, the body's end: a box stands
// between sections, while a section's own call to act ("Start composting")
// has the section's paragraph under it.
func (p *page) headingOrEnd(i int) bool {
	return i < 0 || p.lines[i].words <= pitchNextMaxWords && !endsSentenceAny(p.lines[i].text)
}

// pitchCopyOver returns the body's lines of copy right over the button at
// line i, or nil when there is none: the nearest is short and speaks to
// the reader (or for the site) or exclaims as a slogan does; up to two
// more over it are short and end without a full stop, as a box's heading
// or slogan does, while a story's sentence ends with one.
func (p *page) pitchCopyOver(i int) []int {
	var out []int
	for j := p.prevKept(i); j >= 0 && len(out) < pitchCopyMaxLines; j = p.prevKept(j) {
		ln := &p.lines[j]
		if ln.words > pitchCopyMaxWords && (len(out) > 0 || ln.words > pitchSloganMaxWords || !exclaims(ln.text) || !exclaims(p.lines[i].text)) || p.pitchButton(j) {
			break
		}
		if len(out) == 0 {
			if pitch, _, _ := readPitch(ln.low); pitch == 0 && !opensWithCallToAction(ln.low) && !exclaims(ln.text) || !endsSentenceAny(ln.text) {
				return nil // the copy over a button is a sentence spoken to the reader
			}
		} else if strings.HasSuffix(trimRightSet(ln.text, " \"'”’"), ".") {
			break
		}
		out = append(out, j)
	}
	if len(out) == 0 || p.prevKept(out[len(out)-1]) < 0 {
		return nil // the box must stand inside the story, under some of it
	}
	return out
}
