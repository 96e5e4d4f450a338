package pagetext

// wordSet is a set of words that most words asked of are not in: the
// readers ask it of every word of a line. A word's first byte, last byte
// and length rule most of them out before the map hashes them, as the
// map's lookup costs several times the two loads.
type wordSet struct {
	words map[string]bool
	// first[c] has bit min(n, 31) set when a word of n bytes starts with
	// c; last the same for the byte it ends with.
	first, last [256]uint32
}

// newWordSet returns the set of ws.
func newWordSet(ws ...string) *wordSet {
	return wordSetOf(toSet(ws...))
}

// wordSetOf returns the set of m's words that m maps to true.
func wordSetOf(m map[string]bool) *wordSet {
	s := &wordSet{words: map[string]bool{}}
	for w, in := range m {
		if !in {
			continue
		}
		s.words[w] = true
		if w != "" {
			bit := uint32(1) << min(len(w), 31)
			s.first[w[0]] |= bit
			s.last[w[len(w)-1]] |= bit
		}
	}
	return s
}

// has reports whether w is in the set.
func (s *wordSet) has(w string) bool {
	if w == "" {
		return s.words[""]
	}
	bit := uint32(1) << min(len(w), 31)
	if s.first[w[0]]&bit == 0 || s.last[w[len(w)-1]]&bit == 0 {
		return false
	}
	return s.words[w]
}
