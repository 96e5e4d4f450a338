package pagetext

// A story on a company's site often closes with the company's own pitch:
// "If you want to see this for yourself, try out our …", "To get started,
// request a quote …". The story is told by then; the pitch and what the
// page prints under it (buttons, footnotes, the site's links) are the
// site's. Pitch words alone are common in stories, so the line must both
// open as an offer to the reader and ask them to act for the site, and
// come at the very end of the story.

// pitchOpeners open a line that turns to the reader with an offer; they
// are looked up by their first byte. "Ready to …? Contact us" is left
// out: stories keep it as often as not, as a call to the writer.
var pitchOpeners = byFirstByte(
	"if you want", "if you need", "if you'd like", "if you’d like", "if you would like",
	"to find out more", "to learn more", "to get started",
)

// pitchAsks ask the reader to act for the site: to try, book or buy its
// product, or to call it.
var pitchAsks = anyOf(
	"try out our", "try our", "book a demo", "book a free demo", "request a quote", "request a demo",
	"request a free", "get a quote", "get a free quote", "contact us", "give us a call", "call us", "talk to us",
	"sign up for my", "sign up for our", "schedule a demo", "schedule a consultation", "start your free trial",
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
