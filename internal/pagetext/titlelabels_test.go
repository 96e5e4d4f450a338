package pagetext

import "testing"

// A page's tags or sections listed over its headline read as tags; a
// headline that lists things says something of them, and a byline lists
// a name with its titles, not tags alone.
func TestTagList(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Family Favourites, Baking, Autumn Recipes", true},
		{"News, Travel, Japan", true},
		{"Pasta, Pizza, Gelato: Eating Well in Rome", false},
		{"Mobile Apps: Types, Uses, Costs, And Risks", false},
		{"Storm closes schools, roads and the airport in the north", false},
		{"Bread, Butter", false},
	} {
		if got := tagList(tt.line); got != tt.want {
			t.Errorf("tagList(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// A search keyword in small letters over a headline in capitals is told
// apart from the same page written in small letters throughout, where
// the first line may well be the headline.
func TestLowerOverCaps(t *testing.T) {
	page := func(first, second string) *page {
		lines, _ := splitLines(first + "\n\n" + second + "\n\nMost households pay between forty and ninety pounds for a window cleaner, and the price depends on the size of the house.\n")
		p := newPage(lines)
		p.read()
		return p
	}
	if p := page("window cleaning prices", "Window Cleaning Prices Explained: What a Fair Quote Looks Like"); !p.lowerOverCaps(0) {
		t.Errorf("a keyword in small letters over a capitalised headline was not told")
	}
	if p := page("window cleaning prices explained", "what a fair quote looks like and why it matters"); p.lowerOverCaps(0) {
		t.Errorf("a page in small letters throughout read as a keyword over a headline")
	}
	if p := page("Window Cleaning Prices", "Window Cleaning Prices Explained: What a Fair Quote Looks Like"); p.lowerOverCaps(0) {
		t.Errorf("a capitalised line read as a keyword in small letters")
	}
}

// Two numbered labels on one line ("2031: … 1877: …") name other pages
// in a row of links; the phrase under them, over the page's date and
// credits, is the headline.
func TestLabelledRowOverHeadline(t *testing.T) {
	wantHeadline(t, "How Sea Ice Has Changed Around the Poles", []string{
		"31207: Arctic Storm Animations 28114: Glaciers Seen From Orbit",
		"How Sea Ice Has Changed Around the Poles",
		"Released Tuesday, May 5, 2026",
		"Visualizations by:",
		"Maria Lindqvist",
		"Satellites have measured the sea ice around the poles every day since the late nineteen seventies. These maps show how far it reached each September, when the Arctic ice is at its smallest.",
		"In the first years the ice covered most of the Arctic Ocean. Since then the summer ice has shrunk by about a third, and it is thinner too.",
		"Around the Antarctic the picture is less clear: the ice grew slowly for decades and then fell sharply after 2016.",
	})
}

// A headline with a date in it, printed twice in its header as pages
// print their headline, is still the headline, not a dateline; the first
// subheading of the story is not.
func TestDatedHeadlinePrintedTwice(t *testing.T) {
	wantHeadline(t, "Garden Notes 04/11/2026", []string{
		"Garden Notes 04/11/2026",
		"Harriet Lowe",
		"Apr 11, 2026|5 min read",
		"Garden Notes 04/11/2026",
		"Tomato Seedlings Ready",
		"This week in the garden: the tomato seedlings sown in March are ready to move into bigger pots this week. Handle them by the leaves, never the stem, and bury them a little deeper than they grew before.",
		"The broad beans are flowering early after the mild spell. Pinch out the tips once the first pods set, which keeps the blackfly away and puts the plant's strength into the beans.",
		"That is all for this week's garden notes. Next week we will sow runner beans under cover and look at what to do about the slugs that found the lettuces.",
	})
}
