package pagetext

import (
	"encoding/binary"
	"strings"
	"unicode/utf8"
)

// Most lines match none of the patterns this package reads them with, and
// running a pattern costs far more than looking for a letter in a short
// string. So each pattern is guarded by a test that every match must pass:
// a byte the pattern cannot match without, or a keyword it spells out. The
// guards are read off the patterns and change no result; a line that passes
// one still goes through the pattern itself. TestGuardsMatchPatterns and
// FuzzGuards hold every guard to its pattern.

// A keywordSet tells whether a text holds one of a few keywords in any case,
// the way a case-blind pattern (?i) would see them: an ASCII letter matches
// itself and its capital, and s and k also match ſ (U+017F) and the Kelvin
// sign (U+212A), the only other runes that fold to ASCII letters. A text
// with either of those two passes whatever the keywords.
type keywordSet struct {
	words   []string
	byFirst [128][]string // the keywords by first byte
	maxLen  int
}

func newKeywordSet(words ...string) *keywordSet {
	k := &keywordSet{words: words}
	for _, w := range words {
		if w == "" || w != strings.ToLower(w) || !isASCII(w) {
			panic("pagetext: keyword must be ASCII lower case: " + w)
		}
		k.byFirst[w[0]] = append(k.byFirst[w[0]], w)
		k.maxLen = max(k.maxLen, len(w))
	}
	return k
}

// startsIn reports whether s starts with one of the keywords, in any case.
func (k *keywordSet) startsIn(s string) bool {
	if s == "" {
		return false
	}
	if s[0] < 0x80 {
		for _, w := range k.byFirst[lowerASCII(s[0])] {
			if hasFoldAt(s, w) {
				return true
			}
		}
	}
	// A keyword spelled with ſ or the Kelvin sign (two and three bytes)
	// would span at most three bytes a letter.
	// An ASCII head (most) holds neither: one pass over it spares two
	// searches.
	head := s[:min(len(s), 3*k.maxLen)]
	return !isASCII(head) && (strings.Contains(head, "ſ") || strings.Contains(head, "\u212a"))
}

// in reports whether s holds one of the keywords, in any case.
func (k *keywordSet) in(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			if c == 0xc5 && strings.HasPrefix(s[i:], "ſ") || c == 0xe2 && strings.HasPrefix(s[i:], "\u212a") {
				return true
			}
			continue
		}
		for _, w := range k.byFirst[lowerASCII(c)] {
			if hasFoldAt(s[i:], w) {
				return true
			}
		}
	}
	return false
}

// inLine is in(ln.text), using the line's lower case: strings.ToLower
// turns every rune that (?i) matches with an ASCII letter into that letter,
// but for ſ, which the line notes.
func (k *keywordSet) inLine(ln *line) bool {
	if ln.longS {
		return true
	}
	for _, w := range k.words {
		if strings.Contains(ln.low, w) {
			return true
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

// highBits has the top bit of each of a word's eight bytes: a byte
// with it set is no ASCII.
const highBits = 0x8080808080808080

// ascii8 returns the eight bytes of s from i (i+8 <= len(s)) as one
// word, and whether all of them are ASCII: the scanners that pass most
// of a line eight bytes at a time read it so.
func ascii8(s string, i int) (uint64, bool) {
	x := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
	return x, x&highBits == 0
}

func isASCII(s string) bool {
	i := 0
	// Eight bytes at a time, as toLowerIn reads them: a line's whole
	// head or text is mostly longer than a word.
	for ; i+8 <= len(s); i += 8 {
		if _, ok := ascii8(s, i); !ok {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// hasDigit reports whether s has an ASCII digit, what \d matches.
func hasDigit(s string) bool { return hasDigitRun(s, 1) }

// hasSpace reports whether s has a byte that \s matches. A loop over
// the bytes: strings.ContainsAny builds a table of its set at each call.
func hasSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' {
			return true
		}
	}
	return false
}

// trimRightSet is strings.TrimRight(s, cutset). Most lines end in a
// letter or a full stop, outside the set, and are returned as they are:
// strings.TrimRight builds a table of a set at each call, or looks each
// rune up in it when it holds runes past ASCII. A set's runes past ASCII
// are all bytes past ASCII, so an ASCII byte not in the set is a rune not
// in it.
func trimRightSet(s, cutset string) string {
	if s == "" {
		return s
	}
	if c := s[len(s)-1]; c < utf8.RuneSelf && strings.IndexByte(cutset, c) < 0 {
		return s
	}
	return strings.TrimRight(s, cutset)
}
