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

// A box above the story prints who checked it, with a note between two
// copies of the name, and a link to the site's editorial guidelines;
// neither is the story.
func TestCheckersBoxAboveStoryLeavesBody(t *testing.T) {
	bio := "Jane Doe is one of the country's most respected transport writers, with twenty years of reporting on roads, rail and the ports behind her. " +
		"She has written for several national papers, taught reporting at the city college, and edited a guide to the region's ferries that is now in its fourth edition."
	link := "Harbour Post's editorial guidelines"
	note := "The Harbour Post's editors oversee the subjects in which they have long experience, gained from years of reporting on them or from study for an advanced degree. " +
		"They write new stories, and check and revise the ones the paper has printed, and they answer the letters readers send about them."
	lines := []string{storyTitle, "By", "Jane Doe", "Jane Doe", bio, link, "Fact-checked by", "Harbour Post Editors", note, "Harbour Post Editors",
		"Published on March 27, 2025", "Close", "The harbour bridge at dusk", "Credit:", "Getty Images"}
	a, _, err := Parse([]byte(dump(append(lines, storyParas...)...)))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Body, link) {
		t.Errorf("the link to the editorial guidelines stayed in the body:\n%s", a.Body)
	}
	if strings.Contains(a.Body, note[:40]) {
		t.Errorf("the note between two copies of the checkers' name stayed in the body:\n%s", a.Body)
	}
	for _, para := range storyParas {
		if !strings.Contains(a.Body, para[:40]) {
			t.Errorf("the story lost a paragraph %q:\n%s", para[:40], a.Body)
		}
	}
}
