package article

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// escapeMarkdownRef is EscapeMarkdown as first written, byte by byte: the
// faster one must write exactly what it wrote.
func escapeMarkdownRef(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			b.WriteRune(r)
			i += size
			continue
		}
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '&', '!':
			b.WriteByte('\\')
		case '-', '+', '=':
			if i == 0 {
				b.WriteByte('\\')
			}
		case '.', ')':
			if isAllDigits(s[:i]) && i > 0 {
				b.WriteByte('\\')
			}
		}
		b.WriteByte(c)
		i++
	}
	return b.String()
}

func TestEscapeMarkdownAsWritten(t *testing.T) {
	for _, s := range []string{"", "plain text", "*a* _b_ [c](d) <e> #f |g| ~h~ &i; !j \\k `l`", "-x", "+x", "=x", "a-b+c=d",
		"1. x", "12) y", "1.5 million", "x. 1.", "\xff", "a\xffb", "\xe2\x82", "ü*ber", "日本*語", "\uFFFD*", "1\xff.", "20.",
		strings.Repeat("Ein Satz mit *Sternchen* und Umlauten: äöü. ", 40)} {
		if got, want := EscapeMarkdown(s), escapeMarkdownRef(s); got != want {
			t.Errorf("EscapeMarkdown(%q) = %q, was %q", s, got, want)
		}
	}
}

func FuzzEscapeMarkdownAsWritten(f *testing.F) {
	for _, s := range []string{"*a*", "1. x", "a\xffb", "日本*語"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := EscapeMarkdown(s), escapeMarkdownRef(s); got != want {
			t.Fatalf("EscapeMarkdown(%q) = %q, was %q", s, got, want)
		}
	})
}
