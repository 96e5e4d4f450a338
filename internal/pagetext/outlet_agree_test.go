package pagetext

import (
	"strings"
	"testing"
)

// A page that names its site only in a credit under the story and in its
// own prose gets that name as its outlet; a story that keeps naming a
// product under a heading of its name does not.
func TestAgreedName(t *testing.T) {
	story := []string{
		"Keeping a Small Harbour Dredged Through the Winter",
		"",
		"Harbour towns along the coast have to keep their channels open when the storms move sand into the mouth of the bay every winter.",
		"",
		"At Tidewell Marine we have dredged small harbours for thirty years, and the work has changed more in the last five than in the twenty before.",
		"",
		"Most crews now survey the channel with sonar before every trip, which tells them where the sand has settled overnight and how deep.",
		"",
		"The cost of a winter's dredging depends on the tide tables, the weather and how far the spoil has to be carried out to sea.",
		"",
		"If you run a marina, Tidewell Marine can survey your channel and plan a season's work with your harbour master before the first storm.",
		"",
		"@ Tidewell Marine",
	}
	a, _, err := Parse([]byte(strings.Join(story, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	if a.Outlet != "Tidewell Marine" {
		t.Errorf("outlet = %q, want Tidewell Marine (a credit and the prose agree)", a.Outlet)
	}

	product := []string{
		"Five Things to Know Before Buying a Sonar Unit",
		"",
		"A sonar unit tells a skipper where the channel is deep enough, and the cheaper units have caught up with the dear ones in the last few years.",
		"",
		"Deepscan Pro",
		"",
		"The Deepscan Pro shows the bottom in colour and keeps a log of every trip, which a harbour master can read back after a storm.",
		"",
		"Most buyers will find that the Deepscan Pro is enough for a small boat, though its screen is hard to read in bright sunshine.",
		"",
		"Whichever unit you choose, have it fitted by someone who has done it before, since a badly placed sensor reads the hull rather than the sea.",
	}
	a, _, err = Parse([]byte(strings.Join(product, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	if a.Outlet != "" {
		t.Errorf("outlet = %q, want none: a heading and the prose under it name what the story is about", a.Outlet)
	}
}

func TestAgreeName(t *testing.T) {
	for in, want := range map[string]string{
		"By Tidewell Marine":        "Tidewell Marine",
		"@ Tidewell Marine":         "Tidewell Marine",
		"About Tidewell Marine":     "Tidewell Marine",
		"Tidewell":                  "Tidewell",
		"JANE DOEPUBLISHED":         "",
		"Read more about dredging.": "",
		"Subscribe":                 "",
		"2025/4/29":                 "",
	} {
		if got, _ := agreeName(in); got != want {
			t.Errorf("agreeName(%q) = %q, want %q", in, got, want)
		}
	}
}
