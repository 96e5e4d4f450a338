package pagetext

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A company's blog, a magazine or a newsletter prints its name alone on a
// line somewhere (a masthead, a picture of its logo, a box under the
// story) and speaks of itself by that name in its prose: "Example logo",
// "Ellen is an editor at Example", "At Example, we …", "Example's
// Editorial Guidelines", "Thanks for reading Example!". houseName reads
// the name from such a pair when nothing nearer the headline named the
// site.

// houseStrongBefore and houseStrongAfter are the words around a name
// where only a site, not a person or a product, is written.
var (
	houseStrongBefore = []string{"a production of ", "welcome to ", "subscribe to ", "the team at ", "editor at ",
		"editors at ", "writer at ", "writer for ", "here at ", "thanks for reading ", "views of ",
		"produced by ", "produced by the "}
	// houseProseBefore are those of houseStrongBefore after which a page
	// writes its own name even where it never prints it alone: "… was
	// produced by The Example Report, a nonprofit", "Thanks for reading
	// Example Weekly!". "Produced by" credits a person as often, unless
	// "the" comes first.
	houseProseBefore = []string{"a production of ", "welcome to ", "subscribe to ", "the team at ", "editor at ",
		"editors at ", "writer at ", "thanks for reading ", "views of ", "produced by the "}
	// houseJobBefore name where someone works: in the story or a teaser
	// that is whoever it quotes ("Jane Doe, an editor at Example Press,
	// says"), so only a line about the story's writer tells the site.
	houseJobBefore   = toSet("editor at ", "editors at ", "writer at ")
	houseStrongAfter = []string{"'s editorial", "’s editorial", "' editorial", "’ editorial", " editorial team"}
	// Where a person's name or a product's is written as often as a
	// site's: these count only for a line outside the story that reads as
	// no person's name.
	houseWeakBefore = []string{"of ", "at ", "from ", "about ", "with ", "like "}
	houseWeakAfter  = []string{" is ", " has ", "'s ", "’s ", "' ", "’ ", " offers ", " provides ", " helps "}
)

// maxHouseCands bounds the names houseName weighs, each of which it
// looks for in every line.
const maxHouseCands = 60

// houseCand is one line that may be the site's name, with how the page
// writes it elsewhere.
type houseCand struct {
	name, low    string
	strong, weak int
	mentions     int  // in longer lines, as a word of its own
	person       bool // a line of it reads as a person's name, or it is a writer's
	prose        bool // read from a sentence, not from a line of its own
	header       bool // printed alone above the story
}

// houseName returns the name the page calls its own site by, or "".
func (p *page) houseName(title int) string {
	var cands []*houseCand
	byLow := map[string]*houseCand{}
	// The header and the footer first: a long story's lines would fill
	// the list before its footer is reached.
	order := make([]int, 0, len(p.lines))
	for i := range p.lines {
		if i < p.bodyStart || i >= p.bodyEnd {
			order = append(order, i)
		}
	}
	for i := p.bodyStart; i < p.bodyEnd && i < len(p.lines); i++ {
		order = append(order, i)
	}
	for _, i := range order {
		ln := &p.lines[i]
		name := strings.Trim(ln.text, " .,")
		if i >= p.bodyEnd && ln.words <= 5 && strings.HasPrefix(name, "About ") {
			name = name[len("About "):] // the heading of a box about the site under the story
		} else if i == title || ln.words > 4 || ln.runes < 3 || ln.runes > 40 || !isSiteNameShape(ln) {
			continue
		}
		if !titleCased(name) || len(name) < 3 {
			continue
		}
		low := strings.ToLower(name)
		c := byLow[low]
		if c == nil {
			if len(cands) == maxHouseCands {
				continue
			}
			c = &houseCand{name: name, low: low}
			byLow[low] = c
			cands = append(cands, c)
		}
		// Only a name printed over the story counts the words a person's
		// or a product's name is written with as well (houseWeakBefore).
		if !(p.zone != nil && p.zone[i]) && i < max(title, p.bodyStart) {
			c.header = true
		}
		if p.ann[i].names != nil && p.namesPlausible(p.ann[i].names) || p.isAuthorName(name, p.authors) {
			c.person = true
		}
	}
	for i := range p.lines {
		ln := &p.lines[i]
		if i == title || ln.words < 3 || ln.runes > 600 || len(ln.text) != len(ln.low) || len(cands) == maxHouseCands {
			continue
		}
		for _, w := range houseProseBefore {
			k := strings.Index(ln.low, w)
			if k < 0 || k > 0 && endsWithLetterOrDigit(ln.low[:k]) || houseJobBefore[w] && !p.aboutWriter(i) {
				continue
			}
			name := leadingName(ln.text[k+len(w):])
			low := strings.ToLower(name)
			if name == "" || byLow[low] != nil {
				continue
			}
			c := &houseCand{name: name, low: low, prose: true, person: p.isAuthorName(name, p.authors)}
			byLow[low] = c
			cands = append(cands, c)
		}
	}
	if len(cands) == 0 {
		return ""
	}
	// Each name is looked for only where a word opens with its first
	// three bytes: searching every line for every name took a tenth of
	// the parse of a page without an outlet.
	byHead := map[string][]*houseCand{}
	var opens [256]bool
	for _, c := range cands {
		byHead[c.low[:3]] = append(byHead[c.low[:3]], c)
		opens[c.low[0]] = true
	}
	for i := range p.lines {
		ln := &p.lines[i]
		if ln.runes > 3000 {
			continue
		}
		above := !(p.zone != nil && p.zone[i]) && i < p.bodyStart && i <= title+4
		low := ln.low
		for k := 0; k+3 <= len(low); k++ {
			if !opens[low[k]] || k > 0 && isASCIIAlnum(low[k-1]) {
				continue
			}
			for _, c := range byHead[low[k:k+3]] {
				if len(low) <= len(c.low) || !strings.HasPrefix(low[k:], c.low) {
					continue
				}
				before, after := low[:k], low[k+len(c.low):]+" "
				if isUpperText(c.name) && len(ln.text) == len(low) && !isUpperText(ln.text[k:k+len(c.low)]) {
					c.name = ln.text[k : k+len(c.low)] // "SERVICETITAN" is spelt "ServiceTitan" in the story
				}
				if startsWithLetterOrDigit(after) || k > 0 && endsWithLetterOrDigit(before) {
					continue
				}
				c.mentions++
				switch {
				case slices.ContainsFunc(houseStrongBefore, func(w string) bool { return wordSuffix(before, w) }) ||
					slices.ContainsFunc(houseStrongAfter, func(w string) bool { return strings.HasPrefix(after, w) }) ||
					// A picture of the site's name, not of a product the story shows.
					above && after == " logo ":
					c.strong++
				case partOfName(ln.text, k, len(c.low)):
					// "Acme EMS is" is another name than "EMS".
				case slices.ContainsFunc(houseWeakBefore, func(w string) bool { return wordSuffix(before, w) }) ||
					slices.ContainsFunc(houseWeakAfter, func(w string) bool { return strings.HasPrefix(after, w) }):
					c.weak++
				}
			}
		}
	}
	best, bestScore := "", 0
	head := ""
	if title >= 0 {
		head = p.lines[title].low
	}
	for _, c := range cands {
		score := 3 * c.strong
		if c.prose && (c.person || c.mentions < 2 || !p.namesPlausible([]string{c.name})) {
			continue // a site writes its name more than once
		}
		// A name over the story that its headline quotes is a work's (a
		// show's, a film's, a book's) the story is about, which the prose
		// writes in the same words as a site's; a company's newsroom
		// writes its own name in its headlines, unquoted.
		if !c.person && c.header && c.weak >= 2 && 2*c.weak >= c.mentions && p.namesPlausible([]string{c.name}) && !quotesName(head, c.low) {
			score += c.weak
		}
		if score > bestScore {
			best, bestScore = c.name, score
		}
	}
	return best
}

// quotesName reports whether s writes name (both in lower case) right
// after an opening quotation mark.
func quotesName(s, name string) bool {
	for k := strings.Index(s, name); k > 0; {
		r, _ := utf8.DecodeLastRuneInString(s[:k])
		if strings.ContainsRune("'\"‘“«„", r) {
			return true
		}
		n := strings.Index(s[k+len(name):], name)
		if n < 0 {
			break
		}
		k += len(name) + n
	}
	return false
}

// partOfName reports whether the name at s[k:k+n] stands next to another
// capitalised word, so that the page writes a longer name around it.
func partOfName(s string, k, n int) bool {
	if len(s) != len(strings.ToLower(s)) {
		return false // offsets of the lower-cased line would not hold
	}
	before, after := strings.TrimRight(s[:k], " "), strings.TrimLeft(s[k+n:], " ")
	if k > 0 && len(before) < k && before != "" {
		w := before[strings.LastIndexByte(before, ' ')+1:]
		if w != "" && w[0] >= 'A' && w[0] <= 'Z' && !smallNameWords[strings.ToLower(w)] && !endsSentence(w) {
			return len(before) > len(w) // the first word of a sentence is capitalised anyway
		}
	}
	if len(after) < len(s)-k-n && after != "" && after[0] >= 'A' && after[0] <= 'Z' {
		return true
	}
	return false
}

// leadingName returns the name s opens with: its words while each opens
// with a capital or a digit, or is one of the small words inside a name,
// up to five, ending at punctuation ("Example Weekly! Subscribe" →
// "Example Weekly"). A name in quotes is read inside them, as the
// languages quote a paper's name: "»Example.de«", "« Le Courrier »",
// "„Example Kurier“".
func leadingName(s string) string {
	var ws []string
	for _, w := range strings.Fields(strings.TrimLeft(s, nameQuotes+" ")) {
		r := firstRune(w)
		if len(ws) == 5 || !unicode.IsUpper(r) && !unicode.IsDigit(r) && (len(ws) == 0 || !smallNameWords[w]) {
			break
		}
		t := strings.TrimRight(w, ".,;:!?)'"+nameQuotes)
		if strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s") {
			return "" // "subscribe to Example's Plus" names something of Example's
		}
		ws = append(ws, t)
		if t != w {
			break
		}
	}
	for len(ws) > 0 && smallNameWords[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	name := strings.Join(ws, " ")
	if utf8.RuneCountInString(name) < 3 || !titleCased(name) {
		return ""
	}
	return name
}

// nameQuotes open and close a name quoted in any of the languages'
// ways, either way round ("»Name«" in German, "«Name»" in French).
const nameQuotes = "\"”“„‘’«»‹›「」『』"

// wordSuffix reports whether s ends with the words w: "reviews of " does
// not end with "views of ".
func wordSuffix(s, w string) bool {
	return strings.HasSuffix(s, w) && (len(s) == len(w) || !endsWithLetterOrDigit(s[:len(s)-len(w)]))
}

// aboutWriter reports whether line i is about one of the story's writers:
// in the box about them under the story, naming them, or under a line
// that does ("Jane Doe" over "Staff writer at Example").
func (p *page) aboutWriter(i int) bool {
	if p.box[1] > 0 && i >= p.box[0] && i < p.box[1] {
		return true
	}
	for _, a := range p.authors {
		a = strings.ToLower(a)
		if a != "" && (strings.Contains(p.lines[i].low, a) || i > 0 && strings.Contains(p.lines[i-1].low, a)) {
			return true
		}
	}
	return false
}

func isASCIIAlnum(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// weAtName returns the name a page speaks of itself by in the first
// person plural: "At Example Dental, we …", "Here at Example, our team
// …". A person writes "I"; a company's, a school's or a magazine's own
// pages write "we" after their name, and another firm's name so only in
// a quote. A name the page's prose writes in lower case ("At Camp, we")
// is a common word, and a writer's name is a person's.
//
// Measured on devset-wcxb (the outlet test), where no other reader had
// found the outlet: 40 pages get their site right, about 9 a name the
// test does not read as the site's (most are: "AP" for
// amateurphotographer.com, "VSI", "Morgan & Morgan"), as many on the
// held-out odd pages as on the even.
func (p *page) weAtName(title int) string {
	best, bestN := "", 0
	var counts map[string]int // made at the first name: most pages have none
	for i := range p.lines {
		ln := &p.lines[i]
		if i == title || ln.words < 4 || ln.runes > 3000 || !strings.Contains(ln.low, "at ") ||
			!strings.Contains(ln.low, " we") && !strings.Contains(ln.low, " our ") {
			continue
		}
		s := ln.text
		for k := 0; k+3 < len(s); k++ {
			if s[k+1] != 't' || s[k+2] != ' ' || s[k] != 'a' && s[k] != 'A' || k > 0 && isASCIIAlnum(s[k-1]) || insideQuote(s[:k]) {
				continue
			}
			rest := s[k+3:]
			name := leadingName(rest)
			if name == "" || !strings.HasPrefix(rest, name) {
				continue
			}
			after := strings.ToLower(strings.TrimPrefix(rest[len(name):], ","))
			if !strings.HasPrefix(after, " we ") && !strings.HasPrefix(after, " we’") && !strings.HasPrefix(after, " we'") && !strings.HasPrefix(after, " our ") {
				continue
			}
			if utf8.RuneCountInString(name) < 3 || p.isAuthorName(name, p.authors) || !brandLike(name) && !p.namesPlausible([]string{name}) {
				continue
			}
			if counts == nil {
				counts = map[string]int{}
			}
			counts[name]++
			if counts[name] > bestN {
				best, bestN = name, counts[name]
			}
		}
	}
	// A site writes its name more than once; a firm or an event the
	// story quotes ("At Acme, we foster …", said its chief) seldom.
	if best == "" || bestN < 2 && !p.writtenTwice(best) && !p.writesDomainOf(best) {
		return ""
	}
	return best
}

// writesDomainOf reports whether a line of the page writes a domain whose
// name is name's letters ("At ExampleStory, we …" and "examplestory.ai"
// in a snippet of its code, an address or a mail address): the site
// names itself twice, once by its address.
func (p *page) writesDomainOf(name string) bool {
	key := nameKey(name)
	if len(key) < 3 {
		return false
	}
	for i := range p.lines {
		low := p.lines[i].low
		for k := strings.Index(low, key+"."); k >= 0; {
			e := k + len(key) + 1
			t := e
			for t < len(low) && low[t] >= 'a' && low[t] <= 'z' {
				t++
			}
			if (k == 0 || !isASCIIAlnum(low[k-1])) && (t == len(low) || !isASCIIAlnum(low[t])) && t > e && plausibleDomain(low[k:t]) {
				return true
			}
			n := strings.Index(low[e:], key+".")
			if n < 0 {
				break
			}
			k = e + n
		}
	}
	return false
}

// writtenTwice reports whether two lines of the page write name as a
// word of its own.
func (p *page) writtenTwice(name string) bool {
	name = strings.TrimPrefix(name, "The ") // "the Example Host" in a sentence
	n := 0
	for i := range p.lines {
		if strings.Contains(p.lines[i].text, name) && nameWord(p.lines[i].text, name) {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

// brandLike reports whether a name is no common word capitalised at the
// start of a sentence: two words or more ("Example Dentistry", which a
// picture's caption may write in lower case), or a capital inside a
// word ("ExampleTech").
func brandLike(name string) bool {
	if strings.IndexByte(name, ' ') > 0 {
		return true
	}
	for _, r := range name[1:] {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// insideQuote reports whether a quotation opened in s is left open: what
// follows it is someone else's words.
func insideQuote(s string) bool {
	return strings.Count(s, "“") > strings.Count(s, "”") || strings.Count(s, `"`)%2 == 1
}
