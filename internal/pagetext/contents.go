package pagetext

import "strings"

// A story's own table of contents is a list of the headings further
// down, printed under a label ("Table of Contents", "Jump to:", "In
// this article", "Inhalt", "Sommaire", "Índice"), which the classifier
// leaves out as a button while it keeps the list: short lines among
// the story's, each a heading it keeps again below. The archived story
// keeps the headings once, where they head their sections.

// contentsLabelsElsewhere are the labels over a table of contents in
// other languages than contentsLabels' English, and English ones the
// title pass does not read, in small letters without the marks around
// them (the line's key).
var contentsLabelsElsewhere = toSet(
	"what's inside", "inhalt", "inhaltsverzeichnis", "in diesem artikel", "sommaire",
	"table des matières", "dans cet article", "índice", "indice", "contenido", "contenidos",
	"índice de contenidos", "en este artículo", "conteúdo", "sumário", "neste artigo",
	"sommario", "in questo articolo", "inhoud", "inhoudsopgave", "spis treści", "w tym artykule",
	"innehåll", "indholdsfortegnelse", "sisällys", "obsah",
)

// contentsLabel reports a line that labels a table of contents ("Table
// of Contents", "Table of Contents [Hide]", "Inhalt:").
func contentsLabel(ln *line) bool {
	if ln.words > 5 {
		return false
	}
	k := ln.key
	if i := strings.IndexAny(k, "[("); i > 0 {
		k = strings.TrimSpace(k[:i]) // "table of contents [hide]"
	}
	return contentsLabels[k] || contentsLabelsElsewhere[k]
}

// contentsItemWords is the most words an item of a table of contents
// may have: it names a heading.
const contentsItemWords = 12

// contentsItems is the fewest items a table of contents has.
const contentsItems = 3

// dropContents takes out of the body a run of contentsItems kept lines
// or more, one after another, each of contentsItemWords words or fewer,
// under a line the body does not keep (the label, or the top of the
// page) or under a kept label of contents (which leaves with it), when
// the body keeps four in five of them again further down, in the same
// order, with the same words (numbers and bullets aside: a heading
// "3. Prune in March" is listed as "Prune in March"). A list the story
// announces ("Here they are:") has a kept line above it and stays, and
// so does a list whose items the story does not repeat in its order.
// Where the classifier kept fewer than contentsItems of the list's lines
// in a row, the kept ones among its short lines count (partContents): a
// contents list it kept only in part ("Benefits", "Risks", then, past an
// item it left out, "Costs"). Only the body loses it: the zone stays as stage two made it.
func (p *page) dropContents() {
	n := len(p.lines)
	for i := 0; i < n; {
		label := i > 0 && p.keep[i-1] && contentsLabel(&p.lines[i-1])
		if !p.contentsItem(i) || i > 0 && p.keep[i-1] && !label {
			i++
			continue
		}
		// The list ends at the heading of its first item, where the
		// story under it starts.
		j := i + 1
		for j < n && p.contentsItem(j) && p.lines[j].key != p.lines[i].key {
			j++
		}
		var buf [16]int
		items := buf[:0]
		for k := i; k < j; k++ {
			items = append(items, k)
		}
		part := j-i < contentsItems
		if part {
			// The classifier may have kept only some of the list's
			// items, with the others left out between them.
			items = p.partContents(i, items[:0])
		}
		if len(items) >= contentsItems && p.listsLater(items, part) {
			if label {
				p.keep[i-1] = false
			}
			for _, k := range items {
				p.keep[k] = false
			}
		}
		i = j
	}
}

// partContents appends to items the kept lines of a list that starts at
// line i and that the classifier kept only in part: the lines from i on
// that are short enough to name a heading, kept or not, up to the copy of
// line i's heading. It returns items.
func (p *page) partContents(i int, items []int) []int {
	for k := i; k < len(p.lines) && p.lines[k].words > 0 && p.lines[k].words <= contentsItemWords; k++ {
		if k > i && p.lines[k].key == p.lines[i].key {
			break
		}
		if p.keep[k] {
			items = append(items, k)
		}
	}
	return items
}

// contentsItem reports a kept line short enough to name a heading.
func (p *page) contentsItem(i int) bool {
	return p.keep[i] && p.lines[i].words > 0 && p.lines[i].words <= contentsItemWords
}

// listsLater reports whether four in five of the lines items are printed
// again below the last of them as the story's lines, in their order, by their key
// (the line in small letters without the numbers, bullets and marks
// around it). A copy is the story's when the body keeps it, or when it
// heads a section the body keeps (headsSection): a page that prints each
// heading twice, over its section and again under it, loses both copies
// to dropRepeats, and the list still names them as the page shows them.
// With heads, every copy must stand over the story's prose (overProse):
// a list kept only in part is told from a row of labels that each item
// of a longer list repeats ("Gluten free", "Organic") by its copies
// heading the story's sections.
func (p *page) listsLater(items []int, heads bool) bool {
	misses, allowed := 0, len(items)/5
	at := items[len(items)-1] + 1 // where the search for the next item's copy starts
	for _, k := range items {
		key := p.lines[k].key
		found := -1
		if key != "" {
			for x := at; x < len(p.lines); x++ {
				if len(p.lines[x].key) == len(key) && p.lines[x].key == key && (!heads && (p.keep[x] || p.headsSection(x)) || heads && p.overProse(x)) {
					found = x
					break
				}
			}
		}
		if found < 0 {
			if misses++; misses > allowed {
				return false
			}
			continue
		}
		at = found + 1
	}
	return true
}

// overProse reports a line short enough to be a heading with a kept
// paragraph of prose right under it, however the paragraph ends (one
// may end on a colon over its list).
func (p *page) overProse(i int) bool {
	return p.lines[i].words <= sectionHeadWords && i+1 < len(p.lines) && p.keep[i+1] &&
		p.lines[i+1].words >= sectionProseWords
}
