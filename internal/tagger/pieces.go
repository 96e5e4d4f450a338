package tagger

import "strings"

// headPieces reports two chosen keys, " a b " and " b c ", a name and a
// topic sharing words at their ends ("HR Consulting" and "consulting
// firms"), that the headline writes as one run ("15 Best HR Consulting
// Firms"): two pieces of one phrase, the second a repeat of the first. A
// name and a topic that share words but no headline run ("Drake Tax" and
// "tax prep software") are two subjects (pickedKey).
func (t *tagger) headPieces(a, b string) bool {
	for _, x := range [2][2]string{{a, b}, {b, a}} {
		p, q := x[0], x[1]
		for i := 1; i < len(p)-1; i++ {
			// The shared words end p and open q, which goes on after
			// them: neither key holds the other ("rustc codegen gcc"
			// and "gcc" are a name and its part, left to pickedKey).
			if seamAt(p, q, i) {
				if j := t.subjOf(strings.TrimSpace(p[:i] + q)); j >= 0 && t.subjs[j].title {
					return true
				}
			}
		}
	}
	return false
}

// seamAt reports keys p and q (" a b " and " b c ") whose shared words
// start at p[i]: the words that end p open q, and q goes on after them.
func seamAt(p, q string, i int) bool {
	return p[i] == ' ' && len(q) > len(p)-i && strings.HasPrefix(q, p[i:])
}
