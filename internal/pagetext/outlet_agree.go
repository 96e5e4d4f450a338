package pagetext

import (
	"strings"
	"unicode"
)

// When no single line tells the outlet outright (no wire dateline,
// copyright line, domain over the headline, masthead or credit the other
// readers know), a site still credits itself in a short line ("By
// Example", "@ Example", "About Example", "Example - 2025/4/29") and names
// itself in its prose ("At Example, we …", "Example is not involved in
// …") and often its domain in a link or a mail address. Each of these alone is as often something else: a
// heading and the prose under it agree on whatever the story is about, a
// story names other sites' domains as often as its own. agreedName
// gathers the credited names and takes the one the most independent kinds
// of place agree on, each kind counted once or twice however often it is
// seen, so a product the story keeps naming does not outvote the site.
// No reader here knows a site or a phrase of one.
//
// Measured on devset-wcxb (the outlet test): tuned on the even pages,
// where it finds 3 more of the pages that name their site (34 → 37 of
// 49) and gives 4 right outlets to other pages, none wrong; on the odd
// ones it adds no page that names its site by the test's reading and 3
// outlets to others, 2 of them right. Two other kinds tried here, a
// domain the site speaks of as its own ("we", the writer's box) and a
// name line backed by a domain, found 3 more even pages but were wrong on
// 7 of 9 odd ones, and were dropped; so was "Follow X", which credits
// people.

// agreeCand is one credited name, with the kinds of place it was seen in.
type agreeCand struct {
	key     string // letters and digits in lower case, without a leading "the"
	name    string // as the credit prints it
	credits int    // short lines crediting it: "By Example", "@ Example", "About Example"
	dated   int    // short lines printing it beside a date: "Example - 2025/4/29" (or a section's name)
	prose   int    // lines of prose (nine words or more) writing it as a word of its own
	domOut  int    // its domain written out or linked outside the story (header, footer, the writer's box)
	domIn   int    // … inside the story, where it is as often a product the story names
	mails   int    // mail addresses at its domain
	person  bool   // one of the writers, or a line of it read as a person's name
	inTitle bool   // the headline writes it: the story is about it
}

// maxAgreeCands bounds the credited names weighed, each looked for in
// every line of prose.
const maxAgreeCands = 16

// agreeSeparators part a short line into the name and what is printed
// beside it: "Example - 2025/4/29", "Example | Blog".
var agreeSeparators = []string{" | ", " - ", "- ", " – ", " — ", " · ", " • ", ": "}

// agreeOpeners are the words a line puts before a site's name where it
// credits or marks it: "By Example", "@ Example", "© Example", "More
// from Example", "Subscribe to Example".
var agreeOpeners = []string{"by ", "written by ", "posted by ", "published by ", "@ ", "© ", "about ", "subscribe to ", "more from ", "the latest from "}

// hasOpener reports whether a line in lower case opens with one of
// agreeOpeners.
func hasOpener(low string) bool {
	for _, o := range agreeOpeners {
		if strings.HasPrefix(low, o) {
			return true
		}
	}
	return false
}

// agreedName returns the credited name the most kinds of place on the
// page agree is its site's, or "" (also when two tie).
func (p *page) agreedName(title int) string {
	best, bestScore, second := "", 0, 0
	for _, c := range p.agreeCands(title) {
		s := c.score()
		if s > bestScore {
			best, second, bestScore = c.name, bestScore, s
		} else if s > second {
			second = s
		}
	}
	if bestScore < agreeNeeded || second == bestScore {
		return ""
	}
	return best
}

// agreeCands gathers the credited names and where else the page writes
// them.
func (p *page) agreeCands(title int) []*agreeCand {
	var cands []*agreeCand
	byKey := map[string]*agreeCand{}
	short := func(i int) bool {
		ln := &p.lines[i]
		return i != title && ln.words <= 8 && ln.runes <= 80 && !p.caption(i)
	}
	inStory := func(i int) bool { return p.keep != nil && p.keep[i] && !inBox(i, p.box) }
	// The credits: a name a credit's opener stands before, or a part of a
	// line beside a date. No heading is written so.
	for i := range p.lines {
		ln := &p.lines[i]
		if ln.digits < 4 && !hasOpener(ln.low) || !short(i) {
			continue // neither a credit nor beside a date: most lines, spared the look-ups below
		}
		for k, part := range splitAgree(ln.text) {
			name, credit := agreeName(part)
			dated := !credit && name != "" && k > 0 && ln.digits >= 4 && !hasWordIn(name, dateFiller) && len(findDates(ln.text, true)) > 0
			if !credit && !dated || !p.namesPlausible([]string{name}) {
				continue
			}
			key := nameKey(name)
			c := byKey[key]
			if c == nil {
				if len(key) < 3 || len(cands) == maxAgreeCands {
					continue
				}
				c = &agreeCand{key: key, name: name}
				byKey[key] = c
				cands = append(cands, c)
			}
			if credit {
				c.credits++
			} else {
				c.dated++
			}
			if p.ann[i].names != nil && p.namesPlausible(p.ann[i].names) && strings.EqualFold(strings.Join(p.ann[i].names, " "), name) {
				c.person = true
			}
		}
	}
	if len(cands) == 0 {
		return nil
	}
	// Their domains, anywhere.
	for i := range p.lines {
		ln := &p.lines[i]
		if i == title || ln.runes > 3000 {
			continue
		}
		if !hasDotLetter(ln.text) {
			continue
		}
		seen := func(d string, mail bool) {
			c := byKey[nameKey(domainCore(d))]
			switch {
			case c == nil || !plausibleDomain(d):
			case mail:
				c.mails++
			case inStory(i):
				c.domIn++
			default:
				c.domOut++
			}
		}
		if strings.Contains(ln.text, "://") {
			for _, u := range reURL().FindAllString(ln.text, 8) {
				if h := hostOf(strings.TrimRight(u, ".,;:!?")); h != "" {
					seen(h, false)
				}
			}
			continue
		}
		if strings.IndexByte(ln.text, '@') > 0 {
			for _, f := range strings.Fields(ln.text) {
				if _, dom, ok := strings.Cut(strings.Trim(f, ".,;:()<>[]"), "@"); ok && dom != "" && domainIn(dom) == dom {
					seen(dom, true)
				}
			}
		}
		for _, m := range reDomain().FindAllStringSubmatch(ln.text, 8) {
			if !strings.Contains(ln.text, "@"+m[1]) {
				seen(strings.TrimPrefix(strings.TrimPrefix(m[1], "www."), "WWW."), false)
			}
		}
	}
	// Each name in the prose, as a word of its own, and in the headline.
	var head string
	if title >= 0 {
		head = nameKey(p.lines[title].text)
	}
	for _, c := range cands {
		c.person = c.person || p.isAuthorName(c.name, p.authors)
		c.inTitle = head != "" && strings.Contains(head, c.key)
		low := strings.ToLower(c.name)
		for i := range p.lines {
			ln := &p.lines[i]
			if i != title && ln.words >= 9 && ln.runes <= 3000 && strings.Contains(ln.low, low) && nameWord(ln.text, c.name) {
				c.prose++
			}
		}
	}
	return cands
}

// agreeNeeded is the score a name needs: its credit and another kind of
// place agreeing.
const agreeNeeded = 4

// score weighs the kinds of place a credited name was seen in.
func (c *agreeCand) score() int {
	s := 0
	switch {
	case c.person:
		return 0
	case c.credits > 0:
		s = 3
	case c.dated > 0 && c.prose > 2:
		s = 2 // a section's or an event's name is printed beside a date too, but seldom in the prose thrice
	default:
		return 0
	}
	switch {
	case c.domOut > 0 || c.mails > 0:
		s += 2
	case c.domIn > 0:
		s++
	}
	if c.prose > 0 {
		s++
		if c.prose > 1 {
			s++
		}
	}
	if c.inTitle {
		s -= 2
	}
	return s
}

// splitAgree returns a short line's parts around its separators, the
// line first.
func splitAgree(s string) []string {
	parts := []string{s}
	for _, sep := range agreeSeparators {
		if k := strings.Index(s, sep); k > 0 {
			parts = append(parts, s[:k], s[k+len(sep):])
		}
	}
	return parts
}

// agreeName returns the site's name a short line or part of one may be:
// one to four words in title case, no sentence, no date, no run of
// digits; and whether a credit's opener stands before it.
func agreeName(s string) (name string, credit bool) {
	s = strings.TrimSpace(s)
	low := strings.ToLower(s)
	for _, o := range agreeOpeners {
		if strings.HasPrefix(low, o) {
			s, credit = strings.TrimSpace(s[len(o):]), true
			break
		}
	}
	s = strings.Trim(s, " .,:;!?")
	n := len(strings.Fields(s))
	if n < 1 || n > 4 || len(s) < 3 || len(s) > 40 || endsSentence(s) || hasDigitRun(s, 4) ||
		strings.ContainsAny(s, "|/?!#()[]\"“”*") || !titleCased(s) || !unicode.IsLetter(firstRune(s)) ||
		n > 1 && isUpperText(s) { // "JANE DOEPUBLISHED": a byline in capitals

		return "", false
	}
	for w := range wordsIn(strings.ToLower(s)) {
		if !siteNameWords[w] {
			return s, credit
		}
	}
	return "", false
}

// nameWord reports whether w stands in s as a word of its own, not as
// part of a domain or an address ("Example.com", "jane@example").
func nameWord(s, w string) bool {
	for k := strings.Index(s, w); k >= 0; {
		e := k + len(w)
		if (k == 0 || !endsWithLetterOrDigit(s[:k]) && s[k-1] != '@' && s[k-1] != '.') && !startsWithLetterOrDigit(s[e:]) &&
			!(e+1 < len(s) && s[e] == '.' && isASCIILetter(s[e+1])) {
			return true
		}
		n := strings.Index(s[e:], w)
		if n < 0 {
			return false
		}
		k = e + n
	}
	return false
}

// hasWordIn reports whether a word of s, in lower case, is in set.
func hasWordIn(s string, set map[string]bool) bool {
	for w := range wordsIn(strings.ToLower(s)) {
		if set[w] {
			return true
		}
	}
	return false
}
