package htmlpage_test

import (
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/htmlpage"
)

// A page in UTF-8 with a few bytes of windows-1252 in it (text pasted
// into the CMS) keeps those characters, and its UTF-8 ones, whether it
// declares UTF-8 or nothing.
func TestStrayBytesInUTF8(t *testing.T) {
	story := []string{
		"The na\u00efve plan for the caf\xe9 on the quay was dropped on Thursday, three weeks after the storm flooded the fish market.",
		"Fishermen lined the quay before dawn \x96 the first boats left at six \x96 and the harbour master said the channel was clear.",
		"“The council will pay for a new sea wall,” the mayor said — though work will not start before the autumn, when the tides are lower.",
		"© 2025 The Elwin Gazette · All rights reserved · Café society · Müller · ‘Quay’ notes",
	}
	for _, c := range []struct{ name, head string }{
		{"declared", `<meta charset="utf-8"><title>Caf\xe9 plan dropped</title>`},
		{"undeclared", `<title>Caf\xe9 plan dropped</title>`},
	} {
		a, _, err := htmlpage.Parse([]byte(page(c.head, "<h1>Caf\xe9 plan dropped</h1>", story...)))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if a.Title != "Café plan dropped" {
			t.Errorf("%s: title %q, want %q", c.name, a.Title, "Café plan dropped")
		}
		for _, want := range []string{"naïve", "café", "dawn – the first"} {
			if !strings.Contains(a.Body, want) {
				t.Errorf("%s: body lacks %q:\n%s", c.name, want, a.Body)
			}
		}
		if strings.ContainsRune(a.Body, '\uFFFD') {
			t.Errorf("%s: body has a replacement character:\n%s", c.name, a.Body)
		}
	}
}
