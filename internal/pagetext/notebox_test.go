package pagetext

import (
	"strings"
	"testing"
)

// A section that names its subject and opens by it ("Harbour Ferry"
// over "Harbour Ferry is …") reads as a name over a note about a
// writer; where the story goes on under it, it stays in the body, while a
// writer's note under the story's end still leaves it.
func TestNoteInsideTheStoryStays(t *testing.T) {
	section := "Harbour Ferry is the oldest way across the river, and the city expects them to carry most of the commuters while the bridge is shut for the repairs."
	more := []string{
		"The council will also run night buses along the river road, and the first of them will leave the central station at half past eleven every evening.",
		"Officials said they would publish a timetable for both services before the end of the month, once the operators had agreed on the number of boats.",
	}
	bio := "Jane Doe is a reporter who covers the city council and local transport for the paper. She lives by the river."
	paras := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...)
	paras = append(paras, "Harbour Ferry", section)
	paras = append(paras, more...)
	paras = append(paras, "Jane Doe", bio, "More stories", "Weather for the weekend")
	a, _, err := Parse([]byte(dump(paras...)))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Harbour Ferry", section, more[0]} {
		if !strings.Contains(a.Body, s) {
			t.Errorf("the story lost a paragraph under a section named by its first words: %q\nbody:\n%s", s, a.Body)
		}
	}
	if strings.Contains(a.Body, bio) {
		t.Errorf("the writer's note under the story's end stayed in the body:\n%s", a.Body)
	}
}

// A note under the story that calls the writer of the byline by the first
// name alone ("Rebecca is …", with a nickname in brackets or not) is
// about the writer and leaves the body; a paragraph in the story's first
// half that opens with the same name is the story's and stays.
func TestWritersNoteByFirstNameLeavesTheBody(t *testing.T) {
	early := "Rebecca is the name the harbour master gave the first of the new ferries, after his mother, who worked on the quay for forty years."
	for _, bio := range []string{
		"Rebecca is a freelance copywriter who writes about small towns, their harbours and the people who keep them running.",
		"Rebecca (Becky) has written about the coast and its councils for ten years and lives in a cottage above the bay.",
	} {
		paras := append([]string{storyParas[0], early}, storyParas[1:]...)
		page := append([]string{storyTitle, "By Rebecca Stone", "March 27, 2025"}, paras...)
		page = append(page, bio, "More stories", "Weather for the weekend")
		a, _ := mustParse(t, dump(page...))
		wantBody(t, a.Body, paras)
		wantLeftOut(t, a.Body, []string{bio})
	}
}
