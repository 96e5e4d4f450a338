package store

import (
	"database/sql/driver"
	"strings"
	"unicode"
	"unicode/utf8"

	"modernc.org/sqlite"

	"github.com/morgue-archive/morgue/internal/article"
)

// Scripts written without spaces between words (Chinese, Japanese, Thai,
// Lao, Khmer, Burmese) and Korean, whose words carry their particles
// (서울에서, "in Seoul"), have no words for FTS5's unicode61 tokenizer to
// find: a whole run of Han is one token, and 北京 finds nothing. Their
// articles get a second index, articles_fts_grams, of overlapping
// two-character pieces (北京举行 → 北京 京举 举行), the method of Lucene's
// CJK analyzer: a query of two characters is one piece, a longer one is a
// phrase of pieces in a row, so a word is found inside any longer run.
//
// Measured against the alternatives (see the commit that added this):
// FTS5's trigram tokenizer finds nothing for a term under three
// characters, and most Chinese words are two; the segmenter go-ego/gse
// took 15 s and 190 MB to load its dictionary, and a word it keeps whole
// (经济学家) is not found by its part (经济) unless both are indexed.
//
// The English index stays as it was. Only articles with such text are in
// the second index, and only queries with such characters are sent to it.

// grams(text) and has_grams(text) are the SQL functions the migration's
// view and triggers call.
func init() {
	registerTextFunc("grams", Grams)
	registerTextFunc("has_grams", HasGrams)
}

// registerTextFunc makes f the deterministic SQL function name(text), for
// the views and triggers of the grams and stems indexes. A value that is
// not text (NULL) reads as the empty string.
func registerTextFunc[T string | bool](name string, f func(string) T) {
	sqlite.MustRegisterDeterministicScalarFunction(name, 1, func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
		s, _ := args[0].(string)
		return f(s), nil
	})
}

// gramRune reports whether r is indexed in two-character pieces.
func gramRune(r rune) bool {
	return r >= 0x0E00 && (article.IsSpaceless(r) || unicode.Is(unicode.Hangul, r))
}

// HasGrams reports whether s has any text of the scripts indexed in pieces.
func HasGrams(s string) bool {
	for _, r := range s {
		if r >= 0x0E00 && gramRune(r) {
			return true
		}
	}
	return false
}

// Grams is the text the second index reads for s: each run of such
// script as its overlapping two-character pieces, everything else as it
// is. The last character of each run follows at the end, so that a
// one-character query (a prefix of the pieces) also finds a character
// that ends a run.
func Grams(s string) string {
	if !HasGrams(s) {
		return s
	}
	var b, tails strings.Builder
	b.Grow(len(s) * 3)
	var prev rune // the previous rune of the current run, or 0
	runLen := 0
	end := func() {
		if runLen > 1 {
			tails.WriteByte(' ')
			tails.WriteRune(prev)
		}
		if runLen > 0 {
			b.WriteByte(' ')
		}
		prev, runLen = 0, 0
	}
	for _, r := range s {
		if !gramRune(r) {
			end()
			b.WriteRune(r)
			continue
		}
		switch runLen {
		case 0:
			b.WriteByte(' ')
		case 1:
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
			b.WriteRune(prev)
			b.WriteRune(r)
		}
		if runLen == 0 {
			b.WriteRune(r)
		}
		prev = r
		runLen++
	}
	end()
	if tails.Len() > 0 {
		b.WriteString("\n")
		b.WriteString(tails.String())
	}
	return b.String()
}

// gramTokens turns one query word into what the second index holds: its
// pieces and its other words, in order. single reports a word that is one
// character of such a script, which must match as a prefix of the pieces.
func gramTokens(word string) (tokens []string, single bool) {
	g := strings.TrimSpace(Grams(word))
	if i := strings.IndexByte(g, '\n'); i >= 0 {
		g = g[:i] // the run tails are for the index only
	}
	tokens = strings.Fields(g)
	single = len(tokens) == 1 && utf8.RuneCountInString(tokens[0]) == 1 && gramRune([]rune(tokens[0])[0])
	return tokens, single
}
