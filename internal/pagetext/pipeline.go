package pagetext

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/lang"
)

// pass is one step of the parse: it reads what the passes before it left
// in the page and adds its own part. Two passes change an earlier one's:
// title takes the headline and standfirst out of the body's lines, and
// byline the box about the writer under the story.
type pass struct {
	name string
	run  func(*page)
}

// passes are the steps of a parse, in order: the one list of them, which
// Parse and the explain tool both run. The package comment names them.
var passes = []pass{
	{"read", (*page).read},               // language, word counts, each line read alone (annotate)
	{"rules", (*page).runRules},          // jusText labels, the main run of prose, the rules' headline
	{"features", (*page).features},       // every line's feature vector, once
	{"body", (*page).classify},           // the line classifier picks the body lines
	{"title", (*page).chooseTitle},       // the headline ranker, then the standfirst
	{"byline", (*page).readByline},       // the writers, and their box under the story leaves the body
	{"header", (*page).readHeader},       // outlet, source URL, date and picture around the headline
	{"structure", (*page).findStructure}, // subheadings, lists, quotes and tables among the body's lines
	{"render", (*page).render},           // the body as Markdown, its length, reading time and language
}

// ruleResult is what the rules pass decided: the jusText labels, the main
// run of prose, the headline and standfirst by the hand-weighed scores and
// the body lines they imply. The classifier reads it as features.
type ruleResult struct {
	cls        []class
	start, end int // the main run
	title, dek int // -1 when none
	keep       []bool
	teaser     []bool     // labels of boxes of links to other stories ("Related")
	teaserItem []bool     // headlines in such boxes
	smallBox   []bool     // in a box of one or two links inside a story ("Read also: …")
	box        [2]int     // the box about the writer under the story, [from, to); to is 0 when none
	crossed    [2]int     // a box of links the story goes on under (storyUnderBox), [from, to); to is 0 when none
	list       []listPart // lines taken into the body as a list (extendLists): story text, whatever the read pass called them
	signUpBox  []bool     // lines of sign-up boxes the story goes on under (signUpBoxesAbroad); nil when none
	// boxOverHead holds the labels of boxes of links with the story's
	// subheading right under their last link (headsParagraphUnderBox).
	boxOverHead []int
}

// listPart is what a line is of a list the rules took into the body.
type listPart uint8

const (
	notListed listPart = iota
	listIntro          // the line introducing the list ("Tour dates:")
	listItem
)

// listPart returns what line i is of a list the rules took in.
func (rk *ruleResult) listPart(i int) listPart {
	if i < len(rk.list) {
		return rk.list[i]
	}
	return notListed
}

// inTeaserBox reports a line of a box of links to other stories: its
// label or one of its headlines. A page the rules pass has not read (the
// structure pass run alone) has none.
func (rk *ruleResult) inTeaserBox(i int) bool {
	return i < len(rk.teaser) && (rk.teaser[i] || rk.teaserItem[i])
}

// Parse reads a page dump. It returns the article, warnings about what it
// was unsure of, and ErrNoTitle when nothing looks like a headline.
func Parse(data []byte) (article.Article, []string, error) {
	var warnings []string
	scr := scratchPool.Get().(*scratch)
	defer scratchPool.Put(scr)
	lines, more := splitLinesInto(string(data), scr.lines)
	scr.lines = lines[:0]
	if more {
		warnings = append(warnings, fmt.Sprintf("the text has more than %d lines; only the first %d were read", maxLines, maxLines))
	}
	if len(lines) == 0 {
		return article.Article{}, warnings, ErrNoTitle
	}
	p := newPageIn(lines, scr)
	for _, ps := range passes {
		ps.run(p)
	}
	scr.topics = p.topics // the tables as this page grew them
	if p.title < 0 {
		return article.Article{}, warnings, ErrNoTitle
	}
	return p.art, append(warnings, p.warnings...), nil
}

// newPage starts a parse of the lines.
func newPage(lines []line) *page {
	return newPageIn(lines, &scratch{own: true})
}

// newPageIn is newPage working in scr's memory, which holds nothing the
// parse must keep: what the page read from it before is overwritten.
func newPageIn(lines []line, scr *scratch) *page {
	scr.topics.forget()
	return &page{lines: lines, blocks: hasBlocks(lines), title: -1, dek: -1, model: trained(), scr: scr, topics: scr.topics}
}

// read guesses the language, counts words and stopwords, and reads every
// line for the roles it could play.
func (p *page) read() {
	unglueTails(p.lines)
	if p.code == "" {
		p.code = langOf(p.lines)
	}
	if p.code == "en" || p.code == "" {
		dayFirst, dots := dayFirstPage(p.lines)
		p.monthFirst, p.dotsMonth = !dayFirst, !dayFirst && dots
	}
	switch p.code {
	case "ca", "es", "fr", "it", "pt", "oc":
		p.romance = true
	}
	p.stopShare = readWords(p.lines, p.code, &p.topics)
	if p.code != "" && !lang.HasStopwords(p.code) {
		// A language named but without a list of its own: the words
		// it shares with the lists of others ("ya", "la", "na" of
		// Swahili or Hausa) are no function words of it, and its
		// paragraphs are read as those of a language without a list.
		p.stopShare = 0
	}
	p.annotate()
}

// runRules runs the hand-made rules: jusText labels and the main run of
// prose (findBody), lists next to it, the headline and standfirst by
// their scores, and the byline's box at the end.
func (p *page) runRules() {
	p.findBody()
	p.extendLists()
	rk := &p.rules
	rk.title, rk.dek = p.findTitle(), -1
	if rk.title >= 0 {
		rk.dek = p.findDek(rk.title)
		p.endAtAuthorBox(p.findByline(rk.title))
	}
	rk.start, rk.end = p.bodyStart, p.bodyEnd
	rk.box = p.box
	rk.keep = p.bodyLines(rk.title, rk.dek)
}

// features computes the feature vectors.
func (p *page) features() {
	p.vecs = p.pageFeatures(p.rules)
}

// classify scores every line in two stages and keeps the lines the second
// stage calls body.
func (p *page) classify() {
	m := p.model
	p.z1 = m.stageOne(p.vecs)
	p.ctx = contextOf(p.lines, p.z1)
	p.z2 = m.stageTwo(p.vecs, p.ctx)
	p.keep = make([]bool, len(p.lines))
	p.bodyP = make([]float32, len(p.lines))
	for i, z := range p.z2 {
		p.bodyP[i] = sigmoid(z)
		p.keep[i] = z > 0 && !p.furnitureByWording(i) && !inBox(i, p.rules.box)
	}
	p.keepInsideNearCut()
	p.keepBlocks()
	p.keepSomething()
	p.keepShortStory()
	p.dropRepeats()
	p.dropAsides()
	p.dropAfterWall()
	p.zone = slices.Clone(p.keep)
	p.refineBody()
	p.keepOneCopy()
	p.keepProseGaps()
	p.keepListGaps()
	p.keepNestedItems()
	p.keepStoryEnd()
	p.keepToClosingWords()
	p.keepSignOff()
	p.keepStoryOpening()
	p.keepAnnouncingLines()
	p.dropPictureText()
	p.dropScenePhrases()
	p.dropArtLabels()
	p.dropAltCaptions()
	p.dropContents()
	p.dropListCopies()
	p.dropTeaserTail()
	p.dropTeaserQuestions()
	p.dropLabelsOverHeads()
	p.dropSectionTeasers()
	p.dropPitchBoxes()
	p.dropTitledBoxes()
	p.dropPlaceholders()
	p.dropShopRows()
	p.dropDanglingAlts()
	p.dropFreeOffers()
	p.dropQuestionButtons()
	p.dropSignUpCopy()
	p.dropCopyOverSignUpField()
	p.dropSignUpFields()
	p.dropUnderReaderThanks()
	p.dropUnderClosingPitch()
	p.dropClosingQuestion()
	p.dropSiteTeamNote()
	p.dropUnderRepublishBox()
	p.dropUnderQuestionsBox()
	p.dropUnderDonationBox()
	p.dropUnderReaderPoll()
	p.dropPlatformFooters()
	p.dropUnderSignOff()
	p.keepProsCons()
	p.keepSpecTables()
	p.keepLoneLabels()
	p.keepSectionLabels()
}

// keepBlocks keeps the rest of a block of which the classifier kept half
// the lines or more: a block is one element of the page (a list, an
// address), whose short items the classifier weighs one by one.
func (p *page) keepBlocks() {
	if !p.blocks {
		return // no blank lines: the whole dump is one block
	}
	for s := 0; s < len(p.lines); {
		e := s + 1
		for e < len(p.lines) && p.lines[e].block == p.lines[s].block {
			e++
		}
		kept := 0
		for i := s; i < e; i++ {
			if p.keep[i] {
				kept++
			}
		}
		if e-s >= 2 && 2*kept >= e-s {
			for i := s; i < e; i++ {
				p.keep[i] = p.keep[i] || !p.furnitureByWording(i) && !inBox(i, p.rules.box)
			}
		}
		s = e
	}
}

// inBox reports whether line i is one of the lines of a box about the
// writer: the note is about the writer, not part of the story, however
// much it reads like prose.
func inBox(i int, box [2]int) bool {
	return i >= box[0] && i < box[1]
}

// furnitureByWording reports a short line that the line readings call a
// button, a counter or a dateline, and the title of a video under its
// player: whatever the classifier thinks of its neighbourhood, such a line
// is never story text.
func (p *page) furnitureByWording(i int) bool {
	a := &p.ann[i]
	return p.lines[i].words <= 8 && (a.has(roleJunk) || a.header() || a.has(roleRelDate)) || p.videoTitle(i)
}

// videoTitle reports a line that names a video under its player: a
// phrase, not a sentence, right under the player's clock ("2:31").
func (p *page) videoTitle(i int) bool {
	ln := &p.lines[i]
	return i > 0 && isTimecode(p.lines[i-1].text) && ln.words <= 20 && !endsSentenceAny(ln.text)
}

// chooseTitle ranks the candidate lines for the headline and takes the
// standfirst under it (pickHeadline); the headline and standfirst leave
// the body, and the body's run is where the readers of header facts
// below look.
func (p *page) chooseTitle() {
	p.cands = p.titleCandidates(p.bodyP, p.rules)
	h := p.pickHeadline(p.cands)
	// A row of share buttons in a language the line readings do not
	// call furniture is no headline: the ranker chooses again without
	// it. Only the line chosen is looked at, not every candidate.
	for k := 0; k < 3 && h.title >= 0 && p.lines[h.title].words <= 16 && shareRow(p.lines[h.title].low); k++ {
		p.cands = slices.DeleteFunc(p.cands, func(c titleCandidate) bool { return c.line == h.title })
		h = p.pickHeadline(p.cands)
	}
	if h.title < 0 {
		return
	}
	p.title, p.dek, p.titleUnsure = h.title, h.dek, h.unsure
	p.keep[h.title], p.zone[h.title] = false, false
	if h.dek >= 0 {
		p.keep[h.dek], p.zone[h.dek] = false, false
	}
	p.bodyStart, p.bodyEnd = h.start, h.end
	p.dropHeadlineCopies()
}

// headline is what the title pass chose: the headline and standfirst
// lines (-1 when none), whether the ranker was unsure, and the run of the
// body's lines without them, [start, end).
type headline struct {
	title, dek int
	unsure     bool
	start, end int
}

// pickHeadline chooses the headline among the candidates, then the
// standfirst under it; it changes nothing on the page.
func (p *page) pickHeadline(cands []titleCandidate) headline {
	h := headline{title: -1, dek: -1, start: p.bodyStart, end: p.bodyEnd}
	ti, margin := p.model.bestTitle(cands)
	if ti < 0 {
		return h
	}
	ti = p.headlineOutOfTitleBar(p.headlineUnderTicker(p.headlineOverDek(p.headlineUnderDek(p.headlineAroundHeader(p.questionUnder(p.shoutedOverStandfirst(p.overStandfirst(p.headlineUnderMasthead(ti)))))))))
	// The same headline printed twice: the first copy heads the page.
	for i := range ti {
		if p.lines[i].text == p.lines[ti].text {
			ti = i
			break
		}
	}
	h.title, h.unsure = ti, margin < titleSureMargin
	// The body's run without the headline.
	first, last := -1, -1
	for i, k := range p.zone {
		if k && i != ti {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first >= 0 {
		h.start, h.end = first, last+1
	}
	h.dek = p.findDekAbove(ti, h.start)
	return h
}

// readHeader reads the headline and standfirst chosen, the writers the
// byline pass found, and the outlet, source URL, date and picture around
// the headline.
func (p *page) readHeader() {
	ti, di := p.title, p.dek
	if ti < 0 {
		return
	}
	a := &p.art
	a.Title = strings.TrimSpace(p.lines[ti].text)
	if p.titleUnsure {
		p.warn(article.Unsure("headline chosen with low confidence"))
	}
	if di >= 0 {
		a.Dek = p.lines[di].text
	}
	a.Outlet, a.SourceURL = p.findSource(ti)
	a.Title = withoutPaperHead(withoutPaperTail(withoutSiteNameFirst(withoutSiteName(p.withoutEchoedSite(ti, a.Title), a.Outlet), a.Outlet)))
	a.Authors = withoutPaper(p.authors, a.Outlet)
	if len(a.Authors) == 0 {
		p.warn("no byline found")
	} else if p.bylineWeak {
		p.warn(WarnWeakByline)
	}
	if t, ok := p.findDate(ti); ok {
		a.Published = &t
	} else {
		p.warn("no publication date found")
	}
	a.Image = p.findImage(ti)
}

// render writes the body's lines as Markdown in their forms, and counts
// it: words, reading time (the page's own, when it states one) and
// language (of the body, else of the page).
func (p *page) render() {
	if p.title < 0 {
		return
	}
	a := &p.art
	a.Body = renderBody(p.lines, p.keep, p.structure)
	if a.Body == "" {
		p.warn("no story text found")
	}
	a.WordCount = article.CountWords(a.Body)
	if rm := p.findReadingTime(); rm > 0 {
		a.ReadingMinutes = rm
	} else {
		a.ReadingMinutes = article.ReadingMinutes(a.WordCount)
	}
	if code := lang.DetectLowerLines(keptLower(p.lines, p.keep)); code != "" {
		a.Language = code
	} else {
		a.Language = p.code
	}
	if a.WordCount > 0 && a.WordCount < 60 {
		p.warn(fmt.Sprintf("story text is short (%d words)", a.WordCount))
	}
}

// withoutSiteName cuts the site's name off a headline the page prints
// only as its window title: "<headline> | Riverside Gazette", or
// "<headline> – Riverside Gazette" when that is the outlet the page names.
// No headline names its own site, but a dash also parts a headline's two
// halves ("Storm hits – Three Dead"), so a dash's tail must be the outlet.
func withoutSiteName(t, outlet string) string {
	k, pipe := strings.LastIndex(t, " | "), true
	if k < 0 {
		if outlet == "" {
			return t
		}
		pipe = false
		for _, d := range []string{" - ", " – ", " — "} {
			k = max(k, strings.LastIndex(t, d))
		}
		if k < 0 {
			return t
		}
	}
	head, tail := strings.TrimSpace(t[:k]), t[k:]
	name := strings.TrimSpace(strings.TrimLeft(tail, " |-–—"))
	if !nameTail(name) || utf8.RuneCountInString(head) <= utf8.RuneCountInString(name) || !pipe && !strings.EqualFold(name, outlet) {
		return t
	}
	return head
}

// nameTail reports a site's name after a window title's separator: four
// words at most ("The New York Times", "El Diario del Puerto"), opening
// with a capital or in a script without case, neither asking nor
// exclaiming.
func nameTail(name string) bool {
	n := wordCount(name)
	return n >= 1 && n <= 4 && !asksOrExclaims(name) && !unicode.IsLower(firstLetter(name))
}

// warn notes what a pass was unsure of or did not find.
func (p *page) warn(w string) { p.warnings = append(p.warnings, w) }

// readByline reads the writers around the headline, and a box about
// them under the story, whose lines leave the body.
func (p *page) readByline() {
	if p.title < 0 {
		return
	}
	p.box = [2]int{}
	p.authors = p.endAtAuthorBox(p.findByline(p.title))
	if p.authors == nil {
		// Only now: a box the story goes on under does not end it.
		p.authors = p.writerBox()
	}
	for i := p.box[0]; i < p.box[1]; i++ {
		p.keep[i], p.zone[i] = false, false
	}
	p.keepNoteInStory(p.rules.box)
	p.keepNoteInStory(p.box)
	p.dropUnderWriterName()
	p.dropTopWriterNotes()
}

// boxStoryLines and boxStoryWords: a writer's box with this many words of
// kept story in the lines just under it stands inside the story.
const (
	boxStoryLines = 10
	boxStoryWords = 20
)

// keepNoteInStory gives the body back the lines of a box read as a note
// about a writer when the story goes on under it: a section that names its
// subject and opens by it ("Crate Training" over "Crate training is …")
// reads as a name over a note, but a writer's box ends a story. Only the
// body takes them back: the zone, and so the headline, byline and header
// passes, stay as they read the box.
func (p *page) keepNoteInStory(box [2]int) {
	if box[1] == 0 {
		return
	}
	if p.storyWordsUnder(box[1]) < boxStoryWords {
		return
	}
	for i := box[0]; i < box[1]; i++ {
		if p.z2[i] > 0 && i != p.title && i != p.dek && !p.furnitureByWording(i) {
			p.keep[i] = true
		}
	}
}

// storyWordsUnder counts the words of story in the boxStoryLines lines
// from line from on: the lines kept, or before the classifier ran, the
// rules' run of prose.
func (p *page) storyWordsUnder(from int) int {
	after := 0
	for j := from; j < len(p.lines) && j < from+boxStoryLines; j++ {
		if p.keep != nil && p.keep[j] || p.keep == nil && j < p.bodyEnd {
			after += p.lines[j].words
		}
	}
	return after
}

// overStandfirst returns the rules' headline when the ranker took the
// standfirst the rules read under it, and that headline reads as one: a
// capitalised phrase of five words or more, not a sentence, not shouted,
// not a trail of sections. A standfirst retells the story in more of its
// words than the headline does, which the ranker weighs; the order of the
// two is the surer sign.
func (p *page) overStandfirst(ti int) int {
	t := p.rules.title
	if p.printedOverHeader(t, ti) {
		return t
	}
	// A statement closed by a full stop is no headline: when the rules
	// took it too, or took no line over it, the line over it is theirs.
	statement := closedStatement(p.lines[ti].text)
	above := statement && (t == ti || t < 0)
	if above {
		// A byline or a writer's name over the statement is no headline.
		if t = p.prevReal(ti); t >= 0 && (p.ann[t].anchor() || p.ann[t].names != nil) {
			return ti
		}
	}
	// The page opens with the rules' headline, the ranker's line right
	// under it and the byline under that: "Headline / Subtitle / Jane
	// Doe's avatar / Jane Doe". The ranker's line is the subtitle when
	// it is no longer than the headline or ends as a sentence (a longer
	// phrase under a short label is the headline under its kicker), and
	// the headline over it may be short.
	subtitle := t >= 0 && p.opensPage(t) && p.nextReal(t) == ti && (p.anchorNext(ti) || ti+1 < len(p.lines) && p.ann[ti+1].header()) &&
		(headWords(&p.lines[ti]) <= headWords(&p.lines[t]) || endsSentenceAny(p.lines[ti].text) ||
			headWords(&p.lines[t]) >= subtitleOverHeadline)
	if t < 0 || ti != p.rules.dek && !subtitle && !(statement && t == p.prevReal(ti)) || !slices.ContainsFunc(p.cands, func(c titleCandidate) bool { return c.line == t }) ||
		strings.Contains(p.lines[t].low, p.lines[ti].low) {
		return ti // the ranker dropped the rules' line as a dressed-up copy of its own
	}
	ln := &p.lines[t]
	minWords, commas := 5, 0
	if subtitle {
		minWords, commas = 3, 1 // "Process Knowledge Management, Part IV"
	}
	// A standfirst that states its news in a sentence closed by a full
	// stop leaves the headline above it no kicker's label, however short
	// ("Library to close" over "The council says …."): headlines are not
	// closed so.
	if statement {
		minWords = 2
	}
	// A dash with a long tail parts the halves of a headline ("Mild
	// winters tire us – here is what helps"), not a headline from a
	// site's name.
	seps := separators(ln.text)
	if hasDashOrBar(ln.text) {
		if _, dashTail := siteSeparator(ln.text); dashTail {
			seps--
		}
	}
	// A question or an exclamation is a headline's form as often as a
	// sentence's ("Why is the town closing its library?"); a statement
	// is the standfirst's.
	if headWords(ln) < minWords || unicode.IsLower(firstLetter(ln.text)) || endsSentenceAny(ln.text) && !asksOrExclaims(ln.text) || shouted(ln.text) ||
		seps > 0 || glued(ln.text) > 1 || p.caption(t) || listCommas(ln.text) > commas && !asksOrExclaims(ln.text) || labels(ln.text) >= 2 {
		return ti
	}
	// The rules' line reads as a picture's alt text ("The image shows
	// …"), or holds a sentence's end inside it; or the ranker's line is
	// printed again on the page (in the window title, a share bar) and
	// the rules' is not: the ranker's is the headline.
	if altText(ln.low) || pictureDescription(ln.text, ln.low) || strings.Contains(ln.text, ". ") ||
		p.copies[ti] > 1 && p.copies[t] <= 1 {
		return ti
	}
	// The rules' line closes a list of other stories' headlines (the
	// line above it reads as one too), and the ranker's line under it is
	// no longer and no sentence: no standfirst, but the story's own
	// headline after a "Most read" box.
	if !subtitle && p.headlineShaped(p.prevReal(t)) && headWords(&p.lines[ti]) <= headWords(ln) && !endsSentenceAny(p.lines[ti].text) {
		return ti
	}
	for j := t + 1; j < ti; j++ {
		if !p.chrome(j) {
			return ti
		}
	}
	return t
}

// printedOverHeader reports the rules' line t over the header (a byline,
// a dateline) that the ranker's line ti follows, t printed again on the
// page and ti not: "Headline / Headline / date · writer / Standfirst". A
// page prints its headline again (in a share bar, a window title) and the
// standfirst under the header once, however much more of the story's
// words the standfirst holds. Without the second copy the rules' line is
// as often a section's name over the header.
func (p *page) printedOverHeader(t, ti int) bool {
	if t < 0 || ti <= t || p.copies[t] < 2 || p.copies[ti] > 1 || p.ann[ti].anchor() ||
		!slices.ContainsFunc(p.cands, func(c titleCandidate) bool { return c.line == t }) {
		return false
	}
	header := false
	for j := t + 1; j < ti; j++ {
		switch {
		case p.lines[j].text == p.lines[t].text:
		case p.ann[j].anchor():
			header = true
		case !p.chrome(j):
			return false
		}
	}
	return header
}

// listCommas counts the commas of s that part a list's items: a comma
// with a single word on either side ("Politics, Sport", "Storm, flood and
// fire"). A comma between two phrases of two words or more parts a
// headline's clauses ("Harbour town, cut off by the storm, votes to
// rebuild"; "항구 도시, 오래된 도서관 폐관 결정"). A list of labels never
// asks or exclaims: there a comma after one word is an address ("Goodbye,
// old library!"), which overStandfirst lets pass.
func listCommas(s string) int {
	n, prev := 0, -1
	for {
		k := strings.IndexByte(s[prev+1:], ',')
		if k < 0 {
			break
		}
		k += prev + 1
		next := strings.IndexByte(s[k+1:], ',')
		end := len(s)
		if next >= 0 {
			end = k + 1 + next
		}
		if !moreWords(s[prev+1:k], 1) || !moreWords(s[k+1:end], 1) {
			n++
		}
		prev = k
	}
	return n
}

// labels counts the colons that close a word and open more text: a line
// with two ("20417: Storm Animations 13990: Rain Over the Coast") is a
// row of labelled items, the titles of other pages, not one headline.
func labels(s string) int {
	n := 0
	for k := strings.Index(s, ": "); k > 0; k = strings.Index(s, ": ") {
		n++
		s = s[k+2:]
	}
	return n
}

// subtitleOverHeadline is how many words make the rules' line over the
// ranker's a headline of its own rather than a kicker's label, however
// long the line under it.
const subtitleOverHeadline = 5

// opensPage reports a line that opens the page: its first line, or the
// line right under a first line of a word or two (a masthead such as the
// paper's name, or a kicker).
func (p *page) opensPage(t int) bool {
	f := p.firstReal
	return t == f || f >= 0 && f < t && p.nextReal(f) == t && headWords(&p.lines[f]) <= 2
}

// titleSureMargin is how far the headline's score must lead the runner-up
// for the choice not to be reported as a guess.
const titleSureMargin = 1.0
