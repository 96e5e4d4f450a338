package pagetext

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/morgue-archive/morgue/internal/lang"
)

// The headline is the best candidate line by a linear score over the
// features below, trained as a ranker: of a page's candidates, the
// headline should score highest. What marks one, in any script, is its
// place (above the body, near its top, often under furniture and over a
// byline), its shape (a phrase, not a sentence or a label), that pages
// repeat it (in a share bar, in the window title with the site's name)
// and the rules' own headline score (title.go), one feature among them.

// titleFeature names a position in a candidate's feature vector.
type titleFeature int

const (
	tBias            titleFeature = iota
	tRuleScore                    // the rules' headline score, scaled
	tRuleOK                       // the rules would take the line at all
	tRulePick                     // the rules' headline
	tBodyP                        // the classifier's body probability for the line
	tNextBodyP                    // the best body probability of the next three lines
	tBodyDist                     // log lines from the line down to the body's first line
	tInBody                       // the line is at or below the body's first line
	tRankAbove                    // 1/k for the k-th headline-shaped line upwards from the body
	tTokensLog                    // log tokens
	tFewTokens                    // under three tokens
	tManyTokens                   // over 25 tokens
	tEndsSent                     // ends like a sentence
	tEndsColon                    // ends with a colon
	tCapShare                     // share of capitalised words
	tAllCaps                      // all capitals
	tDigitShare                   // share of digits
	tRepeated                     // the text occurs elsewhere
	tFirstCopy                    // the first of several copies
	tContained                    // a longer line contains the text ("Headline | Site")
	tFirstLine                    // the page's first line
	tPosLog                       // log line number
	tHeaderBelow                  // a byline, dateline or reading time follows, maybe after a standfirst
	tJunk                         // furniture by its wording
	tCaption                      // a caption or credit
	tNames                        // bare names
	tHeader                       // a dateline or byline itself
	tTeaserItem                   // a headline in a box of other stories
	tLinkLike                     // a URL, breadcrumb or separators
	tListItem                     // opens like a list item
	tHasSep                       // " | " or " - ": a window title with the site's name
	tHeadingBody                  // a short line inside the body: a subheading
	tContainsOther                // holds another candidate and more: a breadcrumb, alt text or "Posted … on <headline>"
	tCaseTwin                     // another line has the same words in other capitals
	tSeps                         // separators of breadcrumbs and lists ("›", "/", "|", "•"), scaled
	tGlue                         // words glued without a space ("HomeNews"), scaled
	tLabelColon                   // opens with a label and a colon ("Family: …", "By: …")
	tHasDate                      // holds a date
	tNextDek                      // the next line reads as a standfirst
	tPrevHeadline                 // the line above is headline-shaped too: this may be the standfirst
	tShortRun                     // share of one- or two-word lines around: a menu
	tNamesOverDate                // bare names over a dateline: more likely a byline
	tInsideAtEnd                  // the end of a longer line ("Home › News › <this>")
	tInsideAtStart                // the start of a longer line ("<this> | Site", "<this> cover")
	tHoldsAtEnd                   // holds another candidate at its end: crumbs or a label before it
	tHoldsAtStart                 // holds another candidate at its start: words after it
	tExtraShort                   // the text around the other line is a word or two
	tExtraMarked                  // the text around the other line is parted by a separator or glued on
	tBodyOverlap                  // share of its words that the body uses
	tLeadOverlap                  // share of its words that the body's first paragraphs use
	tLowerStart                   // opens with a small letter: alt text, a label, a fragment
	tCommas                       // commas per word: a list of tags or places
	tRuleDek                      // the rules' standfirst under a headline of five words or more that opens with a capital
	tUnderPhrase                  // right under a phrase of six words or more that is not story: a headline over this standfirst
	tOverPhrase                   // right over such a phrase: a standfirst under this headline
	tDomain                       // names a web address: a masthead or a link
	tRulePickOverDek              // the rules' headline, with their standfirst under it
	tOverCaption                  // right over a picture\'s caption: the picture\'s own title
	tAltText                      // reads as a picture's alt text: "Picture of …", "… Header Image", "…'s avatar"
	tCreditOpen                   // opens with a word of a byline or stamp: "By", "Posted", "Updated", "Von", "Por"
	tCallToAction                 // asks the reader to act: "Discover more about …", "… on Facebook"
	tKicker                       // a label of a few words over a longer phrase with a credit under it: a section name over the headline
	tCreditBelow                  // the next line opens like a byline or stamp, recognised or not ("Publicado por …")
	tDashTail                     // a dash separator inside the line, its tail longer than a site name
	tNearCopy                     // the same words a few lines off, in any capitals: the headline printed twice in its header
	tLowerOverCaps                // in small letters only, over a phrase in capitals: a keyword or alt text over the headline
	tTagList                      // short capitalised items parted by commas: a page's tags or sections ("News, Travel, Japan")
	numTitleFeatures
)

var titleFeatureNames = [numTitleFeatures]string{
	"bias", "rule_score", "rule_ok", "rule_pick", "body_p", "next_body_p", "body_dist", "in_body",
	"rank_above", "tokens_log", "few_tokens", "many_tokens", "ends_sentence", "ends_colon", "cap_share",
	"all_caps", "digit_share", "repeated", "first_copy", "contained", "first_line", "pos_log",
	"header_below", "junk", "caption", "names", "header", "teaser_item", "link_like", "list_item",
	"has_sep", "heading_in_body", "contains_other", "case_twin", "seps", "glue", "label_colon",
	"has_date", "next_dek", "prev_headline", "short_run", "names_over_date",
	"inside_at_end", "inside_at_start", "holds_at_end", "holds_at_start", "extra_short", "extra_marked",
	"body_overlap", "lead_overlap", "lower_start", "commas", "rule_dek", "under_phrase", "over_phrase", "domain", "rule_pick_over_dek", "over_caption",
	"alt_text", "credit_open", "call_to_action", "kicker", "credit_below", "dash_tail", "near_copy",
	"lower_over_caps", "tag_list",
}

func (f titleFeature) String() string { return titleFeatureNames[f] }

// titleVec is one candidate's features.
type titleVec [numTitleFeatures]float32

// titleCandidate is a line that may be the headline, with its features.
type titleCandidate struct {
	line int
	vec  titleVec
}

// titleCandidates lists the lines that may be the headline: lines with a
// word or two at least and not too long, in the first maxTitleLine lines.
// bodyP is the classifier's body probability of each line.
func (p *page) titleCandidates(bodyP []float32, rk ruleResult) []titleCandidate {
	n := len(p.lines)
	firstBody := n
	for i, q := range bodyP {
		if q >= 0.5 {
			firstBody = i
			break
		}
	}
	limit := min(n, maxTitleLine)
	// Headline-shaped lines above the body, counted upwards from it.
	rank := make([]int, limit)
	k := 0
	for i := min(firstBody, limit) - 1; i >= 0; i-- {
		a := &p.ann[i]
		if w := headWords(&p.lines[i]); w >= 2 && w <= 40 && !a.has(roleJunk) && !a.header() && !p.caption(i) && !endsSentenceAny(p.lines[i].text) {
			k++
			rank[i] = k
		}
	}
	var seen map[string]bool // made for the first repeated line
	// The text of each line in lower case, and whether two lines give it
	// in different capitals ("HEADLINE" over "Headline"); few pages have
	// such a pair.
	firstText := emptyMap(p.scr, &p.scr.lows)
	if firstText == nil {
		firstText = make(map[string]string, limit)
	}
	var twin map[string]bool
	for i := range limit {
		ln := &p.lines[i]
		if ln.words < 2 {
			continue
		}
		if t, ok := firstText[ln.low]; !ok {
			firstText[ln.low] = ln.text
		} else if t != ln.text {
			if twin == nil {
				twin = make(map[string]bool)
			}
			twin[ln.low] = true
		}
	}
	bodyAll, bodyLead := p.bodyWords(bodyP)
	leadEnd := firstBody
	for w := 0; leadEnd < n && w < 150; leadEnd++ {
		if bodyP[leadEnd] >= 0.5 {
			w += p.lines[leadEnd].words
		}
	}
	out := reuse(p.scr, &p.scr.cands, limit)[:0]
	toc := p.contentsEntries(limit)
	rights := p.footerRights()
	wsite := p.windowSite()
	fsite := p.footerSite()
	for i := range limit {
		ln := &p.lines[i]
		if ln.words == 0 || ln.runes > 300 {
			continue
		}
		a := &p.ann[i]
		// A headline is never a button, a dateline or a byline, nor a
		// line of names with a writer's role or of writers with their
		// places or outlet (writersCredit). A line that the readings
		// call names over a dateline (a headline of capitalised words) is
		// left to the ranker.
		// A line that is furniture only by a word in it ("… newsletter
		// …") may still be a headline of six words or more; the ranker
		// weighs it. A call to action has 14 words at most (the line's
		// words are the ones callToAction counts): longer lines are
		// spared its walk.
		lowerOpen := unicode.IsLower(firstLetter(ln.text))
		filtered := a.has(roleJunk) && (ln.words < 6 || junkOpens(ln) || foreignJunkPage(p.code) && foreignJunkOpens(ln)) || a.has(roleWall) || a.header() && !p.datedHeadline(i, firstBody) || a.has(roleRelDate) || a.has(roleWriterRole) ||
			a.names != nil && (hasBylineRole(ln.low) || writersCredit(ln.text)) || creditLine(ln.low) || ln.words <= 14 && callToAction(ln.low) || homeTrail(ln.text) || navFurniture(ln.text, ln.low) || menuRow(ln) || mastheadLine(ln.low, p.domainOf(i)) ||
			// Nor is it a picture's alt text that says what the picture
			// shows in small letters ("light art photograph in a parking
			// garage …"): no headline opens so.
			lowerOpen && pictureDescription(ln.text, ln.low) || describesPicture(ln.low) ||
			// Nor an entry of a table of contents, nor a line over a row
			// of "#" tags that the headline is under.
			toc != nil && toc[i] || p.overTagRow(i) ||
			// Nor the site's name, which the copyright line at the
			// foot of the page names as its owner.
			rights != "" && headWords(ln) >= 2 && ownerIn(rights, ln.text) ||
			// Nor the site's name that the window title prints after
			// the headline, the page's only copy of it.
			i > 0 && len(ln.text) == len(wsite) && ln.text == wsite ||
			// Nor the site's name that a row of links at the foot of
			// the page opens with.
			len(ln.text) == len(fsite) && ln.text == fsite ||
			// Nor a sentence that names cookies or subscribing: a
			// notice. Nor a share bar's copy of a line above.
			noticeSentence(ln) || paywallPrompt(ln) || p.labelledCopy(i) ||
			// Nor a caption that closes with a note on its picture:
			// "The pool in the park (File photo)".
			archiveNoteEnd(ln.low)
		if filtered && !p.filteredToo {
			continue
		}
		// A line the filter let through is known to fail each of its
		// tests, which the features below need not ask again.
		// Over 60 words is no headline; in a script written without
		// spaces, where each character is a token, the words are
		// headWords' count of them, as the rules read them.
		s := &ln.shape
		if s.tokens > 60 && (s.tokens <= ln.words || headWords(ln) > 40) {
			continue
		}
		// The vector is filled in its place in out, whose room for every
		// line up to limit never moves it, rather than copied there.
		out = append(out, titleCandidate{line: i})
		v := &out[len(out)-1].vec
		v[tBias] = 1
		if sc, ok := p.headScore(i); ok {
			v[tRuleOK] = 1
			v[tRuleScore] = clamp(float32(sc)/10, -2, 2)
		}
		v[tRulePick] = b2f(i == rk.title)
		// The rules' standfirst is the standfirst when their headline
		// looks like one; under a label, alt text or a fragment it is
		// more often the headline.
		if i == rk.dek && rk.title >= 0 {
			t := &p.lines[rk.title]
			v[tRuleDek] = b2f(t.words >= 5 && !unicode.IsLower(firstLetter(t.text)) && !endsSentenceAny(t.text))
		}
		v[tRulePickOverDek] = b2f(i == rk.title && rk.dek >= 0)
		v[tOverCaption] = b2f(i+1 < n && p.caption(i+1) && !p.ann[i+1].has(roleCapByNext))
		v[tBodyP] = bodyP[i]
		for j := i + 1; j < n && j <= i+3; j++ {
			v[tNextBodyP] = max(v[tNextBodyP], bodyP[j])
		}
		if i < firstBody {
			v[tBodyDist] = float32(log1pInt(firstBody-i) / 5)
		} else {
			v[tInBody] = 1
		}
		if r := rank[i]; r > 0 {
			v[tRankAbove] = 1 / float32(r)
		}
		v[tTokensLog] = float32(log1pInt(s.tokens) / 4)
		v[tFewTokens] = b2f(s.tokens < 3)
		v[tManyTokens] = b2f(s.tokens > 25)
		v[tEndsSent] = b2f(s.endsSent)
		v[tEndsColon] = b2f(strings.HasSuffix(ln.text, ":"))
		v[tCapShare] = float32(s.capShare)
		v[tAllCaps] = b2f(ln.words >= 2 && shouted(ln.text))
		v[tDigitShare] = float32(s.digits)
		if p.copies[i] > 1 {
			v[tRepeated] = 1
			v[tFirstCopy] = b2f(!seen[ln.text])
			if seen == nil {
				seen = make(map[string]bool)
			}
			seen[ln.text] = true // only repeated lines are looked up
		}
		v[tContained] = b2f(p.containedElsewhere(i))
		v[tCaseTwin] = b2f(twin[ln.low])
		v[tSeps] = float32(min(3, separators(ln.text))) / 3
		v[tNearCopy] = b2f(p.nearCopy(i, firstBody))
		v[tGlue] = float32(min(3, glued(ln.text))) / 3
		v[tLabelColon] = b2f(labelColon(ln.text))
		if mayHoldDate(ln) {
			_, ok := readDateLine(ln.text, p.monthFirst)
			v[tHasDate] = b2f(ok)
		}
		// The next real line, which three features read: found once.
		next := p.nextReal(i)
		if j := next; j >= 0 {
			v[tNextDek] = b2f(p.dekLike(j) && !p.headlineShaped(j))
		}
		v[tPrevHeadline] = b2f(p.headlineShaped(p.prevReal(i)))
		// A button may sit between the two ("Read later", "Share").
		if j := p.besideFurniture(i, -1); j >= 0 {
			v[tUnderPhrase] = b2f(p.phraseAt(j, bodyP))
		}
		if j := p.besideFurniture(i, 1); j >= 0 {
			v[tOverPhrase] = b2f(p.phraseAt(j, bodyP))
		}
		v[tDomain] = b2f(p.domainOf(i) != "")
		v[tShortRun] = p.shortShare(i, 3)
		v[tNamesOverDate] = b2f(a.names != nil && p.dateBelow(i))
		v[tLowerStart] = b2f(unicode.IsLower(firstLetter(ln.text)))
		commas := strings.Count(ln.text, ",")
		if ln.runes != len(ln.text) { // the CJK commas are not ASCII
			commas += strings.Count(ln.text, "、") + strings.Count(ln.text, "，")
		}
		v[tCommas] = float32(min(1, float64(commas)/float64(max(1, ln.words))*3))
		v[tBodyOverlap] = p.overlap(i, bodyAll, bodyP[i] >= 0.5)
		v[tLeadOverlap] = p.overlap(i, bodyLead, bodyP[i] >= 0.5 && i < leadEnd)
		v[tFirstLine] = b2f(i == 0)
		v[tPosLog] = float32(log1pInt(i) / 6)
		// A byline or dateline under the line, or under the standfirst
		// under it: headline and standfirst alike.
		if j := next; j >= 0 {
			v[tHeaderBelow] = b2f(p.ann[j].anchor() || p.anchorNext(j))
		}
		v[tJunk] = b2f(a.has(roleJunk))
		v[tCaption] = b2f(p.caption(i))
		v[tNames] = b2f(a.names != nil)
		v[tHeader] = b2f(a.header())
		v[tTeaserItem] = b2f(rk.teaserItem[i])
		v[tLinkLike] = b2f(filtered && strings.Contains(ln.text, "://") || strings.Contains(ln.text, "www.") || isBreadcrumb(ln.text))
		v[tListItem] = b2f(itemOpen(ln.text) != "")
		var pipe, dashTail bool
		if hasDashOrBar(ln.text) {
			pipe, dashTail = siteSeparator(ln.text)
		}
		v[tHasSep] = b2f(pipe)
		v[tDashTail] = b2f(dashTail)
		v[tHeadingBody] = b2f(i > firstBody && s.tokens <= 15 && !s.endsSent)
		v[tAltText] = b2f(altText(ln.low) || (filtered || !lowerOpen) && pictureDescription(ln.text, ln.low))
		v[tCreditOpen] = b2f(creditOpen(ln.low))
		v[tCallToAction] = b2f(actionWords(ln.low))
		if j := next; j >= 0 {
			v[tCreditBelow] = b2f(creditOpen(p.lines[j].low) && !p.ann[j].anchor())
		}
		v[tKicker] = b2f(p.kicker(i))
		v[tLowerOverCaps] = b2f(p.lowerOverCaps(i))
		v[tTagList] = b2f(filtered && tagList(ln.text))
	}
	if drop := p.markContainers(out); len(drop) > 0 {
		kept := out[:0]
		for k, c := range out {
			if !drop[k] {
				kept = append(kept, c)
			}
		}
		out = kept
	}
	return out
}

// contentsEntries marks, of the first limit lines, the entries of a
// table of contents: the short lines under a label such as "Table of
// contents" or "In this article" that the page prints again (as the
// subheadings they link to). A headline is never listed there, but an
// entry has a headline's shape and, printed twice near the top, looks
// like one. It returns nil when the page has no such label.
func (p *page) contentsEntries(limit int) []bool {
	var toc []bool
	for i := 0; i < limit; i++ {
		ln := &p.lines[i]
		if ln.words > 4 || len(ln.low) < len("contents") || len(ln.low) > 24 || !contentsLabels[strings.TrimRight(ln.low, ": ")] {
			continue
		}
		if toc == nil {
			toc = make([]bool, limit)
		}
		// The entries run until a line of prose, a header line or the
		// story's text: no entry is a sentence.
		for j := i + 1; j < limit && j <= i+scanLimit; j++ {
			lj := &p.lines[j]
			if p.chrome(j) {
				continue
			}
			if lj.words > 15 || endsSentence(lj.text) || p.ann[j].header() {
				break
			}
			toc[j] = p.copies[j] > 1
		}
	}
	return toc
}

// contentsLabels head a table of contents (lower case, without a colon).
var contentsLabels = toSet("table of contents", "contents", "in this article", "on this page",
	"in this guide", "in this post", "article contents", "jump to", "jump to section")

// markContainers sets the features of lines held in others: of "Home ›
// News › <headline>" and "<headline>", or "<headline> cover" and
// "<headline>", the shorter line is the clean headline, while of
// "<headline>: what it means for you" and "<headline>" the longer one is.
// What tells them apart is where the shorter line sits in the longer one
// and what the rest of the longer one is. It returns the candidates that
// are only a dressed-up copy of another: a trail of sections ending in it,
// or it in capitals.
func (p *page) markContainers(cs []titleCandidate) (drop map[int]bool) {
	const window = 60
	drop = make(map[int]bool)
	// The bytes each line holds, as bits of a word: a line holds another
	// only if it holds each of its bytes, which spares most of the
	// look-ups below.
	bytesIn := make([]uint64, len(cs))
	for a := range cs {
		bytesIn[a] = byteBits(p.lines[cs[a].line].low)
	}
	for a := range cs {
		la := &p.lines[cs[a].line]
		for b := range cs {
			lb := &p.lines[cs[b].line]
			if a == b || lb.words < 3 || lb.runes < 12 || len(la.low) <= len(lb.low) ||
				abs(cs[a].line-cs[b].line) > window || bytesIn[b]&^bytesIn[a] != 0 {
				continue
			}
			k := strings.Index(la.low, lb.low)
			if k < 0 {
				continue
			}
			va, vb := &cs[a].vec, &cs[b].vec
			va[tContainsOther] = 1
			atEnd := k > 0 && k+len(lb.low) == len(la.low)
			atStart := k == 0
			if atEnd {
				va[tHoldsAtEnd], vb[tInsideAtEnd] = 1, 1
			} else if atStart {
				va[tHoldsAtStart], vb[tInsideAtStart] = 1, 1
			}
			extra := strings.TrimSpace(la.text[:min(k, len(la.text))] + " " + la.text[min(len(la.text), k+len(lb.low)):])
			if !moreWords(extra, 2) {
				va[tExtraShort], vb[tExtraShort] = 1, 1
			}
			marked := separators(extra) > 0 || gluedAt(la.text, k) || gluedAt(la.text, k+len(lb.low))
			if marked {
				va[tExtraMarked], vb[tExtraMarked] = 1, 1
			}
			// A trail of sections ending in the other line ("Home ›
			// News › <headline>", "HomeNews<headline>"), or the other
			// line shouted in capitals: the other line is the clean one.
			if atEnd && marked && trailLike(la.text[:min(k, len(la.text))]) || atStart && gluedAt(la.text, len(lb.low)) || shouted(la.text) && !shouted(lb.text) || atStart && pictureWords(extra) ||
				atStart && siteTail(la.text[min(len(la.text), len(lb.low)):]) {
				drop[a] = true
			}
		}
	}
	return drop
}

// siteTail reports the end of a window title after its headline: a
// pipe or a dash, then a site's name of three words or fewer (" |
// Riverside Gazette", " – Example News"). Of "<headline> | Site" and
// "<headline>" the shorter is the headline; a longer tail ("<headline> |
// The Best Cameras on the Market") is the headline's second half.
func siteTail(s string) bool {
	s = strings.TrimLeft(s, " ")
	r, size := utf8.DecodeRuneInString(s)
	if r != '|' && r != '-' && r != '–' && r != '—' {
		return false
	}
	name := strings.TrimSpace(s[size:])
	if len(s) == size || s[size] != ' ' || name == "" {
		return false
	}
	n := wordCount(name)
	return n >= 1 && n <= 3 && !strings.HasSuffix(name, "!") && !strings.HasSuffix(name, "?") && !unicode.IsLower(firstLetter(name))
}

// describesPicture reports alt text that says what its picture is in a
// sentence: "The image is representative of …", "This photo shows …". No
// headline opens by pointing at a picture.
func describesPicture(low string) bool {
	k := 0
	for w := range wordsIn(low) {
		switch k {
		case 0:
			if w != "the" && w != "this" && w != "a" && w != "an" {
				return false
			}
		case 1:
			if !pictureNames.has(w) {
				return false
			}
		case 2:
			return pictureVerbs[w]
		}
		k++
	}
	return false
}

// pictureVerbs say what a picture shows.
var pictureVerbs = toSet("is", "shows", "depicts", "illustrates", "features", "captures")

// pictureNames are the words alt text adds to a headline when a page
// prints it as the text of its picture: "<headline> cover", "<headline>
// Header Image".
var pictureNames = newWordSet("cover", "image", "header", "featured", "hero", "thumbnail", "photo",
	"picture", "banner", "illustration", "graphic", "img", "avatar", "logo", "icon")

// pictureWords reports whether every word of s names a picture.
func pictureWords(s string) bool {
	n := 0
	for w := range wordsIn(strings.ToLower(s)) {
		if !pictureNames.has(w) {
			return false
		}
		n++
	}
	return n > 0
}

// altText reports a line that reads as the text of a picture rather
// than a headline: it ends in a word naming a picture ("… Header Image",
// "Jane Doe's avatar") or opens by saying what the picture shows
// ("Picture of …", "Photo of …"). low is the line in lower case.
func altText(low string) bool {
	first, second, _, n := edgeWordsUpTo(low, 2)
	if n < 2 {
		return false
	}
	last := lastWordIn(low) // read from the end: the lines asked include the story's paragraphs
	return pictureNames.has(last) && last != "header" || second == "of" && picturePrefix.has(first)
}

// pictureDescription reports a line that describes a picture, as alt
// text does: a picture's name among its first four words, in a line that
// opens in small letters ("light art photograph in a parking garage …")
// or with an article before the name ("The image shows …").
func pictureDescription(text, low string) bool {
	lower := unicode.IsLower(firstLetter(text))
	k := 0
	var first string
	for w := range wordsIn(low) {
		if k == 0 {
			first = w
		}
		if k == 4 {
			break
		}
		if pictureNames.has(w) || picturePrefix.has(w) {
			if lower || k > 0 && (first == "the" || first == "a" || first == "an") {
				return true
			}
		}
		k++
	}
	return false
}

// edgeWordsUpTo returns the first, second and last words of a line and
// how many it has, stopping at the word after the most'th: n is then
// most+1, and last that word, for callers to whom a longer line is out of
// the question.
func edgeWordsUpTo(low string, most int) (first, second, last string, n int) {
	for w := range wordsIn(low) {
		switch n {
		case 0:
			first = w
		case 1:
			second = w
		}
		last = w
		if n++; n > most {
			break
		}
	}
	return first, second, last, n
}

// picturePrefix are the words that open alt text saying what a picture
// shows: "Picture of the new bridge".
var picturePrefix = newWordSet("picture", "photo", "photograph", "image", "illustration", "screenshot", "portrait")

// creditOpen reports a line that opens like a byline or a time stamp,
// whatever follows: "By: …", "Posted on … by …", "Updated …". Such a
// line is the credit above or under a headline, not the headline.
func creditOpen(low string) bool {
	for w := range wordsIn(low) {
		return stampOpeners.has(w)
	}
	return false
}

// stampOpeners open bylines and stamps, in the languages of the dev pages.
var stampOpeners = newWordSet("by", "posted", "published", "updated", "written", "von", "por", "par", "di", "door", "av", "przez", "publicado", "publié", "veröffentlicht")

// firstLetter returns the first letter of s, or 0.
func firstLetter(s string) rune {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return r
		}
	}
	return 0
}

// gluedAt reports whether the text runs on without a space across byte
// offset k: a word of the rest glued to the other line ("HomeNews").
func gluedAt(s string, k int) bool {
	// ASCII text keeps its length in lower case, and is not lowered to
	// find that out.
	if k <= 0 || k >= len(s) || !isASCII(s) && len(strings.ToLower(s)) != len(s) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:k])
	after, _ := utf8.DecodeRuneInString(s[k:])
	return unicode.IsLetter(before) && (unicode.IsLetter(after) || unicode.IsDigit(after)) || unicode.IsDigit(before) && unicode.IsLetter(after)
}

// trailLike reports whether the text before a headline inside a longer
// line reads as a trail of sections ("Home › News ›", "HomeNews", "Blog
// /") rather than the first half of a longer headline ("Two years on :
// one conviction, ten charges and"): each item between its separators
// is a few words at most.
func trailLike(s string) bool {
	items := strings.FieldsFunc(s, func(r rune) bool {
		switch r {
		case '›', '»', '>', '|', '•', '·', '▸', '→', '/', '\\', ':', '-', '–', '—':
			return true
		}
		return false
	})
	for _, it := range items {
		if moreWords(it, 4) {
			return false
		}
	}
	return true
}

// overlapWords lists the words of a line that say what it is about:
// words of four letters or more that are not stopwords of the page's
// language, cut to their first four letters (so that "books" is "book"
// and "reverses" is "reversing"), and each character of scripts without
// spaces.
func (p *page) overlapWords(low string, yield func(string)) {
	for w := range wordsIn(low) {
		if isASCII(w) { // no character of those scripts, a byte a letter: most words
			if len(w) >= 4 && !lang.IsStopword(p.code, w) {
				yield(w[:4])
			}
			continue
		}
		overlapWide(p.code, w, yield)
	}
}

// overlapWide is overlapWords for one word w with characters beyond
// ASCII, in a page of language code.
func overlapWide(code, w string, yield func(string)) {
	start := 0
	for i, r := range w {
		if unspaced(r) {
			start = i + utf8.RuneLen(r)
			yield(string(r))
		}
	}
	if start > 0 {
		return // a run of such characters, maybe with a Latin word in it
	}
	if utf8.RuneCountInString(w) >= 4 && !lang.IsStopword(code, w) {
		yield(stem(w))
	}
}

// stem cuts a word to its first four letters.
func stem(w string) string {
	k := 0
	for i := range w {
		if k == 4 {
			return w[:i]
		}
		k++
	}
	return w
}

// topicWords is the page's overlap words, each line's read once: the
// distinct words of a line as numbers into one vocabulary, so that the
// body's counts and each candidate's overlap with them are slice lookups.
type topicWords struct {
	isReady bool // the tables are made for the page's lines
	ids     map[string]int32
	quads   quadTable // the ids of words of four ASCII letters, most of them: a key without hashing a string
	lines   [][]int32 // nil until read
	read    []bool
	mark    []int32 // by word: 1 + the last line that listed it
	buf     []int32 // every line's list, end to end: one allocation for most pages instead of one a line
}

// topicsOf returns the distinct overlap words of line i. The read pass
// has listed them for every line (readWords); a page read otherwise lists
// a line's when first asked.
func (p *page) topicsOf(i int) []int32 {
	tw := &p.topics
	tw.ready(p.lines)
	if tw.read[i] {
		return tw.lines[i]
	}
	start := tw.open()
	p.overlapWords(p.lines[i].low, func(w string) { tw.add(i, w) })
	return tw.close(i, start)
}

// ready makes the tables for the page's lines, sized by its text: some
// one overlap word in 12 bytes, and a vocabulary of some one in 20 (less
// on long pages, which repeat their words).
func (tw *topicWords) ready(lines []line) {
	if tw.isReady {
		return
	}
	tw.isReady = true
	size := 0
	for i := range lines {
		size += len(lines[i].low)
	}
	vocab := min(size/20, 4096)
	if tw.ids == nil {
		tw.ids = make(map[string]int32)
	}
	tw.quads.init(vocab)
	tw.lines = reuseOf(tw.lines, len(lines))
	tw.read = reuseOf(tw.read, len(lines))
	tw.buf = reuseOf(tw.buf, size/12)[:0]
	tw.mark = reuseOf(tw.mark, vocab)[:0]
}

// forget empties the tables for another page, keeping their memory.
func (tw *topicWords) forget() {
	tw.isReady = false
	clear(tw.ids)
}

// open starts a line's list; close(i, open()) ends line i's.
func (tw *topicWords) open() int { return len(tw.buf) }

// add lists the overlap word w for line i, once.
func (tw *topicWords) add(i int, w string) {
	var id int32
	var ok bool
	if k := quadKey(w); k != 0 {
		id, ok = tw.quads.get(k, int32(len(tw.mark)))
	} else if id, ok = tw.ids[w]; !ok {
		id = int32(len(tw.mark))
		tw.ids[w] = id
	}
	if !ok {
		tw.mark = append(tw.mark, 0)
	}
	if tw.mark[id] != int32(i+1) {
		tw.mark[id] = int32(i + 1)
		tw.buf = append(tw.buf, id)
	}
}

// quadKey is a word of four ASCII bytes as a number, or 0 for any other
// word (no word holds a NUL byte).
func quadKey(w string) uint32 {
	if len(w) != 4 || !isASCII(w) {
		return 0
	}
	return uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 | uint32(w[3])<<24
}

// quadTable maps quadKeys to ids, open-addressed and at most half full:
// a page looks up every word of its body here, and a Go map hashes and
// groups more than a four-byte key needs.
type quadTable struct {
	keys  []uint32 // 0: empty
	ids   []int32
	n     int
	shift uint // 32 - log2(len(keys)): a slot is the top bits of a Fibonacci hash
}

// init makes room for about n keys.
func (q *quadTable) init(n int) {
	size, shift := 16, uint(28)
	for size < 2*n {
		size, shift = 2*size, shift-1
	}
	q.keys, q.ids, q.n, q.shift = reuseOf(q.keys, size), reuseOf(q.ids, size), 0, shift
}

// get returns k's id, or adds k with the id next and returns false.
func (q *quadTable) get(k uint32, next int32) (int32, bool) {
	mask := uint32(len(q.keys) - 1)
	h := k * 0x9E3779B1 >> q.shift
	for q.keys[h] != 0 {
		if q.keys[h] == k {
			return q.ids[h], true
		}
		h = (h + 1) & mask
	}
	q.keys[h], q.ids[h] = k, next
	q.n++
	if 2*q.n > len(q.keys) {
		q.grow()
	}
	return next, false
}

// grow doubles the table.
func (q *quadTable) grow() {
	keys, ids := q.keys, q.ids
	q.keys, q.ids, q.shift = make([]uint32, 2*len(keys)), make([]int32, 2*len(keys)), q.shift-1
	mask := uint32(len(q.keys) - 1)
	for j, k := range keys {
		if k == 0 {
			continue
		}
		h := k * 0x9E3779B1 >> q.shift
		for q.keys[h] != 0 {
			h = (h + 1) & mask
		}
		q.keys[h], q.ids[h] = k, ids[j]
	}
}

// close ends line i's list, which open began at start, and returns it.
func (tw *topicWords) close(i, start int) []int32 {
	// A line's list is never appended to: when buf grows, the lists
	// already handed out keep the old array.
	out := tw.buf[start:len(tw.buf):len(tw.buf)]
	tw.lines[i], tw.read[i] = out, true
	return out
}

// bodyWords counts in how many body lines (those of body probability 1/2
// or more) each word occurs, over the whole body and over its first
// paragraphs (some 150 words). Both are indexed by topicsOf's numbers.
func (p *page) bodyWords(bodyP []float32) (all, lead []int32) {
	// Stage three (refine.go) and the title pass both ask, of the same
	// probabilities: counted once.
	if w := &p.bodyWordsOf; len(bodyP) > 0 && w.of == &bodyP[0] {
		return w.all, w.lead
	}
	defer func() {
		if len(bodyP) > 0 {
			p.bodyWordsOf = bodyWordCounts{of: &bodyP[0], all: all, lead: lead}
		}
	}()
	// Room for the words the read pass numbered: most pages number no
	// more, and the counts grow a word at a time otherwise.
	if words := len(p.topics.mark); words > 0 {
		all, lead = make([]int32, words), make([]int32, words)
	}
	leadWords := 0
	for i, q := range bodyP {
		if q < 0.5 {
			continue
		}
		inLead := leadWords < 150
		for _, id := range p.topicsOf(i) {
			for int(id) >= len(all) {
				all, lead = append(all, 0), append(lead, 0)
			}
			all[id]++
			if inLead {
				lead[id]++
			}
		}
		leadWords += p.lines[i].words
	}
	return all, lead
}

// bodyWordCounts are bodyWords' counts and the probabilities they were
// counted of.
type bodyWordCounts struct {
	of        *float32
	all, lead []int32
}

// overlap is the share of line i's words found in the body's counts, not
// counting line i's own occurrence when it is a body line itself.
func (p *page) overlap(i int, counts []int32, self bool) float32 {
	ws := p.topicsOf(i)
	hit := 0
	for _, id := range ws {
		var c int32
		if int(id) < len(counts) {
			c = counts[id]
		}
		if self {
			c--
		}
		if c > 0 {
			hit++
		}
	}
	if len(ws) == 0 {
		return 0
	}
	// Two words in three are as good as all: a headline names the
	// subject in fewer words than the standfirst under it, which retells
	// the story.
	return min(1, 1.5*float32(hit)/float32(len(ws)))
}

// separators counts the marks that part the items of a breadcrumb or a
// list of labels: "Home › News", "News/World", "Tips | Guides", "A • B".
func separators(s string) int {
	n := 0
	prev := ' '
	for k := 0; k < len(s); {
		// Eight such bytes at a time, as one word: the last is the
		// rune before the next.
		if k+8 <= len(s) {
			if x, ok := ascii8(s, k); ok && !sepIn8(x) {
				prev = rune(x >> 56)
				k += 8
				continue
			}
		}
		// Most bytes are ASCII that parts nothing: passed by table,
		// without the switch below.
		r, size := rune(s[k]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[k:])
		} else if !sepASCII[r] {
			prev = r
			k++
			continue
		}
		switch r {
		case '›', '»':
			// A guillemet that closes one opened before it ends a
			// quotation: "« On nous a oubliés » : …", "«Мы остались без
			// всего»".
			open := "«"
			if r == '›' {
				open = "‹"
			}
			if !strings.Contains(s[:k], open) {
				n++
			}
		case '|', '•', '·', '▸', '→':
			n++
		case '/', '>', '\\':
			// Between digits it parts a date or a number ("12/19/2025",
			// "24/7"), and it closes a tag ("<br>"): no separator.
			next, _ := utf8.DecodeRuneInString(s[k+1:])
			tag := r == '>' && strings.LastIndexByte(s[:k], '<') > strings.LastIndexByte(s[:k], ' ')
			if !tag && !(unicode.IsDigit(prev) && unicode.IsDigit(next)) {
				n++
			}
		case '-', '–', '—':
			if prev == ' ' {
				n++ // " - ", not a hyphen
			}
		}
		prev = r
		k += size
	}
	return n
}

// sepIn8 reports whether one of the eight bytes of x is one of sepASCII.
func sepIn8(x uint64) bool {
	const ones = 0x0101010101010101
	return hasZeroByte(x^'|'*ones) || hasZeroByte(x^'/'*ones) || hasZeroByte(x^'>'*ones) || hasZeroByte(x^'\\'*ones) || hasZeroByte(x^'-'*ones)
}

// hasZeroByte reports whether one of the eight bytes of y is 0: subtracting
// 1 from each carries into a byte's top bit only past a 0 byte, or from a
// byte whose top bit is set, which the AND NOT drops.
func hasZeroByte(y uint64) bool {
	return (y-0x0101010101010101)&^y&highBits != 0
}

// sepASCII marks the ASCII bytes separators has a case for.
var sepASCII = func() (t [utf8.RuneSelf]bool) {
	for _, c := range "|/>\\-" {
		t[c] = true
	}
	return
}()

// glued counts the places where a word runs into the next without a
// space, a small letter followed by a capital ("HomeNews",
// "BlogBest"), as menus copied without their layout read; "McIntyre" and
// "iPhone" count too, rarely more than once a line.
func glued(s string) int {
	n := 0
	prevLower := false
	for i := 0; i < len(s); {
		// Eight ASCII bytes without a capital at a time: none counts,
		// and the last says whether the next byte follows a small letter.
		if i+8 <= len(s) {
			if x, ok := ascii8(s, i); ok && asciiCaps(x) == 0 {
				c := byte(x >> 56)
				prevLower = c >= 'a' && c <= 'z'
				i += 8
				continue
			}
		}
		// ASCII letters by their range, which is what unicode says of them.
		if c := s[i]; c < utf8.RuneSelf {
			if prevLower && c >= 'A' && c <= 'Z' {
				n++
			}
			prevLower = c >= 'a' && c <= 'z'
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if prevLower && unicode.IsUpper(r) {
			n++
		}
		prevLower = unicode.IsLower(r)
		i += size
	}
	return n
}

// hasDashOrBar reports a bar, a hyphen or a byte that opens an en or em
// dash: a quick test, by rare bytes, before looking for " | " and " – ",
// whose leading space strings.Index would stop at in every word.
func hasDashOrBar(s string) bool {
	return strings.IndexByte(s, '|') >= 0 || strings.IndexByte(s, '-') >= 0 || strings.IndexByte(s, 0xE2) >= 0
}

// labelColon reports a line that opens with a label of one to three
// words and a colon: "Family: Rubiaceae", "Authored by: …".
func labelColon(s string) bool { return labelColonAt(s) > 0 }

// labelColonAt returns the index of the colon after labelColon's label,
// or -1.
func labelColonAt(s string) int {
	// The first colon of either width; IndexAny would decode every rune.
	i := strings.IndexByte(s, ':')
	if j := strings.Index(s, "："); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i <= 0 || i > 30 || moreWords(s[:i], 3) || i+1 >= len(s) {
		return -1
	}
	return i
}

// labelledCopy reports line i when it is a short label and a colon
// before the whole text of a line above it ("Share: <headline>", a share
// bar that names what it shares): the line above is the headline, never
// this one. A window title ("Site: <headline>") tops the page, with no
// line above to copy.
func (p *page) labelledCopy(i int) bool {
	low := p.lines[i].low
	k := labelColonAt(low)
	if k < 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(low[k:])
	rest := strings.TrimSpace(low[k+size:])
	if rest == "" {
		return false
	}
	for j := range i {
		if p.lines[j].low == rest {
			return true
		}
	}
	return false
}

// noticeSentence reports a sentence that names cookies or subscribing,
// in any script, and ends with a full stop: a notice over the page ("This
// site uses cookies to ….", "This article is for subscribers only.
// Subscribe to keep reading."), whatever its opening words, and never a
// headline.
func noticeSentence(ln *line) bool {
	// A notice is a sentence or two; a paragraph of the story that
	// names cookies is longer, and not worth reading through.
	if !ln.shape.endsSent || ln.runes > 200 || !fullStopEnd(ln.low) {
		return false
	}
	if ln.runes == len(ln.text) { // all ASCII
		return containsAnyOf(ln.low, asciiNoticeWords)
	}
	return containsAnyOf(ln.low, noticeWords)
}

// noticeWords are the word for a browser's cookie in the scripts whose
// notices name it so, and the stems a paywall's notice speaks in:
// subscribing, subscribers, reading on.
var noticeWords = anyOf(
	"cookie", "クッキー", "쿠키", "कुकी", "คุกกี้", "ملفات تعريف الارتباط", "עוגיות",
	"subscri", "continue reading", "keep reading",
	"suscrib", "suscríb", "suscrip", "assinante", "assine", "assinatura",
	"abonn", "abbona", "συνδρομ", "подписк", "подписчик",
	"सब्सक्राइब", "सदस्यता", "購読", "有料会員", "구독", "اشترك", "للمشتركين", "מנוי",
	"prenumer", "subskryb", "subskryp", "langganan", "melanggan", "khusus pelanggan",
	"khas untuk pelanggan", "dành cho thành viên", "dành riêng cho thành viên", "abone", "abonat",
	"abonaț", "abonament", "předplat", "predplat", "előfizet", "tilaaj", "pretplat", "передплат", "абонат",
)

// asciiNoticeWords are the noticeWords an all-ASCII line can hold.
var asciiNoticeWords = anyOf("cookie", "subscri", "continue reading", "keep reading",
	"suscrib", "suscrip", "assinante", "assine", "assinatura", "abonn", "abbona",
	"prenumer", "subskryb", "subskryp", "langganan", "melanggan", "khusus pelanggan",
	"khas untuk pelanggan", "abone", "abonat", "abonament", "predplat", "pretplat")

// paywallPrompt reports a short line with no full stop that asks the
// reader to log in or says the story is for members only: "Already a
// subscriber? Sign in", "Déjà abonné ? Se connecter", "For subscribers
// only". A paywall's button or prompt, never the headline.
func paywallPrompt(ln *line) bool {
	if ln.runes > 80 || ln.shape.endsSent && fullStopEnd(ln.low) {
		return false
	}
	marks := []string{"?", "？", "؟"}
	if ln.runes == len(ln.text) { // all ASCII
		if containsAnyOf(ln.low, asciiMembersOnlyWords) {
			return true
		}
		marks = marks[:1]
	} else if containsAnyOf(ln.low, membersOnlyWords) {
		return true
	}
	// A question, then a login verb: "Already a member? Log in".
	for _, q := range marks {
		if _, after, ok := strings.Cut(ln.low, q); ok {
			_, login := loginWords.opening(strings.TrimLeft(after, " "))
			return login
		}
	}
	return false
}

// membersOnlyWords say a story is kept for subscribers or members, or
// ask the reader to log in to read on.
var membersOnlyWords = anyOf(
	"subscribers only", "members only", "subscriber-only", "to continue reading", "to keep reading",
	"réservé aux abonnés", "exclusivo para assinantes", "exclusivo para suscriptores",
	"riservato agli abbonati", "nur für abonnenten", "только для подписчиков", "μόνο για συνδρομητές",
	"केवल सब्सक्राइबर", "会員限定", "会員の方は", "구독자 전용", "유료 회원", "للمشتركين فقط", "למנויים בלבד",
	"สำหรับสมาชิกเท่านั้น", "เพื่ออ่านต่อ",
	"tylko dla prenumeratorów", "tylko dla subskrybentów", "chỉ dành cho thành viên", "chỉ dành cho hội viên",
	"để đọc tiếp", "pouze pro předplatitele", "jen pro předplatitele", "len pre predplatiteľov",
	"iba pre predplatiteľov", "csak előfizetőknek", "endast för prenumeranter", "bara för prenumeranter",
	"sólo para suscriptores", "só para assinantes", "abonelere", "kun for abonnenter", "vain tilaajille",
	"za pretplatnike", "pentru abona", "voor abonnees",
)

// asciiMembersOnlyWords are the membersOnlyWords an all-ASCII line can
// hold.
var asciiMembersOnlyWords = anyOf("subscribers only", "members only", "subscriber-only",
	"to continue reading", "to keep reading", "abonelere", "voor abonnees", "za pretplatnike")

// loginWords open the label of a login or subscribe button.
var loginWords = byFirstByte(
	"log in", "login", "sign in", "subscribe now", "se connecter", "connectez", "identifiez", "abonnez",
	"inicia sesión", "iniciar sesión", "suscríbete", "faça login", "accedi",
	"anmelden", "melden sie sich an", "войти", "войдите", "συνδεθείτε", "σύνδεση", "लॉग इन",
	"ログイン", "로그인", "เข้าสู่ระบบ", "تسجيل الدخول", "سجل الدخول", "התחבר",
)

// fullStopEnd reports a line that ends with a full stop of any script.
func fullStopEnd(s string) bool {
	s = strings.TrimRight(s, " ")
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '。', '．', '।', '۔':
		return true
	}
	return false
}

// besideFurniture returns the line next to i in direction dir (1 below,
// -1 above), past a line of furniture, or -1.
func (p *page) besideFurniture(i, dir int) int {
	j := i + dir
	if j >= 0 && j < len(p.lines) && p.chrome(j) {
		j += dir
	}
	if j < 0 || j >= len(p.lines) {
		return -1
	}
	return j
}

// phraseAt reports whether line j is a phrase of six to sixty words that
// is not story text, nor a header, caption or button: a headline or a
// standfirst. The headline is the upper of two such lines far more often
// than the lower.
func (p *page) phraseAt(j int, bodyP []float32) bool {
	a := &p.ann[j]
	return p.lines[j].words >= 6 && p.lines[j].words <= 60 && bodyP[j] < 0.5 &&
		!a.anchor() && !a.has(roleJunk) && !p.caption(j)
}

// shortShare is the share of one- and two-word lines among the w lines
// above and below line i: menus and lists of sections are runs of them.
func (p *page) shortShare(i, w int) float32 {
	n, short := 0, 0
	for j := max(0, i-w); j < len(p.lines) && j <= i+w; j++ {
		if j == i {
			continue
		}
		n++
		if p.lines[j].words <= 2 {
			short++
		}
	}
	return float32(short) / float32(max(1, n))
}

// bestTitle returns the candidate with the highest score, and the margin
// over the runner-up (a low margin is a guess), or -1.
func (m *model) bestTitle(cands []titleCandidate) (int, float32) {
	best, second := -1, float32(math.Inf(-1))
	var bestScore float32
	for k := range cands {
		s := m.title.score(cands[k].vec[:])
		switch {
		case best < 0 || s > bestScore:
			if best >= 0 {
				second = bestScore
			}
			best, bestScore = k, s
		case s > second:
			second = s
		}
	}
	if best < 0 || !anyRuleOK(cands) && !leadsStory(&cands[best].vec) {
		return -1, 0
	}
	return cands[best].line, bestScore - second
}

// leadsStory reports a candidate that the rules would not take but that
// opens the page, a phrase of three words or more
// that is not a sentence: a headline of capitalised words read as names
// ("Custom Skincare Sets Promo Terms").
func leadsStory(v *titleVec) bool {
	return v[tFirstLine] == 1 && v[tFewTokens] == 0 && v[tManyTokens] == 0 && v[tEndsSent] == 0
}

// anyRuleOK reports whether the rules would take any candidate as a
// headline at all: a page of nothing but buttons and counters has none.
func anyRuleOK(cands []titleCandidate) bool {
	for k := range cands {
		if cands[k].vec[tRuleOK] > 0 {
			return true
		}
	}
	return false
}

// junkOpens reports a line that opens like a prompt ("Sign up for …",
// "Read more: …") or is a button's label: furniture however long. A line
// that is furniture only by a word in it may be a headline.
func junkOpens(ln *line) bool {
	if junkExact[ln.key] {
		return true
	}
	for _, p := range junkPrefixes.byFirst[ln.low[0]] {
		if strings.HasPrefix(ln.low, p) {
			return true
		}
	}
	return false
}

// homeTrail reports a trail of sections copied without its separators,
// the first section glued to the next: "HomeTrail & Camp GearBackpacks".
func homeTrail(t string) bool {
	for _, home := range []string{"Home", "Inicio", "Início", "Accueil", "Startseite", "Strona główna"} {
		if rest, ok := strings.CutPrefix(t, home); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}

// siteSeparator reads the separators that join a headline to a site's
// name in a window title: a pipe anywhere ("Headline | Site"), or a dash
// whose tail is a name of three words or fewer ("Headline - Site"). A
// dash with a longer tail parts the two halves of a headline ("Mild
// winters tire us – here is what helps"), common in European languages;
// dashTail reports that one.
func siteSeparator(t string) (site, dashTail bool) {
	if hasSpaced(t, "|", " | ") {
		return true, false
	}
	k := -1
	for _, d := range []string{" - ", " – ", " — "} {
		k = max(k, strings.LastIndex(t, d))
	}
	if k < 0 {
		return false, false
	}
	tail := t[k+3:]
	if r, _ := utf8.DecodeRuneInString(t[k+1:]); r != '-' {
		tail = t[k+1+utf8.RuneLen(r)+1:]
	}
	// A site's name does not exclaim or ask, nor open in small letters:
	// "Best Bread Machines – My Favorites!" and "Going plant-based – tips
	// and tricks" are each one headline.
	if !moreWords(tail, 3) && !strings.HasSuffix(tail, "!") && !strings.HasSuffix(tail, "?") && !unicode.IsLower(firstLetter(tail)) {
		return true, false
	}
	return false, true
}

// creditLine reports a line that is a credit or stamp whatever names it
// holds: "By: Example Team on 04-08-2021", "Publicado por Ana Pérez",
// "Posted on March 3 by admin". It opens with a byline or stamp word
// followed by a colon, by a second such word ("posted by"), or holds a
// digit; "By the numbers" and "Updated guidance on masks" stay
// headlines.
func creditLine(low string) bool {
	n := 0
	var first string
	for w := range wordsIn(low) {
		switch n {
		case 0:
			if !stampOpeners.has(w) {
				return false
			}
			first = w
			rest := low[strings.Index(low, w)+len(w):]
			if strings.HasPrefix(strings.TrimLeft(rest, " "), ":") {
				return true
			}
		case 1:
			if creditSecond.has(w) {
				return true
			}
			return first != "by" && strings.ContainsAny(low, "0123456789")
		}
		n++
	}
	return false
}

// creditSecond are the words that follow a stamp word in a credit:
// "Posted by", "Publicado por", "Publié le", "Written on".
var creditSecond = newWordSet("by", "on", "at", "in", "por", "el", "em", "par", "le", "am", "von", "door", "op", "da", "il", "av", "przez")

// callToAction reports a line that asks the reader to act rather than
// tells a story: it opens with a verb of subscribing, following or
// signing up in one of the big news languages ("Suscríbete a …",
// "Abonnez-vous", "Sign up for …"), or with a verb of discovering or
// joining and speaks of the site ("Discover more about our offerings"),
// or ends by naming a social network ("… on Facebook").
func callToAction(low string) bool {
	first, second, last, n := edgeWordsUpTo(low, 14)
	if n == 0 || n > 14 {
		return false
	}
	if actionVerbs.has(first) {
		return true
	}
	if n >= 2 && actionPairs[first+" "+second] {
		return true
	}
	// A button verb and the site speaking of itself: "Learn About Our
	// Services", "Explore our plans".
	if buttonVerbs.has(first) && n <= 6 {
		for w := range wordsIn(low) {
			if w == "our" || w == "us" {
				return true
			}
		}
	}
	if n >= 3 && socialNetworks.has(last) {
		t := strings.TrimRight(low, " .!")
		for _, on := range []string{" on ", " en ", " sur ", " auf ", " no ", " su ", " op "} {
			if strings.HasSuffix(t, on+last) {
				return true
			}
		}
	}
	return false
}

// actionWords is callToAction's softer reading, a feature for the
// ranker: it opens with a verb that pages put on buttons.
func actionWords(low string) bool {
	for w := range wordsIn(low) {
		return buttonVerbs.has(w)
	}
	return false
}

// actionVerbs open a call to action in any wording: imperatives of
// subscribing, following and signing up that no headline opens with.
var actionVerbs = newWordSet(
	"subscribe", "suscríbete", "suscribete", "suscríbase", "síguenos", "siguenos", "regístrate", "registrate",
	"inscríbete", "descárgate", "assine", "inscreva", "cadastre", "abonnez", "inscrivez", "suivez",
	"abonnieren", "abonniere", "abonnier", "iscriviti", "abbonati", "seguici", "subskrybuj", "zasubskrybuj",
	"obserwuj", "tilaa", "abonneer", "abonneren", "prenumerera", "abonner", "подпишитесь", "подписывайтесь",
)

// actionPairs are two-word openings of calls to action.
var actionPairs = toSet(
	"sign up", "log in", "sign in", "follow us", "join us", "join our", "discover more", "download our",
	"get our", "read more", "click here", "contact us", "shop now", "book now", "register now",
	"siga o", "siga a", "siga nosso", "baixe o", "síguenos en", "descarga la", "descarga el",
)

// buttonVerbs open the labels of buttons and prompts.
var buttonVerbs = newWordSet(
	"subscribe", "sign", "join", "follow", "download", "discover", "explore", "register", "shop", "buy",
	"order", "book", "donate", "contact", "click", "browse", "view", "see", "watch", "listen", "read", "learn", "get",
	"descarga", "descubre", "lee", "mira", "ver", "leia", "veja", "assista", "découvrez", "lire", "voir",
	"entdecken", "lesen", "mehr", "scopri", "leggi", "guarda",
)

// socialNetworks end lines that point to a site's page elsewhere: "…
// on Facebook".
var socialNetworks = newWordSet("facebook", "twitter", "instagram", "linkedin", "youtube", "tiktok", "pinterest", "threads", "bluesky", "mastodon", "whatsapp", "telegram")

// kicker reports a short label (four words or fewer) over a phrase at
// least twice as long, maybe with a dateline between, that has a byline
// or stamp under it: the section
// name over a news headline ("Presidente do Senado" over the headline and
// its byline). Lengths are in characters, so that it holds for scripts
// without spaces too.
func (p *page) kicker(i int) bool {
	ln := &p.lines[i]
	if ln.words > 4 || ln.runes > 40 || endsSentenceAny(ln.text) {
		return false
	}
	// The phrase may sit under a dateline that follows the label, or a
	// row of share buttons the line readings know in no language.
	j := i + 1
	for j < len(p.lines) && j <= i+4 && (p.chrome(j) || p.ann[j].anchor() || shareRow(p.lines[j].low)) {
		j++
	}
	if j >= len(p.lines) || j > i+4 {
		return false
	}
	lj := &p.lines[j]
	if lj.runes < 2*ln.runes || lj.words > 30 || endsSentenceAny(lj.text) || p.ann[j].anchor() {
		return false
	}
	for k := j + 1; k < len(p.lines) && k <= j+3; k++ {
		if p.ann[k].anchor() || creditOpen(p.lines[k].low) {
			return true
		}
		if !p.chrome(k) {
			return false
		}
	}
	return false
}

// nearCopyLines is how far apart two copies of a headline sit in its
// header: a page's heading and its print or share copy, maybe with a
// byline or dateline between them.
const nearCopyLines = 6

// nearCopy reports a line above the body whose words another line within
// nearCopyLines repeats, in the same or other capitals. Pages print their
// headline twice in the header (a heading and a hidden or print copy, the
// title of a header picture); a standfirst, a label or a picture's
// description under it is printed once. A block printed twice (an author
// box, a teaser card) repeats its neighbours too, and is not this.
func (p *page) nearCopy(i, firstBody int) bool {
	if i >= firstBody {
		return false
	}
	low := p.lines[i].low
	same := func(a, b int) bool {
		return a >= 0 && b >= 0 && a < len(p.lines) && b < len(p.lines) && p.lines[a].low == p.lines[b].low
	}
	for j := max(0, i-nearCopyLines); j < len(p.lines) && j <= i+nearCopyLines; j++ {
		if j != i && p.lines[j].low == low && !same(i-1, j-1) && !same(i+1, j+1) {
			return true
		}
	}
	return false
}

// lowerOverCaps reports a line written in small letters only over a
// phrase of four words or more, most of them capitalised, a few lines
// below: a search keyword or a picture's alt text that the page prints
// over its headline ("digital marketing service charges" over "Digital
// Marketing Costs Demystified"). A page in small letters throughout (or
// in a script without case) has no such pair.
func (p *page) lowerOverCaps(i int) bool {
	if !noCapitals(p.lines[i].text) {
		return false
	}
	j := i
	for range 3 {
		if j = p.nextReal(j); j < 0 {
			return false
		}
		ln := &p.lines[j]
		if headWords(ln) >= 4 && ln.shape.capShare >= 0.5 && unicode.IsUpper(firstLetter(ln.text)) && !p.ann[j].anchor() {
			return true
		}
	}
	return false
}

// noCapitals reports a text with small letters and no capital.
func noCapitals(s string) bool {
	lower := false
	for _, r := range s {
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			return false
		}
		lower = lower || unicode.IsLower(r)
	}
	return lower
}

// tagList reports a line of three items or more parted by commas, each of
// one to three words opening with a capital or a digit: the tags or
// sections a page lists over its headline ("Best Of, Japan, Travel
// Guides"). A headline that lists things says what of them, before a
// colon ("Pasta, Pizza, Gelato: Eating Well in Rome", "Mobile Apps:
// Types, Uses, Costs").
func tagList(s string) bool {
	if strings.Count(s, ", ") < 2 {
		return false
	}
	for it := range strings.SplitSeq(s, ",") {
		n := wordCount(it)
		r := firstLetterOrDigit(it)
		if n == 0 || n > 3 || !unicode.IsUpper(r) && !unicode.IsDigit(r) || endsSentenceAny(it) || strings.ContainsAny(it, ":：") {
			return false
		}
	}
	return true
}

// firstLetterOrDigit returns the first letter or digit of s, or 0.
func firstLetterOrDigit(s string) rune {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
	}
	return 0
}

// datedHeadline reports a dateline that is a headline with a date in it:
// words besides the date and its filler, printed twice in the header, as
// pages print their headline ("Weekly Roundup 12/19/2025" over the byline
// and again over the story). A stamp ("Updated Nov 19, 9:41 AM") has no
// such words.
func (p *page) datedHeadline(i, firstBody int) bool {
	a := &p.ann[i]
	return a.date != nil && a.byline == nil && a.readMin == 0 && !a.has(roleByLabel) && a.date.rest >= 2 &&
		!creditOpen(p.lines[i].low) && p.nearCopy(i, firstBody)
}

// navFurniture reports lines that are navigation or a picture's name
// whatever the page around them: a trail of three sections or more
// ("Blog / Topics / Marketing", "Home > Tech > Laptops"), a link to the
// story before or after ("« Older post | Main", "Next story »"), a file
// or a path as one token ("user/notes.md"), alt text that names its
// picture ("Picture of the old mill") and a row of tags ("Best Of,
// Japan, Travel Guides"), or a line that holds a link's address. No
// headline takes any of these forms. The site's name over its address is
// another (mastheadLine), asked apart because it needs the line's domain,
// which the candidates' reader has worked out once a line (domainOf): a
// dot in a word runs a pattern.
func navFurniture(text, low string) bool {
	return sectionTrail(text) || storyLink(text) || pathToken(text) || altOpener(low) || tagList(text) || strings.Contains(text, "://") ||
		numberedItems(text) >= 2
}

// menuRow reports a site's menu printed on one line: three items or more
// of two words at most parted by the same bar or dot ("News · Sport ·
// Business", "Inicio | Local | Deportes"), or the word for the home page
// followed by the sections' names in a script without capitals
// ("หน้าแรก ข่าว การเมือง กีฬา").
func menuRow(ln *line) bool {
	t := ln.text
	if ln.words < 3 || ln.words > 24 {
		return false
	}
	wide := ln.runes < len(t) // the dots and the scripts without capitals are not ASCII
	if strings.IndexByte(t, '|') >= 0 || wide && (strings.Contains(t, "·") || strings.Contains(t, "•")) {
		for _, sep := range []string{" · ", " | ", " • "} {
			if strings.Count(t, sep) < 2 {
				continue
			}
			ok := true
			for it := range strings.SplitSeq(t, sep) {
				if n := wordCount(it); n == 0 || n > 2 || endsSentenceAny(it) {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return wide && homeMenu(t) || capsHomeMenu(ln)
}

// homeMenu reports the word for a site's home page followed by the names
// of three sections or more and nothing else, in a script without
// capitals ("หน้าแรก ข่าว การเมือง กีฬา", "首页 本地 国内 国际"). In one with
// capitals a headline may open with the word and go on in capitals ("Home
// Depot Beats Earnings Estimates"), which a menu's names cannot be told
// from.
func homeMenu(text string) bool {
	for _, h := range homeWords {
		rest, ok := strings.CutPrefix(text, h)
		if !ok || rest == "" || rest[0] != ' ' {
			continue
		}
		names := 0
		for w := range strings.FieldsSeq(rest) {
			r, _ := utf8.DecodeRuneInString(w)
			last, _ := utf8.DecodeLastRuneInString(w)
			if names++; names > 12 || !unicode.IsLetter(r) || unicode.IsUpper(r) || unicode.IsLower(r) || !unicode.IsLetter(last) && !unicode.IsMark(last) {
				return false // capitals, a count, a mark, a sentence's end: no such menu
			}
		}
		return names >= 3
	}
	return false
}

// capsHomeMenu reports a site's menu printed on one line without
// separators in a script with capitals: the word for the home page, then
// three names of sections or more, each opening with a capital and all
// but one of them a common section's name ("Home World Business Sport
// Culture", "Startseite Region Politik Sport Kultur"). A headline that
// opens with the word goes on in other words ("Home Depot Beats Earnings
// Estimates", "Home Sales Slow in Spring").
func capsHomeMenu(ln *line) bool {
	if ln.words < 4 || ln.words > 14 || ln.shape.endsSent {
		return false
	}
	k := strings.IndexByte(ln.low, ' ')
	if k < 0 || !capsHomeWords.has(ln.low[:k]) {
		return false // most lines: the first word is no home page's
	}
	rest := ln.text[k:]
	if second, ok := homeSecondWords[ln.low[:k]]; ok {
		f, after, _ := strings.Cut(strings.TrimSpace(rest), " ")
		if f != second {
			return false
		}
		rest = " " + after
	}
	names, other := 0, 0
	for w := range strings.FieldsSeq(rest) {
		if w == "&" {
			continue
		}
		if !unicode.IsUpper(firstRune(w)) {
			return false
		}
		if sectionNames.has(strings.ToLower(w)) {
			names++
		} else if other++; other > 1 {
			return false
		}
	}
	return names >= 3
}

// capsHomeWords are the words for a site's home page that open its menu
// in scripts with capitals, in lower case (with homeSecondWords after
// two of them).
var capsHomeWords = newWordSet("home", "inicio", "início", "accueil", "startseite", "strona", "portada", "beranda",
	"главная", "startsida", "forside", "etusivu", "anasayfa", "trang", "hem", "inici", "αρχική")

// homeSecondWords are the second words of the capsHomeWords that take
// one: "Strona główna", "Trang chủ".
var homeSecondWords = map[string]string{"strona": "główna", "trang": "chủ"}

// sectionNames are the names of a news site's common sections, in lower
// case: the items of its menu.
var sectionNames = newWordSet(
	"news", "world", "business", "sport", "sports", "culture", "politics", "economy", "opinion", "local", "region",
	"science", "tech", "technology", "health", "entertainment", "lifestyle", "travel", "video", "videos", "weather",
	"money", "arts", "life", "style", "food", "national", "international", "markets", "education", "environment",
	"society", "crime", "obituaries", "photos", "podcasts", "music", "film", "books", "comment", "features",
	"noticias", "deportes", "cultura", "opinión", "economía", "política", "mundo", "internacional", "nacional",
	"sociedad", "sucesos", "comarca", "región", "ciencia", "salud", "tecnología", "vídeos", "gente",
	"notícias", "região", "desporto", "esportes", "economia", "opinião", "sociedade", "país", "saúde", "ciência",
	"nachrichten", "politik", "kultur", "wirtschaft", "lokales", "panorama", "wissen", "meinung", "welt", "regional",
	"actualités", "politique", "économie", "monde", "société", "régions",
	"cronaca", "esteri", "spettacoli", "politica", "nieuws", "regio", "cultuur", "economie", "politiek",
	"binnenland", "buitenland", "wiadomości", "polityka", "kultura", "gospodarka", "świat", "kraj", "biznes",
	"новости", "спорт", "экономика", "политика", "культура", "общество", "происшествия", "регион", "мир",
	"berita", "daerah", "olahraga", "budaya", "ekonomi", "nasional", "internasional", "hiburan", "dunia", "bisnis",
	"gündem", "spor", "siyaset", "dünya", "kültür", "sağlık", "nyheter", "sporten",
)

// homeWords are the words for a site's home page that open its menu in
// scripts without capitals. Words that also open a headline are left
// out: the Hebrew "ראשי" (heads of …), the Korean "홈" and the Hindi "होम"
// (a home game, a home loan), in languages that part words by spaces.
var homeWords = []string{"หน้าแรก", "首页", "首頁", "ホーム", "トップ", "الرئيسية", "דף הבית", "صفحه اصلی", "मुखपृष्ठ"}

// numberedItems counts the numbers of three digits or more that label an
// item with a colon:
// "31207: Storm Animations 28114: Glaciers" is a row of two links to
// other pages.
func numberedItems(t string) int {
	n := 0
	for k := strings.Index(t, ": "); k > 0; k = strings.Index(t, ": ") {
		j := k
		for j > 0 && t[j-1] >= '0' && t[j-1] <= '9' {
			j--
		}
		if k-j >= 3 && (j == 0 || t[j-1] == ' ') {
			n++
		}
		t = t[k+2:]
	}
	return n
}

// footerRights returns the copyright line with a year among the page's
// last lines ("© 2026 Η Φωνή της Κοιλάδας. All rights reserved."), or
// "": a line above whose whole text that line holds is the site's name,
// printed as its masthead, not a headline. Only a line with a run of four
// digits is looked into, which spares most lines the look for the sign.
func (p *page) footerRights() string {
	for i := len(p.lines) - 1; i >= 0 && i >= len(p.lines)-footerLines; i-- {
		if ln := &p.lines[i]; ln.digits >= 4 && ln.words <= 30 && mayCopyright(ln.low) {
			return ln.text
		}
	}
	return ""
}

// ownerIn reports whether a copyright line names t as its owner: t
// follows the sign or the year ("© 2026 <t>", "Copyright © <t>").
func ownerIn(rights, t string) bool {
	k := strings.Index(rights, t)
	if k < 0 {
		return false
	}
	f := strings.Fields(rights[:k])
	return len(f) > 0 && (f[len(f)-1] == "©" || yearsOnly(f[len(f)-1]))
}

// footerSite returns the site's name that a row of links near the foot
// of the page opens with: "Harbour Ledger · About us · Contact ·
// Advertise", a name of two to six words before two links or more of a
// few words each (fifteen words at most in all). The masthead at the top prints the same name alone,
// and a footer row holding it looks like a headline's copy; or "".
func (p *page) footerSite() string {
	for i := len(p.lines) - 1; i >= 0 && i >= len(p.lines)-footerLines; i-- {
		ln := &p.lines[i]
		if ln.words < 4 || ln.words > 15 || ln.runes > 120 || ln.shape.endsSent {
			continue
		}
		if strings.IndexByte(ln.text, '|') >= 0 || ln.runes < len(ln.text) && (strings.Contains(ln.text, "·") || strings.Contains(ln.text, "•")) {
			if name := rowOpener(ln.text); name != "" {
				return name
			}
		}
	}
	return ""
}

// rowOpener returns the first item of a row of links parted by the same
// bar or dot, when it is a name of two to six words and the other items
// (two or more) are links of three words at most; or "".
func rowOpener(t string) string {
	for _, sep := range []string{" · ", " | ", " • "} {
		if strings.Count(t, sep) < 2 {
			continue
		}
		first, rest, _ := strings.Cut(t, sep)
		if n := wordCount(first); n < 2 || n > 6 || endsSentenceAny(first) {
			return ""
		}
		for it := range strings.SplitSeq(rest, sep) {
			if n := wordCount(it); n == 0 || n > 3 || endsSentenceAny(it) {
				return ""
			}
		}
		return strings.TrimSpace(first)
	}
	return ""
}

// footerLines is how many of a page's last lines footerRights reads.
const footerLines = 30

// mastheadLine reports the site's name followed by its address: "The
// Riverside Gazette riversidegazette.com". The address ends the line and
// its name holds a word of the line before it. d is domainIn of the line.
func mastheadLine(low, d string) bool {
	if d == "" {
		return false
	}
	d = strings.ToLower(d)
	rest, ok := strings.CutSuffix(strings.TrimRight(low, " /."), d)
	if !ok || strings.TrimSpace(rest) == "" || moreWords(rest, 6) {
		return false
	}
	name := strings.TrimPrefix(d, "www.")
	name = name[:strings.IndexByte(name+".", '.')]
	for w := range wordsIn(rest) {
		if len(w) >= 4 && strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// sectionTrail reports three items or more parted by the same trail
// separator, each of four words at most.
func sectionTrail(t string) bool {
	if strings.IndexByte(t, '>') < 0 && strings.IndexByte(t, '/') < 0 && !strings.Contains(t, "»") && !strings.Contains(t, "›") {
		return false
	}
	for _, sep := range []string{" / ", " > ", " » ", " › ", " >> "} {
		if strings.Count(t, sep) < 2 {
			continue
		}
		ok := true
		for it := range strings.SplitSeq(t, sep) {
			if n := wordCount(it); n == 0 || n > 4 {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// storyLink reports a link to the story before or after this one: it
// opens with an arrow pointing back ("« ", "← ", "‹ ") or ends with one
// pointing on, the guillemet not closed or opened as a quotation's is.
func storyLink(t string) bool {
	t = strings.TrimSpace(t)
	back := strings.HasPrefix(t, "← ") || strings.HasPrefix(t, "‹ ") || strings.HasPrefix(t, "« ") && !strings.Contains(t, "»")
	on := strings.HasSuffix(t, " →") || strings.HasSuffix(t, " ›") || strings.HasSuffix(t, " »") && !strings.Contains(t, "«")
	return back || on
}

// pathToken reports a line that is one token holding a slash or a dot
// between letters: a file name, a path or a repository ("user/notes.md").
func pathToken(t string) bool {
	t = strings.TrimSpace(t)
	if strings.ContainsAny(t, " \t") || !strings.ContainsAny(t, "/.") {
		return false
	}
	for k := 1; k+1 < len(t); k++ {
		if (t[k] == '/' || t[k] == '.') && isASCIILetter(t[k-1]) && isASCIILetter(t[k+1]) {
			return true
		}
	}
	return false
}

// altOpener reports alt text that opens by naming its picture: "Picture
// of …", "Photo of …".
func altOpener(low string) bool {
	first, second, _, n := edgeWordsUpTo(low, 2)
	return n >= 2 && second == "of" && picturePrefix.has(first)
}
