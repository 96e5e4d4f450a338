package pagetext

import (
	"encoding/binary"
	"html"
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// A line is one non-empty line of the page dump. Copying a web page yields
// one line per rendered block (heading, paragraph, caption, button), with
// blank lines between most of them; lines that follow each other without a
// blank line come from the same block and stay together in the body.
type line struct {
	text  string
	block int // index of the blank-line separated block the line is in
	words int // letter/digit runs
	stops int // of which stopwords
	runes int
	// width is the length in characters of a Latin-script text of about
	// the same content: a Han, kana or Hangul character says about as
	// much as a short word, so it counts three (see lineWidth). Length
	// thresholds tuned on European pages then hold in every script.
	width int
	// Every line is read by a dozen tests; what they share is worked out
	// once, here, rather than in each of them.
	low   string // text in lower case
	key   string // junkKey(low)
	longS bool   // has ſ, which case-blind patterns match as s (see inLine)
	// The longest run of ASCII digits: dates need two, most lines have
	// none.
	digits int
	// The cells of a table row: a dump writes the cells of one row on one
	// line, parted by tabs. nil unless the line has two or more.
	cells []string
	shape shape // tokens, capitals, digits and punctuation, which the features, the headline ranker and the structure pass all read
}

// newLine reads a cleaned line; words and stops are counted later, once
// the page's language is known.
func newLine(t string, block int) line {
	return newLineIn(t, block, nil)
}

// newLineIn is newLine with the line's lower case written into buf (when
// not nil), the page's one buffer of them, rather than a string of its
// own.
func newLineIn(t string, block int, buf *[]byte) line {
	low := toLowerIn(t, buf)
	shape, c := readShape(t)
	return line{
		text:   t,
		block:  block,
		runes:  c.runes,
		width:  lineWidth(t, c.runes),
		low:    low,
		key:    junkKey(low),
		longS:  c.longS,
		digits: c.digitRun,
		shape:  shape,
	}
}

// lineWidth returns the width of a line of runes runes (see line.width).
func lineWidth(t string, runes int) int {
	if runes == len(t) {
		return runes // ASCII
	}
	w := runes
	for _, r := range t {
		if wideChar(r) {
			w += 2
		}
	}
	return w
}

// wideChar reports a character of the CJK scripts (Han, kana, Hangul
// syllables), each about a word's worth of text.
func wideChar(r rune) bool {
	return r >= 0x3040 && (r <= 0x30FF || // kana
		r >= 0x3400 && r <= 0x4DBF || r >= 0x4E00 && r <= 0x9FFF || // Han
		r >= 0xAC00 && r <= 0xD7A3 || // Hangul syllables
		r >= 0xF900 && r <= 0xFAFF || r >= 0x20000 && r <= 0x2FA1F) // Han
}

// maxLines bounds the work and memory spent on absurd inputs. A news page
// has a few hundred lines, and parsing takes time linear in them (a few
// microseconds a line); this is a thousand times more than any page, some
// seconds of work and some 50 MB at worst. Parse warns when it cuts a text
// short.
const maxLines = 200000

// splitLines normalises the text and returns its non-empty lines, at most
// maxLines of them; more reports whether there were more.
func splitLines(s string) (lines []line, more bool) {
	return splitLinesInto(s, nil)
}

// splitLinesInto is splitLines writing the lines into buf's memory when
// there is room.
func splitLinesInto(s string, buf []line) (lines []line, more bool) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = repairMojibake(s)
	// Room for the lines that may hold text: a blank line parts most
	// paragraphs of a dump, and a line is a large struct.
	out := buf[:0]
	if room := min(strings.Count(s, "\n")+1-strings.Count(s, "\n\n"), maxLines); cap(buf) < room {
		out = make([]line, 0, room)
	}
	// The lines' lower case, each a view of this buffer: a few runes
	// grow in lower case, and then it grows too.
	low := make([]byte, 0, len(s)+len(s)/8)
	block := 0
	blank := false
	for raw := range strings.SplitSeq(s, "\n") {
		t := cleanLine(raw)
		if t == "" {
			blank = true
			continue
		}
		if len(out) == maxLines {
			return out, true
		}
		if blank && len(out) > 0 {
			block++
		}
		blank = false
		ln := newLineIn(t, block, &low)
		if strings.IndexByte(raw, '\t') >= 0 {
			ln.cells = tabCells(raw)
		}
		out = append(out, ln)
	}
	return out, false
}

// tabCells returns the tab-parted cells of a raw line, each cleaned, or
// nil when fewer than two hold text. cleanLine turns the tabs into spaces,
// so the cells are read here, from the raw line.
func tabCells(raw string) []string {
	var cells []string
	full := 0
	for c := range strings.SplitSeq(strings.Trim(raw, "\t "), "\t") {
		c = cleanLine(c)
		if c != "" {
			full++
		}
		cells = append(cells, c)
	}
	if full < 2 {
		return nil
	}
	return cells
}

// cleanLine turns the odd spaces of web text (NBSP, tabs, thin spaces) into
// plain ones, drops invisible characters (zero-width joiners, soft hyphens,
// control codes), decodes stray HTML entities and collapses runs of spaces.
func cleanLine(s string) string {
	if strings.Contains(s, "&") && strings.Contains(s, ";") {
		s = html.UnescapeString(s)
	}
	if isClean(s) {
		return s // most lines: nothing to change
	}
	return cleanRunes(s)
}

// cleanRunes is cleanLine's work on the runes of s.
func cleanRunes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			// The ASCII cases of the switch below, without the calls.
			i++
			switch {
			case c == ' ' || c >= '\t' && c <= '\r':
				space = true
				continue
			case c < 0x20 || c == 0x7f:
				continue
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteByte(c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case (r == '\u200c' || r == '\u200d') && joinsLetters(s, i-size, i):
			// Kept: see joinsLetters.
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
			continue
		case r == utf8.RuneError:
			continue
		case unicode.IsSpace(r) || unicode.Is(unicode.Zs, r):
			space = true
			continue
		case unicode.IsControl(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// joinerScripts write the zero-width non-joiner (and joiner) as part of
// their spelling: Persian and Urdu part a word's pieces with it
// ("محله‌ها", "neighbourhoods"), and the Indic scripts choose a letter's
// form with it. Dropping it there glues two words into one, so a title
// or a body no longer reads as the page wrote it.
var joinerScripts = []*unicode.RangeTable{unicode.Arabic, unicode.Devanagari, unicode.Bengali,
	unicode.Gurmukhi, unicode.Gujarati, unicode.Oriya, unicode.Tamil, unicode.Telugu,
	unicode.Kannada, unicode.Malayalam, unicode.Sinhala}

// joinsLetters reports whether the joiner at s[a:b] stands between two
// letters (or marks) and after one of joinerScripts.
func joinsLetters(s string, a, b int) bool {
	prev, _ := utf8.DecodeLastRuneInString(s[:a])
	next, _ := utf8.DecodeRuneInString(s[b:])
	if !(unicode.IsLetter(prev) || unicode.IsMark(prev)) || !(unicode.IsLetter(next) || unicode.IsMark(next)) {
		return false
	}
	return unicode.In(prev, joinerScripts...)
}

// isClean reports whether cleanLine would return s as it is: single spaces
// between words only, and no rune that cleanLine drops or turns into a
// space.
func isClean(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	prevSpace := uint8(0)
	for i := 0; i < len(s); {
		// Eight ASCII bytes at a time, as toLowerIn reads them: adding
		// 0x01 carries a byte into its top bit only when it is DEL
		// (0x7F), adding 0x60 every byte but a control code (below
		// 0x20), and a space is the byte that XOR 0x20 makes 0, which
		// adding 0x7F leaves below the top bit. No byte below 0x80
		// carries into the next, so each bit stands for its own byte.
		if i+8 <= len(s) {
			if x, ok := ascii8(s, i); ok {
				bad := (x + 0x0101010101010101 | ^(x + 0x6060606060606060)) & highBits
				sp := ^((x ^ 0x2020202020202020) + 0x7F7F7F7F7F7F7F7F) & highBits
				if bad != 0 || sp&(sp<<8|uint64(prevSpace)<<7) != 0 {
					return false
				}
				prevSpace = uint8(sp >> 63)
				i += 8
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			// Printable ASCII in one comparison, and a space after a
			// space by arithmetic: testing each space for the byte
			// after it was a branch guessed wrong every few words.
			space := spaceByte[c]
			if c-' ' >= 0x7f-' ' || space&prevSpace != 0 {
				return false
			}
			prevSpace = space
			i++
			continue
		}
		prevSpace = 0
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case (r == '\u200c' || r == '\u200d') && joinsLetters(s, i, i+size):
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad',
			r == utf8.RuneError, unicode.IsSpace(r) || unicode.Is(unicode.Zs, r), unicode.IsControl(r):
			return false
		}
		i += size
	}
	return true
}

// asciiCaps returns the top bit of each byte of x, eight ASCII bytes
// read as one word, that is a capital A-Z: a capital (0x41-0x5A) is a
// byte that adding 0x3F carries into its top bit and adding 0x25 does
// not; no byte below 0x80 carries into the next.
func asciiCaps(x uint64) uint64 {
	return (x + 0x3F3F3F3F3F3F3F3F) &^ (x + 0x2525252525252525) & highBits
}

// spaceByte is 1 for the space byte, else 0.
var spaceByte = [utf8.RuneSelf]uint8{' ': 1}

// toLower returns strings.ToLower(s). Lines are mostly ASCII with a few
// curly quotes or dashes, which send strings.ToLower down its slow path,
// a call per rune; here only the runes beyond ASCII take one, and the
// bytes are appended to a slice rather than written one call at a time.
func toLower(s string) string {
	return toLowerIn(s, nil)
}

// toLowerIn is toLower, appending the lower case to buf when it is not
// nil and returning a view of those bytes. They are never written again
// (appends go past them), so the string may share them.
func toLowerIn(s string, buf *[]byte) string {
	i := 0 // the first byte that may change
	for i < len(s) && s[i] < utf8.RuneSelf && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	if !utf8.ValidString(s) {
		return strings.ToLower(s) // which replaces stray bytes
	}
	var b []byte
	if buf != nil && cap(*buf)-len(*buf) >= len(s)+utf8.UTFMax {
		b = (*buf)[len(*buf):]
	} else {
		b = make([]byte, 0, len(s)+utf8.UTFMax) // a few runes grow in lower case
	}
	b = append(b, s[:i]...)
	for i < len(s) {
		// Eight ASCII bytes at a time: a capital gets 0x20 more.
		if i+8 <= len(s) {
			if x, ok := ascii8(s, i); ok {
				b = binary.LittleEndian.AppendUint64(b, x|asciiCaps(x)>>2)
				i += 8
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += size
	}
	// b is never written again: the string may share its bytes, as
	// strings.Builder's does.
	if buf != nil && len(b) > 0 && cap(*buf) > len(*buf) && unsafe.SliceData(b) == unsafe.SliceData((*buf)[len(*buf):]) {
		*buf = (*buf)[:len(*buf)+len(b)]
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// wordsOf splits text into lower-case words (letter/digit runs, keeping
// inner apostrophes so "don't" stays one stopword).
func wordsOf(s string) []string {
	return slices.Collect(wordsIn(strings.ToLower(s)))
}

// wordsIn yields the words of text, as wordsOf returns them but for case:
// the maximal runs of letters, digits and apostrophes. A rune is in a word
// exactly when its lower case is (checked for every rune), so the words of
// a text and of its lower case are the same runs; counting them needs no
// lower-casing.
func wordsIn(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := 0; i < len(s); {
			// Skip to a word, then to its end; ASCII bytes by table.
			if c := s[i]; c < utf8.RuneSelf {
				if !asciiWord[c] {
					i++
					continue
				}
			} else if r, size := utf8.DecodeRuneInString(s[i:]); !inWord(r) {
				i += size
				continue
			}
			start := i
			for i < len(s) {
				if c := s[i]; c < utf8.RuneSelf {
					if !asciiWord[c] {
						break
					}
					i++
				} else if r, size := utf8.DecodeRuneInString(s[i:]); inWord(r) {
					i += size
				} else {
					break
				}
			}
			if !yield(s[start:i]) {
				return
			}
		}
	}
}

// inWord reports whether r belongs in a word: letters, digits,
// apostrophes, and letters' marks (letterMark).
func inWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || letterMark(r)
}

// letterMark reports a mark that belongs to the letters of an alphabet:
// the vowel signs of Indic scripts ("हिंदी" is one word, not three), Thai
// tone marks, Hebrew and Arabic points, Latin accents written apart. The
// marks from U+2000 on dress symbols and emoji (U+FE0F in "❤️"), no word.
func letterMark(r rune) bool {
	return r >= 0x300 && r < 0x2000 && unicode.IsMark(r)
}

// lastWordIn returns the last word wordsIn yields of s, or "": read from
// the end, where a long line need not be walked.
func lastWordIn(s string) string {
	if !utf8.ValidString(s) {
		last := ""
		for w := range wordsIn(s) {
			last = w
		}
		return last // bytes that are no rune decode differently backwards
	}
	_, w := wordBefore(s)
	return w
}

// wordBefore returns the last word wordsIn yields of s, or "", and the
// text before it. s must be valid UTF-8: bytes that are no rune decode
// differently backwards.
func wordBefore(s string) (rest, word string) {
	end := len(s)
	for end > 0 {
		if c := s[end-1]; c < utf8.RuneSelf {
			if asciiWord[c] {
				break
			}
			end--
		} else if r, size := utf8.DecodeLastRuneInString(s[:end]); !inWord(r) {
			end -= size
		} else {
			break
		}
	}
	start := end
	for start > 0 {
		if c := s[start-1]; c < utf8.RuneSelf {
			if !asciiWord[c] {
				break
			}
			start--
		} else if r, size := utf8.DecodeLastRuneInString(s[:start]); inWord(r) {
			start -= size
		} else {
			break
		}
	}
	return s[:start], s[start:end]
}

// asciiWord is inWord for ASCII bytes.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = inWord(rune(c))
	}
	return t
}()

// moreFields reports len(strings.Fields(s)) > n, without making the
// slice and without reading on once it is.
func moreFields(s string, n int) bool {
	space := true
	for i := 0; i < len(s); {
		var isSpace bool
		if c := s[i]; c < utf8.RuneSelf {
			isSpace = isSpaceByte(c) || c == '\v'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			isSpace = unicode.IsSpace(r)
			i += size
		}
		if isSpace {
			space = true
		} else if space {
			if n--; n < 0 {
				return true
			}
			space = false
		}
	}
	return false
}

// outerFields returns the first and the last of strings.Fields(s), and
// whether it has two or more, without making the slice: the writer's box
// asks it of each name for each line under the story.
func outerFields(s string) (first, last string, two bool) {
	n, start := 0, -1
	field := func(f string) {
		if n++; n == 1 {
			first = f
		}
		last = f
	}
	for i := 0; i < len(s); {
		var isSpace bool
		size := 1
		if c := s[i]; c < utf8.RuneSelf {
			isSpace = isSpaceByte(c) || c == '\v'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			isSpace = unicode.IsSpace(r)
		}
		if !isSpace && start < 0 {
			start = i
		} else if isSpace && start >= 0 {
			field(s[start:i])
			start = -1
		}
		i += size
	}
	if start >= 0 {
		field(s[start:])
	}
	return first, last, n >= 2
}

// wordCount returns how many words s has.
func wordCount(s string) int {
	n := 0
	for range wordsIn(s) {
		n++
	}
	return n
}

// moreWords reports whether s has more than n words (wordCount(s) > n),
// reading no further than the word after the n'th: the lines asked
// include long paragraphs.
func moreWords(s string, n int) bool {
	for range wordsIn(s) {
		if n--; n < 0 {
			return true
		}
	}
	return false
}
