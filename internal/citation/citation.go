// Package citation makes an archived news article citable: ready-made
// reference strings in APA (7th ed.), MLA (9th ed.) and Chicago (17th ed.,
// bibliography) style, and the exchange formats reference managers import:
// BibTeX, RIS and CSL-JSON. It knows nothing of the store or of HTTP.
//
// There is no Go implementation of the Citation Style Language (the CSL
// project lists none), so the three strings follow the style guides' rules
// for a newspaper article read online; a reference manager fed the CSL-JSON
// can format any other style.
package citation

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Work is one archived article as a reference.
type Work struct {
	ID        string // stable key, e.g. "morgue-42"
	Title     string
	Authors   []string // as the byline names them
	Outlet    string   // the publication
	Published *time.Time
	// URL is the archive's permanent link; OriginalURL where the article
	// was first published, when known.
	URL         string
	OriginalURL string
	// Accessed is when the archive first stored the article: what a reader
	// cites is the archived text of that day.
	Accessed time.Time
	Language string
	Archive  string // the archive's name
}

// Name is an author split the way reference formats want it. Literal is
// set instead for names that are not a person's (an agency, a desk).
type Name struct {
	Family, Given, Suffix string
	Literal               string
}

// particles are lower-case words that belong to the family name ("van der
// Berg"): APA, MLA and Chicago all sort and print them with it.
var particles = map[string]bool{
	"al": true, "bin": true, "da": true, "das": true, "de": true, "del": true, "della": true, "der": true,
	"di": true, "do": true, "dos": true, "du": true, "la": true, "le": true, "ten": true, "ter": true,
	"van": true, "von": true, "y": true,
}

var suffixes = map[string]bool{"jr": true, "jr.": true, "sr": true, "sr.": true, "ii": true, "iii": true, "iv": true}

// notPerson marks bylines that name an organisation: its name is cited as
// it stands, never as "Press, A.".
var notPerson = map[string]bool{
	"agency": true, "associated": true, "board": true, "bureau": true, "desk": true, "editorial": true,
	"editors": true, "news": true, "newsroom": true, "press": true, "reporters": true, "reuters": true,
	"service": true, "staff": true, "team": true, "wire": true,
}

// SplitName splits a byline name into family and given names: the last
// word (with any particles before it, and without a suffix such as "Jr.")
// is the family name. One word, or a name with a word that marks an
// organisation, stays literal.
func SplitName(full string) Name {
	words := strings.Fields(full)
	for _, w := range words {
		if notPerson[strings.ToLower(strings.Trim(w, ".,"))] {
			return Name{Literal: strings.Join(words, " ")}
		}
	}
	var n Name
	if len(words) > 2 && suffixes[strings.ToLower(strings.TrimSuffix(words[len(words)-1], ","))] {
		n.Suffix = words[len(words)-1]
		words = words[:len(words)-1]
		words[len(words)-1] = strings.TrimSuffix(words[len(words)-1], ",")
	}
	if len(words) < 2 {
		return Name{Literal: strings.Join(words, " ")}
	}
	start := len(words) - 1
	for start > 1 && particles[words[start-1]] {
		start--
	}
	n.Family = strings.Join(words[start:], " ")
	n.Given = strings.Join(words[:start], " ")
	return n
}

// names splits every author.
func (w Work) names() []Name {
	out := make([]Name, 0, len(w.Authors))
	for _, a := range w.Authors {
		if n := SplitName(a); n.Family != "" || n.Literal != "" {
			out = append(out, n)
		}
	}
	return out
}

// Part is a run of a formatted reference; Italic runs are set in italics
// (the publication's name), as the styles ask.
type Part struct {
	Text   string
	Italic bool
}

// Reference is a formatted reference: runs of text to print in order.
type Reference []Part

// String is the reference as plain text, without the italics.
func (r Reference) String() string {
	var b strings.Builder
	for _, p := range r {
		b.WriteString(p.Text)
	}
	return b.String()
}

// builder collects runs, merging neighbours of the same style.
type builder struct{ ref Reference }

func (b *builder) add(text string, italic bool) {
	if text == "" {
		return
	}
	if n := len(b.ref); n > 0 && b.ref[n-1].Italic == italic {
		b.ref[n-1].Text += text
		return
	}
	b.ref = append(b.ref, Part{text, italic})
}

func (b *builder) plain(format string, args ...any) { b.add(fmt.Sprintf(format, args...), false) }
func (b *builder) italic(text string)               { b.add(text, true) }

// sentence ends s with a period unless it ends with its own punctuation.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '?', '!', '…':
		return s
	case '"', '”', '’', '\'':
		// A quotation at the end: the period goes inside, as American
		// styles put it.
		return s[:len(s)-utf8.RuneLen(r)] + "." + string(r)
	}
	return s + "."
}

// initials turns given names into initials: "Jane Marie" → "J. M.",
// "Jean-Paul" → "J.-P.".
func initials(given string) string {
	var parts []string
	for _, w := range strings.Fields(given) {
		var hy []string
		for _, h := range strings.Split(w, "-") {
			r, _ := utf8.DecodeRuneInString(h)
			if r == utf8.RuneError || !unicode.IsLetter(r) {
				continue
			}
			hy = append(hy, string(unicode.ToUpper(r))+".")
		}
		if len(hy) > 0 {
			parts = append(parts, strings.Join(hy, "-"))
		}
	}
	return strings.Join(parts, " ")
}

// inverted is "Family, Given" (with ", Suffix"), or the literal name.
func (n Name) inverted() string { return n.joined(n.Family, n.Given, ", ") }

// natural is "Given Family Suffix", or the literal name.
func (n Name) natural() string { return n.joined(n.Given, n.Family, " ") }

// joined is first, second and the suffix (if any) with sep between them,
// or the literal name: both name orders share the literal and suffix rules.
func (n Name) joined(first, second, sep string) string {
	if n.Literal != "" {
		return n.Literal
	}
	s := first + sep + second
	if n.Suffix != "" {
		s += sep + n.Suffix
	}
	return s
}

// dateParts are the published date's year, month and day, in the time
// zone the page stated it in.
func dateParts(t *time.Time) (y int, m time.Month, d int) {
	return t.Date()
}

// withoutScheme is a URL as MLA prints it: no "https://".
func withoutScheme(u string) string {
	for _, p := range []string{"https://", "http://"} {
		if rest, ok := strings.CutPrefix(u, p); ok {
			return rest
		}
	}
	return u
}
