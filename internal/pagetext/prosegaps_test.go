package pagetext

import "testing"

// A long paragraph of the story that stage two called furniture (as it
// does where cards or specifications break a story up) comes back when it
// lies between kept lines; one that stage three dropped, one printed
// twice, and one below the story's last kept line stay out.
func TestProseGapsComeBack(t *testing.T) {
	long := "The engineers said the old cables had rusted far faster than anyone expected, and that the work would take the whole year."
	twice := "The harbour master said the ferries would run every twenty minutes while the bridge is shut, and that the fares would not go up."
	paras := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...)
	paras = append(paras[:5], append([]string{long, twice}, paras[5:]...)...)
	paras = append(paras, twice, "Readers who wrote to the council about the closure were thanked by the mayor in a long letter last week.")
	p := parseWith([]byte(dump(paras...)), trained())
	at := func(text string) int { return indexOfText(t, p, text) }
	gap, rep, below := at(long), at(twice), len(p.lines)-1
	if !p.keep[gap] || !p.keep[below-2] {
		t.Fatalf("the made-up story lost a paragraph before the test began:\n%s", p.art.Body)
	}
	drop := func(i int, inZone bool) {
		p.keep[i], p.zone[i], p.z2[i] = false, inZone, -1
	}
	drop(below, false) // the story now ends two lines up
	drop(below-1, false)
	drop(gap, false)
	drop(rep, false)
	p.keepProseGaps()
	if !p.keep[gap] {
		t.Errorf("a long paragraph between kept lines that stage two dropped stayed out: %q", long)
	}
	if p.keep[rep] {
		t.Errorf("a paragraph the page prints twice came back: %q", twice)
	}
	if p.keep[below] {
		t.Errorf("a paragraph below the story's last kept line came back: %q", p.lines[below].text)
	}
	drop(gap, true) // stage three's drop
	p.keepProseGaps()
	if p.keep[gap] {
		t.Errorf("a paragraph stage three dropped came back")
	}
}
