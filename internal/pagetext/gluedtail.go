package pagetext

import (
	"strings"
	"unicode"
)

// A dump loses the markup between a writer's name and the outlet's name
// printed after it in the byline: "Jane DoeBay Ledger". What was glued on
// is told apart from a name's own inner capital ("McDonald", "DeAndre")
// by the page itself: the glued text is printed elsewhere on the page as
// a line of its own or at the end of one (the masthead, "© 2026 Bay
// Ledger"). Put back the separator the markup stood for, and the byline
// reads as a name and an outlet: "Jane Doe | Bay Ledger".

// gluedTailMax bounds the lines looked at: a byline is short.
const gluedTailMax = 100

// unglueTails splits the short lines whose name is glued to a text the
// page prints elsewhere.
func unglueTails(lines []line) {
	for i := range lines {
		// A name and an outlet's name of two words: three words or
		// more, nearly all capitalised, and a capital after a small
		// letter, which most lines have not.
		t, sh := lines[i].text, &lines[i].shape
		if len(t) > gluedTailMax || sh.tokens < 3 || sh.capShare < 0.75 || !needsUnglue(t) {
			continue
		}
		at := gluedNameEnd(t)
		if at < 0 {
			continue
		}
		// An outlet's name of two words or more: one word glued on may
		// be a surname's own part ("McDonald") or a brand's
		// ("QuickBooks", "SmartCamera") that the page prints alone.
		tail := strings.TrimRight(t[at:], " .,;:")
		if !strings.Contains(tail, " ") || strings.HasSuffix(t[:at], tail) {
			continue // or a heading printed twice: "Fun With GlueFun With Glue"
		}
		if _, ok := asName(t[gluedNameFrom(t):at]); !ok || !printedAsLine(lines, i, strings.ToLower(tail)) {
			continue
		}
		lines[i] = newLine(t[:at]+" | "+t[at:], lines[i].block)
	}
}

// gluedNameEnd returns where a capital glued to a name of two to four
// capitalised words opens ("Jane Doe|Bay", "By Jane Doe|Bay"), or -1.
func gluedNameEnd(s string) int {
	from := gluedNameFrom(s)
	if from >= len(s) {
		return -1
	}
	words := 0
	start := true // at the start of a word
	prev := rune(0)
	for i, r := range s[from:] {
		switch {
		case r == ' ':
			start = true
		case start:
			if !unicode.IsUpper(r) {
				return -1
			}
			words++
			start = false
		case unicode.IsUpper(r) && unicode.IsLower(prev):
			if words >= 2 && words <= 4 {
				return from + i
			}
			return -1
		case !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.':
			return -1
		}
		prev = r
	}
	return -1
}

// gluedNameFrom returns where the name of a byline starts: after a
// by-word that opens it ("By", "Von"), else at 0.
func gluedNameFrom(s string) int {
	if f := firstField(s); isByLabel(strings.ToLower(f)) {
		return len(f) + 1
	}
	return 0
}

// printedAsLine reports whether a line of the page other than line i
// is tail, or ends in it after a space ("© 2026 Bay Ledger").
func printedAsLine(lines []line, i int, tail string) bool {
	for j := range lines {
		if j == i || len(lines[j].low) < len(tail) || len(lines[j].low) > gluedTailMax {
			continue
		}
		low := lines[j].low
		if low == tail || strings.HasSuffix(low, tail) && low[len(low)-len(tail)-1] == ' ' {
			return true
		}
	}
	return false
}
