// Package worddiff compares two texts word by word, for showing what an
// edit changed in an article. The comparison itself is Myers' algorithm as
// github.com/sergi/go-diff implements it (a port of Google's
// diff-match-patch, well kept and widely used); this package only cuts the
// texts into words, so that a change is shown as whole words, never as
// letters inside one.
package worddiff

import (
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// Op says what happened to a span of text.
type Op int

// The operations.
const (
	Equal  Op = iota
	Delete    // in the old text only
	Insert    // in the new text only
)

// Span is a run of text with one operation.
type Span struct {
	Op   Op
	Text string
}

// Words returns the spans that turn a into b: equal text, deleted words and
// inserted words, in reading order. Concatenating the Equal and Delete
// spans gives a; the Equal and Insert spans give b.
func Words(a, b string) []Span {
	if a == b {
		if a == "" {
			return nil
		}
		return []Span{{Equal, a}}
	}
	// Each distinct token becomes one rune, so that the diff works on
	// tokens: the trick diff-match-patch uses for lines.
	var tokens []string
	ids := map[string]rune{}
	encode := func(s string) []rune {
		var out []rune
		for _, tok := range split(s) {
			r, ok := ids[tok]
			if !ok {
				r = tokenRune(len(tokens))
				ids[tok] = r
				tokens = append(tokens, tok)
			}
			out = append(out, r)
		}
		return out
	}
	ra, rb := encode(a), encode(b)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // a whole article is small; always the minimal diff
	diffs := dmp.DiffCleanupSemantic(dmp.DiffMainRunes(ra, rb, false))
	byRune := make(map[rune]string, len(tokens))
	for tok, r := range ids {
		byRune[r] = tok
	}
	var out []Span
	for _, d := range diffs {
		var text []byte
		for _, r := range d.Text {
			text = append(text, byRune[r]...)
		}
		op := Equal
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			op = Delete
		case diffmatchpatch.DiffInsert:
			op = Insert
		}
		if n := len(out); n > 0 && out[n-1].Op == op {
			out[n-1].Text += string(text)
			continue
		}
		out = append(out, Span{op, string(text)})
	}
	return out
}

// tokenRune is the n-th rune usable as a token id: valid code points
// only, skipping the surrogate range.
func tokenRune(n int) rune {
	r := rune(n + 1)
	if r >= 0xD800 {
		r += 0x800
	}
	return r
}

// split cuts s into tokens: runs of letters and digits (a word, with its
// apostrophes and inner hyphens), runs of spaces, and every other
// character alone.
func split(s string) []string {
	var out []string
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		end := n
		switch {
		case isWord(r):
			for end < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[end:])
				if isWord(r2) {
					end += n2
					continue
				}
				// "don't", "well-kept": joiners between two word letters.
				if r2 == '\'' || r2 == '’' || r2 == '-' {
					if r3, _ := utf8.DecodeRuneInString(s[end+n2:]); end+n2 < len(s) && isWord(r3) {
						end += n2
						continue
					}
				}
				break
			}
		case unicode.IsSpace(r):
			for end < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[end:])
				if !unicode.IsSpace(r2) {
					break
				}
				end += n2
			}
		}
		out = append(out, s[:end])
		s = s[end:]
	}
	return out
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }
