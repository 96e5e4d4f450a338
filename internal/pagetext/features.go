package pagetext

import (
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Every line is described once by a vector of features that hold in any
// language and script: its length in characters and tokens, sentence
// punctuation of any script, capitals, digits, where it sits, what is
// around it, whether it repeats, and what the per-line readings (junk,
// dateline, byline, caption, teaser box; see annotate) and the jusText
// labels made of it. The stopword share is one feature among them, and
// counts only on pages whose language has a stopword list. The vector is
// computed in one pass after the readings and never changed; the line
// classifier (model.go) and the headline ranker weigh it.

// feature names a position in a line's feature vector.
type feature int

// The line features. The names are what the explain tool prints and what
// the generated weight tables are keyed by.
const (
	fBias feature = iota
	fRunesLog
	fTokensLog
	fTiny        // under 20 characters
	fLong        // over 200 characters
	fEndsSent    // ends like a sentence, in any script
	fEndsColon   // ends with a colon: a label or an introduction
	fPunct       // sentence and clause punctuation per token
	fStopShare   // stopword share, where the language is known
	fStopLow     // a longer line with few stopwords, where the language is known
	fCapShare    // share of words that open with a capital (cased scripts)
	fAllCaps     // every letter a capital
	fDigitShare  // share of digits among letters and digits
	fRepeated    // the same text elsewhere on the page
	fNearRepeat  // the same text within three lines
	fJunk        // furniture by its wording (buttons, prompts, counters)
	fWall        // opens reader comments or a closing blurb
	fCaption     // a picture caption or credit
	fHeader      // dateline, byline or reading time
	fRelDate     // "3 hours ago"
	fNames       // a line of bare names
	fRole        // a writer's job next to a byline
	fTeaser      // labels a box of links to other stories
	fTeaserItem  // a headline in such a box
	fEmbed       // an embedded post or its attribution
	fListItem    // opens like a list item (number, bullet, date)
	fLinkLike    // a URL, a breadcrumb or a row of separators
	fBlockMulti  // shares its block with other lines
	fTop         // among the first ten lines
	fRuleKept    // the jusText rules keep it in the body
	fRuleInRun   // inside the rules' main run of prose
	fRuleGood    // jusText label after context: good
	fRuleTitle   // the rules' headline
	fAboveTitle  // above the rules' headline
	fRuleDek     // the rules' standfirst
	fRunDist     // distance to the rules' main run, log lines
	fHeadingLike // a short unpunctuated line over prose: a subheading
	fPrevProse   // the line above is prose
	fNextProse   // the line below is prose
	fPrevKept    // the rules keep the line above
	fNextKept    // the rules keep the line below
	fPrevJunk    // the line above is junk
	fNextJunk    // the line below is junk
	fWin5        // share of prose lines within five lines
	fWin15       // share of prose lines within fifteen lines
	fAfterWall   // below a comments wall
	fBlockProse  // its block holds a prose line
	fTemplated   // a short line whose wording, digits aside, recurs three times or more ("Reply", "5 hours ago", "Rating: 3")
	fInCycle     // between two close copies of such a line: inside a repeated pattern (comments, a list of cards)
	numLineFeatures
)

var lineFeatureNames = [numLineFeatures]string{
	"bias", "runes_log", "tokens_log", "tiny", "long", "ends_sentence", "ends_colon", "punct",
	"stop_share", "stop_low", "cap_share", "all_caps", "digit_share", "repeated", "near_repeat",
	"junk", "wall", "caption", "header", "rel_date", "names", "role", "teaser", "teaser_item",
	"embed", "list_item", "link_like", "block_multi", "top", "rule_kept", "rule_in_run",
	"rule_good", "rule_title", "above_title", "rule_dek", "run_dist", "heading_like", "prev_prose",
	"next_prose", "prev_kept", "next_kept", "prev_junk", "next_junk", "win5", "win15", "after_wall",
	"block_prose", "templated", "in_cycle",
}

func (f feature) String() string { return lineFeatureNames[f] }

// lineVec is one line's features.
type lineVec [numLineFeatures]float32

// shape is what the features need of a line's text beyond the line struct:
// counted once per line.
type shape struct {
	tokens   int     // words, and each character of scripts without spaces
	punct    int     // sentence and clause marks of any script
	capShare float64 // words opening with a capital, of cased words
	digits   float64 // digit share among letters and digits
	endsSent bool
	allCaps  bool // the letters are mostly of a cased script, all capitals
}

// textCounts are what newLineIn reads of a line in readShape's pass
// besides its shape.
type textCounts struct {
	runes    int
	digitRun int  // the longest run of ASCII digits
	longS    bool // has ſ
}

// ASCII byte classes for readShape.
const (
	asciiDigit = 1 + iota
	asciiUpper
	asciiLower
	asciiApostrophe
	asciiPunct // isClausePunct
	asciiClasses
)

// asciiRunAfter says whether a word's run is on after a byte, by the
// byte's class and the run before it (2*class + run): letters and digits
// make or extend one, an apostrophe leaves it as it was, anything else
// ends it. Sixteen entries, so that an index masked by 15 needs no check.
var asciiRunAfter = func() (after [16]uint8) {
	for k := range asciiClasses {
		on := uint8(0)
		if k == asciiDigit || k == asciiUpper || k == asciiLower {
			on = 1
		}
		after[2*k] = on
		after[2*k+1] = on
		if k == asciiApostrophe {
			after[2*k+1] = 1
		}
	}
	return
}()

// asciiClass2 is twice the class of each ASCII byte (0: none of them), the
// index of asciiRunAfter and asciiRuns.n for a byte read outside a run.
// Other bytes have 0 (they are never looked up); 256 entries, so that a
// byte needs no check.
var asciiClass2 = func() (c [256]uint8) {
	for b := range utf8.RuneSelf {
		r := rune(b)
		switch {
		case '0' <= r && r <= '9':
			c[b] = 2 * asciiDigit
		case 'A' <= r && r <= 'Z':
			c[b] = 2 * asciiUpper
		case 'a' <= r && r <= 'z':
			c[b] = 2 * asciiLower
		case r == '\'':
			c[b] = 2 * asciiApostrophe
		case isClausePunct(r):
			c[b] = 2 * asciiPunct
		}
	}
	return c
}()

// asciiRuns counts the ASCII bytes of a line for readShape.
type asciiRuns struct {
	// n counts the bytes by 2*class + the word run before them: those
	// read with no run on open a word.
	n        [16]int
	digitRun int // the longest run of digits
}

// read counts the ASCII bytes of t from i up to the next other byte, given
// the word run before them and the digits that end it, and returns where
// it stopped, the run then and the digits ending it. A loop of its own,
// by tables alone: in readShape's, which also reads the other runes, the
// counts lived on the stack and a byte took three times the instructions.
func (a *asciiRuns) read(t string, i int, inWordRun uint8, digitRun int) (int, uint8, int) {
	n, longest := &a.n, a.digitRun
	s := t[i:]
	j := 0
	for ; j < len(s); j++ {
		c := s[j]
		if c >= utf8.RuneSelf {
			break
		}
		k2 := asciiClass2[c]
		x := (k2 | inWordRun) & 15
		n[x]++
		inWordRun = asciiRunAfter[x]
		if k2 == 2*asciiDigit {
			digitRun++
			longest = max(longest, digitRun)
		} else {
			digitRun = 0
		}
	}
	a.digitRun = longest
	return i + j, inWordRun, digitRun
}

// readShape counts a line's shape in one pass over its runes, and the
// counts newLineIn needs of the same pass.
func readShape(t string) (shape, textCounts) {
	var s shape
	var tc textCounts
	// The ASCII bytes, most of most pages, are counted by their class
	// (asciiClass) without a branch on it, in asciiRuns; they are summed
	// into the counts of the other runes at the end.
	var a asciiRuns
	var inWordRun uint8 // 1 inside a run of letters, digits and apostrophes
	cased, capital, letters, digits := 0, 0, 0, 0
	upper, lower, runes := 0, 0, 0
	digitRun := 0
	for i := 0; i < len(t); {
		if t[i] < utf8.RuneSelf {
			i, inWordRun, digitRun = a.read(t, i, inWordRun, digitRun)
			continue
		}
		runes++
		r, size := utf8.DecodeRuneInString(t[i:])
		i += size
		digitRun = 0
		if r == 'ſ' {
			tc.longS = true
		}
		if unicode.IsUpper(r) {
			upper++
		} else if unicode.IsLower(r) {
			lower++
		}
		switch {
		case unicode.IsDigit(r):
			digits++
			if inWordRun == 0 {
				s.tokens++
			}
			inWordRun = 1
		case unicode.IsLetter(r):
			letters++
			if unspaced(r) {
				s.tokens++
				inWordRun = 0
				continue
			}
			if inWordRun == 0 {
				s.tokens++
				if unicode.IsUpper(r) || unicode.IsTitle(r) {
					capital++
					cased++
				} else if unicode.IsLower(r) {
					cased++
				}
			}
			inWordRun = 1
		case r == '\'' || r == '’' || letterMark(r):
		default:
			inWordRun = 0
			if isClausePunct(r) {
				s.punct++
			}
		}
	}
	var n, opens [asciiClasses]int
	for k := range n {
		opens[k] = a.n[2*k]
		n[k] = a.n[2*k] + a.n[2*k+1]
		runes += n[k]
	}
	tc.digitRun = a.digitRun
	digits += n[asciiDigit]
	upper += n[asciiUpper]
	lower += n[asciiLower]
	letters += n[asciiUpper] + n[asciiLower]
	s.punct += n[asciiPunct]
	s.tokens += opens[asciiDigit] + opens[asciiUpper] + opens[asciiLower]
	cased += opens[asciiUpper] + opens[asciiLower]
	capital += opens[asciiUpper]
	// In a line mostly of an uncased script (Thai, Chinese, Arabic), the
	// capitals of a Latin name or acronym say nothing about the line.
	if cased > 0 && 2*cased >= s.tokens {
		s.capShare = float64(capital) / float64(cased)
	}
	if letters+digits > 0 {
		s.digits = float64(digits) / float64(letters+digits)
	}
	// Thai or Lao ends a sentence with no mark: a longer line that ends
	// in its letters ends a sentence.
	s.endsSent = endsSentenceAny(t) || runes >= lengthLow && unpunctuatedScript(t)
	// A Latin acronym in a line of an uncased script does not shout.
	s.allCaps = lower == 0 && upper >= 2 && 2*upper >= letters
	tc.runes = runes
	return s, tc
}

// unspaced reports letters of scripts written without spaces between
// words, where each character counts as a token (as the scorer counts).
func unspaced(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r)) || r >= 0x0E00 && r <= 0x0EFF || r >= 0x1000 && r <= 0x109F || r >= 0x1780 && r <= 0x17FF
}

// isClausePunct reports sentence and clause punctuation of the world's
// scripts.
func isClausePunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', '。', '，', '、', '；', '：', '！', '？', '،', '؛', '؟', '।', '॥', '۔', '…':
		return true
	}
	return false
}

// endsSentenceAny reports whether s ends like a sentence in any script:
// a full stop, question or exclamation mark (Latin, CJK, Arabic, Devanagari,
// Armenian, Ethiopic, Khmer, Myanmar), possibly inside closing quotes or
// brackets.
func endsSentenceAny(s string) bool {
	s = trimRightSet(s, "\"'”’»)]* 」』）")
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '…', '。', '！', '？', '．', '؟', '۔', '।', '॥', '։', '።', '។', '။', '¡', '¿':
		return true
	}
	return false
}

// unpunctuatedScript reports a line that ends in a script whose writers
// part sentences with a space, not a mark (Thai, Lao): where such a line
// ends, a sentence does.
func unpunctuatedScript(s string) bool {
	s = trimRightSet(s, "\"'”’»)]* ")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r >= 0x0E00 && r <= 0x0EFF
}

// prose reports a line that reads as a paragraph in any script: long
// enough, ending like a sentence.
func prose(ln *line, s *shape) bool {
	return s.endsSent && (ln.width >= 80 || s.tokens >= 15)
}

// pageFeatures computes every line's features from the lines, their
// readings and the rules' labels. rules holds what the jusText pass
// decided: the kept lines, its run and its headline and standfirst.
func (p *page) pageFeatures(rk ruleResult) []lineVec {
	n := len(p.lines)
	vecs := reuse(p.scr, &p.scr.vecs, n)
	isProse := make([]bool, n)
	blockProse := make([]bool, blockCount(p.lines))
	blockLines := make([]int, len(blockProse))
	for i := range p.lines {
		isProse[i] = prose(&p.lines[i], &p.lines[i].shape)
		if isProse[i] {
			blockProse[p.lines[i].block] = true
		}
		blockLines[p.lines[i].block]++
	}
	// Prefix sums of prose lines for the windows.
	cum := make([]int, n+1)
	for i := range n {
		cum[i+1] = cum[i]
		if isProse[i] {
			cum[i+1]++
		}
	}
	window := func(i, w int) float32 {
		lo, hi := max(0, i-w), min(n, i+w+1)
		return float32(cum[hi]-cum[lo]) / float32(hi-lo)
	}
	templated, inCycle := p.templates()
	known := p.stopShare >= minStopShare
	wall := false
	for i := range p.lines {
		ln := &p.lines[i]
		a := &p.ann[i]
		s := &p.lines[i].shape
		v := &vecs[i]
		v[fBias] = 1
		v[fRunesLog] = float32(log1pInt(ln.width) / 6)
		v[fTokensLog] = float32(log1pInt(s.tokens) / 5)
		v[fTiny] = b2f(ln.width < 20)
		v[fLong] = b2f(ln.width > 200)
		v[fEndsSent] = b2f(s.endsSent)
		v[fEndsColon] = b2f(strings.HasSuffix(ln.text, ":") || strings.HasSuffix(ln.text, "："))
		v[fPunct] = float32(min(1, float64(s.punct)/float64(max(1, s.tokens))*4))
		if known && ln.words > 0 {
			share := float64(ln.stops) / float64(ln.words)
			v[fStopShare] = float32(share)
			v[fStopLow] = b2f(ln.words >= 5 && share < 0.2)
		}
		v[fCapShare] = float32(s.capShare)
		v[fAllCaps] = b2f(ln.words >= 2 && s.allCaps)
		v[fDigitShare] = float32(s.digits)
		v[fRepeated] = b2f(p.copies[i] > 1)
		v[fNearRepeat] = b2f(a.has(roleRepeat))
		v[fJunk] = b2f(a.has(roleJunk))
		v[fWall] = b2f(a.has(roleWall))
		v[fCaption] = b2f(p.caption(i))
		v[fHeader] = b2f(a.header())
		v[fRelDate] = b2f(a.has(roleRelDate))
		v[fNames] = b2f(a.names != nil)
		v[fRole] = b2f(a.has(roleWriterRole))
		v[fTeaser] = b2f(rk.teaser[i])
		v[fTeaserItem] = b2f(rk.teaserItem[i])
		v[fEmbed] = b2f(a.has(roleEmbed))
		v[fListItem] = b2f(itemOpen(ln.text) != "")
		v[fLinkLike] = b2f(strings.Contains(ln.text, "://") || strings.Contains(ln.text, "www.") || isBreadcrumb(ln.text) ||
			strings.IndexByte(ln.text, '|') >= 0 && strings.Count(ln.text, " | ") >= 2) // Count tries every space; the bar is rare
		v[fBlockMulti] = b2f(blockLines[ln.block] > 1)
		v[fTop] = b2f(i < 10)
		v[fRuleKept] = b2f(rk.keep[i])
		v[fRuleInRun] = b2f(i >= rk.start && i < rk.end)
		v[fRuleGood] = b2f(rk.cls[i] == clsGood)
		v[fRuleTitle] = b2f(i == rk.title)
		v[fAboveTitle] = b2f(i < rk.title)
		v[fRuleDek] = b2f(i == rk.dek)
		d := 0
		if i < rk.start {
			d = rk.start - i
		} else if i >= rk.end {
			d = i - rk.end + 1
		}
		v[fRunDist] = float32(log1pInt(d) / 5)
		v[fHeadingLike] = b2f(s.tokens >= 1 && s.tokens <= 15 && !s.endsSent && !a.has(roleJunk) && i+1 < n && isProse[i+1])
		if i > 0 {
			v[fPrevProse] = b2f(isProse[i-1])
			v[fPrevKept] = b2f(rk.keep[i-1])
			v[fPrevJunk] = b2f(p.ann[i-1].has(roleJunk))
		}
		if i+1 < n {
			v[fNextProse] = b2f(isProse[i+1])
			v[fNextKept] = b2f(rk.keep[i+1])
			v[fNextJunk] = b2f(p.ann[i+1].has(roleJunk))
		}
		v[fWin5] = window(i, 5)
		v[fWin15] = window(i, 15)
		wall = wall || a.has(roleWall) && cum[i] >= wallProseAbove
		v[fAfterWall] = b2f(wall && !a.has(roleWall))
		v[fBlockProse] = b2f(blockProse[ln.block])
		v[fTemplated] = b2f(templated[i])
		v[fInCycle] = b2f(inCycle[i])
	}
	return vecs
}

// Reader comments, product cards and lists of teasers repeat a pattern:
// each item has the same short lines ("Reply", "2 hours ago", "Rating:
// 4 of 5") with different counts in them. Such lines, and the lines
// between two close copies of one, are told by the repetition alone, in
// any language.

// wallProseAbove is the fewest paragraphs above a line opening the
// comments for the lines under it to be read as after the wall.
const wallProseAbove = 2

// cycleSpan is how far apart two copies of a templated line may be for
// the lines between them to count as one item of a pattern.
const cycleSpan = 12

// templates returns which lines are templated (fTemplated) and which sit
// inside a repeated pattern (fInCycle).
func (p *page) templates() (templated, inCycle []bool) {
	n := len(p.lines)
	templated, inCycle = make([]bool, n), make([]bool, n)
	keys := make([]string, n)
	count := make(map[string]int)
	for i := range p.lines {
		ln := &p.lines[i]
		if ln.words == 0 || ln.words > 6 || ln.runes > 60 {
			continue
		}
		keys[i] = digitless(ln.low)
		if keys[i] != "" {
			count[keys[i]]++
		}
	}
	last := make(map[string]int)
	for i, k := range keys {
		if k == "" || count[k] < 3 {
			continue
		}
		templated[i] = true
		if j, ok := last[k]; ok && i-j <= cycleSpan {
			for m := j; m <= i; m++ {
				inCycle[m] = true
			}
		}
		last[k] = i
	}
	return templated, inCycle
}

// digitless returns s without its digits and the spaces around them.
func digitless(s string) string {
	if strings.IndexFunc(s, unicode.IsDigit) < 0 {
		return s
	}
	// One pass, as strings.Join(strings.Fields(strings.Map(drop digits,
	// s)), " ") would read it: a digit between two letters joins them.
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
		case unicode.IsSpace(r):
			space = true
		default:
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		}
	}
	return b.String()
}

func b2f(b bool) float32 {
	if b {
		return 1
	}
	return 0
}

// log1pInt is math.Log1p(float64(n)): a line's features take it of
// lengths, counts and distances, some ten times a line, and the small
// ones, most of them, are looked up.
func log1pInt(n int) float64 {
	if uint(n) < uint(len(log1pSmall())) {
		return log1pSmall()[n]
	}
	return math.Log1p(float64(n))
}

// log1pSmall is the table of log1pInt, made when first asked rather
// than when the program starts.
var log1pSmall = sync.OnceValue(func() *[512]float64 {
	var t [512]float64
	for n := range t {
		t[n] = math.Log1p(float64(n))
	}
	return &t
})
