package pagetext

import (
	"fmt"
	"slices"
	"strings"
)

// The rules' headline score (titleScore) is a sum of weighed signs, each
// named here with its weight: the explain tool prints what each added to
// a candidate's score, and the ranker reads the sum as four of its
// features (rule_ok, rule_score, rule_pick, rule_dek). The weights were
// set by hand on the first dev set, before the ranker was trained.
type headTerm uint8

const (
	hHeaderBelow    headTerm = iota // a byline, dateline or reading time right below
	hHeaderBelow1                   // one line between
	hHeaderBelow2                   // two lines between
	hHeaderBelow3                   // three lines between
	hHeaderBlock                    // and a second header line right after it
	hHeaderAbove                    // a byline or dateline just above
	hNearStory                      // the story starts within three real lines
	hCloseStory                     // within six
	hFarStory                       // more than twenty real lines off, with no header below
	hInStory                        // inside the story's run
	hFirstReal                      // the first line that is not furniture
	hRank                           // per real line above it
	hRepeated                       // printed again on the page, or inside a longer line
	hTelegraphic                    // few function words (a quarter or less)
	hWordy                          // many function words (45% or more)
	hHeaderLabel                    // a short label in the header block of a longer headline above
	hListItem                       // under a text line of the same block: an item of a list
	hTeaserList                     // between two headline-shaped lines: a list of teasers
	hSentences                      // ends like a sentence, and holds another or is long
	hSentence                       // ends like a sentence
	hOpenEnd                        // ends with a colon, comma, semicolon or slash
	hFewWords                       // three words or fewer
	hShortCaps                      // and in capitals
	hHeadlineLength                 // five to 25 words
	hDekBelow                       // a standfirst right below (or a headline-shaped line over the header)
	hDekShaped                      // a long line right under a headline-shaped one: the standfirst
	hSecondHeadline                 // the second of two headline-shaped lines
	hLong                           // more than 180 characters
	hLowerStart                     // starts in lower case
	hPipe                           // has " | " in it
	hOverCredit                     // over a picture's credit line
	hPlaceByline                    // names with a place ("Jane Doe in Brussels")
	hDomain                         // names a web domain
	hTagList                        // short capitalised items parted by commas: tags or sections
	hDekAbove                       // a long line over a shorter headline that has the byline under it: a standfirst printed first
	numHeadTerms
)

// headWeights are the weights of the terms, in headTerm order.
var headWeights = [numHeadTerms]float64{
	hHeaderBelow: 4, hHeaderBelow1: 3, hHeaderBelow2: 2, hHeaderBelow3: 1,
	hHeaderBlock: 1.5, hHeaderAbove: 1.5,
	hNearStory: 2, hCloseStory: 1, hFarStory: -1, hInStory: -3,
	hFirstReal: 1.5, hRank: -0.05, hRepeated: 1.5,
	hTelegraphic: 1, hWordy: -0.5,
	hHeaderLabel: -2, hListItem: -2, hTeaserList: -2,
	hSentences: -3, hSentence: -2.5, hOpenEnd: -3,
	hFewWords: -2.5, hShortCaps: -2, hHeadlineLength: 1,
	hDekBelow: 1.5, hDekShaped: -2, hSecondHeadline: -1.5,
	hLong: -2, hLowerStart: -2, hPipe: -1, hOverCredit: -2.5, hPlaceByline: -3, hDomain: -3,
	hTagList: -3, hDekAbove: -3,
}

var headTermNames = [numHeadTerms]string{
	"header_below", "header_below_1", "header_below_2", "header_below_3", "header_block", "header_above",
	"near_story", "close_story", "far_story", "in_story", "first_real", "rank", "repeated",
	"telegraphic", "wordy", "header_label", "list_item", "teaser_list",
	"sentences", "sentence", "open_end", "few_words", "short_caps", "headline_length",
	"dek_below", "dek_shaped", "second_headline", "long", "lower_start", "pipe", "over_credit", "place_byline", "domain",
	"tag_list", "dek_above",
}

func (t headTerm) String() string { return headTermNames[t] }

// headParts holds what each term added to one line's score.
type headParts [numHeadTerms]float64

// headSum adds up a line's score, and each term's part of it when parts
// is not nil (the explain tool asks; Parse does not).
type headSum struct {
	total float64
	parts *headParts
}

// add adds term t's weight.
func (s *headSum) add(t headTerm) {
	s.total += headWeights[t]
	if s.parts != nil {
		s.parts[t] += headWeights[t]
	}
}

// addTimes adds term t's weight v times.
func (s *headSum) addTimes(t headTerm, v float64) {
	x := float64(headWeights[t] * v) // rounded before the sum, never fused with it
	s.total += x
	if s.parts != nil {
		s.parts[t] += x
	}
}

// String lists the terms that added something, largest first.
func (hp *headParts) String() string {
	terms := make([]headTerm, 0, numHeadTerms)
	for t := range numHeadTerms {
		if hp[t] != 0 {
			terms = append(terms, t)
		}
	}
	slices.SortStableFunc(terms, func(a, b headTerm) int {
		x, y := hp[a], hp[b]
		if x < 0 {
			x = -x
		}
		if y < 0 {
			y = -y
		}
		switch {
		case x > y:
			return -1
		case x < y:
			return 1
		}
		return 0
	})
	parts := make([]string, len(terms))
	for k, t := range terms {
		parts[k] = fmt.Sprintf("%s%+.2f", t, hp[t])
	}
	return strings.Join(parts, " ")
}
