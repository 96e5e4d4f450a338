// Package search parses what a person types into the search box into a
// small query value: words, "phrases", -exclusions, prefix* terms, OR
// alternatives and title: restrictions. It knows nothing of SQL; the store
// translates a Query into FTS5 syntax, quoting every term, so no input can
// reach the full-text engine as syntax.
package search

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits that keep one query cheap to run and to show.
const (
	MaxQueryLen = 1000 // characters
	MaxTerms    = 32
)

// Errors for queries that cannot be searched; their text is shown to the
// reader as the explanation.
var (
	ErrTooLong   = errors.New("the search is too long: keep it under 1,000 characters")
	ErrTooMany   = errors.New("the search has too many words: use at most 32")
	ErrNoTerms   = errors.New("there is nothing to search for: type a word with letters or digits")
	ErrOnlyMinus = errors.New("a search cannot only exclude words: add a word to look for")
)

// Term is one thing to match: a word, or a phrase of several words in a
// row. Words hold the text as typed (the index folds case and accents).
type Term struct {
	Words     []string
	Prefix    bool // the last word may continue ("migra*")
	TitleOnly bool // matched against headlines only ("title:noem")
}

// Query is every Any-group that must match (each group matches if any of
// its terms does), minus the Exclude terms.
type Query struct {
	All     [][]Term
	Exclude []Term
}

// Empty reports whether the query has nothing to match.
func (q Query) Empty() bool { return len(q.All) == 0 }

// Words returns every word the query looks for, for highlighting.
func (q Query) Words() []string {
	var ws []string
	for _, g := range q.All {
		for _, t := range g {
			ws = append(ws, t.Words...)
		}
	}
	return ws
}

// Parse reads a query. Whitespace-only input gives ErrNoTerms; stray
// operators, unbalanced quotes and punctuation are read in the most
// forgiving way rather than rejected.
func Parse(input string) (Query, error) {
	var q Query
	if utf8.RuneCountInString(input) > MaxQueryLen {
		return q, ErrTooLong
	}
	input = strings.ToValidUTF8(input, " ")
	var pendingOr bool
	count := 0
	for _, tok := range tokenize(input) {
		if tok.text == "OR" && !tok.quoted && !tok.minus {
			pendingOr = len(q.All) > 0
			continue
		}
		t, ok := makeTerm(tok)
		if !ok {
			continue
		}
		count++
		if count > MaxTerms {
			return Query{}, ErrTooMany
		}
		switch {
		case tok.minus:
			q.Exclude = append(q.Exclude, t)
			pendingOr = false
		case pendingOr:
			last := len(q.All) - 1
			q.All[last] = append(q.All[last], t)
			pendingOr = false
		default:
			q.All = append(q.All, []Term{t})
		}
	}
	if len(q.All) == 0 {
		if len(q.Exclude) > 0 {
			return Query{}, ErrOnlyMinus
		}
		return Query{}, ErrNoTerms
	}
	return q, nil
}

type token struct {
	text   string
	quoted bool
	minus  bool
}

// tokenize splits on whitespace outside double quotes. A quote that is never
// closed runs to the end of the input.
func tokenize(s string) []token {
	var toks []token
	s = strings.NewReplacer("“", `"`, "”", `"`, "„", `"`).Replace(s)
	for {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		if s == "" {
			return toks
		}
		var t token
		if s[0] == '-' {
			t.minus = true
			s = s[1:]
		}
		if strings.HasPrefix(s, `"`) {
			end := strings.IndexByte(s[1:], '"')
			if end < 0 {
				t.text, s = s[1:], ""
			} else {
				t.text, s = s[1:1+end], s[2+end:]
			}
			t.quoted = true
			// A * right after the closing quote makes the phrase a prefix.
			if strings.HasPrefix(s, "*") {
				t.text += "*"
				s = s[1:]
			}
		} else {
			end := strings.IndexFunc(s, unicode.IsSpace)
			if end < 0 {
				end = len(s)
			}
			t.text, s = s[:end], s[end:]
		}
		toks = append(toks, t)
	}
}

// makeTerm turns a token into a term of index words, or reports that nothing
// searchable is left (punctuation, emoji, a lone "-").
func makeTerm(tok token) (Term, bool) {
	var t Term
	text := tok.text
	if !tok.quoted {
		if rest, ok := cutFold(text, "title:"); ok {
			t.TitleOnly, text = true, rest
		}
	}
	if strings.HasSuffix(text, "*") {
		t.Prefix = true
		text = strings.TrimRight(text, "*")
	}
	// Split like the index's tokenizer does: letters, digits and marks
	// (the vowel signs of Devanagari or Thai, Arabic's short vowels) make
	// words, everything else separates them.
	t.Words = strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me)
	})
	if len(t.Words) == 0 {
		return t, false
	}
	return t, true
}

func cutFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}
