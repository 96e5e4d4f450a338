package pagetext

import "strings"

// A page built from a template may print a placeholder its system never
// filled in: a template's tag ("{{ signup_banner }}", "{% promo %}") or a
// blogging system's shortcode for a widget ("[newsletter_form id=42]",
// "[post-views]"). It stands alone on its line between the paragraphs
// and says nothing; a bracketed note of the story's own ("[Laughter]",
// "[stack trace omitted]") is words, not a widget's name.

// dropPlaceholders takes the unfilled placeholders out of the body.
func (p *page) dropPlaceholders() {
	for i, k := range p.keep {
		if k && p.lines[i].runes <= placeholderMaxRunes && isPlaceholder(strings.TrimSpace(p.lines[i].text)) {
			p.keep[i] = false
		}
	}
}

// placeholderMaxRunes bounds a placeholder's line.
const placeholderMaxRunes = 120

// isPlaceholder reports a line that is a template's tag or a shortcode.
func isPlaceholder(t string) bool {
	for _, d := range [][2]string{{"{{", "}}"}, {"{%", "%}"}} {
		if strings.HasPrefix(t, d[0]) && strings.HasSuffix(t, d[1]) && len(t) > 4 {
			return !strings.Contains(t[2:len(t)-2], d[0])
		}
	}
	if len(t) < 3 || t[0] != '[' || t[len(t)-1] != ']' {
		return false
	}
	name, attrs, _ := strings.Cut(t[1:len(t)-1], " ")
	return shortcodeName(name) && (strings.ContainsAny(name, "_-") || strings.Contains(attrs, "="))
}

// shortcodeName reports a widget's name as a shortcode writes it: ASCII
// letters of one case, digits, underscores and hyphens, a letter first.
func shortcodeName(w string) bool {
	if w == "" || !isASCIILetter(w[0]) {
		return false
	}
	lower, upper := false, false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= 'A' && c <= 'Z':
			upper = true
		case c >= '0' && c <= '9', c == '_', c == '-':
		default:
			return false
		}
	}
	return !(lower && upper)
}
