package pagetext

import "strings"

// A site that builds a picture's alt text from a template of fields
// parted by bars prints the bar, or the comma after a field left empty,
// at the end of the line when the last fields are blank: "Oak desk with a
// felt pocket – side storage for your desk | oak, ". A story's sentence
// never ends on a separator, and a table's row written with bars opens
// with one.

// dropDanglingAlts takes such alt texts out of the body.
func (p *page) dropDanglingAlts() {
	for i, k := range p.keep {
		if k && p.lines[i].words >= danglingAltMinWords && p.lines[i].words <= danglingAltMaxWords && endsOnSeparator(p.lines[i].text) {
			p.keep[i] = false
		}
	}
}

// danglingAltMinWords and danglingAltMaxWords bound an alt text's words:
// a bar alone or after a word or two is a menu's or a crumb trail's.
const (
	danglingAltMinWords = 4
	danglingAltMaxWords = 40
)

// endsOnSeparator reports a line that ends on a bar, or on a comma after
// a field set off by a bar ("… | walnut,"), and does not open with a bar.
func endsOnSeparator(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || t[0] == '|' {
		return false
	}
	rest := strings.TrimRight(t, " ,")
	if strings.HasSuffix(rest, " |") {
		return true // "… living room |", "… desk movement | ,"
	}
	if len(rest) == len(t) {
		return false
	}
	bar := strings.LastIndex(rest, " | ")
	return bar >= 0 && !strings.ContainsAny(rest[bar+3:], ".!?|")
}
