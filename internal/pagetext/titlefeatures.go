package pagetext

import (
	"math"
	"strings"
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
	tBias        titleFeature = iota
	tRuleScore                // the rules' headline score, scaled
	tRuleOK                   // the rules would take the line at all
	tRulePick                 // the rules' headline
	tBodyP                    // the classifier's body probability for the line
	tNextBodyP                // the best body probability of the next three lines
	tBodyDist                 // log lines from the line down to the body's first line
	tInBody                   // the line is at or below the body's first line
	tRankAbove                // 1/k for the k-th headline-shaped line upwards from the body
	tTokensLog                // log tokens
	tFewTokens                // under three tokens
	tManyTokens               // over 25 tokens
	tEndsSent                 // ends like a sentence
	tEndsColon                // ends with a colon
	tCapShare                 // share of capitalised words
	tAllCaps                  // all capitals
	tDigitShare               // share of digits
	tRepeated                 // the text occurs elsewhere
	tFirstCopy                // the first of several copies
	tContained                // a longer line contains the text ("Headline | Site")
	tFirstLine                // the page's first line
	tPosLog                   // log line number
	tHeaderBelow              // a byline, dateline or reading time follows
	tJunk                     // furniture by its wording
	tCaption                  // a caption or credit
	tNames                    // bare names
	tHeader                   // a dateline or byline itself
	tTeaserItem               // a headline in a box of other stories
	tLinkLike                 // a URL, breadcrumb or separators
	tListItem                 // opens like a list item
	tHasSep                   // " | " or " - ": a window title with the site's name
	tHeadingBody              // a short line inside the body: a subheading
	numTitleFeatures
)

var titleFeatureNames = [numTitleFeatures]string{
	"bias", "rule_score", "rule_ok", "rule_pick", "body_p", "next_body_p", "body_dist", "in_body",
	"rank_above", "tokens_log", "few_tokens", "many_tokens", "ends_sentence", "ends_colon", "cap_share",
	"all_caps", "digit_share", "repeated", "first_copy", "contained", "first_line", "pos_log",
	"header_below", "junk", "caption", "names", "header", "teaser_item", "link_like", "list_item",
	"has_sep", "heading_in_body",
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
	rank := make(map[int]int)
	k := 0
	for i := min(firstBody, limit) - 1; i >= 0; i-- {
		a := &p.ann[i]
		if p.lines[i].words >= 2 && p.lines[i].words <= 40 && !a.junk && !a.header() && !a.caption && !endsSentenceAny(p.lines[i].text) {
			k++
			rank[i] = k
		}
	}
	seen := make(map[string]bool)
	var out []titleCandidate
	for i := range limit {
		ln := &p.lines[i]
		if ln.words == 0 || ln.runes > 300 {
			continue
		}
		a := &p.ann[i]
		// A headline is never a button, a dateline or a byline, nor a
		// line of names with a writer's role or over a dateline.
		if a.junk || a.wall || a.header() || a.relDate || a.role ||
			a.names != nil && (hasBylineRole(ln.low) || p.dateBelow(i)) {
			continue
		}
		s := readShape(ln.text)
		if s.tokens > 60 {
			continue
		}
		var v titleVec
		v[tBias] = 1
		if sc, ok := p.titleScore(i); ok {
			v[tRuleOK] = 1
			v[tRuleScore] = clamp(float32(sc)/10, -2, 2)
		}
		v[tRulePick] = b2f(i == rk.title)
		v[tBodyP] = bodyP[i]
		for j := i + 1; j < n && j <= i+3; j++ {
			v[tNextBodyP] = max(v[tNextBodyP], bodyP[j])
		}
		if i < firstBody {
			v[tBodyDist] = float32(math.Log1p(float64(firstBody-i)) / 5)
		} else {
			v[tInBody] = 1
		}
		if r := rank[i]; r > 0 {
			v[tRankAbove] = 1 / float32(r)
		}
		v[tTokensLog] = float32(math.Log1p(float64(s.tokens)) / 4)
		v[tFewTokens] = b2f(s.tokens < 3)
		v[tManyTokens] = b2f(s.tokens > 25)
		v[tEndsSent] = b2f(s.endsSent)
		v[tEndsColon] = b2f(strings.HasSuffix(ln.text, ":"))
		v[tCapShare] = float32(s.capShare)
		v[tAllCaps] = b2f(ln.words >= 2 && isUpperText(ln.text))
		v[tDigitShare] = float32(s.digits)
		v[tRepeated] = b2f(p.count[ln.text] > 1)
		v[tFirstCopy] = b2f(p.count[ln.text] > 1 && !seen[ln.text])
		seen[ln.text] = true
		v[tContained] = b2f(p.containedElsewhere(i))
		v[tFirstLine] = b2f(i == 0)
		v[tPosLog] = float32(math.Log1p(float64(i)) / 6)
		v[tHeaderBelow] = b2f(p.anchorNext(i))
		v[tJunk] = b2f(a.junk)
		v[tCaption] = b2f(a.caption)
		v[tNames] = b2f(a.names != nil)
		v[tHeader] = b2f(a.header())
		v[tTeaserItem] = b2f(rk.teaserItem[i])
		v[tLinkLike] = b2f(strings.Contains(ln.text, "://") || strings.Contains(ln.text, "www.") || isBreadcrumb(ln.text))
		v[tListItem] = b2f(itemOpen(ln.text) != "")
		v[tHasSep] = b2f(strings.Contains(ln.text, " | ") || strings.Contains(ln.text, " - ") || strings.Contains(ln.text, " – ") || strings.Contains(ln.text, " — "))
		v[tHeadingBody] = b2f(i > firstBody && s.tokens <= 15 && !s.endsSent)
		out = append(out, titleCandidate{line: i, vec: v})
	}
	return out
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
	if best < 0 || !anyRuleOK(cands) {
		return -1, 0
	}
	return cands[best].line, bestScore - second
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
