package pagetext

import (
	"strconv"
	"strings"

	"github.com/morgue-archive/morgue/internal/article"
)

// renderBody writes the kept lines as Markdown. Each line's text is
// escaped on its own, so nothing the page wrote can start a list, a
// heading or markup; only the forms the structure pass found become
// Markdown: "## " and "### " headings, "- " and "1. " list items, "> "
// quotes and tables. Paragraph lines of one source block (an address, a
// list the structure pass left alone) stay one paragraph, joined by line
// breaks, unless they are paragraphs of prose themselves: some dumps have
// no blank lines at all.
func renderBody(lines []line, keep []bool, st structure) string {
	var b strings.Builder
	size := 0
	for i, ln := range lines {
		if keep[i] {
			size += len(ln.text) + 2
		}
	}
	b.Grow(size + size/32) // and a little for escapes and marks
	prev := -1
	delim := ". " // closes the numbers of a numbered list
	for i, ln := range lines {
		if !keep[i] {
			continue
		}
		f := st.form[i]
		if prev >= 0 {
			b.WriteString(separator(lines, st, prev, i))
		}
		switch f {
		case formPara:
			article.WriteEscapedMarkdown(&b, ln.text)
		case formHeading:
			b.WriteString("## ")
			article.WriteEscapedMarkdown(&b, ln.text)
		case formSubheading:
			b.WriteString("### ")
			article.WriteEscapedMarkdown(&b, ln.text)
		case formItem:
			b.WriteString("- ")
			article.WriteEscapedMarkdown(&b, ln.text[st.marker[i]:])
		case formNumbered:
			if prev < 0 || st.form[prev] != formNumbered {
				delim = ". "
			} else if st.n[i] != st.n[prev]+1 {
				// A list right after another: Markdown would go on
				// with the first list unless the mark changes.
				delim = map[string]string{". ": ") ", ") ": ". "}[delim]
			}
			b.WriteString(strconv.Itoa(st.n[i]))
			b.WriteString(delim)
			article.WriteEscapedMarkdown(&b, ln.text[st.marker[i]:])
		case formQuote:
			b.WriteString("> ")
			article.WriteEscapedMarkdown(&b, ln.text)
		case formRow:
			cells := ln.cells
			if st.marker[i] == 1 {
				cells = append([]string{""}, cells...)
			}
			writeRow(&b, cells, st.n[i])
			if prev < 0 || st.form[prev] != formRow {
				// The first row heads the table.
				b.WriteString("\n|")
				b.WriteString(strings.Repeat(" --- |", st.n[i]))
			}
		}
		prev = i
	}
	return b.String()
}

// separator is what goes between two kept lines: a line break within a
// paragraph, a list, a table or a quote, a blank line between blocks.
func separator(lines []line, st structure, prev, i int) string {
	fp, f := st.form[prev], st.form[i]
	switch {
	case fp == formPara && f == formPara:
		if lines[i].block == lines[prev].block && !(lines[prev].width >= 100 && endsSentenceAny(lines[prev].text)) {
			return "\n"
		}
	case fp == f && (f == formItem || f == formNumbered || f == formRow):
		return "\n"
	case fp == formQuote && f == formQuote:
		if lines[i].block == lines[prev].block {
			return "\n"
		}
		return "\n>\n"
	}
	return "\n\n"
}

// writeRow writes one table row of cols cells, each escaped.
func writeRow(b *strings.Builder, cells []string, cols int) {
	b.WriteString("|")
	for c := range cols {
		b.WriteString(" ")
		if c < len(cells) {
			article.WriteEscapedMarkdown(b, cells[c])
		}
		b.WriteString(" |")
	}
}
