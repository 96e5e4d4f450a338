package pagetext

import (
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/lang"
)

// The header facts of a story (who wrote it, when, for which outlet) are
// read here from the lines around the headline, once the headline and the
// story's run of lines are known. The readers of single lines are in
// byline.go, dates.go and meta.go.

// placeBylines reads the names of a byline that says where the writer is
// or works, "Jane Doe in Brussels", "Jane Doe For MailOnline", when it sits
// next to a dateline or byline. Such a line may as well be a headline in
// title case ("Storm Hits Coast of Florida"), so the reading only weighs
// against it as a headline and for the line above it.
func (p *page) placeBylines() {
	for i := range p.lines {
		ln := &p.lines[i]
		a := &p.ann[i]
		if a.names != nil || a.header() || a.has(roleJunk) || ln.words < 3 || ln.words > 10 || endsSentence(ln.text) {
			continue
		}
		if cut := cutAffiliation(ln.text); len(cut) < len(ln.text) && (p.headerNeighbour(i, -1) || p.headerNeighbour(i, 1)) {
			a.placeNames = bareNames(cut)
		}
	}
}

// findRoles marks the line that gives a writer's job under or over a
// byline: "ESPN Senior Writer", "Political correspondent at Westminster".
func (p *page) findRoles() {
	for i := range p.lines {
		ln := &p.lines[i]
		a := &p.ann[i]
		if a.names != nil || a.header() || a.has(roleJunk) || ln.words > 10 || endsSentence(ln.text) || !hasBylineRole(ln.low) {
			continue
		}
		if p.namesNeighbour(i, -1) || p.namesNeighbour(i, 1) {
			a.set(roleWriterRole, true)
		}
	}
}

// namesNeighbour reports whether the nearest line in direction dir that
// is not a button is a byline or a line of names, within two lines.
func (p *page) namesNeighbour(i, dir int) bool {
	for j := i + dir; j >= 0 && j < len(p.lines) && abs(j-i) <= 2; j += dir {
		if b := p.ann[j]; b.byline != nil || b.names != nil || b.placeNames != nil {
			return true
		}
		if !p.ann[j].has(roleJunk) {
			return false
		}
	}
	return false
}

// headerNeighbour reports whether the nearest line in direction dir that
// is not a button is a dateline or byline, within two lines.
func (p *page) headerNeighbour(i, dir int) bool {
	for j := i + dir; j >= 0 && j < len(p.lines) && abs(j-i) <= 2; j += dir {
		if p.ann[j].header() {
			return true
		}
		if !p.ann[j].has(roleJunk) {
			return false
		}
	}
	return false
}

// findSource returns the outlet and the address the story was first
// published at, as far as the text says: a domain written above the
// headline, the agency of a wire dateline, "Originally published by …",
// a copyright line, an address whose path spells the headline, the
// story's short link, the site's name printed as a masthead over the
// headline or spoken of as the site's own, or a company credited as the
// writer or in the box about the writer.
func (p *page) findSource(title int) (outlet, addr string) {
	for i := 0; i < title && i < 20; i++ {
		if d := p.domainOf(i); d != "" && plausibleDomain(d) {
			outlet = d
			break
		}
	}
	for i := title + 1; outlet == "" && title >= 0 && i < len(p.lines) && i <= title+bylineReach; i++ {
		outlet = bylineDomain(p.lines[i].text)
	}
	for i := p.bodyStart; outlet == "" && i < p.bodyEnd && i < p.bodyStart+3; i++ {
		outlet = wireOutlet(p.lines[i].text)
	}
	owner := outlet != "" // an agency's dateline names who wrote the story, not the site
	for i := range p.lines {
		if p.lines[i].words > 60 {
			continue
		}
		var o, u string
		switch low := p.lines[i].low; {
		case mayTellOrigin(low): // the look-up below lower-cases the line again
			o, u = originallyPublished(p.lines[i].text)
		case (i < p.bodyStart+2 || i >= p.bodyEnd-3) && mayOriginateElsewhere(low, p.code, p.lines[i].words):
			// A credit line stands by the story's ends, where the
			// phrases of the page's language are looked for.
			o, u = originallyElsewhere(p.lines[i].text)
		}
		if o != "" {
			if outlet == "" {
				outlet = o
			}
			addr = u
			break
		}
	}
	for i := len(p.lines) - 1; outlet == "" && i >= 0; i-- {
		// A copyright line inside the story credits a picture or a quote.
		if ln := &p.lines[i]; ln.words <= 30 && (ln.digits >= 4 || mayCopyright(ln.low)) && !p.caption(i) && (i < p.bodyStart || i >= p.bodyEnd) {
			outlet = copyrightOutlet(ln.text)
			if outlet == "" && i+1 < len(p.lines) && signOnly(ln.low) && !p.caption(i+1) {
				// "©" over "2025 Example News. All rights reserved.": a
				// footer's copyright set in two lines.
				outlet = copyrightOutlet(ln.text + " " + p.lines[i+1].text)
			}
			owner = outlet != ""
		} else if ln.words <= 12 && i >= p.bodyEnd && containsAnyOf(ln.low, rightsSet) && !p.caption(i) {
			outlet = rightsOutlet(ln.text, ln.low) // "Example News. All rights reserved."
			owner = outlet != ""
		}
		if owner {
			// The name in Latin letters of a paper that prints its own
			// in another script over the headline.
			if m := p.ownScriptMasthead(outlet, title); m != "" {
				outlet = m
			}
		}
	}
	if addr == "" && title >= 0 {
		for i := range p.lines {
			// An address of the story stands nearly alone (its own parts
			// count as words), or ends the line telling how to cite it.
			if p.lines[i].words > 12 && moreFields(p.lines[i].text, 12) && (p.lines[i].words > 80 || !strings.Contains(p.lines[i].text, "http") || !citesStory(p.lines[i].low)) {
				continue
			}
			if u := firstURL(p.lines[i].text); u != "" && storyURL(u, p.lines[title].text) {
				addr = u
				// The page prints its own address: its site is the
				// outlet, where a wire's dateline or a copyright line
				// named another (the agency a site buys stories from, the
				// group that owns it: "© 2019 Example Communications" at
				// gazette.com).
				if h := hostOf(u); owner && !namesHost(outlet, h) {
					outlet = strings.TrimPrefix(h, "www.")
				}
				break
			}
		}
	}
	if outlet == "" && addr != "" {
		outlet = hostOf(addr)
	}
	if outlet == "" {
		var u string
		if outlet, u = p.shortLink(); addr == "" {
			addr = u
		}
	}
	if outlet == "" {
		outlet = p.titleTagName(title)
	}
	if outlet == "" {
		outlet = p.pageDomain()
	}
	for _, read := range nameReaders {
		if outlet != "" {
			break
		}
		outlet = read(p, title)
	}
	return outlet, addr
}

// namesHost reports whether a name is the one a host spells, whole or
// in part ("Example Gazette" at gazette.example.com, "Gazette" at
// examplegazette.com).
func namesHost(name, host string) bool {
	k, c := nameKey(name), domainCore(host)
	return k != "" && c != "" && (strings.Contains(k, c) || strings.Contains(c, k))
}

// citeWords are what a line that tells how to cite the story says, in
// lower case: "Citation: Harbour reopens (2025, March 3) retrieved 4
// March 2025 from https://…", "Cite this article", "abgerufen am",
// "consulté le".
var citeWords = []string{"citation", "cite this", "retrieved ", "abgerufen am", "consulté le", "consultado el", "consultado em", "consultato il", "geraadpleegd op"}

// citesStory reports whether a line in lower case tells how to cite the
// story, whose address it ends with.
func citesStory(low string) bool {
	for _, w := range citeWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// bylineDomain returns the domain a byline credits in place of a writer,
// "By Example.com", "di Example.it", "por Example.com.br": the site signs
// the story itself.
func bylineDomain(s string) string {
	by, rest, ok := strings.Cut(strings.TrimSpace(s), " ")
	if !ok || !creditByWords[strings.ToLower(by)] || strings.ContainsAny(rest, " \t") {
		return ""
	}
	rest = strings.TrimRight(rest, ".,;:")
	d := domainIn(rest)
	if d != rest || !plausibleDomain(d) || platformDomains[domainCore(d)] {
		return ""
	}
	return strings.TrimPrefix(strings.TrimPrefix(d, "www."), "WWW.")
}

// bylineSeps part a writer's name from the outlet a byline gives after
// it: "Jane Doe, Example News", "By Jane Doe | Example News".
var bylineSeps = []string{", ", " | ", " — ", " – ", " - ", " / "}

// institutionWords name where a writer works or studies, which a byline
// gives after the name as often as its outlet ("Jane Doe, Elwin
// University" over a story the writer wrote for another site).
var institutionWords = newWordSet("university", "universität", "université", "universidad", "università", "universidade",
	"college", "institute", "institut", "instituto", "school", "hospital", "clinic", "laboratory", "lab", "academy")

// bylineOutlet returns the outlet a byline gives after the writer's name
// ("Jane Doe, Example News", "By Jane Doe | Example News") when the page
// prints that name again in another line: a writer's place ("Jane Doe,
// London"), job ("Jane Doe, Dietitian") or degree are never the site,
// and a place or an institution the story may print again is refused by
// its shape or its words.
func (p *page) bylineOutlet(title int) string {
	if len(p.authors) == 0 || title < 0 {
		return ""
	}
	for i := max(0, title-3); i < len(p.lines) && i <= title+bylineReach; i++ {
		ln := &p.lines[i]
		if i == title || ln.runes > 80 || ln.words < 3 || ln.words > 9 {
			continue
		}
		s := strings.TrimSpace(ln.text)
		if rest, ok := strings.CutPrefix(s, "بقلم"); ok {
			s = strings.TrimLeft(rest, ": ") // "بقلم: <name> — <paper>"
		}
		if m := reCreditBy().FindStringIndex(s); m != nil {
			s = s[m[1]:]
		} else if by, rest, ok := strings.Cut(s, " "); ok && creditByWords[strings.ToLower(by)] {
			s = rest // "Von Max Weber | …", "Por Ana Ruiz, …"
		}
		for _, a := range p.authors {
			if k := strings.Index(s, a); k > 0 && strings.HasSuffix(s, " 기자") {
				// "<paper> <name> 기자": a Korean byline gives the paper first.
				if name := strings.TrimSpace(s[:k]); caseless(name) && scriptPressNamed(name) {
					return name
				}
			}
			if !strings.HasPrefix(s, a) {
				continue
			}
			for _, sep := range bylineSeps {
				if x, ok := strings.CutPrefix(s[len(a):], sep); ok {
					if name := p.bylineOutletName(strings.TrimSpace(x), i); name != "" {
						return name
					}
				}
			}
		}
	}
	return ""
}

// outletNameWords are the words news outlets are named with, which
// persons and places are not: "Example News", "The Harbour Times". A
// wire agency's short name counts too ("CNN Business", outletNameWord);
// no other outlet is named here, as no rule names a site.
var outletNameWords = newWordSet("news", "press", "media", "times", "post", "journal", "magazine", "daily", "weekly",
	"herald", "tribune", "gazette", "telegraph", "guardian", "insider", "business", "online", "network", "report",
	"channel", "radio", "tv", "television", "newswire", "newspaper", "review", "chronicle", "courier", "observer",
	"examiner", "monitor", "bulletin", "dispatch", "ledger", "register", "sentinel", "standard", "star", "sun", "mail",
	"express", "record", "wire", "nachrichten", "zeitung",
	"noticias", "notícias", "diario", "diário", "jornal", "giornale", "gazzetta", "quotidien", "presse", "prensa", "actualités")

// outletNameWord reports a word outlets are named with: one of
// outletNameWords, or a wire agency's short name.
func outletNameWord(w string) bool {
	_, wire := wireAgencies[w]
	return wire || outletNameWords.has(strings.ToLower(w))
}

// bylineOutletName returns x, what a byline at line i gives after the
// name, if it reads as an outlet's name that the page prints elsewhere.
func (p *page) bylineOutletName(x string, i int) string {
	if q, ok := strings.CutPrefix(x, "«"); ok && strings.HasSuffix(q, "»") {
		x = strings.TrimSuffix(q, "»") // "Анна Петрова, «Вечерний залив»"
	}
	if x == "" || strings.ContainsAny(x, "0123456789,.|—–:;()/&@«»") || strings.Contains(x, " - ") || moreWords(x, 4) {
		return ""
	}
	if !titleCased(x) {
		// A name in a script without capitals or in sentence case
		// ("صحيفة المثال", "Вечерний вестник") holds its script's word
		// for a paper.
		if (caseless(x) || sentenceCasedName(x)) && scriptPressNamed(x) && !p.isAuthorName(x, p.authors) {
			return x
		}
		return ""
	}
	f := strings.Fields(x)
	for _, w := range f {
		lw := strings.ToLower(w)
		if bylineRoles.has(lw) || personRoles.has(lw) || jobWords[lw] || credentials.has(lw) || institutionWords.has(lw) || staffWords[lw] || lw == "bureau" {
			return ""
		}
	}
	if len(f) == 1 && isUpperText(x) {
		if agency, ok := wireAgencies[x]; ok {
			return agency // "Jane Doe, AP"
		}
		return "" // a degree or a job in capitals: "DVM", "CEO"
	}
	// A second writer the byline reader did not take, a place ("Jane
	// Doe, New York") or a column are refused unless a word of the name
	// is one outlets are named with.
	// Named as papers name themselves, the name needs no second print:
	// the byline reader may have taken it for a second writer.
	if paperShaped(f) && !hasLower(placeOpeners, f[0]) {
		return x
	}
	if len(f) == 1 || hasLower(placeOpeners, f[0]) || p.isAuthorName(x, p.authors) || !slices.ContainsFunc(f, outletNameWord) {
		return ""
	}
	line := p.lines[i].text
	for j := range p.lines {
		if t := p.lines[j].text; j != i && !strings.Contains(t, line) && !strings.Contains(line, t) && strings.Contains(t, x) {
			return x
		}
	}
	return ""
}

// paperFirstWords open a paper's name in the languages that put the
// paper's word first ("Gazzetta del Molo", "Kurier Zatoki"), besides
// pressWords.
var paperFirstWords = toSet("diario", "diário", "jornal", "giornale", "gazzetta", "noticias", "notícias", "quotidien", "presse", "prensa", "crónica")

// paperShaped reports whether the words of a name are shaped as papers
// name themselves: the last one is a word papers are named with ("Bay
// Ledger", "Liman Gazetesi"), the first one is in the languages that put
// it first ("Folha do Litoral"), or one of them is a compound ending in
// such a word ("Hafenkurier"). A place that opens with such a word
// ("Sun Valley", "Post Falls") is not.
func paperShaped(f []string) bool {
	last, first := strings.ToLower(f[len(f)-1]), strings.ToLower(f[0])
	return len(f) > 1 && (outletNameWord(f[len(f)-1]) || pressWords[last] || paperLastWords[last] || pressWords[first] || paperFirstWords[first]) ||
		pressCompound(strings.Join(f, " ")) && !slices.ContainsFunc(f, outletNameWord)
}

// withoutPaper drops from the writers the paper the outlet reader
// named, so that the two agree: "By Jane Doe, Bay Ledger" is written by
// Jane Doe alone, and "Liman Gazetesi Haber Merkezi" (the paper's
// newsroom) by no one. Only a name shaped as a paper's (paperShaped) is
// dropped, with any words after it: a blog's name may be its writer's.
func withoutPaper(authors []string, outlet string) []string {
	f := strings.Fields(outlet)
	if len(authors) == 0 || len(f) == 0 || !paperShaped(f) || hasLower(placeOpeners, f[0]) {
		return authors
	}
	return slices.DeleteFunc(slices.Clone(authors), func(a string) bool {
		g := strings.Fields(a)
		return len(g) >= len(f) && slices.EqualFunc(g[:len(f)], f, strings.EqualFold)
	})
}

// paperLastWords close a paper's name besides outletNameWords and
// pressWords: "Liman Gazetesi".
var paperLastWords = toSet("gazetesi", "gazete", "postası", "haberleri")

// scriptPressWords are the words for a paper or its news in the scripts
// whose names have no capitals or are written in sentence case, in lower
// case: "海滨日报", "해안일보", "صحيفة الساحل", "Морской вестник".
var scriptPressWords = []string{"日报", "日報", "新報", "新报", "新闻", "新聞", "晚报", "晚報", "時報", "时报", "晨报", "晨報", "商报", "商報",
	"快报", "快報", "周刊", "週刊", "タイムズ", "일보", "신문", "뉴스", "타임스",
	"صحيفة", "جريدة", "вестник", "газета", "вісник", "новости", "известия", "листок", "вести"}

// scriptPressNamed reports whether a name holds one of scriptPressWords.
func scriptPressNamed(s string) bool {
	low := strings.ToLower(s)
	return slices.ContainsFunc(scriptPressWords, func(w string) bool { return strings.Contains(low, w) })
}

// creditByWords are "by" in the languages whose bylines byWords reads
// (markerBys), and the Nordic and Polish ones: a byline opens with one.
var creditByWords = toSet(append(slices.Clone(markerBys), "av", "af", "przez")...)

// nameReaders read the site's name past the headline's surroundings,
// asked in turn from the nearest kind of place to the farthest: the
// paper a reporter's credit in Chinese, Japanese or Korean names, a
// masthead, the site speaking of itself, a company credited as the
// writer, a name the page's places agree on, and last the notes about
// the writer, the reviews, the disclosure of what the links earn, the
// page's one address to write to, a source line under the story that a
// second cue vouches for, and the site's offer of its newsletter or its
// publisher's line.
var nameReaders = [...]func(p *page, title int) string{
	(*page).bylineOutlet, (*page).cjkCredit, (*page).articleByline, (*page).masthead, (*page).paperMasthead, (*page).brandMasthead, (*page).scriptMasthead, (*page).skipMasthead, (*page).newsroomCredit,
	func(p *page, title int) string { return p.selfNamed(title, p.authors) },
	(*page).houseName,
	func(p *page, title int) string { return p.bylineCompany(title, p.authors) },
	(*page).agreedName, (*page).weAtName, (*page).spelledDomain, (*page).companyBox,
	(*page).staffOf, (*page).staffCards, (*page).trustName, (*page).disclosedName, (*page).mailedName, (*page).echoedName, (*page).sourceCredit, (*page).selfOffered, (*page).datedWire,
	(*page).teamCredit, (*page).storyEndDomain, (*page).selfListed, (*page).embeddedHost,
}

// fileExtensions end the names of files, which are written like domains:
// "writeup.md", "photo.jpg".
var fileExtensions = toSet("md", "jpg", "jpeg", "png", "gif", "webp", "svg", "pdf", "txt", "html", "htm", "js", "ts",
	"py", "go", "rs", "java", "json", "xml", "yaml", "yml", "csv", "zip", "exe", "php", "css", "mp3", "mp4", "mov", "doc", "docx", "xls", "xlsx", "sh", "rb", "c", "h", "cpp")

// plausibleDomain reports whether a name written like a domain is one:
// its last label is two to ten lower-case letters and no file's
// extension, and the label before it is two characters or more.
// "context.Context" and "this.value" are code, "writeup.md" a file.
func plausibleDomain(d string) bool {
	labels := strings.Split(d, ".")
	tld := labels[len(labels)-1]
	// "EARTH.ORG" in a masthead, "Example.Org" in a sentence: a generic
	// ending in capitals is still one; a country's two letters in capitals
	// are as often a sentence run together ("in.It").
	if len(tld) > 2 && genericTLDs[strings.ToLower(tld)] {
		tld = strings.ToLower(tld)
	}
	// A name of digits alone ("001.graphics") is a file or a number.
	if len(labels[0]) < 2 || isDigits(labels[0]) || len(tld) < 2 || len(tld) > 10 || fileExtensions[tld] || len(tld) > 2 && !genericTLDs[tld] {
		return false
	}
	for i := 0; i < len(tld); i++ {
		if tld[i] < 'a' || tld[i] > 'z' {
			return false
		}
	}
	return true
}

// genericTLDs are the top-level domains of more than two letters that
// news and blog sites use; a longer "domain" ending in another word is
// code or a template ("navItem.title", "user.name"). Two-letter ones are
// countries' and all taken.
var genericTLDs = toSet("com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "app", "dev", "news", "blog",
	"tech", "online", "site", "xyz", "media", "club", "shop", "store", "live", "life", "world", "today", "press",
	"space", "studio", "design", "digital", "agency", "network", "email", "cloud", "systems", "solutions", "health",
	"care", "law", "legal", "finance", "money", "travel", "guide", "review", "reviews", "games", "art", "work", "works",
	"pro", "page", "one", "global", "group", "company", "center", "institute", "academy", "school", "university",
	"energy", "social", "community", "foundation", "church", "coffee", "photo", "photography", "graphics", "tv",
	"radio", "fm", "cafe", "blue", "green", "pub", "wiki", "zone", "codes", "software", "science", "report", "ink", "gg")

// pageDomain returns the site's domain as the page writes it: one the
// page names twice or more (the most often), or a line that is only a
// domain or a site's home address. A newsroom's mail address
// ("news@example.com") is mailedName's, asked later.
func (p *page) pageDomain() string {
	count := map[string]int{}
	best, bestN, alone := "", 0, ""
	for i := 0; i < len(p.lines); i++ {
		if i == 10 && len(p.lines)-15 > i {
			i = len(p.lines) - 15 // only the header and the footer
		}
		ln := &p.lines[i]
		if !hasDotLetter(ln.text) || ln.runes > 2000 {
			continue
		}
		// A line that is only a domain or a home address, in the header
		// or under the story; not one of a list of references.
		if alone == "" && ln.words <= 4 && (i < 10 || i >= len(p.lines)-15 && i >= p.bodyEnd && !p.addressNeighbour(i)) && !p.sourceNeighbour(i) {
			// "www.example.com -": a dash after the domain opens the
			// story under it, as a dateline's does.
			t := strings.TrimRight(ln.text, " -–—|:")
			t = strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(t, "https://"), "http://"), "/")
			if d := domainIn(t); d != "" && strings.EqualFold(strings.TrimPrefix(strings.ToLower(t), "www."), strings.TrimPrefix(strings.ToLower(d), "www.")) {
				alone = d
			}
		}
		if alone == "" && i >= p.bodyEnd && i >= len(p.lines)-15 && i > 0 {
			alone = p.signedHome(i)
		}
		// The site's own domain sits in its header or footer; further in,
		// a page names other sites. A short page's last fifteen lines are
		// still its story, where a tool the story uses is named as often
		// as the site; the header's may hold the standfirst, which names
		// the site ("Example.org explores …").
		if i >= 10 && i < len(p.lines)-15 || ln.words > 30 || i >= 10 && p.keep != nil && p.keep[i] && !inBox(i, p.box) || namesSource(ln.low) {
			continue
		}
		for _, m := range reDomain().FindAllStringSubmatch(ln.text, -1) {
			d := strings.TrimPrefix(strings.ToLower(m[1]), "www.")
			if !plausibleDomain(m[1]) {
				continue
			}
			count[d]++
			if count[d] > bestN {
				best, bestN = m[1], count[d]
			}
		}
	}
	if alone != "" && plausibleDomain(alone) && !platformDomains[domainCore(alone)] {
		return strings.TrimPrefix(alone, "www.")
	}
	// A domain the header or footer names twice.
	if bestN >= 2 && !platformDomains[domainCore(best)] {
		return strings.TrimPrefix(best, "www.")
	}
	return ""
}

// sourceLabels open a line that says where a chart's figures, a picture
// or a quote came from, another site than the page's: "Source:
// Example.com", "Źródło:", "Quelle:", the Polish "Za:" ("after").
var sourceLabels = []string{"source", "sources", "źródło", "źródła", "quelle", "quellen", "fuente", "fuentes", "fonte",
	"fontes", "bron", "bronnen", "källa", "kilde", "lähde", "zdroj", "forrás", "sursa", "kaynak", "источник", "джерело", "izvor", "za", "data"}

// namesSource reports whether a line in lower case opens with one of
// sourceLabels and a colon.
func namesSource(low string) bool {
	for _, l := range sourceLabels {
		if strings.HasPrefix(low, l) {
			if rest := strings.TrimLeft(low[len(l):], " "); strings.HasPrefix(rest, ":") {
				return true
			}
		}
	}
	return false
}

// sourceNeighbour reports whether a line within two of line i names a
// source: a domain alone over "Source: Example.com" is a chart's credit.
func (p *page) sourceNeighbour(i int) bool {
	for j := max(0, i-2); j < len(p.lines) && j <= i+2; j++ {
		if j != i && namesSource(p.lines[j].low) {
			return true
		}
	}
	return false
}

// signedHome returns the home address a line under the story gives after
// a name, as a blog's writers sign it ("Jane and Peter
// https://example.com/"), or "". An address with a path is a source the
// story cites, and a word the prose writes in lower case ("Website
// https://…") names no one.
func (p *page) signedHome(i int) string {
	f := strings.Fields(p.lines[i].text)
	if len(f) < 2 || len(f) > 5 || p.addressNeighbour(i) {
		return ""
	}
	u := f[len(f)-1]
	if !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") {
		return ""
	}
	pu, err := url.Parse(u)
	if err != nil || pu.Path != "" && pu.Path != "/" || pu.RawQuery != "" {
		return ""
	}
	name := strings.Join(f[:len(f)-1], " ")
	if !titleCased(name) || !p.namesPlausible([]string{name}) {
		return ""
	}
	return hostOf(u)
}

// addressNeighbour reports whether a line next to line i is a web
// address too: a list of sources, not the site's own.
func (p *page) addressNeighbour(i int) bool {
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(p.lines) && (onlyAddress(p.lines[j].text) || p.lines[j].words <= 2 && p.domainOf(j) != "") {
			return true
		}
	}
	return false
}

// onlyAddress reports whether a line is one web address and nothing else,
// however long its path and query.
func onlyAddress(s string) bool {
	s = strings.TrimSpace(s)
	return (strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")) && !strings.ContainsAny(s, " \t")
}

// masthead returns the site's name printed over the headline: a short
// line among the first lines of the page that the page prints again
// elsewhere ("Help Net Security" over "Help Net Security Sponsored", "Idle
// Cartulary" over "… a production of Idle Cartulary"). A line of names is
// a writer's, not a site's.
func (p *page) masthead(title int) string {
	for i := 0; i < title && i < 5; i++ {
		ln := &p.lines[i]
		a := p.ann[i]
		// A site's name may read as a person's, but a page seldom opens
		// with its writer's name.
		if a.header() || i > 0 && a.names != nil && p.namesPlausible(a.names) || p.caption(i) || ln.text == p.lines[title].text ||
			!isSiteNameShape(ln) || i > 0 && ln.words < 2 {
			continue
		}
		// A site's name has a word the story writes only in it:
		// "Coffee" or "Mental Health" over the headline is a section.
		// A name the headline quotes is a work's the story is about.
		// A name in capitals ("THE HARBOUR LEDGER") is given as the page
		// writes it elsewhere in small letters, and found in its
		// contexts so written.
		name, cased := ln.text, ""
		if isUpperText(name) {
			cased = p.casedAgain(i)
		}
		printed := p.printedElsewhere(i, name) || p.printedInLang(i, name) || p.handleSpells(i) ||
			cased != "" && (p.printedElsewhere(i, cased) || p.printedInLang(i, cased))
		if cased != "" {
			name = cased
		}
		if printed && p.namesPlausible([]string{name}) && !quotesName(p.lines[title].low, ln.low) {
			return name
		}
	}
	return ""
}

// siteContexts are the words around a site's name where a page names
// itself: "© 2025 X", "Subscribe to X", "a production of X", "the X team",
// "X newsletter".
var (
	siteBefore = []string{"© ", "subscribe to ", "about ", "of ", "at ", "from ", "follow ", "join ", "welcome to ", "support "}
	siteAfter  = []string{" team", " newsletter", " sponsored", " staff", " editors", " is ", " has ", "'s ", "’s ", " podcast", " members"}
	// The same contexts in the languages of the footers' links and
	// newsletter boxes, asked of short lines outside the story: "Suscríbete
	// al boletín de X", "Iscriviti alla newsletter di X", "Publicidad en
	// X", "la rédaction de X", "Prenumerera på nyhetsbrevet från X".
	siteBeforeLangs = []string{"newsletter de ", "newsletter du ", "newsletter di ", "newsletter von ", "newsletter der ", "newsletter des ",
		"newsletter do ", "newsletter da ", "newsletter del ", "newsletter della ", "boletín de ", "nieuwsbrief van ",
		"abonnez-vous à ", "suscríbete a ", "suscríbase a ", "iscriviti a ", "abonniere ", "abonnieren sie ", "assine o ", "assine a ", "abonneer je op ",
		"bienvenue sur ", "bienvenue à ", "bienvenido a ", "bienvenida a ", "benvenuto su ", "benvenuti su ", "willkommen bei ", "bem-vindo ao ", "bem-vindo à ", "welkom bij ",
		"publicidad en ", "publicité dans ", "pubblicità su ", "publicidade no ", "publicidade na ", "werben bei ", "werben im ", "adverteren in ", "adverteren bij ",
		"rédaction de ", "redacción de ", "redazione di ", "redação do ", "redação da ", "redaktion von ", "redactie van ",
		"l'équipe de ", "l’équipe de ", "el equipo de ", "equipe do ", "equipe da ", "das team von ", "het team van ",
		"nyhetsbrev från ", "nyhetsbrevet från ", "prenumerera på ", "nyhedsbrev fra ", "nyhedsbrevet fra ", "nyhetsbrev fra ", "nyhetsbrevet fra ", "abonner på ",
		"välkommen till ", "velkommen til "}
	// About-links open their line or a piece of a row of links: "Über X |
	// Kontakt", "Over X", "À propos de X", "Sobre X", "Chi è X", "Om X".
	siteOpenersLangs = []string{"über ", "à propos de ", "à propos d'", "à propos d’", "acerca de ", "sobre ", "sobre o ", "sobre a ", "chi è ", "over ", "om "}
)

// printedInLang reports whether s, the text of line i, stands in a
// short line outside the story after one of the contexts outside English
// (siteBeforeLangs, siteOpenersLangs), as a word of its own.
func (p *page) printedInLang(i int, s string) bool {
	for j := range p.lines {
		t := p.lines[j].text
		if j == i || len(t) <= len(s) || p.lines[j].words > 16 || j >= p.bodyStart && j < p.bodyEnd {
			continue
		}
		if wordsAfter(t, s, func(before string) bool { return inLangContext(strings.ToLower(before)) }) {
			return true
		}
	}
	return false
}

// handleSpells reports whether a line outside the story gives a social
// handle whose letters are those of line i, the site's name over the
// headline: "Harbour Ledger" and "Follow us @HarbourLedger". A handle is
// written in ASCII, so the name's accents are dropped: "Kikötői Hírlap"
// and "@KikotoiHirlap". The writer's own handle is a person's, whose
// name masthead leaves alone.
func (p *page) handleSpells(i int) bool {
	name := p.lines[i].text
	if !isASCII(name) {
		name = article.FoldASCII(name)
	}
	key := nameKey(name)
	if len(key) < 5 || p.isAuthorName(p.lines[i].text, p.authors) {
		return false
	}
	for j := range p.lines {
		t := p.lines[j].text
		if j >= p.bodyStart && j < p.bodyEnd || p.lines[j].words > 16 || strings.IndexByte(t, '@') < 0 {
			continue
		}
		for _, f := range strings.Fields(t) {
			if h, ok := strings.CutPrefix(strings.TrimRight(f, ".,;:!)"), "@"); ok && len(h) >= 5 && nameKey(h) == key && isASCII(h) {
				return true
			}
		}
	}
	return false
}

// inLangContext reports whether before, the lower-case text of a line
// up to a name, ends in one of the contexts outside English where a site
// names itself.
func inLangContext(before string) bool {
	for _, w := range siteBeforeLangs {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	for _, w := range siteOpenersLangs {
		if p, ok := strings.CutSuffix(before, w); ok && strings.TrimRight(p, " |•·") == "" || ok && strings.HasSuffix(p, "| ") {
			return true
		}
	}
	return false
}

// casedAgain returns the text of line i, written in capitals, as another
// line writes it in small letters and title case ("The Harbour Ledger"
// for "THE HARBOUR LEDGER"), as words of their own, or "".
func (p *page) casedAgain(i int) string {
	low := p.lines[i].low
	if len(low) != len(p.lines[i].text) {
		return "" // the lower case's offsets would not hold
	}
	for j := range p.lines {
		t, lj := p.lines[j].text, p.lines[j].low
		if j == i || len(lj) != len(t) || len(t) < len(low) {
			continue
		}
		for k := strings.Index(lj, low); k >= 0; {
			e := k + len(low)
			if c := t[k:e]; !isUpperText(c) && titleCased(c) && !endsWithLetterOrDigit(t[:k]) && !startsWithLetterOrDigit(t[e:]) {
				return c
			}
			n := strings.Index(lj[e:], low)
			if n < 0 {
				break
			}
			k = e + n
		}
	}
	return ""
}

// printedElsewhere reports whether s, the text of line i, stands in
// another line of the page in one of siteContexts.
func (p *page) printedElsewhere(i int, s string) bool {
	for j := range p.lines {
		if j == i || len(p.lines[j].text) <= len(s) {
			continue
		}
		t := p.lines[j].text
		for k := strings.Index(t, s); k >= 0; {
			before, after := strings.ToLower(t[:k]), strings.ToLower(t[k+len(s):])+" "
			// The name as a word of its own: "MSP" is not in "MSPs".
			whole := !startsWithLetterOrDigit(after) && (k == 0 || !endsWithLetterOrDigit(before))
			for _, w := range siteBefore {
				if !whole {
					break
				}
				if strings.HasSuffix(before, w) {
					return true
				}
			}
			for _, w := range siteAfter {
				if whole && strings.HasPrefix(after, w) {
					return true
				}
			}
			n := strings.Index(t[k+len(s):], s)
			if n < 0 {
				break
			}
			k += len(s) + n
		}
	}
	return false
}

func startsWithLetterOrDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func endsWithLetterOrDigit(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// headerZone returns the lines to search for header facts: from a few lines
// above the headline to the story's start.
func (p *page) headerZone(title int) (int, int) {
	lo := max(0, title-6)
	hi := max(p.bodyStart, title+1)
	if hi-title > 60 {
		hi = title + 60
	}
	return lo, min(hi, len(p.lines))
}

// findByline returns the writers: the byline nearest the headline, else
// names above the headline next to a dateline, else a byline under the
// story.
//
// A byline that no "By" or label introduces near the headline (a line of
// names, names beside a date, a byline far from the headline) is marked
// as read with low confidence (p.bylineWeak), for a person to check.
func (p *page) findByline(title int) []string {
	p.bylineWeak = true
	if ns := p.findAuthors(title); len(ns) > 0 {
		return ns
	}
	if i := p.bodyStart; i > title && i < len(p.lines) && p.ann[i].byline != nil && p.code == "ko" && wireLeadHead(p.lines[i].text) != "" {
		// The reporter at the head of the story's first paragraph.
		p.bylineWeak = false
		return p.ann[i].byline
	}
	if ns := p.writerInStandfirst(title); ns != nil {
		return ns
	}
	if ns := p.namesAboveTitle(title); len(ns) > 0 && p.namesPlausible(ns) {
		return ns
	}
	if ns := p.bylineAboveStory(title); len(ns) > 0 {
		return ns
	}
	if ns := p.bylineBelow(); len(ns) > 0 {
		return ns
	}
	if ns := p.reviewers(title); ns != nil {
		return ns
	}
	if ns := p.signOff(); ns != nil {
		return ns
	}
	if ns := p.writerNote(); ns != nil {
		return ns
	}
	return p.additionalReporter()
}

// additionalCredits open a credit line under the story that names who
// reported besides the writer.
var additionalCredits = []string{"additional reporting by ", "with additional reporting by "}

// additionalReporter returns who a credit line under the story says
// reported besides the writer ("Additional reporting by Ann Poe"), for a
// page that names nobody else: the one person it credits with the story.
func (p *page) additionalReporter() []string {
	for i := max(p.bodyStart, p.bodyEnd-3); i < len(p.lines) && i < p.bodyEnd+6; i++ {
		if p.lines[i].words > 20 {
			continue
		}
		t := strings.TrimLeft(p.lines[i].text, "( ")
		for _, c := range additionalCredits {
			if len(t) > len(c) && strings.EqualFold(t[:len(c)], c) {
				rest := cutAffiliation(strings.TrimRight(t[len(c):], "). "))
				if ns := markedNames(rest, nil); ns != nil && p.namesPlausible(ns) {
					return ns
				}
			}
		}
	}
	return nil
}

// writerNote returns the writer a note under the story introduces, as
// pages that print no byline end: "Jane Doe is a reporter at the Daily
// Planet.", "Ana Pérez es periodista de …", "Jana Müller ist
// Redakteurin bei …".
func (p *page) writerNote() []string {
	for i := max(p.bodyStart, p.bodyEnd-2); i < len(p.lines) && i < p.bodyEnd+6; i++ {
		if ln := &p.lines[i]; ln.words >= 4 && ln.words <= 40 {
			if ns := noteWriter(ln.text); ns != nil && p.namesPlausible(ns) {
				return ns
			}
		}
	}
	return nil
}

// noteVerbs are "is" and "was" in the languages read.
var noteVerbs = toSet("is", "was", "es", "est", "ist", "war", "é", "è", "är", "er", "jest", "adalah", "merupakan")

// noteWriter reads the name that opens a sentence about a journalist:
// two to five words of a name, "is", and a writer's job among the next
// seven words.
func noteWriter(s string) []string {
	f := strings.Fields(s)
	for k := 2; k <= 5 && k < len(f); k++ {
		if beatVerbs[f[k]] || f[k] == "si" && k+1 < len(f) && f[k+1] == "occupa" {
			return beatWriter(f, k)
		}
		if !noteVerbs[f[k]] {
			continue
		}
		n, ok := asName(strings.Join(f[:k], " "))
		if !ok {
			return nil
		}
		for _, w := range f[k+1 : min(len(f), k+8)] {
			if w = strings.ToLower(strings.Trim(w, ".,;:()")); bylineRoles.has(w) && w != "producer" && w != "critic" || noteJobs[w] {
				return []string{n}
			}
		}
		return nil
	}
	return nil
}

// beatVerbs say what a writer covers, in the languages read: "Jane Doe
// covers transport for …", "Ana Pérez cubre …", "Jana Müller berichtet
// für … über …".
var beatVerbs = toSet("covers", "reports", "writes", "cubre", "escribe", "couvre", "écrit", "berichtet", "schreibt",
	"cobre", "escreve", "schrijft", "bevakar", "skriver", "dekker", "pisze")

// beatFor are "for" before the outlet in a note that says what its
// writer covers.
var beatFor = toSet("for", "para", "pour", "für", "per", "voor", "för", "dla")

// beatWriter reads the name before the verb at f[k] of a note that says
// what its writer covers for an outlet: the verb needs "for" within the
// next twelve words ("John Roe writes that …" is a source's words).
func beatWriter(f []string, k int) []string {
	n, ok := asName(strings.Join(f[:k], " "))
	if !ok {
		return nil
	}
	for _, w := range f[k+1 : min(len(f), k+13)] {
		if beatFor[strings.ToLower(w)] {
			return []string{n}
		}
	}
	return nil
}

// noteJobs are journalists' jobs beyond bylineRoles, as a note about the
// writer names them.
var noteJobs = toSet("wartawan", "jurnalis", "dziennikarz", "dziennikarka", "skribent", "reportér", "reportera")

// signOff returns the writer who signs the story at its end, as blogs
// do: "<3 Jane Doe", "Cheers, Jane Doe", "— Jane Doe".
func (p *page) signOff() []string {
	for i := max(p.bodyStart, p.bodyEnd-2); i < len(p.lines) && i < p.bodyEnd+3; i++ {
		ln := &p.lines[i]
		if strings.HasPrefix(ln.text, "（") {
			// "（佐藤花子）": a Japanese paper signs so (one word).
			if ns := bareUncasedNames(ln.text); len(ns) == 1 {
				return ns
			}
		}
		if ln.words < 2 || ln.words > 6 {
			continue
		}
		if n, ok := bracketSignOff(ln.text); ok && p.namesPlausible([]string{n}) {
			return []string{n}
		}
		// "Nguyễn Văn An (tổng hợp)": a name and a note on how the
		// story was made sign it.
		if t := dropNoteTag(ln.text); len(t) < len(ln.text) {
			if n, ok := asName(t); ok && p.namesPlausible([]string{n}) {
				return []string{n}
			}
		}
		if rest, ok := afterSignOff(ln.text); ok {
			if opensWithDash(ln.text) && p.afterQuote(i) {
				continue // "— Jane Doe" under a quotation names who said it
			}
			if head, tail, ok := strings.Cut(rest, ", "); ok && outletAfterName(head, tail) {
				rest = head // "— Jane Doe, Harbour Times": her paper
			}
			if n, ok := asName(rest); ok && p.namesPlausible([]string{n}) {
				return []string{n}
			}
		}
	}
	return nil
}

// bracketSignOff reads the name a story is signed with in brackets
// under its last paragraph, as papers in many languages do: "(Anna
// Schmidt)", "(Anna Schmidt/dpa)". A wire agency's tag alone ("(dpa)")
// names no writer.
func bracketSignOff(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 5 || s[0] != '(' || s[len(s)-1] != ')' {
		return "", false
	}
	inner, _, _ := strings.Cut(s[1:len(s)-1], "/")
	return asName(strings.TrimSpace(inner))
}

// opensWithDash reports a line that opens with a dash: "— Jane Doe".
func opensWithDash(s string) bool {
	return strings.HasPrefix(s, "—") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "~")
}

// afterQuote reports whether the line before line i with words ends a
// quotation: a dash and a name under it say who was quoted, not who
// wrote the story.
func (p *page) afterQuote(i int) bool {
	for j := i - 1; j >= 0; j-- {
		if t := strings.TrimRight(p.lines[j].text, " "); t != "" {
			r, _ := utf8.DecodeLastRuneInString(t)
			return strings.ContainsRune("\"”’»“", r)
		}
	}
	return false
}

// signOffs open the line that signs a story: marks, and words followed
// by a comma or a space.
var signOffs = []string{"<3", "♥", "❤", "—", "–", "~", "xoxo", "xo", "cheers", "love", "best", "regards", "warmly", "thanks"}

// afterSignOff returns what follows the sign-off a line opens with.
func afterSignOff(s string) (string, bool) {
	for _, w := range signOffs {
		if len(s) <= len(w) || !hasFoldAt(s, w) {
			continue
		}
		rest := s[len(w):]
		if isWordByte(w[0]) && !strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, ",") {
			continue // "Bestselling …"
		}
		return strings.TrimLeft(rest, " ,!"), true
	}
	return "", false
}

// writerInStandfirst returns the writer that the standfirst under the
// headline names at its end, as some papers print their byline: "…,
// writes Jane Doe." or "…, says JANE DOE." A source the standfirst
// quotes is not written in capitals, nor said to write. A short note
// about the writer there names the writer too.
func (p *page) writerInStandfirst(title int) []string {
	seen := 0
	for i := title + 1; i < len(p.lines) && seen < 2; i++ {
		ln := &p.lines[i]
		if ln.words == 0 || p.ann[i].has(roleJunk) {
			continue
		}
		seen++
		if ln.words >= 8 && ln.words <= 60 {
			if ns := standfirstWriter(ln.text); ns != nil {
				return ns
			}
		}
		// A note about the writer in place of a byline: "Jane Doe is a
		// reporter for the Daily Planet." (see noteWriter).
		if ln.words >= 4 && ln.words <= 25 {
			if ns := noteWriter(ln.text); ns != nil && p.namesPlausible(ns) {
				return ns
			}
		}
	}
	return nil
}

// standfirstVerbs name the writer at the end of a standfirst.
var standfirstVerbs = toSet("writes", "says", "reports", "explains", "argues")

// standfirstWriter reads the writer named at the end of a sentence: ",
// writes Jane Doe." (any case) or ", says JANE DOE." (in capitals).
func standfirstWriter(s string) []string {
	s = strings.TrimRight(s, " .")
	k := strings.LastIndex(s, ", ")
	if k < 0 {
		return nil
	}
	verb, rest, ok := strings.Cut(s[k+2:], " ")
	if !ok || !standfirstVerbs[verb] {
		return nil
	}
	if n, ok := asName(rest); ok && (verb == "writes" || isUpperText(n)) {
		return []string{n}
	}
	return nil
}

// selfIntroduced returns the name that opens a writer's note glued to
// it, which goes on in the first person: "Jane Doe I'm a developer and
// writer …" (the page's markup set the name and the note apart).
func selfIntroduced(s string) []string {
	// The note goes on after the second or third word: the words are
	// looked at as they come, not the whole line.
	n, end := 0, 0 // words seen, and where the last ended
	for w := range strings.FieldsSeq(s) {
		if n >= 2 {
			switch w {
			case "I'm", "I’m", "I", "I've", "I’ve":
				if name, ok := asName(s[:end]); ok {
					return []string{name}
				}
			}
		}
		if n++; n > 3 {
			break
		}
		end = strings.Index(s[end:], w) + end + len(w)
	}
	return nil
}

// reReviewedBy opens the line that names who checked a story rather than
// who wrote it: "Reviewed by …", "Medically reviewed by …", "Fact checked
// by …".
var reReviewedBy = lazyRegexp(`(?i)^(?:(?:medically|expert|legally|clinically)\s+)?(?:reviewed|fact[- ]checked|verified)\s+by\s*:?\s+`)

// reviewers returns the people a line under the headline says checked
// the story, for a page that names no writer: its expert is the one
// person it credits.
func (p *page) reviewers(title int) []string {
	for i := title + 1; i < len(p.lines) && i <= max(p.bodyStart, title+bylineReach)+2; i++ {
		ln := &p.lines[i]
		if ln.words > 40 || !strings.Contains(ln.low, "by") {
			continue
		}
		if m := reReviewedBy().FindStringIndex(ln.text); m != nil {
			if ns := ReadByline("By " + ln.text[m[1]:]); len(ns) > 0 {
				return ns
			}
		}
	}
	return nil
}

// bylineAboveStory returns the explicit byline ("By Jane Doe") nearest
// above the story's first lines, when none is near the headline: the
// headline may be misread, but a "By" over the story still names its
// writers.
func (p *page) bylineAboveStory(title int) []string {
	for i := min(p.bodyStart+2, len(p.lines)) - 1; i >= 0; i-- {
		if ns := p.ann[i].byline; ns != nil && p.lines[i].words <= 20 {
			return ns
		}
	}
	// "Posted by" over a line of names right over the story, or over the
	// main run of prose the rules found (the classifier may have taken
	// a menu for the story's start).
	for _, start := range []int{p.bodyStart, p.rules.start} {
		for i := max(start-4, title+1, 0); i < start && i+1 < len(p.lines); i++ {
			if p.ann[i].has(roleByLabel) {
				if ns := p.namesOf(i + 1); ns != nil && p.namesPlausible(ns) {
					return ns
				}
			}
		}
	}
	return nil
}

// bylineOverStory returns an explicit byline in the few lines over the
// story's start, below the headline.
func (p *page) bylineOverStory(title int) []string {
	for i := min(p.bodyStart+2, len(p.lines)) - 1; i > title && i >= p.bodyStart-6; i-- {
		if ns := p.ann[i].byline; ns != nil && p.lines[i].words <= 20 {
			return ns
		}
	}
	return nil
}

// bylineReach is how many lines under the headline a byline may stand
// when the story seems to start right under it: a standfirst or a line
// of the story taken for the start leaves the byline below it.
const bylineReach = 8

// findAuthors reads the byline nearest the headline.
func (p *page) findAuthors(title int) []string {
	lo, hi := p.headerZone(title)
	p.zoneEnd = hi
	if reach := min(title+1+bylineReach, len(p.lines)); hi < reach {
		hi = reach
	}
	order := nearOrder(title, lo, hi)
	for _, i := range order {
		if p.storyLine(i) {
			continue
		}
		if ns := p.ann[i].byline; ns != nil {
			p.bylineWeak = false
			return p.withMoreNames(i, ns)
		}
	}
	for _, i := range order {
		if p.ann[i].has(roleByLabel) && i+1 < len(p.lines) && !p.storyLine(i) {
			if ns := p.namesOf(i + 1); ns != nil {
				p.bylineWeak = false
				return p.creditedBelow(i+1, p.withMoreNames(i+1, ns))
			}
			if ns := p.labelledNames(i); ns != nil {
				p.bylineWeak = false
				return ns
			}
		}
	}
	// Bare names in the header block: within a few lines under the
	// headline, or next to a dateline.
	real, first := 0, p.nextReal(title)
	for i := title + 1; i < hi; i++ {
		if i > p.bodyEnd && p.bodyEnd > title+1 {
			// A short page's footer, within reach of the headline: a
			// writer signs right under the story, and the links
			// below ("Privacy Policy") name nobody.
			break
		}
		a := p.ann[i]
		if p.caption(i) || (a.has(roleJunk) && a.date == nil) {
			continue
		}
		if i == first {
			// The line under the headline may be a note about the
			// writer, glued to the name, that the classifier reads as
			// the story's first sentence.
			if ns := selfIntroduced(p.lines[i].text); ns != nil && p.namesPlausible(ns) {
				return ns
			}
		}
		if p.storyLine(i) {
			continue
		}
		real++
		nearDate := a.date != nil || p.dateInRow(i, -1) || p.dateInRow(i, 1)
		if real > 5 && !nearDate && !p.pictured(i) {
			continue
		}
		var ns []string
		if a.date != nil {
			// "Dec 26, 2025 • Jane Doe in Politics": the dateline is the
			// header, so what follows the names is a place or section.
			ns = bareNames(cutAffiliation(dateRemainder(p.lines[i].text, p.monthFirst)))
			if ns == nil {
				ns = namesBeforeDate(p.lines[i].text, p.monthFirst)
			}
		} else {
			ns = p.namesOf(i)
			if ns == nil {
				ns = a.placeNames
			}
		}
		uncased := false
		if ns == nil && nearDate {
			// Names of a script without capitals, which namesPlausible
			// cannot weigh: the shapes bareUncasedNames takes are strict.
			ns = bareUncasedNames(p.lines[i].text)
			if ns == nil {
				ns = p.loneUncasedName(i)
			}
			uncased = ns != nil
		}
		if ns != nil && (uncased || p.namesPlausible(ns)) && !p.namesASubject(i, ns) {
			// Names right beside a dateline or reading time, in the
			// header under the headline, are a byline without its "By".
			p.bylineWeak = real > 5 || !p.headerNeighbour(i, -1) && !p.headerNeighbour(i, 1)
			if p.bylineWeak {
				// A "By" right over the story names the writers more
				// surely than a loose line of names.
				if by := p.bylineOverStory(title); by != nil {
					p.bylineWeak = false
					return by
				}
			}
			if full := p.fullerList(i, ns); full != nil {
				return full
			}
			return p.creditedBelow(i, p.namesUnderRoles(i, hi, p.withMoreNames(i, ns)))
		}
	}
	return nil
}

// namesASubject reports whether the name on line i heads a section about
// it: the line after it, or the one after that, opens a note with the
// name ("NVIDIA GTC" over "NVIDIA GTC is the premier AI conference …")
// that says nothing a note about a person says (a writer's job, "she",
// "his"). Such a line names what a story lists (a product, a company, an
// event), not who wrote it.
func (p *page) namesASubject(i int, ns []string) bool {
	for j := i + 1; j < len(p.lines) && j <= i+2; j++ {
		if p.isBioOf(j, ns, bioFullName) {
			return !personNote(p.lines[j].low)
		}
	}
	return false
}

// personWords are the words of a note (in lower case) that say it is
// about a person: pronouns, and jobs beyond a writer's (one person's, so
// "developers, researchers and business leaders" meeting at an event do
// not count).
var personWords = newWordSet("he", "she", "his", "her", "him", "hers", "er", "ihr", "sein", "seine", "elle", "il", "él",
	"ella", "lui", "lei", "hij", "zij", "hem", "haar", "zijn", "ele", "dela", "dele", "han", "hon", "hun", "hans", "hennes",
	"manager", "director", "founder", "cofounder", "ceo", "head", "president", "chief", "officer", "professor", "author",
	"expert", "specialist", "consultant", "researcher", "scientist", "engineer", "analyst", "lawyer", "attorney", "doctor",
	"physician", "teacher", "student", "fellow", "host", "marketer", "blogger", "designer", "owner", "partner", "coach",
	"chef", "historian", "economist", "photographer", "dr", "born", "married",
	"directora", "fundador", "fundadora", "profesor", "profesora", "gerente", "autor", "autora", "professeur",
	"fondateur", "fondatrice", "directeur", "directrice", "auteur", "leiter", "leiterin", "gründer", "gründerin",
	"geschäftsführer", "geschäftsführerin", "professorin", "autorin", "direttore", "direttrice", "fondatore",
	"professore", "autore", "autrice", "oprichter", "hoogleraar")

// personNote reports whether a note (in lower case) names a writer's job
// or speaks of a person.
func personNote(low string) bool {
	for w := range wordsIn(low) {
		if bylineRoles.has(w) || noteJobs[w] || personWords.has(w) {
			return true
		}
	}
	return false
}

// fullerList returns the names of a line just under line i that lists
// the writers named on line i and others: the pictures of a story's
// writers, each with a name, over the byline that names them all ("Jane
// Doe Profile Image", "John Roe Profile Image", "Jane Doe & John Roe").
func (p *page) fullerList(i int, ns []string) []string {
	for j := i + 1; j < len(p.lines) && j <= i+4; j++ {
		if p.lines[j].words > 20 {
			return nil
		}
		more := p.namesOf(j)
		if len(more) <= len(ns) {
			continue
		}
		all := true
		for _, n := range ns {
			all = all && slices.Contains(more, n)
		}
		if all {
			return more
		}
	}
	return nil
}

// dateInRow reports a dateline next to line i in direction dir, in a row
// of header fields the dump prints one to a line: lines of separators
// alone ("•") and buttons are passed over, and one short field ("Friday
// Philosophy") may stand between: "12/19/2025", "•", "Opinion", "•",
// "Jane Doe".
func (p *page) dateInRow(i, dir int) bool {
	fields := 0
	for j := i + dir; j >= 0 && j < len(p.lines); j += dir {
		if p.ann[j].date != nil {
			return true
		}
		if p.lines[j].words == 0 || p.ann[j].has(roleJunk) || !hasLetterOrDigit(p.lines[j].text) {
			continue // a separator, or a button such as "Twitter"
		}
		if fields++; fields > 1 || p.lines[j].words > 3 || !p.sepNeighbour(j, dir) {
			return false
		}
	}
	return false
}

// sepNeighbour reports whether the line next to line j in direction dir
// is made of separators alone.
func (p *page) sepNeighbour(j, dir int) bool {
	k := j + dir
	return k >= 0 && k < len(p.lines) && !hasLetterOrDigit(p.lines[k].text)
}

// hasLetterOrDigit reports whether s has a letter or a digit.
func hasLetterOrDigit(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// pictured reports a line of names next to the text of the same
// person's picture ("Picture of Jane Doe" over "Jane Doe"): the box a
// site prints about its writer.
func (p *page) pictured(i int) bool {
	ns := p.ann[i].names
	if ns == nil {
		return false
	}
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(p.lines) && p.lines[j].text != p.lines[i].text && slices.Equal(p.ann[j].names, ns) &&
			dropPhotoText(p.lines[j].text) != p.lines[j].text {
			return true
		}
	}
	return false
}

// storyLine reports a line the classifier kept as the story's, once it
// has run, where no byline is read: a sentence, or any line past the
// story's start (p.zoneEnd), where a byline is looked for only because
// the start may be misread.
func (p *page) storyLine(i int) bool {
	return p.zone != nil && p.zone[i] && (p.lines[i].words > 8 || i >= p.zoneEnd)
}

// namesPlausible reports whether names read from a line alone can be
// people's: not when every word of the first is one the page's prose
// writes in lower case ("Reading Time", "Back To All", "Key Highlights")
// or a function word of the page's language. Names are rarely written in
// lower case in a story; headings and buttons are made of words that are.
func (p *page) namesPlausible(ns []string) bool {
	if len(ns) == 0 {
		return false
	}
	for w := range strings.FieldsSeq(ns[0]) {
		w = strings.Trim(w, ".,'’")
		if utf8.RuneCountInString(w) < 2 || !isUpperText(w) && !unicode.IsUpper(firstRune(w)) {
			continue // initials and particles say nothing
		}
		if !p.isCommonWord(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// isCommonWord reports whether the prose of the page (lines of eight
// words or more, the first 400) writes w in lower case, or w is a
// function word of its language.
func (p *page) isCommonWord(w string) bool {
	if lang.IsStopword(p.code, w) {
		return true
	}
	if v, ok := p.common[w]; ok {
		return v
	}
	found := p.proseWrites(w, -1)
	if p.common == nil {
		p.common = map[string]bool{}
	}
	p.common[w] = found
	return found
}

// proseWrites reports whether a line of prose (eight words or more, among
// the first 400) other than line skip writes w as a word.
func (p *page) proseWrites(w string, skip int) bool {
	found := false
	for i := 0; i < len(p.lines) && i < 400 && !found; i++ {
		ln := &p.lines[i]
		if ln.words < 8 || i == skip {
			continue
		}
		for k := strings.Index(ln.text, w); k >= 0; {
			e := k + len(w)
			if (k == 0 || !isLetterBefore(ln.text, k)) && (e == len(ln.text) || !unicode.IsLetter(firstRune(ln.text[e:]))) {
				found = true
				break
			}
			n := strings.Index(ln.text[e:], w)
			if n < 0 {
				break
			}
			k = e + n
		}
	}
	return found
}

// isLetterBefore reports whether a letter ends s[:k].
func isLetterBefore(s string, k int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:k])
	return unicode.IsLetter(r)
}

// namesUnderRoles adds to the names on line i those of the writers listed
// below it, each name on its line over its role ("Jane Doe", "Senior
// Editor", "John Roe", "Contributing Writer").
func (p *page) namesUnderRoles(i, hi int, ns []string) []string {
	for j := i + 1; j+1 < hi && p.ann[j].has(roleWriterRole) && p.ann[j+1].names != nil; j += 2 {
		ns = append(ns[:len(ns):len(ns)], p.ann[j+1].names...) // a copy: ns may be a line's own
	}
	return dedupeNames(ns)
}

// moreNames reads the names on line i when it goes on with a byline from
// the line above: "Von Jane Doe" / "und John Roe", or "Von Jane Doe und"
// / "John Roe" (a joining word or a comma ends the line above).
func (p *page) moreNames(i int) []string {
	if i >= len(p.lines) || p.lines[i].words > 10 {
		return nil
	}
	w, rest, _ := strings.Cut(p.lines[i].text, " ")
	switch strings.ToLower(w) {
	case "and", "und", "y", "et", "e", "en", "i", "&":
		return bareNames(rest)
	}
	if i > 0 && endsWithJoiner(p.lines[i-1].text) {
		if ns := p.namesOf(i); ns != nil && p.namesPlausible(ns) {
			return ns
		}
	}
	return nil
}

// endsWithName reports whether the line s ends with the name n (in any
// case): a byline that goes on after its name ("By Jane Doe Updated Nov.
// 19, 2019") has its date or its role after it, not a second writer
// under it.
func endsWithName(s, n string) bool {
	s = strings.TrimRight(s, " .")
	return len(s) >= len(n) && strings.EqualFold(s[len(s)-len(n):], n)
}

// anyCommonWord reports whether a word of the name n is one the page's
// prose writes in lower case (see isCommonWord): "Order Reprints" under a
// byline is a button, "Webinar Connecting Scholarly Metadata" the title of
// another post.
func (p *page) anyCommonWord(n string) bool {
	for w := range strings.FieldsSeq(n) {
		if w = strings.Trim(w, ".,'’"); utf8.RuneCountInString(w) >= 2 && p.isCommonWord(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// withMoreNames adds to the names read on line i those of the next line
// when it goes on with them (see moreNames), or a second writer's name
// on the next line (see nameBelow).
func (p *page) withMoreNames(i int, ns []string) []string {
	if more := p.moreNames(i + 1); more != nil {
		return dedupeNames(append(append([]string{}, ns...), more...))
	}
	if more := p.nameBelow(i, ns); more != "" {
		return []string{ns[0], more}
	}
	return ns
}

// nameBelow returns a second writer's name alone on the line under line
// i, which names one writer, as pages print two writers a line each:
// "By Jane Doe" / "John Roe" (under a "By" or a label), or "Jane Doe,
// Health Editor" / "John Roe, Science Reporter" (each with a writer's
// role). The line must be the name and nothing more, and another
// person's: "Jane Doe's headshot" is the first writer's picture. A bare
// name over a line that looks like a name is not enough: the line is as
// often the town the writer files from ("Lucía Pérez" / "Ciudad de
// México").
func (p *page) nameBelow(i int, ns []string) string {
	j := i + 1
	if len(ns) != 1 || j >= len(p.lines) || p.lines[j].words > 8 {
		return ""
	}
	more := p.ann[j].names
	if len(more) != 1 || firstField(more[0]) == firstField(ns[0]) || p.storyLine(j) || !p.namesPlausible(more) {
		return ""
	}
	t := strings.TrimSpace(p.lines[j].text)
	if t == more[0] && (p.ann[i].byline != nil || i > 0 && p.ann[i-1].has(roleByLabel)) && endsWithName(p.lines[i].text, ns[0]) &&
		!p.anyCommonWord(more[0]) {
		return more[0]
	}
	if rest, ok := strings.CutPrefix(t, more[0]+", "); ok && hasBylineRole(strings.ToLower(rest)) && hasBylineRole(p.lines[i].low) {
		return more[0]
	}
	// Two bare names, a line each, right over the dateline: "Jane Doe" /
	// "John Roe" / "19 November 2025". A town between a writer and the
	// date is not taken: it opens as places do ("New", "San"), has a
	// word in small letters ("Ciudad de México") or one the page's prose
	// writes so.
	if t == more[0] && strings.TrimSpace(p.lines[i].text) == ns[0] && j+1 < len(p.lines) && p.ann[j+1].date != nil &&
		p.ann[j+1].date.rest == 0 && isCapitalised(t) && !hasLower(placeOpeners, firstField(t)) && !p.anyCommonWord(t) {
		return more[0]
	}
	return ""
}

// endsWithJoiner reports a line that ends with a comma, an ampersand or a
// word that joins names, in lower case (a dateline's time zone "ET" is
// none): its list of names goes on over the next line.
func endsWithJoiner(s string) bool {
	t := strings.TrimRight(s, " ")
	if strings.HasSuffix(t, ",") || strings.HasSuffix(t, "&") {
		return true
	}
	k := strings.LastIndexByte(t, ' ')
	return k >= 0 && isNameJoiner(t[k+1:]) && !isUpperText(t[k+1:])
}

// bylineBelow returns the names of a byline just under the story ("Story
// by Jane Doe · March 27, 2025"), for pages that sign their stories at the
// end.
func (p *page) bylineBelow() []string {
	for i := max(p.bodyStart, p.bodyEnd-3); i < len(p.lines) && i < p.bodyEnd+12; i++ {
		if ns := p.ann[i].byline; ns != nil && p.lines[i].words <= 20 {
			return p.withMoreNames(i, ns)
		}
		if ns := p.labelledNames(i); ns != nil {
			return ns
		}
	}
	return nil
}

// labelledNames returns the names on the line after line i when line i
// says that a writer's name follows: a label ("Written by", "Author") or
// what the writer's picture leaves ("author-image", "Author avatar"). A
// line of initials, which stands in for a missing picture ("JD"), may
// come between.
func (p *page) labelledNames(i int) []string {
	a := &p.ann[i]
	if !a.has(roleByLabel) && !writerPicture(p.lines[i].low) {
		return nil
	}
	for j := i + 1; j < len(p.lines) && j <= i+2; j++ {
		// Under a label ("Posted by:") the names need no more proof; a
		// picture's text may stand over anything.
		if ns := p.ann[j].names; ns != nil && (a.has(roleByLabel) || p.namesPlausible(ns)) {
			return p.moreInBox(j, ns)
		}
		if !isInitials(p.lines[j].text) {
			return nil
		}
	}
	return nil
}

// moreInBox adds the writers a box lists after the one named on line j,
// each in the shape the first one has: a role under the name, then the
// next writer's initials (where the picture is missing) over their name
// ("JD", "Jane Doe", "Staff Engineer", "JR", "John Roe", "Director").
func (p *page) moreInBox(j int, ns []string) []string {
	for k := j; k+3 < len(p.lines); k += 3 {
		role, ini, next := k+1, k+2, k+3
		if p.lines[role].words > 12 || isInitials(p.lines[role].text) || !isInitials(p.lines[ini].text) {
			break
		}
		more := p.ann[next].names
		if len(more) != 1 || !p.namesPlausible(more) {
			break
		}
		ns = append(ns[:len(ns):len(ns)], more...)
	}
	return dedupeNames(ns)
}

// writerPicture reports a short line (in lower case) that only describes
// a writer's picture: "author-image", "Author avatar", "byline photo".
func writerPicture(low string) bool {
	if len(low) > 40 || !onlyPhotoWords(low) {
		return false
	}
	for w := range wordsIn(low) {
		switch w {
		case "author", "avatar", "byline", "headshot", "profile":
			return true
		}
	}
	return false
}

// isInitials reports a word of two or three capitals: a writer's
// initials where the picture is missing.
func isInitials(s string) bool {
	if len(s) < 2 || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// namesAboveTitle returns a line of names above the headline, next to a
// dateline or reading time or the writer's role: a blog's author box
// ("Jane Doe", "Follow", "Mar 27, 2025", "6 min read").
func (p *page) namesAboveTitle(title int) []string {
	lo, _ := p.headerZone(title)
	for i := title - 1; i >= lo; i-- {
		// A line with a date is the dateline, not the names beside it.
		if ns := p.ann[i].names; ns != nil && p.ann[i].date == nil && p.namesPlausible(ns) && (p.dateNear(i, -1) || p.dateNear(i, 1) ||
			i+1 < len(p.lines) && p.ann[i+1].has(roleWriterRole) || i > 0 && p.ann[i-1].has(roleWriterRole) ||
			p.outletCredit(i, title)) {
			return ns
		}
		// "March 27, 2025 Jane Doe" over the headline: a blog's header
		// row, dateline and writer in one line.
		if p.ann[i].date != nil && (p.lines[i].words <= 8 || !moreWords(dropRowFurniture(p.lines[i].text), 8)) {
			if ns := bareNames(cutAffiliation(dateRemainder(p.lines[i].text, p.monthFirst))); ns != nil && p.namesPlausible(ns) {
				return ns
			}
		}
	}
	return nil
}

// outletCredit reports the writer's credit some papers print right over
// the headline, the name and the outlet after a comma ("Anna Nowak,
// Gazeta Portowa"), with the story's dateline under the headline: only
// the line next to the headline, and only with the outlet after it (a
// bare name there may be a topic's or a menu's). A copy of the credit
// and the section's label over the headline may come between ("Anna
// Nowak, Gazeta Portowa" / "Świat" / headline).
func (p *page) outletCredit(i, title int) bool {
	label := false
	for j := i + 1; j < title; j++ {
		switch {
		case p.ann[j].has(roleJunk) || p.lines[j].text == p.lines[i].text:
		case !label && j == title-1 && len(p.ann[j].names) == 0 && sectionLabel(&p.lines[j], &p.lines[title]):
			label = true
		default:
			return false
		}
	}
	if writersCredit(p.lines[i].text) {
		return true // no dateline needed: the line says what it is
	}
	_, tail, ok := strings.Cut(p.lines[i].text, ", ")
	return ok && !strings.Contains(tail, ",") && p.dateNear(title, 1) && !slices.ContainsFunc(p.ann[i].names, func(n string) bool { return strings.Contains(tail, n) })
}

// sectionLabel reports a section's name over a headline: three words or
// fewer, no sentence, at most half the headline's length in characters
// (so that it holds for scripts without spaces too).
func sectionLabel(ln, head *line) bool {
	return ln.words <= 3 && 2*ln.runes <= head.runes && !endsSentenceAny(ln.text)
}

// namesOf returns bareNames(p.lines[i].text), which annotate has worked
// out for the short lines.
func (p *page) namesOf(i int) []string {
	if p.lines[i].words <= 8 {
		return p.ann[i].names
	}
	return bareNames(p.lines[i].text)
}

// nearOrder lists lo..hi-1 by distance from i, later lines first on ties
// (a byline sits under its headline more often than above it).
func nearOrder(i, lo, hi int) []int {
	out := make([]int, 0, hi-lo)
	for d := 0; ; d++ {
		if j := i + d; j >= lo && j < hi {
			out = append(out, j)
		}
		if j := i - d; d > 0 && j >= lo && j < hi {
			out = append(out, j)
		}
		if i+d >= hi && i-d < lo {
			return out
		}
	}
}

// dateRemainder cuts the dates and times out of a dateline, leaving, say,
// the name in "November 20, 2019 Jane Doe".
func dateRemainder(s string, monthFirst bool) string {
	if hasGlue(s) {
		s = unglueByline(s) // "Jane DoeNovember 20, 2019"
	}
	ds := findDates(s, monthFirst)
	var b strings.Builder
	last := 0
	for _, d := range ds {
		b.WriteString(s[last:d.start])
		b.WriteString(" | ")
		last = d.end
	}
	b.WriteString(s[last:])
	out := b.String()
	out = reTime12().ReplaceAllString(out, " | ")
	out = reTime24().ReplaceAllString(out, " | ")
	// Keep the longest piece between separators that is not a count or
	// a label ("Jane Doe · 30 min · 6279 words", "Jane Doe | Last
	// Updated:").
	best := ""
	for part := range strings.FieldsFuncSeq(out, func(r rune) bool { return strings.ContainsRune(rowSeps, r) }) {
		part = strings.Trim(part, " /•·,;-–—") // "Jane Doe / 3:03 pm • March 27, 2025"
		if len(part) > len(best) && !rowFurniture(part) {
			best = part
		}
	}
	return best
}

// findDate picks the dateline nearest the headline, preferring a
// publication date over an update.
func (p *page) findDate(title int) (time.Time, bool) {
	lo, hi := p.headerZone(title)
	p.zoneEnd = hi
	if reach := min(title+1+bylineReach, len(p.lines)); hi < reach {
		hi = reach // as for the byline: the story's start may be misread
	}
	bestScore, bestAt := 0.0, 0
	var best *datedLine
	consider := func(i int, penalty float64) {
		d := p.ann[i].date
		if d == nil || p.storyLine(i) {
			return
		}
		s := -float64(abs(i-title)) - penalty
		if d.updated {
			s -= 3
		}
		if best == nil || s > bestScore {
			best, bestScore, bestAt = d, s, i
		}
	}
	for i := lo; i < hi; i++ {
		consider(i, 0)
	}
	if best == nil {
		// A line of its own with nothing but a date, a few lines past the
		// header (a standfirst or a credit or two between): the story
		// starts after it, not before ("Updated on Dec. 9, 2025"). Not
		// after paragraphs of the story ("2025-12-19:" over a list).
		kept := 0 // lines of the story kept above
		for i := p.bodyStart; i < hi; i++ {
			if p.keep[i] {
				kept++
			}
		}
		for i := hi; i < len(p.lines) && i < hi+4 && kept <= 2; i++ {
			if d := p.ann[i].date; d != nil && d.rest == 0 {
				consider(i, 0)
				break
			}
			if p.keep[i] {
				kept++
			}
		}
	}
	if best == nil {
		// A dateline under the story ("Published …" in the footer).
		for i := p.bodyEnd; i < len(p.lines) && i < p.bodyEnd+6; i++ {
			consider(i, 0)
		}
	} else if !best.published && best.rest > 0 {
		// The header's date carries another label than the writer's
		// name: the day of an event ("Public hearing: 21 February 2020",
		// "Applications close 3 May"). A date the footer marks as the
		// publication wins over it.
		for i := p.bodyEnd; i < len(p.lines) && i < p.bodyEnd+6; i++ {
			if d := p.ann[i].date; d != nil && d.published && !p.storyLine(i) {
				if a := &p.ann[bestAt]; a.byline == nil && a.names == nil && namesBeforeDate(p.lines[bestAt].text, p.monthFirst) == nil {
					return d.t, true
				}
				break
			}
		}
	}
	if best == nil {
		return time.Time{}, false
	}
	return best.t, true
}

// readDateOf reads a dateline: a line with a date and few other words,
// more of them beside a byline (byline), after the writer's names
// ("Jane Doe 25 March 2025 Politics, Harbour, Ferries") or after a
// reviewer's credit ("Reviewed by Ann Poe, Trial Lawyer at Poe & Co, on
// May 9, 2024", "Medically reviewed by … — Updated on …"). A date glued to
// the word before it ("EditorialNovember 22, 2018", "Jane DoeMarch 27,
// 2025") is read apart from it. dotsMonthFirst reads "09.10.2024" as
// "09/10/2024", month first.
func readDateOf(ln *line, byline, monthFirst, dotsMonthFirst bool) *datedLine {
	s := ln.text
	if hasGlue(s) {
		s = unglueByline(s)
	}
	if dotsMonthFirst && strings.IndexByte(s, '.') >= 0 {
		s = dotsAsSlashes(s)
	}
	s = unglueDay(s)
	d, ok := readDateLine(s, monthFirst)
	if !ok || isCodeLine(s) {
		return nil
	}
	if d.rest <= 6 || d.rest <= 14 && (byline || reReviewedBy().MatchString(s) || namesBeforeDate(s, monthFirst) != nil) {
		return &d
	}
	return nil
}

// dotsAsSlashes writes the dots of s's numeric dates ("09.10.2024") as
// slashes, which a month-first page reads month first.
func dotsAsSlashes(s string) string {
	var b []byte
	for _, m := range reNumeric().FindAllStringSubmatchIndex(s, -1) {
		if s[m[4]:m[5]] == "." && s[m[8]:m[9]] == "." {
			if b == nil {
				b = []byte(s)
			}
			b[m[4]], b[m[8]] = '/', '/'
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

// unglueDay parts a day number from the name the markup glued it to, as a
// day-first dateline beside a byline has it ("Jane Doe23 March 2025",
// "Jan Kowalski12. marca 2025"): a capitalised word's lower-case letter,
// then one or two digits and a space or a dot and a space. The date itself
// is left for readDateLine to find or not.
func unglueDay(s string) string {
	for i := 1; i+1 < len(s); i++ {
		if !isDigitByte(s[i]) {
			continue
		}
		prev, size := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLower(prev) {
			continue
		}
		j := i + 1
		if isDigitByte(s[j]) {
			j++
		}
		if j < len(s) && s[j] == '.' {
			j++
		}
		if j >= len(s) || s[j] != ' ' {
			continue
		}
		w := strings.LastIndexByte(s[:i-size], ' ') + 1
		if first, _ := utf8.DecodeRuneInString(s[w:]); unicode.IsUpper(first) {
			return s[:i] + " " + s[i:]
		}
	}
	return s
}

// isCodeLine reports a line of program text or data that holds a date
// literal: a query's "WHERE created_at > '2024-01-01'", a JSON field
// "order_date": "2025-12-18", a request's "?from=2025-01-01". Such a line
// belongs to a code block of the story, never the page's dateline. Its
// marks are a name joined by an underscore, an '=' after ASCII text, a
// brace, or a date in straight quotes; no dateline a person writes has them.
func isCodeLine(s string) bool {
	if strings.ContainsAny(s, "{}") {
		return true
	}
	for i := 0; i+1 < len(s); i++ {
		switch c := s[i]; c {
		case '=':
			// Not the '=' of a Japanese dateline, "【ワシントン=田中太郎】".
			if i == 0 || s[i-1] < utf8.RuneSelf {
				return true
			}
		case '_':
			if i > 0 && isASCIIAlnum(s[i-1]) && isASCIIAlnum(s[i+1]) {
				return true
			}
		case '\'', '"':
			if quotedNumber(s[i+1:], c) {
				return true
			}
		}
	}
	return false
}

// quotedNumber reports whether s opens with a digit and holds only
// digits and a date's or time's separators up to the quote q that closes
// it: the rest of '2024-06-15 10:30:00'.
func quotedNumber(s string, q byte) bool {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	for i := 1; i < len(s); i++ {
		switch c := s[i]; {
		case c == q:
			return true
		case c >= '0' && c <= '9' || strings.IndexByte("-:/. T+Z", c) >= 0:
		default:
			return false
		}
	}
	return false
}

// namesBeforeDate returns the names s opens with right before its first
// date, or nil.
func namesBeforeDate(s string, monthFirst bool) []string {
	ds := findDates(s, monthFirst)
	if len(ds) == 0 || ds[0].start == 0 {
		return nil
	}
	return bareNames(strings.TrimSpace(s[:ds[0].start]))
}
