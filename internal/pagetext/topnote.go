package pagetext

// A page may print a note about its writer above the story, under the
// byline: the name, then "Jane Doe is a garden editor who …", often the
// name again under it. The note reads as a paragraph, and where the story
// opens right under it the classifier keeps it as the story's first. The
// writer's box under the story (endAtAuthorBox) looks only below the
// story's first line; a note above the story is no part of it either, nor
// is the link to the site's editorial guidelines printed with it.

// topStoryWords is the least words of a kept line that, when it is no
// note about a writer, opens the story: notes are looked for above it.
const topStoryWords = 20

// dropTopWriterNotes takes out of the body the notes about a writer that
// stand above the story's first paragraph, and links to the site's
// editorial guidelines there.
func (p *page) dropTopWriterNotes() {
	for i := range p.lines {
		if !p.keep[i] || i == p.title || i == p.dek {
			continue
		}
		if p.topWriterNote(i) || editorialPolicyLink(&p.lines[i]) {
			p.keep[i] = false
			continue
		}
		if p.lines[i].words >= topStoryWords {
			return
		}
	}
}

// topWriterNote reports a note about a writer: one that opens with a
// writer of the byline ("Jane Doe is …"), one right under or over a line
// that gives one name alone, as a box prints the name with the note, or
// one between two copies of a short capitalised line (a box that prints
// the name over and under the note: "Site Editors").
func (p *page) topWriterNote(i int) bool {
	if len(p.authors) > 0 && p.isBioOf(i, p.authors, bioFullName) {
		return true
	}
	if i > 0 && i+1 < len(p.lines) && p.lines[i].words >= topStoryWords {
		above, below := &p.lines[i-1], &p.lines[i+1]
		if above.words >= 2 && above.words <= writerNameWords && above.text == below.text && isCapitalised(above.text) {
			return true
		}
	}
	for _, j := range [2]int{i - 1, i + 1} {
		if j < 0 || j >= len(p.lines) || j == p.title || len(p.ann[j].names) != 1 || p.lines[j].words > writerNameWords {
			continue
		}
		if p.isBioOf(i, p.ann[j].names, bioByPart) {
			return true
		}
	}
	return false
}

// editorialPolicyMaxWords is the most words of a link to a site's
// editorial guidelines: the site's name and the link's words.
const editorialPolicyMaxWords = 8

// editorialPolicyLink reports a short line that points at the site's
// editorial guidelines ("Our editorial process", "Read Site's editorial
// guidelines"), in the languages' words.
func editorialPolicyLink(ln *line) bool {
	return ln.words <= editorialPolicyMaxWords && containsAnyOf(ln.low, editorialPolicyWords)
}

var editorialPolicyWords = anyOf("editorial guidelines", "editorial process", "editorial policy", "editorial policies",
	"editorial standards", "editorial principles",
	"redaktionelle richtlinien", "redaktionelle standards", "redaktionellen richtlinien", "redaktionellen standards",
	"charte éditoriale", "politique éditoriale", "ligne éditoriale",
	"política editorial", "normas editoriales", "directrices editoriales", "principios editoriales",
	"politica editoriale", "linee guida editoriali", "diretrizes editoriais", "princípios editoriais",
	"redactionele richtlijnen", "redactioneel beleid")
