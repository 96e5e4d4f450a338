package pagetext

import (
	"slices"
	"strings"
	"unicode"
)

// A site credits a story to itself where it would credit a writer: its
// newsroom as a whole beside its name in the writer's box ("Equipe de
// rédaction, La Gazette"), or its name, article and all, in the byline
// ("von Die Hafenpresse"). A person's name has no article before it and
// no team before it, and the name must be one papers are named with, as
// a place after a team ("Redaktion, Berlin") or a person's role is not.

// teamPhrases name a site's newsroom as a whole, in lower case: what a
// writer's box or a credit prints before the site's name.
var teamPhrases = toSet("editorial team", "editorial staff", "editorial board", "editorial desk", "news desk", "newsroom",
	"the newsroom", "staff", "staff writer", "staff writers", "staff reporter", "équipe de rédaction", "equipe de rédaction",
	"équipe de la rédaction", "équipe rédactionnelle", "équipe éditoriale", "la rédaction", "rédaction", "redaktion",
	"die redaktion", "redaktionsteam", "redacción", "la redacción", "equipo de redacción", "equipo editorial", "redação",
	"a redação", "equipe de redação", "equipe editorial", "redazione", "la redazione", "redactie", "de redactie")

// teamSeparators part the newsroom from the site's name.
var teamSeparators = []string{", ", " | ", " - ", " – ", " — "}

// pressCompound reports whether a name is one papers are named with
// (pressNamed), or a word of it is a compound ending in such a word, as
// German, Dutch and the Nordic languages write them ("Tagespresse",
// "Hafenzeitung", "Fjordposten", "Vestkysttidende").
func pressCompound(name string) bool {
	if pressNamed(name) {
		return true
	}
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(w)
		for _, p := range [...]string{"presse", "zeitung", "blatt", "kurier", "anzeiger", "rundschau", "krant", "nieuws", "bote", "post",
			"posten", "bladet", "blad", "tidende", "tidning", "tidningen", "avisen", "avisa", "koerier", "courant"} {
			if len(lw) > len(p)+2 && strings.HasSuffix(lw, p) {
				return true
			}
		}
	}
	return false
}

// teamCredit returns the site a line outside the story credits as its
// newsroom's: "Equipe de rédaction, La Gazette", "Redaktion, Example
// Zeitung", "Staff writer, The Harbour Times".
func (p *page) teamCredit(title int) string {
	for i := range p.lines {
		ln := &p.lines[i]
		if i == title || i >= p.bodyStart && i < p.bodyEnd || ln.words < 2 || ln.words > 9 || ln.runes > 80 || p.caption(i) {
			continue
		}
		for _, sep := range teamSeparators {
			k := strings.Index(ln.low, sep)
			if k <= 0 || !teamPhrases[strings.TrimSpace(ln.low[:k])] {
				continue
			}
			name := strings.Trim(ln.text[k+len(sep):], " .")
			if n, _ := agreeName(name); n == name && pressCompound(name) && !hasWordIn(name, staffWords) && !p.isAuthorName(name, p.authors) {
				return name
			}
		}
	}
	return ""
}

// articleByline returns the paper a byline near the headline credits by
// its name with its article, in place of a writer: "von Die Hafenpresse
// 27. März 2025", "By The Harbour Gazette".
func (p *page) articleByline(title int) string {
	if title < 0 {
		return ""
	}
	for i := title + 1; i < len(p.lines) && i <= title+bylineReach; i++ {
		ln := &p.lines[i]
		if ln.words < 3 || ln.words > 12 || ln.runes > 100 {
			continue
		}
		by, rest, ok := strings.Cut(strings.TrimSpace(ln.text), " ")
		if !ok || !creditByWords[strings.ToLower(by)] {
			continue
		}
		f := strings.Fields(rest)
		if len(f) < 2 || !nameArticles[strings.ToLower(f[0])] || !unicode.IsUpper(firstRune(f[0])) {
			continue
		}
		// The name's words run while they are capitalised, up to a date,
		// a mark or a word in lower case.
		n := 1
		for n < len(f) && n < 5 {
			w := f[n]
			if strings.ContainsAny(w, "0123456789|•·,;:") || !unicode.IsUpper(firstRune(w)) && !smallNameWords[w] {
				break
			}
			n++
		}
		for n > 1 && smallNameWords[f[n-1]] {
			n--
		}
		name := strings.Join(f[:n], " ")
		if n < 2 || !pressCompound(strings.Join(f[1:n], " ")) || slices.ContainsFunc(f[1:n], func(w string) bool { return staffWords[strings.ToLower(w)] }) {
			continue
		}
		return name
	}
	return ""
}

// storyEndDomain returns the domain a line of its own prints right under
// the story, as a site signs off its stories ("Example.com" over "Since
// 1994"), when the page calls the site by the domain's name outside the
// story ("Support Example") and never inside it: a domain under a story
// that tells of it is a link to the product, and a list of domains under
// it is a list of references. pageDomain reads such a line only in the
// header's or the footer's last lines; on a long page the sign-off
// stands far above the footer.
func (p *page) storyEndDomain(int) string {
	if p.keep == nil {
		return ""
	}
	first, last := keptSpan(p.keep)
	i := last + 1
	if first < 0 || i >= len(p.lines) || p.lines[i].words > 2 || p.addressNeighbour(i) || p.sourceNeighbour(i) {
		return ""
	}
	t := strings.TrimRight(strings.TrimSpace(p.lines[i].text), " /.")
	d := domainIn(t)
	if d == "" || !strings.EqualFold(d, t) || !plausibleDomain(d) || platformDomains[domainCore(d)] {
		return ""
	}
	core := domainCore(d)
	if len(core) < 4 || strings.Count(strings.TrimPrefix(strings.ToLower(d), "www."), ".") > 1 {
		return ""
	}
	called := false
	for j := range p.lines {
		if j == i || !strings.Contains(p.lines[j].low, core) || !nameWord(p.lines[j].low, core) {
			continue
		}
		if j >= first && j <= last {
			return "" // the story tells of it
		}
		called = true
	}
	if !called {
		return ""
	}
	return strings.TrimPrefix(strings.TrimPrefix(d, "www."), "WWW.")
}
