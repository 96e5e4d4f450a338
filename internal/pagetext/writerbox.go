package pagetext

import "strings"

// writerBox returns the writer that a box about them names, wherever the
// page prints it: a label alone ("Written by", "Autor:"), the name alone
// on the next line, and under it a note about that person that names them
// again ("Dr. Jane Doe is a historian …"). Sites that set the box beside
// the story leave it in the middle of the dump, where neither the search
// around the headline nor the one under the story reaches. The note that
// repeats the name is what tells the box from a list of posts or comments
// under a "Posted by".
func (p *page) writerBox() []string {
	for i := 0; i+2 < len(p.lines); i++ {
		if !p.ann[i].has(roleByLabel) {
			continue
		}
		ns := p.ann[i+1].names
		if len(ns) != 1 || strings.TrimSpace(p.lines[i+1].text) != ns[0] || !p.namesPlausible(ns) {
			continue
		}
		if note := &p.lines[i+2]; note.words >= 6 && namedEarly(note.text, ns[0]) {
			return ns
		}
	}
	return nil
}

// namedEarlyReach is how far into a note the name may stand: after a title
// or two ("Dr.", "Prof. Dr."), not somewhere in the note's prose.
const namedEarlyReach = 12

// namedEarly reports whether s gives name near its start.
func namedEarly(s, name string) bool {
	return strings.Contains(s[:min(len(s), len(name)+namedEarlyReach)], name)
}
