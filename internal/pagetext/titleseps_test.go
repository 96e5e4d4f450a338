package pagetext

import "testing"

// A slash inside a date or a number and the end of a tag name part no
// trail of sections; spaced marks and glued names do.
func TestSeparatorsInHeadlines(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Harbour Report 12/19/2025", 0},
		{"Open 24/7: the night ferry returns", 0},
		{"30 Years of <br> Tags", 0},
		{"Home > News > Harbour", 2},
		{"Home >News >Harbour", 2},
		{"News/Harbour", 1},
		{"Home | Harbour", 1},
	} {
		if got := separators(c.text); got != c.want {
			t.Errorf("separators(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}

// A dash's tail is a site's name when it is a short capitalised name;
// a tail that exclaims, asks or opens in small letters is the second half
// of the headline.
func TestSiteSeparatorTail(t *testing.T) {
	for _, c := range []struct {
		text           string
		site, dashTail bool
	}{
		{"Harbour board approves shore power - Bay Times", true, false},
		{"Best Ferry Routes – My Favourites!", false, true},
		{"Is the bridge worth it – Should We Ask?", false, true},
		{"Switching to the ferry – tips and tricks", false, true},
		{"Mild winters tire us – here is what helps the garden", false, true},
	} {
		site, dashTail := siteSeparator(c.text)
		if site != c.site || dashTail != c.dashTail {
			t.Errorf("siteSeparator(%q) = %v, %v; want %v, %v", c.text, site, dashTail, c.site, c.dashTail)
		}
	}
}
