package pagetext

import "strings"

// A story's standard section labels ("Conclusion", "Key takeaways", "Pros",
// "Cons", "FAQ") are one to three words without a sentence's function
// words, so the classifier scores them just under its cut, much as it
// scores a menu's items, and the body loses them while keeping the
// section under them. Readers see them as part of the story (the article
// prints them over its closing paragraph or its lists), and the word
// alone tells them from furniture: a label right above a kept line stays.

// sectionLabels are the labels, in lower case without a closing colon, in
// the languages the parser reads most; they are a language's words, not a
// site's.
var sectionLabels = map[string]bool{
	"conclusion": true, "conclusions": true, "in conclusion": true, "final thoughts": true,
	"final thought": true, "final words": true, "closing thoughts": true, "introduction": true,
	"summary": true, "in summary": true, "the bottom line": true, "bottom line": true,
	"key takeaways": true, "key takeaway": true, "takeaways": true, "wrapping up": true,
	"verdict": true, "the verdict": true, "our verdict": true, "faq": true, "faqs": true,
	"frequently asked questions": true, "pros": true, "cons": true,
	"fazit": true, "einleitung": true, "zusammenfassung": true, "vorteile": true, "nachteile": true,
	"häufige fragen": true, "en résumé": true, "avantages": true, "inconvénients": true,
	"conclusión": true, "conclusiones": true, "introducción": true, "resumen": true, "ventajas": true,
	"desventajas": true, "preguntas frecuentes": true, "conclusione": true, "conclusioni": true,
	"introduzione": true, "vantaggi": true, "svantaggi": true, "conclusão": true, "introdução": true,
	"resumo": true, "vantagens": true, "desvantagens": true, "perguntas frequentes": true,
	"conclusie": true, "inleiding": true, "samenvatting": true, "voordelen": true, "nadelen": true,
}

// sectionLabelWords is the most words a section label has;
// labelBracketWords the most a bracket after a label may add to it.
const (
	sectionLabelWords = 3
	labelBracketWords = 2
)

// keepSectionLabels keeps a section label the body left out when the line
// under it is kept: the label heads that part of the story. A label
// printed more than once keeps no copy when another is kept already (a
// table of contents lists the heading the story prints over its section).
func (p *page) keepSectionLabels() {
	// keptLow holds the text of every kept line, made only once a label
	// printed more than once asks for it: most pages have none.
	var keptLow map[string]bool
	// From the bottom up, so that of a label's copies the one over its
	// section, below a table of contents, is the one kept.
	for i := len(p.lines) - 2; i >= 0; i-- {
		ln := &p.lines[i]
		if p.keep[i] || !p.keep[i+1] || ln.words == 0 || ln.words > sectionLabelWords+labelBracketWords || inBox(i, p.rules.box) {
			continue
		}
		if !sectionLabels[labelKey(ln.low)] {
			continue
		}
		if p.copies[i] >= 2 {
			if keptLow == nil {
				keptLow = p.keptTexts()
			}
			if keptLow[ln.low] {
				continue // another copy is kept
			}
			keptLow[ln.low] = true
		}
		p.keep[i] = true
	}
}

// labelKey is a short line in lower case as a label reads: without a
// Markdown heading's hashes in front or a colon after it, and without a
// bracket after it that only counts or abbreviates what it heads
// ("Frequently asked questions (FAQs)", "Pros (3)", "Preguntas frecuentes
// (FAQ)"): sites add one to any label, and the label is the same.
func labelKey(low string) string {
	low = strings.TrimSpace(strings.TrimLeft(low, "# "))
	low = strings.TrimSpace(strings.TrimSuffix(low, ":"))
	if !strings.HasSuffix(low, ")") {
		return low
	}
	open := strings.LastIndexByte(low, '(')
	if open <= 0 || low[open-1] != ' ' || len(low)-open-2 > labelBracketBytes || strings.ContainsAny(low[open+1:len(low)-1], " ()") {
		return low // no bracket of one short word after a label
	}
	return strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(low[:open]), ":"))
}

// labelBracketBytes is the most bytes inside such a bracket: a count or
// an abbreviation ("12", "FAQs", "Q&A"), not a phrase.
const labelBracketBytes = 8

// keptTexts returns the lower-case text of every kept line.
func (p *page) keptTexts() map[string]bool {
	m := make(map[string]bool)
	for j, k := range p.keep {
		if k {
			m[p.lines[j].low] = true
		}
	}
	return m
}
