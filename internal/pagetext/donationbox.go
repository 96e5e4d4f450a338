package pagetext

// A newsroom that lives on its readers' gifts closes the story with an
// appeal: a label ("Support independent journalism"), a paragraph on what
// reporting costs, a button ("Donate now"). The paragraph reads as the
// story's last, but the label and the button make the box the site's: a
// story that speaks of gifts has no button under it. The label ends the
// story once most of it is told; the appeal a site sets inside a story,
// higher up, is left to the readings of furniture.

// donationLabels open the appeal's label, in the parser's common
// languages; they are looked up by their first byte.
var donationLabels = byFirstByte(
	"support independent journalism", "support our journalism", "support local journalism",
	"support nonprofit journalism", "support non-profit journalism", "support our work", "support our reporting",
	"support independent reporting", "support our newsroom",
	"unterstützen sie unabhängigen journalismus", "unterstützen sie unseren journalismus", "unterstützen sie unsere arbeit",
	"soutenez le journalisme", "soutenez notre journalisme", "soutenez notre travail",
	"apoya el periodismo", "apoya nuestro periodismo", "apoya nuestro trabajo",
	"sostieni il giornalismo", "sostieni il nostro giornalismo", "sostieni il nostro lavoro",
	"apoie o jornalismo", "apoie o nosso jornalismo", "apoie nosso jornalismo", "apoie o nosso trabalho",
)

// donationButtons name the appeal's button: a gift in the page's
// language, anywhere in a line of a few words.
var donationButtons = anyOf(
	"donate", "give now", "give today", "make a gift", "become a member", "spende", "spenden", "faire un don",
	"je fais un don", "donar", "dona ora", "donare", "donazione", "doe agora", "doar", "doação",
)

// Bounds of the box: the label's words, the button's words, and the
// lines from the label to the button.
const (
	donationLabelWords  = 8
	donationButtonWords = 4
	donationBoxLines    = 3
)

// donationShare is the least share of the body's words above the label
// for it to end the story: the story is all but told.
const donationShare = 0.8

// dropUnderDonationBox ends the body at the appeal's label (see above).
func (p *page) dropUnderDonationBox() {
	p.endBodyUnder(donationShare, p.donationBox)
}

// donationBox reports a label of donationLabels with a button of
// donationButtons on one of the donationBoxLines lines under it.
func (p *page) donationBox(i int) bool {
	ln := &p.lines[i]
	if ln.words == 0 || ln.words > donationLabelWords {
		return false
	}
	if _, ok := donationLabels.opening(ln.low); !ok {
		return false
	}
	return p.buttonUnder(i, donationBoxLines, donationButtonWords, func(b *line) bool { return containsAnyOf(b.low, donationButtons) })
}
