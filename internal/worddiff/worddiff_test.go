package worddiff_test

import (
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/worddiff"
)

// show writes spans as [-deleted-] and {+inserted+}.
func show(spans []worddiff.Span) string {
	var b strings.Builder
	for _, s := range spans {
		switch s.Op {
		case worddiff.Delete:
			b.WriteString("[-" + s.Text + "-]")
		case worddiff.Insert:
			b.WriteString("{+" + s.Text + "+}")
		default:
			b.WriteString(s.Text)
		}
	}
	return b.String()
}

func TestWords(t *testing.T) {
	for _, c := range []struct{ a, b, want string }{
		{"The harbour reopened on Monday.", "The harbour reopened on Tuesday.",
			"The harbour reopened on [-Monday-]{+Tuesday+}."},
		// Whole words, never letters inside one.
		{"The storm passed.", "The storms passed.", "The [-storm-]{+storms+} passed."},
		{"Boats came back.", "Boats came back, slowly.", "Boats came back{+, slowly+}."},
		{"It wasn't a well-kept secret.", "It was a well-kept secret.", "It [-wasn't-]{+was+} a well-kept secret."},
		{"Déjà vu in Rondón", "Déjà vu à Rondón", "Déjà vu [-in-]{+à+} Rondón"},
		{"same", "same", "same"},
		{"", "new text", "{+new text+}"},
		{"old text", "", "[-old text-]"},
	} {
		spans := worddiff.Words(c.a, c.b)
		if got := show(spans); got != c.want {
			t.Errorf("%q → %q:\n got %s\nwant %s", c.a, c.b, got, c.want)
		}
		var olds, news strings.Builder
		for _, s := range spans {
			if s.Op != worddiff.Insert {
				olds.WriteString(s.Text)
			}
			if s.Op != worddiff.Delete {
				news.WriteString(s.Text)
			}
		}
		if olds.String() != c.a || news.String() != c.b {
			t.Errorf("%q → %q: spans rebuild %q and %q", c.a, c.b, olds.String(), news.String())
		}
	}
}

// Many distinct words (more than a plane of runes) still diff correctly.
func TestManyWords(t *testing.T) {
	var a, b strings.Builder
	for i := range 70000 {
		w := "w" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + strings.Repeat("y", i/26%50)
		a.WriteString(w + " ")
		if i == 50000 {
			b.WriteString("inserted ")
		}
		b.WriteString(w + " ")
	}
	got := worddiff.Words(a.String(), b.String())
	var ins []string
	for _, s := range got {
		if s.Op != worddiff.Equal {
			ins = append(ins, s.Text)
		}
	}
	if len(ins) != 1 || strings.TrimSpace(ins[0]) != "inserted" {
		t.Errorf("changes: %q", ins)
	}
}
