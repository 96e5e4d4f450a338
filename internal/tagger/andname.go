package tagger

// One name joined by "and": "Saint Vincent and the Grenadines", "US Food
// and Drug Administration", "Department of Health and Human Services".
// Two names a sentence lists side by side ("Apple and Google", "Tom Roe
// and Ann Poe") are written apart as well, or are each a name of one word
// on its own; the words around the "and" of one name are written nowhere
// but there, and the page repeats the whole. German capitalises every
// noun ("Angst und Schrecken" are two words): it joins none.

// andWords are the words for "and" that may stand inside a name.
var andWords = set(`and et y e og och en ja és и`)

// noteAndPair counts, at toks[i] = "and" (i > 0) between two capitalised words
// (the second perhaps after "the"), the pair of words it joins.
func (t *tagger) noteAndPair(toks []token, i int) {
	if toks[i].brk || toks[i].shape != shLower || !toks[i-1].nameLike() {
		return
	}
	if j := t.andNext(toks, i); j > 0 {
		*t.andPair(toks[i-1].key, toks[j].key) += 1
	}
}

// andPair is the count of andPairs of the pair a, b: a page has few such
// pairs, and a short list costs less than a map.
func (t *tagger) andPair(a, b string) *int {
	for k := range t.andPairs {
		if p := &t.andPairs[k]; p.a == a && p.b == b {
			return &p.n
		}
	}
	t.andPairs = append(t.andPairs, andPair{a: a, b: b})
	return &t.andPairs[len(t.andPairs)-1].n
}

// andPair is a pair of capitalised words joined by "and", and how often.
type andPair struct {
	a, b string
	n    int
}

// andNext returns the index of the capitalised word that the "and" at
// toks[i] joins, past an inner "the" ("and the Grenadines"), or 0.
func (t *tagger) andNext(toks []token, i int) int {
	j := i + 1
	if j < len(toks) && toks[j].lx.has(lxInner) && !toks[j].brk {
		j++
	}
	if j >= len(toks) || toks[j].brk || toks[j].shape != shCap {
		return 0
	}
	return j
}

// andJoins reports whether the "and" at toks[i] joins run to the
// capitalised words after it as one name, and returns the index of the
// first of them: the pair of words it joins is written twice or more, and
// each of the two words capitalised inside a sentence only there ("Food"
// and "Drug" of every "Food and Drug Administration"). Two names of one
// word are two: "Apple and Google".
func (t *tagger) andJoins(toks []token, i int, run []token) int {
	if len(t.andPairs) == 0 || t.german || toks[i].brk || toks[i].shape != shLower {
		return 0
	}
	j := t.andNext(toks, i)
	if j == 0 {
		return 0
	}
	if len(run) == 1 && (j+1 == len(toks) || toks[j+1].brk || !toks[j+1].nameLike()) {
		return 0
	}
	a, b := run[len(run)-1].key, toks[j].key
	n := t.andPair(a, b)
	if *n >= andChecked {
		return j
	}
	if *n < 2 {
		return 0
	}
	// Counted once a pair: the words must be written capitalised
	// inside a sentence nowhere but in it.
	if t.midCapCount(a) > *n || t.midCapCount(b) > *n {
		*n = 0
		return 0
	}
	*n = andChecked
	return j
}

// andChecked marks a pair of andPairs found to join one name.
const andChecked = 1 << 30

// midCapCount counts the words of the text with this key capitalised inside
// a sentence (or the pair's own at its start).
func (t *tagger) midCapCount(key string) int {
	n := 0
	for k := range t.toks {
		if tk := &t.toks[k]; tk.key == key && tk.shape == shCap && !tk.start {
			n++
		}
	}
	return n
}
