package pagetext

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse checks that no input makes Parse panic, that a parse without
// error always has a title, and that the body never carries a raw "<" (every
// one must be escaped as "\<" so no markup reaches the page).
func FuzzParse(f *testing.F) {
	f.Add([]byte(dump(storyTitle, "By Jane Doe", "March 27, 2025", story())))
	f.Add([]byte("Title\r\n\r\n<script>alert(1)</script> and more text\r\n"))
	f.Add([]byte(""))
	f.Add([]byte("\u00a0\t\u200b\n\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if !utf8.Valid(data) {
			return // the caller hands Parse valid UTF-8 only
		}
		a, _, err := Parse(data)
		if err != nil {
			return
		}
		if strings.TrimSpace(a.Title) == "" {
			t.Fatalf("no error but empty title for %q", data)
		}
		if strings.Contains(strings.ReplaceAll(a.Body, `\<`, ""), "<") {
			t.Fatalf("raw < in body %q", a.Body)
		}
	})
}
