package pagetext

import (
	"slices"
	"testing"
)

// A Bengali staff credit, "own reporter" and the town, names the writer
// after a bar; alone, or before the date's label, it names nobody.
func TestBengaliDeskByline(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"নিজস্ব প্রতিবেদক, রাজশাহী | মাহমুদা আক্তার", []string{"মাহমুদা আক্তার"}},
		{"নিজস্ব সংবাদদাতা, সিলেট | রফিকুল ইসলাম | প্রকাশ: ১২ মে ২০২৬", []string{"রফিকুল ইসলাম"}},
		{"নিজস্ব প্রতিবেদক, রাজশাহী", nil},
		{"নিজস্ব প্রতিবেদক, রাজশাহী | প্রকাশ: ১২ মে ২০২৬", nil},
	} {
		if got := explicitByline(c.line, false); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.line, got, c.want)
		}
	}
}
