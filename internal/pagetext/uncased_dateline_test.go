package pagetext

import (
	"strings"
	"testing"
)

// A writer of a script without capitals named before a bar on the
// dateline's own line, "דנה כהן | פורסם: 27.03.2025, 14:30": the line
// counts eight words with the date's numbers, as prose does, yet the
// name's words are asked of the other lines only.
func TestUncasedNameBeforeItsDateline(t *testing.T) {
	heStory := []string{"מועצת העיר אישרה ביום שלישי את התוכנית החדשה לתחבורה ציבורית בשכונות המזרחיות של העיר.", "ראש העיר אמר כי האוטובוסים הראשונים בקו החדש יצאו לדרך בתחילת האביב.", "כתבות נוספות"}
	for _, c := range []struct{ line, want string }{
		{"דנה כהן | פורסם: 27.03.2025, 14:30", "דנה כהן"},
		{"דנה כהן | 27.03.25, 14:30", "דנה כהן"},
		{"חדשות בארץ | 27.03.2025, 14:30", ""},
	} {
		a, _ := mustParse(t, dump(append([]string{"מועצת העיר אישרה את תוכנית התחבורה", c.line}, heStory...)...))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.line, got, c.want)
		}
	}
}
