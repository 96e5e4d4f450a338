package pagetext

import "strings"

// A site's template opens with a link for screen readers past its menu,
// "Skip to content", and then its logo, whose text is the site's name:
// the dump of such a page prints the name on the line under the link,
// before the menu and the headline. The link is the same on every page of
// every site built so, in the language of the site; what follows it is
// the logo far more often than a menu word, a section or a writer, which
// are refused by their words.

// skipLinkOpeners open such a link in lower case, in the languages of the
// templates that print one.
var skipLinkOpeners = []string{"skip to ", "skip navigation", "jump to content", "jump to main", "zum inhalt", "direkt zum inhalt",
	"zum hauptinhalt", "springe zum inhalt", "aller au contenu", "passer au contenu", "aller directement au contenu", "saltar al contenido",
	"ir al contenido", "saltar a contenido", "vai al contenuto", "salta al contenuto", "passa al contenuto", "ir para o conteúdo",
	"pular para o conteúdo", "saltar para o conteúdo", "ir para o conteudo", "pular para o conteudo", "naar de inhoud", "naar inhoud",
	"ga naar de inhoud", "ga naar inhoud", "direct naar de inhoud", "hoppa till innehåll", "hoppa till huvudinnehåll", "gå til indhold",
	"gå til innhold", "hopp til innhold", "hopp til hovedinnhold", "przejdź do treści", "przejdź do zawartości", "přejít k obsahu",
	"preskočiť na obsah", "перейти к содержимому", "перейти к содержанию", "перейти до вмісту", "içeriğe geç", "içeriğe atla",
	"siirry sisältöön", "ugrás a tartalomra", "sari la conținut", "treci la conținut", "μετάβαση στο περιεχόμενο"}

// isSkipLink reports whether a short line in lower case is a link past
// the menu.
func isSkipLink(ln *line) bool {
	if ln.words > 6 {
		return false
	}
	for _, o := range skipLinkOpeners {
		if strings.HasPrefix(ln.low, o) {
			return true
		}
	}
	return false
}

// skipMasthead returns the site's name a page prints under the link past
// its menu, among its first lines and over the headline: one to four
// words shaped as a name, not a section's, a writer's or words the prose
// writes in lower case.
func (p *page) skipMasthead(title int) string {
	for i := 0; i < title && i < 4; i++ {
		if !isSkipLink(&p.lines[i]) {
			continue
		}
		j := i + 1
		for j < title && isSkipLink(&p.lines[j]) {
			j++ // "Skip to content", "Skip to footer"
		}
		if j >= title {
			return ""
		}
		ln := &p.lines[j]
		name := strings.TrimSpace(ln.text)
		// A name there reads as a person's as often as a site's; only
		// the writer's is refused.
		if !isSiteNameShape(ln) || p.ann[j].header() || p.caption(j) || menuName(ln.low) ||
			p.isAuthorName(name, p.authors) || p.isTitleWords(name, title) || !p.namesPlausible([]string{name}) {
			return ""
		}
		return name
	}
	return ""
}

// menuName reports whether a short line in lower case is a menu's item:
// its first word is one for the home page ("Accueil", "Startseite"), or
// every word one sections are named with.
func menuName(low string) bool {
	n, sections := 0, 0
	for w := range wordsIn(low) {
		if n == 0 && capsHomeWords.has(w) {
			return true
		}
		n++
		if sectionNames.has(w) || sectionWords[w] || sectionJoins[w] {
			sections++
		}
	}
	return n > 0 && sections == n
}
