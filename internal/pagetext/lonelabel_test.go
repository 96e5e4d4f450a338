package pagetext

import "testing"

// A story's lone labels between two of its kept paragraphs (a subheading,
// "Pros" over a list, a month over its dates) that stage two scored just
// under the cut come back; a line that is no heading by its shape (a
// phrase in small letters, a badge glued from its words, a label ending in
// a colon), a picture's credit, a line far under the cut and a line stage
// three dropped stay out.
func TestLoneLabelsComeBack(t *testing.T) {
	labels := []string{"Getting across the river", "Pros", "Im März", "2025 Timeline"}
	others := []string{"harbour views", "FreeShipping", "Cons:", "Photo: Jane Doe/City Archive", "Ferry times", "Night buses"}
	paras := []string{storyTitle, "By Jane Doe", "March 27, 2025", storyParas[0]}
	// Each line alone between two paragraphs of the story.
	for i, s := range append(append([]string{}, labels...), others...) {
		paras = append(paras, s, labelStory[i])
	}
	p := parseWith([]byte(dump(paras...)), trained())
	at := func(text string) int { return indexOfText(t, p, text) }
	set := func(text string, inZone bool, z float32) int {
		i := at(text)
		if !p.keep[i-1] || !p.keep[i+1] {
			t.Fatalf("the made-up story lost a paragraph around %q before the test began:\n%s", text, p.art.Body)
		}
		p.keep[i], p.zone[i], p.z2[i] = false, inZone, z
		return i
	}
	for _, s := range labels {
		set(s, false, -0.5)
	}
	for _, s := range others[:4] {
		set(s, false, -0.5)
	}
	set("Ferry times", false, -2)  // far under the cut
	set("Night buses", true, -0.5) // stage three's drop
	p.keepLoneLabels()
	for _, s := range labels {
		if !p.keep[at(s)] {
			t.Errorf("a lone label between two paragraphs stayed out: %q", s)
		}
	}
	for _, s := range others {
		if p.keep[at(s)] {
			t.Errorf("a line that is no label of the story came back: %q", s)
		}
	}
}

// labelStory is the rest of a made-up story, a paragraph under each label.
var labelStory = []string{
	storyParas[1], storyParas[2], storyParas[3], storyParas[4],
	"Commuters who drive across the bridge every morning will have to take the ring road, which the council expects to be far busier than usual until the repairs are finished next winter.",
	"A group of cyclists asked the council to keep one lane open for bicycles, but the engineers said that even light traffic could not safely use the deck while the steel is being replaced.",
	"The ferry company said it would add two boats to its morning timetable and sell cheaper weekly tickets to people who used to walk or cycle across the river to reach their work.",
	"Several schools on the north bank said their pupils would need more time to get to lessons, and one head teacher asked parents to plan their journeys a week before the closure begins.",
	"The last time the bridge was closed for repairs, more than twenty years ago, the work took twice as long as planned, and some councillors warned that the same could happen again.",
	"Local historians pointed out that the bridge opened in the year the town's first railway station was built, and that it has carried traffic for well over a century with little trouble.",
	"The council will hold a public meeting next month to answer questions about the closure, and the mayor said she would attend it herself to hear what people on both banks had to say.",
}
