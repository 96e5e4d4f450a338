package tagger

// wordTable maps words to small numbers. It holds the per-call tables
// that most tokens touch (the words seen in lower case or capitalised,
// the words of the title and dek): for such short keys an
// open-addressing table with a simple hash costs less than a Go map, and a
// new generation number empties it at once for the next call.
type wordTable struct {
	slots []wordSlot // a power of two in length, at most half full
	n     int        // slots in use
	gen   uint32     // a slot is in use when its gen is this one
}

type wordSlot struct {
	word string
	val  uint32
	gen  uint32
}

// reset empties m, keeping its memory.
func (m *wordTable) reset() {
	m.n = 0
	m.gen++
	if m.gen == 0 { // wrapped round: clear what could look current
		clear(m.slots)
		m.gen = 1
	}
}

// get returns the number of w, 0 if w is not in m.
func (m *wordTable) get(w string) uint32 { return lookup(m, w) }

// getBytes is get(string(w)), without allocating.
func (m *wordTable) getBytes(w []byte) uint32 { return lookup(m, w) }

func lookup[W string | []byte](m *wordTable, w W) uint32 {
	if m.n == 0 {
		return 0
	}
	mask := uint32(len(m.slots) - 1)
	for i := hashWord(w) & mask; ; i = (i + 1) & mask {
		s := &m.slots[i]
		if s.gen != m.gen {
			return 0
		}
		if s.word == string(w) {
			return s.val
		}
	}
}

// at returns the number of w for updating, adding w with 0 if it is not
// in m. The pointer is good until the next call of at.
func (m *wordTable) at(w string) *uint32 {
	if 2*(m.n+1) > len(m.slots) {
		m.grow()
	}
	mask := uint32(len(m.slots) - 1)
	i := hashWord(w) & mask
	for ; m.slots[i].gen == m.gen; i = (i + 1) & mask {
		if m.slots[i].word == w {
			return &m.slots[i].val
		}
	}
	m.slots[i] = wordSlot{word: w, gen: m.gen}
	m.n++
	return &m.slots[i].val
}

// atBytes is at(string(w)), copying w only when it is new.
func (m *wordTable) atBytes(w []byte) *uint32 {
	if 2*(m.n+1) > len(m.slots) {
		m.grow()
	}
	mask := uint32(len(m.slots) - 1)
	i := hashWord(w) & mask
	for ; m.slots[i].gen == m.gen; i = (i + 1) & mask {
		if m.slots[i].word == string(w) {
			return &m.slots[i].val
		}
	}
	m.slots[i] = wordSlot{word: string(w), gen: m.gen}
	m.n++
	return &m.slots[i].val
}

// all yields the words of m and their numbers, in no set order.
func (m *wordTable) all() func(func(string, uint32) bool) {
	return func(yield func(string, uint32) bool) {
		if m.n == 0 {
			return
		}
		for i := range m.slots {
			if s := &m.slots[i]; s.gen == m.gen && !yield(s.word, s.val) {
				return
			}
		}
	}
}

func (m *wordTable) grow() {
	old, oldGen := m.slots, m.gen
	m.slots = make([]wordSlot, max(64, 2*len(old)))
	m.gen, m.n = 1, 0 // the new slots all have gen 0
	for _, s := range old {
		if s.gen == oldGen {
			*m.at(s.word) = s.val
		}
	}
}

// hashWord hashes a word for wordTable and lexHash from its length and
// its first and last four bytes, which for words is nearly always enough
// and costs the same for every length; a collision only costs a probe.
func hashWord[S ~string | ~[]byte](s S) uint32 {
	n := len(s)
	var a, b uint32
	switch {
	case n >= 4:
		a = uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
		b = uint32(s[n-4]) | uint32(s[n-3])<<8 | uint32(s[n-2])<<16 | uint32(s[n-1])<<24
	case n > 0:
		a = uint32(s[0]) | uint32(s[n/2])<<8 | uint32(s[n-1])<<16
	}
	// Mixed as by MurmurHash3's finaliser.
	h := (uint64(a)<<32 | uint64(b)) ^ uint64(n)*0x9e3779b97f4a7c15
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return uint32(h)
}

// candIndex lists candidates under string keys, in the order they were
// added: the indexes the merges build on every call, kept in the pool,
// with the candidates of a key chained through one shared slice instead
// of a slice per key.
type candIndex struct {
	ends    map[string][2]int32 // the first and last entry of each key
	entries []candEntry
}

type candEntry struct {
	c    *cand
	next int32 // the key's next entry, or -1
}

func (x *candIndex) reset() {
	if x.ends == nil {
		x.ends = map[string][2]int32{}
	}
	clear(x.ends)
	x.entries = x.entries[:0]
}

func (x *candIndex) add(key string, c *cand) {
	i := int32(len(x.entries))
	x.entries = append(x.entries, candEntry{c, -1})
	if e, ok := x.ends[key]; ok {
		x.entries[e[1]].next = i
		x.ends[key] = [2]int32{e[0], i}
	} else {
		x.ends[key] = [2]int32{i, i}
	}
}

// first is the first entry of key, or -1; entries[i].next the one after.
func (x *candIndex) first(key string) int32 {
	if e, ok := x.ends[key]; ok {
		return e[0]
	}
	return -1
}

// only is the one candidate of key, or nil if it has none or several.
func (x *candIndex) only(key string) *cand {
	if e, ok := x.ends[key]; ok && e[0] == e[1] {
		return x.entries[e[0]].c
	}
	return nil
}
