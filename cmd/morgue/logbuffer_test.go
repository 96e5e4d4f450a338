package main

import (
	"bytes"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
)

// lockedBuffer is a bytes.Buffer the log's timer may write to while the
// test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// Request lines may wait for a batch, but none is lost or reordered, and
// an error is written at once, with the lines before it.
func TestServeLogKeepsEveryLineAndWritesErrorsAtOnce(t *testing.T) {
	var out lockedBuffer
	buf := newLogBuffer(&out)
	log := slog.New(urgentFlush{slog.NewTextHandler(buf, nil), buf}).With("site", "test")
	for i := range 500 {
		log.Info("request", "n", i)
	}
	log.Error("database replaced", "error", "cannot open")
	got := out.String()
	if !strings.Contains(got, "database replaced") || !strings.Contains(got, "n=499") {
		t.Fatalf("an error was held back, or the lines before it:\n%.300s", got)
	}
	log.Info("request", "n", 500)
	if err := buf.Close(); err != nil {
		t.Fatal(err)
	}
	log.Info("after close")
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 503 {
		t.Fatalf("%d lines, want 503", len(lines))
	}
	for i := range 500 {
		if !strings.Contains(lines[i], fmt.Sprintf(" n=%d", i)) || !strings.Contains(lines[i], "site=test") {
			t.Fatalf("line %d: %s", i, lines[i])
		}
	}
	if !strings.Contains(lines[501], "n=500") || !strings.Contains(lines[502], "after close") {
		t.Errorf("last lines: %q", lines[501:])
	}
}
