package pagetext

import (
	"math"
	"slices"
)

// maskDepth is the depth of the trees maskTrees holds: the depth training
// gives. Shallower trees are filled out to it.
const maskDepth = 4

// maskTrees is a forest of trees at most maskDepth deep, scored for up to
// 64 rows at once: each question a tree asks ("feature f above t?") is
// answered for all the rows together, as a word with a bit a row, and a
// tree's walk is some thirty operations on such words for all the rows,
// where walking a row down it is a chain of loads, each waiting on the one
// before (stage one takes 640 such steps a line). Each row then adds its
// leaves in the trees' order: the same float32 sums as score.
type maskTrees struct {
	// binary is the features asked of with one threshold (most are 0 or
	// 1), whose question is answered at once; feats the others, whose
	// rows are put into bins between their thresholds first.
	binary    []maskBinary
	feats     []maskFeature
	bins      int // the bins of all feats
	questions int // how many questions the trees ask; question number questions is never true
	// node is each tree's inner nodes in level order (node k's children
	// are 2k+1 and 2k+2), as the question that sends a row right.
	node [][1<<maskDepth - 1]uint16
	leaf [][1 << maskDepth]float32
}

// maskFeature is a feature the trees ask of, with the thresholds they
// compare it to as orderKeys, ascending: question q+j is "above keys[j]?",
// and a row's value falls into bin b+j when j thresholds lie below it.
type maskFeature struct {
	feat int
	keys []int32
	q, b int
	zero int // b+lowerBound(keys, 0): the bin of 0 and -0, about a fifth of the values the trees ask of on the dev pages
	// keys32 is keys filled out to 32 with math.MaxInt32, which no key
	// lies below, for lowerBound32; padded says it is (a feature of
	// fewer than 32 keys: training cuts a feature into 32 bins at most).
	keys32 [32]int32
	padded bool
}

// maskBinary is a feature asked of with one threshold, and the
// question's number.
type maskBinary struct {
	feat int
	thr  float32
	q    int
}

// questionCode is "feature feat above the threshold of orderKey key?" as
// a number that sorts as the questions are numbered: by feature (as the
// rows' features are read), then by threshold.
func questionCode(feat int16, key int32) uint64 {
	return uint64(uint16(feat))<<32 | uint64(uint32(key)^1<<31)
}

// compileMasks returns the trees as maskTrees, or nil when one is deeper
// than maskDepth or a threshold is NaN (no key orders NaN as score does).
func compileMasks(trees [][]treeNode) *maskTrees {
	nodes := 0
	for _, t := range trees {
		if treeDepth(t, 0) > maskDepth {
			return nil
		}
		nodes += len(t)
	}
	// The questions, each once, in their numbers' order.
	qs := make([]uint64, 0, nodes)
	for _, t := range trees {
		for _, n := range t {
			if n.feature < 0 {
				continue
			}
			if n.threshold != n.threshold {
				return nil
			}
			qs = append(qs, questionCode(n.feature, orderKey(n.threshold)))
		}
	}
	slices.Sort(qs)
	qs = slices.Compact(qs)
	if len(qs) >= 1<<16 {
		return nil // more than a node's uint16 numbers
	}
	m := &maskTrees{node: make([][1<<maskDepth - 1]uint16, len(trees)), leaf: make([][1 << maskDepth]float32, len(trees)), questions: len(qs)}
	keys := make([]int32, len(qs)) // every feature's keys, end to end
	for i, q := range qs {
		keys[i] = int32(uint32(q) ^ 1<<31)
	}
	for i := 0; i < len(qs); {
		feat := int(qs[i] >> 32)
		j := i + 1
		for j < len(qs) && int(qs[j]>>32) == feat {
			j++
		}
		if j-i == 1 {
			m.binary = append(m.binary, maskBinary{feat: feat, thr: keyFloat(keys[i]), q: i})
		} else {
			fe := maskFeature{feat: feat, keys: keys[i:j:j], q: i, b: m.bins, zero: m.bins + lowerBound(keys[i:j:j], 0), padded: j-i < 32}
			for k := range fe.keys32 {
				fe.keys32[k] = math.MaxInt32
			}
			copy(fe.keys32[:], fe.keys)
			m.feats = append(m.feats, fe)
			m.bins += j - i + 1
		}
		i = j
	}
	var fill func(t []treeNode, n, k, level, tree int)
	fill = func(t []treeNode, n, k, level, tree int) {
		if level == maskDepth {
			m.leaf[tree][k-len(m.node[tree])] = t[n].value
			return
		}
		// A leaf above the full depth stands for both its children, which
		// a question never true joins to the left one.
		l, r := n, n
		m.node[tree][k] = uint16(m.questions)
		if t[n].feature >= 0 {
			q, _ := slices.BinarySearch(qs, questionCode(t[n].feature, orderKey(t[n].threshold)))
			m.node[tree][k] = uint16(q)
			l, r = int(t[n].left), int(t[n].right)
		}
		fill(t, l, 2*k+1, level+1, tree)
		fill(t, r, 2*k+2, level+1, tree)
	}
	for i, t := range trees {
		fill(t, 0, 0, 0, i)
	}
	return m
}

// spreadBits[b] holds the eight bits of b in its eight bytes, lowest
// first: eight rows' bits of a word, one a byte.
var spreadBits = func() (s [256]uint64) {
	for b := range s {
		for i := range 8 {
			s[b] |= uint64(b>>i&1) << (8 * i)
		}
	}
	return
}()

// mux picks b's bits where s has a 1 and a's elsewhere.
func mux(a, b, s uint64) uint64 {
	return a ^ (a^b)&s
}

// lowerBound returns how many of the ascending keys lie below x, by steps
// whose count depends on len(keys) only, each moving by arithmetic: an
// "if" here compiles to a jump that a row's values send either way.
func lowerBound(keys []int32, x int32) int {
	base, n := 0, uint(len(keys)) // unsigned: halved by a shift alone
	for n > 1 {
		half := n / 2
		base += int(half) & -below(keys[base+int(half)], x)
		n -= half
	}
	return base + below(keys[base], x)
}

// lowerBound32 is lowerBound of keys filled out to 32 with math.MaxInt32:
// five steps of fixed sizes, without lowerBound's count of the keys left
// or a check of an index that the mask keeps in the array (the search is
// done for every row and every feature with more than one threshold).
func lowerBound32(keys *[32]int32, x int32) int {
	base := 16 & -below(keys[15], x)
	base += 8 & -below(keys[(base+7)&31], x)
	base += 4 & -below(keys[(base+3)&31], x)
	base += 2 & -below(keys[(base+1)&31], x)
	return base + below(keys[base&31], x)
}

// below is 1 when key k lies below x, else 0: the sign of k-x.
func below(k, x int32) int {
	return int(uint64(int64(k)-int64(x)) >> 63)
}

// scoreAll sets out[i] to base plus the trees' leaves for row(i).
func (m *maskTrees) scoreAll(base float32, out []float32, row func(int) []float32) {
	var histBuf, answerBuf [512]uint64
	hist, answer := histBuf[:], answerBuf[:]
	if m.bins > len(hist) {
		hist = make([]uint64, m.bins)
	}
	if m.questions+1 > len(answer) {
		answer = make([]uint64, m.questions+1)
	}
	hist, answer = hist[:m.bins], answer[:m.questions+1]
	var waysBuf [256][maskDepth]uint64
	ways := waysBuf[:]
	if len(m.node) > len(ways) {
		ways = make([][maskDepth]uint64, len(m.node))
	}
	ways = ways[:len(m.node)]
	for c := 0; c < len(out); c += 64 {
		rows := min(64, len(out)-c)
		// Each row's value of each feature, into its bin.
		clear(hist)
		clear(answer)
		for r := range rows {
			x := row(c + r)
			for _, fe := range m.binary {
				// As score asks, NaN going right; a float comparison
				// is cheaper than two keys here.
				var goes uint64
				if !(x[fe.feat] <= fe.thr) {
					goes = 1
				}
				answer[fe.q] |= goes << r
			}
			bit := uint64(1) << r
			for i := range m.feats {
				fe := &m.feats[i]
				// 0 (orderKey 0, of either sign) needs no search.
				if v := x[fe.feat]; v == 0 {
					hist[fe.zero] |= bit
				} else if fe.padded {
					hist[fe.b+lowerBound32(&fe.keys32, orderKey(v))] |= bit
				} else {
					hist[fe.b+lowerBound(fe.keys, orderKey(v))] |= bit
				}
			}
		}
		// A row is above threshold j when its bin is above j.
		for i := range m.feats {
			fe := &m.feats[i]
			var above uint64
			for j := len(fe.keys) - 1; j >= 0; j-- {
				above |= hist[fe.b+j+1]
				answer[fe.q+j] = above
			}
		}
		// Each tree's ways for all the rows: p[0..3] has a row's bit set
		// where it goes right at the four levels, so its leaf is
		// 8*p0 + 4*p1 + 2*p2 + p3.
		for t := range m.node {
			nd, p := &m.node[t], &ways[t]
			p[0] = answer[nd[0]]
			p[1] = mux(answer[nd[1]], answer[nd[2]], p[0])
			p[2] = mux(mux(answer[nd[3]], answer[nd[4]], p[1]), mux(answer[nd[5]], answer[nd[6]], p[1]), p[0])
			p[3] = mux(mux(mux(answer[nd[7]], answer[nd[8]], p[2]), mux(answer[nd[9]], answer[nd[10]], p[2]), p[1]),
				mux(mux(answer[nd[11]], answer[nd[12]], p[2]), mux(answer[nd[13]], answer[nd[14]], p[2]), p[1]), p[0])
		}
		// Eight rows at a time add their leaves, tree by tree; rows past
		// the last are summed and dropped.
		for g := 0; g < rows; g += 8 {
			if rows-g <= 4 {
				// A last group of four rows or fewer: each row adds its
				// leaves by its own bits, for less than eight sums.
				for r := g; r < rows; r++ {
					s := base
					for t := range ways {
						p := &ways[t]
						s += m.leaf[t][(p[0]>>r&1<<3|p[1]>>r&1<<2|p[2]>>r&1<<1|p[3]>>r&1)&15]
					}
					out[c+r] = s
				}
				break
			}
			s0, s1, s2, s3, s4, s5, s6, s7 := base, base, base, base, base, base, base, base
			for t := range ways {
				p, leaf := &ways[t], &m.leaf[t]
				l := spreadBits[p[0]>>g&255]<<3 | spreadBits[p[1]>>g&255]<<2 | spreadBits[p[2]>>g&255]<<1 | spreadBits[p[3]>>g&255]
				s0 += leaf[l&15]
				s1 += leaf[l>>8&15]
				s2 += leaf[l>>16&15]
				s3 += leaf[l>>24&15]
				s4 += leaf[l>>32&15]
				s5 += leaf[l>>40&15]
				s6 += leaf[l>>48&15]
				s7 += leaf[l>>56&15]
			}
			s := [8]float32{s0, s1, s2, s3, s4, s5, s6, s7}
			copy(out[c+g:c+rows], s[:])
		}
	}
}
