package pagetext

import "testing"

// A template's tag or a shortcode the page's system never filled in
// leaves the body; a bracketed note of the story's own stays.
func TestPlaceholderLeavesBody(t *testing.T) {
	tags := []string{`{{signup-banner="/banners/ferry-signup"}}`, "[newsletter_form id=42]", "[post-views]", "{% promo_box %}"}
	notes := []string{"[Laughter]", "[stack trace omitted]", "[Editor's note: the council met again on Friday.]"}
	lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas[:2]...)
	lines = append(append(lines, tags...), storyParas[2:]...)
	lines = append(append(lines, notes...), moreStory...)
	p := parseWith([]byte(dump(lines...)), trained())
	for _, s := range append(append([]string{}, tags...), notes...) {
		p.keep[indexOfText(t, p, s)] = true
	}
	p.dropPlaceholders()
	for _, s := range tags {
		if p.keep[indexOfText(t, p, s)] {
			t.Errorf("the body kept the placeholder %q", s)
		}
	}
	for _, s := range append(append(append([]string{}, notes...), storyParas...), moreStory...) {
		if !p.keep[indexOfText(t, p, s)] {
			t.Errorf("the story lost %q", s)
		}
	}
}
