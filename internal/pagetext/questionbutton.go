package pagetext

import "strings"

// A site's pitch may stand anywhere in the story as one line: a question
// to the reader and the button under it, which the dump glues together
// ("Want to see how it works? Learn more here.", "Curious what our
// customers say? See reviews."). The button's words alone are the site's,
// not the writer's; a question answered in words of the story ("Ready to
// learn more? Let's dive in.", "Want more? Check out the links below:")
// stays. The buttons are English, so other languages' pages are left as
// they are.

// questionButtons are what a button under a reader's question says, in
// lower case, without its punctuation and a last "here", "now" or
// "today".
var questionButtons = toSet("learn more", "read more", "find out more", "see more", "see reviews",
	"get started", "sign up", "subscribe", "shop", "book a demo", "try it", "try it free", "contact us",
	"click")

// questionButtonWords is the most words of such a line, question and
// button together.
const questionButtonWords = 18

// dropQuestionButtons takes the lines that are a question to the reader
// and a button (see above) out of the body.
func (p *page) dropQuestionButtons() { p.dropEnglishLines(questionButtonWords, questionButton) }

// questionButton reports a line in lower case that is a question and,
// after it, one of questionButtons; "learn more about" may name what
// in a word or two ("Learn more about our app").
func questionButton(low string) bool {
	k := strings.LastIndexByte(low, '?')
	if k <= 0 {
		return false
	}
	tail := junkKey(low[k+1:])
	if rest, ok := strings.CutPrefix(tail, "learn more about "); ok {
		return strings.Count(rest, " ") <= 1
	}
	for _, w := range []string{" here", " now", " today"} {
		tail = strings.TrimSuffix(tail, w)
	}
	return questionButtons[tail]
}
