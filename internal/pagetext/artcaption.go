package pagetext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page about art prints under each picture the work's label: the
// artist, the title, the year, the medium, the size and whose it is
// ("Jane Roe, Harbour at Dusk, 1931. Gelatin silver print – 24 × 18 cm.
// Courtesy the Harbour Gallery."). The label is long and ends like a
// sentence, so the classifier keeps it with the story; what gives it away
// is the art trade's words for the medium beside a year and a credit or
// a size, in a line with few of the small words a sentence needs.

// artMedia name a work's medium in one word; artMediaPairs in two, and
// artOnGrounds complete "oil on …" and its kin.
var (
	artMedia = map[string]bool{
		"etching": true, "engraving": true, "lithograph": true, "woodcut": true, "mezzotint": true, "aquatint": true,
		"drypoint": true, "linocut": true, "cibachrome": true, "daguerreotype": true, "photogram": true,
		"c-print": true, "c-prints": true, "screenprint": true,
	}
	artMediaPairs = map[[2]string]bool{
		{"gelatin", "silver"}: true, {"silver", "gelatin"}: true, {"pigment", "print"}: true, {"inkjet", "print"}: true,
		{"chromogenic", "print"}: true, {"albumen", "print"}: true,
	}
	artPaints = map[string]bool{
		"oil": true, "acrylic": true, "watercolor": true, "watercolour": true, "ink": true, "tempera": true,
		"gouache": true, "pastel": true, "charcoal": true,
	}
	artGrounds = map[string]bool{"canvas": true, "panel": true, "linen": true, "board": true, "paper": true, "wood": true, "copper": true}
)

// artCredits say whose the work is or where the picture came from.
var artCredits = anyOf("courtesy", "©", "via ", "source", "collection")

// artLabelMaxWords bounds a work's label.
const artLabelMaxWords = 60

// dropArtLabels takes the labels of works of art out of the body.
func (p *page) dropArtLabels() {
	for i, k := range p.keep {
		if !k {
			continue
		}
		ln := &p.lines[i]
		if artLabel(ln.low, ln.digits, ln.words, ln.stops) {
			p.keep[i] = false
		} else if next := i + 1; next < len(p.lines) && p.keep[next] && p.labelGoesOn(i) {
			// A label cut after a comma runs on in the next line, the
			// medium in one and the edition, size and credit in the other.
			nx := &p.lines[next]
			if artLabel(ln.low+" "+nx.low, ln.digits+nx.digits, ln.words+nx.words, ln.stops+nx.stops) {
				p.keep[i], p.keep[next] = false, false
			}
		}
	}
}

// labelGoesOn reports a line i ending in a comma over a line that opens in
// lower case: one sentence cut in two.
func (p *page) labelGoesOn(i int) bool {
	t := strings.TrimRight(p.lines[i].text, " ")
	r, _ := utf8.DecodeRuneInString(p.lines[i+1].text)
	return strings.HasSuffix(t, ",") && unicode.IsLower(r)
}

// artLabel reports a line (low, in lower case, with its counts of digits,
// words and stopwords) that reads as a work's label (see above): a medium,
// a year, and a credit or a size in centimetres, with under a
// third of its words small ones.
func artLabel(low string, digits, words, stops int) bool {
	if digits < 4 || words > artLabelMaxWords || 3*stops >= words || !namesYear(low) {
		return false
	}
	if !containsAnyOf(low, artCredits) && !strings.Contains(low, " cm") {
		return false
	}
	fields := strings.FieldsFunc(low, func(r rune) bool {
		return r == ' ' || r == ',' || r == '.' || r == ';' || r == '(' || r == ')' || r == '–' || r == '—'
	})
	for k, w := range fields {
		if artMedia[w] {
			return true
		}
		if k+1 < len(fields) && artMediaPairs[[2]string{w, fields[k+1]}] {
			return true
		}
		if k+2 < len(fields) && artPaints[w] && fields[k+1] == "on" && artGrounds[fields[k+2]] {
			return true
		}
	}
	return false
}

// namesYear reports a run of exactly four digits from 1400 to 2099 in
// low: the year a work was made.
func namesYear(low string) bool {
	for i := 0; i+4 <= len(low); i++ {
		if i > 0 && isDigitByte(low[i-1]) || !isDigitByte(low[i]) {
			continue
		}
		j := i
		for j < len(low) && isDigitByte(low[j]) {
			j++
		}
		if j-i == 4 {
			if y := low[i : i+2]; y >= "14" && y <= "20" {
				return true
			}
		}
		i = j
	}
	return false
}
