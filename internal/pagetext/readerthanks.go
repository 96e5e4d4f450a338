package pagetext

// A writer who thanks the reader for reading, or asks whether they liked
// the article, has finished the story: what the page prints under that
// line is the site's (a tip jar, links to other posts with their blurbs),
// however much of it reads like prose. The line itself goes too.

// readerThanks open a line that thanks the reader or asks how the story
// read, in several languages; they are looked up by their first byte.
var readerThanks = byFirstByte(
	"thanks for reading", "thank you for reading", "did you like this article", "did you enjoy this article",
	"did you like this post", "did you enjoy this post", "if you enjoyed this article", "if you liked this article",
	"if you enjoyed this post", "if you liked this post",
	"danke fürs lesen", "vielen dank fürs lesen", "danke für das lesen", "merci de votre lecture", "merci d'avoir lu",
	"gracias por leer", "grazie per aver letto", "obrigado por ler", "obrigada por ler", "bedankt voor het lezen",
)

// readerThanksShare is the least share of the body's words above the
// line for it to end the story: the story has told most of itself, as
// with the writer's box (writerBoxShare), a little looser since these
// words say outright that the story is over.
const readerThanksShare = 0.8

// dropUnderReaderThanks ends the body at a line that thanks the reader
// (see above).
func (p *page) dropUnderReaderThanks() {
	p.endBodyAtLine(readerThanksShare, thanksReader)
}

// thanksReader reports a line in lower case that opens with one of
// readerThanks, as whole words.
func thanksReader(low string) bool {
	_, ok := readerThanks.opening(low)
	return ok
}
