package pagetext

import (
	"strings"
	"testing"
)

// Navigation and pictures' names are never the headline, whatever the
// ranker makes of the page: a trail of sections, a link to the story
// before or after, a file's path, alt text that names its picture, a row
// of tags or of numbered links, a line holding a link's address, and the
// site's name with its address. Headlines that share a mark with them
// (a slash, a colon, a guillemet, a domain) stay headlines.
func TestNavFurniture(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Garden Blog / Topics / Vegetable Growing", true},
		{"Home > Tech > Laptops", true},
		{"« Winter Walks on the Moor | Main", true},
		{"Next story: The Harbour Bridge Reopens »", true},
		{"gardener42/notes.md", true},
		{"Picture of the old mill in spring", true},
		{"Best Of, Scotland, Walking Guides", true},
		{"20417: Storm Animations 13990: Rain Over the Coast", true},
		{"Read it at https://example.org/story", true},
		{"The Riverside Gazette riversidegazette.com", true},

		{"Yes / No: the referendum question explained", false},
		{"AC/DC announce a farewell tour of twelve cities", false},
		{"«Nous ne céderons pas», dit la maire de Lyon", false},
		{"Exclusive: Council leader: no new taxes this year", false},
		{"Top 10: the best walks of the year", false},
		{"Shop.com reports record sales before the holidays", false},
		{"Photo finish decides the city marathon", false},
		{"Storm closes schools, roads and the airport in the north", false},
	} {
		low := strings.ToLower(tt.line)
		if got := navFurniture(tt.line, low) || mastheadLine(low, domainIn(tt.line)); got != tt.want {
			t.Errorf("navFurniture(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// A trail of sections over the headline, and a link to the story before
// over the date: the headline is the phrase with the credit under it.
func TestHeadlineUnderNavigation(t *testing.T) {
	wantHeadline(t, "How to grow winter salad leaves on a small balcony", []string{
		"Garden Blog / Topics / Vegetable Growing",
		"How to grow winter salad leaves on a small balcony",
		"Written by Ruth Oduya",
		"Published on November 11, 2025",
		"Winter salads need less light than most growers expect. A balcony that faces south or west gives enough for rocket, lamb's lettuce and mustard greens from October until the spring.",
		"Sow thinly in wide pots with fresh compost, keep them out of the worst wind, and water in the morning so that the leaves dry before the cold of the night.",
		"Pick the outer leaves a few at a time and the plants keep growing for months; a fleece over the pots on the coldest nights keeps them going through a frost.",
	})
	wantHeadline(t, "Learning to fix bicycles", []string{
		"pedalnotes.net",
		"A Tinkerer's Weblog",
		"« Winter Walks on the Moor | Main",
		"December 16, 2025",
		"Learning to fix bicycles",
		"I have been teaching myself to repair bicycles this winter, starting with the old three-speed that had stood in the shed since my father stopped riding it.",
		"The brakes were the first job. The pads had gone hard and the cables were rusted through, so I bought new ones and learned to set the pads square to the rim.",
		"Next came the hub gears, which turned out to need nothing but oil and a patient adjustment of the cable until each gear clicked in where it should.",
	})
}
