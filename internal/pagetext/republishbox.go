package pagetext

// A site that lets other papers reprint its stories prints a box for it
// under the story: a label ("Republish this article"), the licence's
// terms, a button. The terms read as prose (who may copy the text, and
// on what conditions), so the classifier takes them for the story's last
// paragraph. The label says the story is over; it and all under it leave.

// republishLabels open the box's label, in the parser's common
// languages; they are looked up by their first byte. The verb comes
// first in a label; a story that speaks of republishing puts it later in
// a sentence.
var republishLabels = byFirstByte(
	"republish", "diesen artikel weiterverbreiten", "diesen artikel übernehmen", "artikel übernehmen",
	"republier", "republica", "republicar", "ripubblica", "ripubblicare", "republique",
)

// republishLabelWords bounds the label: the terms' own sentences, which
// may open with the same verb, are longer.
const republishLabelWords = 6

// republishShare is the least share of the body's words above the label
// for it to end the story: half, so that a "Republish" button in the
// sharing row over the story ends nothing.
const republishShare = 0.5

// dropUnderRepublishBox ends the body at the republishing box's label
// (see above).
func (p *page) dropUnderRepublishBox() {
	p.endBodyUnder(republishShare, func(i int) bool {
		if p.lines[i].words > republishLabelWords {
			return false
		}
		_, ok := republishLabels.opening(p.lines[i].low)
		return ok
	})
}
