package pagetext

import (
	"slices"
	"strings"
)

// Two header shapes that place the headline by what stands around it
// rather than by its own words, which a picture's keywords or a show's
// name can share with the story as well as the headline does.

// overTagRow reports a line right over a row of tags, each marked "#"
// ("#", "Politics", "#", "Europe", or "#Politics #Europe"), with a
// headline-shaped line under the row and a dateline or byline under that:
// the tags head the story's header, so the line over them is the
// picture's alt text or the keywords the page prints above it, never the
// headline.
func (p *page) overTagRow(i int) bool {
	n := len(p.lines)
	if i+1 >= n || !strings.HasPrefix(p.lines[i+1].text, "#") {
		return false
	}
	j, marks := i+1, 0
	for j < n && j <= i+tagRowLines {
		ln := &p.lines[j]
		if ln.text == "#" {
			// A bare mark, with its tag on the line under it.
			marks++
			j++
			if j < n && p.lines[j].words <= 3 && !strings.HasPrefix(p.lines[j].text, "#") {
				j++
			}
			continue
		}
		k := hashTags(ln.text)
		if k == 0 {
			break
		}
		marks += k
		j++
	}
	if marks < 2 || j >= n {
		return false
	}
	return phraseOrQuestion(&p.lines[j]) && !p.ann[j].anchor() && p.anchorNext(j)
}

// phraseOrQuestion reports a line of two to twenty words that may be a
// headline: a phrase or a question, not a statement.
func phraseOrQuestion(ln *line) bool {
	w := headWords(ln)
	return w >= 2 && w <= 20 && (!endsSentence(ln.text) || strings.HasSuffix(ln.text, "?"))
}

// tagRowLines is how many lines a row of tags may take over the
// headline.
const tagRowLines = 12

// hashTags counts the tags of a line made only of tags of one to three
// words each opened by "#" ("#Politics #Europe", "#Climate Change"), or
// returns 0.
func hashTags(s string) int {
	if !strings.HasPrefix(s, "#") || len(s) < 2 {
		return 0
	}
	tags, words := 0, 0
	for w := range strings.FieldsSeq(s) {
		if strings.HasPrefix(w, "#") {
			if len(w) == 1 {
				return 0
			}
			tags++
			words = 0
		}
		if words++; words > 3 {
			return 0
		}
	}
	return tags
}

// headerPairReach is how far under the ranker's line the first copy of a
// headline printed around its header may stand.
const headerPairReach = 4

// headlineAroundHeader returns the headline that the page prints twice
// with its dateline or byline between the copies ("Headline / 9
// September 2021 / Headline") a few lines under ti, when ti has no header
// line of its own before them; else ti. The line over such a pair is a
// show's or a column's name with its blurb, which heads every page of the
// show and, taken from it, shares the story's words as a headline does.
// The headline has four words or more and, of four, is no name.
func (p *page) headlineAroundHeader(ti int) int {
	n := len(p.lines)
	for a := ti + 1; a < n && a <= ti+headerPairReach; a++ {
		if p.ann[a].header() {
			return ti // ti's own dateline or byline comes first
		}
		// A writer's name printed around the date (the name under the
		// picture, then as a link) is the byline, not the headline.
		ln := &p.lines[a]
		if !phraseOrQuestion(ln) || headWords(ln) < 4 {
			continue
		}
		if _, ok := asName(ln.text); ok && ln.words < 5 {
			continue
		}
		b, header := a+1, false
		for b < n && b <= a+3 && p.lines[b].text != ln.text && (p.ann[b].header() || p.chrome(b)) {
			header = header || p.ann[b].header()
			b++
		}
		if header && b < n && p.lines[b].text == ln.text && slices.ContainsFunc(p.cands, func(c titleCandidate) bool { return c.line == a }) {
			return a
		}
	}
	return ti
}
