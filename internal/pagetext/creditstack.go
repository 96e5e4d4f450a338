package pagetext

import "strings"

// A story made by several hands may credit each on a label of its own
// over the name ("Visualizations by:" / "Jane Doe" / "Scientific
// consulting by:" / "John Roe" / "Photos by:" / "Ann Poe"). Whoever made
// the story's content is one of its authors; who took its pictures,
// edited or checked it is not.

// creditStackReach bounds the lines of such a stack read under the first
// name: four labels, each over its name.
const creditStackReach = 8

// helperCredits are the words of a credit label for work on a story that
// makes no author of it: its pictures, its editing, a review or check, a
// translation, a sponsor or a design.
var helperCredits = newWordSet("photo", "photos", "photograph", "photographs", "photography", "picture", "pictures",
	"image", "images", "illustration", "illustrations", "illustrated", "edited", "editing", "reviewed", "review",
	"checked", "fact-checked", "verified", "translated", "translation", "sponsored", "presented", "powered",
	"designed", "design", "cover", "art")

// workCredit reports a line that only labels the credit of the name
// under it, "<work> by:": three words of work at most before "by", and
// whether that work makes an author (see helperCredits).
func workCredit(ln *line) (label, author bool) {
	if ln.words < 2 || ln.words > 4 {
		return false, false
	}
	head, ok := strings.CutSuffix(strings.TrimRight(ln.low, " :"), " by")
	if !ok || !strings.HasSuffix(ln.low, ":") && !strings.HasSuffix(ln.low, " by") {
		return false, false
	}
	author = true
	for w := range wordsIn(head) {
		if helperCredits.has(w) {
			author = false
		}
	}
	return true, author
}

// creditedBelow adds to the names on line i those under the credit labels
// that follow it, each over its name, while the work credited makes an
// author; a helper's credit is passed over.
func (p *page) creditedBelow(i int, ns []string) []string {
	out := ns
	for j := i + 1; j+1 < len(p.lines) && j <= i+creditStackReach; j += 2 {
		label, author := workCredit(&p.lines[j])
		if !label {
			break
		}
		more := p.namesOf(j + 1)
		if more == nil {
			break
		}
		if author {
			out = append(out[:len(out):len(out)], more...) // a copy: ns may be a line's own
		}
	}
	if len(out) == len(ns) {
		return ns
	}
	return dedupeNames(out)
}
