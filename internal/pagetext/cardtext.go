package pagetext

// A listicle prints each of its entries as a card: the entry's paragraph,
// then the same short line under every one ("Book Now", "Start course",
// the event's date). Stage three reads where a line sits in the zone, and
// the last cards of a long list sit where a page's furniture does, under
// the story's end: it keeps the first cards' paragraphs and drops the
// last ones', which are written the same way. Their frame tells them: a
// paragraph over the very line that closes cards stage three kept is one
// more card of the list.

// cardTextWords is the fewest words a card's paragraph has: shorter lines
// over a repeated button are a product's name or a teaser's title, which
// stage three drops as rightly as it keeps them.
const cardTextWords = 12

// cardFrameWords is the most words of the short line that closes each
// card: a button's label or a date, not a sentence.
const cardFrameWords = 4

// cardFrame returns the short line under line i when line i is long
// enough to be a card's paragraph: the line that would close the card.
func (p *page) cardFrame(i int) (string, bool) {
	if i+1 >= len(p.lines) || p.lines[i].words < cardTextWords {
		return "", false
	}
	under := &p.lines[i+1]
	return under.text, under.words >= 1 && under.words <= cardFrameWords
}

// cardCloses counts, for each short line, the kept paragraphs among
// lines (all the page's when nil) that it stands right under.
func (p *page) cardCloses(lines []int) map[string]int {
	closes := make(map[string]int)
	count := func(k int) {
		if t, ok := p.cardFrame(k); ok && p.keep[k] {
			closes[t]++
		}
	}
	if lines == nil {
		for k := range p.lines {
			count(k)
		}
	}
	for _, k := range lines {
		count(k)
	}
	return closes
}

// keepCardTexts takes back into the body the zone lines idx that stage
// three dropped and that are paragraphs of cardTextWords or more over a
// short line that also stands under two or more paragraphs it kept. It
// reads only the zone's lines and the line under each, once.
func (p *page) keepCardTexts(idx []int) {
	dropped := false
	for _, i := range idx {
		if _, ok := p.cardFrame(i); ok && !p.keep[i] {
			dropped = true
			break
		}
	}
	if !dropped {
		return
	}
	closes := p.cardCloses(idx)
	for _, i := range idx {
		if t, ok := p.cardFrame(i); ok && !p.keep[i] && closes[t] >= 2 {
			p.keep[i] = true
			p.cards = append(p.cards, i)
		}
	}
}

// closesCards reports a button at line i whose words also close two or
// more kept paragraphs other than the one right over it (closes, as
// cardCloses counts them): the copy over it is one more card of a list
// ("A course on …" over "Start course"), not a box selling the site.
func (p *page) closesCards(i int, closes map[string]int) bool {
	n := closes[p.lines[i].text]
	if i > 0 && p.keep[i-1] {
		if t, ok := p.cardFrame(i - 1); ok && t == p.lines[i].text {
			n--
		}
	}
	return n >= 2
}
