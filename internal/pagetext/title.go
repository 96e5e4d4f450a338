package pagetext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The headline is scored, not assumed to be first: pages open with section
// names, kickers, navigation and pictures. What marks a headline is its
// neighbourhood (a byline, dateline or standfirst just below it, the story
// not far off), its shape (a phrase of a few to some thirty words, without
// a closing full stop, not a label in capitals) and that pages tend to repeat
// it (in a share bar, a picture's alt text, a print header).

// dateBelow reports whether the next line that is not furniture is a
// dateline.
func (p *page) dateBelow(i int) bool {
	for j := i + 1; j < len(p.lines) && j <= i+3; j++ {
		if p.ann[j].date != nil {
			return true
		}
		if !p.chrome(j) {
			return false
		}
	}
	return false
}

// titleScore rates line i as the headline; ok is false for lines that cannot
// be one at all.
func (p *page) titleScore(i int) (float64, bool) {
	return p.rateTitle(i, nil)
}

// rateTitle is titleScore, with each term's part of it in parts when
// parts is not nil. The terms and their weights are in titleweights.go.
func (p *page) rateTitle(i int, parts *headParts) (float64, bool) {
	ln := p.lines[i]
	a := p.ann[i]
	words := headWords(&ln)
	if a.has(roleJunk) || a.has(roleWall) || p.caption(i) && !a.has(roleCapByNext) || a.header() || a.has(roleWriterRole) || a.names != nil && (ln.words <= 5 || hasBylineRole(ln.low) || writersCredit(ln.text)) {
		return 0, false
	}
	// A line of nothing but names right above a dateline is the byline,
	// however many names it lists.
	if a.names != nil && p.dateBelow(i) {
		return 0, false
	}
	if words < 2 || words > 40 || ln.width < 8 || ln.runes > 300 || a.has(roleRepeat) && words > 20 {
		return 0, false
	}
	t := ln.text
	if strings.Contains(t, "://") || strings.Contains(t, "www.") || isBreadcrumb(t) || capsHomeMenu(&p.lines[i]) {
		return 0, false
	}
	score := headSum{parts: parts}

	// Neighbourhood: header lines (byline, date, reading time) below, with
	// at most one standfirst in between.
	k, dekSeen, dekBlock := 0, false, -1
	for j := i + 1; j < len(p.lines) && j <= i+scanLimit && k < 4; j++ {
		// k counts the lines between the candidate and the header.
		if p.chrome(j) || p.lines[j].text == t {
			continue // buttons, or the headline repeated
		}
		if isBreadcrumb(p.lines[j].text) {
			// The trail of sections leads to the headline: a line above
			// it is the site's, whatever header comes below.
			break
		}
		// A standfirst of several lines in one block: a list of
		// highlights under the headline.
		if p.blocks && p.lines[j].block == dekBlock && !p.ann[j].anchor() {
			continue
		}
		if p.ann[j].anchor() || p.ann[j].placeNames != nil {
			score.add(hHeaderBelow + headTerm(k))
			// A second header line right after (byline then date) makes
			// a header block.
			for m := j + 1; m < len(p.lines) && m <= j+3; m++ {
				if p.ann[m].anchor() && !p.caption(m) {
					score.add(hHeaderBlock)
					break
				}
			}
			break
		}
		if !dekSeen && p.dekLike(j) {
			dekSeen = true
			if p.lines[j].block != ln.block {
				dekBlock = p.lines[j].block
			}
			continue
		}
		k++
	}
	// A dateline or byline just above is common too.
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if p.chrome(j) {
			continue
		}
		if p.ann[j].anchor() {
			score.add(hHeaderAbove)
		}
		break
	}
	anchored := score.total >= 3
	// Distance to the story, counted in lines that are not furniture.
	if i < p.bodyStart {
		d := p.realBefore[p.bodyStart] - p.realBefore[i+1]
		switch {
		case d <= 3:
			score.add(hNearStory)
		case d <= 6:
			score.add(hCloseStory)
		case d > 20 && !anchored:
			score.add(hFarStory)
		}
	} else {
		score.add(hInStory)
	}
	// Early lines are likelier; the first real line gets a nudge.
	if p.firstReal == i {
		score.add(hFirstReal)
	}
	score.addTimes(hRank, float64(p.realRank[i]))

	// Pages repeat their headline: in a share bar, an alt text, a header.
	if p.copies[i] > 1 || p.containedElsewhere(i) {
		score.add(hRepeated)
	}

	// Headlines are telegraphic: few function words.
	density := float64(ln.stops) / float64(ln.words)
	switch {
	case density <= 0.25:
		score.add(hTelegraphic)
	case density >= 0.45:
		score.add(hWordy)
	}
	// A short label inside the header block of a longer headline above
	// it: "Heard on Morning Edition" between the dateline and the byline.
	if pr := p.prevReal(i); words <= 6 && pr >= 0 && p.ann[pr].anchor() {
		if h := p.prevReal(pr); p.headlineShaped(h) && headWords(&p.lines[h]) >= words+3 && pr-h <= 3 {
			score.add(hHeaderLabel)
		}
	}
	// An item of a list: the line above is text of the same block.
	if p.blocks && i > 0 && p.lines[i-1].block == ln.block && !p.chrome(i-1) && p.lines[i-1].words >= 4 {
		score.add(hListItem)
	}
	// Teaser lists: a headline-shaped line between two others.
	if p.headlineShaped(p.prevReal(i)) && p.headlineShaped(p.nextReal(i)) {
		score.add(hTeaserList)
	}

	// Shape.
	last, _ := utf8.DecodeLastRuneInString(t)
	switch {
	// Chinese and Japanese close a statement with their own full stop.
	case endsSentence(t) && !strings.HasSuffix(t, "?") && !strings.HasSuffix(t, "!") && !strings.HasSuffix(t, "...") || strings.HasSuffix(t, "。"):
		if strings.Count(t, ". ") > 0 || words > 20 {
			score.add(hSentences)
		} else {
			score.add(hSentence)
		}
	case last == ':' || last == ',' || last == ';' || last == '/':
		score.add(hOpenEnd)
	}
	if words <= 3 {
		score.add(hFewWords)
		if isUpperText(t) {
			score.add(hShortCaps)
		}
	}
	if words >= 5 && words <= 25 {
		score.add(hHeadlineLength)
	}
	// A headline is often followed right away by its standfirst.
	// A short one reads like a headline itself, but the byline right under
	// it gives it away: "Workers return Tuesday after labour board order".
	// Under a list of other stories' headlines (two headline-shaped
	// lines above), the list's last item is no headline over its
	// standfirst, nor this line the standfirst under it: the list ends
	// over the headline.
	pr := p.prevReal(i)
	underList := p.headlineShaped(pr) && p.headlineShaped(p.prevReal(pr))
	if nr := p.nextReal(i); nr >= 0 && (p.dekLike(nr) && !p.headlineShaped(nr) || p.headlineShaped(nr) && p.anchorNext(nr) && !underList) {
		score.add(hDekBelow)
	}
	// A long line right under a headline-shaped one is its standfirst.
	if words >= 12 && p.headlineShaped(pr) && headWords(&p.lines[pr]) >= 5 && headWords(&p.lines[pr]) <= words {
		score.add(hDekShaped)
	} else if words >= 6 && p.headlineShaped(pr) && headWords(&p.lines[pr]) >= 6 && !underList {
		// Two headline-shaped lines above the byline: the second is the
		// standfirst.
		score.add(hSecondHeadline)
	}
	if p.dekAbove(i) {
		score.add(hDekAbove)
	}
	if ln.runes > 180 {
		score.add(hLong)
	}
	if r, _ := utf8.DecodeRuneInString(t); unicode.IsLower(r) {
		score.add(hLowerStart)
	}
	if hasSpaced(t, "|", " | ") {
		score.add(hPipe)
	}
	// A line over a picture credit is likelier the picture's caption, but
	// the headline may sit right over the picture too.
	if a.has(roleCapByNext) {
		score.add(hOverCredit)
	}
	// "Jane Doe in Brussels" next to a dateline is likelier a byline.
	if a.placeNames != nil {
		score.add(hPlaceByline)
	}
	// The site's own name line: "Example News Example.com".
	if p.domainOf(i) != "" {
		score.add(hDomain)
	}
	// Tags over the headline: "Best Of, Japan, Travel Guides".
	if tagList(t) {
		score.add(hTagList)
	}
	return score.total, true
}

// headWords is a line's length in words as the headline's tests read
// it. In scripts written without spaces a run of letters is a clause or a
// whole headline, one "word" to ln.words; there some two characters of Han
// or kana make a word, and some four of Thai, Lao, Khmer or Myanmar, so
// that a short Chinese headline is weighed by the same lengths as an
// English one (and not dropped as a single word under a subtitle that
// happens to hold a space).
func headWords(ln *line) int {
	if ln.shape.tokens <= ln.words {
		return ln.words // no such characters: most lines
	}
	if ln.words >= 2 && ln.runes <= 5*ln.words {
		return ln.words // a row of short labels ("ニュース 経済 スポーツ"): a menu
	}
	words, cjk, other := 0, 0, 0
	inRun := false
	for _, r := range ln.text {
		switch {
		case unspaced(r):
			if wideChar(r) {
				cjk++
			} else {
				other++
			}
			inRun = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !inRun {
				words++
			}
			inRun = true
		case r == '\'' || r == '’':
		default:
			inRun = false
		}
	}
	return words + (cjk+1)/2 + (other+3)/4
}

// anchorNext reports whether the next line that is not furniture is a
// header line.
func (p *page) anchorNext(j int) bool {
	n := p.nextReal(j)
	return n >= 0 && p.ann[n].anchor()
}

// prevReal and nextReal return the nearest line above or below i that is
// not furniture, or -1.
func (p *page) prevReal(i int) int {
	for j := i - 1; j >= 0 && j >= i-scanLimit; j-- {
		if !p.chrome(j) && p.lines[j].text != p.lines[i].text {
			return j
		}
	}
	return -1
}

func (p *page) nextReal(i int) int {
	for j := i + 1; j < len(p.lines) && j <= i+scanLimit; j++ {
		if !p.chrome(j) && p.lines[j].text != p.lines[i].text {
			return j
		}
	}
	return -1
}

// headlineShaped reports a line that looks like a headline of its own: a
// phrase of four to twenty words that is not a sentence or header line,
// nor a list of tags.
func (p *page) headlineShaped(j int) bool {
	if j < 0 {
		return false
	}
	ln := p.lines[j]
	w := headWords(&ln)
	return w >= 4 && w <= 20 && !endsSentence(ln.text) && !p.ann[j].anchor() && !tagList(ln.text)
}

// dekAbove reports a standfirst printed over its headline: a long line
// (ten words or more) right over a headline-shaped line a third shorter
// or more that has the byline or dateline under it, the long line telling
// the story in a sentence (a full stop, or function words where the short
// line has few) and the short one naming it. The byline sits under the
// headline, whatever order the page gives the two.
func (p *page) dekAbove(i int) bool {
	ln := &p.lines[i]
	w := headWords(ln)
	if w < 10 {
		return false
	}
	nr := p.nextReal(i)
	if !p.headlineShaped(nr) || !p.anchorNext(nr) {
		return false
	}
	h := &p.lines[nr]
	if 3*headWords(h) > 2*w {
		return false
	}
	if endsSentence(ln.text) {
		return true
	}
	return ln.words > 0 && h.words > 0 && float64(ln.stops)/float64(ln.words) >= 0.4 && float64(h.stops)/float64(h.words) <= 0.3
}

// dekLike reports a line that reads as a standfirst: a sentence of some
// length that is not a header line.
func (p *page) dekLike(j int) bool {
	ln := p.lines[j]
	a := p.ann[j]
	w := headWords(&ln)
	return !a.anchor() && !p.caption(j) && w >= 8 && w <= 70
}

// containedElsewhere reports whether the text of line i appears inside
// another, longer line ("Share options for: <headline>").
func (p *page) containedElsewhere(i int) bool {
	t := p.lines[i].text
	if len(t) < 20 {
		return false
	}
	bits := p.textBits()
	for j := max(0, i-300); j < len(p.lines) && j < i+300; j++ {
		if j != i && len(p.lines[j].text) > len(t) && len(p.lines[j].text) < 4*len(t)+200 &&
			bits[i]&^bits[j] == 0 && strings.Contains(p.lines[j].text, t) {
			return true
		}
	}
	return false
}

// textBits returns, for each line, the bytes its text holds as bits of a
// word (a byte sets bit byte%64): a line holds another only if it holds
// each of its bytes, which spares containedElsewhere most of its searches.
func (p *page) textBits() []uint64 {
	if p.bytesIn == nil {
		p.bytesIn = make([]uint64, len(p.lines))
		for j := range p.lines {
			p.bytesIn[j] = byteBits(p.lines[j].text)
		}
	}
	return p.bytesIn
}

// byteBits returns the bytes s holds as bits of a word, byte%64 each.
// Two words take alternate bytes: each OR then waits on the one two
// bytes back, not on the one before.
func byteBits(s string) uint64 {
	var a, b uint64
	k := 0
	for ; k+1 < len(s); k += 2 {
		a |= 1 << (s[k] & 63)
		b |= 1 << (s[k+1] & 63)
	}
	if k < len(s) {
		a |= 1 << (s[k] & 63)
	}
	return a | b
}

// isBreadcrumb reports a navigation trail: "Home > News > World".
func isBreadcrumb(s string) bool {
	if strings.IndexByte(s, '>') < 0 && strings.IndexByte(s, '/') < 0 && !strings.Contains(s, "»") && !strings.Contains(s, "›") {
		return false // no separator's mark, looked for by its rarest byte: most lines
	}
	for _, sep := range []string{" > ", " » ", " › ", " / ", " >> "} {
		if strings.Count(s, sep) >= 1 && !moreWords(s, 12) {
			return true
		}
	}
	return false
}

// shouted reports a text in capitals: it has capitals and no small
// letters. Scripts without case (Chinese, Arabic, Thai) are never
// shouted.
func shouted(s string) bool {
	upper := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		upper = upper || unicode.IsUpper(r)
	}
	return upper
}

// isUpperText reports whether all letters of s are capitals.
func isUpperText(s string) bool {
	has := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			has = true
		}
	}
	return has
}

// scanLimit bounds how far the headline scorer looks around a line, and
// maxTitleLine how far down the page a headline is looked for, so that odd
// inputs of many thousand lines stay linear.
const (
	scanLimit    = 40
	maxTitleLine = 500
)

// findTitle picks the best-scoring line before the story (or, failing
// that, anywhere), returning its index or -1.
func (p *page) findTitle() int {
	best, bestScore := -1, 0.0
	// realBefore[i] counts the lines before i that are not furniture.
	p.realBefore = make([]int, len(p.lines)+1)
	for i := range p.lines {
		p.realBefore[i+1] = p.realBefore[i]
		if !p.chrome(i) {
			p.realBefore[i+1]++
		}
	}
	limit := min(p.bodyStart, maxTitleLine)
	if limit == 0 {
		limit = min(len(p.lines), maxTitleLine)
	}
	for pass := 0; pass < 2 && best < 0; pass++ {
		for i := 0; i < limit; i++ {
			s, ok := p.headScore(i)
			if ok && (best < 0 || s > bestScore) {
				best, bestScore = i, s
			}
		}
		limit = min(len(p.lines), maxTitleLine)
	}
	// The same headline printed twice: the first copy heads the page.
	if best >= 0 {
		for i := 0; i < best; i++ {
			if p.lines[i].text == p.lines[best].text {
				best = i
				break
			}
		}
	}
	return best
}

// headScore is titleScore, asked once a line: the rules' headline and the
// ranker's candidates both read it, and no pass changes the page between
// the two.
func (p *page) headScore(i int) (float64, bool) {
	if p.headScores == nil {
		p.headScores = make([]headScore, len(p.lines))
	}
	h := &p.headScores[i]
	if !h.done {
		h.score, h.ok = p.titleScore(i)
		h.done = true
	}
	return h.score, h.ok
}

// domainOf is domainIn of line i's text, worked out once: the headline's
// rules, its ranker and the outlet's reader all ask of the lines at the
// top, and a line with a dot in a word runs a pattern.
func (p *page) domainOf(i int) string {
	if p.domains == nil {
		p.domains = make([]domainMemo, len(p.lines))
	}
	d := &p.domains[i]
	if !d.done {
		d.domain, d.done = domainIn(p.lines[i].text), true
	}
	return d.domain
}

// domainMemo is domainIn's answer for a line.
type domainMemo struct {
	domain string
	done   bool
}

// headScore is titleScore's answer for a line.
type headScore struct {
	score    float64
	ok, done bool
}

// questionUnder returns the question that heads the story when the
// ranker took a short line over it for the headline: a site's name or a
// section label, then at most a trail or a button or two, then a bare
// question of a few words and the story's first paragraph under it ("The
// Harbour Ledger" / "Home › Local" / "Can the city still afford its
// buses?" / "The council voted …"). Else it returns ti.
func (p *page) questionUnder(ti int) int {
	if headWords(&p.lines[ti]) > 3 || strings.HasSuffix(p.lines[ti].text, "?") || p.anchorNext(ti) {
		return ti
	}
	q := ti + 1
	for q < len(p.lines) && q <= ti+3 && (p.chrome(q) || isBreadcrumb(p.lines[q].text)) {
		q++
	}
	if q >= len(p.lines) || q > ti+3 {
		return ti
	}
	ln := &p.lines[q]
	if w := headWords(ln); w < 4 || w > 20 || !strings.HasSuffix(ln.text, "?") || strings.Count(ln.text, "?") > 1 ||
		strings.Contains(ln.text, ". ") || !unicode.IsUpper(firstRune(ln.text)) || p.ann[q].names != nil {
		return ti
	}
	if n := p.nextReal(q); n < 0 || p.lines[n].words < 20 {
		return ti
	}
	return q
}
