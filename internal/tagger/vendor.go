package tagger

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
