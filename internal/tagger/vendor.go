package tagger

import "strings"

// # Vendors
//
// A company's guide on its own site ends by selling: "Try Pixlane free for
// 30 days", "Sign up for Pixlane today", "Schedule a demo with Larderly",
// "Call Brickfield Renovations today". The company so sold is who publishes
// the page, not what the page is about, unless the headline or the dek
// names it ("Introducing Quillmark: …" over "Try Quillmark today"). On
// the even pages of the dev set, names the body sells so and the
// headline does not were four wrong tags (a file-transfer service under
// a guide to video review, an analytics platform under one to ecommerce
// analytics, a marketing platform under a list of platforms, a reseller
// under a list of conferences) and no right one.

// callPhrases are the imperatives that open a sentence selling the name
// after them, as the tokens' keys. An opening "At Acme, we …" is no
// such sign: an engineering blog writes so of its own work ("At Acme,
// we built …"), which is its subject.
var callPhrases = [][]string{
	{"try"}, {"sign", "up", "for"}, {"sign-up", "for"}, {"signup", "for"}, {"sign", "up", "with"},
	{"get", "started", "with"}, {"schedule", "a", "demo", "with"}, {"book", "a", "demo", "with"},
	{"request", "a", "demo", "from"}, {"contact"}, {"call"}, {"join"}, {"shop", "at"}, {"download"},
}

// pageWords, after a possessive name, make a round-up's pointer to an
// item ("Visit Acme's website"), not a sale.
var pageWords = set(`website site page homepage blog profile`)

// callToAction reports a mention of a name, words us of line ln, that a
// call to action sells: it follows one of callPhrases at the start of a
// sentence.
func (t *tagger) callToAction(us []unit, ln *line) bool {
	i := int(us[0].tok)
	if i == ln.lo || t.toks[i].brk {
		return false
	}
	switch t.toks[i-1].key { // the last words of callPhrases
	case "try", "for", "with", "from", "contact", "call", "join", "at", "download":
	default:
		return false
	}
	end := int(us[len(us)-1].tok) + 1
	if last := &t.toks[end-1]; last.poss && end < ln.hi && pageWords[t.toks[end].key] {
		return false
	}
next:
	for _, p := range callPhrases {
		lo := i - len(p)
		if lo < ln.lo || !t.toks[lo].start {
			continue
		}
		for j, w := range p {
			if tk := &t.toks[lo+j]; tk.key != w || j > 0 && (tk.brk || tk.start) {
				continue next
			}
		}
		return true
	}
	return false
}

// soldOnly reports a name the body sells (callToAction) that neither the
// headline nor the dek names.
func soldOnly(s *subj) bool {
	return s.c != nil && s.cta > 0 && !s.title && !s.dek && !s.c.title && !s.c.dek
}

// # The page's own shop
//
// A shop's page sells without calls to action too: it writes its name
// as a setting for the reader ("With Fastlane, you can …", "At Gina's
// Garden, our team …"), as its own ("our Tidewave X20"), and as where to
// go ("Visit Gina's Garden", "Why Use Fastlane?", "Explore our Tidewave
// routers"), though not as its writing on the name ("our Acme review", a
// round-up's). Each of these alone was a dead end on the dev set (an
// engineering blog writes "At Acme, we built …" and "our" of its own
// work, a review "With the Acme, you get …"); a name the body writes in
// two of the three ways, and the headline does not name, is the shop
// that publishes the page.

// The ways a shop's page writes its name (shopSigns).
const (
	shopSetting uint8 = 1 << iota // "With X, you …", "At X, our …"
	shopOwn                       // "our X"
	shopVisit                     // "Visit X", "Why use X", "Explore our X"
)

// shopPronouns, after the comma that ends "With X," or "At X,", speak to
// or for the shop's reader.
var shopPronouns = set(`you your we our`)

// reviewWords, after "our" and a name, make the site's writing on the
// name its own ("Read our Acme review"), not the name.
var reviewWords = set(`review reviews guide test tests comparison rating ratings ranking verdict analysis article post`)

// shopSigns returns the ways (shopSetting, …) mention us of line ln writes
// a name.
func (t *tagger) shopSigns(us []unit, ln *line) uint8 {
	i := int(us[0].tok)
	if i == ln.lo || t.toks[i].brk {
		return 0
	}
	prev := &t.toks[i-1]
	var signs uint8
	switch prev.key {
	case "with", "at":
		if !prev.start {
			break
		}
		// The pronoun opens the clause after the name and its words
		// ("At Gina's Garden Centre, our team"): within three words.
		for j := int(us[len(us)-1].tok) + 1; j < ln.hi && j <= int(us[len(us)-1].tok)+3; j++ {
			if tk := &t.toks[j]; tk.brk {
				if shopPronouns[tk.key] {
					signs |= shopSetting
				}
				break
			}
		}
	case "our":
		if end := int(us[len(us)-1].tok) + 1; end < ln.hi && reviewWords[t.toks[end].key] {
			break // "our Acme review": the writing is the site's, not the thing
		}
		signs |= shopOwn
		if j := i - 2; j >= ln.lo && !prev.start && !prev.brk {
			switch w := &t.toks[j]; w.key {
			case "explore", "see", "out": // "Check out our X"
				signs |= shopVisit
			}
		}
	case "visit":
		if prev.start {
			signs |= shopVisit
		}
	case "use", "choose":
		if j := i - 2; j >= ln.lo && t.toks[j].key == "why" && t.toks[j].start {
			signs |= shopVisit
		}
	}
	return signs
}

// ownShop reports a name the body writes as its shop's in two ways or
// more (shopSigns) that neither the headline nor the dek names.
func ownShop(s *subj) bool {
	return s.c != nil && s.shop&(s.shop-1) != 0 && !s.title && !s.dek && !s.c.title && !s.c.dek
}

// # Links
//
// A buying guide lists where to buy each thing as a shop's name, a price
// and the address ("Amazon USA at $19.99: https://amzn.to/…"), and a
// reading list names its sources so ("CDC: https://www.cdc.gov/…"). A
// name the page writes only on such lines labels a link: it is where the
// page sends the reader, not what the page is about, unless the headline
// or the dek names it.

// linkLine reports a line that shows a web address as text.
func linkLine(raw string) bool {
	return strings.Contains(raw, "://") || strings.Contains(raw, "www.")
}

// linkOnly reports a name written only on lines that show a web address
// (linkLine) that neither the headline nor the dek names.
func linkOnly(s *subj) bool {
	return s.c != nil && s.n > 0 && s.link == s.n && !s.title && !s.dek && !s.c.title && !s.c.dek
}
