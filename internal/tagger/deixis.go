package tagger

// # Words the page points at
//
// A common noun the body points at with "this", "these" or "our" ("In
// this phase, …", "these books", "See our handout on …") stands for the
// things the page steps through or for the page itself: the steps of a
// renovation, the items of a list of books, the handout a writing centre
// publishes. On the even pages of the dev set the single-word tags the body
// so points at in a quarter of their mentions or more were all such words
// ("phase", "book", "handout"), and no subject reached a sixth ("this AI",
// "our coffee").

// pointers are the determiners that point at a thing of the page.
var pointers = set(`this these our`)

// pointedAt reports a mention, words us of line ln, right after one of
// pointers.
func (t *tagger) pointedAt(us []unit, ln *line) bool {
	i := int(us[0].tok)
	return i > ln.lo && !t.toks[i].brk && pointers[t.toks[i-1].key]
}

// pointedWord reports a word of no name that the body points at
// (pointedAt) in a quarter of its mentions or more.
func pointedWord(s *subj) bool {
	return s.c == nil && s.words == 1 && s.pointed >= 2 && s.pointed*4 >= s.n
}
