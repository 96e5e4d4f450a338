package pagetext

import (
	"strings"
	"testing"
)

// listCards are the entries of a made-up listicle of restaurants: a name,
// a map link, a district, the entry's paragraph and a booking button.
var listCards = []struct{ name, area, text string }{
	{"Copper Kettle", "East Hill", "Portions run generous considering what the bill eventually says. Pho simmers overnight, and the broth tastes deeply of star anise and charred ginger."},
	{"Marrow & Rye", "Northgate", "Braised lamb shoulder collapses over buttered grits at the lightest touch. Cash works best because the card reader often refuses to cooperate."},
	{"The Lantern Room", "East Hill", "Mezze platters cover hummus, muhammara, labneh, and warm pita straight from the oven. Risotto with wild mushrooms is stirred only when somebody orders it."},
	{"Saltbox", "Northgate", "Lobster rolls come either warm with butter or cold with mayonnaise. Flaky paratha wraps stuffed with spiced potato sell out before lunch ends."},
	{"Olive Street Kitchen", "Northgate", "Bikers stop here after long rides for espresso and almond croissants. White bean stew with fennel sausage warms up the coldest January evenings."},
	{"Juniper Hall", "Canal Quarter", "Children get crayons, paper placemats, and tiny portions of mac and cheese. Grilled fish tacos get a sharp cabbage slaw and a smear of chipotle mayo."},
	{"Bramble", "Northgate", "Pear tarts glisten under brown butter and flakes of sea salt. Even packed Saturdays see plates reach tables within minutes."},
	{"Harbor Noodle Bar", "Millbrook", "Reservations open thirty days out at midnight and vanish within seconds. Tempura shrimp fry in sesame oil behind a counter seating eight."},
	{"Ember Grill", "Canal Quarter", "Ceviche of scallop sits in a bright tiger's milk spiked with ají amarillo. Candlelight and velvet booths suit anniversaries better than quick dinners."},
	{"Little Fig", "Riverside", "Hand-pulled noodles swim in a peppery broth thick with chili oil. Sunny afternoons turn the rooftop terrace into a scramble for chairs."},
	{"Quince", "East Hill", "Whole roast chickens crackle on the plate, stuffed with lemon and thyme. Charred flatbreads leave a wood oven every few minutes, blistered and smoky."},
	{"Northside Dumpling House", "Harbor District", "Duck confit with cherries headlines a menu otherwise devoted to vegetables. Pierogi stuffed with sauerkraut and mushrooms swim in caramelised onions."},
	{"Wren Bistro", "Canal Quarter", "Arepas split open to hold black beans, plantain, and salty white cheese. Fondue pots bubble with gruyère and kirsch through the snowy months."},
	{"Cinder", "Old Town", "Gelato flavours rotate daily, from pistachio to ricotta with figs. Jerk chicken blackens over pimento wood in a barrel out back."},
	{"Pepperpot", "Millbrook", "Biryani comes sealed under pastry that waiters crack open tableside. Korean fried cauliflower glazed in gochujang disappears fast at every table."},
	{"Blue Heron Cafe", "East Hill", "Tasting menus shift weekly according to whatever farmers bring in on Tuesday. Oysters get shucked to order across a long marble counter near the window."},
	{"Tamarind Table", "East Hill", "Brisket gets sixteen hours over post oak before anyone slices it. Croquetas of jamón ooze béchamel, so wait a moment before biting."},
}

// cardPage prints the cards under a headline and an intro, with the short
// line button under each paragraph, and a footer.
func cardPage(button func(k int) string) string {
	lines := []string{
		"Where to Eat in Riverside This Spring", "By Dana Holloway", "March 3, 2025",
		"Riverside's dining scene has never been busier. New openings arrive every month, old favourites keep reinventing themselves, and the best tables are booked weeks ahead. We went across every neighbourhood to find the places worth your evening, from tiny counters to grand dining rooms.",
	}
	for k, c := range listCards {
		lines = append(lines, c.name, "map", "★ | "+c.area, c.text, button(k))
	}
	lines = append(lines, "Newsletter", "Sign up for our weekly guide to eating out.", "Subscribe", "About us", "Privacy policy", "© 2025 Riverside Eats")
	return strings.Join(lines, "\n") + "\n"
}

// A long list of cards keeps every card's paragraph: stage three, which
// reads where a line sits, dropped some of the lower ones although they
// sit over the same button as the ones it kept. (The last card, right
// over the site's footer, is stage two's to weigh.)
func TestListCardsKeepTheirText(t *testing.T) {
	a, _, err := Parse([]byte(cardPage(func(int) string { return "Book Now" })))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range listCards[:len(listCards)-1] {
		if !strings.Contains(a.Body, c.text) {
			t.Errorf("the body lost the paragraph of %q: %q", c.name, c.text)
		}
	}
	wantLeftOut(t, a.Body, []string{"Book Now", "Sign up for our weekly guide"})
}

// A paragraph comes back only over the line that closes cards stage
// three kept: with a stage three that drops the upper half of the zone,
// the upper cards return over a shared button, and stay out when each
// card's closing line is its own.
func TestCardTextNeedsSharedFrame(t *testing.T) {
	m := withStageThree(-5)
	shared := parseWith([]byte(cardPage(func(int) string { return "Book Now" })), m).art
	own := parseWith([]byte(cardPage(func(k int) string { return listCards[k].name + " menu" })), m).art
	first := listCards[1].text
	if !strings.Contains(shared.Body, first) {
		t.Errorf("an upper card over the shared button stayed out:\n%s", shared.Body)
	}
	if strings.Contains(own.Body, first) {
		t.Errorf("an upper card over a line of its own came back:\n%s", own.Body)
	}
}

// courseCards are a made-up catalogue's courses: a title and a line on
// the course, two of them spoken to the reader as a pitch is.
var courseCards = [][2]string{
	{"Learn Typography", "A thorough tour of typefaces, spacing, hierarchy and the rules behind readable text on screens."},
	{"Learn Color", "A practical guide to palettes, contrast ratios and the theory that makes interfaces pleasant to use."},
	{"Learn Layout", "Everything from grids and flexible boxes to alignment, with exercises for every common page pattern."},
	{"Learn Security", "A course to help you protect your users' data from the most common attacks."},
	{"Learn Motion", "Discover how to animate your interfaces without making your visitors feel dizzy."},
	{"Learn Testing", "A complete path through unit, integration and end-to-end tests, with examples in several frameworks."},
	{"Learn Caching", "How browsers and servers store responses, when they reuse them, and how to control that behaviour well."},
	{"Learn Fonts", "Loading, subsetting and fallback strategies that keep web fonts fast across slow mobile networks."},
}

// A catalogue's card that speaks to the reader over the button every
// card has ("Start course") is one more card, not a box selling the
// site: its line stays with the others'.
func TestCourseCardsAreNotPitchBoxes(t *testing.T) {
	lines := []string{"devschool", "Catalogue", "Learn the craft of the web",
		"Browse our growing set of free courses on the building blocks of modern sites, written by working engineers and reviewed by teachers."}
	for _, c := range courseCards {
		lines = append(lines, "Course", c[0], c[1], "Start course")
	}
	lines = append(lines, "Terms", "Privacy", "© 2025 devschool")
	a, _, err := Parse([]byte(strings.Join(lines, "\n") + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range courseCards[3:5] {
		if !strings.Contains(a.Body, c[1]) {
			t.Errorf("the body lost the card of %q: %q\n%s", c[0], c[1], a.Body)
		}
	}
}

// A card taken back over the list's shared button stays in the body
// even when it opens as a picture's alt text does ("A menu covering …"
// reads as "A woman holding …"): the frame it shares with the other
// cards says what it is.
func TestCardTextOutranksAltTextShape(t *testing.T) {
	alt := "A menu covering everything from grilled sardines and smoked eel to slow-cooked beans, with wines by the glass."
	page := strings.Replace(cardPage(func(int) string { return "Book Now" }), listCards[1].text, alt, 1)
	if !showsScene(&line{text: alt, low: strings.ToLower(alt), words: len(strings.Fields(alt))}) {
		t.Fatalf("the made-up card no longer reads as alt text: the test tests nothing")
	}
	a := parseWith([]byte(page), withStageThree(-5)).art
	if !strings.Contains(a.Body, alt) {
		t.Errorf("the card that reads as alt text left the body:\n%s", a.Body)
	}
}
