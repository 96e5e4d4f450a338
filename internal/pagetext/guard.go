package pagetext

import "strings"

// Most lines match none of the patterns this package reads them with, and
// running a pattern costs far more than looking for a letter in a short
// string. So each pattern is guarded by a test that every match must pass:
// a byte the pattern cannot match without, or a keyword it spells out. The
// guards are read off the patterns and change no result; a line that passes
// one still goes through the pattern itself.

// A keywordSet tells whether a text holds one of a few keywords in any case,
// the way a case-blind pattern (?i) would see them: an ASCII letter matches
// itself and its capital, and s and k also match ſ (U+017F) and the Kelvin
// sign (U+212A), the only other runes that fold to ASCII letters. A text
// with either of those two passes whatever the keywords.
type keywordSet struct {
	first [128]bool // first bytes of the keywords
	words []string
}

func newKeywordSet(words ...string) *keywordSet {
	k := &keywordSet{words: words}
	for _, w := range words {
		if w == "" || w != strings.ToLower(w) || !isASCII(w) {
			panic("pagetext: keyword must be ASCII lower case: " + w)
		}
		k.first[w[0]] = true
	}
	return k
}

// in reports whether s holds one of the keywords, in any case.
func (k *keywordSet) in(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			if strings.HasPrefix(s[i:], "ſ") || strings.HasPrefix(s[i:], "\u212a") {
				return true
			}
			continue
		}
		if !k.first[lowerASCII(c)] {
			continue
		}
		for _, w := range k.words {
			if hasFoldAt(s[i:], w) {
				return true
			}
		}
	}
	return false
}

// hasFoldAt reports whether s starts with w (ASCII lower case) in any ASCII
// case.
func hasFoldAt(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for j := 0; j < len(w); j++ {
		if lowerASCII(s[j]) != w[j] {
			return false
		}
	}
	return true
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// hasDigit reports whether s has an ASCII digit, what \d matches.
func hasDigit(s string) bool { return hasDigitRun(s, 1) }

// hasSpace reports whether s has a byte that \s matches.
func hasSpace(s string) bool {
	return strings.ContainsAny(s, " \t\n\f\r")
}
