package lang

import (
	"math/bits"
	"strings"
	"testing"
	"unicode"
)

// headByRunes and byStopwordsByRunes are head and byStopwords' word walk as
// plain loops over the runes: the fast paths for ASCII must count the
// same letters and cut the same words.
func headByRunes(text string) (sample string, letters, latin int) {
	n := 0
	for i, r := range text {
		if n == sampleRunes {
			cut := text[:i]
			if sp := strings.LastIndexFunc(cut, unicode.IsSpace); sp > len(cut)*3/4 {
				cut = cut[:sp]
			}
			return cut, letters, latin
		}
		n++
		if unicode.IsLetter(r) {
			letters++
			if unicode.Is(unicode.Latin, r) {
				latin++
			}
		}
	}
	return text, letters, latin
}

func TestSampleWalksAsRunes(t *testing.T) {
	texts := []string{
		"",
		"the cat and the dog's bowl",
		"l'été où les enfants ont joué à la plage, et c'est tout",
		"Москва и область: это не то, что было",
		"东京 and Ōsaka ª º µ × ÷ ÿ",
		"bad \xff\xfe bytes in 'quotes' and \xc3 half a rune",
		strings.Repeat("Die Stadt und der Fluss sind nicht mehr, was sie waren. ", 40),
		strings.Repeat("é", 999) + " and the rest of it",
		strings.Repeat("a", 1000) + "b c",
		"é" + strings.Repeat("ab ", 400) + "Ωmega",
	}
	for _, text := range texts {
		s1, l1, n1 := head(text)
		s2, l2, n2 := headByRunes(text)
		if s1 != s2 || l1 != l2 || n1 != n2 {
			t.Errorf("head(%.40q) = %d bytes, %d letters, %d Latin; by runes %d, %d, %d", text, len(s1), l1, n1, len(s2), l2, n2)
		}
		w1, b1, h1 := byStopwords(text, false)
		w2, b2, h2 := byStopwordsByRunes(text)
		if w1 != w2 || b1 != b2 || h1 != h2 {
			t.Errorf("byStopwords(%.40q) = %d words, %q, %d hits; by runes %d, %q, %d", text, w1, b1, h1, w2, b2, h2)
		}
	}
}

// byStopwordsByRunes is byStopwords's walk over words as it was, rune by
// rune; the choice among the counts is the package's own.
func byStopwordsByRunes(text string) (words int, best string, hits int) {
	var counts [8]int
	count := func(w string) {
		for set := stopSet(w); set != 0; set &= set - 1 {
			counts[bits.TrailingZeros8(set)]++
		}
	}
	text = strings.ToLower(text)
	start := -1
	for i, r := range text {
		inWord := unicode.IsLetter(r) || r == '\''
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			words++
			count(text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		words++
		count(text[start:])
	}
	best, hits = stopwordWinner(&counts, words)
	return words, best, hits
}
