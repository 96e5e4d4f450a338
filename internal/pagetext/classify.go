package pagetext

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/morgue-archive/morgue/internal/lang"
)

// Each line gets a jusText-style label (Pomikálek 2011): prose has many
// function words and some length, furniture has few of either. The labels
// need no knowledge of any site, only of the language's stopwords.
type class int8

const (
	clsBad      class = iota // furniture, or text that reads like a list of names
	clsShort                 // too short to judge on its own; neighbours decide
	clsNearGood              // prose-like but short; good unless isolated
	clsGood                  // a paragraph of prose
)

func (c class) String() string {
	return [...]string{"bad", "short", "near", "good"}[c]
}

// Thresholds from jusText, which tuned them on news and blog pages.
const (
	lengthLow  = 70   // width (line.width); below this a line is "short"
	lengthHigh = 200  // width; above this a prose line is "good"
	stopsLow   = 0.30 // stopword share below which a line is "bad"
	stopsHigh  = 0.32 // stopword share from which a line may be "good"
)

// countWords fills in words and stopwords of every line for the language
// code (any known language when code is ""), and returns the share of
// stopwords among the words of lines of eight words or more.
func countWords(lines []line, code string) float64 {
	return readWords(lines, code, nil)
}

// readWords is countWords that also gives topics, when not nil, every
// line's overlap words (overlapWords): both walk the same words and ask
// the same stopword list, so the page's words are read once.
func readWords(lines []line, code string, topics *topicWords) float64 {
	words, stops := 0, 0
	if topics != nil {
		topics.ready(lines)
	}
	sw := lang.StopwordsOf(code)
	for i := range lines {
		n, s := 0, 0
		start := 0
		if topics != nil {
			start = topics.open()
		}
		ascii := lowIsASCII(&lines[i]) // most lines: their words need no test each
		for w := range wordsIn(lines[i].low) {
			n++
			if ascii || isASCII(w) { // most words: no "’" to fold, and overlapWords asks of the word as it is
				stop := sw.Is(w)
				if stop {
					s++
				} else if topics != nil && len(w) >= 4 {
					topics.add(i, w[:4])
				}
				continue
			}
			if topics != nil {
				overlapWide(code, w, func(t string) { topics.add(i, t) })
			}
			if strings.IndexByte(w, "’"[0]) >= 0 {
				w = strings.ReplaceAll(w, "’", "'")
			}
			if sw.Is(w) {
				s++
			}
		}
		lines[i].words, lines[i].stops = n, s
		if topics != nil {
			topics.close(i, start)
		}
		if n >= 8 {
			words += n
			stops += s
		}
	}
	if words == 0 {
		return 0
	}
	return float64(stops) / float64(words)
}

// lowIsASCII reports whether the line's lower case is all ASCII, from
// its counts: lower-casing maps rune to rune, so the lower case holds as
// many runes as the line, and it is ASCII when it has as many bytes.
func lowIsASCII(ln *line) bool {
	return len(ln.low) == ln.runes
}

// minStopShare is the page's stopword share (countWords) below which its
// language counts as one without a stopword list. jusText's per-line
// thresholds (stopsLow, stopsHigh) suit lists that cover four words in
// ten of a text; a list that covers barely one in ten (Polish, Hungarian
// here) calls every paragraph bad, and the page reads better by the
// signals of every script.
const minStopShare = 0.15

// initialClass labels one line on its own. known says whether the page's
// language has a stopword list; without one, as jusText does, length and
// the sentence punctuation of any script decide.
func initialClass(ln line, furniture, known bool) class {
	if furniture || ln.words == 0 {
		return clsBad
	}
	if ln.width < lengthLow {
		return clsShort
	}
	if !known {
		switch {
		case endsSentenceAny(ln.text) || unpunctuatedScript(ln.text):
			if ln.width > lengthHigh {
				return clsGood
			}
			return clsNearGood
		case ln.width > lengthHigh:
			return clsNearGood
		}
		return clsBad
	}
	density := float64(ln.stops) / float64(ln.words)
	if density >= stopsHigh {
		if ln.width > lengthHigh {
			return clsGood
		}
		return clsNearGood
	}
	if density >= stopsLow {
		return clsNearGood
	}
	// A full sentence thick with names and numbers still reads as prose.
	if density >= 0.15 && ln.words >= 12 && endsSentence(ln.text) {
		return clsNearGood
	}
	return clsBad
}

// shortRuns marks the lines of runs of at least n consecutive short lines
// that hardly use function words: lists of names or links, not the short
// sentences of a bulleted passage.
//
// With blocks (blank lines part the dump's blocks), a run whose lines come
// from one or two blocks, most of them from one, is a list printed in the
// story (ingredients, results), not a column of links. Where the page's
// language has no stopword list (known is false), its lines have none, and
// the run's shape decides (storyShaped).
func shortRuns(lines []line, cls []class, n int, blocks, known bool) []bool {
	out := make([]bool, len(cls))
	start := 0
	for i := 0; i <= len(cls); i++ {
		if i < len(cls) && cls[i] == clsShort {
			continue
		}
		words, stops := 0, 0
		for j := start; j < i; j++ {
			words += lines[j].words
			stops += lines[j].stops
		}
		if i-start >= n && float64(stops) < 0.2*float64(words) && !(blocks && isListBlock(lines[start:i])) &&
			(known || !storyShaped(lines[start:i])) {
			for j := start; j < i; j++ {
				out[j] = true
			}
		}
		start = i + 1
	}
	return out
}

// shortSentence reports a short line that reads as a sentence: some
// words, some of them function words, and a full stop. Where the page's
// language has no stopword list (known is false) the words and the stop
// of any script decide.
func shortSentence(ln line, known bool) bool {
	if !known {
		return ln.words >= 5 && endsSentenceAny(ln.text)
	}
	return ln.words >= 5 && float64(ln.stops) >= 0.2*float64(ln.words) && endsSentence(ln.text)
}

// storyShaped reports a run of short lines in a language without a
// stopword list that reads as part of a story, not as a list of links:
// half its lines or more are sentences, a line introducing a list (ending
// in a colon) or the items of a list (opening with a bullet or number).
func storyShaped(lines []line) bool {
	n := 0
	for i := range lines {
		t := lines[i].text
		if endsSentenceAny(t) || strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") || itemOpen(t) != "" {
			n++
		}
	}
	return 2*n >= len(lines)
}

// isListBlock reports whether the lines come from at most two blocks,
// one of them holding most of the lines.
func isListBlock(lines []line) bool {
	first, last := lines[0].block, lines[len(lines)-1].block
	if last-first > 1 {
		return false
	}
	inFirst := 0
	for _, ln := range lines {
		if ln.block == first {
			inFirst++
		}
	}
	return 2*inFirst > len(lines) || 2*(len(lines)-inFirst) > len(lines)
}

// endsSentence reports whether s ends like a sentence: a full stop,
// question or exclamation mark, possibly inside closing quotes or brackets.
func endsSentence(s string) bool {
	s = trimRightSet(s, "\"'”’»)]* ")
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '!', '?':
		return true
	}
	return strings.HasSuffix(s, "…")
}

// opensRun reports a line that ends like a sentence, as the story's main
// run starts on one: a Latin stop, or the full stop of a script that has
// its own and no other (Armenian "։", Ethiopic "።", Khmer "។", Myanmar
// "။"), whose paragraphs are short in words, or the full-width stop,
// question or exclamation mark of Chinese and Japanese, whose "words" are
// the runs between commas, or any letter of Thai or Lao, which part
// sentences with a space, not a mark.
func opensRun(s string) bool {
	if endsSentence(s) {
		return true
	}
	s = trimRightSet(s, "\"'”’»)]* ")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '։' || r == '።' || r == '។' || r == '။' || r == '。' || r == '！' || r == '？' ||
		r >= 0x0E00 && r <= 0x0EFF // Thai and Lao: a line ending in a letter ends a sentence (unpunctuatedScript)
}

// contextClass relabels short and near-good lines from their neighbours, as
// jusText does: a short line between two paragraphs of the story (a
// subheading, a one-sentence paragraph) belongs to it; one between two bits
// of furniture does not. The lines of a sign-up box set into the story
// (through, nil when none) are bad, and the short lines look through them.
func contextClass(lines []line, cls []class, transparent, through []bool, blocks, known bool) []class {
	out := make([]class, len(cls))
	copy(out, cls)
	// near[i][d] is the class of the nearest line before (d=0) or after
	// (d=1) i that is not short; far[i][d] also skips near-good lines. Past
	// the edges the neighbour counts as bad. Two linear sweeps fill both.
	n := len(cls)
	near := make([][2]class, n)
	far := make([][2]class, n)
	lastNear, lastFar := clsBad, clsBad
	for i := 0; i < n; i++ {
		near[i][0], far[i][0] = lastNear, lastFar
		if cls[i] != clsShort && !transparent[i] {
			lastNear = cls[i]
			if cls[i] != clsNearGood {
				lastFar = cls[i]
			}
		}
	}
	lastNear, lastFar = clsBad, clsBad
	for i := n - 1; i >= 0; i-- {
		near[i][1], far[i][1] = lastNear, lastFar
		if cls[i] != clsShort && !transparent[i] {
			lastNear = cls[i]
			if cls[i] != clsNearGood {
				lastFar = cls[i]
			}
		}
	}
	neighbour := func(i, dir int, skipNear bool) class {
		d := 0
		if dir > 0 {
			d = 1
		}
		if skipNear {
			return far[i][d]
		}
		return near[i][d]
	}
	// Near-good lines first: one that has prose (good or near-good) as a
	// neighbour is part of a run of prose. Unlike jusText, a run made only
	// of near-good lines counts too: tabloids and wire copy write the story
	// in one-sentence paragraphs, none of them long enough to be "good".
	for i, c := range cls {
		if c != clsNearGood {
			continue
		}
		p, q := neighbour(i, -1, false), neighbour(i, 1, false)
		if p == clsBad && q == clsBad {
			out[i] = clsBad
		} else {
			out[i] = clsGood
		}
	}
	// Then short lines, from the settled labels around them: between two
	// prose lines a short line (subheading, one-liner) belongs to the story.
	// A long run of short lines is a list of links or names, never prose.
	inRun := shortRuns(lines, cls, 4, blocks, known)
	// A short sentence ("He was also banned from driving.") looks through
	// an advertisement or a newsletter pitch to its neighbours: such
	// inserts are put between the paragraphs of a story. A short line that
	// is no sentence (the title of a video, a label) does not.
	prev := make([][2]class, n)
	last := [2]class{clsBad, clsBad}
	adBreak := func(i int) bool {
		return transparent[i] && (strings.Contains(lines[i].low, "advert") || strings.Contains(lines[i].low, "newsletter"))
	}
	// In a language without a stopword list a one-line link set into
	// the story ("Read also: <headline>") is looked through by every short
	// line: the list or short sentence above it goes on into the story.
	inlineLink := func(i int) bool {
		return !known && transparent[i] && (strings.Contains(lines[i].text, ": ") || strings.Contains(lines[i].text, "："))
	}
	for i := 0; i < n; i++ {
		prev[i] = last
		if through != nil && through[i] {
			continue
		}
		if cls[i] != clsShort && !inlineLink(i) {
			if !adBreak(i) {
				last[1] = out[i]
			}
			last[0] = out[i]
		}
	}
	last = [2]class{clsBad, clsBad}
	for i := n - 1; i >= 0; i-- {
		if through != nil && through[i] {
			out[i] = clsBad
			continue
		}
		if cls[i] == clsShort {
			k := 0
			if shortSentence(lines[i], known) {
				k = 1
			}
			if prev[i][k] == clsGood && last[k] == clsGood && !inRun[i] {
				out[i] = clsGood
			} else {
				out[i] = clsBad
			}
			continue
		}
		if inlineLink(i) {
			continue
		}
		if !adBreak(i) {
			last[1] = out[i]
		}
		last[0] = out[i]
	}
	return out
}

// keepSomething keeps, when the classifier kept no line at all, the lines
// the rules took for the story, or else the one line most like a
// paragraph: a page with text on it is never stored with an empty body
// because the classifier was unsure of every line (a story printed as one
// long line, a layout unlike any it was trained on).
func (p *page) keepSomething() {
	if slices.Contains(p.keep, true) {
		return
	}
	for i, k := range p.rules.keep {
		p.keep[i] = k && !p.furnitureByWording(i) && !inBox(i, p.rules.box)
	}
	if slices.Contains(p.keep, true) {
		return
	}
	best := -1
	for i := range p.lines {
		if p.lines[i].width >= lengthLow && !p.ann[i].has(roleJunk) && !p.furnitureByWording(i) && !inBox(i, p.rules.box) &&
			(best < 0 || p.bodyP[i] > p.bodyP[best]) {
			best = i
		}
	}
	if best >= 0 {
		p.keep[best] = true
		return
	}
	p.keepBrief()
}

// keptSpan returns the first and last kept lines, -1 and -1 when none.
func keptSpan(keep []bool) (first, last int) {
	first, last = -1, -1
	for i, k := range keep {
		if k {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// nextKept returns the body's next line under line i, or -1.
func (p *page) nextKept(i int) int {
	for j := i + 1; j < len(p.keep); j++ {
		if p.keep[j] {
			return j
		}
	}
	return -1
}

// prevKept returns the body's line over line i, or -1.
func (p *page) prevKept(i int) int {
	for j := i - 1; j >= 0; j-- {
		if p.keep[j] {
			return j
		}
	}
	return -1
}

// insideSlack is how far below stage two's cut (a logit of 0) a line
// between the story's first and last kept lines may score and still
// enter the zone (keepInsideNearCut). Swept on the even devset-wcxb
// pages, body F1 (base 0.96038): -0.1 0.96061, -0.15 0.96059, -0.2
// 0.96039, -0.25 0.96041; the same slack over the whole page, -0.15,
// took in the writer's note and the pitch under the story.
const insideSlack = -0.1

// keepInsideNearCut puts into the zone the lines between the story's
// first and last kept lines that stage two only just left out: a short
// paragraph, a subheading or a list item inside a story scores near the
// cut, since stage two reads it by its length and its neighbours, and a
// story's text does not stop in its middle. Stage three then weighs these
// lines with the rest of the zone, so a caption or an ad's label among
// them still leaves. Above and below the story the same slack would take
// in a writer's note or a pitch that stage three lets through, and those
// lines stay out.
func (p *page) keepInsideNearCut() {
	first, last := keptSpan(p.keep)
	for i := first + 1; i < last; i++ {
		if !p.keep[i] && p.z2[i] > insideSlack && !p.furnitureByWording(i) && !inBox(i, p.rules.box) {
			p.keep[i] = true
		}
	}
}

// shortStoryLines is the most lines the classifier may keep for a story
// to count as short (keepShortStory).
const shortStoryLines = 6

// keepShortStory fills out a short story with the rules' prose. When a
// story is a few short paragraphs, the classifier's context (how much
// prose lies around a line, how far it is from the last sure one) has
// little to go on and its probabilities sit near one half, so a paragraph
// falls out of the middle or off an end. There the rules decide: a line
// that jusText's labels call good after its neighbours, and that ends
// like a sentence in its script (in Thai, in its letters), stays when it
// fills a gap of a line or two between kept lines or lies in a run of
// such lines next to them. A long story's context is sure, and this
// leaves it alone.
func (p *page) keepShortStory() {
	first, last, kept := -1, -1, 0
	for i, k := range p.keep {
		if k {
			if first < 0 {
				first = i
			}
			last = i
			kept++
		}
	}
	if kept == 0 || kept > shortStoryLines {
		return
	}
	// A gap of one or two lines: a paragraph or two that fell out, not a
	// box or a comments section between the story and a stray line.
	for i := first + 1; i < last; {
		if p.keep[i] {
			i++
			continue
		}
		j := i
		for j < last && !p.keep[j] {
			j++
		}
		if j-i <= 2 {
			for k := i; k < j; k++ {
				p.keep[k] = p.ruleProse(k)
			}
		}
		i = j
	}
	// Below and above the kept lines, a run of such lines, which may step
	// over one line of furniture by its wording (a "Read also" link, a
	// prompt) but not over a comments wall.
	skip := func(i int) bool { return p.ann[i].has(roleJunk) && !p.ann[i].has(roleWall) }
	for _, dir := range []int{1, -1} {
		from := last + 1
		if dir < 0 {
			from = first - 1
		}
		skipped := false
		for i := from; i >= 0 && i < len(p.lines); i += dir {
			if p.ruleProse(i) {
				p.keep[i], skipped = true, false
			} else if skipped || !skip(i) {
				break
			} else {
				skipped = true
			}
		}
	}
}

// ruleProse reports a line the rules read as a paragraph of the story: good
// by jusText's labels after its neighbours, ending like a sentence in its
// script (in Thai, in its letters), and no furniture by its reading.
func (p *page) ruleProse(i int) bool {
	t := p.lines[i].text
	return p.rules.cls[i] == clsGood && (endsSentenceAny(t) || unpunctuatedScript(t)) && !p.chrome(i) &&
		!p.furnitureByWording(i) && !inBox(i, p.rules.box)
}

// gapProseWords is the fewest words a paragraph needs for keepProseGaps
// to put it back.
const gapProseWords = 15

// keepProseGaps puts back into a story a long paragraph that lies between
// its first and last kept lines, that the rules read as prose (ruleProse)
// and that stage two left out of the zone: where a story breaks into
// cards, specifications or short lines, stage two's context reads its
// paragraphs as part of the furniture around them, while a paragraph of
// some length that ends like a sentence is seldom furniture there. Only
// lines stage two called furniture come back: a line stage three dropped
// stays dropped, and so does one the rules took out after stage two (a
// paragraph printed twice, a site's note about itself; below a comments
// wall nothing is kept, so no gap lies there). The zone is left as stage
// two made it, so the headline, byline and date passes read what they
// did.
func (p *page) keepProseGaps() {
	first, last := keptSpan(p.keep)
	for i := first + 1; i < last; i++ {
		ln := &p.lines[i]
		if !p.zone[i] && p.z2[i] <= 0 && ln.words >= gapProseWords && p.copies[i] < 2 && !isSiteNote(ln) &&
			p.ruleProse(i) {
			p.keep[i] = true
		}
	}
}

// listGapLines and listGapWords bound a run of short lines that
// keepListGaps puts back: a list or a table's rows, not a stretch of page.
const (
	listGapLines = 10
	listGapWords = 12
)

// keepListGaps puts back into a story a run of two to listGapLines short
// lines that lies between two kept lines and that stage two left out one
// by one: a list, a table's rows or a recipe's quantities inside the
// story ("Prep", "10 mins", "Total", "45 mins"), whose items are too short
// for the classifier to call prose wherever they stand. Furniture inside a
// story mostly says what it is (a caption or credit, a button, a dateline,
// a box of other stories' headlines), and a run holding any such line
// stays out; a lone short line between paragraphs stays out too, since
// that is mostly a picture's caption or an ad's label, which need not say
// what they are. As in keepProseGaps only lines stage two called furniture
// come back, and the zone stays as stage two made it.
func (p *page) keepListGaps() {
	for i := 0; i < len(p.lines); i++ {
		if p.keep[i] || i == 0 || !p.keep[i-1] {
			continue
		}
		j := i
		for j < len(p.lines) && !p.keep[j] && j-i < listGapLines && p.listGapLine(j) {
			j++
		}
		if j < len(p.lines) && p.keep[j] && j-i >= 2 {
			for k := i; k < j; k++ {
				p.keep[k] = true
			}
		}
		i = j
	}
}

// listGapLine reports a line keepListGaps may put back: short, left out
// by stage two, and no furniture by any reading of it.
func (p *page) listGapLine(i int) bool {
	return !p.zone[i] && p.z2[i] <= 0 && p.lines[i].words <= listGapWords && !p.furnitureByAnyReading(i)
}

// furnitureByAnyReading reports a line that some reading calls furniture:
// junk, the start of comments, a dateline or byline, a caption or credit,
// a teaser box's line, a button by its wording, or a line of the box
// about the writer.
func (p *page) furnitureByAnyReading(i int) bool {
	a := &p.ann[i]
	return a.has(roleJunk|roleWall) || a.header() || p.furniture(i) || p.caption(i) ||
		p.rules.inTeaserBox(i) || p.furnitureByWording(i) || inBox(i, p.rules.box)
}

// storyEndSlack is how far below stage two's cut (a logit of 0) a line
// right under the story's last kept line may score and still come back
// (keepStoryEnd).
const storyEndSlack = -0.5

// keepStoryEnd puts back the lines right under the story's last kept line
// that stage two only just left out (a logit above storyEndSlack) and
// that no reading calls furniture: the story's closing paragraph, its
// last list items or a note that ends it. Stage two reads a line by its
// neighbours, and the last lines of a story have furniture below them,
// so they score lower than the same lines higher up; inside the story
// keepProseGaps and keepListGaps give such lines back, at its end nothing
// did. The walk stops at the first line that does not qualify: a line
// stage two kept and stage three dropped, a line well below the cut
// unless it is a closing sentence (closingSentence), a line of bare
// names (a writer's box opens so), a call to act ("Get a free quote",
// "Click a star to rate") or any furniture. The zone stays as stage two
// made it.
func (p *page) keepStoryEnd() {
	last := p.prevKept(len(p.keep))
	if last < 0 {
		return
	}
	for i := last + 1; i < len(p.lines); i++ {
		if p.lines[i].words == 0 {
			continue
		}
		if j := p.paragraphUnderBox(i); j > 0 {
			p.keep[j] = true
			i = j
			continue
		}
		if p.zone[i] || p.z2[i] > 0 || p.z2[i] <= storyEndSlack && !p.closingSentence(i) || p.ann[i].names != nil ||
			p.furnitureByAnyReading(i) || opensWithCallToAction(p.lines[i].low) {
			return
		}
		p.keep[i] = true
	}
}

// boxTailWords is the fewest words of the paragraph under a box of links
// that keepStoryEnd walks past (paragraphUnderBox).
const boxTailWords = 25

// paragraphUnderBox returns the paragraph under the box of links to other
// stories whose label is line i, when the story goes on under the box: a
// paragraph the rules kept in the story's run (storyUnderBox, bodyRange),
// of boxTailWords words or more, that ends as a sentence and that stage
// two only just left out (closingSentence's slack), printed once. Pages
// in other languages set a "Read also" box after every few paragraphs,
// down to the story's last ("Leggi anche:", a headline, its writer; again
// twice; then the closing paragraph), and stage two, reading the last
// paragraph among box lines with furniture under it, scores it under the
// cut. The box's lines (labels, headlines, their writers' names) are at
// most boxUnderStoryLines and stay out. It returns -1 otherwise.
func (p *page) paragraphUnderBox(i int) int {
	rk := &p.rules
	if i >= len(rk.teaser) || !rk.teaser[i] || p.keep[i] {
		return -1
	}
	j := i + 1
	for j < len(p.lines) && j-i <= boxUnderStoryLines && !p.keep[j] &&
		(p.lines[j].words == 0 || rk.inTeaserBox(j) || p.ann[j].names != nil && p.lines[j].words <= 4) {
		j++
	}
	if j >= len(p.lines) || j-i > boxUnderStoryLines || p.keep[j] || !rk.keep[j] && rk.cls[j] != clsGood || p.zone[j] {
		return -1
	}
	ln := &p.lines[j]
	if ln.words < boxTailWords || p.z2[j] <= storyEndProseSlack || p.copies[j] >= 2 || !endsSentenceAny(ln.text) ||
		p.furnitureByAnyReading(j) {
		return -1
	}
	return j
}

// storyEndProseSlack and storyEndProseWords bound a sentence under the
// story that keepStoryEnd puts back although stage two scored it below
// storyEndSlack (closingSentence). Swept on the even devset-wcxb pages,
// body F1 (base 0.95969): -1.4 and 8 words 0.96022, -1 and 8 0.96020, -2
// and 4 0.96020, -1.4 and 15 0.95968 (the closing sentences are short).
const (
	storyEndProseSlack = -1.4
	storyEndProseWords = 8
)

// closingSentence reports a line under the story that comes back although
// stage two scored it well below the cut: a sentence of some length that
// ends like one and is printed once ("Be sure to check out the rest of the
// projects below!"). Stage two reads a line by its neighbours, and the
// story's last sentences stand over the page's furniture, so they score
// lower the nearer they are to it, most of all on a short story; the
// furniture under a story mostly says what it is by its words or form (a
// call to act, a button, a caption, a site's note about itself, a line
// printed on every page) and stops the walk first. A sentence that names a
// web address is the site speaking ("example.com se reserva el derecho de
// eliminar cualquier comentario"), which no word list in every language
// catches, and stays out.
func (p *page) closingSentence(i int) bool {
	ln := &p.lines[i]
	return p.z2[i] > storyEndProseSlack && ln.words >= storyEndProseWords && p.copies[i] < 2 &&
		(endsSentenceAny(ln.text) || endsWithAside(ln.text)) && !isSiteNote(ln) && !namesDomain(ln.text)
}

// endsWithAside reports a paragraph whose last sentence is a remark in
// brackets that its writer closed without a stop ("… trust that code.
// (I had also tested the parity settings)"): the sentence before the
// bracket ends the paragraph's prose, and the bracket only adds to it.
func endsWithAside(s string) bool {
	s = strings.TrimRight(s, " ")
	if !strings.HasSuffix(s, ")") {
		return false
	}
	open := strings.LastIndexByte(s, '(')
	return open > 0 && endsSentenceAny(strings.TrimRight(s[:open], " "))
}

// namesDomain reports a line with a word written as a web address
// ("example.es", "shop.example.com"); "U.S." and "e.g." are none.
func namesDomain(s string) bool {
	if !hasDotLetter(s) {
		return false
	}
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, "\"'()[]“”‘’«».,;:!?")
		if strings.Contains(w, ".") && plausibleDomain(w) {
			return true
		}
	}
	return false
}

// repeatWords is the fewest words a kept line needs for a later copy of
// it to leave the body (dropRepeats).
const repeatWords = 8

// dropRepeats keeps the first copy of a paragraph the body would print
// twice or more: a story says each of its paragraphs once, so a later copy
// is a pull quote, a box that repeats the opening, or the same block
// printed again for another screen size. Short lines may repeat in a
// story (a list's "Pros", "Cons" under each item) and stay. A heading
// listed above in a table of contents stays too: the contents pass drops
// the list when it finds the sections' copies under it, and
// dropListCopies the entries of a list it leaves. A paragraph the story
// says again in a setting of its own stays (retold).
func (p *page) dropRepeats() {
	lastOwn := -2 // looked up at the first repeat: most pages have none
	p.eachRepeat(func(i, first int) {
		if p.headsSection(i) && p.inShortRun(first) {
			return
		}
		if lastOwn == -2 {
			lastOwn = p.lastOwnParagraph()
		}
		if !p.retold(i, first, lastOwn) {
			p.keep[i] = false
		}
	})
}

// dropListCopies drops the entry of a list (a table of contents) whose
// line the page prints again over a section of the story, when the
// contents pass left the list: the story's copy is the heading.
func (p *page) dropListCopies() {
	p.eachRepeat(func(i, first int) {
		if p.headsSection(i) && p.inShortRun(first) {
			p.keep[first] = false
		}
	})
	p.dropShortListCopies()
}

// listRunLines is the fewest lines one after another, each the copy of a
// heading over prose further down, that make a table of contents whose
// short entries (under repeatWords words, which eachRepeat passes over)
// leave the body: one or two short lines repeated below may be a story's
// own ("Pros", "Cons"), a run of them is the list.
const listRunLines = 3

// announcesList reports a kept line right above line s that ends in a
// colon: the story announces the list under it ("the five platforms we
// compare:") and prints it as its own, not as a table of contents.
func (p *page) announcesList(s int) bool {
	return s > 0 && p.keep[s-1] && strings.HasSuffix(strings.TrimSpace(p.lines[s-1].text), ":")
}

// dropShortListCopies drops the kept entries of a run of listRunLines
// lines or more, each a short line without a full stop that the page
// prints again further down as a kept heading over prose (headsSection):
// the contents pass leaves such a list when a line of the story sits
// right above it, and the headings under it are the story's copies. A
// list the story announces stays (announcesList).
func (p *page) dropShortListCopies() {
	var heads map[string]bool // a later kept copy of the line heads a section
	var listed []bool         // made with heads: most pages repeat no short line
	for j := len(p.lines) - 1; j >= 0; j-- {
		ln := &p.lines[j]
		if p.copies[j] < 2 || ln.words == 0 || ln.words > sectionHeadWords {
			continue
		}
		if heads == nil {
			heads, listed = make(map[string]bool), make([]bool, len(p.lines))
		}
		listed[j] = heads[ln.low] && !strings.HasSuffix(strings.TrimSpace(ln.text), ".")
		if p.keep[j] && p.headsSection(j) {
			heads[ln.low] = true
		}
	}
	if heads == nil {
		return
	}
	for s := 0; s < len(listed); {
		e := s
		for e < len(listed) && listed[e] {
			e++
		}
		if e-s >= listRunLines && !p.announcesList(s) {
			for k := s; k < e; k++ {
				p.keep[k] = false
			}
		}
		s = e + 1
	}
}

// eachRepeat calls f with each later kept copy i of a kept line of
// repeatWords words or more and with the first kept copy.
func (p *page) eachRepeat(f func(i, first int)) {
	var seen map[string]int
	for i, k := range p.keep {
		if !k || p.lines[i].words < repeatWords || p.copies[i] < 2 {
			continue
		}
		if seen == nil {
			seen = make(map[string]int)
		}
		if first, ok := seen[p.lines[i].low]; ok {
			f(i, first)
			continue
		}
		seen[p.lines[i].low] = i
	}
}

// sectionHeadWords is the most words a section's heading has, and
// sectionProseWords the fewest the paragraph under it has (headsSection).
const (
	sectionHeadWords  = 16
	sectionProseWords = 20
)

// headsSection reports a line that reads as a section's heading: short,
// no full stop at its end, and a kept paragraph of prose right under it.
// A page that keeps its table of contents in the story prints each
// heading twice, once in the list and once over its section, and the
// section's copy is the story's own.
func (p *page) headsSection(i int) bool {
	ln := &p.lines[i]
	if ln.words > sectionHeadWords || strings.HasSuffix(strings.TrimSpace(ln.text), ".") || i+1 >= len(p.lines) {
		return false
	}
	next := &p.lines[i+1]
	return p.keep[i+1] && next.words >= sectionProseWords && endsSentenceAny(next.text)
}

// inShortRun reports a line with a short neighbour above or below it
// that ends in no full stop: an entry in a list (a table of contents), not
// a heading over prose or a paragraph.
func (p *page) inShortRun(j int) bool {
	for _, n := range [2]int{j - 1, j + 1} {
		if n < 0 || n >= len(p.lines) {
			continue
		}
		ln := &p.lines[n]
		if ln.words > 0 && ln.words <= sectionHeadWords && !strings.HasSuffix(strings.TrimSpace(ln.text), ".") {
			return true
		}
	}
	return false
}

// keepOneCopy gives the body back one copy of a paragraph the page prints
// twice when stage three dropped the copy that dropRepeats kept: the
// first copy is often the teaser or the pull quote over the story, which
// stage three reads as furniture, and the story's own copy went with it.
// The later copy comes back when the classifier kept it, it ends like a
// sentence (a heading printed twice is mostly a table of contents' entry
// over its section) and it stands next to a kept line.
func (p *page) keepOneCopy() {
	for i, k := range p.keep {
		if k || !p.zone[i] || p.lines[i].words < repeatWords || p.copies[i] != 2 || !endsSentenceAny(p.lines[i].text) {
			continue
		}
		// i is the copy dropRepeats kept and stage three dropped.
		for j := i + 1; j < len(p.lines); j++ {
			if p.lines[j].low != p.lines[i].low {
				continue
			}
			if !p.keep[j] && p.z2[j] > 0 && !p.furnitureByWording(j) && !inBox(j, p.rules.box) &&
				(p.keep[j-1] || j+1 < len(p.lines) && p.keep[j+1]) {
				p.keep[j] = true
			}
			break
		}
	}
}

// dropAsides takes out of the body the lines that are no story text by
// what they say, however much they read like prose and whatever their
// neighbours: a site's note about itself (isSiteNote), a short line a
// pointing sign opens (isPointerLink), the label over a table of contents
// (contentsLabel; the contents pass drops it only with its list), a
// picture's alt text that names itself a picture (isPictureText:
// "Headshot of …", "Diagram illustrating …"), and a picture's caption
// with its credit that the page prints twice (a story prints its
// paragraphs once; a gallery and its lightbox print the caption again).
func (p *page) dropAsides() {
	for i, k := range p.keep {
		if k && p.aside(i) {
			p.keep[i] = false
		}
	}
}

// aside reports a line that dropAsides takes out of the body.
func (p *page) aside(i int) bool {
	ln := &p.lines[i]
	return isSiteNote(ln) || isPointerLink(ln) || contentsLabel(ln) || isPictureText(ln.low, ln.words) ||
		p.ann[i].credit != "" && p.caption(i) && p.copies[i] >= 2
}

// dropAfterWall ends the body at a line that opens reader comments by
// counting them or asking for one ("59 Comments on …", "Leave a reply")
// under the story: what follows is the readers', however much of it
// reads like prose. (Other walls, "Jane writes:" or "About the
// university", may stand inside a story and end nothing here.)
func (p *page) dropAfterWall() {
	kept := 0
	for i := range p.lines {
		if p.ann[i].has(roleWall) && kept >= wallAfterLines && commentsCount(&p.lines[i]) {
			for j := i; j < len(p.lines); j++ {
				p.keep[j] = false
			}
			return
		}
		if p.keep[i] {
			kept++
		}
	}
}

// teaserTailAbove is the fewest words the body must keep above a label
// of links to other stories for the label to end it.
const teaserTailAbove = 100

// teaserBlurbWords is the most words a line kept under such a label may
// have for the label to end the body: a teaser's blurb is a sentence or
// two ("An overview of how to …"), a story's paragraph is longer.
const teaserBlurbWords = 40

// dropTeaserTail ends the body at a label of a box of links to other
// stories ("Related articles", "More from …") when all the body keeps
// under it is short lines, no more than half the words above it: the
// box's headlines and blurbs, which stage three reads as the story's
// subheadings and short paragraphs. The label ends it whether the body
// keeps it or not: one that ends in a colon ("You may also like:") reads
// to the classifier as a lead-in. A label that sits inside a story has
// the story's paragraphs under it, longer than any blurb, and ends
// nothing; nor does a label the page prints more than once, which is a
// button under each item of a list ("Read more"), not a box's label, or
// one of a box the rules saw the story go on under (storyUnderBox), nor
// one the story's main run takes in with its own sentences under it
// (storyGoesOnUnder).
func (p *page) dropTeaserTail() {
	p.endBodyAt(func(i, above, total int) bool {
		return i < len(p.rules.teaser) && p.rules.teaser[i] && p.copies[i] < 2 && above >= teaserTailAbove &&
			2*(total-above) <= above && !inBox(i, p.rules.crossed) && p.blurbsUnder(i) && !p.storyGoesOnUnder(i)
	})
}

// storyGoesOnUnder reports whether what the body keeps under the label
// at line i is the story going on under a box of links in the middle of
// it ("Read also" and three headlines between two paragraphs): the main
// run takes those lines in, each is a sentence in any script and no
// link, and they name the story's subjects (three words or more shared
// with the lines kept above, one for each two lines). A box's blurbs are
// sentences too, but about other stories; a single line under a box is
// as often a promotion's copy.
func (p *page) storyGoesOnUnder(i int) bool {
	rk := &p.rules
	lines := 0
	var tail []int32
	for j := i + 1; j < len(p.lines); j++ {
		if !p.keep[j] {
			continue
		}
		if j >= rk.end || rk.teaserItem[j] || p.ann[j].anchor() || !shortSentence(p.lines[j], false) {
			return false
		}
		lines++
		tail = append(tail, p.topicsOf(j)...)
	}
	if lines < 2 || i < rk.start {
		return false
	}
	shared := p.sharedTopics(tail, rk.start, i, func(k int) bool { return p.keep[k] })
	return shared >= 3 && 2*shared >= lines
}

// blurbsUnder reports whether the body keeps lines under line i and
// none of them is longer than a teaser's blurb.
func (p *page) blurbsUnder(i int) bool {
	any := false
	for j := i + 1; j < len(p.lines); j++ {
		if p.keep[j] {
			if p.lines[j].words > teaserBlurbWords {
				return false
			}
			any = true
		}
	}
	return any
}

// wallAfterLines is how many kept lines must come before a comments wall
// for it to end the story: a label at the top of the page ends nothing.
const wallAfterLines = 3

// commentsCount reports a line that opens reader comments by counting
// them or asking for one.
func commentsCount(ln *line) bool {
	if ln.text == "" {
		return false
	}
	return isDigitByte(ln.text[0]) && reCommentsHead().MatchString(ln.text) ||
		strings.HasPrefix(ln.low, "leave a reply") || strings.HasPrefix(ln.low, "leave a comment") ||
		strings.HasPrefix(ln.low, "join the conversation") || strings.HasPrefix(ln.low, "join the discussion")
}

// announcedItemWords is the most words a line under an announcing line
// may have to count as an item of the list it announces.
const announcedItemWords = 30

// notAnItem are the readings that keep a line out of an announced list.
const notAnItem = roleJunk | roleTeaser | roleCaption | roleWall | roleByline | roleRelDate | roleReadTime

// keepAnnouncedLists keeps the lines between a kept line that ends with
// a colon ("Here are the principles:", "Tools needed:") and the next kept
// line: they are the list it announces. The classifier weighs a list's
// items one by one, and an item of a few words, or a short sentence, looks
// to it like the links and labels around a story; the colon over them and
// the story going on under them say otherwise. A line the readings call
// junk, a teaser, a caption, a byline or a date, a long line, or another
// announcing line ends the run, and a run the story does not come back
// after stays out.
func (p *page) keepAnnouncedLists() {
	n := len(p.lines)
	for i := 1; i < n; i++ {
		if p.keep[i] || !p.keep[i-1] || !announces(p.lines[i-1].text) {
			continue
		}
		j := i
		for j < n && !p.keep[j] && p.lines[j].words <= announcedItemWords && !announces(p.lines[j].text) &&
			p.roles(j)&notAnItem == 0 {
			j++
		}
		if j < n && p.keep[j] {
			for k := i; k < j; k++ {
				p.keep[k] = true
			}
		} else if j = p.closingList(i); j > i {
			for k := i; k < j; k++ {
				p.keep[k] = true
			}
		}
		i = j
	}
}

// keepNestedItems puts back the items of a list that a kept line
// announces with a colon when the classifier kept some of its lines and
// left out the short ones between. A list of groups ("Fruit", "Apples",
// "Pears", "Vegetables", …) has lost its indents in the dump: the
// classifier keeps a group's line and drops the short items under it, or
// the reverse. An item it kept does not end the list: a run of left-out
// lines between two kept ones is items too, up to the story's next kept
// paragraph. Only short lines that no reading calls furniture and that
// call the reader to nothing come back (a shop's "Buy now" under each
// item stays out); a kept line that ends a sentence closes the list
// ("Let's get started!"), and what it leaves out under it is another
// element. The passes after this one may still drop a caption or a
// table of contents among them.
func (p *page) keepNestedItems() {
	for i := 1; i < len(p.lines); i++ {
		if p.keep[i-1] && announces(p.lines[i-1].text) {
			i = p.keepListGroups(i)
		}
	}
}

// keepListGroups fills the gaps of the announced list that opens at line
// i (keepNestedItems) and returns the last kept line it read.
func (p *page) keepListGroups(i int) int {
	gap := func(k int) bool {
		ln := &p.lines[k]
		return ln.words <= listGapWords && p.announcedItem(k) && !opensWithCallToAction(ln.low) && !p.furnitureByAnyReading(k)
	}
	from := i // the first line of the gap being read
	for k := i; k < len(p.lines) && (p.keep[k] || gap(k)); k++ {
		if !p.keep[k] {
			continue
		}
		if from < k && (from == i || !p.lines[from-1].shape.endsSent) {
			for g := from; g < k; g++ {
				p.keep[g] = true
			}
		}
		from = k + 1
		if !p.announcedItem(k) {
			return k // the story's next paragraph
		}
	}
	return max(from-1, i)
}

// closingIntro reports an announcing line that says what follows in a
// sentence ("I have collected some of them here:") rather than labels it
// ("Read more:", "Related:", in whatever language): a label over a list
// under a story is mostly a box of links to other stories.
func closingIntro(ln *line) bool {
	return ln.words >= closingIntroWords && ln.stops > 0
}

// closingIntroWords is the fewest words of a closingIntro.
const closingIntroWords = 5

// closingItems is the fewest items, and closingItemWords the most words
// an item may have, for a list announced by the body's last kept line to
// close the story (closingList).
const (
	closingItems     = 3
	closingItemWords = 12
)

// closingList returns the end of the list that the line above i announces
// when that line is the last the body kept: a story may end on a list it
// announces ("I have collected some of them here:", "Further reading:"),
// and no story line then comes back under it. The list is the run of
// short lines (closingItemWords words or fewer) up to the first longer
// line, announcing line or line read as furniture, and counts only with
// closingItems lines or more. It returns i when there is none.
func (p *page) closingList(i int) int {
	n := len(p.lines)
	if !closingIntro(&p.lines[i-1]) {
		return i
	}
	for k := i; k < n; k++ {
		if p.keep[k] {
			return i // the story goes on: not its closing list
		}
	}
	j := i
	for j < n && p.lines[j].words >= 1 && p.lines[j].words <= closingItemWords && !announces(p.lines[j].text) &&
		p.roles(j)&(notAnItem|roleFurniture) == 0 {
		j++
	}
	if j-i < closingItems {
		return i
	}
	return j
}

// announcedItem reports a line that may be an item of a list announced
// over it: a short line that announces nothing itself and that no
// reading calls junk, a teaser, a caption, a byline or a date.
func (p *page) announcedItem(i int) bool {
	return p.lines[i].words <= announcedItemWords && !announces(p.lines[i].text) && p.roles(i)&notAnItem == 0
}

// announces reports a line that ends with a colon.
func announces(s string) bool {
	s = strings.TrimRight(s, " ")
	return strings.HasSuffix(s, ":") || strings.HasSuffix(s, "：")
}

// opensWithCallToAction reports a line whose first word calls the reader
// to act (ctaWords): a button or a pitch, not the story's own sentence.
func opensWithCallToAction(low string) bool { return opensWithWordIn(low, ctaWords) }

// opensWithWordIn reports a line (lower case) whose first word is in set.
func opensWithWordIn(low string, set map[string]bool) bool {
	for w := range wordsIn(low) {
		return set[w]
	}
	return false
}

// Bounds of the opening paragraph that keepStoryOpening puts back:
// openingWords is the fewest words it needs, openingSlack how far below
// stage two's cut it may score, openingSkip how many caption lines may
// stand between it and the story's first kept line, and openingHeadGap
// how many short lines between it and the header line over it. Swept on
// the even devset-wcxb pages, body F1 (base 0.96193): slack -0.5 0.96197,
// -1 0.96200, -2 and -3 0.96201; 15 words took in a sponsor's pitch
// (0.96199); a skip of 0 or 1 0.96197 and 0.96200.
const (
	openingWords           = 25
	openingSlack   float32 = -2
	openingSkip            = 2
	openingHeadGap         = 2
)

// keepStoryOpening puts back the story's opening paragraph when it stands
// right under the header (the headline, a byline or a dateline) and right
// over the story's first kept line, with at most a picture's caption
// between: stage two reads a line by its neighbours, and the first
// paragraph has the header's furniture above it, so it scores lower than
// the same paragraph further down. Only a long line that ends like a
// sentence comes back, printed once and no furniture by any reading: a
// teaser or a site's pitch over a story is mostly short or says what it
// is. The zone stays as stage two made it.
func (p *page) keepStoryOpening() {
	first, _ := keptSpan(p.keep)
	if first <= 0 {
		return
	}
	c := first - 1
	for skipped := 0; c >= 0; c-- {
		if p.lines[c].words == 0 {
			continue
		}
		if skipped == openingSkip || !p.openingCaption(c) {
			break
		}
		skipped++
	}
	if c < 0 || !p.openingLine(c) {
		return
	}
	for i, gap := c-1, 0; i >= 0; i-- {
		a := &p.ann[i]
		if a.header() || a.names != nil || i == p.rules.title {
			p.keep[c] = true
			return
		}
		if p.lines[i].words == 0 {
			continue
		}
		if gap == openingHeadGap || p.lines[i].words >= gapProseWords {
			return
		}
		gap++
	}
}

// openingCaption reports a line keepStoryOpening steps over between the
// opening paragraph and the story: a picture's caption or credit, or a
// line printed twice in a row (a caption over a picture and its zoom).
func (p *page) openingCaption(i int) bool {
	a := &p.ann[i]
	return p.caption(i) || a.credit != "" || a.has(roleRepeat)
}

// openingLine reports a line keepStoryOpening may put back.
func (p *page) openingLine(i int) bool {
	ln := &p.lines[i]
	return !p.keep[i] && !p.zone[i] && p.z2[i] > openingSlack && ln.words >= openingWords && p.copies[i] < 2 &&
		endsSentenceAny(ln.text) && !p.furnitureByAnyReading(i) && !isSiteNote(ln) && !namesDomain(ln.text)
}
