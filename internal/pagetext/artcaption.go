package pagetext

import "strings"

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
		if k && p.artLabel(i) {
			p.keep[i] = false
		}
	}
}

// artLabel reports a line that reads as a work's label (see above): a
// medium, a year, and a credit or a size in centimetres, with under a
// third of its words small ones.
func (p *page) artLabel(i int) bool {
	ln := &p.lines[i]
	if ln.digits < 4 || ln.words > artLabelMaxWords || 3*ln.stops >= ln.words || !namesYear(ln.low) {
		return false
	}
	if !containsAnyOf(ln.low, artCredits) && !strings.Contains(ln.low, " cm") {
		return false
	}
	words := strings.FieldsFunc(ln.low, func(r rune) bool {
		return r == ' ' || r == ',' || r == '.' || r == ';' || r == '(' || r == ')' || r == '–' || r == '—'
	})
	for k, w := range words {
		if artMedia[w] {
			return true
		}
		if k+1 < len(words) && artMediaPairs[[2]string{w, words[k+1]}] {
			return true
		}
		if k+2 < len(words) && artPaints[w] && words[k+1] == "on" && artGrounds[words[k+2]] {
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
