package pagetext

import "testing"

// A pull quote is a kept line in quotation marks, of eight words and 30
// runes or more, that another kept line holds: the marks and the length
// both count, whichever pullQuote asks first.
func TestPullQuoteNeedsMarksAndLength(t *testing.T) {
	para := "The council met on Tuesday. The river has never been this low in living memory, said the mayor, and a b c d e f g h were all there."
	for _, c := range []struct {
		line string
		want bool
	}{
		{"“The river has never been this low in living memory”", true},
		{"The river has never been this low in living memory", false}, // no marks
		{"“a b c d e f g h”", false},                                  // eight words, fewer than 30 runes
		{"“The sea has never been this low in living memory”", false}, // no other line holds it
	} {
		lines, _ := splitLines(para + "\n\n" + c.line)
		p := newPage(lines)
		kept := []int{0, 1}
		sh := []shape{lines[0].shape, lines[1].shape}
		if got := p.pullQuote(kept, sh, 1); got != c.want {
			t.Errorf("pullQuote(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
