package pagetext

import "testing"

// A Hungarian caption credits its picture under "Fotó:" in brackets at
// its end (a made-up caption).
func TestHungarianPhotoCredit(t *testing.T) {
	if capt, credit := splitCredit(lineOf("A felújított híd esti kivilágításban. (Fotó: Szabó Anna)")); capt != "A felújított híd esti kivilágításban." || credit != "Szabó Anna" {
		t.Errorf("got %q / %q", capt, credit)
	}
}
