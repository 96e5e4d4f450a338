package article

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// foldExtra covers letters that Unicode does not decompose into a base letter
// plus a mark, so stripping marks alone would drop them.
var foldExtra = map[rune]string{
	'ß': "ss", 'æ': "ae", 'Æ': "AE", 'ø': "o", 'Ø': "O", 'œ': "oe", 'Œ': "OE",
	'ł': "l", 'Ł': "L", 'đ': "d", 'Đ': "D", 'ð': "d", 'Ð': "D", 'þ': "th", 'Þ': "TH",
	'ı': "i", 'ħ': "h", 'Ħ': "H",
}

// FoldASCII removes diacritics ("Rondón" → "Rondon") and maps the few letters
// without a decomposition to their usual Latin spelling. Other non-ASCII
// runes are kept.
func FoldASCII(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if x, ok := foldExtra[r]; ok {
			b.WriteString(x)
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// MaxSlugLen keeps URLs short enough to share while staying readable.
const MaxSlugLen = 80

// Slugify turns a title or name into a lower-case ASCII slug of letters,
// digits and single hyphens. It returns "" when nothing of the text survives
// (a title in a script without a Latin transliteration, for example); the
// caller must then choose a fallback.
func Slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(FoldASCII(s)) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r == '\'' || r == '’':
			// "Don't" → "dont", not "don-t".
		default:
			dash = true
		}
	}
	out := b.String()
	if len(out) > MaxSlugLen {
		out = out[:MaxSlugLen]
		if i := strings.LastIndexByte(out, '-'); i > MaxSlugLen/2 {
			out = out[:i]
		}
		out = strings.TrimRight(out, "-")
	}
	return out
}

// CountWords counts runs of letters and digits, the same way readers and the
// dev-set scorer see words. Markdown escapes and punctuation do not count.
func CountWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// EscapeMarkdown makes plain text safe to use as one Markdown paragraph: the
// text renders literally, so "*", "_", "#", "<script>" or a leading "1."
// never turn into emphasis, headings, HTML or lists.
func EscapeMarkdown(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '&', '!':
			b.WriteByte('\\')
		case '-', '+', '=':
			if i == 0 {
				b.WriteByte('\\')
			}
		case '.', ')':
			// "1." or "1)" at the start would open an ordered list.
			if isAllDigits(s[:i]) && i > 0 {
				b.WriteByte('\\')
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
