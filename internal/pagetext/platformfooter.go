package pagetext

import "strings"

// A platform prints the same few lines under every story it hosts: a
// newsletter platform's footer telling the reader the publication lives
// on its subscribers, a help centre's tally of the readers who found the
// page helpful and its prompt for feedback. They are the platform's,
// never the writer's, and the classifier reads the longer of them as the
// story's last paragraph.

// publicationFooter is the newsletter platform's footer in its own
// words ("… is a reader-supported publication. To receive new posts …").
// A writer who words it anew ("Thank you for supporting …") speaks for
// themself, and stories keep that line.
const publicationFooter = "is a reader-supported publication"

// platformLineWords bounds a platform's line: a tally, a prompt or the
// footer's two sentences, never a paragraph.
const platformLineWords = 40

// feedbackWidgetWords bounds a line of the helpfulness widget.
const feedbackWidgetWords = 12

// feedbackObjects are what the widget asks about.
var feedbackObjects = []string{"article", "page", "post", "story", "guide"}

// dropPlatformFooters drops the platform's lines (see above) from the
// body.
func (p *page) dropPlatformFooters() {
	for i, k := range p.keep {
		ln := &p.lines[i]
		if k && ln.words <= platformLineWords && (ln.words <= feedbackWidgetWords && feedbackWidget(ln.low) ||
			strings.Contains(ln.low, publicationFooter)) {
			p.keep[i] = false
		}
	}
}

// feedbackWidget reports a short line in lower case that tallies the
// readers who found the piece helpful ("84% of people found this article
// helpful", "12 of 15 found this helpful") or asks for feedback on it
// ("Give feedback about this article").
func feedbackWidget(low string) bool {
	if low == "" {
		return false
	}
	if isDigitByte(low[0]) {
		_, after, ok := strings.Cut(low, " found this ")
		return ok && (strings.Contains(after, "helpful") || strings.Contains(after, "useful"))
	}
	for _, ask := range []string{"feedback about this ", "feedback on this "} {
		if _, after, ok := strings.Cut(low, ask); ok {
			for _, o := range feedbackObjects {
				if strings.HasPrefix(after, o) {
					return true
				}
			}
		}
	}
	return false
}
