package pagetext

import (
	"strings"
	"testing"
)

// A standfirst printed over its headline: the shorter line under it is
// the headline when the page names it elsewhere as its own, in the
// window title, the breadcrumb trail or its address (made-up pages).
func TestHeadlineUnderStandfirstNamedAsPage(t *testing.T) {
	const dek = "The city says the repairs will take most of the year and cost about twelve million dollars, which it hopes to share with the region"
	esTitle, esDek := "El puerto cierra el puente viejo durante un año", "El Ayuntamiento asegura que las obras costarán doce millones de euros y que habrá más ferris mientras duren los trabajos"
	nav := []string{"Harbour Daily", "Home", "News", "Sport"}
	head := func(title, dek, by string, top ...string) string {
		return dump(append(append(top, "Politics", dek, title, by, "March 27, 2025"), storyParas...)...)
	}
	for _, c := range []struct {
		name, page, title, dek string // dek: the standfirst, no part of the body
	}{
		{"window title", head(storyTitle, dek, "By Jane Doe", append([]string{storyTitle + " | Harbour Daily"}, nav...)...), storyTitle, dek},
		{"window title with a dash", head(storyTitle, dek, "By Jane Doe", append([]string{storyTitle + " – Harbour Daily"}, nav...)...), storyTitle, dek},
		{"address", head(storyTitle, dek, "By Jane Doe", append(nav, "https://www.harbour-daily.example/news/2025/03/27/council-shuts-harbour-bridge-for-a-year-of-repairs/")...), storyTitle, dek},
		{"address without small words", head(storyTitle, dek, "By Jane Doe", append(nav, "https://www.harbour-daily.example/news/council-shuts-harbour-bridge-year-repairs.html")...), storyTitle, dek},
		{"trail", head(storyTitle, dek, "By Jane Doe", "Home › Politics › "+storyTitle), storyTitle, dek},
		{"Spanish window title", head(esTitle, esDek, "Por Ana Pérez", append([]string{esTitle + " | Diario del Puerto"}, nav...)...), esTitle, esDek},
		// The usual order is kept.
		{"headline over standfirst", dump(append(append([]string{storyTitle + " | Harbour Daily"}, nav...), append([]string{storyTitle, dek, "By Jane Doe", "March 27, 2025"}, storyParas...)...)...), storyTitle, dek},
	} {
		a, _ := mustParse(t, c.page)
		if a.Title != c.title || strings.Contains(a.Body, c.dek) {
			t.Errorf("%s: headline %q, body %q; want %q, without the standfirst", c.name, a.Title, a.Body, c.title)
		}
	}
}

// A window title that names the site before the headline, the page's
// only headline: the site's name is no part of it.
func TestSiteNameBeforeHeadline(t *testing.T) {
	for _, sep := range []string{" | ", " – ", " - "} {
		a, _ := mustParse(t, dump(append([]string{"Harbour Daily" + sep + storyTitle, "Home", "News", "Sport", "March 27, 2025", "By Jane Doe"}, append(storyParas, "© 2025 Harbour Daily")...)...))
		if a.Title != storyTitle {
			t.Errorf("%q: headline %q, want %q", sep, a.Title, storyTitle)
		}
	}
	// A label before a bar is no site's name unless the page names its
	// outlet so.
	if got := withoutSiteNameFirst("Opinion | "+storyTitle, "Harbour Daily"); got != "Opinion | "+storyTitle {
		t.Errorf("headline %q", got)
	}
	if got := withoutSiteNameFirst("Harbour Daily-"+storyTitle, "Harbour Daily"); !strings.HasPrefix(got, "Harbour Daily") {
		t.Errorf("headline %q", got)
	}
}
