package pagetext

import (
	"strings"
	"unicode"
)

// A firm's list of the best firms in its trade puts itself first and says
// so under its own entry ("Let's start with ourselves", "Yep, that's
// us!"); a page offers the code that embeds its own player or file
// ("Embed <iframe src="https://example.org/player/…">"), at its own
// address. Both name the site where nothing else on the page does.

// selfEntryOpeners open the paragraph under a list's entry for the site
// that writes the list, in lower case with plain apostrophes.
var selfEntryOpeners = []string{"let's start with ourselves", "let's start with us", "yep, that's us", "yes, that's us",
	"that's us", "shameless plug", "first up: us", "das sind wir", "ja, das sind wir", "wir fangen bei uns selbst an",
	"c'est nous", "oui, c'est nous", "commençons par nous", "somos nosotros", "empecemos por nosotros",
	"sí, somos nosotros", "somos nós", "começando por nós", "siamo noi", "iniziamo da noi", "dat zijn wij"}

// selfListed returns the entry of a list of firms that the paragraph
// under it says is the site's own: the short title-cased line nearest
// above, within three lines (a picture's text may stand between), its
// list number left out.
func (p *page) selfListed(title int) string {
	for i := range p.lines {
		ln := &p.lines[i]
		if ln.words < 4 || ln.low == "" || !strings.ContainsRune("lytsfdjcoei", rune(ln.low[0])) {
			continue // no opener starts the line: most lines, spared the look-ups below
		}
		low := strings.ReplaceAll(ln.low[:min(len(ln.low), 48)], "’", "'")
		opens := false
		for _, o := range selfEntryOpeners {
			if strings.HasPrefix(low, o) && (len(low) == len(o) || !isASCIILetter(low[len(o)])) {
				opens = true
				break
			}
		}
		if !opens {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-3 && j != title; j-- {
			name := strings.TrimSpace(strings.TrimLeft(p.lines[j].text, "0123456789.) "))
			if n, _ := agreeName(name); n != "" && n == name && unicode.IsUpper(firstRune(name)) && !p.isAuthorName(name, p.authors) {
				return name
			}
		}
	}
	return ""
}

// embedLabels head the code a page offers to embed its own content with,
// in lower case.
var embedLabels = []string{"embed", "einbetten", "intégrer", "insertar", "incorporar", "incorpora", "insluiten"}

// embeddedHost returns the host of the code a page offers to embed its
// content with, a line that opens with the label and holds the code:
// "Embed <iframe src="https://www.example.org/player/…">", or its HTML
// written out ("&lt;script src=&quot;https://…"). A platform's host
// counts: the page is on it.
func (p *page) embeddedHost(int) string {
	for i := range p.lines {
		ln := &p.lines[i]
		if ln.low == "" || ln.low[0] != 'e' && ln.low[0] != 'i' {
			continue
		}
		label := false
		for _, l := range embedLabels {
			if strings.HasPrefix(ln.low, l) {
				label = true
				break
			}
		}
		k := strings.Index(ln.low, "src=")
		if !label || k < 0 || !strings.Contains(ln.low[:k], "iframe") && !strings.Contains(ln.low[:k], "script") {
			continue
		}
		if h := hostOf(firstURL(ln.text[k:])); h != "" && plausibleDomain(h) {
			return h
		}
	}
	return ""
}
