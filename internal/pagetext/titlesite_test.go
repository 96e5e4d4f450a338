package pagetext

import (
	"strings"
	"testing"
)

// A page whose only copy of the headline is its window title with the
// site's name and a tagline after it, "<headline> – <site> | <tagline>":
// the page prints the site's name again (as a masthead under the window
// title, or as the owner in its copyright line), so the title is the
// headline without it, however long the name, in every script. A tail
// the page does not print again is the headline's own.
func TestWindowTitleEchoedSite(t *testing.T) {
	for _, s := range harbourStories {
		site := s.site + " " + s.section
		for _, echo := range []string{"masthead", "copyright"} {
			page := []string{s.headline + " – " + site + " | " + harbourMenu[1]}
			if echo == "masthead" {
				page = append(page, site)
			}
			page = append(page, harbourMenu...)
			page = append(page, s.byline, s.date)
			page = append(page, s.body...)
			if echo == "copyright" {
				page = append(page, "© 2026 "+site)
			}
			a, _ := mustParse(t, strings.Join(page, "\n"))
			if a.Title != s.headline {
				t.Errorf("%s, %s: title %q, want %q", s.lang, echo, a.Title, s.headline)
			}
		}
	}
	lines, _ := splitLines("Library closes – Three Years On | Riverside Gazette\nRiverside Gazette\nThe council met on Tuesday.")
	p := newPage(lines)
	if got := p.withoutEchoedSite(0, p.lines[0].text); got != "Library closes – Three Years On" {
		t.Errorf("withoutEchoedSite = %q, want the headline's own tail kept", got)
	}
}
