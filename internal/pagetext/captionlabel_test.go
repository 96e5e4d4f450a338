package pagetext

import (
	"strings"
	"testing"
)

// A caption that a label opens ("Left: …", "Im Bild: …", "Bar graph: …") or that names where its picture came from ("Image via
// …", "… — via Wikimedia Commons") leaves the body when printed between
// two paragraphs; sentences of the story that open alike stay.
func TestLabelledCaptionsLeaveBody(t *testing.T) {
	for _, capt := range []string{
		"Left: the rusted beams before the repairs. Right: the new quay.",
		"above: the detour signs on the coast road",
		"Bar graph: journeys per month on the three ferry routes",
		"Im Bild: die Umleitung während der Bauarbeiten am Kai",
		"Na zdjęciu: nowy prom w porcie po remoncie nabrzeża",
		"En la imagen: el nuevo muelle del puerto al atardecer",
		"The old ferry terminal at dusk. Image via Harbour Archive.",
		"Ferry crossing the harbour, 1897 — via Wikimedia Commons",
		"The quay under repair in March – via City Archives Office",
	} {
		t.Run(capt, func(t *testing.T) { wantLeavesMidStory(t, capt) })
	}
	for _, s := range []string{
		"Figure 3. Passengers per day before and after the closure of the quay.",
		"Above all, the council wants the ferries to run on time again this winter.",
		"The ferries came back via the northern channel, the only one deep enough at low tide.",
		"Left with no ferry, commuters drove an hour round the bay — via the old coast road.",
	} {
		t.Run(s, func(t *testing.T) { wantStaysMidStory(t, s) })
	}
}

// Captions worded as alt text without a credit leave the body: a picture
// noun with "from", "by" or "with" ("An Instagram post from …", "Aerial
// shot of …"), a stock picture's person and what the person does ("Woman
// using a rowing machine"), a caption that points at the picture's sides,
// a picture's file name ("harbour-ferry-timetable-winter-detour").
// Sentences of the story that open alike stay.
func TestAltTextCaptionsLeaveBody(t *testing.T) {
	for _, capt := range []string{
		"An Instagram post from the harbour authority announcing the reopening",
		"Aerial shot of the new quay at low tide",
		"A close-up of the rusted steel under the old deck",
		"Woman using the new ticket machine",
		"Young man with a bicycle on the ferry deck",
		"The old ferry (left) and its replacement (right) at the quay",
		"harbour-ferry-timetable-winter-detour",
	} {
		t.Run(capt, func(t *testing.T) { wantLeavesMidStory(t, capt) })
	}
	for _, s := range []string{
		"An Instagram post from the mayor said the ferries would be free for the first week.",
		"A woman with two children told us she had waited an hour for the bus every morning.",
		"Women with young children were given seats on the first sailing.",
		"Man with a knife arrested near the quay",
	} {
		t.Run(s, func(t *testing.T) {
			a, _ := mustParse(t, dump(storyTitle, "By Jane Doe", storyParas[0], storyParas[1], s, storyParas[2], storyParas[3]))
			if !strings.Contains(a.Body, s[len(s)-14:]) {
				t.Errorf("left out of the body\n%s", a.Body)
			}
		})
	}
}

// A caption that names its picture a view from somewhere leaves the body;
// sentences of the story that speak of a view stay.
func TestPictureView(t *testing.T) {
	for s, want := range map[string]bool{
		"Aerial view of the new quay at low tide":              true,
		"A top view of a laptop displaying charts on a desk.":  true,
		"Rear-view of a child sitting on a parent's shoulders": true,
		"View from the summit at dawn":                         true,
		"Bird's-eye view of the harbour":                       true,
		"Interior view of the new ferry terminal":              true,
		"In view of the costs, the council voted to wait.":     false,
		"A different view of the problem emerged in March":     false,
		"A view of the port, which reopened last week":         false,
		"Aerial view of the quay was the first thing we saw":   false,
		"A general view shows the damaged quay":                false,
		"The view of the council is that the bridge must go":   false,
		"Point of view: why the ferries should be free":        false,
	} {
		lines := []line{newLine(s, 0)}
		countWords(lines, "en")
		if got := pictureView(&lines[0]); got != want {
			t.Errorf("pictureView(%q) = %v, want %v", s, got, want)
		}
	}
	wantLeavesMidStory(t, "Aerial view of the harbour bridge and the ferry quay")
}

// wantLeavesMidStory checks that s, printed between the second and third
// paragraphs of a story, leaves its body (none of its last 14 bytes
// stay: a line cut short is still kept) and the paragraphs stay.
func wantLeavesMidStory(t *testing.T, s string) {
	t.Helper()
	a, _ := mustParse(t, dump(storyTitle, "By Jane Doe", storyParas[0], storyParas[1], s, storyParas[2], storyParas[3]))
	if strings.Contains(a.Body, s[max(0, len(s)-14):]) {
		t.Errorf("kept in the body\n%s", a.Body)
	}
	wantBody(t, a.Body, storyParas[:4])
}

// wantStaysMidStory checks that s, a sentence of the story printed
// between its second and third paragraphs, stays in the body with them.
func wantStaysMidStory(t *testing.T, s string) {
	t.Helper()
	a, _ := mustParse(t, dump(storyTitle, "By Jane Doe", storyParas[0], storyParas[1], s, storyParas[2], storyParas[3]))
	wantBody(t, a.Body, []string{storyParas[0], storyParas[1], s, storyParas[2], storyParas[3]})
}
