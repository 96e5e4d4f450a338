package pagetext

import (
	"strings"

	"github.com/morgue-archive/morgue/internal/lang"
)

// A site's box for its own offer inside a story has three parts: a title
// ("Free Storyboard Template"), a sentence or two spoken to the reader
// ("We made this template to make your next storyboard easier."), and a
// button ("Download"). dropPitchBoxes knows a box by its button and copy
// where the next section's heading stands under it; with its title over
// the copy, the box is known by its own three parts, and the story may go
// on under it with a paragraph of the section the box was set into.
//
// A button drawn with an icon font leaves the icon's name in the text,
// after the button's words ("Download chevron_right"): the name is no
// word of the button.

// titledBoxTitleMaxWords bounds the box's title, titledBoxCopyMaxWords a
// line of its copy, titledBoxCopyMaxLines how many lines the copy runs to.
const (
	iconNameMaxWords       = 3 // "keyboard_arrow_right"
	titledBoxTitleMaxWords = 12
	titledBoxCopyMaxWords  = 45
	titledBoxCopyMaxLines  = 2
)

// boxVerbs open a button under a box's copy beyond the calls to act that
// the classifier reads (ctaWords): the box offers a tool or asks for the
// reader's word. They open a story's own steps as often ("Calculate the
// total"), so they count only on a button under a titled box.
var boxVerbs = toSet("calculate", "tell", "take", "compare", "estimate", "share", "claim", "reserve")

// dropTitledBoxes takes out of the body the titled boxes (see above). The
// words are English, so other languages' pages are left as they are.
func (p *page) dropTitledBoxes() {
	if p.code != "en" {
		return
	}
	var closes map[string]int
	for i, k := range p.keep {
		if !k || !p.boxButton(i) {
			continue
		}
		if closes == nil {
			closes = p.cardCloses(nil)
		}
		if p.closesCards(i, closes) {
			continue
		}
		// A button's words alone may be the next section's heading
		// ("Book the venue"), with its paragraph under it; a button drawn
		// with an icon is a button wherever it stands.
		// A heading over a list ends with a colon ("Compare the costs:").
		next := p.nextKept(i)
		if !p.headingOrEnd(next) && trimIconNames(p.lines[i].text) == p.lines[i].text || next >= 0 && strings.HasSuffix(strings.TrimRight(p.lines[next].text, " "), ":") {
			continue
		}
		parts, ok := p.titledBoxOver(i)
		if !ok {
			continue
		}
		p.keep[i] = false
		for _, j := range parts {
			p.keep[j] = false
		}
	}
}

// boxButton reports a line worded as a button, an icon's name after its
// words left out: two to pitchButtonMaxWords words calling the reader to
// act (one beside an icon), with no full stop, colon or bracket.
func (p *page) boxButton(i int) bool {
	ln := &p.lines[i]
	if ln.words > pitchButtonMaxWords+iconNameMaxWords || ln.words == 0 {
		return false
	}
	t := trimIconNames(ln.low)
	n, least := 0, 2
	if len(t) < len(ln.low) {
		least = 1 // an icon makes a lone word a button ("Download")
	}
	for range wordsIn(t) {
		n++
	}
	if n < least || n > pitchButtonMaxWords || strings.ContainsAny(t, ":;([$") || endsSentenceAny(t) {
		return false
	}
	if !opensWithCallToAction(t) && !opensWithAccountVerb(t) && !opensWithWordIn(t, boxVerbs) && !strings.HasSuffix(t, " trial") {
		return false
	}
	last := lastWordIn(t)
	return last == "now" || !lang.IsStopword(p.code, last)
}

// trimIconNames cuts off the end of a line the names an icon font gives
// its glyphs, which join words with an underscore ("arrow_forward"), and
// the arrows a button is drawn with.
func trimIconNames(t string) string {
	for {
		t = strings.TrimRight(t, " →›❯»>")
		i := strings.LastIndexByte(t, ' ')
		last := t[i+1:]
		if i < 0 || !iconName(last) {
			return t
		}
		t = t[:i]
	}
}

// iconName reports a word of lower-case ASCII letters joined by
// underscores, as an icon font names a glyph; a Markdown dump may escape
// the underscore ("chevron\_right").
func iconName(w string) bool {
	w = strings.ReplaceAll(w, `\_`, "_")
	if !strings.Contains(w, "_") || strings.HasPrefix(w, "_") || strings.HasSuffix(w, "_") {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c != '_' && (c < 'a' || c > 'z') {
			return false
		}
	}
	return true
}

// titledBoxOver returns the title and copy of a titled box over the
// button at line i: one or two sentences of copy, the nearest spoken to
// the reader, under a short title that ends without a sentence's stop
// (a question may title a box: "Tried this at home?"), and the story's
// own text over the title.
func (p *page) titledBoxOver(i int) ([]int, bool) {
	var parts []int
	for j := p.prevKept(i); j >= 0; j = p.prevKept(j) {
		ln := &p.lines[j]
		if len(parts) > 0 && boxTitleShape(ln) {
			if p.prevKept(j) < 0 || p.inAnnouncedList(j) {
				return nil, false // the box stands inside the story, under some of it, not in a list
			}
			return append(parts, j), true
		}
		if len(parts) == titledBoxCopyMaxLines || ln.words > titledBoxCopyMaxWords || !endsSentenceAny(ln.text) {
			return nil, false
		}
		if pitch, _, _ := readPitch(ln.low); pitch == 0 && !opensWithCallToAction(ln.low) && !exclaims(ln.text) {
			return nil, false // the copy speaks to the reader
		}
		parts = append(parts, j)
	}
	return nil, false
}

// boxTitleShape reports a line short enough for a box's title that ends
// without a full stop, an exclamation or a colon.
func boxTitleShape(ln *line) bool {
	t := strings.TrimRight(ln.text, " ")
	return ln.words <= titledBoxTitleMaxWords && !strings.HasSuffix(t, ":") &&
		(strings.HasSuffix(t, "?") || !endsSentenceAny(t))
}
