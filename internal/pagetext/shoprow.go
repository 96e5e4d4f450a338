package pagetext

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A buying guide sets a row of shop buttons under each product: its price
// at one shop or several ("$100 at Amazon $100 at Target"), the shop
// before the price ("Amazon $19.34"), or a discount before it ("20% off
// $9.49 at Etsy"). isShopButton reads one short button alone; a row of
// them is longer than a button and reads as a line of words to the
// classifier, so it stayed in the story. The story's own prices come in
// sentences, in a table's cells, as a range ("$100–$200") or alone ("$37").

// dropShopRows takes the rows of shop buttons out of the body. A shop's
// name and a price alone ("Amazon $19.34") could be a label of the
// story's ("Total $45"), so that form goes only where the page prints
// two rows or more: a guide sets one under each product.
func (p *page) dropShopRows() {
	rows := 0
	var named []int
	for i := range p.lines {
		if p.lines[i].digits == 0 || p.lines[i].words > shopRowMaxWords {
			continue
		}
		switch shopRowOf(p.lines[i].text) {
		case shopPriced:
			rows++
			p.keep[i] = false
		case shopNamed:
			rows++
			named = append(named, i)
		}
	}
	if rows < 2 {
		return
	}
	for _, i := range named {
		p.keep[i] = false
	}
}

// shopRowMaxWords bounds a row: four buttons of a price and a shop's name
// of up to three words.
const shopRowMaxWords = 24

// shopPrepositions join a price to its shop: "at Amazon", "bei Otto",
// "chez Fnac", "en Amazon", "su Amazon", "na Allegro", "hos Elgiganten".
var shopPrepositions = map[string]bool{
	"at": true, "from": true, "on": true, "bei": true, "chez": true, "sur": true, "en": true,
	"su": true, "da": true, "em": true, "na": true, "w": true, "op": true, "hos": true, "på": true,
}

// shopNameWords bounds a shop's name after its preposition ("at Williams
// Sonoma", "at Best Buy").
const shopNameWords = 3

// A shopRow is what shopRowOf read in a line.
type shopRow uint8

const (
	notShopRow shopRow = iota
	shopPriced         // prices each at a shop: "$100 at Amazon $100 at Target", "20% off $9.49 at Etsy"
	shopNamed          // a shop's name and a price: "Amazon $19.34"
)

// shopRowOf reads a line made only of shop buttons: a shop's name and a
// price, or prices each with a preposition and a shop's name, a discount
// ("20% off") allowed before each price.
func shopRowOf(t string) shopRow {
	if !strings.ContainsAny(t, "$€£¥₹") || strings.ContainsRune(t, '\t') {
		return notShopRow // no price, or a table's row: the story's own prices
	}
	f := splitGluedOff(strings.Fields(t))
	if len(f) == 2 && isShopName(f[0]) && isPrice(f[1]) {
		return shopNamed
	}
	buttons, discounted := 0, false
	for i := 0; i < len(f); {
		j := afterDiscount(f, i)
		discounted = discounted || j > i
		i = j
		if i >= len(f) || !isPrice(f[i]) {
			return notShopRow
		}
		i++
		if i >= len(f) || !shopPrepositions[strings.ToLower(f[i])] {
			return notShopRow
		}
		i++
		n := 0
		for i < len(f) && n < shopNameWords && isShopName(f[i]) {
			i, n = i+1, n+1
		}
		if n == 0 {
			return notShopRow
		}
		buttons++
	}
	// One button alone, without a discount, is isShopButton's.
	if buttons > 1 || buttons == 1 && discounted {
		return shopPriced
	}
	return notShopRow
}

// afterDiscount returns the index past a discount opening at f[i] ("20%
// off", "-20%"), or i when none.
func afterDiscount(f []string, i int) int {
	if i >= len(f) || !isPercent(f[i]) {
		return i
	}
	if i++; i < len(f) && strings.EqualFold(f[i], "off") {
		i++
	}
	return i
}

// splitGluedOff parts "off" after a discount from the price a dump joins
// it to ("20% OFF$9.49"), so the price is a word of its own.
func splitGluedOff(f []string) []string {
	for i := 1; i < len(f); i++ {
		if w := f[i]; len(w) > 3 && isPercent(f[i-1]) && strings.EqualFold(w[:3], "off") && isPrice(w[3:]) {
			f = slices.Insert(f, i+1, w[3:])
			f[i] = w[:3]
			i++
		}
	}
	return f
}

// isPercent reports a share: "20%", "-20%", "9.500%".
func isPercent(w string) bool {
	w = strings.TrimPrefix(w, "-")
	num, ok := strings.CutSuffix(w, "%")
	return ok && num != "" && isAmount(num)
}

// priceSigns are the currency signs a shop writes before or after its
// price.
var priceSigns = []string{"$", "€", "£", "¥", "₹"}

// isPrice reports a price alone: "$19.34", "€25", "25,00€", "US$100".
func isPrice(w string) bool {
	for _, s := range priceSigns {
		if num, ok := strings.CutSuffix(w, s); ok {
			return isAmount(num)
		}
		if i := strings.Index(w, s); i >= 0 && i <= 2 {
			return isAmount(w[i+len(s):])
		}
	}
	return false
}

// IsPrice, IsPercent and IsAmount tell a price, a share and a sum for
// the HTML reader, which meets them on a shop's product cards.
func IsPrice(w string) bool   { return isPrice(w) }
func IsPercent(w string) bool { return isPercent(w) }
func IsAmount(s string) bool  { return isAmount(s) }

// isAmount reports digits with separators only: "1,599.00", "9".
func isAmount(s string) bool {
	if s == "" || !isDigitByte(s[0]) || !isDigitByte(s[len(s)-1]) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isDigitByte(c) && c != '.' && c != ',' {
			return false
		}
	}
	return true
}

// isShopName reports a word of a shop's name: capitalised ("Amazon",
// "REI", "1stDibs") or a web address ("Yeti.com"), not a price and not
// ending a clause.
func isShopName(w string) bool {
	if isPrice(w) || strings.ContainsAny(w, ":;!?()") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.Contains(w, ".")
}
