package tagger

import (
	"encoding/binary"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/morgue-archive/morgue/internal/article"
)

// shape is what a word's capitalisation says about it.
type shape uint8

const (
	shLower shape = iota // "migration", "al-Assad" before expansion
	shCap                // "Noem", "McNamara", "iPhone"
	shAcro               // "FBI", "U.S.", "PG&E": 2 to 6 capitals
	shInit               // "M.": an initial
	shShout              // "RECOMMENDATION": a longer all-caps word
	shNum                // "1,700", "2019"
	shAmp                // a free-standing "&"
)

// token is one word of a line.
type token struct {
	text string // as written, possessive "'s" removed
	low  string // lower case, accents kept (for stopword lists)
	key  string // lower case, accents folded, full stops removed
	lx   lex    // the lists that hold key or low
	// The letters of text and the capitals among them, for classify;
	// both are math.MaxUint16 for a word too long to count so.
	letters, upper uint16
	shape          shape
	start          bool // first word of a sentence or of a quotation
	brk            bool // punctuation separates it from the word before
	hyph           bool // contains a hyphen
	apos           bool // contains an apostrophe
	poss           bool // had a possessive "'s"
	qOpen          bool // directly after an opening quotation mark
	qEnd           bool // directly before a closing quotation mark
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// asciiWord marks the ASCII letters and digits, the ASCII word runes.
var asciiWord = func() (w [utf8.RuneSelf]bool) {
	for c := range w {
		w[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return w
}()

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func isQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '‘', '’', '\'', '‹', '›', '「', '」':
		return true
	}
	return false
}

// runeAt decodes the rune at byte offset i, or returns 0 past the end.
func runeAt(s string, i int) (rune, int) {
	if i < 0 || i >= len(s) {
		return 0, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runeBefore decodes the rune ending at byte offset i, or returns 0.
func runeBefore(s string, i int) rune {
	if i <= 0 || i > len(s) {
		return 0
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// dropLinkTargets removes the targets of Markdown links and images,
// "[Google](https://example.com)" → "[Google]", so addresses are not read
// as words. Escaped brackets ("\\]") are source text and stay.
func dropLinkTargets(s string) string {
	if !strings.Contains(s, "](") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == ']' && (i == 0 || s[i-1] != '\\') && i+1 < len(s) && s[i+1] == '(' {
			if end := strings.IndexByte(s[i+2:], ')'); end >= 0 && !strings.ContainsAny(s[i+2:i+2+end], " \n") {
				b.WriteByte(']')
				i += 2 + end
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// unescape removes the Markdown escapes article.EscapeMarkdown adds, so
// "Found a mistake\?" reads as written.
func unescape(s string) string {
	if strings.IndexByte(s, '\\') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]) {
			i++
			c = s[i]
		}
		b.WriteByte(c)
	}
	return b.String()
}

func isASCIIPunct(c byte) bool {
	return c > ' ' && c < 0x7f && !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')
}

// lowerASCII returns s with its ASCII capitals in lower case and every
// other byte as it is, so the lower-case form of any ASCII word of s sits
// at the same offsets: one copy per field instead of one per word.
func lowerASCII(s string) string {
	i := indexUpperASCII(s)
	if i < 0 {
		return s
	}
	b := append(make([]byte, 0, len(s)), s[:i]...)
	for ; i+8 <= len(s); i += 8 {
		// Eight bytes at a time, as a whole body has a capital every
		// few words: a capital (0x41-0x5A) is a byte whose low seven
		// bits adding 0x3F carries into its top bit and adding 0x25 does
		// not, and whose own top bit is clear; it gets 0x20 more.
		x := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
		low7 := x &^ 0x8080808080808080
		caps := (low7 + 0x3F3F3F3F3F3F3F3F) &^ (low7 + 0x2525252525252525) &^ x & 0x8080808080808080
		b = binary.LittleEndian.AppendUint64(b, x|caps>>2)
	}
	for ; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	// b is never written again: the string may share its bytes, as
	// strings.Builder's does.
	return unsafe.String(unsafe.SliceData(b), len(b))
}

func indexUpperASCII(s string) int {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return i
		}
	}
	return -1
}

// tokenize splits one line into words, noting sentence starts and the
// punctuation between words, and appends them to out. low is lowerASCII
// of s.
func (t *tagger) tokenize(out []token, s, low string) []token {
	first := len(out)
	start, brk, open := true, false, false
	closable := false // only "." or "," since the last word
	for i := 0; i < len(s); {
		if s[i] == ' ' { // the commonest case of all, below
			closable = false
			i++
			continue
		}
		r, w := runeAt(s, i)
		if isWordRune(r) {
			j, dotted := scanWord(s, i)
			raw := s[i:j]
			// A full stop after an initial, a dotted acronym or a known
			// abbreviation belongs to the word and ends no sentence.
			if next, _ := runeAt(s, j); next == '.' && keepsStop(raw, low[i:j], dotted) {
				j++
				raw = s[i:j]
			}
			out = append(out, token{})
			if tk := &out[len(out)-1]; t.setToken(tk, raw, low[i:j]) {
				tk.start, tk.brk, tk.qOpen = start, brk, open
				closable = true
				// "4 Things to Do": the word after a leading number
				// still starts the sentence.
				start = start && tk.shape == shNum
			} else {
				out = out[:len(out)-1]
				start = false
			}
			brk, open = false, false
			i = j
			continue
		}
		switch {
		case unicode.IsSpace(r):
			closable = false
		case (r == '—' || r == '–' || r == '-') && unicode.IsSpace(runeBefore(s, i)):
			// A dash between spaces starts a new thought: "PanARMENIAN.Net
			// - Verified video footage shows".
			start, brk, closable = true, true, false
		case r == '.' || r == ',':
			if r == '.' {
				start = true
				if end := memberCall(s, i); end > 0 {
					// "fmt.Println(x)", "file.Close()": a program's call
					// of a method, spelt as the code spells it, is
					// neither a name nor a mention of one.
					brk, closable = true, false
					i = end
					continue
				}
			}
			brk = true
		case r == '!' || r == '?' || r == '…' || r == ':' || r == '¿' || r == '¡' || r == '|':
			// A table's cell ("| Blooms on old wood |") opens like a
			// sentence: its capital says nothing of a name.
			start, brk, closable = true, true, false
		case isQuote(r):
			brk = true
			if next, _ := runeAt(s, i+w); isWordRune(next) && !isWordRune(runeBefore(s, i)) {
				start, open = true, true
			} else if closable && len(out) > first {
				out[len(out)-1].qEnd = true
			}
			closable = false
		case r == '&' && unicode.IsSpace(runeBefore(s, i)):
			if next, _ := runeAt(s, i+w); unicode.IsSpace(next) {
				out = append(out, token{text: "&", low: "&", key: "&", lx: lexOf("&", "&"), shape: shAmp, brk: brk})
				brk = false
				break
			}
			brk = true
		default:
			brk, closable = true, false
		}
		i += w
	}
	return out
}

// scanWord returns the end of the word starting at i, joining apostrophes
// ("O'Brien"), hyphens ("Coca-Cola"), underscores (a program's name such
// as "pg_duckdb" is one word, not "pg" and "duckdb"), ampersands between
// capitals ("PG&E") and full stops between single letters ("U.S").
func scanWord(s string, i int) (end int, dotted bool) {
	seg := 0 // letters in the current segment
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf && asciiWord[c] {
			seg++
			j++
			continue
		} else if c == ' ' || c == ',' {
			return j, dotted // (the commonest ends, which join nothing)
		}
		r, w := runeAt(s, j)
		if isWordRune(r) {
			seg++
			j += w
			continue
		}
		prev := runeBefore(s, j)
		next, _ := runeAt(s, j+w)
		switch {
		case isApostrophe(r) && unicode.IsLetter(prev) && unicode.IsLetter(next),
			isHyphen(r) && isWordRune(prev) && isWordRune(next),
			r == '_' && isWordRune(prev) && isWordRune(next),
			r == '&' && unicode.IsUpper(prev) && unicode.IsUpper(next):
		case r == '.' && seg == 1 && unicode.IsLetter(prev) && unicode.IsLetter(next):
			if r2, _ := runeAt(s, j+w+utf8.RuneLen(next)); isWordRune(r2) {
				return j, dotted // "e.Go": not a dotted abbreviation
			}
			dotted = true
		case r == '.' && seg >= 2 && dotSuffix(s[j+1:]):
			// "Asp.net", "Node.js", "Booking.com": one name, not "Asp"
			// and a sentence starting with "net".
		case isApostrophe(r) && seg >= 2 && (prev == 'n' || prev == 'N') && !isWordRune(next) && endsIn(s[i:j]):
			return j + w, dotted // "Takin’", "rockin'"
		case r == '#' && j-i == 1 && 'A' <= prev && prev <= 'Z' && !isWordRune(next) && next != '#':
			// "C#", "F#": a language's name is the letter and its sign,
			// not a stray capital.
			return j + 1, dotted
		case r == '+' && next == '+' && seg > 0 && 'A' <= s[i] && s[i] <= 'Z':
			if after, _ := runeAt(s, j+2); !isWordRune(after) && after != '+' {
				return j + 2, dotted // "C++", "Notepad++"
			}
			return j, dotted
		default:
			return j, dotted
		}
		seg = 0
		j += w
	}
	return j, dotted
}

// memberCall returns the end of the word after the full stop at s[i]
// when that word is a method called on a value of program code: glued by
// the full stop to the word before ("fmt.Println", "mu.Lock") and
// directly followed by an opening bracket; else 0. A sentence whose space
// after its full stop was lost ("the end.The next") opens no bracket, and
// a dotted name ("Node.js") is one word of scanWord.
func memberCall(s string, i int) int {
	if i+1 >= len(s) || s[i+1] < utf8.RuneSelf && !asciiWord[s[i+1]] {
		return 0 // the commonest case: a space after the full stop
	}
	if next, _ := runeAt(s, i+1); !isWordRune(next) || !isWordRune(runeBefore(s, i)) {
		return 0
	}
	end, _ := scanWord(s, i+1)
	if end < len(s) && s[end] == '(' {
		return end
	}
	return 0
}

// signedName reports a word that scanWord ends with a sign: "C#", "F#",
// "C++", "Notepad++" (in any case).
func signedName(w string) bool {
	n := len(w)
	return n == 2 && w[1] == '#' || n > 2 && w[n-1] == '+' && w[n-2] == '+'
}

// dotSuffix reports the end of a dotted name after its full stop: a word
// of letters in one case ("net", "js", "NET"), then no more word. A
// capital then lower case ("end.The") is a missing space, not a name.
func dotSuffix(s string) bool {
	lower, upper := 0, 0
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z':
			lower++
		case 'A' <= c && c <= 'Z':
			upper++
		default:
			if c >= utf8.RuneSelf || asciiWord[c] {
				return false // a digit, an accent: not the short ending of a name
			}
			return i > 0 && (lower == 0 || upper == 0) && c != '.' && c != '-' && c != '\''
		}
	}
	return i > 0 && (lower == 0 || upper == 0)
}

// endsIn reports a word ending in "in", as dropped-g forms do.
func endsIn(word string) bool {
	return len(word) >= 4 && (strings.HasSuffix(word, "in") || strings.HasSuffix(word, "IN"))
}

// keepsStop reports whether a full stop after raw is part of it. rawLow
// is lowerASCII of raw.
func keepsStop(raw, rawLow string, dotted bool) bool {
	if dotted {
		return true
	}
	r, w := utf8.DecodeRuneInString(raw)
	if w == len(raw) {
		return unicode.IsUpper(r)
	}
	if raw == "vs" {
		return true
	}
	return unicode.IsUpper(r) && abbreviations[lowerOf(raw, rawLow)]
}

// lowerOf is strings.ToLower(s), given lowerASCII(s) (or "" when it is
// not at hand): the two are the same when s is ASCII.
func lowerOf(s, sLow string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
	}
	if sLow == "" {
		return lowerASCII(s)
	}
	return sLow
}

// foldWord is foldKey(strings.ToLower(w)), with the shortcuts of
// setToken.
func (t *tagger) foldWord(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return t.fold(w).key
		}
	}
	return foldKey(lowerASCII(w))
}

// foldedWord is the lower case and the key of a word.
type foldedWord struct{ low, key string }

// fold returns the lower case and key of a word that is not ASCII,
// computed once per call: the same words recur, and folding accents
// may mean normalising.
func (t *tagger) fold(w string) foldedWord {
	f, ok := t.folded[w]
	if !ok {
		low := strings.ToLower(w)
		f = foldedWord{low, foldKey(low)}
		t.folded[w] = f
	}
	return f
}

// makeToken classifies a word; ok is false for what is left of nothing.
// rawLow is lowerASCII(raw), or "" when it is not at hand.
func (t *tagger) makeToken(raw, rawLow string) (token, bool) {
	var tk token
	ok := t.setToken(&tk, raw, rawLow)
	return tk, ok
}

// setToken is makeToken writing to *tk, which must be zero: tokenize
// makes its tokens in place, as copying them cost more than making them.
func (t *tagger) setToken(tk *token, raw, rawLow string) bool {
	// A possessive "'s", "’s", "'S" or "’S" goes.
	text := raw
	poss := false
	if n := len(text); n > 2 && (text[n-1] == 's' || text[n-1] == 'S') {
		switch {
		case text[n-2] == '\'':
			text, poss = text[:n-2], true
		case n > 4 && text[n-4:n-1] == "’":
			text, poss = text[:n-4], true
		}
	}
	if text == "" {
		return false
	}
	tk.text, tk.poss = text, poss
	wi, ascii := readASCII(text)
	if !ascii {
		for i := 0; i < len(text); i++ {
			switch c := text[i]; {
			case c == '-':
				wi.hyph = true
			case c == '\'':
				wi.apos = true
			case c >= utf8.RuneSelf:
				// (Only the hyphens and apostrophes up to the first
				// non-ASCII byte are seen in ASCII form, as always.)
				wi.hyph = wi.hyph || strings.ContainsAny(text[i:], "‐‑")
				wi.apos = wi.apos || strings.ContainsRune(text[i:], '’')
				i = len(text)
			}
		}
		wi.letters, wi.upper = countLetters(text)
		wi.shape = shapeOfUnicode(text)
	}
	tk.hyph, tk.apos, tk.shape = wi.hyph, wi.apos, wi.shape
	if wi.letters < math.MaxUint16 {
		tk.letters, tk.upper = uint16(wi.letters), uint16(wi.upper)
	} else {
		tk.letters, tk.upper = math.MaxUint16, math.MaxUint16
	}
	if ascii {
		// Most words: the lower case is a slice of the line's, and the
		// key is the same unless the word has full stops.
		if rawLow != "" {
			tk.low = rawLow[:len(text)]
		} else {
			tk.low = lowerASCII(text)
		}
		tk.key = tk.low
		if strings.IndexByte(tk.low, '.') >= 0 {
			tk.key = strings.ReplaceAll(tk.low, ".", "")
		}
	} else {
		f := t.fold(text)
		tk.low, tk.key = f.low, f.key
	}
	tk.lx = lexOf(tk.key, tk.low)
	if tk.apos && contraction(text) {
		tk.shape = shLower
	}
	return true
}

// keyOf is the key of a name: article.Slugify of it without full stops
// ("U.S." → "us", "Otty Patiño" → "otty-patino"), computed without
// Unicode normalisation when the name is plain ASCII.
func keyOf(name string) string {
	if k, ok := asciiSlug(name, true); ok {
		return k
	}
	if k, ok := latinSlug(name, true); ok {
		return k
	}
	return article.Slugify(strings.ReplaceAll(name, ".", ""))
}

// appendKeyOf appends keyOf(name) to dst, allocating nothing for an
// ASCII name.
func appendKeyOf(dst []byte, name string) []byte {
	if b, ok := appendASCIISlug(dst, name, true); ok {
		return b
	}
	return append(dst, keyOf(name)...)
}

// slugOf is article.Slugify(name), without Unicode normalisation when
// the name is plain ASCII.
func slugOf(name string) string {
	if s, ok := asciiSlug(name, false); ok {
		return s
	}
	if s, ok := latinSlug(name, false); ok {
		return s
	}
	return article.Slugify(name)
}

// latinSlug is asciiSlug for a name in the Latin alphabets that folds to
// ASCII ("Bogotá", "Patiño", "Rondón"), through latinFold.
func latinSlug(name string, dropDots bool) (string, bool) {
	folded, ok := latinFold(name)
	if !ok {
		return "", false
	}
	return asciiSlug(strings.ToLower(folded), dropDots)
}

// latinFolds (latinfolds_gen.go) holds article.FoldASCII of each rune
// below latinEnd: the Latin letters of Western and Central European
// languages and their accents ("é" → "e", "ß" → "ss", "ł" → "l"). Folding
// such text rune by rune gives what FoldASCII gives (TestLatinFold tries
// every pair), and spares the Unicode normalisation of every accented
// word.
const latinEnd = 0x250

// latinFold is article.FoldASCII(s) when every rune of s is below
// latinEnd; ok is false otherwise.
func latinFold(s string) (string, bool) {
	n := 0
	for _, r := range s {
		if r >= latinEnd {
			return "", false
		}
		n += len(latinFolds[r])
	}
	var b strings.Builder
	b.Grow(n)
	for _, r := range s {
		b.WriteString(latinFolds[r])
	}
	return b.String(), true
}

// foldASCII is article.FoldASCII, by latinFold when it can.
func foldASCII(s string) string {
	if f, ok := latinFold(s); ok {
		return f
	}
	return article.FoldASCII(s)
}

// asciiSlug is article.Slugify of a name in ASCII of at most MaxSlugLen
// bytes, which needs no normalisation and no shortening, with full stops
// dropped if dropDots; ok is false for any other name.
func asciiSlug(name string, dropDots bool) (slug string, ok bool) {
	var buf [article.MaxSlugLen]byte
	b, ok := appendASCIISlug(buf[:0], name, dropDots)
	return string(b), ok
}

// appendASCIISlug appends asciiSlug(name, dropDots) to dst.
func appendASCIISlug(dst []byte, name string, dropDots bool) ([]byte, bool) {
	if len(name) > article.MaxSlugLen {
		return dst, false
	}
	start := len(dst)
	dash := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= utf8.RuneSelf:
			return dst[:start], false
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
			fallthrough
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			if dash && len(dst) > start {
				dst = append(dst, '-')
			}
			dash = false
			dst = append(dst, c)
		case c == '\'' || c == '.' && dropDots:
		case c == '#' || c == '+':
			word, end, ok := article.SpelledSign(name, i)
			if !ok {
				dash = true
				break
			}
			dst = append(append(dst, '-'), word...)
			dash, i = true, end-1
		default:
			dash = true
		}
	}
	return dst, true
}

// keyOfToken is keyOf(tk.text) without allocating for a plain word,
// ASCII letters, digits and full stops, whose key is tk.key.
func keyOfToken(tk token) string {
	if len(tk.text) > article.MaxSlugLen {
		return keyOf(tk.text)
	}
	for i := 0; i < len(tk.text); i++ {
		if c := tk.text[i]; c >= utf8.RuneSelf || !asciiWord[c] && c != '.' {
			return keyOf(tk.text)
		}
	}
	return tk.key
}

// foldKey folds accents and drops full stops: "U.S." → "us", "Patiño" →
// "patino".
func foldKey(low string) string {
	ascii := true
	for i := 0; i < len(low); i++ {
		if low[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if !ascii {
		low = strings.ToLower(foldASCII(low))
	}
	if strings.IndexByte(low, '.') >= 0 {
		low = strings.ReplaceAll(low, ".", "")
	}
	return low
}

// contraction reports words such as "I'm" and "We're": an apostrophe
// followed by a lower-case letter. "O'Brien" and "De’Broski" are names.
func contraction(text string) bool {
	i := strings.LastIndexAny(text, "'’")
	if i < 0 {
		return false
	}
	_, w := utf8.DecodeRuneInString(text[i:])
	r, _ := utf8.DecodeRuneInString(text[i+w:])
	return unicode.IsLower(r)
}

func shapeOf(text string) shape {
	if s, ok := shapeOfASCII(text); ok {
		return s
	}
	return shapeOfUnicode(text)
}

func shapeOfUnicode(text string) shape {
	first, _ := utf8.DecodeRuneInString(text)
	if unicode.IsDigit(first) {
		return shNum
	}
	upper, lower, letters := 0, 0, 0
	camel := false
	firstSeg := true
	for i, r := range text {
		switch {
		case unicode.IsUpper(r):
			upper++
			letters++
			if i > 0 && firstSeg && unicode.IsLower(first) {
				camel = true
			}
		case unicode.IsLetter(r):
			lower++
			letters++
		case isHyphen(r) || isApostrophe(r):
			firstSeg = false
		}
	}
	switch {
	case letters == 1 && upper == 1 && strings.HasSuffix(text, "."):
		return shInit
	case lower == 0 && upper >= 2 && upper <= 6:
		return shAcro
	case lower == 0 && upper > 6:
		return shShout
	case unicode.IsUpper(first) || camel:
		return shCap
	}
	return shLower
}

// shapeOfASCII is shapeOf for an ASCII word; ok is false when text is
// not ASCII.
func shapeOfASCII(text string) (s shape, ok bool) {
	wi, ok := readASCII(text)
	return wi.shape, ok
}

// wordInfo is what setToken learns of a word's letters.
type wordInfo struct {
	shape          shape
	letters, upper int  // letters, and capitals among them
	hyph, apos     bool // has a hyphen, an apostrophe
}

// readASCII reads an ASCII word in one pass, byte by byte: its shape (as
// shapeOfUnicode gives it), letters, hyphens and apostrophes. ok is false
// when text is not ASCII, or empty.
func readASCII(text string) (wi wordInfo, ok bool) {
	if text == "" {
		return wi, false
	}
	first := text[0]
	lower := 0
	camel := false
	firstSeg := true
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c >= utf8.RuneSelf:
			return wordInfo{}, false
		case 'A' <= c && c <= 'Z':
			wi.upper++
			if i > 0 && firstSeg && 'a' <= first && first <= 'z' {
				camel = true
			}
		case 'a' <= c && c <= 'z':
			lower++
		case c == '-':
			wi.hyph = true
			firstSeg = false
		case c == '\'':
			wi.apos = true
			firstSeg = false
		}
	}
	wi.letters = wi.upper + lower
	switch {
	case '0' <= first && first <= '9':
		wi.shape = shNum
	case wi.letters == 1 && wi.upper == 1 && text[len(text)-1] == '.':
		wi.shape = shInit
	case lower == 0 && wi.upper >= 2 && wi.upper <= 6:
		wi.shape = shAcro
	case lower == 0 && wi.upper > 6:
		wi.shape = shShout
	case 'A' <= first && first <= 'Z' || camel:
		wi.shape = shCap
	default:
		wi.shape = shLower
	}
	return wi, true
}

// countLetters counts the letters of s and the capitals among them.
func countLetters(s string) (letters, upper int) {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z':
				letters++
			case 'A' <= c && c <= 'Z':
				letters++
				upper++
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
		i += w
	}
	return letters, upper
}

// fewerRunes is utf8.RuneCountInString(s) < n, without counting when
// the length in bytes decides.
func fewerRunes(s string, n int) bool {
	switch {
	case len(s) < n:
		return true
	case len(s) >= utf8.UTFMax*n:
		return false
	}
	return utf8.RuneCountInString(s) < n
}

// nameLike reports whether a token can be part of a name.
func (t token) nameLike() bool {
	return t.shape == shCap || t.shape == shAcro || t.shape == shInit
}

// commandLine reports a line that is a command typed at a shell: it opens
// with a word in lower case and ends in no sentence's punctuation, and it
// runs a known program ("npm install …", "brew install …") or carries an
// option ("-g", "--save"), a scoped package ("@example/cli") or a path
// ("~/bin", "./run.sh", "src/app/main.go"). A domain or an address in a
// line of prose is no command: a registry's name is written there as
// the story writes it ("ClinicalTrials.gov").
func commandLine(s string) bool {
	s = strings.TrimPrefix(strings.TrimLeft(s, " "), "$ ")
	if s == "" || s[0] < 'a' || s[0] > 'z' || len(s) > 200 {
		return false // the common case: a line opening with a capital
	}
	switch s[len(s)-1] {
	case '.', ',', ':', ';', '?', '!':
		return false
	}
	first, rest, _ := strings.Cut(s, " ")
	if rest == "" {
		return false
	}
	if shellPrograms[first] {
		return true
	}
	for _, w := range strings.Fields(rest) {
		switch {
		case option(w):
			return true
		case w[0] == '@' && strings.Contains(w, "/"):
			return true
		case !strings.Contains(w, "://") && (strings.HasPrefix(w, "/") || strings.HasPrefix(w, "./") ||
			strings.HasPrefix(w, "~/") || strings.Count(w, "/") >= 2):
			return true
		}
	}
	return false
}

// option reports a command's option: "-g", "--save".
func option(w string) bool {
	if !strings.HasPrefix(w, "-") {
		return false
	}
	w = strings.TrimPrefix(w[1:], "-")
	return w != "" && 'a' <= w[0] && w[0] <= 'z'
}

// shellPrograms are programs a how-to tells its reader to run: package
// managers, build tools and the shell's own commands.
var shellPrograms = set(`
npm npx pnpm yarn bun deno pip pip3 pipx uv poetry conda brew apt apt-get dnf yum pacman apk
snap flatpak winget choco scoop cargo rustup gem composer dotnet mvn gradle docker podman
kubectl helm git curl wget sudo ssh scp chmod chown mkdir cd ls cp mv rm cat echo
export python python3 node
`)
