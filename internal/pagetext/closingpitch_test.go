package pagetext

import "testing"

// The site's own pitch under the story, and the footnote the page prints
// under it, leave the body; the story's last paragraph stays. High in the
// story the same words end nothing: the story is still being told.
func TestClosingPitchEndsStory(t *testing.T) {
	note := "Both of the tools named above publish their own comparisons with the older product, which we did not repeat here for lack of time."
	for _, pitch := range []string{
		"If you want to see how the bridge sensors work for yourself, try out our free edition with your own data.",
		"To get started, request a quote here and our team of engineers will get right back to you.",
	} {
		lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...)
		lines = append(append(lines, moreStory...), pitch, note)
		p := parseWith([]byte(dump(lines...)), trained())
		i, n := indexOfText(t, p, pitch), indexOfText(t, p, note)
		p.keep[i], p.keep[n] = true, true
		p.dropUnderClosingPitch()
		if p.keep[i] || p.keep[n] {
			t.Errorf("under %q the body kept the pitch %v and the note under it %v", pitch, p.keep[i], p.keep[n])
		}
		if !p.keep[indexOfText(t, p, moreStory[len(moreStory)-1])] {
			t.Errorf("under %q the story lost its last paragraph", pitch)
		}
	}
	pitch := "If you need the figures for your own town, contact us and we will send the council's tables."
	lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025", pitch}, storyParas...)
	lines = append(lines, moreStory...)
	p := parseWith([]byte(dump(lines...)), trained())
	//p.dropUnderClosingPitch()
	for _, s := range append(storyParas, moreStory...) {
		if !p.keep[indexOfText(t, p, s)] {
			t.Errorf("a pitch high in the story cut it: %q left the body", s)
		}
	}
}

// A short question to the reader as the body's last line ("Want to see
// how …?", "Need more help?") only leads to the site's offer under the
// story and leaves the body; the same question inside the story leads to
// its next paragraph and stays, and a closing question of the story's
// own, which asks no reader, stays too.
func TestClosingQuestionLeavesBody(t *testing.T) {
	for _, c := range []struct {
		last string
		gone bool
	}{
		{"Want to see how the bridge sensors could work for your town?", true},
		{"Looking for more advice on planning road works?", true},
		{"NEED MORE HELP?", true},
		{"¿Quieres saber más sobre el puente? ¡Escríbenos hoy!", true},
		{"Will the bridge be ready before the next winter storms arrive?", false},
	} {
		lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...)
		lines = append(append(lines, moreStory...), c.last)
		p := parseWith([]byte(dump(lines...)), trained())
		i := indexOfText(t, p, c.last)
		p.keep[i] = true
		p.dropClosingQuestion()
		if p.keep[i] == c.gone {
			t.Errorf("%q as the last line: kept %v, want %v", c.last, p.keep[i], !c.gone)
		}
		if !p.keep[indexOfText(t, p, moreStory[len(moreStory)-1])] {
			t.Errorf("under %q the story lost its last paragraph", c.last)
		}
	}
	ask := "Want to know what the engineers found inside the piers?"
	lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...)
	lines = append(append(lines, ask), moreStory...)
	p := parseWith([]byte(dump(lines...)), trained())
	i := indexOfText(t, p, ask)
	p.keep[i] = true
	p.dropClosingQuestion()
	if !p.keep[i] {
		t.Errorf("a question inside the story left the body: %q", ask)
	}
}
