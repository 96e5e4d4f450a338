package pagetext

import (
	"testing"
	"unicode"
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
	a, b := readShape("Mayor Opens 3 New Libraries, Says \"Café\" Will Stay: 2025"), readShape("Mayor Opens 3 New Libraries, Says \"Cafe\" Will Stay: 2025")
	if a != b {
		t.Errorf("shapes differ: %+v, %+v", a, b)
	}
}
