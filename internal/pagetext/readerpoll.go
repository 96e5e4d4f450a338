package pagetext

import "strings"

// A site that asks the reader to rate the piece itself ("How was this
// issue?", "Was this article helpful?") over a row of answer buttons
// ("Good", "Neutral", "Bad"; "Yes", "No") prints the poll where the story
// is over: a newsletter then runs its own tail (how to unsubscribe, its
// advertisements, its links from the week, where to find the writer),
// which reads like prose and can be as long as the story. The buttons
// make the poll the site's, not a question the writer puts in the story,
// so the poll ends the story with less of it told above than the
// writer's thanks (readerThanksShare) needs.

// pollPieces name the piece in a question about it, in several
// languages; a question naming it is about the piece, not its subject.
var pollPieces = anyOf(
	"this issue", "this article", "this post", "this newsletter", "this edition", "this email", "this story",
	"today's issue", "today's newsletter", "today's edition", "today's email",
	"today’s issue", "today’s newsletter", "today’s edition", "today’s email",
	"this week's issue", "this week's newsletter", "this week’s issue", "this week’s newsletter",
	"dieser artikel", "dieser beitrag", "diese ausgabe", "dieser newsletter", "cet article", "ce numéro",
	"cette newsletter", "este artículo", "esta edición", "questo articolo", "este artigo", "dit artikel",
)

// pollAsks ask what the reader made of the piece: "Who is this article
// for?" over a list is the story's own question.
var pollAsks = anyOf(
	"was this", "how was", "did you", "do you like", "rate this", "rate the", "helpful", "useful", "think of", "enjoy",
	"war dieser", "war diese", "hilfreich", "gefallen", "utile", "útil", "nuttig",
)

// pollQuestionMaxWords bounds the poll's question; pollButtonMaxWords an
// answer button under it; pollButtonGap how many lines (a line saying
// what the rating is for) may stand between them.
const (
	pollQuestionMaxWords = 12
	pollButtonMaxWords   = 4
	pollButtonGap        = 1
)

// readerPollShare is the least share of the body's words above the poll
// for it to end the story: half, so that a poll the site prints over the
// story's opening ends nothing.
const readerPollShare = 0.5

// dropUnderReaderPoll ends the body at a poll on the piece (see above).
func (p *page) dropUnderReaderPoll() {
	p.endBodyUnder(readerPollShare, p.readerPoll)
}

// readerPoll reports a short question that asks what the reader made of
// the piece, naming it, with an
// answer button on one of the next pollButtonGap+1 lines.
func (p *page) readerPoll(i int) bool {
	ln := &p.lines[i]
	if ln.words == 0 || ln.words > pollQuestionMaxWords || !strings.HasSuffix(strings.TrimSpace(ln.text), "?") ||
		!containsAnyOf(ln.low, pollPieces) || !containsAnyOf(ln.low, pollAsks) {
		return false
	}
	return p.buttonUnder(i, 1+pollButtonGap, pollButtonMaxWords, func(b *line) bool {
		return !endsSentenceAny(b.text) && !announces(b.text)
	})
}
