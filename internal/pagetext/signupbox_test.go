package pagetext

import "testing"

// The line of copy in a newsletter box inside the story, between the
// box's label and its address field, leaves the body. A line of the story
// between two lines of furniture stays when they do not both ask the
// reader to sign up: the last paragraph under a separator and over a
// pitch, or a story about a newsletter's readers ("subscribers").
func TestSignUpCopyLeavesBody(t *testing.T) {
	box := []string{"Sign up for the Riverside Daily newsletter", "Get the day's stories from the river in your inbox every morning.",
		"Enter your email", "Sign up"}
	last := "Nobody on the quay expected the ferry to run again before the summer, and few of them said they would miss the bridge."
	lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas[:2]...)
	lines = append(append(lines, box...), storyParas[2:]...)
	lines = append(append(lines, moreStory...), "§", last, "Over 40,000 readers subscribe. Join them today!", "Subscribe")
	p := parseWith([]byte(dump(lines...)), trained())
	copyLine, lastLine := indexOfText(t, p, box[1]), indexOfText(t, p, last)
	for i := range p.lines {
		p.keep[i] = !p.ann[i].has(roleJunk)
	}
	p.keep[copyLine], p.keep[lastLine] = true, true
	for _, s := range []string{box[0], box[2], box[3], "§", "Subscribe"} {
		if !p.ann[indexOfText(t, p, s)].has(roleJunk) {
			t.Fatalf("%q is not read as furniture", s)
		}
	}
	p.dropSignUpCopy()
	if p.keep[copyLine] {
		t.Errorf("the body kept the newsletter box's copy %q", box[1])
	}
	for _, s := range append(append(append([]string{}, storyParas...), moreStory...), last) {
		if !p.keep[indexOfText(t, p, s)] {
			t.Errorf("the story lost %q", s)
		}
	}
	for _, s := range []string{"more posts do not bring more subscribers", "subscribers per post"} {
		if asksSignUp(s) {
			t.Errorf("%q is read as asking the reader to sign up", s)
		}
	}
}

// The copy of a sign-up box printed right over the form's address field,
// and the box's short heading over it, leave the body; the story's
// paragraph over the box, and a story's own line over a line that only
// names email, stay.
func TestCopyOverSignUpFieldLeavesBody(t *testing.T) {
	box := []string{"Stay ahead of the tides.", "Try Harbourline for 14 days to see how easy it is to plan your crossings.",
		"Email Address *", "Try Harbourline For Free"}
	story := "The council said the ferry would carry cyclists free of charge until the bridge opens again next spring."
	lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...)
	lines = append(append(lines, box...), moreStory...)
	lines = append(lines, story, "Email the council")
	p := parseWith([]byte(dump(lines...)), trained())
	for i := range p.lines {
		p.keep[i] = i >= indexOfText(t, p, storyParas[0])
	}
	for _, s := range box[2:] {
		p.keep[indexOfText(t, p, s)] = false
	}
	p.dropCopyOverSignUpField()
	for _, s := range box[:2] {
		if p.keep[indexOfText(t, p, s)] {
			t.Errorf("the body kept a line of the sign-up box: %q", s)
		}
	}
	for _, s := range append(append(append([]string{}, storyParas...), moreStory...), story) {
		if !p.keep[indexOfText(t, p, s)] {
			t.Errorf("the story lost %q", s)
		}
	}
}
