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
