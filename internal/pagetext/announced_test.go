package pagetext

import (
	"slices"
	"testing"
)

// The short items of a list that a kept line announces with a colon come
// back into the body when the classifier left them out and the story goes
// on under them; under the story's last kept line they stay out.
func TestAnnouncedListComesBack(t *testing.T) {
	items := []string{"Refusing plastic bags at the market.", "Reusing jars for dry food.", "Mending clothes before buying new ones.", "Composting the kitchen scraps."}
	intro := "The council's plan for the years of repairs rests on four habits that it asks every household to take up:"
	paras := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas[:3]...)
	paras = append(paras, intro)
	paras = append(paras, items...)
	paras = append(paras, storyParas[3:]...)
	p := parseWith([]byte(dump(paras...)), trained())
	first := slices.IndexFunc(p.lines, func(ln line) bool { return ln.text == items[0] })
	last := first + len(items) - 1
	if first < 0 || p.lines[last].text != items[len(items)-1] || !p.keep[first-1] || !p.keep[last+1] {
		t.Fatalf("the made-up story lost its intro or the paragraph under the list before the test began:\n%s", p.art.Body)
	}
	for i := first; i <= last; i++ {
		p.keep[i] = false // as the classifier leaves a list's items out
	}
	p.keepAnnouncedLists()
	for i := first; i <= last; i++ {
		if !p.keep[i] {
			t.Errorf("an item of the list the story announces stayed out: %q", p.lines[i].text)
		}
	}
	// The story ends at the intro: nothing kept under the list.
	for i := first; i < len(p.lines); i++ {
		p.keep[i] = false
	}
	p.keepAnnouncedLists()
	for i := first; i < len(p.lines); i++ {
		if p.keep[i] {
			t.Errorf("a line under the story's last kept line came into the body: %q", p.lines[i].text)
		}
	}
}
