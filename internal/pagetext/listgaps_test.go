package pagetext

import "testing"

// A run of short lines between two kept parts of a story (a table's rows,
// a list's items) that stage two left out one by one comes back; a lone
// short line, a run holding a picture's credit, a run under the story's
// last kept line and a line stage three dropped stay out.
func TestListGapsComeBack(t *testing.T) {
	rows := []string{"Closed", "March to December", "Detour", "Old Mill Road"}
	lone := "Harbour Bridge"
	credit := "Photo: Jane Doe/City Archive"
	paras := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas[:2]...)
	paras = append(paras, rows...)
	paras = append(paras, storyParas[2], "Ferry", credit, storyParas[3], lone, storyParas[4])
	paras = append(paras, "Ferries", "Every twenty minutes")
	p := parseWith([]byte(dump(paras...)), trained())
	at := func(text string) int { return indexOfText(t, p, text) }
	for _, s := range storyParas {
		if !p.keep[at(s)] {
			t.Fatalf("the made-up story lost a paragraph before the test began:\n%s", p.art.Body)
		}
	}
	drop := func(i int, inZone bool) {
		p.keep[i], p.zone[i], p.z2[i] = false, inZone, -1
	}
	first, n := at(rows[0]), len(p.lines)
	for i := range rows {
		drop(first+i, false)
	}
	for _, i := range []int{at(lone), at("Ferry"), at(credit), n - 2, n - 1} {
		drop(i, false)
	}
	p.keepListGaps()
	for i, r := range rows {
		if !p.keep[first+i] {
			t.Errorf("a row of a table between paragraphs stayed out: %q", r)
		}
	}
	if p.keep[at(lone)] {
		t.Errorf("a lone short line between paragraphs came back: %q", lone)
	}
	if p.keep[at("Ferry")] || p.keep[at(credit)] {
		t.Errorf("a run holding a picture's credit came back: %q", credit)
	}
	if p.keep[n-2] || p.keep[n-1] {
		t.Errorf("short lines under the story's last kept line came back")
	}
	for i := range rows {
		drop(first+i, false)
	}
	drop(first+1, true) // stage three's drop
	p.keepListGaps()
	for i, r := range rows {
		if p.keep[first+i] {
			t.Errorf("a run with a line stage three dropped came back: %q", r)
		}
	}
}

// indexOfText returns the index of the page's line that reads text, and fails
// the test when there is none.
func indexOfText(t *testing.T, p *page, text string) int {
	t.Helper()
	for i := range p.lines {
		if p.lines[i].text == text {
			return i
		}
	}
	t.Fatalf("no line %q", text)
	return -1
}
