package pagetext

import (
	"strings"
	"testing"
)

// moreStory goes on with the bridge story of storyParas, so that a box
// under it is the small part of the page that it is on a real one.
var moreStory = []string{
	"The ferry company said it would add two boats to the morning crossing from next month, and that tickets bought for the bus would be valid on the water too.",
	"Cyclists will still be allowed on a narrow lane on the east side of the bridge for the first three months, until the crews reach that part of the deck.",
	"The last time the bridge was closed, in the winter of 1998, the repairs took eight months longer than planned and the bill came to twice the first estimate.",
	"This time the council has hired an outside firm to check the work every week, and it has promised to publish each report on its website within a few days.",
	"Residents on the quiet streets near the bridge said they hoped the quieter year would last, though few of them expected the council to finish on time.",
}

// A writer's box under the story: the writer's name on a line of its own,
// then a note that does not open with the name, and a pitch for the site.
// None of it is the story, however much the note reads like a paragraph.
func TestWriterBoxUnderStoryLeavesBody(t *testing.T) {
	note := "As our transport editor, she has covered the port, the buses and city hall for ten years."
	pitch := "Our newsroom is funded by readers like you."
	lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...)
	lines = append(append(lines, moreStory...), "About Jane Doe", note, pitch)
	a, _, err := Parse([]byte(dump(lines...)))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Body, moreStory[len(moreStory)-1][:40]) {
		t.Fatalf("the story lost its last paragraph:\n%s", a.Body)
	}
	if strings.Contains(a.Body, note[:30]) || strings.Contains(a.Body, pitch[:30]) {
		t.Errorf("the writer's box under the story stayed in the body:\n%s", a.Body)
	}

	// The writer signing the story is no box: a postscript under the
	// signature stays.
	ps := "If you take the ferry while the bridge is shut, write to us and tell us how your journey went, because we will print the best letters next week."
	lines = append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...)
	lines = append(append(lines, moreStory...), "– Jane Doe", ps)
	p := parseWith([]byte(dump(lines...)), trained())
	i := indexOfText(t, p, ps)
	p.keep[i] = true
	p.dropUnderWriterName()
	if !p.keep[i] {
		t.Errorf("a postscript under the writer's signature left the body")
	}
}
