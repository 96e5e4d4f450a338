package tagger

import "strings"

// apartPieces reports two keys that overlap as pieces of a headline
// phrase, a thing and the act done to it ("academic journal" and "journal
// indexing" of "academic journal indexing"), when the body writes each
// piece apart from the phrase, twice as often as the phrase and twice
// more at least: the headline joins two subjects the text treats on their
// own, the things and what is done to them. Pieces written mostly inside
// the phrase are clippings of one name ("search engine" and "engine
// optimization") and stay one tag.
func (t *tagger) apartPieces(a, b string) bool {
	for _, x := range [2][2]string{{a, b}, {b, a}} {
		p, q := x[0], x[1]
		for i := 1; i < len(p)-1; i++ {
			if !seamAt(p, q, i) {
				continue
			}
			if !strings.HasSuffix(q, "ing ") {
				return false
			}
			w := t.subjOf(strings.TrimSpace(p[:i] + q))
			if w < 0 || !t.subjs[w].title {
				return false
			}
			whole := t.subjs[w].n
			for _, k := range x {
				j := t.subjOf(strings.TrimSpace(k))
				if j < 0 || t.subjs[j].n < 2*whole || t.subjs[j].n-whole < 2 {
					return false
				}
			}
			return true
		}
	}
	return false
}
