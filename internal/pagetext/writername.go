package pagetext

import "strings"

// A page prints its writer's box under the story: the name on a short
// line of its own ("Jane Doe", "About Jane Doe", "Jane Doe Profile
// Image"), then a note about them, their other stories, the site's pitch.
// The rules' writer's box (endAtAuthorBox) finds the note by how it opens
// ("Jane Doe is …"), and only near the rules' run of prose; a note that
// opens otherwise ("As the site's editor, Jane has covered …", "With a
// background in statistics, she …") reads to the classifier as one more
// paragraph, and the story's end took it in. The name line is the surer
// sign: once the story has told nearly all of itself, a short line that
// names a writer of the byline opens the box, and nothing the page prints
// under it is the story.

// writerBoxShare is the least share of the body's words above a name
// line for it to open the writer's box: the story has told nearly all
// of itself. On the even devset-wcxb pages 0.8 and 0.9 took the same
// boxes; 0.5 also cut stories whose writer names themself in a short
// line well above the end.
const writerBoxShare = 0.9

// writerNameWords is the most words of a line that opens the writer's
// box: the name and a word or two ("About", "Profile Image").
const writerNameWords = 4

// dropUnderWriterName takes out of the body the lines under the line
// that opens the writer's box under the story (see above). A line that
// opens with a dash is the writer signing the story ("– Jane Doe"), and
// a postscript may follow it.
func (p *page) dropUnderWriterName() {
	if len(p.authors) == 0 {
		return
	}
	p.endBodyAt(func(i, above, total int) bool {
		ln := &p.lines[i]
		return i > p.title && ln.words > 0 && ln.words <= writerNameWords && float64(above) >= writerBoxShare*float64(total) &&
			above < total && p.namesWriter(ln) && !opensWithDash(ln.text) && ln.text[0] != '-'
	})
}

// namesWriter reports a line that names a writer of the byline by the
// full name, as whole words.
func (p *page) namesWriter(ln *line) bool {
	for _, a := range p.authors {
		if strings.IndexByte(a, ' ') < 0 {
			continue // a lone first name or a handle names too little
		}
		if hasWordsFold(ln.low, strings.ToLower(a)) {
			return true
		}
	}
	return false
}

// hasWordsFold reports whether low holds the phrase as whole words;
// both are in lower case.
func hasWordsFold(low, phrase string) bool {
	for off := 0; ; {
		k := strings.Index(low[off:], phrase)
		if k < 0 {
			return false
		}
		k += off
		end := k + len(phrase)
		if (k == 0 || !isWordByte(low[k-1])) && (end == len(low) || !isWordByte(low[end])) {
			return true
		}
		off = k + 1
	}
}
