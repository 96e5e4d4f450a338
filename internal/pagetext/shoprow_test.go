package pagetext

import (
	"strings"
	"testing"
)

// guideParas are a made-up buying guide's paragraphs, one per product.
var guideParas = []string{
	"The Harbour Kettle boiled a litre of water in just under four minutes on our test stove, and its handle stayed cool enough to hold without a cloth every single time we tried it.",
	"We liked the wide spout, which poured without dribbling, though the lid rattled a little once the water came to a full boil and the whistle was quieter than we would have wanted.",
	"The Pier Press made the fullest cup of any press we tried, with very little silt left at the bottom, and its double wall kept the coffee hot for well over an hour on the counter.",
	"It costs $45 at most shops we checked, which is more than the others, but the steel body should outlast two or three glass presses in a busy kitchen.",
	"The Tideline Grinder was the quietest grinder we tested, and its burrs gave an even grind from fine to coarse without the clumps that the cheaper blade grinders left behind.",
	"Cleaning it took a minute with the brush that comes in the box, and after a month of daily use the grind was as even as on the first morning we used it.",
}

// A guide's rows of shop buttons under its products (a price at several
// shops, a shop's name and a price, a discount before a price) leave the
// body; the story's own prices, in its sentences, stay.
func TestShopRowsLeaveBody(t *testing.T) {
	rows := []string{
		"$100 at Amazon $100 at Williams Sonoma $100 at Target",
		"Amazon $19.34",
		"20% OFF$39.99 at Harbour Goods",
		"Amazon $25.00",
	}
	parts := []string{"The Best Kitchen Gear We Tested This Year", "By Jane Doe", "March 27, 2025"}
	parts = append(parts, guideParas[0], guideParas[1], "Harbour Kettle", rows[0], guideParas[2], guideParas[3], "Pier Press", rows[1])
	parts = append(parts, guideParas[4], "Tideline Grinder", rows[2], guideParas[5], rows[3])
	parts = append(parts, moreStory...)
	a, _ := mustParse(t, dump(parts...))
	wantLeftOut(t, a.Body, []string{"at Williams Sonoma", "Amazon $19.34", "at Harbour Goods", "Amazon $25.00"})
	for _, s := range append(append([]string{}, guideParas...), moreStory...) {
		if !strings.Contains(a.Body, s) {
			t.Errorf("the body lost %q", s)
		}
	}
}

// A shop's name and a price printed once is not a guide's row of buttons:
// it could be the story's own label ("Total $45").
func TestLoneNamedPriceStays(t *testing.T) {
	if got := shopRowOf("Total $45"); got != shopNamed {
		t.Fatalf("shopRowOf(%q) = %d, want shopNamed", "Total $45", got)
	}
	parts := append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas[:3]...)
	parts = append(append(parts, "Total $45"), storyParas[3:]...)
	p := parseWith([]byte(dump(append(parts, moreStory...)...)), trained())
	i := indexOfText(t, p, "Total $45")
	p.keep[i] = true
	p.dropShopRows()
	if !p.keep[i] {
		t.Errorf("the body lost the lone %q", "Total $45")
	}
}

func TestShopRowOf(t *testing.T) {
	for _, c := range []struct {
		text string
		want shopRow
	}{
		{"$110 at Amazon $110 at Yeti.com $110 at REI", shopPriced},
		{"9.500% OFF$9.49 at CrateJoy", shopPriced},
		{"-20% 19,99€ bei Otto", shopPriced},
		{"Walmart $13.96", shopNamed},
		{"$100 at Amazon", notShopRow}, // one button: isShopButton's
		{"$5 at the door $10 at the gate", notShopRow},
		{"Fellow Clara French Press at Amazon $100", notShopRow},
		{"YouTube\t$0.10 – $0.30 per view", notShopRow},
		{"$37", notShopRow},
	} {
		if got := shopRowOf(c.text); got != c.want {
			t.Errorf("shopRowOf(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}
