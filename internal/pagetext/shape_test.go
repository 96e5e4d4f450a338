package pagetext

import (
	"math"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// readShape reads ASCII by byte ranges and other runes by Unicode's
// tables; both must tell the same digits, letters and capitals.
func TestReadShapeASCIIAsUnicode(t *testing.T) {
	for r := rune(0); r < 0x80; r++ {
		digit := '0' <= r && r <= '9'
		letter := 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
		if digit != unicode.IsDigit(r) || letter != unicode.IsLetter(r) || letter && unspaced(r) {
			t.Errorf("%q: digit %v letter %v", r, digit, letter)
		}
		if letter && (r <= 'Z') != (unicode.IsUpper(r) || unicode.IsTitle(r)) || letter && (r > 'Z') != unicode.IsLower(r) {
			t.Errorf("%q: case", r)
		}
		if !letter && (unicode.IsUpper(r) || unicode.IsLower(r)) {
			t.Errorf("%q: cased but not a letter", r)
		}
	}
	// The same words in ASCII and with one accented letter read alike.
	a, _ := readShape("Mayor Opens 3 New Libraries, Says \"Café\" Will Stay: 2025")
	b, _ := readShape("Mayor Opens 3 New Libraries, Says \"Cafe\" Will Stay: 2025")
	if a != b {
		t.Errorf("shapes differ: %+v, %+v", a, b)
	}
}

// A word's run goes on across ASCII and other letters alike, however the
// line's bytes fall into runs of ASCII read apart: an accent anywhere in a
// word, before or after an apostrophe or a digit, changes no count.
func TestReadShapeRunsAcrossAccents(t *testing.T) {
	for _, pair := range [][2]string{
		{"Café's naïve coöperation, l'été 2025: 10'000 km", "Cafe's naive cooperation, l'ete 2025: 10'000 km"},
		{"é'A 1é2 'é' ÉTÉ'S", "e'A 1e2 'e' ETE'S"},
		{"Zürich3 3Zürich ü", "Zurich3 3Zurich u"},
	} {
		a, ca := readShape(pair[0])
		b, cb := readShape(pair[1])
		ca.runes, cb.runes = 0, 0
		if a != b || ca != cb {
			t.Errorf("%q: %+v %+v, %q: %+v %+v", pair[0], a, ca, pair[1], b, cb)
		}
	}
}

// readShape's pass also counts what newLineIn once read in passes of its
// own: the runes, the longest run of ASCII digits and the long s.
func TestReadShapeCounts(t *testing.T) {
	digitRun := func(s string) int {
		longest, run := 0, 0
		for i := 0; i < len(s); i++ {
			if isDigitByte(s[i]) {
				run++
				longest = max(longest, run)
			} else {
				run = 0
			}
		}
		return longest
	}
	for _, s := range []string{
		"", "March 27, 2025", "Call 0800 123456 now", "٢٠٢٥ 12", "1２3", "Die Geſchichte der Stadt 1848",
		"bad \xff\xfe bytes 99\xc3", "12'345", "«Nous ne céderons pas», dit la maire", "東京 2025年3月27日",
	} {
		_, c := readShape(s)
		want := textCounts{runes: utf8.RuneCountInString(s), digitRun: digitRun(s), longS: strings.ContainsRune(s, 'ſ')}
		if c != want {
			t.Errorf("%q: counts %+v, want %+v", s, c, want)
		}
	}
}

// lastWordIn reads from the end the word wordsIn gives last.
func TestLastWordIn(t *testing.T) {
	for _, s := range []string{
		"", " ", "...", "one", "the new bridge, photo.", "jane doe’s avatar", "l'été dernier…", "东京 2025年",
		"ends in digits 2025", "«nous ne céderons pas»", "a \xff b", "tail \xe2\x82", "it's", "x — y —",
	} {
		want := ""
		for w := range wordsIn(s) {
			want = w
		}
		if got := lastWordIn(s); got != want {
			t.Errorf("lastWordIn(%q) = %q, want %q", s, got, want)
		}
	}
}

// The table behind log1pInt holds math.Log1p's own numbers, and the rest
// is math.Log1p.
func TestLog1pIntIsLog1p(t *testing.T) {
	for n := -1; n <= len(log1pSmall())+2; n++ {
		if got, want := log1pInt(n), math.Log1p(float64(n)); got != want {
			t.Errorf("log1pInt(%d) = %v, math.Log1p %v", n, got, want)
		}
	}
}

// edgeHashes reads a line's last three words from its end: they must be
// the words a reading from the start ends with, on lines of any script,
// of fewer words, and of bytes that are no text.
func TestEdgeHashesReadFromTheEnd(t *testing.T) {
	forward := func(low string) (head, tail uint64) {
		var last [3]uint64
		n := 0
		for w := range wordsIn(low) {
			h := wordHash(w)
			if n < 2 {
				head = head*1099511628211 ^ h
			}
			last[0], last[1], last[2] = last[1], last[2], h
			n++
		}
		return head, (last[0]*1099511628211^last[1])*1099511628211 ^ last[2]
	}
	for _, s := range []string{
		"", "...", "one", "one two", "one two three", "a woman holds a lantern at dusk.",
		"  the mayor's office said — on tuesday — it would “review” the plan…  ",
		"élan vital über alles: größe", "東京 の 天気 は 晴れ", "don’t stop me now!",
		"tail\xff bytes \xfe that are no text", "\xff", "one, two; three: four (five)",
	} {
		gh, gt := edgeHashes(s)
		wh, wt := forward(s)
		if gh != wh || gt != wt {
			t.Errorf("edgeHashes(%q) = %x %x, read from the start %x %x", s, gh, gt, wh, wt)
		}
	}
}
