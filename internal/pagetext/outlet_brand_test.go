package pagetext

import "testing"

// A page that opens with its logo's one word, a compound no menu uses,
// gives it as the outlet; a platform's name, a surname or a product the
// story writes about do not.
func TestSourceOfBrandMasthead(t *testing.T) {
	story := "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN
	wantOutlets(t, []outletCase{
		{"a compound parted by a capital", "TechHarbor\n\nNews\n\nReviews\n\nDeals\n\n" + story, "TechHarbor"},
		{"a German compound parted by a capital", "HafenWelt\n\nPolitik\n\nSport\n\n" + "Hafen öffnet nach dem Sturm\n\nVon Katrin Albers\n\n27. März 2025\n\n" + storyDE, "HafenWelt"},
		{"a platform", "LinkedIn\n\nNews\n\n" + story, ""},
		{"a surname", "McKinley\n\nNews\n\n" + story, ""},
		{"a row of links run together", "EconomyHomeWorld\n\nNews\n\n" + story, ""},
		{"a menu word", "Politics\n\nNews\n\n" + story, ""},
		{"a product the story is about", "HarbourCam\n\nNews\n\n" + story + "\nThe new HarbourCam feed shows the quay day and night.\n", ""},
	})
}
