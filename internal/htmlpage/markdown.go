package htmlpage

import (
	"net/url"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/morgue-archive/morgue/internal/article"
)

// The extractor hands over cleaned HTML; the archive keeps Markdown. Only
// what a reader of the story needs survives: paragraphs, subheadings,
// lists, block quotes, links and preformatted text. Every piece of page
// text is escaped, so that it renders literally.

// hardBreak marks a <br> while a paragraph is assembled; whitespace is
// collapsed around it before it becomes a Markdown line break.
const hardBreak = "\x00"

// skipped elements never hold story text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Form: true, atom.Button: true, atom.Input: true, atom.Select: true, atom.Textarea: true,
	atom.Nav: true, atom.Iframe: true, atom.Svg: true, atom.Math: true, atom.Canvas: true,
	atom.Img: true, atom.Picture: true, atom.Video: true, atom.Audio: true, atom.Object: true,
	atom.Embed: true, atom.Head: true, atom.Title: true, atom.Label: true,
}

// blockElems start a new block; everything else is inline.
var blockElems = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Figure: true, atom.Figcaption: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Thead: true,
	atom.Tbody: true, atom.Tfoot: true, atom.Hr: true, atom.Address: true, atom.Details: true,
	atom.Summary: true, atom.Center: true, atom.Caption: true,
}

type mdWriter struct {
	base   *url.URL
	blocks []string
	inline strings.Builder
	prefix string // "> " inside block quotes
	// captions keeps the pictures' captions, for a gallery whose story
	// they tell.
	captions bool
}

// toMarkdown renders the extractor's content node as Markdown blocks
// separated by blank lines.
func toMarkdown(n *html.Node, base *url.URL) []string {
	w := &mdWriter{base: base}
	w.children(n)
	w.flush()
	return w.blocks
}

func (w *mdWriter) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c)
	}
}

// flush ends the paragraph being assembled.
func (w *mdWriter) flush() {
	s := w.inline.String()
	w.inline.Reset()
	if p := cleanInline(s); p != "" {
		w.add(p)
	}
}

// add appends one block, quoted when inside a block quote.
func (w *mdWriter) add(block string) {
	if w.prefix != "" {
		lines := strings.Split(block, "\n")
		for i, l := range lines {
			lines[i] = strings.TrimRight(w.prefix+l, " ")
		}
		block = strings.Join(lines, "\n")
	}
	w.blocks = append(w.blocks, block)
}

// cleanInline collapses whitespace and turns break marks into Markdown
// hard line breaks.
func cleanInline(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.ReplaceAll(s, " "+hardBreak, hardBreak)
	s = strings.ReplaceAll(s, hardBreak+" ", hardBreak)
	s = strings.Trim(s, hardBreak+" ")
	for strings.Contains(s, hardBreak+hardBreak) {
		s = strings.ReplaceAll(s, hardBreak+hardBreak, hardBreak)
	}
	return strings.ReplaceAll(s, hardBreak, "\\\n")
}

func (w *mdWriter) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.inline.WriteString(article.EscapeMarkdown(n.Data))
		return
	case html.ElementNode:
	default:
		w.children(n)
		return
	}
	// A caption belongs to its picture, which the archive does not
	// keep; alone it reads as a stray line of the story.
	if skipped[n.DataAtom] || hidden(n) || n.DataAtom == atom.Figcaption && !w.captions {
		return
	}
	if n.DataAtom == atom.Sup && footnoteMark(n) {
		return
	}
	if !blockElems[n.DataAtom] {
		w.inlineElem(n)
		return
	}
	w.flush()
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		if t := w.inlineOf(n); t != "" {
			level := int(n.Data[1] - '0')
			w.add(strings.Repeat("#", max(2, level)) + " " + strings.ReplaceAll(t, "\\\n", " "))
		}
	case atom.Ul, atom.Ol:
		w.list(n, "")
	case atom.Blockquote:
		old := w.prefix
		w.prefix += "> "
		w.children(n)
		w.flush()
		w.prefix = old
	case atom.Pre:
		w.pre(n)
	case atom.Table:
		if !w.table(n) {
			w.children(n)
			w.flush()
		}
	case atom.Tr:
		w.row(n)
	case atom.Hr:
	default:
		w.children(n)
		w.flush()
	}
}

// footnoteMark reports a superscript that marks a reference to a note
// on the same page ("<sup><a href="#cite-2">2</a></sup>", "[3]", "*"):
// the note is the page's list of sources, left out, and the mark alone
// reads as a stray number in the sentence.
func footnoteMark(n *html.Node) bool {
	t := strings.Trim(collapse(textOf(n)), "[]() ")
	if len(t) > 4 {
		return false
	}
	for _, r := range t {
		if (r < '0' || r > '9') && !strings.ContainsRune("*†‡,-", r) {
			return false
		}
	}
	var local func(*html.Node) bool
	local = func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.DataAtom == atom.A && strings.HasPrefix(strings.TrimSpace(attr(n, "href")), "#") {
			return true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if local(c) {
				return true
			}
		}
		return false
	}
	return local(n)
}

// inlineElem writes an inline element: a link as a Markdown link when its
// target is a web address, anything else as its text.
func (w *mdWriter) inlineElem(n *html.Node) {
	switch n.DataAtom {
	case atom.Br:
		w.inline.WriteString(hardBreak)
		return
	case atom.A:
		href := w.link(attr(n, "href"))
		text := cleanInline(w.inlineOf(n))
		text = strings.ReplaceAll(text, "\\\n", " ")
		if href == "" || text == "" {
			w.inline.WriteString(" " + text + " ")
			return
		}
		w.inline.WriteString("[" + text + "](" + href + ")")
		return
	}
	w.children(n)
}

// inlineOf renders n's content as one paragraph's text, on its own.
func (w *mdWriter) inlineOf(n *html.Node) string {
	sub := &mdWriter{base: w.base, captions: w.captions}
	sub.children(n)
	s := cleanInline(sub.inline.String())
	for _, b := range sub.blocks { // blocks inside an inline container
		s = strings.TrimSpace(s + " " + b)
	}
	return s
}

// link resolves href against the page's address and keeps web addresses
// only (no javascript:, no fragments of this page), written so that it
// cannot end the Markdown link early.
func (w *mdWriter) link(href string) string {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "#") {
		return ""
	}
	u, err := url.Parse(href)
	if err != nil {
		return ""
	}
	if w.base != nil {
		u = w.base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "mailto" {
		return ""
	}
	if !u.IsAbs() {
		return ""
	}
	return strings.NewReplacer("(", "%28", ")", "%29", " ", "%20", "<", "%3C", ">", "%3E").Replace(u.String())
}

// list writes the items of a list, nested lists indented under their item.
func (w *mdWriter) list(n *html.Node, indent string) {
	num := 1
	if s, err := strconv.Atoi(attr(n, "start")); err == nil && s >= 0 && s < 1e6 {
		num = s
	}
	for li := n.FirstChild; li != nil; li = li.NextSibling {
		if li.Type != html.ElementNode || li.DataAtom != atom.Li {
			continue
		}
		marker, own := "- ", ""
		if n.DataAtom == atom.Ol {
			own = strconv.Itoa(num)
			marker = own + ". "
			num++
		}
		// The item's own text, then its nested lists.
		var nested []*html.Node
		sub := &mdWriter{base: w.base, captions: w.captions}
		for c := li.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Ul || c.DataAtom == atom.Ol) {
				nested = append(nested, c)
				continue
			}
			sub.node(c)
		}
		sub.flush()
		if len(sub.blocks) > 1 && own != "" && strings.TrimRight(sub.blocks[0], "\\.)") == own {
			// The item's number set in a box of its own ("<div
			// class="step">3</div>"), which the marker says already.
			sub.blocks = sub.blocks[1:]
		}
		if len(sub.blocks) > 0 && strings.HasPrefix(sub.blocks[0], "#") {
			w.headedItem(sub.blocks, marker, n.DataAtom == atom.Ol)
			for _, c := range nested {
				w.list(c, indent)
			}
			continue
		}
		text := strings.Join(sub.blocks, " ")
		text = strings.ReplaceAll(text, "\\\n", " ")
		if text != "" {
			w.add(indent + marker + text)
		}
		for _, c := range nested {
			w.list(c, indent+strings.Repeat(" ", len(marker)))
		}
	}
	// Items are one block each; readers see them as one list.
	w.joinTrailingItems()
}

// headedItem writes a list item that opens with a heading (a listicle's
// "<li><h3>Macro shots</h3><p>…</p></li>") as that heading, numbered
// when the list is ("### 2. Macro shots"), and its paragraphs after it:
// a heading on one line with a paragraph would make the paragraph part
// of the heading.
func (w *mdWriter) headedItem(blocks []string, marker string, numbered bool) {
	h := blocks[0]
	hashes := h[:len(h)-len(strings.TrimLeft(h, "#"))]
	text := strings.TrimSpace(h[len(hashes):])
	if numbered {
		text = marker + text
	}
	w.add(hashes + " " + text)
	for _, b := range blocks[1:] {
		w.add(b)
	}
}

// joinTrailingItems merges consecutive list-item blocks into one block so
// that Markdown renders a tight list.
func (w *mdWriter) joinTrailingItems() {
	var out []string
	for _, b := range w.blocks {
		if len(out) > 0 && isItem(b, w.prefix) && isItem(out[len(out)-1], w.prefix) {
			out[len(out)-1] += "\n" + b
			continue
		}
		out = append(out, b)
	}
	w.blocks = out
}

func isItem(b, prefix string) bool {
	b = strings.TrimPrefix(b, prefix)
	last := b[strings.LastIndexByte(b, '\n')+1:]
	last = strings.TrimLeft(strings.TrimPrefix(last, prefix), " ")
	if strings.HasPrefix(last, "- ") {
		return true
	}
	i := 0
	for i < len(last) && last[i] >= '0' && last[i] <= '9' {
		i++
	}
	return i > 0 && strings.HasPrefix(last[i:], ". ")
}

// pre keeps preformatted text as a fenced block, longer fences than any
// run of backticks inside.
func (w *mdWriter) pre(n *html.Node) {
	text := strings.Trim(textOf(n), "\n")
	if strings.TrimSpace(text) == "" {
		return
	}
	fence := "```"
	for strings.Contains(text, fence) {
		fence += "`"
	}
	w.add(fence + "\n" + text + "\n" + fence)
}

// A table of data (a few words in each cell, two columns or more) is
// kept as a Markdown table, its first row the header; a table that lays
// out a page (paragraphs in its cells, one column, tables in tables) is
// read row by row, each row a line (row).

// maxCellWords is the most a data table's cell holds.
const maxCellWords = 40

// table writes n as a Markdown table when it holds data, and reports
// whether it did.
func (w *mdWriter) table(n *html.Node) bool {
	var rows [][]string
	cols, caption := 0, ""
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skipped[c.DataAtom] || hidden(c) {
				continue
			}
			switch c.DataAtom {
			case atom.Caption:
				caption = w.inlineOf(c)
			case atom.Thead, atom.Tbody, atom.Tfoot:
				if !walk(c) {
					return false
				}
			case atom.Tr:
				var cells []string
				for td := c.FirstChild; td != nil; td = td.NextSibling {
					if td.Type != html.ElementNode || td.DataAtom != atom.Td && td.DataAtom != atom.Th {
						continue
					}
					if hasElement(td, atom.Table) {
						return false
					}
					// A heading in a cell is the cell's text: a table's
					// cells hold no Markdown headings.
					t := strings.TrimLeft(strings.ReplaceAll(w.inlineOf(td), "\\\n", " "), "# ")
					if wordCount(t) > maxCellWords {
						return false
					}
					cells = append(cells, t)
				}
				if len(cells) > 0 {
					rows = append(rows, cells)
					cols = max(cols, len(cells))
				}
			}
		}
		return true
	}
	if !walk(n) || len(rows) < 2 || cols < 2 {
		return false
	}
	if caption != "" {
		w.add(caption)
	}
	var b strings.Builder
	line := func(cells []string) {
		b.WriteString("|")
		for i := range cols {
			b.WriteString(" ")
			if i < len(cells) {
				b.WriteString(cells[i])
			}
			b.WriteString(" |")
		}
	}
	line(rows[0])
	b.WriteString("\n|")
	b.WriteString(strings.Repeat(" --- |", cols))
	for _, r := range rows[1:] {
		b.WriteString("\n")
		line(r)
	}
	w.add(b.String())
	return true
}

// row writes a table row as one line, cells apart.
func (w *mdWriter) row(n *html.Node) {
	var cells []string
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) {
			if t := strings.ReplaceAll(w.inlineOf(c), "\\\n", " "); t != "" {
				cells = append(cells, t)
			}
		}
	}
	if len(cells) > 0 {
		w.add(strings.Join(cells, " · "))
	}
}

// textOf is the raw text under n, scripts and styles left out.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Noscript || n.DataAtom == atom.Template) {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Br {
			b.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// hidden reports elements a browser does not show.
func hidden(n *html.Node) bool {
	if _, ok := attrOK(n, "hidden"); ok {
		return true
	}
	if attr(n, "aria-hidden") == "true" {
		return true
	}
	st := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden")
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val, true
		}
	}
	return "", false
}
