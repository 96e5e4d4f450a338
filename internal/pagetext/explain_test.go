package pagetext

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestExplain prints how each line of a page dump was read. It runs only
// when PAGETEXT_EXPLAIN names a file: a tool for tuning the rules by hand.
func TestExplain(t *testing.T) {
	path := os.Getenv("PAGETEXT_EXPLAIN")
	if path == "" {
		t.Skip("set PAGETEXT_EXPLAIN=FILE to explain a parse")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Print(explain(data))
}

// explain renders the per-line reading of a page as text.
func explain(data []byte) string {
	lines, _ := splitLines(string(data))
	p := &page{lines: lines, blocks: hasBlocks(lines)}
	p.code = langOf(lines)
	p.monthFirst = (p.code == "en" || p.code == "") && !dayFirstPage(lines)
	countWords(lines, p.code)
	p.annotate()
	p.findBody()
	p.extendLists()
	ti := p.findTitle()
	var b strings.Builder
	fmt.Fprintf(&b, "lang=%s body=[%d,%d) title=%d\n", p.code, p.bodyStart, p.bodyEnd, ti)
	for i, ln := range lines {
		a := p.ann[i]
		var tags []string
		if a.junk {
			tags = append(tags, "junk")
		}
		if a.furniture {
			tags = append(tags, "furn")
		}
		if a.date != nil {
			tags = append(tags, "date="+a.date.t.Format("2006-01-02T15:04Z07:00"))
		}
		if a.byline != nil {
			tags = append(tags, "by="+strings.Join(a.byline, ";"))
		}
		if a.caption {
			tags = append(tags, "cap["+a.credit+"]")
		}
		if a.names != nil {
			tags = append(tags, "names="+strings.Join(a.names, ";"))
		}
		if a.relDate {
			tags = append(tags, "rel")
		}
		if a.readMin > 0 {
			tags = append(tags, fmt.Sprintf("read=%d", a.readMin))
		}
		if a.teaser || a.teaserItem {
			tags = append(tags, "teaser")
		}
		if a.wall {
			tags = append(tags, "WALL")
		}
		in := " "
		if i >= p.bodyStart && i < p.bodyEnd {
			in = "|"
		}
		ts := ""
		if s, ok := p.titleScore(i); ok {
			ts = fmt.Sprintf("%.1f", s)
		}
		txt := ln.text
		if len(txt) > 90 {
			txt = txt[:90]
		}
		fmt.Fprintf(&b, "%3d %s%-5s w%-3d s%.2f %5s %-20s %s\n", i, in, a.cls, ln.words,
			float64(ln.stops)/float64(max(1, ln.words)), ts, strings.Join(tags, ","), txt)
	}
	return b.String()
}
