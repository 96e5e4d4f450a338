package pagetext

import (
	"strings"
	"testing"
)

// Under the writer's sign-off the page prints the writer's other wares:
// a reading list to subscribe to, paid offers. They leave the body; the
// sign-off and the story over it stay. A farewell high in the story ends
// nothing.
func TestSignOffEndsStory(t *testing.T) {
	signOff := "Happy building, and happy not-building!"
	wares := []string{
		"📰 What I read every morning (you can subscribe to it too!)",
		"I use a reader app to pull my daily reading into one place: two engineering blogs, the council's minutes and a few newsletters I follow. It is basically my morning coffee routine.",
		"I kept it private until now, but figured I would open it up for my readers. If you want to see what I am reading each day, here is the link.",
		"More ways I can help you",
		"📚 The Bridge Inspector's Handbook. Two hundred pages distilled from thirty real inspections show you how to read rust, cracks and bearings like a pro.",
		"🤝 One-to-one coaching. Book a focused session to get past your biggest engineering roadblock, and I will map the next steps with you.",
	}
	lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...)
	lines = append(append(append(lines, moreStory...), signOff), wares...)
	a, _, err := Parse([]byte(dump(lines...)))
	if err != nil {
		t.Fatal(err)
	}
	wantLeftOut(t, a.Body, wares)
	for _, s := range []string{moreStory[len(moreStory)-1], strings.TrimSuffix(signOff, "!")} {
		if !strings.Contains(a.Body, s) {
			t.Errorf("the body lost %q:\n%s", s, a.Body)
		}
	}

	lines = append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas[:2]...)
	lines = append(append(append(lines, "Good luck getting across!"), storyParas[2:]...), moreStory...)
	a, _, err = Parse([]byte(dump(lines...)))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range moreStory {
		if !strings.Contains(a.Body, s) {
			t.Errorf("a farewell high in the story cut it: %q left the body", s)
		}
	}
}
