package pagetext

import (
	"strings"
	"unicode"

	"github.com/morgue-archive/morgue/internal/lang"
)

// A site that reviews or sells things says in its own voice why a reader
// may trust it and what it earns from the links it prints, and names
// itself as it does: a heading "Why Trust Example" over how it tests,
// "If you buy through our links, Example may earn a commission". A
// story names other firms in many ways, but not as the one that is
// trusted with the reader's choice or paid for the page's links.
// vouchedName reads the name from either when no other reader found the
// site. No reader here knows a site.

// trustOpeners and trustClosers frame the site's name in the heading of
// the section on why a reader may trust its reviews, in the languages
// whose review sites print one.
var trustFrames = []struct{ open, close string }{
	{"why trust ", ""}, {"why you can trust ", ""}, {"why you should trust ", ""}, {"why should you trust ", ""},
	{"warum sie ", " vertrauen können"}, {"warum man ", " vertrauen kann"}, {"pourquoi faire confiance à ", ""},
	{"por qué confiar en ", ""}, {"¿por qué confiar en ", ""}, {"por que confiar em ", ""}, {"por que confiar no ", ""},
	{"por que confiar na ", ""}, {"perché fidarsi di ", ""}, {"waarom ", " vertrouwen"}, {"varför lita på ", ""},
}

// selfWords name the site by a pronoun or a word for its work, which
// says nothing of its name: "Why Trust Us", "Why You Can Trust Our
// Reviews", "Warum Sie uns vertrauen können".
var selfWords = toSet("us", "our", "me", "my", "this", "these", "them", "it", "we", "you", "uns", "unseren", "unserer",
	"unsere", "nous", "nos", "notre", "nosotros", "nuestro", "nuestra", "nuestros", "nuestras", "nós", "nosso", "nossa",
	"noi", "ci", "nostro", "nostra", "ons", "onze", "oss", "vår", "våra")

// trustName returns the name in the heading of the section on why a
// reader may trust the site, or "".
func (p *page) trustName(title int) string {
	for i := range p.lines {
		ln := &p.lines[i]
		if i == title || ln.words < 3 || ln.words > 9 || ln.runes > 70 || !strings.ContainsRune("wpv¿", firstRune(ln.low)) {
			continue // no heading of the kind: most lines, spared the look-ups below
		}
		low := strings.TrimRight(ln.low, " ?!.:")
		for _, f := range trustFrames {
			if !strings.HasPrefix(low, f.open) || !strings.HasSuffix(low, f.close) || len(low) <= len(f.open)+len(f.close) {
				continue
			}
			// The frames are in lower case letters that keep their
			// length, so the offsets hold in the line as printed.
			name := strings.TrimSpace(ln.text[len(f.open) : len(low)-len(f.close)])
			if name == "" || hasWordIn(name, selfWords) || p.isAuthorName(name, p.authors) {
				break
			}
			if n, _ := agreeName(name); n != name && !brandCased(name) || platformDomains[nameKey(name)] {
				break
			}
			return name
		}
	}
	return ""
}

// earnVerbs say what a site may earn from the links it prints, after its
// name: "Example may earn a commission", "Example kann eine Provision
// erhalten".
var earnVerbs = []string{" may earn ", " may receive ", " may get ", " may be compensated", " may collect ",
	" may have commercial ", " earns a commission", " receives a commission", " earns a small commission",
	" is reader-supported", " is reader supported", " participates in the amazon", " kann eine provision",
	" erhält eine provision", " erhält ggf", " erhält gegebenenfalls", " peut percevoir", " peut recevoir",
	" puede recibir", " puede ganar", " puede obtener", " potrebbe ricevere", " può ricevere", " ontvangt mogelijk",
	" kan een commissie", " pode receber", " pode ganhar", " kan få provision", " kan motta provisjon"}

// earnWords say that what the site earns is paid for the page's links,
// and linkWords that the links are those of the page: a firm the story
// is about earns too, but not from the reader's click.
var (
	earnWords = []string{"commission", "affiliate", "compensat", "commercial", "provision", "commissione", "comisión",
		"commissie", "comissão", "rémunér", "partenaire", "afiliad", "affiliat", "reader-supported", "reader supported", "associates"}
	linkWords = []string{"link", "purchase", "buy", "order", "article", "review", "lien", "achat", "kauf", "enlace",
		"compra", "acquist", "aankoop", "artikel", "köp", "kjøp", "mentioned", "reader"}
)

// disclosedName returns the name a page's disclosure of what it earns
// from its links gives the site: the subject of "may earn a commission"
// and the like, in a sentence that speaks of the page's links.
func (p *page) disclosedName(title int) string {
	for i := range p.lines {
		ln := &p.lines[i]
		if i == title || ln.words < 6 || ln.runes > 1500 || len(ln.low) != len(ln.text) || !hasAnyOf(ln.low, earnWords) {
			continue // no disclosure: most lines, spared the look-ups below
		}
		if !hasAnyOf(ln.low, linkWords) {
			continue
		}
		for _, v := range earnVerbs {
			k := strings.Index(ln.low, v)
			if k <= 0 {
				continue
			}
			name, before := nameBefore(ln.text[:k])
			if name == "" || !opensClause(before) || hasWordIn(name, selfWords) || p.isAuthorName(name, p.authors) || platformDomains[nameKey(name)] {
				continue
			}
			if n, _ := agreeName(name); n != name && !brandCased(name) {
				continue
			}
			return name
		}
	}
	return ""
}

// nameBefore returns the name s ends with, its words capitalised but for
// the small words inside a name, up to four, and what stands before it.
func nameBefore(s string) (name, before string) {
	f := strings.Fields(s)
	n := 0
	for n < len(f) && n < 4 {
		w := f[len(f)-1-n]
		if !unicode.IsUpper(firstRune(w)) && !brandCased(w) && (n == 0 || !smallNameWords[w]) || strings.ContainsAny(w, ",.!?:;") && n > 0 {
			break
		}
		n++
	}
	for n > 0 && smallNameWords[f[len(f)-n]] {
		n--
	}
	if n == 0 {
		return "", s
	}
	k := len(s)
	for range n {
		k = strings.LastIndexAny(strings.TrimRight(s[:k], " "), " \t") + 1
	}
	return strings.TrimSpace(s[k:]), strings.TrimSpace(s[:k])
}

// clauseOpeners may stand before the subject that opens a clause: "It is
// worth noting that Example may …".
var clauseOpeners = toSet("that", "dass", "que", "che", "dat", "att")

// opensClause reports whether a name after s opens its clause: s is
// empty, ends with punctuation or with a word that opens a clause.
func opensClause(s string) bool {
	if s == "" || strings.ContainsRune(",.!?:;", rune(s[len(s)-1])) {
		return true
	}
	w := s[strings.LastIndexAny(s, " \t")+1:]
	return clauseOpeners[strings.ToLower(w)]
}

// hasAnyOf reports whether s holds one of ws.
func hasAnyOf(s string, ws []string) bool {
	for _, w := range ws {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// brandCased reports whether s is one word that opens in lower case and
// has a capital inside, as brands write themselves ("iRunFar", "eBay").
func brandCased(s string) bool {
	if s == "" || strings.ContainsAny(s, " \t") || len(s) > 30 || !unicode.IsLower(firstRune(s)) {
		return false
	}
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '-' {
			return false
		}
	}
	return false
}

// newsroomJobs are the jobs a note about a story's writer gives before
// the site the writer works at: "an editor at Example", "reporter for
// Example Weekly", "Editor-in-Chief at Example Media". A founder or a
// chief executive is as often of a firm the writer runs beside the site.
var newsroomJobs = []string{"editor at ", "editor for ", "editor-in-chief at ", "editor in chief at ", "editor-in-chief of ",
	"writer at ", "writer for ", "reporter at ", "reporter for ", "journalist at ", "journalist for ", "columnist at ",
	"columnist for ", "correspondent at ", "correspondent for ", "contributor at ", "editors at ", "writers at ",
	"redakteur bei ", "redakteurin bei ", "journalist bei ", "journalistin bei ", "journaliste chez ", "rédacteur chez ",
	"rédactrice chez ", "redactor en ", "redactora en ", "periodista en ", "redattore di ", "redattrice di ",
	"giornalista di ", "redacteur bij ", "journalist bij ", "redaktör på ", "journalist på "}

// pastWork marks a note that lists where the writer worked before or
// wrote besides: "a former editor at Example", "has written for …".
var pastWork = []string{"former", "previously", "has written for", "have written for", "contributed to", "worked as", "was an ", "was a ",
	"ehemalige", "früher", "ancien", "ancienne", "antiguo", "antigua", "ex-", "voormalig", "tidigare"}

// staffOf returns the site a note about the story's writer says the
// writer works at, when the page names it again or writes its domain.
func (p *page) staffOf(title int) string {
	for i := range p.lines {
		ln := &p.lines[i]
		if i == title || ln.words < 3 || ln.runes > 600 || len(ln.low) != len(ln.text) || !hasAnyOf(ln.low, newsroomJobs) || hasAnyOf(ln.low, pastWork) || !p.aboutWriter(i) {
			continue
		}
		for _, j := range newsroomJobs {
			k := strings.Index(ln.low, j)
			if k < 0 {
				continue
			}
			name := leadingName(ln.text[k+len(j):])
			for _, cut := range []string{" and ", " & "} {
				if c := strings.Index(name, cut); c > 0 {
					name = name[:c]
				}
			}
			if name == "" || hasWordIn(name, selfWords) || p.isAuthorName(name, p.authors) || platformDomains[nameKey(name)] {
				continue
			}
			if p.writtenTwice(name) || p.writesDomainOf(name) || p.writesDomainOf(wordAt(name)) {
				return name
			}
		}
	}
	return ""
}

// jobWords name a person's job in a card that credits a quote: "Jane
// Doe, VP, Product, Example", "Anna Schmidt, Leiterin Marketing,
// Example".
var jobWords = toSet("ceo", "cto", "cfo", "coo", "cmo", "cpo", "vp", "svp", "evp", "president", "founder", "co-founder",
	"cofounder", "director", "manager", "head", "lead", "officer", "editor", "chief", "partner", "chair", "owner",
	"principal", "strategist", "specialist", "analyst", "consultant", "engineer", "scientist", "researcher", "designer",
	"developer", "architect", "marketer", "advisor", "adviser", "executive", "leiter", "leiterin", "geschäftsführer",
	"geschäftsführerin", "gründer", "gründerin", "directeur", "directrice", "responsable", "fondateur", "fondatrice",
	"directora", "gerente", "fundador", "fundadora", "direttore", "direttrice", "responsabile", "fondatore", "oprichter")

// staffCards returns the company that cards crediting quotes ("Jane Doe,
// VP, Product, Example") give as the employer of two people or more: a
// company's blog quotes its own staff, a story the people it
// interviews, of as many firms as people.
func (p *page) staffCards(title int) string {
	var staff map[string]map[string]bool // made at the first card: most pages have none
	for i := range p.lines {
		ln := &p.lines[i]
		if i == title || ln.words < 4 || ln.words > 14 || ln.runes > 120 || strings.Count(ln.text, ", ") < 2 || endsSentence(ln.text) {
			continue
		}
		parts := strings.Split(strings.TrimSpace(ln.text), ", ")
		person, company := parts[0], strings.TrimSpace(parts[len(parts)-1])
		if n := len(strings.Fields(person)); n < 2 || n > 4 || !titleCased(person) || !hasWordIn(strings.Join(parts[1:len(parts)-1], " "), jobWords) {
			continue
		}
		if n, _ := agreeName(company); n != company || hasWordIn(company, jobWords) || p.isAuthorName(company, p.authors) || p.isTitleWords(company, title) {
			continue
		}
		if staff == nil {
			staff = map[string]map[string]bool{}
		}
		if staff[company] == nil {
			staff[company] = map[string]bool{}
		}
		if staff[company][nameKey(person)] = true; len(staff[company]) >= 2 {
			return company
		}
	}
	return p.teaserCards(title)
}

// teaserCards returns the company that the cards of other stories under
// the story credit as their writer, two of them or more: "Example
// School" over a card's headline and a teaser cut short ("… The answer
// […]"). A blog's cards credit its writers as often, so the name must
// read as a company's: its last word is one the prose writes in lower
// case ("Example Renovation") or one a firm, a school or an outlet is
// named with ("School", "News"), and it is none of the story's writers.
// A name of words the prose all writes in lower case is a section's
// ("Marketing News").
func (p *page) teaserCards(title int) string {
	var seen map[string]int // made at the first card: most pages have none
	for i := title + 1; i+2 < len(p.lines); i++ {
		ln, head, teaser := &p.lines[i], &p.lines[i+1], &p.lines[i+2]
		if ln.words < 2 || ln.words > 4 || head.words < 3 || head.words > 16 || teaser.words < 12 || teaser.runes > 1500 ||
			!cutShort(teaser.text) || endsSentence(head.text) || !isSiteNameShape(ln) || !titleCased(ln.text) {
			continue
		}
		if seen == nil {
			seen = map[string]int{}
		}
		if seen[ln.text]++; seen[ln.text] < 2 {
			continue
		}
		name := ln.text
		last := strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])
		if p.isAuthorName(name, p.authors) || p.isTitleWords(name, title) || lang.IsStopword(p.code, last) || !p.namesPlausible([]string{name}) ||
			!p.isCommonWord(last) && !institutionWords.has(last) && !outletNameWords.has(last) && !companyNouns[last] {
			continue
		}
		return name
	}
	return ""
}

// cutShort reports whether a teaser ends cut short, with an ellipsis.
func cutShort(s string) bool {
	s = strings.TrimRight(s, " ")
	for _, e := range [...]string{"…", "...", "[…]", "[...]", "(…)"} {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}
