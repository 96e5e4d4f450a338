package pagetext

import (
	"strings"
	"testing"
)

// A story that says it is closing ("In summary, …") under a few lines
// the classifier left out keeps its close and the lines between, in any
// of the languages the list knows; the furniture under the close stays
// out.
func TestClosingWordsKeepStoryEnd(t *testing.T) {
	between := []string{"bridge.Close(deck)", "defer crews.Leave()", "ferry.Add(2)"}
	for _, closing := range []string{
		"In summary, the council chose a year of detours over the risk of a bridge that could fail under a loaded lorry, and most of the people we spoke to on the quay said they understood why.",
		"And finally, we have reached the end of this long look at the bridge; thank you for staying with it, and write to us if your commute changes for the worse after the closure starts.",
		"En résumé, le conseil a préféré une année de détours au risque d'un pont qui pourrait céder sous un camion chargé, et la plupart des gens du quai disent comprendre ce choix difficile.",
	} {
		lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...)
		lines = append(append(append(lines, moreStory...), between...), closing, "Share this article", "Next article: Ferry fares rise in spring")
		a, _, err := Parse([]byte(dump(lines...)))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Body, closing[:40]) {
			t.Errorf("the body lost the closing paragraph %q:\n%s", closing[:40], a.Body)
		}
		for _, s := range between {
			if !strings.Contains(a.Body, s) {
				t.Errorf("the body lost %q between the story and its close", s)
			}
		}
		if strings.Contains(a.Body, "Ferry fares rise") {
			t.Errorf("the body kept the teaser under the close:\n%s", a.Body)
		}
	}
}

// A paragraph under the story that does not open with closing words
// brings nothing back, and closing words too far under the story bring
// nothing back either.
func TestClosingWordsNeedOpenerAndNearness(t *testing.T) {
	closing := "Finally, the council chose a year of detours over the risk of a bridge that could fail under a loaded lorry, and most of the people we spoke to on the quay said they understood why."
	plain := strings.TrimPrefix(closing, "Finally, t")
	plain = "T" + plain
	for _, c := range []struct {
		name, text string
		gap        int
	}{
		{"no opener", plain, 3},
		{"too far", closing, closingGap + 1},
	} {
		between := make([]string, 0, c.gap)
		for k := range c.gap {
			between = append(between, "Tag "+strings.Repeat("x", k+1))
		}
		lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...)
		lines = append(append(append(lines, moreStory...), between...), c.text)
		p := parseWith([]byte(dump(lines...)), trained())
		i := indexOfText(t, p, c.text)
		p.keep[i] = false
		p.keepToClosingWords()
		if p.keep[i] {
			t.Errorf("%s: the paragraph %d lines under the story came back", c.name, c.gap+1)
		}
	}
}

// The writer's sign-off right under the story stays with it, in any of
// the languages the list knows; a button of the same shape ("Let's
// talk!") and a sign-off further down stay out.
func TestSignOffKept(t *testing.T) {
	for _, c := range []struct {
		under []string
		line  string
		kept  bool
	}{
		{nil, "Happy planting!", true},
		{nil, "Until next time…", true},
		{nil, "À bientôt !", true},
		{nil, "Let's talk!", false},
		{[]string{"Watch the video here"}, "Have a great week!", false},
	} {
		lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...)
		lines = append(append(append(lines, moreStory...), c.under...), c.line, "Share this article")
		p := parseWith([]byte(dump(lines...)), trained())
		i := indexOfText(t, p, c.line)
		for _, s := range c.under {
			p.keep[indexOfText(t, p, s)] = false
		}
		p.keep[i] = false
		p.keepSignOff()
		if p.keep[i] != c.kept {
			t.Errorf("%q under the story: kept %v, want %v", c.line, p.keep[i], c.kept)
		}
	}
}
