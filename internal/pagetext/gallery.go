package pagetext

import (
	"strconv"
	"strings"
	"unicode"
)

// A gallery page prints its story a paragraph to a picture: the picture's
// counter ("Photo 2 of 4", "Bild 2 von 4", "Foto 2 de 4", "2/4"), the
// paragraph, and the picture's credit ("Photo: Agency"). The credit under
// each paragraph reads it as a caption, and with every paragraph so read
// the page has no story left. Where the counters of one gallery count up,
// the counters and credits are the pictures' furniture and the paragraphs
// between them are the story.

// galleryMaxRunes bounds a counter line; galleryAfterLast how many lines
// under the last counter may still be its picture's text.
const (
	galleryMaxRunes  = 30
	galleryAfterLast = 3
	// galleryCreditWords bounds a line of a picture's credit ("Photo:
	// Agency") or label, which is no sentence.
	galleryCreditWords = 8
)

// galleryCounter returns the picture number k and the gallery's size of a
// counter line: an optional label word, then "k of n" in any language
// (a short word between the numbers) or "k/n". It returns 0, 0 for any
// other line.
func galleryCounter(ln *line) (k, of int) {
	if ln.runes > galleryMaxRunes || ln.words > 4 {
		return 0, 0
	}
	t := ln.text
	if ln.digits == 0 {
		// Arabic, Persian or Devanagari digits ("صورة ٢ من ٤") count
		// as ASCII ones.
		if ln.runes == len(t) || !hasWideDigits(t) {
			return 0, 0
		}
		t, _ = asciiDigits(t)
	}
	if !isDigitByte(t[len(t)-1]) {
		return 0, 0
	}
	f := strings.Fields(t)
	if len(f) > 1 && !isDigits(f[0]) && !strings.Contains(f[0], "/") {
		for _, r := range f[0] {
			if !unicode.IsLetter(r) && !unicode.IsMark(r) { // the vowel signs of Indic scripts are marks
				return 0, 0
			}
		}
		f = f[1:] // the label: "Photo", "Bild", "Foto"
	}
	var a, b string
	switch len(f) {
	case 1: // "2/4"
		var ok bool
		if a, b, ok = strings.Cut(f[0], "/"); !ok {
			return 0, 0
		}
	case 3: // "2 of 4", "2 / 4"
		if f[1] != "/" && !shortWord(f[1]) {
			return 0, 0
		}
		a, b = f[0], f[2]
	default:
		return 0, 0
	}
	if !isDigits(a) || !isDigits(b) || len(a) > 3 || len(b) > 3 {
		return 0, 0
	}
	k, _ = strconv.Atoi(a)
	of, _ = strconv.Atoi(b)
	if k < 1 || of < 2 || k > of {
		return 0, 0
	}
	return k, of
}

// shortWord reports a word of one to four letters, none a capital but
// the first (a title-case line writes "Photo 2 Of 4"): the "of", "von",
// "sur", "de", "z", "من", "מתוך" between a counter's numbers.
func shortWord(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsLetter(r) || unicode.IsUpper(r) && n > 0 {
			return false
		}
		n++
	}
	return n >= 1 && n <= 4
}

// galleryStory reads the paragraphs of a gallery as story: where two
// counters or more of one size count up, a paragraph under a counter that
// is a caption only for the credit under it is story, and each counter is
// the picture's furniture, which the paragraphs look through to each
// other as they do through an advertisement's label.
func (p *page) galleryStory() {
	var at []int
	size, last := 0, 0
	for i := range p.lines {
		k, of := galleryCounter(&p.lines[i])
		if of == 0 || size != 0 && (of != size || k <= last) {
			continue
		}
		at = append(at, i)
		size, last = of, k
	}
	if len(at) < 2 {
		return
	}
	furn := make([]bool, len(p.lines))
	p.galleryFurn = furn
	for j, c := range at {
		end := min(c+1+galleryAfterLast, len(p.lines))
		if j+1 < len(at) {
			end = at[j+1]
		}
		p.ann[c].set(roleCaption, true)
		furn[c] = true
		for i := c + 1; i < end; i++ {
			if a := &p.ann[i]; a.has(roleCapByNext) {
				a.set(roleCaption|roleCapByNext, false)
				a.capText, a.credit = "", ""
			} else if p.lines[i].words <= galleryCreditWords && !endsSentenceAny(p.lines[i].text) {
				furn[i] = true // the picture's credit or label
			}
		}
	}
}
