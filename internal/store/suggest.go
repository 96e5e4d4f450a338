package store

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	porterstemmer "github.com/blevesearch/go-porterstemmer"

	"github.com/morgue-archive/morgue/internal/article"
)

// Suggestion is a word of the archive's vocabulary close to a word of a
// search.
type Suggestion struct {
	Word     string // as it would be typed: a word one edit away from the one searched
	Articles int    // articles that hold it (as the index stems it)
}

// suggestMinLen: shorter words have too many neighbours one edit away to
// guess which was meant.
const suggestMinLen = 4

// Suggest finds the word one edit away from word (a letter left out, added,
// changed, or two swapped) that the most articles hold, if that is more
// than hold word itself. The index stems words (English, Porter), so each
// candidate is stemmed as the index would, and looked up in the index's
// vocabulary (articles_vocab): a few hundred lookups of terms, not a scan
// of the vocabulary. Zero Articles means no suggestion.
//
// The Porter stemmer (github.com/blevesearch/go-porterstemmer) is the
// original algorithm, as is SQLite's porter tokenizer.
func (r *Reader) Suggest(ctx context.Context, word string) (Suggestion, error) {
	w := strings.ToLower(word)
	if f := strings.ToLower(article.FoldASCII(w)); f != "" {
		w = f
	}
	if utf8.RuneCountInString(w) < suggestMinLen || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return Suggestion{}, nil
	}
	own := stem(w)
	byStem := map[string]string{} // stem → the first candidate word with it
	var stems []string
	for _, c := range edits1(w) {
		s := stem(c)
		if s == own {
			continue
		}
		if _, ok := byStem[s]; !ok {
			byStem[s] = c
			stems = append(stems, s)
		}
	}
	var ownDocs int
	best := Suggestion{}
	rows, err := r.conn().QueryContext(ctx, `SELECT term, doc FROM articles_vocab WHERE term IN `+textSet,
		jsonStrings(append(stems, own)))
	if err != nil {
		return best, fmt.Errorf("suggest: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var term string
		var docs int
		if err := rows.Scan(&term, &docs); err != nil {
			return best, fmt.Errorf("suggest: %w", err)
		}
		if term == own {
			ownDocs = docs
			continue
		}
		if c, ok := byStem[term]; ok && (docs > best.Articles || docs == best.Articles && c < best.Word) {
			best = Suggestion{Word: c, Articles: docs}
		}
	}
	if err := rows.Err(); err != nil {
		return best, fmt.Errorf("suggest: %w", err)
	}
	if best.Articles <= ownDocs {
		return Suggestion{}, nil
	}
	return best, nil
}

func stem(w string) string { return porterstemmer.StemString(w) }

// textSet is idSet for strings: one of the JSON array parameter's values.
const textSet = `(SELECT value FROM json_each(?))`

// edits1 lists the words one edit from w: each letter deleted, each pair
// of neighbours swapped, each letter replaced and a letter inserted
// anywhere, with the letters a–z and those of w.
func edits1(w string) []string {
	rs := []rune(w)
	alphabet := []rune("abcdefghijklmnopqrstuvwxyz")
	for _, r := range rs {
		if r > 'z' || r < 'a' {
			alphabet = append(alphabet, r)
		}
	}
	var out []string
	for i := range rs {
		out = append(out, string(rs[:i])+string(rs[i+1:]))
		if i+1 < len(rs) && rs[i] != rs[i+1] {
			t := append([]rune(nil), rs...)
			t[i], t[i+1] = t[i+1], t[i]
			out = append(out, string(t))
		}
		for _, a := range alphabet {
			if a != rs[i] {
				out = append(out, string(rs[:i])+string(a)+string(rs[i+1:]))
			}
		}
	}
	for i := 0; i <= len(rs); i++ {
		for _, a := range alphabet {
			out = append(out, string(rs[:i])+string(a)+string(rs[i:]))
		}
	}
	return out
}
