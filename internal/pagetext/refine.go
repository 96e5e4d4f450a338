package pagetext

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The body's last say is a third stage of the line classifier: of the
// lines stage two's zone holds (p.zone: the lines as kept after the
// block, short-story and repeat rules), it drops those that read as
// furniture inside or at the end of the story: a teaser's blurb, a pitch
// for the site, a note about the writer, a picture's description.
//
// It sits apart from stages one and two on purpose. The headline ranker
// reads stage two's probabilities as features, and the byline, date,
// header and outlet passes read the zone's first and last lines as where
// the story starts and ends; both were tuned and trained on stage two's
// decision. A retrained stage two moved titles, bylines and dates
// together with the body; a retrained stage three moves the body only.
// It scores only the zone's lines, a third of a page's at most, so a
// parse pays little for it.

// refineFeature names a position in stage three's own features, which
// follow a line's features and stage two's context features.
type refineFeature int

const (
	rS2           refineFeature = iota // stage two's logit for the line
	rS2Prev                            // stage two's probability for the line above
	rS2Next                            // and below
	rZoneAfter                         // share of the zone's words below the line
	rZoneLinesAft                      // zone lines below the line, log
	rGapAbove                          // lines since the zone line above, log
	rGapBelow                          // lines to the zone line below, log
	rLowerStart                        // opens with a small letter in a cased script: alt text, a fragment
	rPicture                           // describes a picture, as alt text does ("A woman holds …")
	rPitch                             // share of words that speak for the site or to the reader (we, our, you)
	rCallToAction                      // opens with a call to act ("Learn more", "Book a demo", "Check out …")
	rAboutWriter                       // a sentence naming a writer's trade: a note about a writer
	rLabelOpen                         // opens with a short label and a colon ("Related:", "Read more:")
	rEllipsis                          // ends with an ellipsis: a teaser's cut blurb
	rOverlap                           // share of its words other likely body lines use: a teaser or a pitch is about something else
	rLeadOverlap                       // share of its words the story's first paragraphs (some 150 words) use
	rAltShape                          // "A woman holding …": an article, then a word in -ing, as alt text describes a picture
	rSameStart                         // other zone lines open with its first two words, share: a run of alt texts or of "More from …" rows
	rSameEnd                           // other zone lines end with its last three words, share: alt texts stuffed with the page's keywords
	numRefineFeatures
)

var refineFeatureNames = [numRefineFeatures]string{
	"s2", "s2_prev", "s2_next", "zone_after", "zone_lines_after", "gap_above", "gap_below",
	"lower_start", "picture", "pitch", "call_to_action", "about_writer", "label_open", "ellipsis",
	"overlap", "lead_overlap", "alt_shape", "same_start", "same_end",
}

func (f refineFeature) String() string { return refineFeatureNames[f] }

// body3Names are the names of stage three's inputs.
var body3Names = append(append([]string{}, body2Names...), refineFeatureNames[:]...)

// refineRow holds one line's stage-three inputs.
type refineRow [int(numLineFeatures) + int(numContextFeatures) + int(numRefineFeatures)]float32

// refineRows returns the stage-three inputs of the zone's lines, and
// which lines they are.
func (p *page) refineRows() ([]refineRow, []int) {
	n := len(p.lines)
	var idx []int
	totalWords := 0
	for i, k := range p.zone {
		if k {
			idx = append(idx, i)
			totalWords += p.lines[i].words
		}
	}
	rows := reuse(p.scr, &p.scr.rows, len(idx))
	heads, tails := p.edgeCounts(idx)
	after := totalWords
	all, lead := p.bodyWords(p.bodyP)
	inLead := make([]bool, n) // the lines bodyWords counted in lead
	for i, w := 0, 0; i < n && w < 150; i++ {
		if p.bodyP[i] >= 0.5 {
			inLead[i] = true
			w += p.lines[i].words
		}
	}
	at := func(i int) float32 {
		if i < 0 || i >= n {
			return 0
		}
		return p.bodyP[i]
	}
	for k, i := range idx {
		r := &rows[k]
		copy(r[:], p.vecs[i][:])
		copy(r[numLineFeatures:], p.ctx[i][:])
		f := r[int(numLineFeatures)+int(numContextFeatures):]
		ln := &p.lines[i]
		after -= ln.words
		f[rS2] = clamp(p.z2[i]/5, -2, 2)
		f[rS2Prev], f[rS2Next] = at(i-1), at(i+1)
		f[rZoneAfter] = float32(after) / float32(max(1, totalWords))
		f[rZoneLinesAft] = float32(log1pInt(len(idx)-k-1) / 5)
		gapAbove, gapBelow := i+1, n-i
		if k > 0 {
			gapAbove = i - idx[k-1]
		}
		if k+1 < len(idx) {
			gapBelow = idx[k+1] - i
		}
		f[rGapAbove] = float32(log1pInt(gapAbove) / 5)
		f[rGapBelow] = float32(log1pInt(gapBelow) / 5)
		f[rLowerStart] = b2f(unicode.IsLower(firstLetter(ln.text)))
		if ln.words >= 3 {
			f[rPicture] = b2f(pictureDescription(ln.text, ln.low) || altText(ln.low))
			f[rAltShape] = b2f(ln.words <= 25 && altShape(ln.low))
			f[rSameStart] = float32(heads[k]) / float32(len(idx))
			f[rSameEnd] = float32(tails[k]) / float32(len(idx))
			pitch, first, trade := readPitch(ln.low)
			f[rPitch] = float32(pitch) / float32(ln.words)
			f[rCallToAction] = b2f(ctaWords[first])
			f[rAboutWriter] = b2f(trade && ln.shape.endsSent && ln.words >= 8)
		}
		// A label opens the line: its colon is among the first 30 bytes.
		if c := strings.IndexAny(ln.text[:min(len(ln.text), 33)], ":："); c > 0 && c < 30 && c+1 < len(ln.text) {
			f[rLabelOpen] = b2f(strings.Count(ln.text[:c], " ") <= 3)
		}
		f[rOverlap] = p.overlap(i, all, p.bodyP[i] >= 0.5)
		f[rLeadOverlap] = p.overlap(i, lead, inLead[i])
		t := trimRightSet(ln.text, " )]\"'”’")
		f[rEllipsis] = b2f(strings.HasSuffix(t, "…") || strings.HasSuffix(t, "..."))
	}
	return rows, idx
}

// edgeCounts returns, for each of the zone lines idx of three words or
// more, how many other such lines open with its first two words and how
// many end with its last three. A story's paragraphs seldom share either;
// the alt texts of a gallery ("a woman models …") and rows under a story
// ("More articles from …") share their openings, and alt text written for
// search engines ends each picture with the page's keywords.
func (p *page) edgeCounts(idx []int) (heads, tails []int) {
	heads, tails = make([]int, len(idx)), make([]int, len(idx))
	hk, tk := make([]uint64, len(idx)), make([]uint64, len(idx))
	byHead := make(map[uint64]int, len(idx))
	byTail := make(map[uint64]int, len(idx))
	for k, i := range idx {
		if p.lines[i].words < 3 {
			continue
		}
		hk[k], tk[k] = edgeHashes(p.lines[i].low)
		byHead[hk[k]]++
		byTail[tk[k]]++
	}
	for k, i := range idx {
		if p.lines[i].words >= 3 {
			heads[k], tails[k] = byHead[hk[k]]-1, byTail[tk[k]]-1
		}
	}
	return heads, tails
}

// edgeHashes hashes a line's first two words and its last three, the
// last read from the end: the lines asked are the story's paragraphs.
func edgeHashes(low string) (head, tail uint64) {
	n := 0
	for w := range wordsIn(low) {
		head = head*1099511628211 ^ wordHash(w)
		if n++; n == 2 {
			break
		}
	}
	var last [3]uint64 // the last word last; 0 for none, on a line of fewer
	if utf8.ValidString(low) {
		s := low
		for k := 2; k >= 0; k-- {
			var w string
			if s, w = wordBefore(s); w == "" {
				break
			}
			last[k] = wordHash(w)
		}
	} else {
		for w := range wordsIn(low) {
			last[0], last[1], last[2] = last[1], last[2], wordHash(w)
		}
	}
	return head, (last[0]*1099511628211^last[1])*1099511628211 ^ last[2]
}

// wordHash is FNV-1a of a word.
func wordHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * 1099511628211
	}
	return h
}

// altShape reports a line that opens as alt text describes what a
// picture shows: an article, then within four words a verb in -ing ("A
// woman holding a microphone", "An advisor reviewing …"). English, as
// the other word lists of stage three.
func altShape(low string) bool {
	return articleThen(low, 4, func(_ int, _, w string) bool { return len(w) > 4 && strings.HasSuffix(w, "ing") })
}

// articleThen reports a line in lower case that opens with "a" or "an"
// and has, among its next words up to the last'th, one that is accepts;
// is is told the word's place (the article's is 0) and the word before it.
func articleThen(low string, last int, is func(k int, prev, w string) bool) bool {
	return openerThen(low, last, isIndefinite, is)
}

// isIndefinite reports "a" or "an".
func isIndefinite(w string) bool { return w == "a" || w == "an" }

// openerThen is articleThen with the words that may open the line told by
// opens.
func openerThen(low string, last int, opens func(string) bool, is func(k int, prev, w string) bool) bool {
	k, prev := 0, ""
	for w := range wordsIn(low) {
		switch {
		case k == 0:
			if !opens(w) {
				return false
			}
		case k > last:
			return false
		case is(k, prev, w):
			return true
		}
		prev = w
		k++
	}
	return false
}

// sceneVerbs are what alt text says a picture's subject does, in the
// present: "A woman holds …", "a man models …".
var sceneVerbs = newWordSet("holds", "rests", "stands", "sits", "walks", "smiles", "poses", "looks", "wears",
	"models", "leans", "lies", "lay", "hangs", "displays")

// sceneCounts open alt text of a picture of more than one person or
// thing as "a" opens one of one: "Two people eating salads at a table",
// "Three hikers rest by the lake". They go with sceneVerbs' plurals.
var (
	sceneCounts       = newWordSet("two", "three", "four", "five", "several")
	pluralSceneVerbs  = newWordSet("hold", "rest", "stand", "sit", "walk", "smile", "pose", "wear", "lean", "lie", "hang")
	countOpenersFirst = "tTfFsS"
)

// afterPreposition are the words after which an -ing word is a noun ("a
// guide to nursing", "a framework for thinking"), not what a picture's
// subject is doing.
var afterPreposition = newWordSet("to", "for", "of", "about", "by", "in", "on", "from", "with", "the", "into", "at")

// altMaxWords is the most words a line may have to be read as alt text.
const altMaxWords = 35

// showsScene reports a line that describes what a picture shows, as
// alt text does: "A woman holding a microphone at a dinner party", "a
// hiker stands on a ledge overlooking a lake", "Two people eating salads
// at a table". It opens with "a" or "an" (or a count, sceneCounts) and a
// thing or person of a word or few, then what it does, in -ing or a verb
// of sceneVerbs (pluralSceneVerbs after a count); it is one sentence, no longer than alt text, with
// no figure, and neither speaks to the reader nor ends with a colon or a
// question. A story's sentence of that opening ("A growing number of …",
// "A guide to nursing") puts an adjective or a noun there, and goes on
// with a verb of its own. English, as the other word lists of stage three.
func showsScene(ln *line) bool {
	if ln.words < 4 || ln.words > altMaxWords || ln.digits > 0 {
		return false
	}
	t := strings.TrimRight(ln.text, " ")
	if t == "" || t[0] != 'a' && t[0] != 'A' && strings.IndexByte(countOpenersFirst, t[0]) < 0 ||
		strings.HasSuffix(t, ":") || strings.HasSuffix(t, "?") {
		return false
	}
	if k := strings.Index(t, ". "); k >= 0 && k+2 < len(t) && t[k+2] >= 'A' && t[k+2] <= 'Z' {
		return false // two sentences
	}
	// After a count, the -ing word is written in lower case: a heading
	// in title case opens so too ("Two Kinds of Vibe Coding"); and a verb
	// of its own makes the line a sentence of the story ("Three of the
	// people waiting at the quay were taken to hospital").
	counted := t[0] != 'a' && t[0] != 'A'
	if counted {
		// A count of its own, not the first part of a compound
		// ("Three-year total cost").
		sp := strings.IndexByte(ln.low, ' ')
		if sp < 0 || !sceneCounts.has(ln.low[:sp]) || hasStoryVerb(ln.low) {
			return false
		}
	}
	doing := func(k int, prev, w string) bool {
		if k < 2 {
			return false
		}
		if counted {
			return pluralSceneVerbs.has(w) ||
				len(w) > 5 && strings.HasSuffix(w, "ing") && nounPhraseDoing(ln.low, prev, w) && strings.Contains(t, " "+w)
		}
		return sceneVerbs.has(w) || len(w) > 5 && strings.HasSuffix(w, "ing") && nounPhraseDoing(ln.low, prev, w)
	}
	opens := isIndefinite
	if counted {
		opens = sceneCounts.has
	}
	if !openerThen(ln.low, 5, opens, doing) {
		return false
	}
	pitch, _, _ := readPitch(ln.low)
	return pitch == 0 && !speaksAsWriter(ln.low)
}

// sceneSubjects are the people a stock picture shows, named with no
// article in its alt text: "Woman using dumbbells", "Young man with a
// kettlebell", "Hiker on the ridge at dawn".
var sceneSubjects = newWordSet("woman", "man", "girl", "boy", "child", "couple", "person", "family",
	"hiker", "backpacker", "runner", "cyclist", "student", "worker", "doctor", "nurse", "businessman",
	"businesswoman", "mother", "father", "baby", "toddler")

// sceneAdjectives may stand before such a subject.
var sceneAdjectives = newWordSet("young", "old", "elderly", "smiling", "happy", "senior", "little")

// sceneLinks follow the subject in such alt text: what the person has,
// uses or does, or where the person is.
var sceneLinks = newWordSet("with", "using", "holding", "wearing", "on", "in", "at", "sitting", "standing",
	"walking", "doing", "playing", "eating", "drinking", "reading", "looking", "taking", "working", "enjoying")

// personSceneWords is the most words a line may have to be read as a
// person's scene (personScene).
const personSceneWords = 12

// personScene reports a line that opens, as alt text of a stock picture
// does, with a person (after at most one adjective) and then what the
// person has, uses or does: "Woman using dumbells", "Young woman with a
// stability ball". It is one short phrase with no figure and no word in
// -ed, and does not end a sentence. A sentence of the story puts an
// article or a plural there ("Women with …", "The man in …"); a headline
// a verb in the past ("Man with a knife arrested …").
func personScene(ln *line) bool {
	if ln.words < 3 || ln.words > personSceneWords || ln.digits > 0 || endsSentence(ln.text) {
		return false
	}
	k := 0
	for w := range wordsIn(ln.low) {
		switch {
		case k == 0 && sceneAdjectives.has(w):
			continue
		case k == 0 && !sceneSubjects.has(w), k == 1 && !sceneLinks.has(w), strings.HasSuffix(w, "ed"):
			return false
		}
		k++
	}
	return k >= 2
}

// isFileSlug reports a line that is a picture's file name made into alt
// text: one run of small ASCII letters and digits joined by three or
// more hyphens or underscores ("critical-path-project-gantt-chart").
// Code names fewer parts ("react-router-dom"). A name of any case is a
// picture's too when it says so (pictureFileName).
func isFileSlug(s string) bool {
	if pictureFileName(s) {
		return true
	}
	joins := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		case (c == '-' || c == '_') && i > 0 && i+1 < len(s) && s[i-1] != '-' && s[i-1] != '_':
			joins++
		default:
			return false
		}
	}
	return joins >= 3
}

// pictureExtensions end the file name of a picture.
var pictureExtensions = toSet("jpg", "jpeg", "png", "gif", "webp", "avif", "heic", "tif", "tiff", "bmp")

// cameraPrefixes open the names cameras and phones give their pictures:
// "IMG_2041", "DSC01873", "PXL_20250614_101502".
var cameraPrefixes = []string{"IMG", "DSC", "DSCN", "DSCF", "PXL", "GOPR", "DJI", "MVIMG"}

// pictureFileName reports a line that is nothing but a picture's file
// name, printed where the picture stood: one name with a picture's
// extension, perhaps after one word ("IMG_2041 Large.jpeg",
// "team-photo.PNG"); a camera's name for it ("IMG_2041", "DSC01873"); or
// a name that ends in the picture's size ("hero_1440-1024",
// "banner-1200x628"). A story's line has spaces and words; a code's
// name has no size and no camera's prefix.
func pictureFileName(s string) bool {
	if len(s) < 5 || len(s) > 80 {
		return false
	}
	space := -1 // a name has one space at most, and no path or label
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ':
			if space >= 0 {
				return false
			}
			space = i
		case '/', '\\', ':':
			return false
		}
	}
	last := s[space+1:]
	if k := strings.LastIndexByte(last, '.'); k > 0 && pictureExtensions[strings.ToLower(last[k+1:])] {
		return true
	}
	if space >= 0 {
		return false
	}
	for _, c := range cameraPrefixes {
		if rest, ok := strings.CutPrefix(s, c); ok {
			rest = strings.TrimLeft(rest, "_-")
			n := 0
			for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
				n++
			}
			if n >= 3 && fileNameChars(rest) {
				return true
			}
		}
	}
	return fileNameChars(s) && pictureSizeEnd(s)
}

// fileNameChars reports a name of ASCII letters, digits, hyphens and
// underscores only.
func fileNameChars(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isASCIILetter(c) && (c < '0' || c > '9') && c != '-' && c != '_' {
			return false
		}
	}
	return true
}

// pictureSizeEnd reports a name with a letter that ends in a picture's
// width and height of three or four figures each, after a hyphen or an
// underscore: "_1440-1024", "-1200x628". A date ("2025-06-14") has
// smaller parts, a telephone number no letter.
func pictureSizeEnd(s string) bool {
	digitsBack := func(end int) int {
		k := end
		for k > 0 && s[k-1] >= '0' && s[k-1] <= '9' {
			k--
		}
		return k
	}
	h := digitsBack(len(s))
	if n := len(s) - h; n < 3 || n > 4 || h == 0 || s[h-1] != 'x' && s[h-1] != '-' {
		return false
	}
	w := digitsBack(h - 1)
	if n := h - 1 - w; n < 3 || n > 4 || w == 0 || s[w-1] != '-' && s[w-1] != '_' {
		return false
	}
	for i := 0; i < w-1; i++ {
		if isASCIILetter(s[i]) {
			return true
		}
	}
	return false
}

// sidesNamed reports a line that points at two places in a picture,
// "(left)" and "(right)", "(top)" and "(bottom)": a caption.
func sidesNamed(low string) bool {
	return strings.Contains(low, "(left)") && strings.Contains(low, "(right)") ||
		strings.Contains(low, "(top)") && strings.Contains(low, "(bottom)")
}

// nounPhraseDoing reports whether the -ing word w, after prev, says what
// the thing before it does ("a woman holding"), not what kind of thing
// it is: after an adverb or a participle ("a rapidly growing", "an
// established publishing schedule"), a preposition or an article ("a
// guide to nursing"), inside a compound ("free-draining"), or before a
// comma ("a key player in publishing, Acme …") it is a noun or an
// adjective; after "was" or "were" it tells a story ("a man was holding
// the door when …"), which alt text does not.
func nounPhraseDoing(low, prev, w string) bool {
	return !strings.HasSuffix(prev, "ly") && !strings.HasSuffix(prev, "ed") && !afterPreposition.has(prev) &&
		prev != "was" && prev != "were" &&
		!strings.Contains(low, "-"+w) && !strings.Contains(low, w+",")
}

// speaksAsWriter reports a line in the first person singular.
func speaksAsWriter(low string) bool {
	for w := range wordsIn(low) {
		if w == "i" || w == "my" || w == "me" || w == "i'm" || w == "i’m" {
			return true
		}
	}
	return false
}

// viewKinds say from where a picture was taken, before "view" in its
// caption or alt text: "Aerial view of the harbour", "A top view of a
// laptop on a desk", "General view of the stadium", "Rear-view of a
// child on a parent's shoulders".
var viewKinds = newWordSet("aerial", "top", "side", "rear", "front", "back", "interior", "exterior",
	"panoramic", "general", "overhead", "wide", "close", "closer", "inside", "outside", "street",
	"satellite", "drone", "night", "bird's", "eye", "birds")

// viewJoins follow "view" in such a caption: what the picture shows, or
// where it was taken from.
var viewJoins = newWordSet("of", "from", "over", "across", "into", "inside", "through")

// pictureView reports a caption that names the picture a view and says
// of what or from where: "Aerial view of the new quay", "A top view of a
// laptop displaying charts", "View from the summit at dawn". Before
// "view" stand at most an article and two words of viewKinds, one at
// least after the article; a story's sentence puts another word there
// ("A different view of the problem", "In view of the costs"), or a verb
// of its own after ("… shows", "… was").
func pictureView(ln *line) bool {
	if ln.words < 3 || ln.words > altMaxWords || ln.digits > 0 {
		return false
	}
	t := trimRightSet(ln.text, " ")
	if t == "" || strings.HasSuffix(t, ":") || strings.HasSuffix(t, "?") || !strings.Contains(ln.low, "view") {
		return false
	}
	k, kinds, seen, article := 0, 0, false, false
	for w := range wordsIn(ln.low) {
		switch {
		case seen:
			if !viewJoins.has(w) {
				return false
			}
			return !hasStoryVerb(ln.low) && !speaksAsWriter(ln.low)
		case w == "view":
			if article && kinds == 0 {
				return false // "A view of the port, which …" opens a sentence
			}
			seen = true
		case k == 0 && isIndefinite(w):
			article = true
		case viewKinds.has(w) && kinds < 2:
			kinds++
		default:
			return false
		}
		k++
	}
	return false
}

// dropPictureText takes out of the body the kept lines that describe a
// picture (showsScene, personScene, pictureView) or point into one (sidesNamed): the
// alt text or caption a copied page prints where the picture was. Stage three weighs such lines too, but among a story's
// sentences it keeps many; their shape is surer than their neighbourhood.
// Only the body loses them: the zone stays as stage two made it. A card
// keepCardTexts took back stays: "A course covering everything from …"
// reads as alt text ("A woman holding …"), but it sits over the button
// that closes the list's other cards.
func (p *page) dropPictureText() {
	for i, k := range p.keep {
		if k && !slices.Contains(p.cards, i) && (showsScene(&p.lines[i]) || p.lowerAltText(i) || personScene(&p.lines[i]) || pictureView(&p.lines[i]) ||
			sidesNamed(p.lines[i].low) || isFileSlug(p.lines[i].text)) {
			p.keep[i] = false
		}
	}
}

// altPhraseWords is the most words a line may have to be read as alt
// text written in small letters (lowerAltText).
const altPhraseWords = 20

// lowerAltText reports a line that reads as a picture's alt text written
// as a phrase of keywords ("airplane flying through the sky at sunrise",
// "modern interior tiny house", "woman with curly hair taking photos."):
// it opens with a word in small letters, is one sentence of three to
// altPhraseWords words with no figure and none of the marks of code, a
// label or a quote, and does not end as a clause that goes on or a
// question. It stands alone: the line above is not kept or ends a
// sentence, and the kept line below opens with a capital. A story's
// sentence opens with a capital; a paragraph broken over lines goes on
// in small letters under a line that has not ended.
func (p *page) lowerAltText(i int) bool {
	ln := &p.lines[i]
	if ln.words < 3 || ln.words > altPhraseWords || ln.digits > 0 || !lowerWordFirst(ln.text) ||
		strings.ContainsAny(ln.text, "{}()=<>#\"|:;“”") || strings.Contains(ln.text, ". ") {
		return false
	}
	t := trimRightSet(ln.text, " .")
	if t == "" || strings.ContainsRune(",!?", rune(t[len(t)-1])) || strings.HasSuffix(ln.text, ",") {
		return false
	}
	if i > 0 && p.keep[i-1] && !endsSentenceAny(p.lines[i-1].text) {
		return false
	}
	if i+1 < len(p.lines) && p.keep[i+1] && !unicode.IsUpper(firstRune(p.lines[i+1].text)) {
		return false
	}
	return true
}

// lowerWordFirst reports a text whose first word is all small ASCII
// letters ("airplane …"; not "iOS …", "e.g. …" or "don't …").
func lowerWordFirst(s string) bool {
	k := 0
	for k < len(s) && s[k] >= 'a' && s[k] <= 'z' {
		k++
	}
	return k > 0 && (k == len(s) || s[k] == ' ')
}

// refineBody drops the zone's lines that stage three calls furniture. A
// model without a third stage (one being trained) keeps the zone.
func (p *page) refineBody() {
	if len(p.model.body3.trees) == 0 {
		return
	}
	// A short story's lines were settled by the rules (keepShortStory):
	// stage three learned from longer ones.
	zoneLines := 0
	for _, k := range p.zone {
		if k {
			zoneLines++
		}
	}
	if zoneLines <= shortStoryLines {
		return
	}
	rows, idx := p.refineRows()
	z := p.model.body3.scoreAll(len(rows), func(k int) []float32 { return rows[k][:] })
	left := false
	closing := p.closesOverWall(idx)
	for k, i := range idx {
		if z[k] < refineDrop && i != closing {
			p.keep[i] = false
		}
	}
	p.keepCardTexts(idx)
	for _, i := range idx {
		left = left || p.keep[i]
	}
	// A block of which stage three keeps half the zone's lines or more
	// is one element (a list), whose short items it weighed one by one,
	// as keepBlocks does for stage two: the block stays whole.
	if p.blocks {
		for s := 0; s < len(idx); {
			e, b := s, p.lines[idx[s]].block
			kept := 0
			for e < len(idx) && p.lines[idx[e]].block == b {
				if p.keep[idx[e]] {
					kept++
				}
				e++
			}
			if e-s >= 2 && 2*kept >= e-s {
				for k := s; k < e; k++ {
					p.keep[idx[k]] = true
				}
			}
			s = e
		}
	}
	p.keepListRuns(idx)
	// Stage three weighs lines the zone holds; a zone it would empty
	// whole is a story it cannot read (its lines all unlike the pages it
	// learned from), and the zone stands.
	if !left {
		copy(p.keep, p.zone)
	}
}

// closesOverWall returns the zone's last line when a line that opens
// reader comments stands within wallReach lines under it, or -1. Stage
// three learned that the zone's last line, with nothing of the zone
// under it, is often a bio or a pitch that only the end of the page
// stopped; a comments heading under it ("Comments (8)", "Diskuse")
// says that the story ran to it, and stage two, which kept it, read it
// with the heading beside it. Only a line that ends a sentence is the
// story's: a widget's label ("Rate this article") or a pitch's lead-in
// ending in a colon sits over comments too.
func (p *page) closesOverWall(idx []int) int {
	if len(idx) == 0 {
		return -1
	}
	last := idx[len(idx)-1]
	if !p.keep[last] || !p.lines[last].shape.endsSent {
		return -1
	}
	for i := last + 1; i < len(p.lines) && i <= last+wallReach; i++ {
		if p.ann[i].has(roleWall) {
			return last
		}
	}
	return -1
}

// wallReach is the most lines between a story's last paragraph and the
// comments heading under it: tags, share buttons and a box of links to
// other stories may stand between.
const wallReach = 8

// refineDrop is the stage-three logit below which a zone line leaves the
// body. Swept on the even devset-wcxb pages for body F1 (per page, as the
// scorer counts): -1 0.9512, -0.5 0.9524, 0 0.9538, 0.5 0.9537.
const refineDrop = 0

// Furniture after a story often reads as prose: a pitch for the site's
// product ("Book a free demo with our team"), a teaser's blurb ("Learn
// how to …"), a note about the writer. Their words tell them: the site
// speaking of itself and to the reader, a call to act as the first word,
// a writer's trade. The lists are English, the language of most pages
// the classifier learns from; elsewhere the features are zero and the
// other signals decide.
var (
	pitchWords = newWordSet("we", "our", "us", "ours", "you", "your", "yours", "we're", "we've", "you're", "you'll")
	ctaWords   = toSet("check", "learn", "get", "try", "book", "contact", "schedule", "sign", "download", "explore",
		"discover", "shop", "request", "start", "join", "subscribe", "find", "see", "read", "watch", "call", "click",
		"visit", "follow", "register", "order", "buy", "claim", "grab", "unlock", "talk", "let")
	tradeWords = newWordSet("writer", "editor", "journalist", "contributor", "reporter", "columnist", "correspondent",
		"copywriter", "freelance", "freelancer", "blogger", "author")
)

// readPitch counts a line's words that speak for the site or to the
// reader, and returns its first word and whether it names a writer's
// trade.
func readPitch(low string) (pitch int, first string, trade bool) {
	k := 0
	for w := range wordsIn(low) {
		if k == 0 {
			first = w
		}
		k++
		// Every word of both lists opens with one of these letters and
		// is two to thirteen bytes long: most words are not looked up.
		switch w[0] {
		case 'w', 'o', 'u', 'y', 'e', 'j', 'c', 'r', 'f', 'b', 'a':
			if len(w) < 2 || len(w) > 13 {
				break
			}
			if pitchWords.has(w) {
				pitch++
			} else if !trade && len(w) >= 6 {
				trade = tradeWords.has(w)
			}
		}
	}
	return pitch, first, trade
}

// keepListRuns keeps whole a list of which stage three keeps half the
// items or more: three or more zone lines in a row that open the same way
// (a bullet, a number) and part as one (itemShape), whose short items it
// weighed one by one. A dump that puts a blank line between the items
// makes each its own block, which refineBody's rule for blocks misses.
func (p *page) keepListRuns(idx []int) {
	const minRun = 3
	for s := 0; s < len(idx); {
		shape := itemShape(p.lines[idx[s]].text)
		e := s + 1
		for shape != "" && e < len(idx) && idx[e] == idx[e-1]+1 && itemShape(p.lines[idx[e]].text) == shape {
			e++
		}
		if e-s >= minRun {
			kept := 0
			for k := s; k < e; k++ {
				if p.keep[idx[k]] {
					kept++
				}
			}
			if 2*kept >= e-s {
				for k := s; k < e; k++ {
					p.keep[idx[k]] = true
				}
			}
		}
		s = e
	}
}
