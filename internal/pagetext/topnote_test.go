package pagetext

import (
	"strings"
	"testing"
)

// A note about the writer printed under the byline, above the story: the
// name, a note that opens with it, the name again. It is no part of the
// story, however much it reads like a paragraph; the story under it stays
// whole.
func TestWriterNoteAboveStoryLeavesBody(t *testing.T) {
	note := "Jane Doe is one of the country's most respected transport writers, with twenty years of reporting on roads, rail and the ports behind her. " +
		"She has written for several national papers, taught reporting at the city college, and edited a guide to the region's ferries that is now in its fourth edition."
	picture := []string{"Published on March 27, 2025", "Close", "The harbour bridge at dusk", "Credit:", "Getty Images"}
	for _, tc := range []struct {
		name  string
		lines []string
	}{
		{"under the byline", append(append([]string{storyTitle, "By", "Jane Doe", "Jane Doe", note}, picture...), storyParas...)},
		{"a box with no byline", append(append([]string{storyTitle, "Written by", "Jane Doe", "Dr. " + note, "Jane Doe"}, picture...), storyParas...)},
	} {
		a, _, err := Parse([]byte(dump(tc.lines...)))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(a.Body, note[10:50]) {
			t.Errorf("%s: the note about the writer above the story stayed in the body:\n%s", tc.name, a.Body)
		}
		for _, para := range storyParas {
			if !strings.Contains(a.Body, para[:40]) {
				t.Errorf("%s: the story lost a paragraph %q:\n%s", tc.name, para[:40], a.Body)
			}
		}
	}
}

// A story that opens with its subject's name is no note about a writer:
// a profile of someone who is not the byline's writer keeps its opening.
func TestProfileOpeningStaysInBody(t *testing.T) {
	open := "John Roe is the harbour master who kept the port open through the storm, sleeping in his office for a week while the quay flooded twice."
	lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025", open}, storyParas...)
	a, _, err := Parse([]byte(dump(lines...)))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Body, open[:40]) {
		t.Errorf("the story's opening about its subject left the body:\n%s", a.Body)
	}
}
