package pagetext

// announceSlack is how far below stage two's cut (a logit of 0) a line
// inside the story that ends with a colon may score and still come back
// (keepAnnouncingLines).
const announceSlack float32 = -1.5

// announceWords is the most words such a line may have: a label ("Pros:")
// or a sentence that leads into what follows, not a paragraph that
// happens to end on a colon, which the rules for prose weigh.
const announceWords = 30

// announceGap is the most lines from the story's kept line above to a
// line that announces what follows: the story leads into it.
const announceGap = 2

// keepAnnouncingLines puts back a line between the story's first and last
// kept lines that ends with a colon ("Pros:", "Method:", "Here is how it
// looks in the browser:"): such a line announces the text under it, and
// stage two, which reads a short line by its length and its neighbours,
// scores it like a label of the page's furniture. Inside a story it is the
// story's own, and once it is back keepAnnouncedLists takes in the list it
// announces. A line some reading calls furniture ("Read also:"), a site's
// note about itself, a pointing link or the label over a table of
// contents stays out, as does a line a rule took out after stage two kept
// it (a paragraph printed twice); a line stage three dropped comes back,
// since stage three too reads a label by its length.
func (p *page) keepAnnouncingLines() {
	first, last := keptSpan(p.keep)
	for i := first + 1; i < last; i++ {
		ln := &p.lines[i]
		if p.keep[i] || ln.words > announceWords || !announces(ln.text) || p.z2[i] <= announceSlack || p.z2[i] > 0 && !p.zone[i] {
			continue
		}
		if i-p.prevKept(i) > announceGap || p.furnitureByAnyReading(i) || isSiteNote(ln) || isPointerLink(ln) || contentsLabel(ln) {
			continue
		}
		p.keep[i] = true
	}
}
