package tagger

// wordTable maps words to small numbers. It holds the per-call tables
// that most tokens touch (the words seen in lower case or capitalised,
// the words of the title and dek): for such short keys an
// open-addressing table with an FNV hash costs less than a Go map, and a
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
func (m *wordTable) get(w string) uint32 {
	if m.n == 0 {
		return 0
	}
	mask := uint32(len(m.slots) - 1)
	for i := fnv32(w) & mask; ; i = (i + 1) & mask {
		s := &m.slots[i]
		if s.gen != m.gen {
			return 0
		}
		if s.word == w {
			return s.val
		}
	}
}

// getBytes is get(string(w)), without allocating.
func (m *wordTable) getBytes(w []byte) uint32 {
	if m.n == 0 {
		return 0
	}
	mask := uint32(len(m.slots) - 1)
	for i := fnv32(w) & mask; ; i = (i + 1) & mask {
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
	i := fnv32(w) & mask
	for ; m.slots[i].gen == m.gen; i = (i + 1) & mask {
		if m.slots[i].word == w {
			return &m.slots[i].val
		}
	}
	m.slots[i] = wordSlot{word: w, gen: m.gen}
	m.n++
	return &m.slots[i].val
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

// fnv32 is the 32-bit FNV-1a hash.
func fnv32[S ~string | ~[]byte](s S) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}
