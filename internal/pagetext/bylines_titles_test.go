package pagetext

import "testing"

// A title in lower case before the name, as Dutch and German write it
// ("prof. dr."), and the Malay "binti" ("daughter of") inside a name are
// no reason to drop the writer: the byline holds the name without the
// title.
func TestBylineLowerTitlesAndBinti(t *testing.T) {
	checkBylineLines(t, []struct{ line, want string }{
		{"Door prof. dr. Sander de Wit", "Sander de Wit"},
		{"Von dr. Hanna Roth", "Hanna Roth"},
		{"By Siti Rahmah binti Osman", "Siti Rahmah binti Osman"},
		{"Oleh Siti Rahmah binti Osman", "Siti Rahmah binti Osman"},
	})
}
