package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// progress draws a one-line bar on a terminal for imports of many files;
// elsewhere (pipes, CI logs, few files) it draws nothing.
type progress struct {
	w         io.Writer
	total, n  int
	on        bool
	lastDrawn time.Time
}

// minFilesForBar: small imports finish before a bar would be worth reading.
const minFilesForBar = 50

// start turns the bar on when there are enough files and w is a terminal.
func (p *progress) start(total int) {
	p.total = total
	if f, ok := p.w.(*os.File); ok && total >= minFilesForBar {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.on = true
		}
	}
}

func (p *progress) step() {
	p.n++
	if p.on && (time.Since(p.lastDrawn) > 100*time.Millisecond || p.n == p.total) {
		p.draw()
	}
}

func (p *progress) draw() {
	const width = 30
	filled := width
	if p.total > 0 {
		filled = min(width, p.n*width/p.total)
	}
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d files", strings.Repeat("#", filled), strings.Repeat(" ", width-filled), p.n, p.total)
	p.lastDrawn = time.Now()
}

// printf prints a message line without tearing the bar.
func (p *progress) printf(format string, args ...any) {
	if p.on {
		fmt.Fprint(p.w, "\r\033[K")
	}
	fmt.Fprintf(p.w, format, args...)
	if p.on {
		p.draw()
	}
}

func (p *progress) done() {
	if p.on {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
