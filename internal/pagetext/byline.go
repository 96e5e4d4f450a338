package pagetext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/morgue-archive/morgue/internal/article"
)

// Bylines name people. They come as "By Jane Doe", "Jane Doe and John Roe",
// "Jane Doe, Reuters", "Jane Doe | Staff writer", "Posted by Jane Doe on
// March 27, 2025", or a bare "Jane Doe" between headline and story. The
// words around the names (dates, handles, roles, outlets) are cut away and
// what is left must look like personal names, or nothing is reported.

// reByMarker finds the "by" that introduces names, at the start of a line or
// after a separator or a date: "By …", "Posted by …", "… | by …"; the
// Nordic "Av …" and "Af …" only at the start, where no other language
// opens a line with them.
var reByMarker = lazyRegexp(`(?i)(?:^(?:av|af)|(?:^\(?|[\s|•·,—–-])(?:(?:written|writing|posted|report|reported|reporting|story|words|text|published|edited|compiled|photos?|publicad[oa]|escrit[oa]|publié|publiée|écrit|rédigé|geschrieben|veröffentlicht|scritto|pubblicato|geschreven|gepubliceerd)\s+)?(?:by|von|por|par|door|di))\s*:?\s+`)

// reAuthorLabel is a label before names: "Author: …", "Authors: …".
// The label of a piece's words, maybe with its pictures ("Text and
// photos: …", "Texto y fotos: …"), or of an interview or a reportage,
// credits its writer ("Interview: …" names who asked the questions), and
// so does the newsroom's word for the writing when a name follows it
// ("Redacción: Ana Pérez", "Redacció: …", "Redação: …"; alone it is the
// desk, see roleWords).
var reAuthorLabel = lazyRegexp(`(?i)^(?:authors?|written by|autor(?:es)?|auteurs?|autore|auteur|reporters?|contributors?|writers?|interview|entrevista|intervista|reportage|reportaje|reportagem|redacci[óo]n?|redação|redazione|(?:text|texto|texte|testo|tekst|words)(?:\s+(?:and|und|y|et|e|en|i|og|och)\s+(?:photos?|fotos?|foto's|pictures|bilder|zdjęcia|images))?)\s*:\s*`)

// Guards (see guard.go): a label opens the line with one of labelNames and
// ends in a colon; a "by" marker is one of byWords, standing alone.
var (
	labelNames = newKeywordSet("author", "written by", "autor", "auteur", "reporter", "contributor", "writer", "text", "testo", "tekst",
		"words", "interview", "reda", "entrevista", "intervista", "reportag")
	byWords = newKeywordSet(markerBys...)
)

// markerBys are "by" in the languages whose bylines reByMarker reads.
var markerBys = []string{"by", "von", "por", "par", "door", "di"}

// mayOpenByline reports whether s could hold a match of reByMarker that
// explicitByline takes: s opens with "Av" or "Af" and a space or colon,
// or the following holds. The match's word is one of byWords, in any case,
// at the start or after a space or separator, and followed by a space or a
// colon. (None of the words has an s or a k, so ASCII case is all there is
// to fold.) And onlyDateBefore must hold for the text before the match:
// that text has no letter or digit, so before the word there is at most
// one of the marker's lead words ("Posted by"), or it holds a date, which
// needs two digits in a row.
func mayOpenByline(s string) bool {
	if len(s) > 2 && (hasFoldAt(s, "av") || hasFoldAt(s, "af")) && (isSpaceByte(s[2]) || s[2] == ':') {
		return true
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			continue
		}
		ws := byWords.byFirst[lowerASCII(s[i])]
		if ws == nil || i > 0 && !endsInByMarkerSep(s[:i]) {
			continue
		}
		for _, w := range ws {
			if j := i + len(w); j < len(s) && hasFoldAt(s[i:], w) && (isSpaceByte(s[j]) || s[j] == ':') &&
				(hasDigitRun(s[:i], 2) || leadWordOnly(s[:i]) || barBefore(s[:i]) || photoOrNameBefore(s[:i], s[j:]) || reviewerBefore(s[:i])) {
				return true
			}
		}
	}
	return false
}

// photoOrNameBefore reports whether the text before a "by" word is what a
// writer's picture leaves before a byline: words about the picture,
// maybe with a lead word ("Byline profile image Written by …"), or the
// name the byline gives ("Jane Doe By Jane Doe").
func photoOrNameBefore(before, after string) bool {
	lead := strings.TrimRightFunc(strings.TrimRight(before, " \t\n\f\r"), unicode.IsLetter)
	return onlyPhotoWords(before) || onlyPhotoWords(lead) || sameNameBefore(before, strings.TrimLeft(after, " :"))
}

// barBefore reports whether s, the text before a "by" word, ends in a
// bar: the byline is a field of its own in a row of them ("Home | By
// Jane Doe | 3 May 2025").
func barBefore(s string) bool {
	s = strings.TrimRight(s, " \t")
	return s != "" && s[len(s)-1] == '|'
}

// reviewerBefore reports whether s, the text before a "by" word and maybe
// its lead word, is a reviewer's credit ended by a separator: "Medically
// reviewed by Dr. John Roe — Written by Jane Doe" names its writer after
// the reviewer.
func reviewerBefore(s string) bool {
	t := strings.TrimRight(strings.TrimRightFunc(strings.TrimRight(s, " \t"), unicode.IsLetter), " \t")
	if t == "" || !strings.ContainsAny(t[len(t)-1:], "|-") && !strings.HasSuffix(t, "—") && !strings.HasSuffix(t, "–") &&
		!strings.HasSuffix(t, "•") && !strings.HasSuffix(t, "·") {
		return false
	}
	return reReviewedBy().MatchString(t)
}

// leadWordOnly reports whether s, once trailing spaces and then one word
// of letters are cut off, has no letter or digit left.
func leadWordOnly(s string) bool {
	s = strings.TrimRightFunc(strings.TrimRight(s, " \t\n\f\r"), unicode.IsLetter)
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0
}

// endsInByMarkerSep reports whether s ends with what reByMarker lets stand
// before its word: [\s|•·,—–-].
func endsInByMarkerSep(s string) bool {
	switch c := s[len(s)-1]; {
	case isSpaceByte(c) || c == '|' || c == ',' || c == '-':
		return true
	case c < 0x80:
		return false
	}
	return strings.HasSuffix(s, "•") || strings.HasSuffix(s, "·") || strings.HasSuffix(s, "—") || strings.HasSuffix(s, "–")
}

// roleWords mark a byline part as a role or an organisation rather than a
// person: "Staff writer", "Fox News", "Associated Press", "CNN Business".
var roleWords = newWordSet(
	"staff", "reporter", "reporters", "writer", "writers", "editor", "editors", "editorial",
	"correspondent", "correspondents", "contributor", "contributors", "contributing",
	"columnist", "news", "press", "associated", "agency", "service", "services", "wire",
	"desk", "team", "bureau", "newsroom", "media", "times", "post", "journal", "magazine",
	"daily", "weekly", "herald", "tribune", "gazette", "telegraph", "guardian", "insider",
	"business", "online", "network", "report", "reports", "channel", "radio", "tv",
	"television", "digital", "group", "inc", "ltd", "llc", "company", "corporation", "corp",
	"university", "institute", "senior", "chief", "political", "sports", "sport", "health",
	"science", "producer", "photographer", "photographers", "analyst", "host", "anchor",
	"author", "special", "international", "national", "world", "affairs", "opinion",
	"politics", "technology", "tech", "entertainment", "culture", "investigations",
	"investigative", "foundation", "council", "committee", "department", "ministry",
	"office", "center", "centre", "club", "association", "society", "board", "admin",
	"administrator", "partner", "sponsored", "guest", "freelance", "intern", "director",
	"manager", "founder", "ceo", "president", "publisher", "photo", "photos", "video",
	"images", "getty", "reuters", "afp", "ap", "upi", "bloomberg", "npr", "cnn", "bbc",
	"via", "and", "the", "of", "for", "with", "from", "in", "at", "on", "about", "more",
	// The editor's part of a wire credit: "Reportagem de …; Edição de …".
	"editing", "edição", "edición", "edizione", "édition", "bearbeitung",
	"nyt", "wsj", "abc", "nbc", "cbs", "fox", "sky", "local", "review", "blog", "daily",
	"newswire", "newspaper", "weather", "travel", "food", "finance", "markets", "economy",
	"world", "us", "u.s", "uk", "contact", "email", "follow", "twitter", "facebook",
	"updated", "published", "posted", "read", "share", "comments", "minutes", "min", "by",
	// Jobs written after a name, and the words of buttons and dates that
	// stand where a byline would: "Jane Doe Executive Editor", "View In
	// Digital Edition", "Stay Connected", "Released Wednesday".
	"executive", "managing", "deputy", "assistant", "associate", "head", "officer", "vp", "cto", "cfo", "coo", "cmo", "vice", "edition", "view", "print",
	"download", "stay", "connected", "released", "reviewed", "expert", "article", "content",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "attorney", "lawyer", "takeaways",
	// Time zones of a dateline glued to the name: "JANE DOE ESTUPDATED".
	"est", "edt", "pst", "pdt", "cst", "cdt", "mst", "mdt", "gmt", "utc", "bst", "cet", "cest", "aest", "aedt",
	// Words of a heading, never of a name: "Where They Are On-Par".
	"where", "they", "are", "what", "how", "why", "when", "you", "your", "our", "is", "this", "that", "these", "those",
	// Indonesian and Malay "we, us": "Tentang Kami" ("About Us"), "Hubungi Kami".
	"kami",
	// Swahili "our" and "writer(s)": "Na Mwandishi Wetu" ("by our writer").
	"wetu", "mwandishi", "waandishi",
	// Buttons in the other languages read: "Cerrar", "Compartir", "Partager".
	// Words of an outlet or organisation after a name ("BRIAN ROE USA
	// TODAY", "Jane Doe Global Commons") and the text of a picture's
	// alternative ("State Icon", "Acme logo").
	"usa", "today", "global", "commons", "initiative", "alliance", "coalition", "forum", "labs", "solutions",
	"consulting", "partners", "studios", "academy", "icon", "logo", "representative", "representatives",
	"cerrar", "compartir", "imprimir", "comentar", "comentarios", "compartilhar", "fechar", "partager", "fermer",
	"imprimer", "teilen", "drucken", "schließen", "condividi", "chiudi", "stampa", "delen", "sluiten", "linkedin", "whatsapp",
	// A newsroom's desk signs for no person ("La Rédaction", "Redacción
	// Madrid", "Da Redação", "Haber Merkezi"), and a journalist's job
	// after a name is a role in every language ("Ola Nordmann Journalist").
	"rédaction", "redacción", "redação", "redazione", "redaktion", "redaktionen", "redaksjonen", "redactie", "redakcja", "redakce", "redaksi", "meja",
	"szerkesztőség", "toimitus", "редакция", "редакція", "merkezi", "journalist", "journalists", "journaliste",
	"journalistin", "reporterin", "periodista", "giornalista", "jornalista", "dziennikarz", "novinář",
	"dziennikarka", "novinářka", "reportér", "reportérka", "muhabir", "muhabiri", "wartawan", "wartawati", "jurnalis",
	"kontributor", "phóng", "újságíró", "tudósító", "toimittaja", "redaktör", "журналист", "журналистка", "журналіст",
	"журналістка", "корреспондент", "кореспондент", "δημοσιογράφος",
	// "our" before a job in the other languages: "Von unserem
	// Korrespondenten Jan Roe", "Door onze redacteur Jan Roe".
	"unserem", "unserer", "unseren", "onze", "notre", "nuestro", "nuestra", "nostro", "nostra", "nosso", "nossa",
)

// paperWords are a newspaper's own words in the languages read, which
// show the name after a writer's name and a comma to be their outlet's
// ("Jana Müller, Hafen Kurier", "Elif Kaya, Liman Gazetesi"). They are
// no roleWords: the outlet readers take such names as a site's.
var paperWords = newWordSet(
	"times", "post", "journal", "herald", "tribune", "gazette", "telegraph", "courier", "chronicle",
	"kurier", "courrier", "corriere", "correio", "diario", "diário", "gazeta", "gazzetta", "gazetesi",
	"zeitung", "dziennik", "krant", "dagblad", "tidning", "tidningen", "bladet", "avisen", "jornal", "periódico",
	"quotidien", "quotidiano", "noticias", "notícias", "nachrichten", "notizie", "nieuws", "wiadomości",
	"nyheter", "nyheder", "uutiset", "zprávy", "noviny", "novine", "газета", "новости", "вести",
)

// headingWords are words of headings and buttons that read as two
// capitalised words ("Reading Time", "Fact Checked", "Show Sidebar",
// "Popular Resources"). Unlike roleWords they are not cut off after a
// name: the whole line is no name.
var headingWords = newWordSet("reading", "checked", "fact", "show", "hide", "sidebar", "menu", "popular", "resources",
	"hub", "tips", "basics", "compare", "meaning", "understanding", "management", "itinerary", "goals", "defined",
	"related", "quick", "links")

// bylineRoles are the jobs a byline gives its writers.
var bylineRoles = newWordSet("writer", "writers", "reporter", "reporters", "editor", "editors",
	"correspondent", "correspondents", "columnist", "contributor", "contributors", "journalist",
	"journalists", "critic", "producer", "redakteur", "redakteurin", "korrespondent",
	"korrespondentin", "redacteur", "verslaggever", "correspondant", "correspondante",
	"journaliste", "rédacteur", "rédactrice", "periodista", "corresponsal", "redactor",
	"redactora", "giornalista", "corrispondente", "inviato", "inviata", "repórter",
	"jornalista", "correspondente", "korrespondenten", "reporterin", "journalistin", "envoyé", "envoyée",
	"enviado", "enviada", "chefredakteur", "chefredakteurin")

// writerJob reports a part of a byline that is a writer's job and
// nothing else: words of roleWords, one of them of bylineRoles ("Senior
// Editor", "Staff Writer").
func writerJob(part string) bool {
	job := false
	for w := range strings.FieldsSeq(part) {
		if !hasLower(roleWords, w) {
			return false
		}
		job = job || hasLower(bylineRoles, w)
	}
	return job
}

// hasBylineRole reports whether a line (in lower case) names one of
// bylineRoles.
func hasBylineRole(low string) bool {
	for w := range wordsIn(low) {
		if bylineRoles.has(w) {
			return true
		}
	}
	return false
}

// nameParticles may appear lower-case inside a name: "Ludwig van
// Beethoven", "Maria de los Santos", "João do Carmo", "Omar ibn Said".
var nameParticles = newWordSet("van", "von", "der", "den", "de", "da", "del", "della", "di", "du",
	"la", "le", "bin", "al", "el", "y", "ten", "ter", "dos", "das", "zu", "st.", "af", "vom",
	"los", "las", "do", "dei", "degli", "des", "ibn", "bint", "binti", "ben")

// isNameToken reports whether w can be one word of a personal name.
func isNameToken(w string, first bool) bool {
	if w == "" {
		return false
	}
	if !first && hasLower(nameParticles, w) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		if first || !unicode.IsLower(r) {
			return false
		}
		// A particle glued to the surname: "d'Argent", "al-Rashid".
		if w = afterGluedParticle(w); w == "" {
			return false
		}
	}
	letters := 0
	for _, c := range w {
		switch {
		case unicode.IsLetter(c):
			letters++
		case c == '.' || c == '-' || c == '\'' || c == '’' || c >= 0x300 && unicode.Is(unicode.Mn, c):
			// A tone or accent typed apart from its letter, as Yoruba
			// writes "Adébáyọ̀" (ọ and a combining grave), is part of
			// the word.
		default:
			return false
		}
	}
	return letters > 0
}

// gluedParticles are particles written onto the surname they belong
// to, in French, Italian and Arabic names: "d'Argent", "al-Rashid",
// "ash-Shami".
var gluedParticles = []string{"d'", "d’", "dell'", "dell’", "al-", "el-", "ad-", "an-", "ar-", "as-", "ash-", "at-", "az-", "ibn-", "bin-"}

// afterGluedParticle returns what follows one of gluedParticles at the
// start of w when it opens with a capital, else "".
func afterGluedParticle(w string) string {
	for _, p := range gluedParticles {
		if len(w) > len(p) && w[:len(p)] == p {
			if r, _ := utf8.DecodeRuneInString(w[len(p):]); unicode.IsUpper(r) {
				return w[len(p):]
			}
		}
	}
	return ""
}

// asName returns s as a personal name when it reads as one: two to five
// capitalised words (particles and initials allowed), none of them a role or
// outlet word.
func asName(s string) (string, bool) {
	s = strings.Trim(s, " ,;:|-–—•·.")
	if strings.HasSuffix(s, " Jr") || strings.HasSuffix(s, " Sr") {
		s += "."
	}
	// The words are checked as they come, and the name made only when all
	// pass: most texts fail.
	n, upper, full, initials := 0, 0, 0, 0
	prev := ""
	for t := range strings.FieldsSeq(s) {
		if n == 5 {
			return "", false // more than five words
		}
		if w := strings.Trim(t, ".'’"); !isNameToken(t, n == 0) || hasLower(roleWords, w) || n > 1 && hasLower(bylineRoles, w) || hasLower(headingWords, w) || outletOrPlaceWord(t, prev, n == 1) {
			return "", false
		}
		if n == 0 && pieceLead(t) {
			return "", false // "Testo di Marco Rossi", "L'analisi di …"
		}
		prev = t
		letters := utf8.RuneCountInString(strings.Trim(t, "."))
		if dottedInitials(t) || isInitial(t) || n > 1 && romanSuffix(t) {
			initials++ // "J.R. Doe", "J. R. SMITH", "John Roe III": capitals, but in either style of name
		} else if isUpperText(t) && letters > 1 {
			upper++
		}
		if letters > 1 {
			full++
		}
		n++
	}
	if n < 2 {
		return "", false
	}
	// Names are written in one style: "Jane Doe" or "JANE DOE", not
	// "Innovate Shenzhen BYD"; but a given name may stand before a
	// surname in capitals, as French and Italian pages print it: "Chokri
	// GHARBI", "Loïc LE CLERC".
	if words := n - initials; upper > 0 && upper < words && !(upper == words-1 && !isUpperText(firstField(s))) {
		return "", false
	}
	// A name has at least two words with letters beyond a lone initial.
	if full < 1 || (full < 2 && n < 3) {
		return "", false
	}
	return strings.Join(strings.Fields(s), " "), true
}

// placeOpeners open the names of places written in two words or more,
// never a person's: "New Delhi", "Los Angeles", "San Diego", "Den Haag".
var placeOpeners = newWordSet("new", "los", "las", "san", "santa", "são", "sao", "port", "fort", "kuala", "buenos", "tel", "abu", "den")

// outletOrPlaceWord reports a word of a byline that starts what follows
// the writer's name, with prev the word before it: an outlet's name
// glued together ("FOXBusiness", "CNNPolitics") or the first word of a
// place ("New Delhi"), unless a particle makes it part of a surname
// ("Juan de Los Santos") or it is the second word, a given name's
// surname ("Jane Fort", "Maria Santa"), where no place starts.
func outletOrPlaceWord(t, prev string, second bool) bool {
	// Most words of a name are neither: the tests below are asked only
	// of a word with a second capital, or of the length of a place's
	// opener.
	if len(t) >= 4 && (t[0] >= 0x80 || t[1] >= 'A' && t[1] <= 'Z') && capsThenWord(t) {
		return true
	}
	return !second && len(t) >= 3 && len(t) <= 6 && hasLower(placeOpeners, t) && !hasLower(nameParticles, prev)
}

// beforeOutletOrPlace returns the words of s before an outletOrPlaceWord
// that is the third or fourth ("Jane Doe New Delhi" → "Jane Doe"), or s.
// A longer run before it is a headline's ("Jane Doe Talks Harbour
// Band's New Album"), not a name.
func beforeOutletOrPlace(s string) string {
	// Most parts that reach here have no such word: the words are looked
	// at in place, and only a cut makes a string.
	k, prev, end := 0, "", 0 // words seen, the last, where it ended
	for w := range strings.FieldsSeq(s) {
		if k > 3 {
			break
		}
		at := strings.Index(s[end:], w) + end
		if k >= 2 && outletOrPlaceWord(w, prev, false) {
			return strings.Join(strings.Fields(s[:at]), " ")
		}
		k, prev, end = k+1, w, at+len(w)
	}
	return s
}

// dottedInitials reports a word of initials with dots between: "J.R.",
// "A.J", and the hyphenated given names of French and German initials,
// "J.-P.", "H.-J.".
func dottedInitials(t string) bool {
	if len(t) < 3 {
		return false
	}
	letters := 0
	for i := 0; i < len(t); {
		if c := t[i]; c < 'A' || c > 'Z' {
			return false
		}
		letters++
		i++
		if i == len(t) {
			break
		}
		if t[i] != '.' {
			return false
		}
		i++
		if i < len(t) && t[i] == '-' {
			i++
			if i == len(t) {
				return false
			}
		}
	}
	return letters >= 2
}

// firstField returns the first word of s.
func firstField(s string) string {
	s = strings.TrimLeft(s, " ")
	if k := strings.IndexByte(s, ' '); k >= 0 {
		return s[:k]
	}
	return s
}

// reCutters end the names part of a byline: contact details, separators,
// dates, "Updated", "on Monday".
var (
	reCutAt = lazyRegexp(`(?i)(\S*@\S*|https?://\S*|www\.\S*|\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}| \| |\||•|·|●|∙|▪| - | — | – |—|–| / |\bupdated\b|\bpublished\b|\bposted\b|\blast\b|\bon (?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|\bon \d|\bon behalf\b|\b(?:publiée?|veröffentlicht|mis à jour)|\b(?:publicad[oa]|pubblicat[oa]|publisert|publicerad|actualizad[oa]|atualizad[oa]|aggiornat[oa]|aktualisiert|gepubliceerd|bijgewerkt|julkaistu|opublikowano|zaktualizowano|oppdatert|uppdaterad|udgivet|opdateret)\b|\b(?:(?:photo(?:graph)?s?|photography|pictures?|illustrations?|video|graphics?)|(?:with )?(?:additional )?reporting) by\b)`)
	// The joining words stand between spaces: \b is blind to letters
	// beyond ASCII and would split "Ayşe" at its "e".
	// Names in capitals are joined by words in capitals ("JANE DOE AND
	// JOHN ROE").
	// The Slavic, Turkish and Vietnamese "and" join names too: "Анна
	// Иванова и Иван Петров", "Ayşe Yılmaz ve Ali Kaya", "Hoàng Anh và
	// Minh Châu" (the Czech and Slovak "a", an English word, see
	// czechPair).
	reNameSplit = lazyRegexp(`\s*[,;&]\s*(?:(?:and|y|et|und|e|en|og|och|ja|i|dan|és|și|ve|oraz|и|і|та|và|και|AND|UND|ET)\s+)?|\s+(?:and|y|et|und|e|en|og|och|ja|i|dan|és|și|ve|oraz|и|і|та|và|και|AND|UND|ET)\s+`)
	// "Jane Doe@janedoe": a handle glued to a name.
	reGluedHandle = lazyRegexp(`(\p{Lu}[\p{L}'’-]*)@\w+`)
	// The other languages' words before a date cut off after the names:
	// "Par Jane Doe le 3 mars", "Por Jane Doe el 3 de marzo", "Von Jane
	// Doe am 3. März", "Door Jane Doe op 3 maart".
	// A joining word ends a line whose byline goes on over the next one
	// ("Von Anna Schmidt und" / "Max Weber"): it is cut as well.
	// The Indonesian and Malay "pada", Polish "dnia" and Vietnamese
	// "ngày" stand before a date too: "Oleh Dewi Lestari pada 12
	// September 2025".
	reTrailFiller = lazyRegexp(`(?:\s+(?:on|at|in|for|with|and|the|of|from|via|updated|published|posted|le|el|il|em|am|op|den|à|und|y|et|e|en|i|og|och|pada|dnia|ngày))+\s*$`)
	reBareSep     = lazyRegexp(`\s*(,|\|| - | — | – )\s*`)
)

// Guards for the cutters (see guard.go).
var (
	// reCutAt's "www."; its other alternatives need an @, a bar, a dot or
	// dash of cutDots, a spaced dash or slash, "://", ten digits or one of
	// cutWords.
	wwwWord = newKeywordSet("www.")
	// reCutAt's whole words, as \b sees them: runs of ASCII letters,
	// digits and _ (its "on" must be followed by a space).
	// The words of a date's lead in the other languages ("Publié le",
	// "Actualizado el") count as the ASCII runs they open with: "publi"
	// of "publié", "ver" of "veröffentlicht". A credit after the names
	// ("Photographs by", "with additional reporting by") needs one of
	// the words before its "by".
	cutWords = newKeywordSet("on", "last", "posted", "updated", "published", "publi", "ver", "mis",
		"photo", "photos", "photograph", "photographs", "photography", "picture", "pictures", "illustration",
		"illustrations", "video", "graphic", "graphics", "reporting",
		"publicado", "publicada", "pubblicato", "pubblicata", "publisert", "publicerad", "actualizado", "actualizada",
		"atualizado", "atualizada", "aggiornato", "aggiornata", "aktualisiert", "gepubliceerd", "bijgewerkt", "julkaistu",
		"opublikowano", "zaktualizowano", "oppdatert", "uppdaterad", "udgivet", "opdateret")
	// The words reTrailFiller strips from the end (it is case-sensitive).
	trailFillers = toSet("on", "at", "in", "for", "with", "and", "the", "of", "from", "via", "updated", "published", "posted",
		"le", "el", "il", "em", "am", "op", "den", "à", "und", "y", "et", "e", "en", "i", "og", "och", "pada", "dnia", "ngày")
)

const cutDots = "•·—–●∙▪"

// cutAt returns reCutAt's first match in s, or nil.
func cutAt(s string) []int {
	if !strings.ContainsAny(s, "@|") && !(!isASCII(s) && strings.ContainsAny(s, cutDots)) &&
		!hasSpaced(s, "-", " - ") && !hasSpaced(s, "/", " / ") && !strings.Contains(s, "://") &&
		digitCount(s) < 10 && !wwwWord.in(s) && !hasCutWord(s) {
		return nil
	}
	return reCutAt().FindStringIndex(s)
}

// hasCutWord reports whether s has one of cutWords, in any case, as a
// whole word ("on" followed by a space). A text with ſ or the Kelvin
// sign, which (?i) reads as s and k but which are no word characters,
// always passes.
func hasCutWord(s string) bool {
	if strings.Contains(s, "ſ") || strings.Contains(s, "\u212a") {
		return true
	}
	return someWord(s, func(word, rest string) bool {
		for _, w := range cutWords.byFirst[lowerASCII(word[0])] {
			if len(word) == len(w) && hasFoldAt(word, w) && (w != "on" || strings.HasPrefix(rest, " ")) {
				return true
			}
		}
		return false
	})
}

// someWord reports whether f holds for one of the runs of word bytes in
// s; f gets the word and the text after it.
func someWord(s string, f func(word, rest string) bool) bool {
	for i := 0; i < len(s); {
		if !isWordByte(s[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && isWordByte(s[j]) {
			j++
		}
		if f(s[i:j], s[j:]) {
			return true
		}
		i = j
	}
	return false
}

// digitCount returns how many ASCII digits s has.
func digitCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigitByte(s[i]) {
			n++
		}
	}
	return n
}

// trimTrailFiller strips what reTrailFiller matches: filler words at the
// end, each after a space.
func trimTrailFiller(s string) string {
	t := strings.TrimRight(s, " \t\n\f\r")
	i := strings.LastIndexAny(t, " \t\n\f\r")
	if i < 0 || !trailFillers[t[i+1:]] {
		return s
	}
	return reTrailFiller().ReplaceAllString(s, "")
}

// maySplitNames reports whether reNameSplit could split s: at one of
// ",;&" or at a whole word of isNameJoiner, or at one of nonASCIIJoiners,
// whose letters beyond ASCII \b does not see as a word's.
func maySplitNames(s string) bool {
	if strings.ContainsAny(s, ",;&") || someWord(s, func(word, _ string) bool { return isNameJoiner(word) }) {
		return true
	}
	if isASCII(s) {
		return false
	}
	for _, j := range nonASCIIJoiners {
		if strings.Contains(s, j) {
			return true
		}
	}
	return false
}

// splitNames splits s at reNameSplit, but keeps a compound surname
// whole: Spanish, Portuguese and Catalan join a person's two surnames
// with "y", "e" or "i" ("María López y Fernández", "João Costa e Silva",
// "Josep Puig i Cadafalch"), where two writers have a name of two words
// each. The second surname of parts[k], with its joiner, is in
// second[k] (second is nil when there is none): the joiner is no name
// particle elsewhere ("Arroz e Feijão").
func splitNames(s string) (parts, second []string) {
	locs := reNameSplit().FindAllStringIndex(s, -1)
	parts = make([]string, 0, len(locs)+1)
	prev := 0 // where the last joiner ends
	for k := 0; k <= len(locs); k++ {
		end, next := len(s), len(s)
		if k < len(locs) {
			end, next = locs[k][0], locs[k][1]
		}
		if n := len(parts); n > 0 && (second == nil || second[n-1] == "") && surnameAfter(s[locs[k-1][0]:prev], parts[n-1], s[prev:end]) {
			if second == nil {
				second = make([]string, len(locs)+1)
			}
			second[n-1] = " " + strings.TrimSpace(s[locs[k-1][0]:prev]) + " " + strings.TrimSpace(s[prev:end])
		} else {
			parts = append(parts, s[prev:end])
		}
		prev = next
	}
	return parts, second
}

// deskWords follow a writer's name after "y" or "e" for the newsroom's
// desk or the agencies that filed with them ("Ana Gil y Redacción",
// "Beatriz Lima e Agências"): no surname.
var deskWords = newWordSet("agencias", "agencia", "agências", "agência", "agencies", "agences", "agenzie", "staff")

// surnameAfter reports whether word, after the joiner join, is the
// second surname of the name before it: one capitalised word, not in
// capitals as an agency's letters are ("y EFE"), nor a desk or an
// agency, after a name of two words or more.
func surnameAfter(join, before, word string) bool {
	switch strings.TrimSpace(join) {
	case "y", "e", "i":
	default:
		return false
	}
	word = strings.TrimSpace(word)
	if word == "" || strings.ContainsAny(word, " \t") || !strings.Contains(strings.TrimSpace(before), " ") {
		return false
	}
	if !unicode.IsUpper(firstRune(word)) || utf8.RuneCountInString(word) < 3 || isUpperText(word) {
		return false
	}
	w := strings.ToLower(word)
	return !hasLower(roleWords, w) && !deskWords.has(w) && datedWireAgencies[w] == ""
}

// nonASCIIJoiners are the words of reNameSplit with letters beyond ASCII.
var nonASCIIJoiners = []string{"és", "și", " и ", " і ", " та ", " và ", " και "}

// IsNameJoiner reports a word that joins names in a byline ("and", "y",
// "und", "och"), in any of the languages the byline reader reads.
func IsNameJoiner(w string) bool { return isNameJoiner(w) }

// isNameJoiner reports the words at which reNameSplit splits names: "and"
// in the languages read (in capitals in a few).
func isNameJoiner(w string) bool {
	switch w {
	case "and", "y", "et", "und", "e", "en", "og", "och", "ja", "i", "dan", "ve", "oraz", "AND", "UND", "ET",
		"és", "și", "и", "і", "та", "và", "και":
		return true
	}
	return false
}

// gluedDateSpan is the most bytes a date glued to a name may fill
// ("14 septiembre de 2025, 10:45 h" and room to spare).
const gluedDateSpan = 64

// cutGluedDigits cuts s where a date is glued to a lower-case letter:
// the page's markup lost the space between the last name and the date
// after it ("Von Anna Schmidt und Max Weber14.03.2025", "Par … et Paul
// Martin14 mars 2025"). Digits after a letter that open no date are a
// model's number ("Fujifilm X-S20"), and stay. Only the text a date can
// fill is read at each such digit (gluedDateSpan): reading the rest of
// the line there made a long line of letters and digits cost its length
// squared (a 300 KB line: 18 s).
func cutGluedDigits(s string) string {
	for i := 1; i < len(s); i++ {
		if isDigitByte(s[i]) {
			if r, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.IsLower(r) {
				if ds := findDates(s[i:min(len(s), i+gluedDateSpan)], false); len(ds) > 0 && ds[0].start == 0 {
					return s[:i]
				}
				if t := s[i:min(len(s), i+gluedDateSpan)]; strings.Contains(t, "ago") && reRelDate().MatchString(t) {
					return s[:i] // "Jane Doe2 hours ago"
				}
			}
		}
	}
	return s
}

// dropHonorific strips a title written before a writer's name, which is
// no part of it ("Dr. Jane Doe", "Prof. Dr. Jana Müller"): one or two of
// honorifics at the start of s, when a name of two words or more is left.
func dropHonorific(s string) string {
	t := strings.TrimLeft(s, " ")
	for range 2 {
		w, rest, ok := strings.Cut(t, " ")
		if !ok || !hasLower(honorifics, w) {
			break
		}
		rest = strings.TrimLeft(rest, " ")
		if !strings.Contains(strings.TrimSpace(rest), " ") {
			break
		}
		t = rest
	}
	if len(t) == len(strings.TrimLeft(s, " ")) {
		return s
	}
	return t
}

// newsroomWords name a newsroom or a part of it, after its outlet's name:
// "Harbour Ledger Staff", "Sports Desk", "Metro Team".
var newsroomWords = newWordSet("staff", "desk", "team", "newsroom", "bureau", "editors", "reporters")

// deskAfter reports whether the words of s beyond head, the words before
// the role that beforeRole found, are all of newsroomWords: s names a
// newsroom, not a writer with a job.
func deskAfter(s, head string) bool {
	f := strings.Fields(s)
	k := len(strings.Fields(head))
	if k >= len(f) {
		return false
	}
	for _, w := range f[k:] {
		if !hasLower(newsroomWords, strings.Trim(w, ".,")) {
			return false
		}
	}
	return true
}

// withAsAnd reads " with " between two names after a "By" as "and": "By
// Jane Doe with John Roe" names both. Before a word in small letters it
// ends the names: "By Jane Doe with photos by John Roe", "… with
// additional reporting by …".
func withAsAnd(s string) string {
	i := strings.Index(s, " with ")
	if i < 0 || i+6 >= len(s) {
		return s
	}
	if !unicode.IsUpper(firstRune(s[i+6:])) {
		return s[:i]
	}
	return s[:i] + " and " + s[i+6:]
}

// trimTrailDigits strips what `\s+\d.*$` matches: from the first run of
// spaces followed by a digit to the end, unless a newline (which . does
// not match) comes after the digit.
func trimTrailDigits(s string) string {
	for i := 0; i < len(s); i++ {
		if !isSpaceByte(s[i]) || i > 0 && isSpaceByte(s[i-1]) {
			continue // not the start of a run of spaces
		}
		j := i + 1
		for j < len(s) && isSpaceByte(s[j]) {
			j++
		}
		if j < len(s) && isDigitByte(s[j]) && !strings.Contains(s[j:], "\n") {
			return s[:i]
		}
	}
	return s
}

// hasLower reports set[strings.ToLower(w)], without allocating for short
// words.
func hasLower(set *wordSet, w string) bool {
	var buf [32]byte
	if isASCII(w) && len(w) <= len(buf) {
		for i := 0; i < len(w); i++ {
			buf[i] = lowerASCII(w[i])
		}
		return set.has(string(buf[:len(w)]))
	}
	if low, ok := lowerInto(buf[:0], w); ok {
		return set.has(string(low))
	}
	return set.has(strings.ToLower(w))
}

// lowerInto appends strings.ToLower(w) to buf when it fits in buf's room,
// and reports whether it did. ToLower maps each rune w ranges over by
// unicode.ToLower, an invalid byte giving utf8.RuneError; so does this,
// a name's accented letters without a new string.
func lowerInto(buf []byte, w string) ([]byte, bool) {
	for _, r := range w {
		if len(buf)+utf8.UTFMax > cap(buf) {
			return buf, false
		}
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return buf, true
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// hasUpper reports whether s has a capital letter: no name can be read
// from a text without one.
func hasUpper(s string) bool {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if r >= 'A' && r <= 'Z' {
				return true
			}
		} else if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// mayOpenName reports whether namesIn could read a name from s: past what
// it drops before the first name (spaces, separators, the words that join
// names), the text must go on with a capital.
func mayOpenName(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsUpper(r):
			return true
		case unicode.IsSpace(r) || strings.ContainsRune(",;:|-–—•·.&", r):
			i += size
		case isWordByte(s[i]):
			j := i + 1
			for j < len(s) && isWordByte(s[j]) {
				j++
			}
			if isNameJoiner(s[i:j]) {
				i = j
				continue
			}
			return false
		case strings.HasPrefix(s[i:], "és ") || strings.HasPrefix(s[i:], "și "):
			i += len("és")
		default:
			return false
		}
	}
	return false
}

// hasGlue reports a lower-case letter right before a capital, which every
// match of splitGluedRole's pattern starts with.
func hasGlue(s string) bool {
	lower := false
	for _, r := range s {
		if r < utf8.RuneSelf {
			if lower && r >= 'A' && r <= 'Z' {
				return true
			}
			lower = r >= 'a' && r <= 'z'
			continue
		}
		if lower && unicode.IsUpper(r) {
			return true
		}
		lower = unicode.IsLower(r)
	}
	return false
}

// namesIn reads the names of a byline fragment (the text after "By").
func namesIn(s string, dates []foundDate) []string { return readNames(s, dates, false) }

// markedNames is namesIn for the text after a "By" or an author's label,
// which may also name a writer by an initial and the surname ("Autor: A.
// Nowak", "By Smith J."): alone on a line those two words could be
// anything ("Plan B.").
func markedNames(s string, dates []foundDate) []string { return readNames(s, dates, true) }

func readNames(s string, dates []foundDate, marked bool) []string {
	// Cut at the first date.
	if len(dates) > 0 {
		for _, d := range dates {
			if d.start >= 0 && d.start <= len(s) {
				s = s[:d.start]
				break
			}
		}
	}
	s = dropPlacesEn(cutPhotoLabel(s))
	if s != "" && 'a' <= s[0] && s[0] <= 'z' {
		// A title in lower case, as Dutch and German write it before
		// the name: "Door prof. dr. Jan de Vries".
		s = dropHonorific(s)
	}
	// A name opens with a capital, and only a role split off a glued word
	// changes how the text opens ("andNews-Smith Doe"): the rest below cuts
	// the end or drops a handle after a capital. A name has two words, and
	// without a space only that split ("JaneNews-Smith") or a handle
	// dropped for a space ("Jane@x1Émile") makes a second one.
	if !hasGlue(s) && (!mayOpenName(s) || !strings.Contains(s, "@") && strings.IndexFunc(s, unicode.IsSpace) < 0) {
		return nil
	}
	if strings.Contains(s, "@") {
		s = reGluedHandle().ReplaceAllString(s, "$1 ")
	}
	if loc := cutAt(s); loc != nil {
		s = s[:loc[0]]
	}
	s = trimTrailDigits(cutGluedDigits(s))
	s = trimTrailFiller(s)
	s = splitGluedRole(s)
	if marked {
		s = withAsAnd(s)
	}
	parts, second := []string{s}, []string(nil)
	if maySplitNames(s) {
		parts, second = splitNames(s)
	} else if pair := czechPair(s); pair != nil {
		return pair
	}
	var names []string
	for k, part := range parts {
		part = dropHonorific(collapseGlued(part)) // "Jane DoeJane Doe", "Dr. Jane Doe"
		if part == "" {
			continue
		}
		n, ok := asName(part)
		if !ok {
			// "Jane Doe PhD", "Jane A. Doe CPP": drop the letters.
			n, ok = asName(dropCredentials(part))
		}
		if !ok {
			// "Jane Doe Senior Contributor": drop the role words; but
			// "Harbour Ledger Staff" names a newsroom, nobody.
			b := beforeRole(part)
			if b != part && deskAfter(part, b) {
				if len(names) > 0 {
					break // "Jane Doe, Sports Desk": her desk
				}
				return nil
			}
			n, ok = asName(b)
		}
		if !ok {
			n, ok = asName(beforePhraseRole(part))
		}
		if !ok {
			// "Jane Doe New Delhi", "Jane Doe FOXBusiness".
			n, ok = asName(beforeOutletOrPlace(part))
		}
		if !ok {
			// "Jane Doe WXYZ logo".
			n = beforeGraphic(part)
			ok = n != ""
		}
		if !ok && marked {
			n, ok = initialAndSurname(part)
		}
		if !ok && marked && (k == 0 || joinedPart(s, part)) {
			// "By Jane Doe and Bill Press": "and" joins a second
			// person where a comma may lead to the outlet.
			n, ok = surnameOfRoleWord(part)
		}
		// The writers of one byline are written in one style: "Jane Doe,
		// USA TODAY" names an outlet after the writer.
		if ok && len(names) > 0 && isUpperText(n) != isUpperText(names[0]) {
			ok = false
		}
		if !ok {
			// "Jane Doe, Reuters": an outlet or role after the first
			// name ends the list; a bad first part means no byline.
			if len(names) == 0 {
				return nil
			}
			if k+1 < len(parts) && (writerJob(part) || isCredential(strings.TrimSpace(part))) {
				// "Jane Doe, Editor, and John Roe, Reporter": her job;
				// "Jane Doe, RN, and John Roe": her degree.
				continue
			}
			break
		}
		if second != nil && second[k] != "" {
			n += second[k]
		}
		names = append(names, n)
		if !strings.Contains(part, ",") && hasLower(roleWords, lastField(part)) && len(strings.Fields(n)) < len(strings.Fields(part)) {
			// "Jane Doe Executive Editor and Master Gardener": after a
			// role, "and" goes on with the role.
			break
		}
	}
	return dedupeNames(names)
}

// photoLabels credit the pictures, before a colon, in the languages
// read: a byline may name the photographer after the writer on one line
// ("Text: Anna Lind Foto: Per Olsson", "Teksti: Matti Virtanen Kuvat:
// Liisa Korhonen").
var photoLabels = newWordSet("foto", "fotos", "photo", "photos", "photographs", "pictures", "bild", "bilder", "kuva",
	"kuvat", "fotoğraf", "fotoğraflar", "zdjęcia", "zdjęcie", "ảnh", "фото", "фотографии", "світлини", "fotografie", "fotó", "fotók",
	"fotografía", "fotografías", "fotografia", "fotografias", "photographie", "photographies")

// photoCredit reports a line that credits the pictures alone, a word of
// photoLabels (or "Photography") and a "by" after it: "Photos by Jane
// Doe", "Foto di Anna Bianchi", "Fotos por Ana Pérez". Whoever it names
// took the pictures, not the story.
func photoCredit(s string) bool {
	w, rest := cutWord(s)
	if !hasLower(photoLabels, w) && !strings.EqualFold(w, "photography") {
		return false
	}
	by, _ := cutWord(rest)
	return hasLower(pieceBy, by)
}

// photoLabelSpan is the most bytes a word of photoLabels and the space
// before it fill.
const photoLabelSpan = 24

// cutPhotoLabel cuts s before a word of photoLabels and its colon. Only
// the few bytes before each colon are read, which the longest label
// fills, so that a long line of colons costs its length.
func cutPhotoLabel(s string) string {
	k := strings.IndexByte(s, ':')
	for k > 0 {
		head := strings.TrimRight(s[:k], " ")
		if sp := strings.LastIndexByte(head[max(0, len(head)-photoLabelSpan):], ' '); sp >= 0 {
			at := max(0, len(head)-photoLabelSpan) + sp
			if hasLower(photoLabels, head[at+1:]) {
				// "Texto: Ana Pérez / Fotos: …": the separator before
				// the label goes with it.
				return strings.TrimRight(head[:at], " /|·•,;-–—")
			}
		}
		j := strings.IndexByte(s[k+1:], ':')
		if j < 0 {
			break
		}
		k += 1 + j
	}
	return s
}

// czechPair reads two writers joined by the Czech and Slovak "a" ("Jan
// Novák a Petra Dvořáková"). In English "a" is an article between
// capitalised words too ("Does Jane Doe Have a Net Worth of …"), so both
// sides must be a name and nothing else.
func czechPair(s string) []string {
	h, t, ok := strings.Cut(s, " a ")
	if !ok {
		return nil
	}
	a, okA := asName(h)
	b, okB := asName(t)
	if !okA || !okB || isUpperText(a) != isUpperText(b) {
		return nil
	}
	return []string{a, b}
}

// dropPlacesEn drops the place each writer files from in a Spanish
// byline: "Ana Pérez en Madrid y Luis García en Lisboa" names two
// writers. "en" is "in" there but the Dutch "and" ("Pieter de Vries en
// Jan Bakker"), so only a line that joins its names with the Spanish "y"
// is read so, and only when every "en" comes before a place: one to
// three words opening with a capital, up to the next joiner.
func dropPlacesEn(s string) string {
	if !strings.Contains(s, " en ") || !strings.Contains(s, " y ") {
		return s
	}
	var b strings.Builder
	rest := s
	for {
		k := strings.Index(rest, " en ")
		if k < 0 {
			b.WriteString(rest)
			return b.String()
		}
		place := rest[k+len(" en "):]
		end := len(place)
		for _, sep := range []string{" y ", ",", ";"} {
			if j := strings.Index(place, sep); j >= 0 && j < end {
				end = j
			}
		}
		if !unicode.IsUpper(firstRune(place)) || moreWords(place[:end], 3) {
			return s
		}
		b.WriteString(rest[:k])
		rest = place[end:]
	}
}

// initialAndSurname returns s when it is one initial and a surname, in
// either order: "A. Nowak", "И. Петров", "Smith J.".
func initialAndSurname(s string) (string, bool) {
	a, b, ok := strings.Cut(strings.TrimSpace(s), " ")
	if !ok || strings.Contains(b, " ") {
		return "", false
	}
	if !isInitial(a) {
		a, b = b, a
	}
	if !isInitial(a) || isInitial(b) || utf8.RuneCountInString(b) < 2 || !isNameToken(b, true) ||
		hasLower(roleWords, b) || hasLower(headingWords, b) {
		return "", false
	}
	return strings.TrimSpace(s), true
}

// romanSuffix reports the number after a surname: "III", "IV".
func romanSuffix(t string) bool {
	switch t {
	case "II", "III", "IV":
		return true
	}
	return false
}

// isInitial reports a capital and a dot: "A.", "И.".
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n+1 == len(w) && w[n] == '.' && unicode.IsUpper(r)
}

// splitGluedRole separates a role glued to a name by the page's markup:
// "Jane DoeSenior Contributor" → "Jane Doe Senior Contributor". Names such as
// "McDonald" keep their inner capital because "Donald" is not a role word.
func splitGluedRole(s string) string {
	if !hasGlue(s) {
		return s
	}
	// What a ReplaceAllStringFunc of `(\p{Ll})(\p{Lu}\p{Ll}+)` did,
	// without the pattern: at each rune, a lower-case letter, a capital
	// and a run of lower-case letters make a match, which gets a space
	// after its first letter if the rest is a role word; the search goes
	// on after it.
	var b strings.Builder
	last := 0 // of s, written to b
	for i := 0; i < len(s); {
		r0, n0 := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLower(r0) && i+n0 < len(s) {
			r1, n1 := utf8.DecodeRuneInString(s[i+n0:])
			k := i + n0 + n1 // where the lower-case run must start
			j := k
			for j < len(s) {
				r, n := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLower(r) {
					break
				}
				j += n
			}
			if unicode.IsUpper(r1) && j > k {
				if word := s[i+n0 : j]; hasLower(roleWords, word) {
					b.WriteString(s[last : i+n0])
					b.WriteByte(' ')
					last = i + n0
				}
				i = j
				continue
			}
		}
		i += n0
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// beforeRole returns the words of s before a trailing role or outlet
// ("Jane Doe Senior Contributor" → "Jane Doe"), or s when the words after
// the name are not all such words.
func beforeRole(s string) string {
	i, cut := 0, 0 // cut: where the roles start, if they do
	for t := range strings.FieldsSeq(s) {
		if cut > 0 {
			if !hasLower(roleWords, strings.Trim(t, ".'’,")) {
				return s
			}
		} else if r, _ := utf8.DecodeRuneInString(t); i > 0 && unicode.IsUpper(r) && hasLower(roleWords, strings.Trim(t, ".'’")) {
			if !hasLower(roleWords, strings.Trim(t, ".'’,")) {
				return s
			}
			cut = i
		} else if i > 1 && unicode.IsUpper(r) && hasLower(bylineRoles, strings.Trim(t, ".'’,")) {
			// "Jana Müller Korrespondentin": a job of bylineRoles ends
			// the name, whatever follows it ("… in Wien").
			return strings.Join(strings.Fields(s)[:i], " ")
		}
		i++
	}
	if cut == 0 {
		return s
	}
	return strings.Join(strings.Fields(s)[:cut], " ")
}

// beforePhraseRole returns the words of s before a role written in
// sentence case, which need not be made of role words but ends in a job
// ("Jane Doe Social affairs editor" → "Jane Doe"), or s.
func beforePhraseRole(s string) string {
	if _, last, _ := outerFields(s); !bylineRoles.has(last) {
		return s // most names end in no role: no slice of their words made
	}
	f := strings.Fields(s)
	last := len(f) - 1
	if last < 3 || !bylineRoles.has(f[last]) {
		return s
	}
	j := last - 1
	for j > 0 && !unicode.IsUpper(firstRune(f[j])) {
		j--
	}
	if j < 2 {
		return s
	}
	return strings.Join(f[:j], " ")
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// dropLeadingRole strips a job written before the names: "business
// reporter Jane Doe", "Political Editor Jane Doe". The words must all be
// role words and the last a job, so that outlets are not mistaken for one.
func dropLeadingRole(s string) string {
	rest := strings.TrimLeft(s, " ")
	// "Por la periodista Ana Pérez", "Par la journaliste …": the article
	// goes with the job after it.
	if w, after, ok := strings.Cut(rest, " "); ok && hasLower(roleArticles, w) {
		if job, _, _ := strings.Cut(after, " "); hasLower(bylineRoles, job) {
			rest = strings.TrimLeft(after, " ")
		}
	}
	cut := -1
	for k := 0; k < 4; k++ {
		w, after, ok := strings.Cut(rest, " ")
		if !ok || !hasLower(roleWords, w) && !hasLower(bylineRoles, w) {
			break
		}
		rest = strings.TrimLeft(after, " ")
		if hasLower(bylineRoles, w) {
			cut = len(s) - len(rest)
		}
	}
	if cut < 0 {
		return s
	}
	return s[cut:]
}

// roleArticles may stand before a job written before the names.
var roleArticles = newWordSet("la", "el", "le", "il", "lo", "o", "a", "der", "die", "the")

func dedupeNames(names []string) []string {
	if len(names) < 2 {
		return names // nothing to drop
	}
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		k := strings.ToLower(article.FoldASCII(n))
		if !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	return out
}

// explicitByline reads a line that introduces names with "By" or an author
// label, returning the names, or nil.
func explicitByline(s string, monthFirst bool) []string {
	s = unglueBy(dropRowFurniture(dropWorkAndPictures(dropStoryLead(s))))
	if len(s) <= 200 {
		s = unglueByline(s) // bylines are short; prose is left alone
	}
	if labelNames.startsIn(s) && strings.Contains(s, ":") {
		if m := reAuthorLabel().FindStringIndex(s); m != nil {
			rest := dropOutletAfterPair(cutMarkedAffiliation(s[m[1]:]))
			return markedNames(rest, findDates(rest, monthFirst))
		}
	}
	if !mayOpenByline(s) {
		return langByline(s)
	}
	for _, m := range reByMarker().FindAllStringIndex(s, -1) {
		// "By" opens a byline only at the start of the line or after a
		// date or separator ("March 27, 2025 | By …"); elsewhere it is
		// prose: "sacked by Manchester United".
		if !onlyDateBefore(s[:m[0]], monthFirst) && !onlyPhotoWords(s[:m[0]]) && !sameNameBefore(s[:m[0]], s[m[1]:]) && !barBefore(s[:m[0]+1]) && !reviewerBefore(s[:m[0]+1]) {
			continue
		}
		rest := dropOutletAfterPair(cutMarkedAffiliation(dropLeadingRole(dropBracketed(s[m[1]:]))))
		if ns := markedNames(rest, findDates(rest, monthFirst)); len(ns) > 0 {
			return moreCredits(s, ns)
		}
	}
	return langByline(s)
}

// writerCredits open a part of a wire's credit line that names a writer:
// who reported or wrote the story, not who edited it or reported besides
// ("Additional reporting by …").
var writerCredits = []string{"reporting by ", "writing by ", "written by ", "reported by ", "text by ", "words by "}

// moreCredits adds to the names a credit line opens with those its later
// parts credit as writers: "Reporting by Jane Doe; Writing by Ann Poe;
// Editing by John Roe".
func moreCredits(s string, ns []string) []string {
	if !strings.Contains(s, ";") {
		return ns
	}
	_, rest, _ := strings.Cut(s, ";")
	for part := range strings.SplitSeq(rest, ";") {
		part = strings.Trim(part, " )")
		for _, c := range writerCredits {
			if len(part) > len(c) && strings.EqualFold(part[:len(c)], c) {
				ns = append(ns, markedNames(part[len(c):], nil)...)
				break
			}
		}
	}
	return dedupeNames(ns)
}

// photoWords describe a writer's picture, whose text may stand before a
// byline: "Byline profile image Written by Jane Doe".
var photoWords = newWordSet("byline", "author", "profile", "image", "photo", "picture", "avatar", "headshot", "img", "thumbnail")

// onlyPhotoWords reports whether s is made only of photoWords.
func onlyPhotoWords(s string) bool {
	n := 0
	// The words of s and of its lower case are the same runs (wordsIn):
	// each is lowered alone, and only the first few words of most texts.
	for w := range wordsIn(s) {
		if !hasLower(photoWords, w) {
			return false
		}
		n++
	}
	return n > 0
}

// sameNameBefore reports whether the text before a "By" is the name after
// it, as a picture's text prints it: "Jane Doe By Jane Doe".
func sameNameBefore(before, after string) bool {
	before = dropPhotoText(strings.TrimSpace(before)) // "Picture of Jane Doe By Jane Doe"
	return len(before) > 3 && len(after) >= len(before) && strings.EqualFold(after[:len(before)], before) && strings.Contains(before, " ")
}

// unglueBy puts back the space the page's markup lost between "By" and the
// name: "ByJane Doe".
func unglueBy(s string) string {
	if len(s) > 3 && s[0] == 'B' && (s[1] == 'y' || s[1] == 'Y') {
		if r, _ := utf8.DecodeRuneInString(s[2:]); unicode.IsUpper(r) && (s[1] == 'y' || len(s) > 3 && !unicode.IsUpper(rune(s[3]))) {
			return s[:2] + " " + s[2:]
		}
	}
	return s
}

// isAffiliation reports a word that joins a name to where the writer is
// or works: "Jane Doe in Brussels", "Jane Doe For MailOnline", "Jane Doe
// of the Daily Planet", "Jane Doe, Special to the Planet". The other
// languages' words ("Por Ana Pérez para El Diario", "di Giulia Bianchi a
// Roma", "Von Anna Schmidt für die Hafenzeitung") count only in a marked
// byline, after a "by" or a label: a line of capitalised words alone may
// be a headline ("Elezioni Regionali per Il Lazio"). The Spanish "en" is
// none of them: it is the Dutch "and" ("Door Pieter de Vries en Jan
// Bakker").
func isAffiliation(w string, marked bool) bool {
	switch w {
	case "in", "for", "of", "at", "from", "to", "In", "For", "Of", "At", "From", "To":
		return true
	case "para", "pour", "für", "per", "voor", "à", "a", "em", "aus", "Para", "Pour", "Für", "Per", "Voor":
		return marked
	}
	return false
}

// cutAffiliation cuts a byline before an affiliation word that follows
// two words or more and comes before a capital or "the": the place or
// outlet after it is no name.
func cutAffiliation(s string) string { return cutAffiliationOf(s, false) }

// cutMarkedAffiliation is cutAffiliation for the text after a "by" or a
// label, which also cuts at the other languages' words.
func cutMarkedAffiliation(s string) string { return cutAffiliationOf(s, true) }

func cutAffiliationOf(s string, marked bool) string {
	words := 0
	for i := 0; i < len(s); {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if i == j {
			break
		}
		if words >= 2 && j+1 < len(s) && isAffiliation(s[i:j], marked) {
			if next := s[j+1:]; unicode.IsUpper(firstRune(next)) || strings.HasPrefix(next, "the ") || marked && articleThenCapital(next) {
				return strings.TrimRight(s[:i], " ") + nextPlacedName(next, marked)
			}
		}
		words++
		i = j
	}
	return s
}

// articleThenCapital reports a short word in lower case and a capital
// after it, the article of another language before an outlet's name:
// "für die Hafenzeitung", "para o Diário", "per il Corriere".
func articleThenCapital(s string) bool {
	k := strings.IndexByte(s, ' ')
	return k > 0 && k <= 3 && unicode.IsLower(firstRune(s)) && unicode.IsUpper(firstRune(s[k+1:]))
}

// nextPlacedName returns, from the text after an affiliation word, the
// joining word and the next writer when that writer is placed as well:
// "Jane Doe in London and John Roe in Paris" names both. Without a place
// after it the text after the joiner may be the first place's ("Jane
// Doe of the Harbour and Ferries Trust"), and nothing is returned.
func nextPlacedName(s string, marked bool) string {
	if !maySplitNames(s) {
		return ""
	}
	loc := reNameSplit().FindStringIndex(s)
	if loc == nil {
		return ""
	}
	if moreWords(s[:loc[0]], 3) {
		return "" // a place has a few words; more are an outlet's or a phrase's
	}
	tail := s[loc[1]:]
	if cut := cutAffiliationOf(tail, marked); len(cut) < len(tail) {
		return s[loc[0]:loc[1]] + cut
	}
	return ""
}

// onlyDateBefore reports whether s (the text before a "by") is empty or
// holds nothing but a date, a time and separators.
func onlyDateBefore(s string, monthFirst bool) bool {
	if strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) == "" {
		return true
	}
	d, ok := readDateLine(s, monthFirst)
	return ok && d.rest == 0
}

// isByLabel reports a line (in lower case) that is only "By" or "Author:",
// whose names follow on the next line.
func isByLabel(low string) bool {
	k := strings.Trim(low, " :")
	switch k {
	case "by", "author", "authors", "written by", "posted by", "von", "por", "par", "door", "di", "autor", "auteur":
		return true
	}
	return false
}

// openingBys are "by" in the languages read, where it opens a byline and
// so a line of no bare names ("by" itself is one of roleWords).
var openingBys = newWordSet("von", "por", "par", "door", "av", "af", "oleh")

// bareNames reads a line that is only names, possibly followed by a role or
// outlet: "Jane Doe", "Jane Doe, Staff writer", "JANE DOE".
func bareNames(s string) []string {
	if utf8.RuneCountInString(s) > 80 || !hasUpper(s) {
		return nil
	}
	if w, _ := cutWord(s); len(w) <= 4 && hasLower(openingBys, w) {
		return nil // "Av Redaktionen": a byline, read by explicitByline or by none
	}
	s = dropBracketPlaces(dropAgencyTag(collapseDoubled(dropPhotoText(unglueByline(dropRowFurniture(s))))))
	if hasLower(graphicWords, lastField(s)) {
		return nil // "Acme AI Icon": the text of a picture, not a name
	}
	s = dropLeadingRole(splitGluedRole(s))
	if w := deskSlashWriter(s); w != "" {
		return []string{w} // "Redacción / Laura Gómez"
	}
	// A role or outlet after a comma or bar: keep the part before.
	if loc := bareSep(s); loc != nil {
		head, tail := s[:loc[0]], s[loc[1]:]
		if _, ok := asName(firstListed(tail)); ok && !outletAfterPair(head, tail) && !outletAfterName(head, tail) {
			if sep := strings.TrimSpace(s[loc[0]:loc[1]]); sep != "," && sep != "|" {
				// A dash parts two writers as a comma does ("Jane Doe -
				// John Roe"), or a desk from its writer ("Haber Merkezi
				// - Ali Kaya"); namesIn cuts a line at its dash. A bar
				// does not: a town's name follows it as often ("Jane Doe
				// | Ocean Springs").
				if _, ok := asName(head); ok {
					return namesIn(head+", "+tail, nil)
				}
				if hasLower(roleWords, lastField(head)) && !subsectionAfterSection(head, tail) {
					return namesIn(tail, nil)
				}
				if placeBeforeWriter(head, tail) {
					return namesIn(tail, nil) // "Roma - Giulia Bianchi": see placedash.go
				}
			}
			// "Jane Doe, John Roe"
			return namesIn(s, nil)
		}
		if proseWords(tail) >= 2 {
			// "Jane Doe, little liked by her rivals": a standfirst
			// about the person named, not a byline.
			return nil
		}
		s = head
	}
	return namesIn(s, nil)
}

// outletAfterPair reports a list closed by its joining word before the
// comma, so that what follows the comma is the writers' outlet and no
// third writer: "Martin Keller und Sabine Roth, Rheinische Rundschau". A
// list of three puts its comma before the "and" ("Ann Poe, Jane Doe and
// John Roe"), never after it.
func outletAfterPair(head, tail string) bool {
	if maySplitNames(tail) {
		return false
	}
	// Whole words between spaces: the bytes of "Ayşe" hold an "e".
	for w := range strings.FieldsSeq(head) {
		if isNameJoiner(w) {
			return true
		}
	}
	return false
}

// dropOutletAfterPair cuts the outlet after a comma that follows two
// writers joined by their "and", as bareNames does for a line without a
// "By": "Jane Doe and John Roe, Harbour Courier" names two writers, not
// three. A date after the outlet goes too; the dateline is read apart.
func dropOutletAfterPair(s string) string {
	if head, tail, ok := strings.Cut(s, ", "); ok && outletAfterPair(head, tail) {
		return head
	}
	return s
}

// writersCredit reports a line of names that can only credit writers:
// two or more, each placed in brackets ("Ana Ruiz (Madrid) y Pedro Gil
// (Bogotá)"), or two and their outlet after a comma ("Owen Price and
// Hannah Lee, Northern Echo Times"). Such a line is no headline, and it
// names the writers wherever it stands in the header. One bracket is not
// enough: a headline in capitals may end in one ("Election Results
// (Live)").
func writersCredit(s string) bool {
	if strings.Count(s, "(") >= 2 && dropBracketPlaces(s) != s {
		return true
	}
	head, tail, ok := strings.Cut(s, ", ")
	return ok && (outletAfterPair(head, tail) || outletAfterName(head, tail))
}

// outletAfterName reports one writer and, after the comma, a short name
// that a paper's own word shows to be their outlet's: "Jana Müller,
// Hafen Kurier", never a second writer.
func outletAfterName(head, tail string) bool {
	if _, ok := asName(head); !ok || moreWords(tail, 5) {
		return false
	}
	return someWord(tail, func(w, _ string) bool { return hasLower(paperWords, w) })
}

// dropAgencyTag drops a wire agency's short name in brackets after the
// names, as pages in every language print it: "Ana Pérez (EFE)", "Jana
// Müller (dpa)", "Jane Doe (AP)". One word of at most eight letters:
// longer text in brackets is a caption's or a note's.
func dropAgencyTag(s string) string {
	t := strings.TrimRight(s, " ")
	if !strings.HasSuffix(t, ")") {
		return dropWithAgency(t, s)
	}
	k := strings.LastIndexByte(t, '(')
	if k <= 0 || t[k-1] != ' ' {
		return s
	}
	tag := t[k+1 : len(t)-1]
	if tag == "" || len(tag) > 8 || strings.ContainsAny(tag, " ()") || !isASCII(tag) || initialsOf(tag, t[:k]) {
		return s
	}
	return strings.TrimRight(t[:k], " ")
}

// dropNoteTag drops a note in small letters in brackets after a name,
// which says how the writer made the story: "Nguyễn Văn An (tổng hợp)"
// ("compiled"), "Jane Doe (with agencies)". One to three words of
// letters, none a capital: a name, a town or an agency in brackets opens
// with one. It returns s when there is no such note.
func dropNoteTag(s string) string {
	t := strings.TrimRight(s, " ")
	if !strings.HasSuffix(t, ")") {
		return s
	}
	k := strings.LastIndexByte(t, '(')
	if k <= 0 || t[k-1] != ' ' {
		return s
	}
	n := 0
	for w := range strings.FieldsSeq(t[k+1 : len(t)-1]) {
		n++
		for _, r := range w {
			if !unicode.IsLower(r) {
				return s
			}
		}
	}
	if n == 0 || n > 3 {
		return s
	}
	return strings.TrimRight(t[:k], " ")
}

// withWords join a writer and the agency that filed with them: "Jean
// Dupont avec AFP", "Ana Pérez con EFE", "Jana Müller mit dpa".
var withWords = toSet("with", "avec", "con", "com", "mit", "met", "z")

// dropWithAgency returns t without a last "with" and the agency after it
// (a word of eight letters or fewer in capitals, or a wire agency or desk
// roleWords or deskWords know), or s.
func dropWithAgency(t, s string) string {
	k := strings.LastIndexByte(t, ' ')
	if k <= 0 {
		return s
	}
	tag := t[k+1:]
	j := strings.LastIndexByte(t[:k], ' ')
	if j <= 0 || !withWords[t[j+1:k]] || len(tag) > 8 {
		return s
	}
	if !isUpperText(tag) && !hasLower(roleWords, tag) && !deskWords.has(strings.ToLower(tag)) && datedWireAgencies[strings.ToLower(tag)] == "" {
		return s
	}
	return t[:j]
}

// initialsOf reports whether tag is the initials of the words before
// it, an abbreviation spelled out ("Cognitive Behavioral Therapy (CBT)").
func initialsOf(tag, words string) bool {
	f := strings.Fields(words)
	if len(f) < len(tag) {
		return false
	}
	for i, w := range f[len(f)-len(tag):] {
		if !strings.EqualFold(w[:1], tag[i:i+1]) {
			return false
		}
	}
	return true
}

// proseWords counts the words of s in lower case that no byline puts
// after a name (a role, an outlet's word or a joining word is one that
// does: "Jane Doe, staff writer", "Jane Doe, special to the Post").
func proseWords(s string) int {
	n := 0
	for w := range strings.FieldsSeq(s) {
		w = strings.Trim(w, ".,;:()")
		if r := firstRune(w); unicode.IsLower(r) && !hasLower(roleWords, w) && !bylineRoles.has(w) && !nameParticles.has(w) && len(w) > 2 {
			n++
		}
	}
	return n
}

// graphicWords end the alternative text of a logo or an icon.
var graphicWords = newWordSet("icon", "logo")

// firstListed returns the first item of a list of names: the text up to
// a comma, semicolon, ampersand or "and" ("John Roe, Ann Poe & Bo Li").
func firstListed(s string) string {
	if !maySplitNames(s) {
		return s
	}
	if loc := reNameSplit().FindStringIndex(s); loc != nil {
		return s[:loc[0]]
	}
	return s
}

// bareSep returns reBareSep's first match in s, or nil.
func bareSep(s string) []int {
	if !strings.ContainsAny(s, ",|") && !hasSpaced(s, "-", " - ") && !hasSpaced(s, "—", " — ") && !hasSpaced(s, "–", " – ") {
		return nil
	}
	return reBareSep().FindStringIndex(s)
}

// hasSpaced reports whether s holds spaced, sep with a space on either
// side. It looks for sep alone first: a search that starts with a space
// stops at every word.
func hasSpaced(s, sep, spaced string) bool {
	return strings.Contains(s, sep) && strings.Contains(s, spaced)
}

// joinedPart reports whether the word before part in s (of which it is a
// piece) joins names: "and", "y", "und" (see isNameJoiner).
func joinedPart(s, part string) bool {
	k := strings.Index(s, part)
	if k <= 0 {
		return false
	}
	before := strings.TrimRight(s[:k], " ")
	return isNameJoiner(before[strings.LastIndexByte(before, ' ')+1:])
}

// outletTails are the roleWords that end an outlet's or a newsroom's
// name ("Kyodo News", "Metro Desk", "Harbour Daily", "City Sports"):
// after one given word they credit no person, where the other roleWords,
// surnames too ("Adam Fox", "Nina Sky", "Tom Head"), may.
var outletTails = newWordSet("news", "staff", "team", "desk", "bureau", "newsroom", "media", "wire", "service",
	"services", "agency", "network", "group", "online", "channel", "radio", "tv", "television", "digital",
	"daily", "weekly", "today", "magazine", "insider", "business", "report", "reports", "editorial", "board",
	"newswire", "newspaper", "blog", "review", "sport", "sports", "health", "science", "politics", "technology",
	"tech", "entertainment", "culture", "world", "affairs", "opinion", "travel", "food", "finance", "markets",
	"economy", "weather", "local", "international", "national", "investigations", "edition", "content",
	"inc", "ltd", "llc", "company", "corporation", "corp", "university", "institute", "foundation", "council",
	"committee", "department", "ministry", "office", "center", "centre", "club", "association", "society",
	"labs", "solutions", "consulting", "partners", "studios", "academy", "alliance", "coalition", "forum",
	"initiative", "commons", "global", "logo", "icon", "admin", "video", "photo", "photos", "images")

// surnameOfRoleWord reads the two words after a "By" as a given name and
// a surname when only the surname is one of roleWords: "By Adam Fox",
// "BY NINA SKY". The label says a person follows, and a surname may be any
// word; but one of outletTails, paperWords, a job or a desk after the
// first word makes an outlet's credit ("By Fox News", "By Metro Desk").
func surnameOfRoleWord(part string) (string, bool) {
	f := strings.Fields(strings.Trim(part, " ,;:|-–—•·."))
	if len(f) != 2 {
		return "", false
	}
	given, sur := f[0], strings.Trim(f[1], ".'’")
	if !hasLower(roleWords, sur) || hasLower(outletTails, sur) || hasLower(paperWords, sur) ||
		hasLower(bylineRoles, sur) || hasLower(deskWords, sur) || isUpperText(given) != isUpperText(sur) {
		return "", false
	}
	if utf8.RuneCountInString(given) < 2 || !isNameToken(given, true) || !isNameToken(sur, false) ||
		hasLower(roleWords, given) || hasLower(paperWords, given) || hasLower(headingWords, given) ||
		outletOrPlaceWord(given, "", false) || pieceLead(given) {
		return "", false
	}
	return given + " " + sur, true
}
