package pagetext

import "strings"

// A site closes a guide with a box for the questions the story left open:
// a heading ("Still have questions?"), a line asking the reader to send
// them to the site or leave them in the comments, a button. The heading
// asks for more questions, so what it follows is the story, told; the box
// and what the page prints under it (links to the site's other guides, a
// customer's praise) are the site's.

// moreQuestions open the box's heading, in the parser's common
// languages; they are looked up by their first byte. Each says "still" or
// "more": a story's own subheading asks a question about its subject.
var moreQuestions = byFirstByte(
	"still have questions", "still got questions", "have more questions", "got more questions", "any more questions",
	"more questions", "any other questions",
	"noch fragen", "haben sie noch fragen", "sie haben noch fragen", "weitere fragen",
	"encore des questions", "vous avez encore des questions", "d'autres questions", "d’autres questions",
	"vous avez d'autres questions", "vous avez d’autres questions",
	"¿todavía tienes preguntas", "¿todavía tienes dudas", "¿aún tienes preguntas", "¿aún tienes dudas",
	"¿tienes más preguntas", "¿tienes más dudas", "¿más preguntas",
	"hai ancora domande", "hai ancora dubbi", "hai altre domande", "altre domande",
	"ainda tem dúvidas", "ainda tem perguntas", "tem mais perguntas", "mais perguntas",
)

// questionsHeadingWords bounds the heading.
const questionsHeadingWords = 6

// questionsBoxShare is the least share of the body's words above the
// heading for it to end the story: half, so that a box the site prints
// over the story's opening ends nothing.
const questionsBoxShare = 0.5

// dropUnderQuestionsBox ends the body at the box's heading (see above).
func (p *page) dropUnderQuestionsBox() {
	p.endBodyUnder(questionsBoxShare, func(i int) bool {
		ln := &p.lines[i]
		if ln.words == 0 || ln.words > questionsHeadingWords || !strings.HasSuffix(strings.TrimSpace(ln.text), "?") {
			return false
		}
		_, ok := moreQuestions.opening(ln.low)
		return ok
	})
}
