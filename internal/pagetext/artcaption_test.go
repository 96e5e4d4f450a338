package pagetext

import (
	"strings"
	"testing"
)

// The labels of works of art printed between a story's paragraphs leave
// the body, in each of the forms a label takes (a print with its size, a
// painting, an old engraving credited to an archive); a sentence of the
// story that names a print, its year and its collection stays.
func TestArtLabelsLeaveBody(t *testing.T) {
	labels := []string{
		"Jane Roe, Harbour at Dusk, 1931. Gelatin silver print – 24.5 × 18.2 cm. Edition of 5. Courtesy the Harbour Gallery.",
		"John Moe, The Old Ferry, 1884. Oil on canvas – 61 × 50 cm. Collection City Art Museum.",
		"Harbour bridge under construction, hand-coloured etching, ca. 1790 — via the City Archive",
	}
	prose := "The museum bought the gelatin silver print of the bridge in 1987, and it has hung in the main hall of its collection ever since the council gave its blessing."
	parts := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas[:2]...)
	parts = append(append(append(parts, labels[0], storyParas[2], labels[1], prose), storyParas[3:]...), labels[2])
	parts = append(parts, moreStory...)
	a, _ := mustParse(t, dump(parts...))
	wantLeftOut(t, a.Body, labels)
	for _, s := range append(append([]string{prose}, storyParas...), moreStory...) {
		if !strings.Contains(a.Body, s) {
			t.Errorf("the body lost %q", s)
		}
	}
}

// A work's label cut after a comma, the medium in one line and the
// edition, size and credit in the next, leaves the body whole.
func TestArtLabelOverTwoLinesLeavesBody(t *testing.T) {
	label := []string{
		"Jane Roe, A Ferry at Dawn, 1994. Archival pigment print,",
		"edition of 3 + 1 AP (from Harbour Mornings) — 30 x 24 in. Courtesy the Harbour Gallery.",
	}
	parts := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas[:3]...)
	parts = append(append(append(parts, label...), storyParas[3:]...), moreStory...)
	a, _ := mustParse(t, dump(parts...))
	wantLeftOut(t, a.Body, label)
	for _, s := range append(append([]string{}, storyParas...), moreStory...) {
		if !strings.Contains(a.Body, s) {
			t.Errorf("the body lost %q", s)
		}
	}
}
