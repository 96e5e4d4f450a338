package pagetext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A paper prints its name over the headline, and a paper's name often
// reads as a person's ("Nordküsten Kurier", "Diario del Puerto"), which
// masthead leaves alone below the page's first line. paperMasthead reads
// such a line when a word of it is one papers are named with and the
// page writes the name again inside a longer line, in whatever language:
// "Mehr vom Nordküsten Kurier", "la rédaction du Courrier du Littoral";
// or, with no such word, when a footer or a newsletter box outside the
// story names it as a site ("Suscríbete al boletín de El Faro del Sur")
// or gives a handle that spells it ("@ElFaroDelSur").

// nameArticles open a paper's name, and give way inside a sentence to a
// preposition's contraction or another article: "Le Courrier du
// Littoral" is "du Courrier du Littoral" in "la rédaction du …".
var nameArticles = toSet("the", "le", "la", "les", "el", "il", "lo", "o", "a", "der", "die", "das")

// nameContexts are the words that stand before a paper's name where
// a page names itself inside a longer line: a preposition ("Ein
// Angebot von X", "la rédaction du X", "More from X"), an article, or
// an article run together with a preposition in place of the name's own
// ("Le Courrier du Littoral" is "du Courrier du Littoral").
var nameContexts = toSet("of", "at", "from", "about", "to", "by", "with", "for", "the",
	"von", "vom", "bei", "beim", "über", "des", "dem", "den", "der", "die", "das", "zum", "zur", "im", "mit", "für",
	"de", "du", "au", "aux", "chez", "le", "la", "les", "avec", "pour", "sur",
	"del", "al", "el", "con", "para", "sobre", "en",
	"da", "do", "dos", "no", "na", "ao", "o", "a", "com",
	"di", "dello", "della", "dal", "nel", "sul", "il", "lo", "per")

// paperMasthead returns the name a line over the headline prints, when
// the name has a word papers are named with and stands again in another
// line of the page.
func (p *page) paperMasthead(title int) string {
	for i := 0; i < title && i < 5; i++ {
		ln := &p.lines[i]
		if ln.words < 2 || p.ann[i].header() || p.caption(i) || ln.text == p.lines[title].text || !isSiteNameShape(ln) {
			continue
		}
		// With no word papers are named with, the name must stand where
		// a footer or a newsletter box names the site in its language.
		name := strings.TrimSpace(ln.text)
		if (pressNamed(ln.text) && p.writtenAgain(i, title, name) || p.printedInLang(i, name) || p.handleSpells(i)) && p.namesPlausible([]string{name}) && !quotesName(p.lines[title].low, ln.low) && !p.isAuthorName(name, p.authors) {
			return name
		}
	}
	return ""
}

// pressNamed reports whether a word of s is one papers are named with.
func pressNamed(s string) bool {
	for _, w := range strings.Fields(s) {
		if outletNameWord(w) || pressWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// writtenAgain reports whether a line other than i and the headline
// holds name as words of their own after one of nameContexts, or, for a
// name opening with an article, the rest of it so.
func (p *page) writtenAgain(i, title int, name string) bool {
	rest := ""
	if a, r, ok := strings.Cut(name, " "); ok && nameArticles[strings.ToLower(a)] {
		rest = r
	}
	for j := range p.lines {
		t := p.lines[j].text
		if j == i || j == title || len(t) <= len(name) && len(t) <= len(rest)+3 {
			continue
		}
		if afterContext(t, name) || rest != "" && afterContext(t, rest) {
			return true
		}
	}
	return false
}

// afterContext reports whether name stands in t as words of their own
// right after a word of nameContexts.
func afterContext(t, name string) bool {
	return wordsAfter(t, name, func(before string) bool {
		if before[len(before)-1] != ' ' {
			return false
		}
		before = strings.TrimRight(before, " ")
		return nameContexts[strings.ToLower(before[strings.LastIndexByte(before, ' ')+1:])]
	})
}

// wordsAfter reports whether name stands in t, not first, as words of
// their own, where what stands before it (never empty) fits.
func wordsAfter(t, name string, fits func(before string) bool) bool {
	for k := strings.Index(t, name); k > 0; {
		e := k + len(name)
		if !endsWithLetterOrDigit(t[:k]) && !startsWithLetterOrDigit(t[e:]) && fits(t[:k]) {
			return true
		}
		n := strings.Index(t[e:], name)
		if n < 0 {
			break
		}
		k = e + n
	}
	return false
}

// brandMasthead returns the one word a page opens with, over the
// headline, when it is shaped as a site names itself and no menu word is:
// a made-up compound that parts its words with a capital ("TechDaily",
// "HarborWire"). Such a logo's text is often printed nowhere else, as
// masthead wants. A word papers are named with run onto another
// ("Heidebote") is left to scriptMasthead, which wants the imprint to
// open with it: alone, such a compound is as often a publisher's other
// title or a supplement's. A platform's name ("LinkedIn"), a product the
// story is about (its prose writes the word), a surname in "Mc" or "Mac"
// and a row of links run together are not the site.
func (p *page) brandMasthead(title int) string {
	if title <= 0 || len(p.lines) == 0 {
		return ""
	}
	ln := &p.lines[0]
	w := strings.TrimSpace(ln.text)
	if ln.words != 1 || utf8.RuneCountInString(w) < 5 || len(w) > 30 || p.ann[0].header() || p.caption(0) || !unicode.IsUpper(firstRune(w)) {
		return ""
	}
	// Three words or more run together are a row of links whose spaces
	// the dump lost ("EkonomiaKrajŚwiat"), not a name.
	parts, prev := 1, ' '
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return ""
		}
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			parts++
		}
		prev = r
	}
	if parts != 2 {
		return ""
	}
	low := strings.ToLower(w)
	if isUpperText(w) || strings.HasPrefix(w, "Mc") || strings.HasPrefix(w, "Mac") || platformDomains[low] ||
		strings.Contains(p.lines[title].low, low) || p.proseWrites(w, -1) || p.isAuthorName(w, p.authors) {
		return ""
	}
	return w
}
