package pagetext

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/morgue-archive/morgue/internal/lang"
)

// A page that prints no masthead, domain line or copyright line in its
// header or footer still names its site, in the ways a site speaks of
// itself: its domain where it speaks of its own site ("an editor at
// Example.com", "ExampleNews.org itself is a nonprofit", "Example.org
// Rating 4.5"), its writers' mail addresses in an author box
// ("jane@example.org"), or "Example logo" over the headline. selfNamed
// reads these when findSource found nothing nearer the headline. A
// domain the story merely names ("$120 at Shop.com", "visit
// tool.example") is as often a product it is about, so those contexts
// are not taken (measured: they halved the precision on devset-wcxb).

// platformDomains are the services many pages link, embed or mail from,
// which are seldom the page's own site.
var platformDomains = toSet("gmail", "yahoo", "hotmail", "outlook", "icloud", "proton", "protonmail", "aol", "live", "msn",
	"mail", "gmx", "yandex", "qq", "163", "web", "github", "gitlab", "youtube", "youtu", "twitter", "x", "facebook", "fb",
	"instagram", "linkedin", "tiktok", "pinterest", "reddit", "imgur", "google", "goo", "apple", "amazon", "amzn", "bit",
	"t", "wikipedia", "wikimedia", "medium", "substack", "wordpress", "blogspot", "example", "archive", "doi", "w3",
	"schema", "gravatar", "cloudflare", "discord", "telegram", "whatsapp", "spotify", "vimeo", "threads", "bsky", "mastodon",
	"arxiv", "zoom", "calendly", "paypal", "patreon", "openai", "chatgpt")

// domainCore is the name part of a domain: the label before its public
// suffix, lower case ("news.example.co.uk" → "example").
func domainCore(d string) string {
	labels := strings.Split(strings.ToLower(strings.TrimPrefix(strings.ToLower(d), "www.")), ".")
	n := len(labels) - 1 // the top-level label
	if n >= 2 && len(labels[n]) == 2 && len(labels[n-1]) <= 3 {
		n-- // "co.uk", "com.au"
	}
	if n < 1 {
		return labels[0]
	}
	return labels[n-1]
}

// nameKey folds a name to its letters and digits in lower case, so
// "Example News" and "examplenews.com"'s core compare equal.
func nameKey(s string) string { return strings.TrimPrefix(foldLetters(s), "the") }

// foldLetters returns the letters and digits of s in lower case.
func foldLetters(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// domainSeen counts how a page writes one domain.
type domainSeen struct {
	text string // as first written
	self int    // mentions where the page speaks of itself
	body int    // brand-cased mentions in the story's text
}

// selfBefore and selfAfter are the words around a domain where a page
// speaks of its own site: "an editor at Example.com", "Example.org is
// committed to", "Example.com Rating 4.5".
var (
	selfBefore = []string{"editor at ", "editor of ", "editor for ", "writer at ", "writer for ", "writer of ", "contributor to ",
		"contributor at ", "contributor for ", "reviewer for ", "content for ", "expressed on ", "learn more at ", "over at ",
		"welcome to ", "subscribe to ", "views of ", "the team at ", "here at ", "we at ", "members of ", "about ",
		// The same in other languages: "Lire aussi sur Example.fr",
		// "Suscríbete a Example.es", "Mehr auf Example.de".
		"lire aussi sur ", "à lire sur ", "abonnez-vous à ", "bienvenue sur ", "lea también en ", "lee también en ",
		"suscríbete a ", "bienvenido a ", "leia também no ", "leia mais no ", "assine o ", "bem-vindo ao ",
		"leggi anche su ", "iscriviti a ", "benvenuto su ", "willkommen bei ",
		"lees ook op ", "welkom bij ", "czytaj też na ", "czytaj także na "}
	selfAfter = []string{" itself", " members", " rating", " team", " staff", " editors", " newsletter", " participates",
		" earns", " is committed", " is supported", " is reader-supported", " may earn", " may receive"}
	// A site's rules for its comments open with its name: "Example.com
	// reserves the right to remove …", "Example.es se reserva el
	// derecho …". In a sentence of the story the phrase is another's.
	selfOpensAfter = []string{" reserves the right", " se reserva", " se réserve", " si riserva", " behält sich", " reserva-se", " behoudt zich"}
)

// selfContext reports whether a domain at s[k:e] stands where a page
// names its own site.
func selfContext(s string, k, e int) bool {
	before, after := strings.ToLower(s[:k]), strings.ToLower(s[e:])+" "
	before = strings.TrimLeft(before[max(0, len(before)-24):], " ")
	for _, w := range selfBefore {
		if strings.HasSuffix(before, w) && (len(before) == len(w) || before[len(before)-len(w)-1] == ' ') {
			return true
		}
	}
	for _, w := range selfAfter {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	// "Learn more about our grants at example.gov.": a line that ends
	// with the domain it sends the reader to for more of the same.
	if strings.HasSuffix(before, " at ") && hasFoldAt(s, "learn more ") && strings.Trim(s[e:], ". ") == "" {
		return true
	}
	if before == "" {
		for _, w := range selfOpensAfter {
			if strings.HasPrefix(after, w) {
				return true
			}
		}
	}
	return false
}

// selfNamed returns the outlet the page names itself by, or "".
func (p *page) selfNamed(title int, authors []string) string {
	doms := map[string]*domainSeen{}
	var order []string
	see := func(d string, self, body bool) {
		d = strings.TrimPrefix(strings.TrimPrefix(d, "www."), "WWW.")
		if !plausibleDomain(d) || len(strings.Split(d, ".")[0]) < 2 || platformDomains[domainCore(d)] {
			return
		}
		k := strings.ToLower(d)
		s := doms[k]
		if s == nil {
			s = &domainSeen{text: d}
			doms[k] = s
			order = append(order, k)
		}
		brand := hasUpperASCII(d[:strings.IndexByte(d, '.')])
		switch {
		case self:
			s.self++
		case body && brand:
			s.body++
		}
	}
	for i := range p.lines {
		ln := &p.lines[i]
		if ln.runes > 3000 {
			continue
		}
		body := p.zone != nil && p.zone[i]
		if hasDotLetter(ln.text) && !strings.Contains(ln.text, "://") {
			t := ln.text
			if ln.runes <= 120 && len(ln.low) == len(t) && isUpperText(t) {
				t = ln.low // "READ MORE ON EXAMPLE.FR": a heading in capitals writes its domain so
			}
			for _, m := range reDomain().FindAllStringSubmatchIndex(t, -1) {
				see(t[m[2]:m[3]], selfContext(t, m[2], m[3]), body)
			}
		}
		if !body && strings.IndexByte(ln.text, '@') > 0 {
			// A writer's address in an author box or a footer.
			for _, f := range strings.Fields(ln.text) {
				if _, dom, ok := strings.Cut(strings.Trim(f, ".,;:()<>[]"), "@"); ok && dom != "" {
					if d := domainIn(dom); d == dom {
						see(d, true, false)
					}
				}
			}
		}
	}
	// "Example logo": the picture of the site's name.
	for i := range p.lines {
		ln := &p.lines[i]
		if i >= title || p.zone != nil && p.zone[i] || ln.words < 2 || ln.words > 5 || !strings.HasSuffix(ln.low, " logo") {
			continue
		}
		name := strings.TrimSpace(ln.text[:len(ln.text)-len(" logo")])
		if titleCased(name) && !layoutWords[strings.ToLower(name)] && !p.isAuthorName(name, authors) && p.namesPlausible([]string{name}) {
			return name
		}
	}
	// "Author" over one word that is no person's name ("Author",
	// "Acme"): the site credits itself.
	if len(authors) == 0 {
		for i := title + 1; i+1 < len(p.lines) && i <= max(p.bodyStart+2, title+12); i++ {
			if !p.ann[i].has(roleByLabel) {
				continue
			}
			nx := &p.lines[i+1]
			if nx.words == 1 && nx.runes >= 3 && nx.runes <= 24 && unicode.IsUpper(firstRune(nx.text)) &&
				!hasLower(roleWords, strings.Trim(nx.text, ".,")) && isSiteNameShape(nx) {
				return strings.Trim(nx.text, ".,")
			}
		}
	}
	// A domain the page speaks of as its own.
	best, bestW := "", 0
	for _, k := range order {
		s := doms[k]
		// Brand-cased mentions in the story break a tie; alone they are
		// as often a product the story is about.
		w := 4*s.self + s.body
		if s.self > 0 && w > bestW {
			best, bestW = s.text, w
		}
	}
	if best != "" {
		return best
	}
	return ""
}

// layoutWords name where a page sets a picture, not whose it is: "Left
// Logo", "Footer logo".
var layoutWords = toSet("left", "right", "top", "bottom", "header", "footer", "main", "site", "brand", "company",
	"white", "dark", "light", "mobile", "desktop", "primary", "secondary", "default", "small", "large", "alt", "sticky")

// isAuthorName reports whether s is one of the writers' names.
func (p *page) isAuthorName(s string, authors []string) bool {
	k := nameKey(s)
	for _, a := range authors {
		if nameKey(a) == k {
			return true
		}
	}
	return false
}

func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// staffWords end a byline that credits a site's people rather than a
// person: "Acme Team", "By the Acme Staff", "Acme Editors".
var staffWords = toSet("team", "staff", "editors", "editorial", "newsroom", "desk")

// departmentWords name a company's teams, not the company: "Marketing
// Team", "Customer Success Team".
var departmentWords = toSet("marketing", "sales", "support", "content", "product", "engineering", "design", "research",
	"customer", "success", "growth", "social", "communications", "creative", "legal", "data", "security", "operations",
	"development", "seo", "brand", "community", "education", "learning", "hr", "people", "talent", "it", "web", "digital")

// reCreditBy opens a byline: "By", "Written by", "Posted by".
var reCreditBy = lazyRegexp(`(?i)^(?:(?:written|posted|published)\s+)?by:?\s+`)

// bylineCompany returns the company a page credits as its writer, which
// is the site's own: a byline over the story that ends in one of
// staffWords ("By Acme Staff" → "Acme", "The Acme Team" → "Acme"), or the
// page's one writer when the page speaks as that writer in the first
// person plural ("At Acme Dental Care, we …").
func (p *page) bylineCompany(title int, authors []string) string {
	for i := max(0, title-3); i < len(p.lines) && i <= max(p.bodyStart, title+bylineReach); i++ {
		ln := &p.lines[i]
		if i == title || ln.words < 2 || ln.words > 6 || endsSentence(ln.text) {
			continue
		}
		s := strings.Trim(ln.text, " .,:;")
		if m := reCreditBy().FindStringIndex(s); m != nil {
			s = s[m[1]:]
		}
		f := strings.Fields(s)
		if len(f) < 2 || !staffWords[strings.ToLower(f[len(f)-1])] {
			continue
		}
		f = f[:len(f)-1]
		for len(f) > 0 && staffWords[strings.ToLower(f[len(f)-1])] {
			f = f[:len(f)-1] // "Acme Editorial Team"
		}
		if len(f) > 0 && strings.EqualFold(f[0], "the") {
			f = f[1:]
		}
		// A company's name is short, and not a heading's words: "Meet
		// the Team", "Building Your Team", "Marketing Team".
		name := strings.Join(f, " ")
		if len(f) == 0 || len(f) > 3 || !titleCased(name) || slices.ContainsFunc(f, func(w string) bool { return lang.IsStopword(p.code, strings.ToLower(w)) }) ||
			!p.namesPlausible([]string{name}) || !slices.ContainsFunc(f, func(w string) bool { return !roleWords.has(strings.ToLower(w)) && !departmentWords[strings.ToLower(w)] }) {
			continue
		}
		return name
	}
	if len(authors) != 1 || len(authors[0]) < 3 || p.writtenForCompany(authors[0]) {
		return ""
	}
	// A person writes "I"; a company speaks of itself as "we".
	at := "at " + strings.ToLower(authors[0]) + ", we "
	for i := range p.lines {
		if strings.Contains(p.lines[i].low, at) {
			return authors[0]
		}
	}
	if p.calledByFirstWord(authors[0], title) {
		return authors[0]
	}
	return ""
}

// authoredBy are the words a note puts before the person who wrote a
// post, in lower case: "This blog post was authored by", "Escrito por".
var authoredBy = []string{"authored by ", "written by ", "contributed by ", "penned by ", "verfasst von ", "geschrieben von ",
	"écrit par ", "rédigé par ", "escrito por ", "redactado por ", "scritto da ", "redatto da "}

// writtenForCompany reports whether a short note credits the writing to
// a person of the company the byline names: "This blog post was
// authored by Jane Doe, Managing Principal, Acme Studio." A company's
// own blog signs its people's posts with their names; a company in the
// byline and one of its people in such a note is a post it contributed
// to another site, whose "we" is the company's and not the site's.
func (p *page) writtenForCompany(company string) bool {
	for i := range p.lines {
		ln := &p.lines[i]
		if ln.words > 30 {
			continue
		}
		t := strings.TrimRight(ln.text, " .")
		if !strings.HasSuffix(t, ", "+company) {
			continue
		}
		for _, w := range authoredBy {
			if k := strings.Index(ln.low, w); k >= 0 && k+len(w) < len(t)-len(company)-2 {
				return true
			}
		}
	}
	return false
}

// calledByFirstWord reports whether the page's one writer is a company
// the page calls by the first word of its name: "By Acme Renovation"
// over a story that says "work with Acme" and "Acme's Instagram". The
// rest of a company's name is a word the prose writes in lower case
// ("renovation"), which a person's surname seldom is, and the first word
// is none ("Green Energy" is a name the prose may write as "green
// energy"); a person the story calls by the first name alone ("Jane
// says") has a surname of their own. The name must stand in a credit
// ("By Acme Renovation"): a name read as the writer from a line of its
// own is as often the first firm a list of firms names.
func (p *page) calledByFirstWord(name string, title int) bool {
	f := strings.Fields(name)
	if len(f) < 2 || len(f) > 3 || !titleCased(name) {
		return false
	}
	first, last := f[0], strings.ToLower(f[len(f)-1])
	if utf8.RuneCountInString(first) < 3 || !unicode.IsUpper(firstRune(first)) || isUpperText(first) ||
		lang.IsStopword(p.code, last) || !p.isCommonWord(last) || p.isCommonWord(strings.ToLower(first)) {
		return false
	}
	n, credited := 0, false
	for i := range p.lines {
		ln := &p.lines[i]
		if i == title || ln.runes > 3000 {
			continue
		}
		if k := creditLen(ln.text); k > 0 && strings.TrimSpace(ln.text[k:]) == name {
			credited = true
		}
		if n < 3 && calledAlone(ln.text, first, f[1]) {
			n++
		}
	}
	return credited && n == 3
}

// calledAlone reports whether s writes first as a word of its own inside
// a sentence, not at its start, with no next word of the name after it:
// "work with Acme", "View Acme's Instagram".
func calledAlone(s, first, next string) bool {
	for k := strings.Index(s, first); k >= 0; {
		e := k + len(first)
		rest := s[e:]
		if k > 1 && s[k-1] == ' ' && unicode.IsLetter(lastRune(s[:k-1])) && !startsWithLetterOrDigit(rest) &&
			!strings.HasPrefix(strings.TrimLeft(rest, " "), next) {
			return true
		}
		n := strings.Index(rest, first)
		if n < 0 {
			return false
		}
		k = e + n
	}
	return false
}

// spelledDomain returns the name a page writes in words outside the story
// whose letters spell a domain the writer's box gives with a capital
// inside its name: "Jane is a regular contributor to
// ExampleHarbourNews.com" under the story and "become a member of
// Example Harbour News" in the footer. The capitals of such a domain are
// where its owner parts the words of its name, and the writer's box names
// the site the writer writes for; a product the story is about is named
// inside the story, and a box promoting another site ("Read more on
// ExampleTimes.com") is about no writer.
//
// Measured on devset-wcxb (the outlet test), asked last: 2 more of the
// even pages that name their site (37 → 39 of 49), no other outlet given;
// on the odd ones it gives none. Taking such a domain anywhere outside
// the story gave one more, wrong: a newspaper's boxes embedded in a blog.
func (p *page) spelledDomain(title int) string {
	outside := func(i int) bool { return i != title && (p.keep == nil || !p.keep[i] || inBox(i, p.box)) }
	var cores []string
	for i := range p.lines {
		ln := &p.lines[i]
		if !outside(i) || ln.runes > 600 || !hasDotLetter(ln.text) || strings.Contains(ln.text, "://") || !p.aboutWriter(i) {
			continue
		}
		for _, m := range reDomain().FindAllStringSubmatch(ln.text, 8) {
			d := strings.TrimPrefix(m[1], "www.")
			label := d[:strings.IndexByte(d, '.')]
			if plausibleDomain(d) && !platformDomains[domainCore(d)] && strings.EqualFold(label, domainCore(d)) &&
				len(label) >= 6 && hasUpperASCII(label[1:]) && !strings.Contains(ln.text, "@"+m[1]) {
				cores = append(cores, strings.ToLower(label))
			}
		}
	}
	if len(cores) == 0 {
		return ""
	}
	for i := range p.lines {
		ln := &p.lines[i]
		if !outside(i) || ln.runes > 600 {
			continue
		}
		f := strings.Fields(ln.text)
		for a := range f {
			if !unicode.IsUpper(firstRune(f[a])) {
				continue
			}
			for _, core := range cores {
				if name := spellsCore(f[a:], core); name != "" && !p.isAuthorName(name, p.authors) {
					return name
				}
			}
		}
	}
	return ""
}

// spellsCore returns the words that f opens with, two or more, when
// their letters are core's ("Example Harbour News" for
// "exampleharbournews"), or "".
func spellsCore(f []string, core string) string {
	key := ""
	for b, w := range f {
		if b > 0 && !unicode.IsUpper(firstRune(w)) && !smallNameWords[w] && w != "with" {
			return ""
		}
		t := strings.TrimRight(w, ".,;:!?)\"”’'")
		key += nameKey(t)
		switch {
		case !strings.HasPrefix(core, key):
			return ""
		case key == core:
			if b == 0 || t != w && !strings.HasSuffix(w, ",") && !strings.HasSuffix(w, ".") && !strings.HasSuffix(w, "!") {
				return "" // one word is the domain itself; "News.com" is not a name's end
			}
			return strings.Join(append(f[:b:b], t), " ")
		}
	}
	return ""
}

// companyBox returns the company a page credits as its writer in the box
// about the writer: a line with the name ("Acme Renovation", "By Acme
// Renovation") over a note that opens with it ("Acme Renovation helps
// homeowners …") or speaks as "we" ("We're here for you …"). A person's
// box is printed the same way, so the name must read as no person's: its
// words are ones the page's prose writes in lower case, or the note
// calls it a company, or speaks of it as "we".
func (p *page) companyBox(title int) string {
	for i := title + 1; i+1 < len(p.lines); i++ {
		ln, nx := &p.lines[i], &p.lines[i+1]
		if ln.words > 6 || ln.runes > 50 || nx.words < 9 || nx.runes > 1500 || endsSentence(ln.text) ||
			p.keep != nil && p.keep[i] && !inBox(i, p.box) && i < p.bodyEnd {
			continue // a heading in the story over a note on what the story names
		}
		raw := strings.Trim(ln.text, " .,:;")
		credit := false
		if k := creditLen(raw); k > 0 && k < len(raw) {
			raw, credit = strings.TrimLeft(raw[k:], " :"), true
		}
		name := raw
		// The note's spelling of a name a credit prints in lower case
		// ("By acme" over "Acme is …").
		opens := len(nx.text) > len(name)+1 && strings.EqualFold(nx.text[:len(name)], name) && nx.text[len(name)] == ' '
		if opens {
			name = nx.text[:len(name)]
		} else if !credit || !opensWe(nx.low) {
			continue
		}
		if n, _ := agreeName(name); n != name || p.isTitleWords(name, title) {
			continue
		}
		person := p.namesPlausible([]string{name})
		switch {
		case opens:
			note := nx.low[len(name)+1:]
			if !startsWithLower(note) {
				continue // "Acme: …", "Acme's", a list of names
			}
			if callsCompany(note) || !person && brandLike(name) {
				return name
			}
		case credit && !person && opensWe(nx.low):
			return name
		}
	}
	return ""
}

// creditLen returns the length of the credit a line opens with ("By ",
// "Written by "), or 0: reCreditBy's openings, read without a pattern on
// every short line.
func creditLen(s string) int {
	for _, c := range [...]string{"by ", "by: ", "written by ", "posted by ", "published by "} {
		if hasFoldAt(s, c) {
			return len(c)
		}
	}
	return 0
}

// isTitleWords reports whether the headline writes name: the story is
// about it.
func (p *page) isTitleWords(name string, title int) bool {
	return title >= 0 && strings.Contains(nameKey(p.lines[title].text), nameKey(name))
}

func startsWithLower(s string) bool {
	r := firstRune(s)
	return unicode.IsLower(r)
}

// opensWe reports whether a note in lower case opens in the first person
// plural.
func opensWe(low string) bool {
	w := wordAt(low)
	return w == "we" || w == "our" || strings.HasPrefix(low, "we’") || strings.HasPrefix(low, "we'")
}

// companyNouns are what a note about a company calls it, before it says
// for whom or where: "… is an international technology company
// specialised in …", "… ist eine Agentur für …".
var companyNouns = toSet("company", "agency", "firm", "platform", "provider", "publication", "publisher", "magazine",
	"website", "organization", "organisation", "nonprofit", "non-profit", "startup", "consultancy", "marketplace",
	"manufacturer", "retailer", "unternehmen", "agentur", "firma", "verlag", "zeitschrift", "entreprise", "société",
	"agence", "cabinet", "éditeur", "empresa", "agencia", "editorial", "revista", "azienda", "società",
	"agenzia", "rivista", "bedrijf", "bureau", "tijdschrift", "företag", "byrå", "selskab", "selskap",
)

// pressNouns are what a paper's box about itself calls it: "… is an
// independent daily newspaper", "… ist eine Tageszeitung".
var pressNouns = toSet("newspaper", "tageszeitung", "zeitung", "wochenzeitung", "periódico", "diario", "quotidien",
	"hebdomadaire", "jornal", "quotidiano", "giornale", "settimanale", "krant", "dagblad", "tidning")

// pressJobs are the jobs a note about a person names after a paper's
// noun: "Jane Doe is a newspaper columnist".
var pressJobs = toSet("columnist", "reporter", "journalist", "writer", "editor", "photographer", "publisher", "man", "woman",
	"kolumnist", "kolumnistin", "journalistin", "redakteur", "redakteurin", "journaliste", "chroniqueur", "periodista",
	"columnista", "giornalista", "editorialista", "jornalista", "colunista", "verslaggever", "journalisten")

// copulas open what a note says its subject is: "is", "ist", "est", …
var copulas = []string{"is ", "ist ", "est ", "es ", "è ", "é ", "är ", "er ", "on "}

// clauseEnds end the first clause of a note, where it turns to whom the
// company serves or where someone works ("a writer at a publishing
// company" speaks of a person).
var clauseEnds = []string{",", ".", ";", " at ", " for ", " of ", " with ", " who ", " in ", " from ", " and ",
	" bei ", " für ", " von ", " mit ", " pour ", " chez ", " de ", " avec ", " qui ", " para ", " con ", " que ",
	" per ", " di ", " presso ", " che ", " voor ", " van ", " bij ", " met ", " för ", " på ", " hos "}

// callsCompany reports whether a note in lower case, after the name it
// opens with, says the name is a company: "is a/an …" with one of
// companyNouns in its first clause.
func callsCompany(note string) bool {
	rest := ""
	for _, c := range copulas {
		if r, ok := strings.CutPrefix(note, c); ok {
			rest = r
			break
		}
	}
	for _, cut := range clauseEnds {
		if k := strings.Index(rest, cut); k >= 0 {
			rest = rest[:k]
		}
	}
	for w := range wordsIn(rest) {
		if companyNouns[w] {
			return true
		}
	}
	f := strings.Fields(rest)
	for k, w := range f {
		if pressNouns[strings.Trim(w, ".,;:")] && (k+1 == len(f) || !pressJobs[strings.Trim(f[k+1], ".,;:")]) {
			return true
		}
	}
	return false
}
