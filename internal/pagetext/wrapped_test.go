package pagetext

import (
	"strings"
	"testing"
)

// A plain-text post wrapped by hand at a fixed width: a heading over the
// first line of a sentence that repeats its words reads as an alt text
// over its caption, but the sentence goes on in the lines under it and
// stays in the body. A picture's alt text over its caption still leaves.
func TestWrappedSentenceIsNoCaption(t *testing.T) {
	heading := "SETTING UP THE HARBOUR WEBCAM on a 710"
	first := "The harbour webcam is not a supported feature of the 710 boards. For this"
	lines := []string{
		"Re: harbour webcam does not start",
		"From: Jane Doe",
		"March 27, 2025",
		"The answer above about the webcam not being supported on the 710 is",
		"correct. That does not mean you cannot do it. Here are the steps,",
		"which I wrote down when I set up the one on our own quay last spring.",
		heading,
		first,
		"reason the board cannot pick the webcam as its camera from the setup",
		"menu, and the steps below go around the menu.",
		"These steps set up the webcam at a low frame rate, which is enough",
		"for watching the boats come in, and they keep the old settings in a",
		"file of their own so that you can go back to them at any time.",
		"First copy the settings file to a safe place, then open the new one",
		"and change the line that names the camera to the name of the webcam.",
		"When the board starts again it reads the new file, and the picture",
		"should show up on the harbour page after a minute or two.",
	}
	alt, caption := "Garden shed with the door open", "We left the garden shed open overnight to see whether the new door would hold"
	lines = append(lines, alt, caption, "The shed is still standing, and the door held through two storms.")
	// A brand written in lower case heads the next section: the caption's
	// sentence does not go on in it.
	alt2, caption2 := "Acme Cam kit parts", "We did not like that the acme Cam kit is plug-in only"
	lines = append(lines, alt2, caption2, "acme’s Features", "Price is not really a feature, but it is one of the kit's best selling points.")
	p := parseWith([]byte(strings.Join(lines, "\n")+"\n"), trained())
	for i := range p.keep {
		p.keep[i] = true
	}
	p.dropAltCaptions()
	for i, ln := range p.lines {
		switch ln.text {
		case heading, first:
			if !p.keep[i] {
				t.Errorf("the body lost %q", ln.text)
			}
		case alt, caption, alt2, caption2:
			if p.keep[i] {
				t.Errorf("the body kept the picture's line %q", ln.text)
			}
		}
	}
}
