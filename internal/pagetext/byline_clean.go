package pagetext

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A byline as a page dump gives it is often not a clean list of names: the
// markup that set the name apart from the date or the outlet is gone
// ("Jane DoeNovember 19, 2019", "JANE DOEPUBLISHED: NOV 19, 2019", "Jane
// DoeFOXBusiness"), the picture of the writer left its description ("Picture
// of Jane Doe", "Jane Doe Profile Image"), the name is printed twice ("Jane
// Doe Jane Doe"), or letters follow it ("Jane Doe, PhD"). These helpers undo
// that before the names are read.

// glueWords are the words a page's markup glues to a name: what follows a
// byline (a date, an update, a place) or opens one ("2025By Jane Doe").
var glueWords = func() *wordSet {
	m := toSet("by", "in", "on", "published", "updated", "posted", "written", "last", "reading", "read", "share", "follow", "and",
		// "published" and "updated" in the other languages read.
		"publié", "publiée", "publicado", "publicada", "actualizado", "actualizada", "veröffentlicht", "aktualisiert",
		"pubblicato", "pubblicata", "aggiornato", "aggiornata", "atualizado", "atualizada", "gepubliceerd", "bijgewerkt",
		"opublikowano", "zaktualizowano")
	for n := range monthNames {
		if len(n) >= 3 && isASCII(n) {
			m[n] = true
		}
	}
	return wordSetOf(m)
}()

// unglueByline puts back the spaces between a name and what the markup
// glued to it: at a lower-case letter or digit followed by a capital
// that opens one of glueWords ("DoeNovember", "2025By", "DoeIn"), by an
// outlet in capitals ("DoeFOXBusiness"), and inside a word in capitals
// that ends in one ("DOEPUBLISHED", "DOENOVEMBER").
func unglueByline(s string) string {
	if !needsUnglue(s) {
		return s
	}
	var b strings.Builder
	last := 0
	prev := rune(0)
	for i, r := range s {
		if i > 0 && unicode.IsUpper(r) && (unicode.IsLower(prev) || unicode.IsDigit(prev)) {
			w := wordAt(s[i:])
			if n := gluedLead(w); n > 0 {
				// "CostaPorRodolfo": the marker glued to the names on
				// both sides.
				b.WriteString(s[last:i])
				b.WriteByte(' ')
				b.WriteString(s[i : i+n])
				b.WriteByte(' ')
				last = i + n
			} else if hasLower(glueWords, w) || unicode.IsLower(prev) && capsThenWord(w) {
				b.WriteString(s[last:i])
				b.WriteByte(' ')
				last = i
			}
		}
		prev = r
	}
	out := s
	if last > 0 { // a space went in: most lines asked have none to take
		b.WriteString(s[last:])
		out = b.String()
	}
	if hasLongCapsRun(out) {
		out = unglueCaps(out)
	}
	return out
}

// gluedLeads are the words that open a byline in the languages read,
// as markup glues them between two names ("Jane DoePorJane Doe").
var gluedLeads = []string{"By", "Por", "Par", "Von", "Door"}

// gluedLead returns the length of the byline word w opens with when a
// capital follows it right away ("PorRodolfo"), else 0.
func gluedLead(w string) int {
	for _, l := range gluedLeads {
		if len(w) > len(l) && strings.HasPrefix(w, l) {
			if r, _ := utf8.DecodeRuneInString(w[len(l):]); unicode.IsUpper(r) {
				return len(l)
			}
		}
	}
	return 0
}

// wordAt returns the run of letters s opens with.
func wordAt(s string) string {
	for i, r := range s {
		if !unicode.IsLetter(r) {
			return s[:i]
		}
	}
	return s
}

// capsThenWord reports a run of two capitals or more followed by a
// capitalised word: "FOXBusiness", "CNNPolitics".
func capsThenWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			break
		}
		n++
	}
	return n >= 3 && n < utf8.RuneCountInString(w) && unicode.IsLower(lastRune(w))
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// hasDigitCapital reports a digit followed by a capital: "2025By".
func hasDigitCapital(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' && isDigitByte(s[i-1]) {
			return true
		}
	}
	return false
}

// needsUnglue is hasGlue(s) || hasDigitCapital(s) || hasLongCapsRun(s)
// in one pass over s: every short line of a page is asked, twice (as a
// byline and as bare names), and most have none of the three.
func needsUnglue(s string) bool {
	lower, digit, run := false, false, 0
	for i := 0; i < len(s); {
		// Eight ASCII bytes without a capital, most of a line, at a
		// time: none returns, they end a run of capitals, and the last
		// says what the next byte follows.
		if i+8 <= len(s) {
			if x, ok := ascii8(s, i); ok && asciiCaps(x) == 0 {
				c := byte(x >> 56)
				lower, digit, run = c >= 'a' && c <= 'z', c >= '0' && c <= '9', 0
				i += 8
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				if lower || digit {
					return true
				}
				if run++; run >= 8 {
					return true
				}
			} else {
				run = 0
			}
			lower, digit = c >= 'a' && c <= 'z', c >= '0' && c <= '9'
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if lower && unicode.IsUpper(r) {
			return true
		}
		lower, digit, run = unicode.IsLower(r), false, 0
		i += size
	}
	return false
}

// hasLongCapsRun reports a run of eight capitals or more, which a name in
// capitals with a word glued to it makes.
func hasLongCapsRun(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			if run++; run >= 8 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// gluedZones are the time zones a dateline in capitals glues between the
// name and its "UPDATED": "JANE WHITLOCKESTUPDATED AN HOUR AGO".
var gluedZones = []string{"EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "GMT", "UTC", "BST", "CET", "CEST"}

// cutGluedZone drops one of gluedZones from the end of w when four letters
// or more are left of the name.
func cutGluedZone(w string) string {
	for _, z := range gluedZones {
		if len(w) >= len(z)+4 && strings.HasSuffix(w, z) {
			return w[:len(w)-len(z)]
		}
	}
	return w
}

// unglueCaps splits a word in capitals that ends in one of glueWords of
// four letters or more, after two letters at least: "DOEPUBLISHED",
// "SANSONEPUBLISHED:", "DOENOVEMBER".
func unglueCaps(s string) string {
	f := strings.Fields(s)
	changed := false
	for k, w := range f {
		core := strings.TrimRight(w, ":,.;")
		if len(core) < 6 || !isUpperText(core) || !isASCII(core) {
			continue
		}
		low := strings.ToLower(core)
		for cut := 2; cut <= len(low)-4; cut++ {
			if glueWords.has(low[cut:]) {
				f[k] = cutGluedZone(core[:cut]) + " " + w[cut:]
				changed = true
				break
			}
		}
	}
	if !changed {
		return s
	}
	return strings.Join(f, " ")
}

// photoPhrases describe a writer's picture in its alternative text.
var (
	photoBefore = []string{"picture of ", "photo of ", "image of ", "headshot of ", "avatar of ", "portrait of ", "profile photo of ", "profile picture of "}
	photoAfter  = []string{"'s avatar", "’s avatar", " profile image", " profile picture", " profile photo", " avatar", " headshot", " photo", " image", " author image"}
)

// dropPhotoText strips the description of a writer's picture from a
// line: "Picture of Jane Doe" → "Jane Doe", "Jane Doe Profile Image" →
// "Jane Doe". A line that is only such a description of someone named in
// it is the name, whatever else the page says about the picture.
func dropPhotoText(s string) string {
	for _, p := range photoBefore {
		if hasFoldAt(s, p) {
			s = s[len(p):]
			break
		}
	}
	for _, p := range photoAfter {
		if len(s) > len(p) && hasFoldAt(s[len(s)-len(p):], p) {
			head := s[:len(s)-len(p)]
			// "Jane Doe Submitted photo", "Jane Doe file photo": a credit
			// under a picture, with a word about the picture, not a name.
			if creditWords[strings.ToLower(lastField(head))] {
				return s
			}
			s = head
			break
		}
	}
	return s
}

// creditWords say where a picture came from when they stand before
// "photo" or "image".
var creditWords = map[string]bool{
	"submitted": true, "file": true, "contributed": true, "courtesy": true,
	"staff": true, "handout": true, "stock": true, "archive": true, "supplied": true,
}

// lastField returns the last space-separated word of s.
func lastField(s string) string {
	s = strings.TrimRight(s, " ")
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// collapseDoubled returns one copy of a name printed twice in a row:
// "Jane Doe Jane Doe" (the picture's text and the name).
func collapseDoubled(s string) string {
	if !moreFields(s, 3) {
		return s // fewer than four words: no slice of them made
	}
	f := strings.Fields(s)
	if n := len(f); n >= 4 && n%2 == 0 {
		h := n / 2
		for k := 0; k < h; k++ {
			if !strings.EqualFold(f[k], f[h+k]) {
				return s
			}
		}
		return strings.Join(f[:h], " ")
	}
	return s
}

// dropCredentials strips the letters of degrees and certificates after a
// name: "Jane Doe PhD", "Jane A. Doe CPP", "Jane Doe, CEPF®" (the comma is
// gone by now). They are words in capitals, some with dots or a sign,
// after a name in mixed case.
func dropCredentials(s string) string {
	if _, last, _ := outerFields(s); !isCredential(last) {
		return s // most names end in none: no slice of their words made
	}
	f := strings.Fields(s)
	k := len(f)
	for k > 2 && isCredential(f[k-1]) {
		k--
	}
	if k == len(f) {
		return s
	}
	return strings.Join(f[:k], " ")
}

// credentials are the common degrees and certificates written after a
// writer's name; others are known by the sign of a registered mark.
var credentials = newWordSet("phd", "ph.d.", "ph.d", "md", "m.d.", "mba", "jd", "j.d.", "rn", "dds", "esq.", "esq",
	"cpp", "psp", "cfa", "cpa", "cfp", "cepf", "cissp", "pmp", "facp", "faclm", "frcp", "mph", "msc", "bsc",
	"llm", "dvm", "lcsw", "rd", "rdn", "cscs", "ms", "ma", "pe", "aia", "facs", "faan", "dnp", "np", "pa-c")

// isCredential reports one of credentials, or a word in capitals with
// the sign of a registered mark ("CEPF®").
func isCredential(w string) bool {
	w = strings.TrimRight(w, ",")
	if hasLower(credentials, w) {
		return true
	}
	core := strings.TrimRight(w, "®™")
	return len(core) < len(w) && len(core) >= 2 && isUpperText(core)
}

// A header's facts often share one line, set apart by dots or bars: the
// date, the reading time, the word or comment count and the writer
// ("December 15, 2025 · 30 min · 6279 words · Jane Doe", "109 Comments |
// Jane Doe | Last Updated: March 11, 2019", "0 · by Jane Doe · Updated
// on 8 January 2026"). The fields that are counts or labels are no part
// of a byline; dropping them leaves the byline and the date as a two-field
// line reads.

// rowSeps set a header's fields apart.
const rowSeps = "·|•"

// reRowCount is a field that only counts: "30 min", "6279 words", "109
// Comments", "0", "1.2K views".
var reRowCount = lazyRegexp(`(?i)^\d[\d,.]*\s*k?\s*(?:(?:min|mins|minutes?)(?:\s+read)?|words?|comments?|views?|shares?|likes?|reads?|responses?|replies|reactions?)?$`)

// rowLabels are fields left as a label whose value was another field's
// (the date, read apart): "Last Updated:", "Updated on".
var rowLabels = newWordSet("updated", "last updated", "updated on", "last updated on", "published", "published on",
	"posted", "posted on", "modified", "last modified")

// rowFurniture reports a header field that is a count, a reading time, a
// bare label, or a time told from now ("Updated 3 hours ago", "vor 2
// Stunden"), which gives no date and names no one.
func rowFurniture(f string) bool {
	f = strings.Trim(f, " :,;-–—")
	if f == "" {
		return true
	}
	if isDigitByte(f[0]) {
		return reRowCount().MatchString(f) || readingMinutes(f) > 0 || relativeField(f)
	}
	return hasLower(rowLabels, f) || readingMinutes(f) > 0 || relativeField(f)
}

// relativeField reports a field that tells its time from now: "3 hours
// ago", "Updated 3 hours ago", "hace 2 horas". Only a field with a digit
// is matched.
func relativeField(f string) bool {
	if !strings.ContainsAny(f, "0123456789") {
		return false
	}
	return reRelDate().MatchString(f) || reRelDateAbroad().MatchString(f)
}

// dropRowFurniture removes the count and label fields of a header line
// whose fields are set apart by dots or bars, keeping the others, a bar
// between each.
func dropRowFurniture(s string) string {
	// Counts have digits, and a label is left only beside a date.
	if !digitAndRowSep(s) {
		return s
	}
	var kept []string
	dropped := false
	for f := range strings.FieldsFuncSeq(s, func(r rune) bool { return strings.ContainsRune(rowSeps, r) }) {
		if rowFurniture(f) {
			dropped = true
			continue
		}
		kept = append(kept, strings.TrimSpace(f))
	}
	if !dropped || len(kept) == 0 {
		return s
	}
	return strings.Join(kept, " | ")
}

// digitAndRowSep reports whether s has a digit and one of rowSeps, in
// one pass over its bytes (every short line of a page is asked).
func digitAndRowSep(s string) bool {
	// The bar and the separators' lead bytes are found by a vector search,
	// several times faster than this loop: most lines have none of them.
	if strings.IndexByte(s, '|') < 0 && strings.IndexByte(s, 0xC2) < 0 && strings.IndexByte(s, 0xE2) < 0 {
		return false
	}
	digit, sep := false, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digit = true
		case c == '|':
			sep = true
		case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xB7: // ·
			sep = true
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0xA2: // •
			sep = true
		}
		if digit && sep {
			return true
		}
	}
	return false
}

// collapseGlued returns one copy of a name the markup printed twice with
// nothing between: "Jane DoeJane Doe" (a link's text and the name).
func collapseGlued(s string) string {
	s = strings.TrimSpace(s)
	if h := len(s) / 2; len(s)%2 == 0 && h > 3 && s[:h] == s[h:] && strings.Contains(s[:h], " ") {
		return s[:h]
	}
	return s
}

// beforeGraphic returns the name before the text of a logo that follows
// it ("Jane Doe WXYZ logo" → "Jane Doe"), or "".
func beforeGraphic(s string) string {
	if _, last, _ := outerFields(s); !hasLower(graphicWords, last) {
		return "" // most names end in no such word: no slice of their words made
	}
	f := strings.Fields(s)
	if len(f) < 3 || !hasLower(graphicWords, f[len(f)-1]) {
		return ""
	}
	for k := len(f) - 2; k >= 2; k-- {
		if n, ok := asName(strings.Join(f[:k], " ")); ok {
			return n
		}
	}
	return ""
}

// storyLeads open a sentence that credits the writer: "This post was
// written by Jane Doe, MD".
var storyLeads = []string{"this post was ", "this article was ", "this story was ", "this piece was ", "this blog was ", "this blog post was "}

// dropStoryLead cuts such an opening, leaving "written by …".
func dropStoryLead(s string) string {
	if len(s) < 20 || s[0] != 'T' && s[0] != 't' {
		return s
	}
	for _, l := range storyLeads {
		if hasFoldAt(s, l) {
			return s[len(l):]
		}
	}
	return s
}

// creditWorks, workJoins and creditPictures are the first words of a
// credit that gives one person
// a story's words and its pictures, before the by-word: "Story and photos
// by Jane Doe", "Texto y fotos por Ana Pérez", "Text und Fotos von …".
var (
	creditWorks    = newWordSet("story", "text", "words", "reporting", "texto", "texte", "testo", "tekst")
	workJoins      = newWordSet("and", "&", "y", "et", "und", "e", "en", "og", "och", "i")
	creditPictures = newWordSet("photos", "photo", "photographs", "photography", "pictures", "images", "video",
		"fotos", "foto", "fotografías", "fotografie", "bilder", "zdjęcia")
)

// dropWorkAndPictures cuts such a credit's first words, leaving its
// by-word and the name: "Story and photos by Jane Doe" → "by Jane Doe".
func dropWorkAndPictures(s string) string {
	if len(s) < 16 {
		return s
	}
	if c := lowerASCII(s[0]); c != 's' && c != 't' && c != 'w' && c != 'r' { // the first letters of creditWorks
		return s
	}
	rest := s
	for _, set := range []*wordSet{creditWorks, workJoins, creditPictures} {
		w, r := cutWord(rest)
		if !hasLower(set, w) {
			return s
		}
		rest = r
	}
	if w, _ := cutWord(rest); !slices.Contains(markerBys, strings.ToLower(w)) {
		return s
	}
	return rest
}

// dropBracketed removes the words in brackets after a "By": an outlet or
// handle ("By Jane Doe (Example News)"). Only after a "By": a line of
// capitalised words with an abbreviation in brackets ("Cognitive
// Behavioral Therapy (CBT)") would read as a name without them.
func dropBracketed(s string) string {
	if strings.IndexByte(s, '(') < 0 {
		return s
	}
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			return s[:i]
		}
		s = strings.TrimRight(s[:i], " ") + " " + strings.TrimLeft(s[i+j+1:], " ")
	}
}

// dropBracketPlaces removes the place each writer files from when the
// page prints it in brackets after the name, in any language: "Ana Ruiz
// (Madrid) y Pedro Gil (Bogotá)", "Anna Nowak (Warszawa), Piotr
// Wiśniewski (Kraków)", "Ayşe Yılmaz (Ankara) - Mehmet Demir (İstanbul)".
// Between two placed writers any joining word or separator stands for a
// comma, so a language's "and" that the name splitter does not know
// ("a", "ve", "и") still parts them. A bracket of capitals only ("(AP)",
// "(CBT)") is an agency or an abbreviation, not a place, and leaves the
// line as it was; so does text in brackets that is not after a name.
func dropBracketPlaces(s string) string {
	if strings.IndexByte(s, '(') < 0 {
		return s
	}
	var b strings.Builder
	rest := s
	for {
		i := strings.IndexByte(rest, '(')
		if i < 0 {
			break
		}
		j := strings.IndexByte(rest[i:], ')')
		if j < 0 {
			return s
		}
		before := strings.TrimRight(rest[:i], " ")
		if !isPlaceTag(rest[i+1:i+j]) || before == "" || !unicode.IsLetter(lastRune(before)) || !unicode.IsUpper(firstRune(lastField(before))) {
			return s
		}
		b.WriteString(before)
		rest = strings.TrimLeft(rest[i+j+1:], " ")
		if rest == "" {
			break
		}
		// Whatever stands between this writer and the next capitalised
		// word (a separator, a joining word, nothing) is a comma.
		k := strings.IndexFunc(rest, unicode.IsUpper)
		if k < 0 || k > 8 || strings.ContainsFunc(rest[:k], unicode.IsDigit) {
			return s
		}
		b.WriteString(", ")
		rest = rest[k:]
	}
	b.WriteString(rest)
	return b.String()
}

// placeWords are the words for "in" and "from" before a writer's town.
var placeWords = newWordSet("in", "from", "à", "depuis", "en", "desde", "em", "aus", "da", "z", "ze", "из", "з", "iz", "från", "uit", "fra")

// isPlaceTag reports the text of a bracket that can be a town: one to
// three words opening with a capital, of letters (and the hyphens, dots
// and apostrophes of "Saint-Denis", "St. Louis", "L'Aquila"), written in
// small letters after the first (capitals only are an abbreviation, and
// a capital alone is a caption's side: "Jane Doe (R) and John Roe").
// The town may follow the word for "in" or "from" of the page's
// language, as a correspondent's is written ("Sophie Martin (à
// Bruxelles)", "Jane Doe (in Kyiv)").
func isPlaceTag(t string) bool {
	if w, rest := cutWord(t); rest != "" && placeWords.has(w) {
		t = rest
	}
	n := 0
	for w := range strings.FieldsSeq(t) {
		n++
		if n > 3 || !unicode.IsUpper(firstRune(w)) || isUpperText(w) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '.' && r != '\'' && r != '’' {
				return false
			}
		}
	}
	return n > 0
}
