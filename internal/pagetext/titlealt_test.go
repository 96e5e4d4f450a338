package pagetext

import "testing"

// The headline ranker is told which lines read as a picture's alt text
// or open like a byline or stamp; headlines that merely mention a picture
// or open with another word are not.
func TestAltTextAndCreditOpen(t *testing.T) {
	for _, c := range []struct {
		line        string
		alt, credit bool
	}{
		{"Picture of the harbour bridge at dawn", true, false},
		{"The best walking routes this autumn Header Image", true, false},
		{"Jane Doe's avatar", true, false},
		{"Council shuts harbour bridge for a year of repairs", false, false},
		{"Picture books that teach children to read", false, false},
		{"By: Harbour Desk on 04-10-2025 5:11", false, true},
		{"Posted on October 2, 2025 by Jane Doe", false, true},
		{"Bypass road opens after two years", false, false},
	} {
		low := toLower(c.line)
		if got := altText(low); got != c.alt {
			t.Errorf("altText(%q) = %v", c.line, got)
		}
		if got := creditOpen(low); got != c.credit {
			t.Errorf("creditOpen(%q) = %v", c.line, got)
		}
	}
}
