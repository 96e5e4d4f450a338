package pagetext

import "testing"

// A writer who thanks the reader has finished the story: the blurbs of
// other posts printed under that line leave the body with it, in any of
// the languages the list knows. High in the story such a line ends
// nothing: a letter to the editor may open so.
func TestReaderThanksEndsStory(t *testing.T) {
	blurb := "Every gardener knows the feeling of a spring morning when the soil is finally warm enough, and the seed trays on the windowsill are ready to go outside at last."
	for _, thanks := range []string{
		"Did you like this article? You can buy me a coffee.",
		"Thanks for reading! Write to me if you have questions about the bridge.",
		"Merci de votre lecture, et à bientôt pour la suite.",
	} {
		lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...)
		lines = append(append(lines, moreStory...), thanks, blurb)
		p := parseWith([]byte(dump(lines...)), trained())
		i, b := indexOfText(t, p, thanks), indexOfText(t, p, blurb)
		p.keep[i], p.keep[b] = true, true
		p.dropUnderReaderThanks()
		if p.keep[i] || p.keep[b] {
			t.Errorf("under %q the body kept the thanks %v and the blurb under it %v", thanks, p.keep[i], p.keep[b])
		}
		if !p.keep[indexOfText(t, p, moreStory[len(moreStory)-1])] {
			t.Errorf("under %q the story lost its last paragraph", thanks)
		}
	}
	thanks := "Thank you for reading my letter about the bridge, which I wrote after the council meeting."
	lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025", thanks}, storyParas...)
	lines = append(lines, moreStory...)
	p := parseWith([]byte(dump(lines...)), trained())
	p.dropUnderReaderThanks()
	for _, s := range append(storyParas, moreStory...) {
		if !p.keep[indexOfText(t, p, s)] {
			t.Errorf("thanks high in the story cut it: %q left the body", s)
		}
	}
}
