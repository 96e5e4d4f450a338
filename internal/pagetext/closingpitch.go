package pagetext

import "strings"

// A story on a company's site often closes with the company's own pitch:
// "If you want to see this for yourself, try out our …", "To get started,
// request a quote …". The story is told by then; the pitch and what the
// page prints under it (buttons, footnotes, the site's links) are the
// site's. Pitch words alone are common in stories, so the line must both
// open as an offer to the reader and ask them to act for the site, and
// come at the very end of the story. Sites write their pitches in the
// page's own language, so both lists hold the parser's common languages.

// pitchOpeners open a line that turns to the reader with an offer; they
// are looked up by their first byte. "Ready to …? Contact us" is left
// out: stories keep it as often as not, as a call to the writer. German
// "wenn sie" is also "if they", which a story's last quote may say, so
// it opens a pitch only with what the reader would learn.
var pitchOpeners = byFirstByte(
	"if you want", "if you need", "if you'd like", "if you’d like", "if you would like",
	"to find out more", "to learn more", "to get started",
	"wenn sie mehr erfahren", "wenn sie mehr über", "wenn sie interesse an", "möchten sie mehr", "um mehr zu erfahren", "für weitere informationen",
	"si vous souhaitez", "si vous voulez", "si vous désirez", "si vous avez besoin", "pour en savoir plus",
	"pour plus d'informations", "pour plus d’informations",
	"si quieres", "si deseas", "si desea", "si necesitas", "si necesita", "para saber más", "para más información",
	"se vuoi", "se desideri", "se hai bisogno", "per saperne di più", "per maggiori informazioni",
	"se você quiser", "se quiser", "se você precisa", "se precisar", "para saber mais", "para mais informações",
)

// pitchAsks ask the reader to act for the site: to try, book or buy its
// product, or to call it.
var pitchAsks = anyOf(
	"try out our", "try our", "book a demo", "book a free demo", "request a quote", "request a demo",
	"request a free", "get a quote", "get a free quote", "contact us", "give us a call", "call us", "talk to us",
	"sign up for my", "sign up for our", "schedule a demo", "schedule a consultation", "start your free trial",
	"kontaktieren sie uns", "rufen sie uns an", "schreiben sie uns", "fordern sie ein", "vereinbaren sie", "testen sie unser",
	"contactez-nous", "contactez nous", "appelez-nous", "écrivez-nous", "demandez un devis", "demander un devis",
	"demandez une démo", "essayez notre",
	"contáctanos", "contáctenos", "contacta con nosotros", "llámanos", "escríbenos", "solicita un presupuesto",
	"solicite un presupuesto", "pide un presupuesto", "solicita una demo", "prueba nuestro", "prueba nuestra",
	"contattaci", "contattateci", "chiamaci", "scrivici", "richiedi un preventivo", "richiedi una demo", "prova il nostro",
	"fale conosco", "entre em contato", "contacte-nos", "peça um orçamento", "solicite um orçamento",
	"solicite uma demonstração", "experimente o nosso", "experimente a nossa",
)

// closingPitchShare is the least share of the body's words above the
// line for it to end the story: only the last few lines of a story are
// its close.
const closingPitchShare = 0.85

// dropUnderClosingPitch ends the body at the site's closing pitch (see
// above).
func (p *page) dropUnderClosingPitch() {
	p.endBodyAtLine(closingPitchShare, closingPitch)
}

// closingPitch reports a line in lower case that opens with one of
// pitchOpeners, as whole words, and asks one of pitchAsks.
func closingPitch(low string) bool {
	rest, ok := pitchOpeners.opening(low)
	return ok && containsAnyOf(rest, pitchAsks)
}

// A site's page may also close with a question to the reader that only
// leads to the site's offer under the story ("Want to see how it works
// for your team?", "Looking for more advice?", "Need more help?"): the
// story has ended above it. Asked inside the story, the question leads
// to the story's next part, and stays.

// readerQuestions open a question that turns to the reader.
var readerQuestions = byFirstByte(
	"want to", "looking for", "need", "curious", "interested in",
	"möchten sie", "suchen sie", "brauchen sie",
	"vous souhaitez", "vous cherchez", "besoin de", "envie de",
	"¿quieres", "¿buscas", "¿necesitas", "¿te interesa",
	"vuoi", "cerchi", "hai bisogno",
	"quer", "procura", "precisa de",
)

// closingQuestionWords is the most words of such a closing question,
// with the short offer it may carry ("Want to do more? Give today!").
const closingQuestionWords = 15

// dropClosingQuestion leaves out the body's last line when it is a short
// question to the reader (see above).
func (p *page) dropClosingQuestion() {
	first, last := keptSpan(p.keep)
	if first >= last {
		return
	}
	ln := &p.lines[last]
	if _, ok := readerQuestions.opening(ln.low); ok && ln.words <= closingQuestionWords && strings.Contains(ln.text, "?") {
		p.keep[last] = false
	}
}
