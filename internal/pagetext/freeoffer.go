package pagetext

// A blog sets its own free offer between the story's paragraphs: "Get my
// FREE drawing course for beginners HERE!", "Join my free workshop and
// learn how …", "Get a free estimate". The line asks the reader to take
// something the site gives away; the story reads on around it as if it
// were not there. The verbs and product words are English, so other
// languages' pages are left as they are.

// offerVerbs open a free offer: the reader is asked to take it.
var offerVerbs = toSet("get", "join", "take", "grab", "download", "claim")

// offerThings are what a site gives away to win a reader or a client.
var offerThings = toSet("guide", "course", "checklist", "ebook", "template", "trial", "newsletter",
	"workshop", "webinar", "masterclass", "quiz", "workbook", "printable", "quote", "estimate", "consultation")

// freeOfferMaxWords bounds an offer line. On the even devset-wcxb pages
// the offers the story does not keep run 4 to 18 words, while a line of
// 23 words or more that opens the same way goes on to say what the offer
// is for and the story keeps it as its own paragraph.
const freeOfferMaxWords = 20

// dropFreeOffers takes the site's free offers out of the body.
func (p *page) dropFreeOffers() { p.dropEnglishLines(freeOfferMaxWords, freeOffer) }

// dropEnglishLines takes out of an English page's body the lines of at
// most maxWords words that is, given a line in lower case, reports: the
// site's lines that English word lists tell.
func (p *page) dropEnglishLines(maxWords int, is func(low string) bool) {
	if p.code != "en" {
		return
	}
	for i, k := range p.keep {
		if k && p.lines[i].words <= maxWords && is(p.lines[i].low) {
			p.keep[i] = false
		}
	}
}

// freeOffer reports a line in lower case that opens with one of
// offerVerbs and names something free (offerThings, or their plural).
func freeOffer(low string) bool {
	first, free, thing := true, false, false
	for w := range wordsIn(low) {
		if first {
			if !offerVerbs[w] {
				return false
			}
			first = false
			continue
		}
		switch {
		case w == "free":
			free = true
		case offerThings[w] || len(w) > 1 && w[len(w)-1] == 's' && offerThings[w[:len(w)-1]]:
			thing = true
		}
	}
	return free && thing
}
