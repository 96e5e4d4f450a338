package pagetext

import (
	"strings"
	"testing"
)

// A caption without a credit between two paragraphs, worded as an
// image's alt text, is left out of the body; sentences of the story that
// talk about a picture stay.
func TestPictureTextBetweenParagraphs(t *testing.T) {
	for _, capt := range []string{
		"Diagram illustrating how the ferry timetable changes during the closure",
		"A screenshot of the council's route planner with the detour marked.",
		"Headshot of the new harbour master",
		"Aerial photo of the harbour bridge at dusk",
		"Product logo for Harbour Ferries",
		"Harbour Ferries logo.",
		"Captura de pantalla del planificador de rutas del ayuntamiento",
		"Illustration de la nouvelle passerelle au-dessus du port",
		"Schaubild der Umleitung während der Bauarbeiten",
		"Immagine del ponte del porto al tramonto",
	} {
		a, _ := mustParse(t, dump(storyTitle, "By Jane Doe", storyParas[0], storyParas[1], capt, storyParas[2], storyParas[3]))
		if !strings.Contains(a.Body, storyParas[3]) || strings.Contains(a.Body, capt[len(capt)-12:]) {
			t.Errorf("%q: body\n%s", capt, a.Body)
		}
	}
	for _, s := range []string{
		"The image of the mayor cutting the ribbon has become a symbol of the city's hopes for the new bridge.",
		"A photo of the rusted beams was shown to the council on Tuesday.",
		"Her photo of the flooded quay went round the world within hours.",
		"Importing images for print and getting them right",
		"The graph shows that traffic fell by a third after the closure.",
		"Photography courses for beginners",
	} {
		if isPictureText(strings.ToLower(s), len(strings.Fields(s))) {
			t.Errorf("isPictureText(%q): a sentence of the story", s)
		}
	}
}
