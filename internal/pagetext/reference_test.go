package pagetext

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The byline reading as it was before it was made fast: every pattern run
// on every text, words split and lower-cased as they come. The tests hold
// namesIn, bareNames and explicitByline to it.

func isNameTokenRef(w string, first bool) bool {
	if w == "" {
		return false
	}
	if !first && nameParticles.has(strings.ToLower(w)) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	letters := 0
	for _, c := range w {
		switch {
		case unicode.IsLetter(c):
			letters++
		case c == '.' || c == '-' || c == '\'' || c == '’':
		default:
			return false
		}
	}
	return letters > 0
}

func asNameRef(s string) (string, bool) {
	s = strings.Trim(s, " ,;:|-–—•·.")
	if strings.HasSuffix(s, " Jr") || strings.HasSuffix(s, " Sr") {
		s += "."
	}
	toks := strings.Fields(s)
	if len(toks) < 2 || len(toks) > 5 {
		return "", false
	}
	for i, t := range toks {
		if !isNameTokenRef(t, i == 0) || i > 0 && outletOrPlaceWord(t, toks[i-1], i == 1) || i == 0 && outletOrPlaceWord(t, "", false) {
			return "", false
		}
		if w := strings.ToLower(strings.Trim(t, ".'’")); roleWords.has(w) || headingWords.has(w) {
			return "", false
		}
	}
	upper, words := 0, len(toks)
	for _, t := range toks {
		if regexp.MustCompile(`^[A-Z](?:\.[A-Z])+\.?$`).MatchString(t) {
			words--
		} else if isUpperText(t) && utf8.RuneCountInString(strings.Trim(t, ".")) > 1 {
			upper++
		}
	}
	if upper > 0 && upper < words && !(upper == words-1 && !isUpperText(toks[0])) {
		return "", false
	}
	full := 0
	for _, t := range toks {
		if utf8.RuneCountInString(strings.Trim(t, ".")) > 1 {
			full++
		}
	}
	if full < 1 || (full < 2 && len(toks) < 3) {
		return "", false
	}
	return strings.Join(toks, " "), true
}

func beforeRoleRef(s string) string {
	toks := strings.Fields(s)
	for i := 1; i < len(toks); i++ {
		r, _ := utf8.DecodeRuneInString(toks[i])
		if !unicode.IsUpper(r) || !roleWords.has(strings.ToLower(strings.Trim(toks[i], ".'’"))) {
			continue
		}
		for _, t := range toks[i:] {
			if !roleWords.has(strings.ToLower(strings.Trim(t, ".'’,"))) {
				return s
			}
		}
		return strings.Join(toks[:i], " ")
	}
	return s
}

func namesInRef(s string, dates []foundDate) []string {
	if len(dates) > 0 {
		for _, d := range dates {
			if d.start >= 0 && d.start <= len(s) {
				s = s[:d.start]
				break
			}
		}
	}
	s = reGluedHandle().ReplaceAllString(s, "$1 ")
	if loc := reCutAt().FindStringIndex(s); loc != nil {
		s = s[:loc[0]]
	}
	s = reTrailDigit.ReplaceAllString(s, "")
	s = reTrailFiller().ReplaceAllString(s, "")
	s = splitGluedRoleRef(s)
	var names []string
	for _, part := range reNameSplit().Split(s, -1) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		n, ok := asNameRef(part)
		if !ok {
			n, ok = asNameRef(beforeRoleRef(part))
		}
		if !ok {
			n, ok = asNameRef(beforePhraseRole(part))
		}
		if !ok {
			n, ok = asNameRef(beforeOutletOrPlace(part))
		}
		// The writers of one byline are written in one style: "Jane Doe,
		// USA TODAY" names an outlet after the writer.
		if ok && len(names) > 0 && isUpperText(n) != isUpperText(names[0]) {
			ok = false
		}
		if !ok {
			if len(names) == 0 {
				return nil
			}
			break
		}
		names = append(names, n)
	}
	return dedupeNames(names)
}

// explicitBylineRef checks explicitByline's guards (labelNames.startsIn
// and mayOpenByline, which skip the regular expressions) and namesIn
// against the plain forms. The clean-up and the places "By" may follow
// that were added later (a row's furniture, a bar, a photo's words, the
// name said twice, bylines of other languages) are done here as there,
// so that FuzzGuards compares only what the reference is for.
func explicitBylineRef(s string, monthFirst bool) []string {
	s = unglueBy(dropRowFurniture(dropStoryLead(s)))
	if len(s) <= 200 {
		s = unglueByline(s)
	}
	if m := reAuthorLabel().FindStringIndex(s); m != nil {
		rest := cutMarkedAffiliation(s[m[1]:])
		return namesInRef(rest, findDates(rest, monthFirst))
	}
	for _, m := range reByMarker().FindAllStringIndex(s, -1) {
		if !onlyDateBefore(s[:m[0]], monthFirst) && !onlyPhotoWords(s[:m[0]]) && !sameNameBefore(s[:m[0]], s[m[1]:]) && !barBefore(s[:m[0]+1]) {
			continue
		}
		rest := cutMarkedAffiliation(dropLeadingRole(dropBracketed(s[m[1]:])))
		if ns := namesInRef(rest, findDates(rest, monthFirst)); len(ns) > 0 {
			return ns
		}
	}
	return langByline(s)
}

// bareNamesRef checks bareNames' fast guards and separators against the
// regular expressions they replaced. The clean-up bareNames does first
// (a row's furniture, glued words, a photo's text, a doubled name) was
// added later, has tests of its own, and is done here the same way, so
// that FuzzGuards compares only what the reference is for: "0|Ann Lee"
// is a row's cell and a name, not a name and a bar.
func bareNamesRef(s string) []string {
	if utf8.RuneCountInString(s) > 80 || !strings.ContainsFunc(s, unicode.IsUpper) {
		return nil
	}
	s = collapseDoubled(dropPhotoText(unglueByline(dropRowFurniture(s))))
	if f := strings.Fields(s); len(f) > 0 && graphicWords.has(strings.ToLower(f[len(f)-1])) {
		return nil
	}
	s = splitGluedRoleRef(s)
	if loc := reBareSep().FindStringIndex(s); loc != nil {
		head, tail := s[:loc[0]], s[loc[1]:]
		if _, ok := asNameRef(tail); ok {
			return namesInRef(s, nil)
		}
		if proseWords(tail) >= 2 {
			return nil
		}
		s = head
	}
	return namesInRef(s, nil)
}
