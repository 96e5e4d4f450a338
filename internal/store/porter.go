package store

// porterStem stems a folded token as FTS5's Porter stemmer does (Porter,
// 1980, with the "logi" and "bli" rules of the later versions). It works on
// bytes: a byte that is not an ASCII vowel counts as a consonant, so a
// token in another script passes through unchanged in practice. The result
// may share b's memory.
func porterStem(b []byte) []byte {
	if len(b) < porterMin || len(b) > porterMax {
		return b
	}
	b = step1a(b)
	var ok bool
	if b, ok = applyRules(b, step1bRules); ok {
		if b, ok = applyRules(b, step1b2Rules); !ok {
			// A double consonant loses one (but not l, s or z); a short
			// stem ending consonant-vowel-consonant gets an e.
			if c := b[len(b)-1]; !isVowel(c, false) && c != 'l' && c != 's' && c != 'z' && len(b) > 1 && c == b[len(b)-2] {
				b = b[:len(b)-1]
			} else if measureIs1(b) && endsCVC(b) {
				b = append(b, 'e')
			}
		}
	}
	// Step 1c: a final y after a vowel somewhere becomes i.
	if b[len(b)-1] == 'y' && hasVowel(b[:len(b)-1]) {
		b[len(b)-1] = 'i'
	}
	b, _ = applyRules(b, step2Rules)
	b, _ = applyRules(b, step3Rules)
	b, _ = applyRules(b, step4Rules)
	// Step 5a and 5b.
	if n := len(b) - 1; b[n] == 'e' && (measureOver1(b[:n]) || measureIs1(b[:n]) && !endsCVC(b[:n])) {
		b = b[:n]
	}
	if n := len(b); n > 1 && b[n-1] == 'l' && b[n-2] == 'l' && measureOver1(b[:n-1]) {
		b = b[:n-1]
	}
	return b
}

// step1a takes off plural endings: sses → ss, ies → i, s → (but not ss).
func step1a(b []byte) []byte {
	n := len(b)
	if b[n-1] != 's' {
		return b
	}
	switch {
	case b[n-2] == 'e' && (n > 4 && b[n-4] == 's' && b[n-3] == 's' || n > 3 && b[n-3] == 'i'):
		return b[:n-2]
	case b[n-2] == 'e' || b[n-2] != 's':
		return b[:n-1]
	}
	return b
}

// A rule replaces a suffix when what stays before it meets the condition.
type porterRule struct {
	suffix, repl string
	cond         func(stem []byte) bool
	// done: the rule reports that it applied (step 1b goes on to 1b2).
	done bool
}

// applyRules applies the first rule whose suffix the word ends with
// (leaving at least one byte before it): when its condition holds the
// suffix is replaced; either way no later rule is tried. ok reports that
// a rule marked done was applied.
func applyRules(b []byte, rules *ruleSet) ([]byte, bool) {
	if len(b) < 2 {
		return b, false
	}
	for _, r := range rules[b[len(b)-2]] {
		if len(b) <= len(r.suffix) || string(b[len(b)-len(r.suffix):]) != r.suffix {
			continue
		}
		stem := b[:len(b)-len(r.suffix)]
		if r.cond != nil && !r.cond(stem) {
			return b, false
		}
		return append(stem, r.repl...), r.done
	}
	return b, false
}

// ruleSet holds a step's rules by the second-last letter of their suffix,
// in their order: a word is tried only against those that can match it.
type ruleSet [256][]porterRule

func rulesOf(rules []porterRule) *ruleSet {
	var s ruleSet
	for _, r := range rules {
		c := r.suffix[len(r.suffix)-2]
		s[c] = append(s[c], r)
	}
	return &s
}

var (
	step1bRules = rulesOf([]porterRule{
		{"eed", "ee", measureOver0, false},
		{"ed", "", hasVowel, true},
		{"ing", "", hasVowel, true},
	})
	step1b2Rules = rulesOf([]porterRule{
		{"at", "ate", nil, true},
		{"bl", "ble", nil, true},
		{"iz", "ize", nil, true},
	})
	step2Rules = rulesOf([]porterRule{
		{"ational", "ate", measureOver0, false},
		{"tional", "tion", measureOver0, false},
		{"enci", "ence", measureOver0, false},
		{"anci", "ance", measureOver0, false},
		{"izer", "ize", measureOver0, false},
		{"logi", "log", measureOver0, false},
		{"bli", "ble", measureOver0, false},
		{"alli", "al", measureOver0, false},
		{"entli", "ent", measureOver0, false},
		{"eli", "e", measureOver0, false},
		{"ousli", "ous", measureOver0, false},
		{"ization", "ize", measureOver0, false},
		{"ation", "ate", measureOver0, false},
		{"ator", "ate", measureOver0, false},
		{"alism", "al", measureOver0, false},
		{"iveness", "ive", measureOver0, false},
		{"fulness", "ful", measureOver0, false},
		{"ousness", "ous", measureOver0, false},
		{"aliti", "al", measureOver0, false},
		{"iviti", "ive", measureOver0, false},
		{"biliti", "ble", measureOver0, false},
	})
	step3Rules = rulesOf([]porterRule{
		{"icate", "ic", measureOver0, false},
		{"ative", "", measureOver0, false},
		{"alize", "al", measureOver0, false},
		{"iciti", "ic", measureOver0, false},
		{"ical", "ic", measureOver0, false},
		{"ful", "", measureOver0, false},
		{"ness", "", measureOver0, false},
	})
	step4Rules = rulesOf([]porterRule{
		{"al", "", measureOver1, false},
		{"ance", "", measureOver1, false},
		{"ence", "", measureOver1, false},
		{"er", "", measureOver1, false},
		{"ic", "", measureOver1, false},
		{"able", "", measureOver1, false},
		{"ible", "", measureOver1, false},
		{"ant", "", measureOver1, false},
		{"ement", "", measureOver1, false},
		{"ment", "", measureOver1, false},
		{"ent", "", measureOver1, false},
		{"ion", "", func(s []byte) bool {
			return len(s) > 0 && (s[len(s)-1] == 's' || s[len(s)-1] == 't') && measureOver1(s)
		}, false},
		{"ou", "", measureOver1, false},
		{"ism", "", measureOver1, false},
		{"ate", "", measureOver1, false},
		{"iti", "", measureOver1, false},
		{"ous", "", measureOver1, false},
		{"ive", "", measureOver1, false},
		{"ize", "", measureOver1, false},
	})
)

// isVowel: a, e, i, o, u, and y after a consonant.
func isVowel(c byte, afterConsonant bool) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	case 'y':
		return afterConsonant
	}
	return false
}

// vcEnd returns the length of the shortest start of s that holds a vowel
// followed by a consonant (one "VC" of Porter's measure), or 0 when s has
// none. prevConsonant says whether the byte before s was a consonant.
func vcEnd(s []byte, prevConsonant bool) int {
	cons := prevConsonant
	i := 0
	for ; i < len(s); i++ {
		cons = !isVowel(s[i], cons)
		if !cons {
			break
		}
	}
	for i++; i < len(s); i++ {
		cons = !isVowel(s[i], cons)
		if cons {
			return i + 1
		}
	}
	return 0
}

// measureOver0 is Porter's m > 0: the stem has a vowel then a consonant.
func measureOver0(s []byte) bool { return vcEnd(s, false) > 0 }

// measureOver1 is m > 1.
func measureOver1(s []byte) bool {
	n := vcEnd(s, false)
	return n > 0 && vcEnd(s[n:], true) > 0
}

// measureIs1 is m = 1.
func measureIs1(s []byte) bool {
	n := vcEnd(s, false)
	return n > 0 && vcEnd(s[n:], true) == 0
}

// hasVowel is Porter's *v*: a vowel anywhere (y after the first byte
// counts, whatever precedes it, as in FTS5).
func hasVowel(s []byte) bool {
	for i, c := range s {
		if isVowel(c, i > 0) {
			return true
		}
	}
	return false
}

// endsCVC is Porter's *o: consonant, vowel, consonant at the end, the last
// not w, x or y.
func endsCVC(s []byte) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	if c := s[n-1]; c == 'w' || c == 'x' || c == 'y' {
		return false
	}
	cons, mask := false, 0
	for _, c := range s {
		cons = !isVowel(c, cons)
		mask <<= 1
		if cons {
			mask |= 1
		}
	}
	return mask&7 == 5
}
