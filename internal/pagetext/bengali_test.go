package pagetext

import (
	"slices"
	"testing"
)

// A Bengali page's dateline, in Bengali digits and month names, and its
// byline, under the label for a reporter or a writer: names in Bengali
// letters (whose vowel signs are marks) read as names, as those of
// Devanagari do.
func TestBengaliDatelineAndByline(t *testing.T) {
	wantDateLines(t, []dateLineCase{
		{"bn", "১৫ মার্চ ২০২৫, ১০:৩০", "2025-03-15"},
		{"bn", "প্রকাশিত: ৩ জানুয়ারি ২০২৬", "2026-01-03"},
		{"bn", "২২ আগস্ট ২০২৪", "2024-08-22"},
	})
	for _, c := range []struct {
		line string
		want []string
	}{
		{"প্রতিবেদক: কামাল হোসেন", []string{"কামাল হোসেন"}},
		{"লেখক: সুমাইয়া রহমান", []string{"সুমাইয়া রহমান"}},
	} {
		if got := explicitByline(c.line, false); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.line, got, c.want)
		}
	}
}
