package pagetext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The structure pass reads what the author built the story of: which of
// the body's lines are subheadings, list items, block quotes and table
// rows. A page dump has lost the markup, but the shapes survive: a
// subheading is a short unpunctuated line of its own over a paragraph; a
// list is a run of lines opening with the same bullet or with numbers
// counting up, a run of short parallel lines under a line that ends with a
// colon, or a run of short lines sharing one block; a table row is a line
// whose cells are parted by tabs; a pull quote repeats a sentence of the
// story. Every test reads lengths, punctuation of any script and the
// neighbouring lines, never a word of any language. Only these shapes
// become Markdown; the text itself is escaped as before.

// form is what a body line is in the story's structure.
type form uint8

const (
	formPara       form = iota // a paragraph (or a line of one)
	formHeading                // a subheading (##)
	formSubheading             // a heading under a subheading (###)
	formItem                   // an item of a bulleted list
	formNumbered               // an item of a numbered list, its number kept
	formQuote                  // a block quote
	formRow                    // a row of a table; the first row of a table is its header
)

var formNames = [...]string{"para", "h2", "h3", "item", "numbered", "quote", "row"}

func (f form) String() string { return formNames[f] }

// structure is what the structure pass decided, per line of the page.
type structure struct {
	form   []form
	marker []int // bytes of a list item's bullet or number (and the space after it) to drop; 1 for a table's header that lacks its first cell
	n      []int // a numbered item's number; a table row's count of columns
}

// Limits, in tokens (words, or characters of scripts written without
// spaces), of the lines the structure tests take for short.
const (
	headingTokens = 20 // a subheading
	itemTokens    = 40 // a list item under a line ending with a colon
	// A list of sentences under such a line: each of them at most
	// sentenceItemTokens, and at most sentenceItems of them.
	sentenceItemTokens = 25
	sentenceItems      = 8
	blockTokens        = 25 // a line of a block of short lines
)

// findStructure reads the structure of the kept lines.
func (p *page) findStructure() {
	p.keepAnnouncedLists()
	n := len(p.lines)
	st := structure{form: make([]form, n), marker: make([]int, n), n: make([]int, n)}
	p.structure = st
	var kept []int
	for i, k := range p.keep {
		if k {
			kept = append(kept, i)
		}
	}
	if len(kept) < 2 {
		return
	}
	sh := make([]shape, len(kept))
	for k, i := range kept {
		sh[k] = p.lines[i].shape
	}
	done := make([]bool, len(kept)) // the line has its form
	set := func(k int, f form) {
		st.form[kept[k]] = f
		done[k] = true
	}
	p.findTables(kept, done, set)
	p.findMarkedLists(kept, sh, done, set)
	p.findQuotes(kept, sh, done, set)
	p.findLeadInLists(kept, sh, done, set)
	p.findBlockLists(kept, sh, done, set)
	p.findHeadings(kept, sh, done, set)
}

// findTables marks runs of two or more kept rows of cells.
func (p *page) findTables(kept []int, done []bool, set func(int, form)) {
	for k := 0; k < len(kept); {
		j := k
		for j < len(kept) && p.lines[kept[j]].cells != nil {
			j++
		}
		if j-k >= 2 {
			cols := 0
			for r := k + 1; r < j; r++ {
				cols = max(cols, len(p.lines[kept[r]].cells))
			}
			head := len(p.lines[kept[k]].cells)
			if head == cols-1 {
				// A header one cell short: the corner over a column of
				// row labels is empty, and a dump drops the tab before
				// it with the line's leading space.
				p.structure.marker[kept[k]] = 1
			}
			cols = max(cols, head)
			for r := k; r < j; r++ {
				set(r, formRow)
				p.structure.n[kept[r]] = cols
			}
		}
		k = max(j, k+1)
	}
}

// bullets are the marks that open the items of a bulleted list. Dashes
// open items only in a run of them: a dash also opens a line of dialogue.
const (
	bulletMarks = "•·▪▫◦●○■□►▸▶➤➢→✓✔✗✘☐☑*"
	dashMarks   = "-–—"
)

// bulletOf returns the bullet opening a line and its length in bytes with
// the space after it, or "", 0.
func bulletOf(s string) (string, int) {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 || !strings.ContainsRune(bulletMarks+dashMarks, r) {
		return "", 0
	}
	rest := s[size:]
	if rest == "" || rest[0] != ' ' || strings.TrimSpace(rest) == "" {
		return "", 0
	}
	return s[:size], size + 1
}

// numberOf reads a number opening a line as an item's ("1. ", "2) ",
// "(3) "): the number and the bytes of the mark with its space, or 0, 0.
func numberOf(s string) (int, int) {
	i := 0
	paren := false
	if strings.HasPrefix(s, "(") {
		paren, i = true, 1
	}
	start := i
	for i < len(s) && i-start < 3 && isDigitByte(s[i]) {
		i++
	}
	if i == start || i >= len(s) {
		return 0, 0
	}
	num := atoi(s, start, i)
	switch {
	case paren && s[i] == ')', !paren && (s[i] == '.' || s[i] == ')'):
		i++
	default:
		return 0, 0
	}
	if i >= len(s) || s[i] != ' ' || strings.TrimSpace(s[i:]) == "" {
		return 0, 0
	}
	return num, i + 1
}

// findMarkedLists marks lines that open with a bullet, and runs of lines
// numbered one after another. A dash opens items only where two dashed
// lines follow each other; a number stands alone as a numbered
// subheading (findHeadings), not a list.
func (p *page) findMarkedLists(kept []int, sh []shape, done []bool, set func(int, form)) {
	st := &p.structure
	for k := 0; k < len(kept); k++ {
		if done[k] {
			continue
		}
		t := p.lines[kept[k]].text
		if b, size := bulletOf(t); size > 0 {
			if strings.Contains(dashMarks, b) {
				// A run of lines opening with the same dash, short
				// enough to be items rather than lines of dialogue.
				j := k
				for j < len(kept) && !done[j] && sh[j].tokens <= itemTokens && strings.HasPrefix(p.lines[kept[j]].text, b+" ") {
					j++
				}
				if j-k < 2 {
					continue
				}
				for r := k; r < j; r++ {
					_, st.marker[kept[r]] = bulletOf(p.lines[kept[r]].text)
					set(r, formItem)
				}
				k = j - 1
				continue
			}
			st.marker[kept[k]] = size
			set(k, formItem)
			continue
		}
		num, size := numberOf(t)
		if size == 0 {
			continue
		}
		j := k + 1
		for j < len(kept) && !done[j] {
			n, s := numberOf(p.lines[kept[j]].text)
			if s == 0 || n != num+(j-k) {
				break
			}
			j++
		}
		if j-k < 2 {
			continue
		}
		for r := k; r < j; r++ {
			i := kept[r]
			st.n[i], st.marker[i] = numberOf(p.lines[i].text)
			set(r, formNumbered)
		}
		k = j - 1
	}
}

// findLeadInLists marks a run of short lines under a line that ends with
// a colon ("You qualify if you are:"): two or more lines of at most
// itemTokens tokens, which open alike and end alike (see openingClass and
// endingClass); the run stops at the first line that does not. Lines that
// end like statements are as often short paragraphs as items, so a run of
// them is taken only when it is short and of short lines.
func (p *page) findLeadInLists(kept []int, sh []shape, done []bool, set func(int, form)) {
	for k := 0; k+2 < len(kept); k++ {
		if done[k] || !endsWithColon(p.lines[kept[k]].text) {
			continue
		}
		first := k + 1
		if done[first] || sh[first].tokens > itemTokens {
			continue
		}
		ends, opens := endingClass(p.lines[kept[first]].text), openingClass(p.lines[kept[first]].text)
		j := first
		for j < len(kept) && !done[j] && sh[j].tokens <= itemTokens && endingClass(p.lines[kept[j]].text) == ends &&
			openingClass(p.lines[kept[j]].text) == opens {
			j++
		}
		if j-first < 2 {
			continue
		}
		if ends == endsStatement {
			long := false
			for r := first; r < j; r++ {
				long = long || sh[r].tokens > sentenceItemTokens
			}
			if long || j-first > sentenceItems {
				continue
			}
		}
		for r := first; r < j; r++ {
			set(r, formItem)
		}
		k = j - 1
	}
}

// findBlockLists marks runs of short lines that share one block of the
// dump (the items of a list copied without blank lines between them),
// where no line of the run reads as a paragraph.
func (p *page) findBlockLists(kept []int, sh []shape, done []bool, set func(int, form)) {
	if !p.blocks {
		return
	}
	for k := 0; k < len(kept); {
		b := p.lines[kept[k]].block
		j := k
		short := true
		for j < len(kept) && p.lines[kept[j]].block == b {
			if done[j] || sh[j].tokens > blockTokens {
				short = false
			}
			j++
		}
		if j-k >= 3 && short {
			for r := k; r < j; r++ {
				set(r, formItem)
			}
		}
		k = j
	}
}

// findQuotes marks block quotes: a line that repeats a sentence the story
// has elsewhere (a pull quote), a post the story embeds, and a line that
// is all quotation with a line under it that names its source after a
// dash.
func (p *page) findQuotes(kept []int, sh []shape, done []bool, set func(int, form)) {
	for k, i := range kept {
		if done[k] {
			continue
		}
		switch {
		case p.ann[i].has(roleEmbed):
			set(k, formQuote)
		case p.pullQuote(kept, sh, k):
			set(k, formQuote)
		case k+1 < len(kept) && !done[k+1] && wholeQuote(p.lines[i].text) && attribution(p.lines[kept[k+1]].text, sh[k+1]):
			set(k, formQuote)
			set(k+1, formQuote)
		}
	}
}

// pullQuote reports a kept line in quotation marks whose words another
// kept line holds too: a quotation of the story set large beside it. (A
// repeated line without the marks is as often a summary, a table of
// contents or a repeated box.)
func (p *page) pullQuote(kept []int, sh []shape, k int) bool {
	ln := &p.lines[kept[k]]
	q := strings.Trim(ln.low, "\"'“”‘’«»„ ")
	// The quotation marks first: few lines have them, and counting the
	// runes reads the whole line.
	if sh[k].tokens < 8 || ln.runes > 400 || !wholeQuote(ln.text) || utf8.RuneCountInString(q) < 30 {
		return false
	}
	for _, j := range kept {
		if j != kept[k] && len(p.lines[j].low) > len(ln.low) && strings.Contains(p.lines[j].low, q) {
			return true
		}
	}
	return false
}

// wholeQuote reports a line that opens and closes with quotation marks.
func wholeQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	l, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("\"“„«‘'「『", r) && strings.ContainsRune("\"”“»’'」』", l) && utf8.RuneCountInString(s) > 2
}

// attribution reports a short line naming a quotation's source after a
// dash ("— Jane Doe, engineer").
func attribution(s string, sh shape) bool {
	b, size := bulletOf(s)
	return size > 0 && strings.Contains(dashMarks, b) && sh.tokens <= 12 && !sh.endsSent
}

// openingClass sorts lines by how they open: with a capital, a small
// letter, a letter of a script without case, a digit, or anything else
// (a currency sign, a quotation mark). The items of one list open alike.
func openingClass(s string) int {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case unicode.IsUpper(r) || unicode.IsTitle(r):
		return 1
	case unicode.IsLower(r):
		return 2
	case unicode.IsLetter(r):
		return 3
	case unicode.IsDigit(r):
		return 4
	}
	return 5
}

// Ending classes: the items of one list end alike.
const (
	endsOpen      = iota // no sentence mark: a fragment
	endsStatement        // a full stop, an exclamation mark, an ellipsis
	endsQuestion
)

// endingClass sorts lines by how they end.
func endingClass(s string) int {
	switch {
	case isQuestion(s):
		return endsQuestion
	case endsSentenceAny(s):
		return endsStatement
	}
	return endsOpen
}

// endsWithColon reports a line that introduces what follows.
func endsWithColon(s string) bool {
	s = strings.TrimRight(s, " ")
	return strings.HasSuffix(s, ":") || strings.HasSuffix(s, "：")
}

// headingStyle tells subheadings apart by how they open and end, to find
// a second level: numbered ones or questions under plain ones are a level
// below them.
type headingStyle uint8

const (
	stylePlain headingStyle = iota
	styleNumbered
	styleQuestion
)

// findHeadings marks subheadings: a short line of its own block (and no
// table row), which ends with no sentence mark or clause mark (or with a
// question mark: the questions of an FAQ), opens with no lower-case letter
// or quotation mark, has story text above it and under it a paragraph, a
// list, a table or an introduction, longer than itself and opening with
// no lower-case letter. A plain subheading may also stand right over a
// question ("Frequently asked questions" over the first question).
func (p *page) findHeadings(kept []int, sh []shape, done []bool, set func(int, form)) {
	st := &p.structure
	heading := make([]bool, len(kept))
	styles := make([]headingStyle, len(kept))
	// From the last line up, so that whether the line under is a
	// subheading is known.
	for k := len(kept) - 2; k >= 1; k-- {
		style, ok := p.headingShaped(kept, sh, done, k)
		if !ok {
			continue
		}
		styles[k] = style
		next := kept[k+1]
		if r, _ := utf8.DecodeRuneInString(p.lines[next].text); unicode.IsLower(r) {
			continue // a line going on from this one, or a picture's description
		}
		switch f := st.form[next]; {
		case f == formItem || f == formNumbered || f == formRow || f == formQuote, endsWithColon(p.lines[next].text):
		case f == formPara && sh[k+1].tokens > sh[k].tokens && (sh[k+1].endsSent && !isQuestion(p.lines[next].text) || sh[k+1].tokens > headingTokens):
		case heading[k+1] && style == stylePlain && styles[k+1] == styleQuestion:
		default:
			continue
		}
		heading[k] = true
		set(k, formHeading)
	}
	// A second level: numbered subheadings or questions after a plain
	// one, where the story has plain subheadings to part them (one plain
	// heading over a numbered list of them is no more than a title).
	plain, first := 0, -1
	for k, h := range heading {
		if h {
			if first < 0 {
				first = k
			}
			if styles[k] == stylePlain {
				plain++
			}
		}
	}
	if plain < 2 || styles[first] != stylePlain {
		return
	}
	for k, h := range heading {
		if h && styles[k] != stylePlain {
			st.form[kept[k]] = formSubheading
		}
	}
}

// headingShaped reports whether the k-th kept line could be a subheading
// by its own shape, and its style.
func (p *page) headingShaped(kept []int, sh []shape, done []bool, k int) (headingStyle, bool) {
	ln := &p.lines[kept[k]]
	if done[k] || sh[k].tokens == 0 || sh[k].tokens > headingTokens || ln.runes > 150 || ln.cells != nil || !p.ownBlock(kept, k) {
		return 0, false
	}
	style := stylePlain
	if _, size := numberOf(ln.text); size > 0 {
		style = styleNumbered
	}
	if isQuestion(ln.text) {
		style = styleQuestion
	} else if last, _ := utf8.DecodeLastRuneInString(ln.text); sh[k].endsSent || endsWithColon(ln.text) || strings.ContainsRune(",;，；、", last) {
		return 0, false
	}
	first, _ := utf8.DecodeRuneInString(ln.text)
	if unicode.IsLower(first) || strings.ContainsRune("\"“„«‘'「『([", first) {
		return 0, false
	}
	a := &p.ann[kept[k]]
	if a.has(roleJunk) || p.caption(kept[k]) || a.header() || a.has(roleRelDate) || p.rules.inTeaserBox(kept[k]) {
		return 0, false
	}
	return style, true
}

// isQuestion reports a line that ends with a question mark, in any script.
func isQuestion(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, " \"'”’»)"))
	return last == '?' || last == '？' || last == '؟'
}

// asksOrExclaims reports a line that ends with a question mark or an
// exclamation mark, in any script.
func asksOrExclaims(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, " \"'”’»)"))
	return last == '?' || last == '？' || last == '؟' || last == '!' || last == '！'
}

// closedStatement reports a line closed by a full stop, in any script: a
// sentence that is neither a question nor an exclamation, nor cut short
// ("…").
func closedStatement(s string) bool {
	s = strings.TrimRight(s, " ")
	return endsSentenceAny(s) && !asksOrExclaims(s) && !strings.HasSuffix(s, "…") && !strings.HasSuffix(s, "..")
}

// ownBlock reports whether the k-th kept line is a block of its own: no
// kept line next to it shares its block.
func (p *page) ownBlock(kept []int, k int) bool {
	if !p.blocks {
		return true
	}
	b := p.lines[kept[k]].block
	return (k == 0 || p.lines[kept[k-1]].block != b) && (k+1 == len(kept) || p.lines[kept[k+1]].block != b)
}
