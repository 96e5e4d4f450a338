package pagetext

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/morgue-archive/morgue/internal/article"
)

// A story a site took from another ends with where it came from:
// "Source: Example Herald", "Via Example Post", "Quelle: Hafenzeitung",
// "来源：海滨日报". The same labels credit a chart's figures, a quote or
// a picture to an office, a report or a person, so the name is taken
// only with a second cue: it holds a word papers are named with (not one
// a report's or an office's name holds as well), the page prints it as a
// line of its own over the headline, or a domain the page writes spells
// it.

// viaOpeners open a credit line that names the source with no colon, in
// lower case with the space after them.
var viaOpeners = []string{"via ", "vía ", "по материалам "}

// scriptSourceLabels are sourceLabels in the scripts without capitals,
// which a full-width colon may follow.
var scriptSourceLabels = []string{"出典", "来源", "來源", "출처", "المصدر"}

// weakPressWords are outletNameWords that the names of reports, offices
// and companies hold as often as papers' names: "Annual Report",
// "Business Register".
var weakPressWords = toSet("report", "review", "record", "register", "standard", "business", "online", "network", "monitor",
	"bulletin", "insider", "star", "sun", "mail", "express", "channel", "wire", "media", "press", "news", "radio", "tv", "television")

// sourceLineName returns the name a credit line gives after a source's
// label or "Via", or "".
func sourceLineName(s, low string) string {
	rest := ""
	for _, o := range viaOpeners {
		if strings.HasPrefix(low, o) {
			rest = s[len(o):]
			break
		}
	}
	if rest == "" && (strings.IndexByte(s, ':') > 0 || strings.Contains(s, "：")) {
		for _, l := range sourceLabels {
			if strings.HasPrefix(low, l) {
				rest = colonAfter(s[len(l):])
				break
			}
		}
		for _, l := range scriptSourceLabels {
			if rest == "" && strings.HasPrefix(s, l) {
				rest = colonAfter(s[len(l):])
			}
		}
	}
	rest = strings.Trim(rest, " .,;«»\"“”")
	if rest == "" || utf8.RuneCountInString(rest) > 40 {
		return ""
	}
	if n, _ := agreeName(rest); n == rest || caselessSiteName(rest) || sentenceCasedName(rest) {
		return rest
	}
	return ""
}

// colonAfter returns what follows a label's colon, or "" with no colon.
func colonAfter(s string) string {
	s = strings.TrimLeft(s, " ")
	if r, ok := strings.CutPrefix(s, ":"); ok {
		return r
	}
	if r, ok := strings.CutPrefix(s, "："); ok {
		return r
	}
	return ""
}

// sourceCredit returns the name a credit line by the story's end gives
// as its source, when a second cue vouches for it.
func (p *page) sourceCredit(title int) string {
	if title < 0 {
		return ""
	}
	for i := max(p.bodyStart, p.bodyEnd-2); i < len(p.lines) && i <= p.bodyEnd+6; i++ {
		ln := &p.lines[i]
		// A credit line under the story reads as a picture's credit
		// (caption), which the second cue below tells apart.
		if ln.words > 8 || ln.runes > 60 || ln.low == "" {
			continue
		}
		name := sourceLineName(ln.text, ln.low)
		if name == "" && i+1 < len(p.lines) && p.lines[i+1].words <= 8 && labelOnly(ln.low) {
			// "Quelle:" over "Elbtalbote": the label on a line of its
			// own, the name under it.
			next := &p.lines[i+1]
			name = sourceLineName("Source: "+next.text, "source: "+next.low)
		}
		if name == "" || p.isAuthorName(name, p.authors) || p.isTitleWords(name, title) {
			continue
		}
		if _, wire := wireAgencies[name]; wire {
			continue
		}
		press := scriptPressNamed(name) || (pressCompound(name) || paperShaped(strings.Fields(name))) && !hasWordIn(name, weakPressWords)
		if press || p.printedOverTitle(name, title) || p.writesDomainOf(name) || !isASCII(name) && (p.writesDomainOf(article.FoldASCII(name)) || p.spelledHost(name)) {
			return name
		}
	}
	return ""
}

// printedOverTitle reports whether a line over the headline is name
// alone, as a masthead prints it.
func (p *page) printedOverTitle(name string, title int) bool {
	for i := 0; i < title && i < 10; i++ {
		if strings.TrimSpace(p.lines[i].text) == name {
			return true
		}
	}
	return false
}

// labelOnly reports whether a line in lower case is one of sourceLabels
// alone with its colon: "Quelle:", "Source :".
func labelOnly(low string) bool {
	l, ok := strings.CutSuffix(low, ":")
	if !ok {
		l, ok = strings.CutSuffix(low, "：")
	}
	l = strings.TrimSpace(l)
	return ok && (slices.Contains(sourceLabels, l) || slices.Contains(scriptSourceLabels, l))
}
