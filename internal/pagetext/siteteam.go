package pagetext

import "strings"

// A site prints a note about itself under its stories, on the site's or
// the desk's name ("Harbour Notes Editorial Team" / "Backed by careful
// research, our team brings you …"): the note speaks of the site's team
// in the first person plural, not of the story's subject. As the body's
// last line, under a short name line the body left out, it is the site's
// and leaves the body. Inside a story a firm's "our team" (a shop telling
// of its services) comes with more story under it, or with no name line
// over it.

// siteTeamWords name the site's own staff in such a note.
var siteTeamWords = []string{"our team", "our editorial team", "our editors", "our writers"}

// siteTeamNoteWords is the fewest words of such a note; siteTeamNameWords
// the most of the name line over it.
const (
	siteTeamNoteWords = 12
	siteTeamNameWords = 4
)

// dropSiteTeamNote leaves out the body's last line when it is the site's
// note about its team (see above).
func (p *page) dropSiteTeamNote() {
	first, last := keptSpan(p.keep)
	if first >= last || last < 1 || p.keep[last-1] {
		return
	}
	ln, name := &p.lines[last], &p.lines[last-1]
	if ln.words < siteTeamNoteWords || name.words == 0 || name.words > siteTeamNameWords || endsSentenceAny(name.text) ||
		!strings.Contains(ln.low, "our ") {
		return
	}
	for _, w := range siteTeamWords {
		if hasWordsFold(ln.low, w) {
			p.keep[last] = false
			return
		}
	}
}
