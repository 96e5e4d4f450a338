package main

import (
	"context"
	"io"
	"log/slog"
	"sync"
	"time"
)

// logBuffer collects the server's log lines and writes them in batches:
// when logFlushBytes have gathered, logFlushEvery after the first line of
// a batch, before a warning or an error, and on Close. A page served from
// the page cache costs a few tens of microseconds, and its log line's own
// write system call was a sixth of that; batched, the lines cost a write
// per few hundred requests under load, and a quiet server's line still
// shows within a tenth of a second.
type logBuffer struct {
	mu     sync.Mutex
	out    io.Writer
	buf    []byte
	timer  *time.Timer
	closed bool
}

const (
	logFlushBytes = 32 << 10
	logFlushEvery = 100 * time.Millisecond
)

func newLogBuffer(out io.Writer) *logBuffer { return &logBuffer{out: out} }

// Write takes one whole line (slog's handlers write a record at once).
func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return b.out.Write(p)
	}
	b.buf = append(b.buf, p...)
	if len(b.buf) >= logFlushBytes {
		return len(p), b.flushLocked()
	}
	if b.timer == nil {
		b.timer = time.AfterFunc(logFlushEvery, func() { b.Flush() })
	} else if len(b.buf) == len(p) {
		b.timer.Reset(logFlushEvery)
	}
	return len(p), nil
}

// Flush writes what has gathered.
func (b *logBuffer) Flush() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.flushLocked()
}

func (b *logBuffer) flushLocked() error {
	if len(b.buf) == 0 {
		return nil
	}
	_, err := b.out.Write(b.buf)
	b.buf = b.buf[:0]
	return err
}

// Close writes what has gathered; later lines are written at once.
func (b *logBuffer) Close() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.timer != nil {
		b.timer.Stop()
	}
	b.closed = true
	return b.flushLocked()
}

// urgentFlush is a handler that writes through a logBuffer and flushes it
// after every record above Info, so that a warning or an error is never
// held back.
type urgentFlush struct {
	slog.Handler
	buf *logBuffer
}

func (h urgentFlush) Handle(ctx context.Context, r slog.Record) error {
	err := h.Handler.Handle(ctx, r)
	if r.Level > slog.LevelInfo {
		if ferr := h.buf.Flush(); err == nil {
			err = ferr
		}
	}
	return err
}

func (h urgentFlush) WithAttrs(as []slog.Attr) slog.Handler {
	return urgentFlush{h.Handler.WithAttrs(as), h.buf}
}

func (h urgentFlush) WithGroup(name string) slog.Handler {
	return urgentFlush{h.Handler.WithGroup(name), h.buf}
}
