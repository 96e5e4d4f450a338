package pagetext

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// headlineUnderDek returns the headline under the standfirst the ranker
// took for it: a page may print its standfirst over the headline
// ("The council says the money will run out …" / "Can the city still
// afford its buses?" / "By Jane Doe"), and the long sentence wins on the
// ranker's features. The shorter line under it is the headline when the
// page names it elsewhere as its own, where the standfirst is not named:
// in the window title's line with the site's name, at the end of the
// breadcrumb trail, or in the slug of the page's address. Else it returns
// ti.
func (p *page) headlineUnderDek(ti int) int {
	w := headWords(&p.lines[ti])
	if w < 10 {
		return ti
	}
	h := p.nextReal(ti)
	if !p.headlineOrQuestion(h) || 3*headWords(&p.lines[h]) > 2*w {
		return ti
	}
	// The ranker's line that holds the line under it is the window
	// title naming it ("<headline> | <site>" over the masthead <site>):
	// no standfirst holds the headline.
	if !p.namedAsPage(h) || p.namedAsPage(ti) || strings.Contains(p.lines[ti].low, p.lines[h].low) {
		return ti
	}
	return h
}

// headlineOverDek returns the headline over the standfirst the ranker
// took for it, the page printing them in the usual order: the ranker's
// line is a statement closed by a full stop ("Shares fell across Europe
// after weak factory figures."), and the first line over it that is no
// furniture nor header line (a byline, a dateline may stand between) is
// a phrase or question the page names elsewhere as its own, in the window
// title, the breadcrumb trail or its address, where the statement is not
// named. Else it returns ti.
func (p *page) headlineOverDek(ti int) int {
	if !closedStatement(p.lines[ti].text) {
		return ti
	}
	for h := ti - 1; h >= 0 && h >= ti-dekReach; h-- {
		if p.chrome(h) || p.ann[h].anchor() {
			continue
		}
		if !phraseOrQuestion(&p.lines[h]) || !p.namedAsPage(h) || p.namedAsPage(ti) {
			return ti
		}
		return h
	}
	return ti
}

// dekReach is how many lines over the standfirst headlineOverDek looks
// for its headline.
const dekReach = 6

// headlineOrQuestion reports a line shaped as a headline, which may ask
// its question, unlike headlineShaped's.
func (p *page) headlineOrQuestion(h int) bool {
	if h < 0 {
		return false
	}
	ln := &p.lines[h]
	hw := headWords(ln)
	return hw >= 4 && hw <= 20 && !strings.HasSuffix(strings.TrimSpace(ln.text), ".") && !p.ann[h].anchor() && !tagList(ln.text)
}

// tickerLabels open an item of a news ticker over the page's headline,
// in the languages read: "BREAKING: Earthquake shakes the south …".
var tickerLabels = []string{"breaking news", "breaking", "just in", "última hora", "ultima hora", "urgente",
	"dernière minute", "dernière heure", "alerte info", "eilmeldung", "ultim'ora", "ultima ora", "pilne",
	"срочно", "son dakika", "laatste nieuws"}

// tickerItem reports a line that opens with one of tickerLabels and a
// colon, a bar or a dash.
func tickerItem(s string) bool {
	for _, l := range tickerLabels {
		if len(s) > len(l)+2 && strings.EqualFold(s[:len(l)], l) {
			rest := strings.TrimLeft(s[len(l):], " ")
			if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "|") || dashSep(rest) {
				return true
			}
		}
	}
	return false
}

// headlineUnderTicker returns the headline under a ticker's item the
// ranker took for it: a headline-shaped line right under the item, with
// the byline or the date under it, when the item tells of something
// else (few of its long words are in the lines under the headline: a
// headline of breaking news is told there). Else it returns ti.
func (p *page) headlineUnderTicker(ti int) int {
	if !tickerItem(p.lines[ti].text) {
		return ti
	}
	h := p.nextReal(ti)
	if !p.headlineOrQuestion(h) || !p.anchorNext(h) {
		return ti
	}
	var story strings.Builder
	for j := h + 1; j < len(p.lines) && j <= h+12; j++ {
		story.WriteString(p.lines[j].low)
		story.WriteByte(' ')
	}
	told, long := 0, 0
	for w := range wordsIn(p.lines[ti].low) {
		if utf8.RuneCountInString(w) >= 5 {
			long++
			if strings.Contains(story.String(), w) {
				told++
			}
		}
	}
	if long == 0 || 3*told >= long {
		return ti
	}
	return h
}

// namedAsPage reports whether another line names line i's text as the
// page's: a window title "Headline | Site" or "Site – Headline", a trail
// "Home › News › Headline", or an address whose last part spells it.
func (p *page) namedAsPage(i int) bool {
	t := strings.TrimSpace(p.lines[i].text)
	if len(t) < 12 {
		return false
	}
	var words []string // t's words in ASCII letters and digits, in lower case, for the slug
	for j := range p.lines {
		if j == i {
			continue
		}
		s := p.lines[j].text
		if strings.Contains(s, "://") || strings.HasPrefix(s, "www.") {
			if words == nil {
				words = slugWords(t)
			}
			if slugSpells(s, words) {
				return true
			}
			continue
		}
		if len(s) <= len(t) || len(s) > len(t)+80 {
			continue
		}
		k := strings.Index(s, t)
		if k < 0 {
			continue
		}
		before, after := strings.TrimSpace(s[:k]), strings.TrimSpace(s[k+len(t):])
		switch {
		case before == "" && after != "":
			if siteNameAfter(s[k+len(t):]) {
				return true
			}
		case after == "" && before != "":
			if strings.HasSuffix(before, "›") || strings.HasSuffix(before, ">") || strings.HasSuffix(before, "»") ||
				strings.HasSuffix(before, "/") {
				if !moreWords(before, 6) {
					return true
				}
			} else if site, ok := strings.CutSuffix(before, "|"); ok || strings.TrimRight(before, "-–—") != before {
				if !ok {
					site = strings.TrimRight(before, "-–—")
				}
				if nameTail(strings.TrimSpace(site)) {
					return true
				}
			}
		}
	}
	return false
}

// siteNameAfter reports the rest of a window title after the headline it
// repeats: a separator (a bar, a spaced dash, a double colon) and the
// site's name ("Headline | Site", "Headline – Site", "Headline :: Site"),
// or the name glued to the headline by the page's markup ("Why are fares
// rising?Harbour Ledger"), opening with a capital or in a script
// without case.
func siteNameAfter(after string) bool {
	site, ok := siteAfterSep(after)
	return ok && nameTail(site)
}

// siteAfterSep returns the part of a window title after the headline it
// repeats, past the separator siteNameAfter reads, and whether there is
// one.
func siteAfterSep(after string) (string, bool) {
	rest := strings.TrimSpace(after)
	site, ok := strings.CutPrefix(rest, "|")
	if !ok {
		site, ok = strings.CutPrefix(rest, "::")
	}
	switch {
	case ok:
	case dashSep(rest) && after != rest:
		site = strings.TrimLeft(rest, "-–—")
	case after == rest && unicode.IsLetter(firstRune(rest)) && !unicode.IsLower(firstRune(rest)):
		site = rest // glued on
	default:
		return "", false
	}
	return strings.TrimSpace(site), true
}

// siteBeforeSep returns the part of a window title before the headline
// it repeats when a separator parts them ("Site | Headline", "Site:
// Headline", "Site – Headline", "Site · Headline"), and whether there is
// one.
func siteBeforeSep(before string) (string, bool) {
	rest := strings.TrimRight(before, " ")
	if rest == before {
		return "", false
	}
	for _, sep := range []string{"|", "::", ":", "·", "-", "–", "—"} {
		if site, ok := strings.CutSuffix(rest, sep); ok && site != "" {
			if sep != ":" && !strings.HasSuffix(site, " ") {
				return "", false
			}
			return strings.TrimSpace(site), true
		}
	}
	return "", false
}

// longNameTail reports a site's name in a window title that may run to
// ten words ("The North Riding Farmers and Growers Weekly"): no question
// and no sentence, opening with a capital or in a script without case.
func longNameTail(name string) bool {
	n := wordCount(name)
	return n >= 1 && n <= 10 && !asksOrExclaims(name) && !endsSentence(name) && !unicode.IsLower(firstLetter(name))
}

// titleBarReach is how far under a window title that names the site
// first the headline may be printed alone.
const titleBarReach = 12

// headlineOutOfTitleBar returns the line that holds the headline alone
// when the ranker took the page's window title for it, that headline with
// the site's name after it (siteNameAfter, or after a middle dot:
// "Headline · Site") or before it ("Site: Headline"): no headline names
// its own site. The headline-first reading wins when both read. A name of
// five to ten words must be printed elsewhere on the page as well (a
// masthead, a footer's copyright), or it may be the headline's own second
// part. Else it returns ti.
func (p *page) headlineOutOfTitleBar(ti int) int {
	t := p.lines[ti].text
	late := -1
	for j := range min(len(p.lines), maxTitleLine) {
		h := p.lines[j].text
		if j == ti || len(h) >= len(t) || h == "" {
			continue
		}
		var site string
		var ok, first bool
		switch {
		case strings.HasPrefix(t, h) && !midRun(h, t[len(h):]):
			site, ok = siteAfterSep(t[len(h):])
			if !ok && strings.HasPrefix(t[len(h):], " · ") {
				site, ok = strings.TrimSpace(t[len(h)+len(" · "):]), true
			}
		case late < 0 && j > ti && j <= ti+titleBarReach && strings.HasSuffix(t, h):
			site, ok = siteBeforeSep(t[:len(t)-len(h)])
			first = true
		}
		if !ok || !(nameTail(site) || longNameTail(site) && p.holdsElsewhere(site, ti)) || headWords(&p.lines[j]) < 2 ||
			!slices.ContainsFunc(p.cands, func(c titleCandidate) bool { return c.line == j }) {
			continue
		}
		if !first {
			return j
		}
		late = j
	}
	if late >= 0 {
		return late
	}
	return ti
}

// holdsElsewhere reports whether a line of the page other than line i
// holds s.
func (p *page) holdsElsewhere(s string, i int) bool {
	for j := range p.lines {
		if j != i && strings.Contains(p.lines[j].text, s) {
			return true
		}
	}
	return false
}

// midRun reports a line h that stops inside a run of letters of a script
// written without spaces, which the rest of t goes on with: "เชียงใหม่"
// (a tag, a place) at the head of a Thai or Chinese headline that opens
// with it. Nothing marks where a name would be glued on there.
func midRun(h, rest string) bool {
	last, _ := utf8.DecodeLastRuneInString(h)
	return unspaced(last) && unspaced(firstRune(rest))
}

// dashSep reports a dash opening s, as a window title parts its halves.
func dashSep(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '-' || r == '–' || r == '—'
}

// slugWords returns the words of t in lower case that a slug spells as
// they are: those in ASCII letters and digits. A slug drops the accents
// of the others.
func slugWords(t string) []string {
	words := []string{}
	for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if isASCII(w) {
			words = append(words, w)
		}
	}
	return words
}

// slugSpells reports whether the last part of an address in s spells the
// words: its slug has three in four of their words of four letters or
// more, three at least, and few others.
func slugSpells(s string, words []string) bool {
	if len(words) < 3 {
		return false
	}
	addr := s[strings.LastIndex(s[:max(0, strings.Index(s, "://"))], " ")+1:]
	if k := strings.IndexByte(addr, ' '); k >= 0 {
		addr = addr[:k]
	}
	addr = strings.TrimRight(addr, "/")
	if k := strings.IndexAny(addr, "?#"); k >= 0 {
		addr = addr[:k]
	}
	last := strings.ToLower(addr[strings.LastIndexByte(addr, '/')+1:])
	if k := strings.LastIndexByte(last, '.'); k > 0 {
		last = last[:k] // ".html"
	}
	parts := strings.FieldsFunc(last, func(r rune) bool { return r == '-' || r == '_' })
	if len(parts) < 3 || len(parts) > 2*len(words)+2 {
		return false
	}
	have := make(map[string]bool, len(parts))
	for _, w := range parts {
		have[w] = true
	}
	long, missing := 0, 0
	for _, w := range words {
		if len(w) < 4 {
			continue // a slug may drop the small words
		}
		long++
		if !have[w] {
			missing++
		}
	}
	return long >= 3 && 4*missing <= long
}

// withoutSiteNameFirst strips the site's name a window title prints
// before the headline ("Harbour Daily | Can the city still afford its
// buses?") when the outlet read is that name: withoutSiteName reads the
// name after the headline.
func withoutSiteNameFirst(t, outlet string) string {
	if outlet == "" || len(t) <= len(outlet)+3 || !strings.EqualFold(t[:len(outlet)], outlet) {
		return t
	}
	rest := strings.TrimSpace(t[len(outlet):])
	head, ok := strings.CutPrefix(rest, "|")
	if !ok && dashSep(rest) && t[len(outlet)] == ' ' {
		head, ok = strings.TrimLeft(rest, "-–—"), true // "Harbour Daily – …", not "Harbour Daily-…"
	}
	head = strings.TrimSpace(head)
	if !ok || wordCount(head) < 3 || utf8.RuneCountInString(head) <= utf8.RuneCountInString(outlet) {
		return t
	}
	return head
}

// shoutedOverStandfirst returns the headline printed in capitals right
// over the standfirst the ranker took for it: "BRIDGE REOPENS EARLY" /
// "Engineers finished the repairs three weeks early …." / "By …". A
// standfirst states its news in a sentence closed by a full stop, which
// headlines are not, and the short line in capitals over it is the
// headline whatever the ranker makes of its few words, unless it is a
// label: a section's name ("WORLD NEWS"), a kicker closed by a colon, the
// paper's name, a caption or a header line. A standfirst is written in
// sentence case; a line most of whose words open with a capital is a
// headline in title case that happens to close with a full stop, and a
// short line in capitals over it is its kicker ("MARKETS"). Else it
// returns ti.
func (p *page) shoutedOverStandfirst(ti int) int {
	if !closedStatement(p.lines[ti].text) || headWords(&p.lines[ti]) < 8 || !sentenceCased(p.lines[ti].text) {
		return ti
	}
	h := p.prevReal(ti)
	if h < 0 || !slices.ContainsFunc(p.cands, func(c titleCandidate) bool { return c.line == h }) {
		return ti
	}
	ln := &p.lines[h]
	if w := headWords(ln); w < 2 || w > 12 || !shouted(ln.text) || endsSentenceAny(ln.text) && !asksOrExclaims(ln.text) ||
		strings.HasSuffix(ln.text, ":") || sectionName(ln.text) || paperNamed(ln.text) || p.caption(h) || p.ann[h].header() {
		return ti
	}
	return h
}

// sentenceCased reports a line fewer than half of whose words open with
// a capital.
func sentenceCased(s string) bool {
	caps, n := 0, 0
	for _, w := range strings.Fields(s) {
		r := firstLetter(w)
		if unicode.IsUpper(r) {
			caps++
		}
		if unicode.IsUpper(r) || unicode.IsLower(r) {
			n++
		}
	}
	return n > 0 && 2*caps < n
}
