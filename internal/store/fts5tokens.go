package store

import (
	"sort"
	"unicode/utf8"
)

// The pairs index (pairs.go) needs the words of a text exactly as the
// words index's tokenizer ('porter unicode61 remove_diacritics 2') cuts,
// folds and stems them: a pair it missed would lose a phrase's match, and
// one it invented would count a match FTS5 does not see. The pure-Go
// driver cannot call FTS5's tokenizer from Go, so this file does the same
// work: the characters' classes and folds are a table read off the linked
// SQLite (fts5chars_gen.go, checked code point by code point by
// TestCharTableIsFTS5s), and the stemmer follows the rules of FTS5's
// Porter stemmer (checked against FTS5 on generated words by
// TestStemsAreFTS5s).

// Character classes of unicode61: a separator, a character that makes a
// word (letters, digits, private use), or one that only continues a word
// (a combining diacritic: dropped inside a word, a separator before one).
const (
	charSep uint8 = iota
	charWord
	charMark
)

type charRange struct {
	lo, hi rune
	class  uint8
}

// charClass returns the class of a code point from 0x80 up.
func charClass(c rune) uint8 {
	i := sort.Search(len(charRanges), func(i int) bool { return charRanges[i].hi >= c })
	if i < len(charRanges) && charRanges[i].lo <= c {
		return charRanges[i].class
	}
	return charSep
}

// foldChar returns what a word character from 0x80 up becomes in the
// index: lower case without its diacritics, or 0 when it is dropped.
func foldChar(c rune) rune {
	i := sort.Search(len(charFolds), func(i int) bool { return charFolds[i][0] >= c })
	if i < len(charFolds) && charFolds[i][0] == c {
		return charFolds[i][1]
	}
	return c
}

// porterMin and porterMax bound the tokens FTS5's Porter stemmer stems,
// in bytes; shorter and longer ones pass as they are.
const (
	porterMin = 3
	porterMax = 64
)

// indexTokens calls f with each token of s as the words index holds it
// (folded and stemmed), in order. buf is reused between tokens; f must
// copy what it keeps.
func indexTokens(s string, f func(tok []byte)) {
	var buf []byte
	in := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
				buf, in = append(buf, c), true
			case c >= 'A' && c <= 'Z':
				buf, in = append(buf, c+'a'-'A'), true
			default:
				if in {
					f(porterStem(buf))
					buf, in = buf[:0], false
				}
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size == 1 {
			// SQLite reads a stray byte as the start of a character;
			// stored text is valid UTF-8, so this only keeps the walk
			// going.
			r = 0xFFFD
		}
		switch cl := charClass(r); {
		case cl == charWord || cl == charMark && in:
			if fr := foldChar(r); fr != 0 {
				buf = utf8.AppendRune(buf, fr)
			}
			in = true
		default:
			if in {
				f(porterStem(buf))
				buf, in = buf[:0], false
			}
		}
	}
	if in {
		f(porterStem(buf))
	}
}
