package pagetext

import "sync"

// scratch is the working memory of a parse that no result keeps: the
// lines, their readings and feature rows, the headline's candidates, the
// overlap words' tables. Parse
// takes it from scratchPool and gives it back when done, so that parsing
// page after page (an import) reuses it rather than leaving the garbage
// collector a page's worth of slices each time. A page made otherwise
// (training, the explain tool) has one of its own.
type scratch struct {
	// own is set on a page's own scratch, whose slices are all made new:
	// training keeps rows of one call while it asks for more.
	own    bool
	lines  []line
	ann    []ann
	vecs   []lineVec
	rows   []refineRow
	cands  []titleCandidate
	topics topicWords
	texts  map[string]int    // textCopies' counts
	lows   map[string]string // titleCandidates' first text of each lower case
}

// textCount returns an empty map for textCopies: s's, or nil for a page's
// own scratch.
func (s *scratch) textCount() map[string]int { return emptyMap(s, &s.texts) }

// emptyMap returns *m emptied, made when first asked, or nil for a page's
// own scratch (whose caller makes its own).
func emptyMap[K comparable, V any](s *scratch, m *map[K]V) map[K]V {
	if s.own {
		return nil
	}
	if *m == nil {
		*m = make(map[K]V)
	}
	clear(*m)
	return *m
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// reuseOf returns n zeroed elements in buf's memory, or in new memory when
// buf is too short.
func reuseOf[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// reuse returns n zeroed elements in buf's memory, one of s's slices, or
// in new memory when buf is too short or s is a page's own, and keeps them
// as buf.
func reuse[T any](s *scratch, buf *[]T, n int) []T {
	if s.own {
		return make([]T, n)
	}
	*buf = reuseOf(*buf, n)
	return *buf
}
