package pagetext

import "strings"

// A page that gives one address to write to gives its own: "Email
// info@example.org after you book", "contact Jane Doe, press officer at
// the Example Harbour Trust (EHT), jane.doe@eht.org". A story names other
// sites' addresses too, but then mostly more than one site's, or the
// site it is about, which its headline names. mailedName is asked last,
// when no reader found a name nearer the story.

// contactBoxes are the local parts of the addresses a site gives for
// reaching its newsroom or office: "news@example.com", "presse@".
var contactBoxes = toSet("news", "newsdesk", "info", "help", "contact", "editor", "editors", "editorial", "press",
	"hello", "support", "tips", "letters", "feedback", "team", "office", "media", "newsroom", "enquiries", "inquiries",
	"presse", "redaktion", "kontakt", "prensa", "contacto", "redaccion", "redazione", "stampa", "redactie", "imprensa", "contato")

// mailedName returns the site of the page's one mail domain when an
// address there is a newsroom's or office's ("info@", "press@") or the
// line gives the domain's name as an organisation's abbreviation in
// brackets ("… Trust (EHT), jane@eht.org"): the organisation's name, or
// the domain.
func (p *page) mailedName(title int) string {
	dom, name := "", ""
	for i := range p.lines {
		ln := &p.lines[i]
		if i == title || ln.runes > 3000 || strings.IndexByte(ln.text, '@') <= 0 {
			continue // no address: most lines, spared the look-ups below
		}
		for _, f := range strings.Fields(ln.text) {
			box, d, ok := strings.Cut(strings.Trim(f, ".,;:()<>[]\"'“”"), "@")
			if !ok || box == "" || domainIn(d) != d || !plausibleDomain(d) {
				continue
			}
			d = strings.TrimPrefix(strings.ToLower(d), "www.")
			core := domainCore(d)
			if platformDomains[core] {
				continue
			}
			if dom != "" && domainCore(dom) != core {
				return "" // two sites' addresses: none is clearly the page's
			}
			dom = d
			if org := abbreviatedOrg(ln.text, core); org != "" {
				name = org
			} else if name == "" && contactBoxes[strings.ToLower(box)] {
				name = d
			}
		}
	}
	if name == "" || title >= 0 && strings.Contains(nameKey(p.lines[title].text), domainCore(dom)) {
		return "" // the headline names it: the story is about the site the address is at
	}
	return name
}

// abbreviatedOrg returns the organisation a line gives in brackets by
// the abbreviation core spells ("the Example Harbour Trust (EHT)"): the
// name before the brackets when the abbreviation is made of its words'
// first letters, else the abbreviation.
func abbreviatedOrg(s, core string) string {
	for k := strings.IndexByte(s, '('); k >= 0; {
		e := strings.IndexByte(s[k:], ')')
		if e < 0 {
			return ""
		}
		abbr := s[k+1 : k+e]
		if len(abbr) >= 2 && isUpperText(abbr) && strings.EqualFold(abbr, core) {
			var words []string
			for _, w := range strings.Fields(s[:k]) {
				switch {
				case titleCased(w) && w[len(w)-1] != ',':
					words = append(words, w)
				case smallNameWords[w] && len(words) > 0:
					words = append(words, w)
				default:
					words = words[:0]
				}
			}
			for len(words) > 0 && smallNameWords[strings.ToLower(words[0])] {
				words = words[1:]
			}
			for j := range words {
				if big := capitalised(words[j:]); len(big) >= 2 && spelledByPrefixes(big, core) {
					return strings.Join(words[j:], " ")
				}
			}
			return abbr
		}
		n := strings.IndexByte(s[k+e:], '(')
		if n < 0 {
			return ""
		}
		k += e + n
	}
	return ""
}

// capitalised returns the words that open with a capital: the ones an
// abbreviation takes its letters from ("of" and "the" give none).
func capitalised(words []string) []string {
	var out []string
	for _, w := range words {
		if !smallNameWords[w] {
			out = append(out, w)
		}
	}
	return out
}

// spelledByPrefixes reports whether core is the words' first letters,
// one or more of each word in turn and nothing else: "eu" + "f" + "i" +
// "c", "ed" + "week". It keeps the set of places in core the words so
// far can end at, so a long name of like words against a long core costs
// words × core × word length steps, never a search of every split.
func spelledByPrefixes(words []string, core string) bool {
	at := make([]bool, len(core)+1) // at[k]: the words so far spell core[:k]
	at[0] = true
	next := make([]bool, len(core)+1)
	for _, word := range words {
		w := foldLetters(word)
		if w == "" {
			continue
		}
		clear(next)
		moved := false
		for k, ok := range at {
			for n := 1; ok && n <= len(w) && k+n <= len(core) && w[n-1] == core[k+n-1]; n++ {
				next[k+n], moved = true, true
			}
		}
		if !moved {
			return false
		}
		at, next = next, at
	}
	return at[len(core)]
}
