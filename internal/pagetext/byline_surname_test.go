package pagetext

import (
	"strings"
	"testing"
)

// A surname that is also an outlet's or a role's word still names a
// person after "By" or "Report by"; an outlet's word after the first
// word makes the line an outlet's credit, which names nobody.
func TestBylineSurnameOfRoleWord(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"By Adam Fox", "Adam Fox"},
		{"By Tom Head", "Tom Head"},
		{"BY NINA SKY", "NINA SKY"},
		{"By Owen Press | March 27, 2025", "Owen Press"},
		{"By Adam Fox, Staff Writer", "Adam Fox"},
		{"Report by Adam Price", "Adam Price"},
		// A second writer after "and" may have such a surname too; the
		// outlet's credit after it stays out.
		{"By Jessica Day and Bill Press", "Jessica Day|Bill Press"},
		{"Von Anna Schmidt und Tom Head", "Anna Schmidt|Tom Head"},
		{"By Jane Doe and Fox News", "Jane Doe"},
		{"By Jane Doe and Associated Press", "Jane Doe"},
		{"By Jane Doe, Bill Press", "Jane Doe"},
		{"By Fox News", ""},
		{"By Sky News", ""},
		{"By Washington Post Staff", ""},
		{"By Staff Reporter", ""},
		{"By Metro Desk", ""},
		{"By Kyodo News", ""},
	} {
		a, _ := mustParse(t, dump("News", storyTitle, c.line, "March 27, 2025", story(), "Share this story", "More from News"))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.line, got, c.want)
		}
	}
}
