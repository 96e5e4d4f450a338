package pagetext

import (
	"strings"
	"testing"
)

// A picture's alt text built from a template, ending on a bar or on a
// comma after an empty field, leaves the body; a line of the story with a
// bar inside it stays.
func TestDanglingAltLeavesBody(t *testing.T) {
	alts := []string{
		"Harbour Kettle in brushed steel on a wooden kitchen counter next to two mugs |",
		"Pier Press double wall coffee maker beside a bag of beans | steel, ,",
		"walnut grinder stand holding the Tideline Grinder on a desk | walnut,",
	}
	kept := "Our tester rated each kettle for speed | noise | handling, then ranked them."
	parts := []string{"The Best Kitchen Gear We Tested This Year", "By Jane Doe", "March 27, 2025"}
	parts = append(parts, guideParas[0], alts[0], guideParas[1], guideParas[2], alts[1], guideParas[3], kept)
	parts = append(parts, guideParas[4], alts[2], guideParas[5])
	parts = append(parts, moreStory...)
	a, _ := mustParse(t, dump(parts...))
	wantLeftOut(t, a.Body, []string{"two mugs", "bag of beans", "walnut grinder stand"})
	for _, s := range append(append([]string{}, guideParas...), moreStory...) {
		if !strings.Contains(a.Body, s) {
			t.Errorf("the body lost %q", s)
		}
	}
}

func TestEndsOnSeparator(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Chic sofa in a bright living room |", true},
		{"Standing desk with a battery under the top | ,", true},
		{"Laptop stand on a desk | walnut,", true},
		{"Desk organizer with a felt pocket | anthracite, ,", true},
		{"| Kettle | Steel |", false},                                   // a table's row
		{"We rated speed | noise | handling, then ranked them.", false}, // the story's
		{"Apples, pears, plums,", false},                                // a list cut by the dump
	} {
		if got := endsOnSeparator(c.text); got != c.want {
			t.Errorf("endsOnSeparator(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
