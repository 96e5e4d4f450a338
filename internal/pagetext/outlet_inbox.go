package pagetext

import "strings"

// A site offers its own newsletter by its name, in words no other
// line of a page uses for someone else: "Get Example Weekly delivered to
// your inbox", "Want more Example Weekly? Sign up for our newsletter.",
// "Recevez Le Courrier dans votre boîte mail". A footer says whose
// publication the site is in the same few words in every language:
// "Example Weekly is a publication of Example Media Group", "Le Courrier
// est une publication de …". The name stands where a person's would
// not: a writer's newsletter is offered as "Get Jane's letters", and a
// story that names another site's publisher does so in a long sentence.

// inboxForm is how a language offers a newsletter by the site's name:
// the words before the name and, after it, one of the ends.
type inboxForm struct {
	open string
	ends []string
}

var inboxForms = []inboxForm{
	{"get ", []string{" delivered to your inbox", " delivered straight to your inbox", " delivered right to your inbox", " in your inbox"}},
	{"recevez ", []string{" dans votre boîte mail", " dans votre boîte de réception", " dans votre boîte aux lettres"}},
	{"recibe ", []string{" en tu correo", " en tu bandeja de entrada", " en tu email"}},
	{"receba ", []string{" no seu e-mail", " no seu email", " na sua caixa de entrada", " no seu correio"}},
	{"ricevi ", []string{" nella tua casella di posta", " nella tua email", " nella tua casella email"}},
	{"erhalten sie ", []string{" direkt in ihr postfach", " in ihr postfach"}},
}

// publicationOf is the phrase of a footer's line "Example Weekly is a
// publication of Example Media Group", in each language, in lower case.
var publicationOf = []string{" is a publication of ", " is published by ", " est une publication de ", " est une publication du ",
	" es una publicación de ", " é uma publicação de ", " é uma publicação da ", " è una testata di ", " è una pubblicazione di ",
	" ist eine publikation von ", " ist eine publikation der ", " ist ein angebot von ", " ist ein angebot der "}

// partOf is the phrase of a footer's line that says whose brand or
// part the site is, "Example Weekly is part of Example Media Group",
// "Example Weekly is a registered trademark of …", in each language, in
// lower case.
var partOf = []string{" is part of ", " is a part of ", " is a registered trademark of ", " is a trademark of ",
	" fait partie de ", " fait partie du ", " est une marque de ", " est une marque du ", " est une marque déposée de ",
	" forma parte de ", " forma parte del ", " es parte de ", " es parte del ", " es una marca de ", " es una marca registrada de ",
	" ist teil von ", " ist teil der ", " ist teil des ", " ist eine marke von ", " ist eine marke der ", " ist eine eingetragene marke der ",
	" fa parte di ", " fa parte del ", " fa parte della ", " è un marchio di ", " è un marchio registrato di ",
	" faz parte do ", " faz parte da ", " faz parte de ", " é uma marca de ", " é uma marca registrada de ",
	" maakt deel uit van ", " is onderdeel van ", " is een merk van ", " is een uitgave van "}

// brandOfName returns the name a short line says is part or a brand of a
// company the line names after it, or "": the company's name must end
// the line ("… is part of a growing trend" names no owner).
func brandOfName(s, low string) string {
	if !strings.Contains(low, "part") && !strings.Contains(low, "mar") && !strings.Contains(low, " teil ") && !strings.Contains(low, "deel ") &&
		!strings.Contains(low, " merk ") && !strings.Contains(low, " uitgave ") {
		return ""
	}
	for _, w := range partOf {
		if k := strings.Index(low, w); k > 0 {
			owner := s[k+len(w):]
			for _, g := range [...]string{"the ", "groupe ", "grupo ", "gruppo ", "the group "} {
				owner = strings.TrimPrefix(owner, g) // "fait partie du groupe Elwin"
			}
			if cleanOutletName(owner) == "" || moreWords(owner, 6) {
				return ""
			}
			return strings.TrimSpace(s[:k])
		}
	}
	return ""
}

// inboxName returns the name a short line offers the site's newsletter
// by, or "".
func inboxName(s, low string) string {
	for _, f := range inboxForms {
		if !strings.HasPrefix(low, f.open) {
			continue
		}
		t := strings.TrimRight(low, " .!:")
		for _, e := range f.ends {
			if strings.HasSuffix(t, e) && len(t)-len(e) > len(f.open) {
				return articleless(s[len(f.open) : len(t)-len(e)])
			}
		}
	}
	// "Want more Example Weekly? Sign up for our newsletter."
	if rest, ok := strings.CutPrefix(low, "want more "); ok && strings.Contains(rest, "newsletter") {
		if k := strings.IndexByte(rest, '?'); k > 0 {
			return articleless(s[len("want more ") : len("want more ")+k])
		}
	}
	// "Thanks for reading Example Weekly! Subscribe for free to receive
	// new posts.": a newsletter thanks its readers by its name.
	for _, open := range [...]string{"thanks for reading ", "thank you for reading "} {
		if rest, ok := strings.CutPrefix(low, open); ok && strings.Contains(rest, "subscribe") {
			if k := strings.IndexByte(rest, '!'); k > 0 {
				return articleless(s[len(open) : len(open)+k])
			}
		}
	}
	return ""
}

// articleless returns a name without a lower-case article before it:
// "Recevez le Courrier" names "Courrier"; "Le Courrier" keeps its own.
func articleless(name string) string {
	name = strings.TrimSpace(name)
	if a, r, ok := strings.Cut(name, " "); ok && followArticles[a] {
		return r
	}
	return name
}

// publisherName returns the name a short line says is a publication of
// another, or "".
func publisherName(s, low string) string {
	if !strings.Contains(low, "publi") && !strings.Contains(low, " testata ") && !strings.Contains(low, " angebot ") {
		return ""
	}
	for _, w := range publicationOf {
		if k := strings.Index(low, w); k > 0 {
			return strings.TrimSpace(s[:k])
		}
	}
	return ""
}

// selfOffered returns the site's name as the page offers its newsletter
// or names its publisher outside the story.
func (p *page) selfOffered(title int) string {
	for i := range p.lines {
		ln := &p.lines[i]
		if i == title || ln.words < 3 || ln.words > 16 || len(ln.text) != len(ln.low) || i >= p.bodyStart && i < p.bodyEnd && ln.words > 12 {
			continue
		}
		name := inboxName(ln.text, ln.low)
		if name == "" {
			name = publisherName(ln.text, ln.low)
		}
		// A company's brand is said outside the story, or in a short
		// last line the story's end may have taken in.
		if name == "" && (i < p.bodyStart || i >= p.bodyEnd-1 && ln.words <= 12) {
			name = brandOfName(ln.text, ln.low)
		}
		if name == "" {
			continue
		}
		// "Get Opinion in your inbox" offers a section's letter.
		if n, _ := agreeName(name); n != "" && n == name && !menuName(strings.ToLower(n)) && !p.isAuthorName(n, p.authors) && !p.isTitleWords(n, title) && p.namesPlausible([]string{n}) {
			return n
		}
	}
	return ""
}
