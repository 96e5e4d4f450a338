package pagetext

import (
	"strings"
	"unicode"
)

// Agencies outside the English-speaking world date their wire stories
// with the day before the agency's name, and close the bracket with a
// full stop or a dash of their own: "Madrid, 12 mar (EFE).- …",
// "MADRID, 12 Mar. (EUROPA PRESS) - …", "ROMA, 12 MAR - (ANSA) - …",
// "Lisboa, 12 mar 2024 (Lusa) - …"; the Russian ones put the agency
// between slashes or after a dash: "МОСКВА, 12 марта. /ТАСС/. …",
// "МОСКВА, 12 мар — РИА Новости. …". reWireDateline reads only a place in
// capitals before the bracket.

// A paper prints the agency's dateline over the stories it buys, and
// names itself elsewhere on the page (its copyright line, its title,
// its domain): the dated forms are read only when nothing else names the
// site, last of nameReaders.

// datedWire returns the agency a dated wire dateline at the story's start
// names, or the domain a site opens its own stories with in place of a
// dateline ("Example.net - Rescuers said on Monday …"), or "".
func (p *page) datedWire(int) string {
	for i := p.bodyStart; i < p.bodyEnd && i < p.bodyStart+3; i++ {
		if a := datedWireOutlet(p.lines[i].text); a != "" {
			return a
		}
		if d := domainDateline(p.lines[i].text); d != "" {
			return d
		}
		// "İZMİR (AA) - …": a dateline with an agency of signoffAgencies.
		if k := strings.IndexByte(p.lines[i].text, '('); k >= 0 && k < 60 {
			if m := reWireDateline().FindStringSubmatch(p.lines[i].text); m != nil {
				if a := signoffAgencies[strings.ToLower(m[1])]; a != "" {
					return a
				}
			}
		}
	}
	// The agency's sign-off under the story's last paragraph, which may
	// be read as a picture's credit.
	for i := max(p.bodyStart+1, p.bodyEnd-1); i < len(p.lines) && i <= p.bodyEnd+1; i++ {
		if ln := &p.lines[i]; ln.runes <= 24 {
			if a := wireSignoff(ln.text); a != "" {
				return a
			}
		}
	}
	return ""
}

// signoffWith open the agency's name in a sign-off that credits the
// story in part to it: "(Avec AFP)", "(mit dpa)", "(con EFE)".
var signoffWith = []string{"avec ", "with ", "mit ", "con ", "com ", "z ", "s "}

// wireSignoff returns the agency a line alone under a story signs it
// with, or "": "– dpa", "(EFE)", "/ANSA/", "(PAP)", "（共同）", "(Avec AFP)".
func wireSignoff(s string) string {
	s = strings.TrimSpace(s)
	for _, d := range [...]string{"– ", "— ", "- "} {
		s = strings.TrimPrefix(s, d)
	}
	for _, b := range [...][2]string{{"(", ")"}, {"/", "/"}, {"（", "）"}, {"[", "]"}} {
		if in, ok := strings.CutPrefix(s, b[0]); ok && strings.HasSuffix(in, b[1]) {
			s = strings.TrimSuffix(in, b[1])
			for _, w := range signoffWith {
				if len(s) > len(w) && strings.EqualFold(s[:len(w)], w) {
					s = s[len(w):]
				}
			}
			break
		}
	}
	s = strings.TrimSpace(s)
	if a := wireAgencies[s]; a != "" {
		return a
	}
	if key := scriptAgencies[s]; key != "" {
		return wireAgencies[key]
	}
	if a := signoffAgencies[strings.ToLower(s)]; a != "" {
		return a
	}
	return datedWireAgencies[strings.ToLower(s)] // "(Agência Brasil)", "(Télam)"
}

// signoffAgencies are the agencies that sign their stories off (or open
// their datelines) by a short name wireAgencies lack, by that name in
// lower case.
var signoffAgencies = map[string]string{"pap": "PAP", "čtk": "ČTK", "aa": "Anadolu Agency", "dha": "DHA", "anka": "ANKA", "mti": "MTI", "bta": "BTA", "lusa": "Lusa",
	"ansa": "ANSA", "efe": "EFE", "europa press": "Europa Press", "adnkronos": "Adnkronos", "agi": "AGI", "anp": "ANP", "belga": "Belga", "sda": "SDA", "apa": "APA"}

// domainDateline returns the domain a story's paragraph opens with
// before a dash, as a wire dateline puts the agency, when a sentence
// follows it: "Example.net - Rescuers said …", "www.example.com – The
// council …". A platform's or a link shortener's domain is another
// site's name.
func domainDateline(s string) string {
	k := strings.Index(s, " ")
	if k < 4 || k > 40 || len(s) < k+3 {
		return ""
	}
	d, rest := s[:k], s[k+1:]
	dash := ""
	for _, x := range [...]string{"- ", "– ", "— "} {
		if strings.HasPrefix(rest, x) {
			dash = x
		}
	}
	if dash == "" || domainIn(d) != d || !plausibleDomain(d) || platformDomains[domainCore(d)] || shortenerDomains[domainCore(d)] {
		return ""
	}
	if rest = rest[len(dash):]; !unicode.IsUpper(firstRune(rest)) || !moreWords(rest, 6) {
		return ""
	}
	return strings.TrimPrefix(strings.TrimPrefix(d, "www."), "WWW.")
}

// datedWireAgencies are the agencies that file in those forms, by the
// name they print there, with the name an archive files them under. The
// English-language agencies' dated form ("LONDON, March 27 (Reuters) -")
// is the one their stories carry on the sites that buy them, and stays
// unread (TestWireOutlet).
var datedWireAgencies = map[string]string{
	"efe": "EFE", "europa press": "Europa Press", "ansa": "ANSA", "lusa": "Lusa", "agência lusa": "Lusa",
	"adnkronos": "Adnkronos", "agi": "AGI", "dpa": "dpa", "apa": "APA", "sda": "SDA", "belga": "Belga", "anp": "ANP",
	"agência brasil": "Agência Brasil", "notimex": "Notimex", "télam": "Télam",
}

// datedWireOutlet returns the agency of a story that opens with a place,
// a date and the agency in one of those forms, or "".
func datedWireOutlet(s string) string {
	head := s[:min(len(s), 90)]
	if k := strings.Index(head, "/ТАСС/"); k > 0 && strings.Contains(head[:k], ",") {
		return "TASS"
	}
	for _, dash := range [...]string{"— РИА Новости", "- РИА Новости", "– РИА Новости"} {
		if k := strings.Index(head, dash); k > 0 && strings.Contains(head[:k], ",") && len(strings.Fields(head[:k])) <= 5 {
			return "RIA Novosti"
		}
	}
	open := strings.IndexByte(head, '(')
	if open <= 0 || !strings.Contains(head[:open], ",") || len(strings.Fields(head[:open])) > 7 {
		return ""
	}
	end := strings.IndexByte(head[open:], ')')
	if end < 0 {
		return ""
	}
	// "WARSZAWA, 3 marca (PAP) -": an agency that signs off files so too.
	key := strings.ToLower(strings.TrimSpace(head[open+1 : open+end]))
	agency, ok := datedWireAgencies[key]
	if !ok {
		if agency, ok = signoffAgencies[key]; !ok {
			return ""
		}
	}
	// The bracket closes the dateline: a dash follows, after a full stop
	// or a space, and then the story.
	after := strings.TrimLeft(s[open+end+1:], ". ")
	for _, d := range [...]string{"-", "–", "—"} {
		if strings.HasPrefix(after, d) {
			return agency
		}
	}
	return ""
}
