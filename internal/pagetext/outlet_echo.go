package pagetext

import (
	"slices"
	"strings"
	"unicode"
)

// A site names itself in its footer and header in short lines of its
// own language that a person's or a product's name stands in as well:
// "Nordküsten Kurier auf X folgen", "Suivez Le Courrier sur Facebook"
// (follow a writer the same way), "© Example Post" with no year (a
// picture's credit), "Über Example Post", "Quelle: Example Post" (a
// chart's source). Alone, each is as often someone else; echoedName
// takes a name one of them gives only when the page also prints it as a
// line of its own outside the story (a masthead, a footer's name), two
// places a writer or a product the story is about seldom share.

// followForm is how a language asks a reader to follow someone on a
// platform: the words before the name, the preposition before the
// platform, the words after it ("Nordküsten Kurier auf X folgen").
type followForm struct{ open, prep, close string }

var followForms = []followForm{
	{"follow ", " on ", ""},
	{"folgen sie ", " auf ", ""}, {"folge ", " auf ", ""}, {"folgt ", " auf ", ""}, {"", " auf ", " folgen"},
	{"sigue a ", " en ", ""}, {"siga a ", " en ", ""}, {"seguí a ", " en ", ""},
	{"suivez ", " sur ", ""}, {"suivre ", " sur ", ""},
	{"siga ", " no ", ""}, {"siga ", " na ", ""}, {"acompanhe ", " no ", ""}, {"acompanhe ", " na ", ""},
	{"segui ", " su ", ""}, {"seguite ", " su ", ""},
	{"volg ", " op ", ""}, {"följ ", " på ", ""}, {"følg ", " på ", ""},
}

// followPlatforms are the services a site asks to be followed on.
var followPlatforms = toSet("x", "twitter", "facebook", "instagram", "linkedin", "youtube", "tiktok", "telegram",
	"threads", "bluesky", "mastodon", "whatsapp", "pinterest", "flipboard", "google news", "bsky")

// followUsOpeners ask to follow the site itself, whose name comes after
// the platform: "Síguenos en Twitter: Diario Ejemplo".
var followUsOpeners = []string{"follow us on ", "folgen sie uns auf ", "folge uns auf ", "síguenos en ", "siguenos en ",
	"suivez-nous sur ", "siga-nos no ", "siga-nos na ", "seguici su ", "volg ons op "}

// followArticles are the articles in lower case a follow line may put
// before the name ("Folgen Sie dem Example Kurier", "Siga o Jornal"): an
// article in capitals is the name's own ("Le Courrier").
var followArticles = toSet("dem", "der", "den", "die", "das", "o", "a", "os", "as", "le", "la", "les", "il", "lo", "el", "de")

// followedName returns the name a short line asks the reader to follow
// on a platform, or "".
func followedName(s, low string) string {
	if len(s) != len(low) {
		return "" // a letter whose lower case is longer: the offsets would not hold
	}
	for _, o := range followUsOpeners {
		if rest, ok := strings.CutPrefix(low, o); ok {
			platform, _, ok := strings.Cut(rest, ":")
			if ok && followPlatforms[strings.TrimSpace(platform)] {
				return strings.TrimSpace(s[len(o)+len(platform)+1:])
			}
		}
	}
	for _, f := range followForms {
		if !strings.HasPrefix(low, f.open) {
			continue
		}
		rest, restLow := s[len(f.open):], low[len(f.open):]
		if f.close != "" {
			t := strings.TrimRight(restLow, " .!")
			if !strings.HasSuffix(t, f.close) {
				continue
			}
			rest, restLow = rest[:len(t)-len(f.close)], t[:len(t)-len(f.close)]
		}
		k := strings.LastIndex(restLow, f.prep)
		if k <= 0 || !followPlatforms[strings.Trim(restLow[k+len(f.prep):], " .!:")] {
			continue
		}
		name := strings.TrimSpace(rest[:k])
		if a, r, ok := strings.Cut(name, " "); ok && followArticles[a] {
			name = r
		}
		return name
	}
	// A follow button with no platform names only whom to follow:
	// "Suivre l'Opinion", "Follow Example Weekly".
	for _, o := range followAlone {
		if rest, ok := strings.CutPrefix(s, o); ok && !moreWords(rest, 4) {
			return articleless(rest)
		}
	}
	return ""
}

// followAlone are the words of a follow button that gives no platform,
// as the button prints them: "Suivre", "Follow".
var followAlone = []string{"Follow ", "Suivre ", "Suivez ", "Folgen ", "Segui ", "Seguir ", "Siga ", "Volg ", "Följ ", "Følg "}

// subscribeBefore are the words before a site's name where a footer
// offers its newsletter or a subscription, in lower case: "Der
// Newsletter von Example Post", "Suscríbete a Diario Ejemplo".
var subscribeBefore = []string{"subscribe to ", "newsletter von ", "newsletter de ", "newsletter du ", "newsletter di ",
	"newsletter do ", "newsletter da ", "abonnieren sie ", "abonniere ", "suscríbete a ", "suscribite a ", "abonnez-vous à ",
	"assine o ", "assine a ", "assine ", "iscriviti a ", "abonneer je op "}

// subscribedName returns the name a short line offers a subscription
// to, or "".
func subscribedName(s, low string) string {
	if len(s) != len(low) || !strings.Contains(low, "abonn") && !strings.Contains(low, "newsletter") && !strings.Contains(low, "subscri") &&
		!strings.Contains(low, "suscri") && !strings.Contains(low, "assine") && !strings.Contains(low, "iscriviti") {
		return ""
	}
	for _, w := range subscribeBefore {
		k := strings.Index(low, w)
		if k < 0 || k > 0 && low[k-1] != ' ' {
			continue
		}
		rest := s[k+len(w):]
		if a, r, ok := strings.Cut(rest, " "); ok && followArticles[a] {
			rest = r
		}
		return leadingName(rest)
	}
	return ""
}

// aboutOpeners head a box about the site under the story: "About
// Example", "Über Example", "À propos de Example".
var aboutOpeners = []string{"about ", "über ", "acerca de ", "sobre ", "à propos de ", "à propos du ", "a proposito di ", "a proposito del ", "over "}

// aboutLen returns the length of the opener of a box's heading about a
// site, or 0.
func aboutLen(low string) int {
	for _, o := range aboutOpeners {
		if strings.HasPrefix(low, o) {
			return len(o)
		}
	}
	return 0
}

// sourceName returns the name a line gives after a source's label
// ("Quelle: Example Post"), or "".
func sourceName(s, low string) string {
	if !namesSource(low) {
		return ""
	}
	_, rest, _ := strings.Cut(s, ":")
	return strings.TrimSpace(rest)
}

// bareCopyright returns the name a copyright sign with no year stands
// before ("© Example Post – Alle Rechte vorbehalten"), which
// copyrightOutlet leaves to a picture's credit, or "".
func bareCopyright(s string) string {
	rest, ok := strings.CutPrefix(s, "©")
	if !ok || hasDigitRun(s, 4) {
		return ""
	}
	return cleanOutletName(rest)
}

// echoedName returns a name a footer's or a header's line gives the way
// a site names itself, when the page prints the same name as a line of
// its own outside the story.
func (p *page) echoedName(title int) string {
	outside := func(i int) bool {
		return i != title && (i < p.bodyStart || i >= p.bodyEnd) && !p.caption(i)
	}
	var cands []string
	var aboutLines []int // where an about-line names a paper, by the index of its name in cands
	for i := range p.lines {
		ln := &p.lines[i]
		if !outside(i) || ln.words < 2 || ln.words > 10 || ln.runes > 90 {
			continue
		}
		var name string
		about := false
		switch {
		case strings.HasPrefix(ln.text, "©"):
			name = bareCopyright(ln.text)
		case aboutLen(ln.low) > 0 && ln.words <= 6:
			name, about = articleless(ln.text[aboutLen(ln.low):]), true // "Sobre a Gazeta"
			name = strings.TrimPrefix(name, "the ")                     // "About the Harbour Gazette"
		default:
			if name = followedName(ln.text, ln.low); name == "" {
				name = sourceName(ln.text, ln.low)
			}
			if name == "" {
				name = subscribedName(ln.text, ln.low)
			}
		}
		if name == "" {
			continue
		}
		name = strings.Trim(name, " .,:;!?")
		if n, _ := agreeName(unelided(name)); n != "" && n == unelided(name) {
			if about && pressCompound(name) {
				aboutLines = append(aboutLines, len(cands))
			}
			cands = append(cands, strings.ReplaceAll(name, "’", "'"))
		}
	}
	if len(cands) == 0 {
		return ""
	}
	// Where each name stands as a line of its own, in one walk over the
	// page for all of them: a footer of many follow lines gives many.
	type echo struct{ alone, person bool }
	echoes := make(map[string]*echo, len(cands))
	for _, name := range cands {
		echoes[name] = &echo{}
	}
	for i := range p.lines {
		t := p.lines[i].text
		if strings.Contains(t, "’") {
			t = strings.ReplaceAll(t, "’", "'") // "l’Opinion" alone, "Suivre l'Opinion" in the footer
		}
		if e := echoes[t]; e != nil {
			e.alone = e.alone || outside(i) && p.ann[i].byline == nil
			e.person = e.person || p.ann[i].names != nil && p.namesPlausible(p.ann[i].names)
		}
	}
	for _, name := range cands {
		// A paper's name with an elided article ("l'Opinion") is no
		// person's, and its word is as often one the prose writes.
		elided := unelided(name) != name
		if p.isAuthorName(name, p.authors) || p.isTitleWords(name, title) || !elided && !p.namesPlausible([]string{name}) {
			continue
		}
		e := echoes[name]
		// "About Jane Doe" over a writer's box, "Follow Jane Doe on X":
		// a name read as a person's must be named like a paper.
		if e.alone && (elided || !e.person || hasWordIn(name, pressWords) || slices.ContainsFunc(strings.Fields(name), outletNameWord)) {
			return name
		}
	}
	return p.aboutPaper(cands, aboutLines, title)
}

// pressWords are the words papers and magazines are named with in the
// languages of followForms and in the Slavic ones and Hungarian, besides
// outletNameWords: "Nordküsten Kurier", "Večerník Pobřeží",
// "Il Corriere del Porto", "Jornal da Costa".
var pressWords = toSet("kurier", "anzeiger", "rundschau", "blatt", "tageblatt", "allgemeine", "courrier", "corriere",
	"correio", "correo", "gaceta", "gazzetta", "gazeta", "heraldo", "folha", "periódico", "quotidiano", "tribuna", "notizie",
	"nieuws", "krant", "dagblad", "tidning", "avis", "magazin", "revista", "rivista", "revue", "stampa", "diario", "jornal",
	"noviny", "deník", "denník", "večerník", "dziennik", "tygodnik", "novine", "vjesnik", "hírlap")

// unelided returns a name without the elided article French and Italian
// open a paper's name with, "l'Opinion", "L’Unità": the name's own word
// carries its capital.
func unelided(name string) string {
	for _, a := range []string{"l'", "L'", "l’", "L’"} {
		if rest, ok := strings.CutPrefix(name, a); ok && unicode.IsUpper(firstRune(rest)) {
			return rest
		}
	}
	return name
}

// aboutPaper returns the paper an about-line under the story names
// ("Sobre a Gazeta da Costa") when its name is one papers are named with
// and a line that is no about-line writes it again ("promoções da Gazeta
// da Costa"): a site that prints its name nowhere as a line of its own
// still names itself in its footer's fine print. cands[k] for k in at
// are the about-lines' names; the first few names are weighed, each
// looked for in every line.
func (p *page) aboutPaper(cands []string, at []int, title int) string {
	tried := make([]string, 0, 3)
	for _, k := range at {
		name := cands[k]
		if slices.Contains(tried, name) || len(tried) == cap(tried) {
			continue
		}
		tried = append(tried, name)
		if p.isAuthorName(name, p.authors) || p.isTitleWords(name, title) {
			continue
		}
		for i := range p.lines {
			t := p.lines[i].text
			j := strings.Index(t, name)
			if j < 0 || i == title {
				continue
			}
			// The words before the name, but for an article, are no
			// about-line's opener ("Sobre a ", "About the ").
			before := strings.ToLower(t[:j])
			if f := strings.Fields(before); len(f) > 0 && (followArticles[f[len(f)-1]] || f[len(f)-1] == "the") {
				before = before[:strings.LastIndex(before, f[len(f)-1])]
			}
			if !aboutEnds(strings.TrimSpace(before) + " ") {
				return name
			}
		}
	}
	return ""
}

// aboutEnds reports whether s, in lower case, ends with an about-line's
// opener.
func aboutEnds(s string) bool {
	for _, o := range aboutOpeners {
		if strings.HasSuffix(s, o) {
			return true
		}
	}
	return false
}
