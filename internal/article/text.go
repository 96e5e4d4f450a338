package article

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-unidecode"
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
// digits and single hyphens. Latin letters lose their accents; other
// scripts are transliterated (github.com/mozillazg/go-unidecode, the tables
// of Perl's Text::Unidecode): 北京举行新闻发布会 gives
// bei-jing-ju-xing-xin-wen-fa-bu-hui, Путин заявил gives putin-zaiavil.
// Transliteration keeps no tones or short vowels, so two words can share a
// slug (the archive numbers the second). It returns "" only when nothing
// of the text is a letter or digit; the caller must then choose a fallback.
func Slugify(s string) string {
	var b slugBuilder
	for len(s) > 0 {
		n, latin := scriptRun(s)
		if latin {
			low := strings.ToLower(FoldASCII(s[:n]))
			for i := 0; i < len(low); {
				if word, end, ok := SpelledSign(low, i); ok {
					b.dash = true
					for _, c := range word {
						b.rune(c)
					}
					b.dash = true // a word after the sign stays apart, even after an apostrophe: "C#'s" is c-sharp-s
					i = end
					continue
				}
				r, w := utf8.DecodeRuneInString(low[i:])
				b.rune(r)
				i += w
			}
		} else {
			// Transliterated from the text as written: folding would
			// drop the vowel signs of Devanagari or Thai, which are marks.
			for _, r := range s[:n] {
				b.translit(r)
			}
		}
		s = s[n:]
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

// SpelledSign spells the sign at s[i] when it ends a name: "C#" is C
// sharp, "C++" and "Disney+" are C plus plus and Disney plus. Dropped as
// other signs are, they would give C, C# and C++ one slug and so one tag
// page. A sign counts only right after a letter and before no letter or
// digit ("a+b", "#1" and "C#x" keep no sign), and "#" only after a lone
// letter (a note or a language, not a hashtag glued to a word). It
// returns the word, in a slug's letters and hyphens, and where the text
// after it starts.
func SpelledSign(s string, i int) (word string, end int, ok bool) {
	c := s[i]
	if c != '#' && c != '+' || i == 0 || !asciiLetter(s[i-1]) {
		return "", i, false
	}
	end = i + 1
	if c == '+' && end < len(s) && s[end] == '+' {
		end++
	}
	if end < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[end:]); r == '#' || r == '+' || unicode.IsLetter(r) || unicode.IsDigit(r) {
			return "", i, false
		}
	}
	if c == '#' {
		if i >= 2 && (asciiLetter(s[i-2]) || s[i-2] >= utf8.RuneSelf) {
			return "", i, false
		}
		return "sharp", end, true
	}
	if end-i == 2 {
		return "plus-plus", end, true
	}
	return "plus", end, true
}

func asciiLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// scriptRun returns the length of the run of s that is either Latin (with
// punctuation, digits and combining marks) or in other scripts, and which.
func scriptRun(s string) (int, bool) {
	latin := true
	for i, r := range s {
		other := r >= 0x370 && !unicode.In(r, unicode.Latin, unicode.Common, unicode.Inherited)
		if i == 0 {
			latin = !other
		} else if other == latin {
			return i, latin
		}
	}
	return len(s), latin
}

// slugBuilder writes ASCII letters and digits with one hyphen wherever
// anything else was.
type slugBuilder struct {
	strings.Builder
	dash bool
}

func (b *slugBuilder) rune(r rune) {
	switch {
	case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		if b.dash && b.Len() > 0 {
			b.WriteByte('-')
		}
		b.dash = false
		b.WriteRune(r)
	case r == '\'' || r == '’':
		// "Don't" → "dont", not "don-t".
	case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
		// A letter folding left as it was (ŋ, ə) or a digit of another
		// script (٣).
		b.translit(r)
	default:
		b.dash = true
	}
}

// translit writes the transliteration of r. Each Han character is a
// syllable of its own (Bei Jing), so it is set apart; kana and other
// scripts join into words as written.
func (b *slugBuilder) translit(r rune) {
	han := unicode.Is(unicode.Han, r)
	if han {
		b.dash = true
	}
	for _, c := range strings.ToLower(unidecode.Unidecode(string(r))) {
		if c >= utf8.RuneSelf {
			b.dash = true
			continue
		}
		b.rune(c)
	}
	if han {
		b.dash = true
	}
}

// WordsPerMinute is the reading speed of text written with spaces (the
// IReST study's English readers: 228 words a minute).
const WordsPerMinute = 230

// Reading speeds, in characters a minute, of scripts written without
// spaces between words, from the same study (Trauzettel-Klosinski and
// Dietz, "Standardized assessment of reading performance: the new
// International Reading Speed Texts IReST", 2012): Chinese 255, Japanese
// (kanji and kana) 357. Thai, Lao, Khmer and Burmese were not measured
// there; their letters are read at the study's mean of 68 ms a character.
const (
	hanPerMinute      = 255
	japanesePerMinute = 357
	letterPerMinute   = 880
)

// Counts is what a text holds for a reader: words of scripts written with
// spaces, and characters of the scripts written without them.
type Counts struct {
	Words int // runs of letters and digits (Latin, Cyrillic, Arabic, Hangul, …)
	Han   int // Chinese characters
	Kana  int // hiragana and katakana
	Other int // letters of Thai, Lao, Khmer and Burmese
}

// Count counts s. Markdown escapes and punctuation do not count; combining
// marks (Devanagari and Arabic vowel signs) belong to their word.
func Count(s string) Counts {
	var c Counts
	in := false
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf { // most of a body: a byte by table, no rune decoded
			var words int
			i, words, in = asciiWords(s, i, in)
			c.Words += words
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:]) // as range: RuneError, 1 for a stray byte
		i += size
		switch spacelessScript(r) {
		case scriptHan:
			c.Han++
			in = false
			continue
		case scriptKana:
			c.Kana++
			in = false
			continue
		case scriptOther:
			if unicode.IsLetter(r) {
				c.Other++
			}
			in = false
			continue
		}
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !in {
				c.Words++
			}
			in = true
		case unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me):
			// A mark continues the word it follows.
		default:
			in = false
		}
	}
	return c
}

// asciiWords counts the words that start in the ASCII bytes of s from i
// up to the next other byte, given whether a word is open before them, and
// returns where it stopped and whether a word is open there. A loop of its
// own: in Count's, which also reads the other runes, the counts lived in
// memory and a byte took twice the instructions.
func asciiWords(s string, i int, in bool) (end, words int, open bool) {
	t := s[i:]
	on := b2u(in)
	j := 0
	for ; j < len(t); j++ {
		b := t[j]
		if b >= utf8.RuneSelf {
			break
		}
		// A word starts where a letter follows a non-letter: added
		// rather than tested, as words end too often for a branch to be
		// guessed.
		w := asciiAlnum[b]
		words += int(w &^ on)
		on = w
	}
	return i + j, words, on == 1
}

// asciiAlnum is 1 for the ASCII letters and digits, else 0; 256 entries,
// so that a byte needs no check.
var asciiAlnum = func() (t [256]uint8) {
	for b := range utf8.RuneSelf {
		if 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' {
			t[b] = 1
		}
	}
	return t
}()

// b2u is 1 for true: the compiler makes it a flag move, not a branch.
func b2u(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

// Total is word_count: words, plus one per character where words are not
// spaced (as the dev-set scorer counts them). A 2,000-character Chinese
// article counts 2,000.
func (c Counts) Total() int { return c.Words + c.Han + c.Kana + c.Other }

// Minutes is the estimated reading time, rounded up, and at least one
// minute for any text at all.
func (c Counts) Minutes() int {
	if c.Total() == 0 {
		return 0
	}
	perMinute := hanPerMinute
	if c.Kana > 0 {
		perMinute = japanesePerMinute
	}
	m := float64(c.Words)/WordsPerMinute + float64(c.Han+c.Kana)/float64(perMinute) + float64(c.Other)/letterPerMinute
	return max(1, int(math.Ceil(m-1e-9)))
}

// CountWords is Count(s).Total().
func CountWords(s string) int { return Count(s).Total() }

// EstimateMinutes is Count(s).Minutes(): the reading time of a body.
func EstimateMinutes(s string) int { return Count(s).Minutes() }

type spaceless int

const (
	scriptSpaced spaceless = iota
	scriptHan
	scriptKana
	scriptOther
)

// spacelessScript tells the scripts written without spaces between words.
func spacelessScript(r rune) spaceless {
	switch {
	case r < 0x0E00:
		return scriptSpaced
	case r <= 0x0EFF, 0x1000 <= r && r <= 0x109F, 0x1780 <= r && r <= 0x17FF, 0x19E0 <= r && r <= 0x19FF,
		0xAA60 <= r && r <= 0xAA7F, 0xA9E0 <= r && r <= 0xA9FF:
		return scriptOther // Thai, Lao, Myanmar, Khmer
	case r < 0x2E80:
		return scriptSpaced
	case unicode.Is(unicode.Han, r):
		return scriptHan
	case unicode.In(r, unicode.Hiragana, unicode.Katakana), r == 0x30FC:
		return scriptKana // with ー, the long-vowel mark
	}
	return scriptSpaced
}

// IsSpaceless reports whether r is a letter of a script written without
// spaces between words (Han, kana, Thai, Lao, Khmer, Burmese).
func IsSpaceless(r rune) bool { return r >= 0x0E00 && spacelessScript(r) != scriptSpaced }

// EscapeMarkdown makes plain text safe to use as one Markdown paragraph: the
// text renders literally, so "*", "_", "#", "<script>" or a leading "1."
// never turn into emphasis, headings, HTML or lists.
func EscapeMarkdown(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	WriteEscapedMarkdown(&b, s)
	return b.String()
}

// WriteEscapedMarkdown writes EscapeMarkdown(s) to b: a body of many
// paragraphs is escaped into one builder, without a string for each.
func WriteEscapedMarkdown(b *strings.Builder, s string) {
	last := 0 // s[last:i] is still to be written as it is
	for i := 0; i < len(s); {
		// Most bytes: one look in a table, in a loop of nothing else.
		for i < len(s) && mdMarks[s[i]] == 0 {
			i++
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c >= utf8.RuneSelf {
			// No mark to escape; a stray byte becomes U+FFFD, as ranging
			// over s would read it.
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				b.WriteString(s[last:i])
				b.WriteRune(r)
				last = i + 1
			}
			i += size
			continue
		}
		escape := false
		switch mdMarks[c] {
		case markAlways:
			escape = true
		case markAtStart:
			escape = i == 0
		case markAfterDigits:
			// "1." or "1)" at the start would open an ordered list.
			escape = isAllDigits(s[:i]) && i > 0
		}
		if escape {
			b.WriteString(s[last:i])
			b.WriteByte('\\')
			last = i
		}
		i++
	}
	b.WriteString(s[last:])
}

// What a byte is to Markdown, for WriteEscapedMarkdown: escaped always,
// at the start of the text ("-", "+", "="), or after nothing but digits
// ("1." "1)"); 0 for the other bytes.
const (
	markAlways = 1 + iota
	markAtStart
	markAfterDigits
	markNotASCII // the bytes of other runes, read as runes
)

var mdMarks = func() (t [256]uint8) {
	for c := utf8.RuneSelf; c < len(t); c++ {
		t[c] = markNotASCII
	}
	for _, c := range "\\`*_[]<>#|~&!" {
		t[c] = markAlways
	}
	for _, c := range "-+=" {
		t[c] = markAtStart
	}
	t['.'], t[')'] = markAfterDigits, markAfterDigits
	return t
}()

func isAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
