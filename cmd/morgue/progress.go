package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// progress draws a one-line bar on a terminal for imports of many files;
// elsewhere (pipes, CI logs, few files) it draws nothing.
type progress struct {
	mu        sync.Mutex // web-archive bytes are counted from another goroutine
	w         io.Writer
	total, n  int
	on        bool
	lastDrawn time.Time
	// Bytes of web archives: when the run reads any, the bar counts
	// those, since one file may hold thousands of pages.
	byteTotal, bytes int64
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

// minBytesForBar: a web archive this small is read in a blink.
const minBytesForBar = 32 << 20

// startBytes switches the bar to counting bytes of web archives.
func (p *progress) startBytes(total int64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.byteTotal = total
	if f, ok := p.w.(*os.File); ok && total >= minBytesForBar {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.on = true
		}
	}
}

func (p *progress) addBytes(n int64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.bytes += n
	if p.on && time.Since(p.lastDrawn) > 100*time.Millisecond {
		p.draw()
	}
}

func (p *progress) step() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n++
	if p.on && (time.Since(p.lastDrawn) > 100*time.Millisecond || p.n == p.total) {
		p.draw()
	}
}

func (p *progress) draw() {
	const width = 30
	filled := width
	if p.byteTotal > 0 {
		filled = int(min(width, p.bytes*width/p.byteTotal))
		fmt.Fprintf(p.w, "\r[%s%s] %.1f/%.1f MB of web archives, %d pages", strings.Repeat("#", filled), strings.Repeat(" ", width-filled),
			float64(p.bytes)/1e6, float64(p.byteTotal)/1e6, p.n)
		p.lastDrawn = time.Now()
		return
	}
	if p.total > 0 {
		filled = min(width, p.n*width/p.total)
	}
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d files", strings.Repeat("#", filled), strings.Repeat(" ", width-filled), p.n, p.total)
	p.lastDrawn = time.Now()
}

// printf prints a message line without tearing the bar.
func (p *progress) printf(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
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
