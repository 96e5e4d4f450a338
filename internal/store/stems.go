package store

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/arabic"
	"github.com/blevesearch/snowballstem/russian"
)

// Words in Cyrillic and Arabic script change their endings (and in Arabic
// take prefixes: the article al-, "and" wa-, "with" bi-) far more than
// English ones, and the words index's Porter stemmer reads only Latin
// letters: Москва did not find Москве, السودان not بالسودان. Articles with
// such words get a third index, articles_fts_stems, of the same text with
// each of those words replaced by its stem (Москве → москв, بالسودان → سود);
// a query with Cyrillic or Arabic letters is sent there, its words stemmed
// the same way.
//
// The stemmers are the Snowball project's own algorithms (Russian and
// Arabic), as generated for Go by its compiler in
// github.com/blevesearch/snowballstem, the package the bleve search engine
// uses. The script, not the article's detected language, picks the stemmer,
// so the query (which has no language) and the text are always stemmed
// alike: the same word always has the same stem and is always found, and a
// Ukrainian, Bulgarian, Persian or Urdu word gets the endings the Russian or
// Arabic rules know taken off, no more.
//
// Latin-script languages stay with the words index, whose Porter stemmer
// already takes off their plural -s and -es (elecciones = elección): a
// Snowball stem cannot be matched with Porter's, and a fourth index for
// them was not worth its size.

// stemmer names the Snowball stemmer for a word's script.
type stemmer uint8

const (
	noStemmer stemmer = iota
	russianStemmer
	arabicStemmer
)

// stemmerOf returns the stemmer for a letter.
func stemmerOf(r rune) stemmer {
	switch {
	case r < 0x0400:
		return noStemmer
	case r <= 0x052F: // Cyrillic and its supplement
		return russianStemmer
	case r >= 0x0600 && r <= 0x06FF, r >= 0x0750 && r <= 0x077F, r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFF:
		return arabicStemmer
	}
	return noStemmer
}

func init() {
	registerTextFunc("stems", Stems)
	registerTextFunc("has_stems", HasStems)
}

// HasStems reports whether s has any letter of the scripts the stems index
// holds.
func HasStems(s string) bool {
	for _, r := range s {
		if r >= 0x0400 && stemmerOf(r) != noStemmer && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// wordRune is what makes a word, as the query parser splits them: letters,
// digits and marks (Arabic's short vowels stay in their word, and the
// stemmer takes them off).
func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me)
}

// wordEnd returns where the word that starts at s[i:] ends, or i when
// none does.
func wordEnd(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !wordRune(r) {
			break
		}
		i += size
	}
	return i
}

// Stems is the text the stems index reads for s: every Cyrillic or Arabic
// word replaced by its stem, everything else as it is.
func Stems(s string) string {
	if !HasStems(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	env := snowballstem.NewEnv("")
	for i := 0; i < len(s); {
		end := wordEnd(s, i)
		if end == i {
			_, size := utf8.DecodeRuneInString(s[i:])
			b.WriteString(s[i : i+size])
			i += size
			continue
		}
		b.WriteString(stemWord(env, s[i:end]))
		i = end
	}
	return b.String()
}

// stemWord returns the stem of one word, lower-cased, or the word as it is
// when it is not of a script with a stemmer.
func stemWord(env *snowballstem.Env, w string) string {
	var st stemmer
	for _, r := range w {
		if unicode.IsLetter(r) {
			st = stemmerOf(r)
			break
		}
	}
	switch st {
	case russianStemmer:
		// The Russian rules know е, not ё, which most texts write as е.
		env.SetCurrent(strings.ReplaceAll(strings.ToLower(w), "ё", "е"))
		russian.Stem(env)
	case arabicStemmer:
		// Snowball takes off one prefix: "and the" (و or ف before ال,
		// as in والقاهرة) would keep the article, so the conjunction
		// goes first, as light stemmers do (Larkey et al., 2007).
		if (strings.HasPrefix(w, "وال") || strings.HasPrefix(w, "فال")) && utf8.RuneCountInString(w) > 5 {
			w = w[len("و"):]
		}
		env.SetCurrent(w)
		arabic.Stem(env)
	default:
		return w
	}
	if s := env.Current(); s != "" {
		return s
	}
	return w
}

// stemOf is the stem of one query word.
func stemOf(w string) string { return stemWord(snowballstem.NewEnv(""), w) }
