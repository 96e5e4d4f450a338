package pagetext

import (
	"math"
	"slices"
)

// The three scores of model.go are sums of small regression trees
// (gradient boosting): each tree asks a few questions of a line's named
// features ("ends like a sentence?", "junk by its wording?", "how far from
// the rules' run?") and adds a number. Trees catch what a weighted sum
// cannot: a junk-worded line is furniture when short and story when it is
// a long sentence among paragraphs. The explain tool splits every score
// into what each feature added along the paths taken (Saabas' method).

// treeNode is a node of a regression tree: an inner node sends a line
// left when its feature is at most the threshold; a leaf (feature < 0)
// adds its value. Inner nodes keep the value a leaf below them would
// average, for the explain tool.
type treeNode struct {
	feature     int16
	left, right int16
	threshold   float32
	value       float32
}

// forest is a sum of trees over one kind of feature vector, on top of a
// weighted sum of the features (linear, nil when none): the weighted sum
// carries what holds the same way on every page, the trees what holds only
// together with something else.
type forest struct {
	base   float32
	linear []float32
	trees  [][]treeNode
	dense  *denseTrees // the trees as compile made them, or nil
	masks  *maskTrees  // the trees as compile made them for scoreAll, or nil
}

// denseTrees holds a forest's trees as complete trees of one depth, every
// tree's nodes in level order: node k asks feature feat[k] and goes to
// 2k+1 when the value is at most thr[k], else to 2k+2. A path is then a
// fixed number of steps over small arrays, with no leaf test on the way:
// score's form for one row (the ranker, the explain tool), and scoreAll's
// for trees too deep for maskTrees.
type denseTrees struct {
	trees int // how many trees were compiled (training adds more after)
	depth int
	inner int       // inner nodes per tree: 2^depth - 1
	feat  []int16   // [tree*inner + k]
	thr   []float32 // [tree*inner + k]
	// thrKey is thr as orderKeys, for scoreAll; nil when a threshold is
	// NaN, which no key orders as score does.
	thrKey []int32
	leaf   []float32 // [tree<<depth + k]
}

// maxDenseDepth bounds the depth compile turns into complete trees (2^8
// leaves a tree); deeper forests are walked node by node.
const maxDenseDepth = 8

// compile makes the dense form of the trees. A leaf above the full depth
// becomes a subtree whose leaves all hold its value, so that any answer
// below it ends there.
func (f *forest) compile() {
	depth := 0
	for _, t := range f.trees {
		depth = max(depth, treeDepth(t, 0))
	}
	if depth > maxDenseDepth {
		f.dense = nil
		return
	}
	inner := 1<<depth - 1
	d := &denseTrees{trees: len(f.trees), depth: depth, inner: inner,
		feat: make([]int16, len(f.trees)*inner), thr: make([]float32, len(f.trees)*inner),
		leaf: make([]float32, len(f.trees)<<depth)}
	var fill func(t []treeNode, n, k, level, tree int)
	fill = func(t []treeNode, n, k, level, tree int) {
		if level == depth {
			d.leaf[tree<<depth+k-inner] = t[n].value
			return
		}
		l, r := n, n // a leaf stands for both its children
		d.feat[tree*inner+k], d.thr[tree*inner+k] = 0, 0
		if t[n].feature >= 0 {
			d.feat[tree*inner+k], d.thr[tree*inner+k] = t[n].feature, t[n].threshold
			l, r = int(t[n].left), int(t[n].right)
		}
		fill(t, l, 2*k+1, level+1, tree)
		fill(t, r, 2*k+2, level+1, tree)
	}
	for i, t := range f.trees {
		fill(t, 0, 0, 0, i)
	}
	f.dense = d
	if len(f.linear) == 0 { // scoreAll scores a forest with a weighted sum row by row
		f.masks = compileMasks(f.trees)
	}
	if !slices.ContainsFunc(d.thr, func(t float32) bool { return t != t }) {
		d.thrKey = orderKeys(nil, d.thr)
	}
}

// treeDepth is the number of questions on the longest path below node n.
func treeDepth(t []treeNode, n int) int {
	if t[n].feature < 0 {
		return 0
	}
	return 1 + max(treeDepth(t, int(t[n].left)), treeDepth(t, int(t[n].right)))
}

// score adds up the weighted sum and the trees' values for x.
func (f *forest) score(x []float32) float32 {
	s := f.base
	for k, w := range f.linear {
		s += w * x[k]
	}
	if d := f.dense; d != nil && d.trees == len(f.trees) {
		for tree := range len(f.trees) {
			feat, thr := d.feat[tree*d.inner:][:d.inner], d.thr[tree*d.inner:][:d.inner]
			k := 0
			for range d.depth {
				next := 2*k + 1
				if !(x[feat[k]] <= thr[k]) { // as the walk below: NaN goes right
					next++
				}
				k = next
			}
			s += d.leaf[tree<<d.depth+k-d.inner]
		}
		return s
	}
	for _, t := range f.trees {
		k := 0
		for t[k].feature >= 0 {
			if x[t[k].feature] <= t[k].threshold {
				k = int(t[k].left)
			} else {
				k = int(t[k].right)
			}
		}
		s += t[k].value
	}
	return s
}

// scoreAll returns score(row(i)) for each of n rows, the same float32
// sums. Trees at most maskDepth deep are scored 64 rows at a time
// (maskTrees); deeper complete trees are walked on the rows' features and
// the thresholds as orderKeys, four rows at a time: a comparison of
// integers picks the child by arithmetic, where one of floats jumps, and
// a jump the processor guesses wrong about half the time in trees that
// split lines evenly.
func (f *forest) scoreAll(n int, row func(int) []float32) []float32 {
	out := make([]float32, n)
	if len(f.linear) > 0 {
		for i := range out {
			out[i] = f.score(row(i))
		}
		return out
	}
	if m := f.masks; m != nil && len(m.node) == len(f.trees) {
		m.scoreAll(f.base, out, row)
		return out
	}
	d := f.dense
	i := 0
	if d != nil && d.trees == len(f.trees) && d.thrKey != nil {
		var keys [4][]int32
		for ; i+4 <= n; i += 4 {
			for j := range keys {
				keys[j] = orderKeys(keys[j][:0], row(i+j))
			}
			out[i], out[i+1], out[i+2], out[i+3] = d.score4(f.base, keys[0], keys[1], keys[2], keys[3])
		}
	}
	for ; i < n; i++ {
		out[i] = f.score(row(i))
	}
	return out
}

// orderKey maps a float to an integer of the same order: x <= t exactly
// when orderKey(x) <= orderKey(t), for any x and a t that is not NaN. NaN
// comes above every number, as score sends it right of every threshold.
// A negative float's bits count down from -0, so they are flipped, and
// moved up by one so that -0 meets 0.
func orderKey(f float32) int32 {
	if f != f {
		return math.MaxInt32
	}
	b := int32(math.Float32bits(f))
	neg := b >> 31 // -1 for a negative number, else 0
	return b ^ neg&math.MaxInt32 + neg&1
}

// keyFloat is a float whose orderKey is k: the inverse of orderKey but
// that k 0 gives +0 (and never -0).
func keyFloat(k int32) float32 {
	if k < 0 {
		k = (k - 1) ^ math.MaxInt32
	}
	return math.Float32frombits(uint32(k))
}

// orderKeys appends the orderKey of each of xs to dst.
func orderKeys(dst []int32, xs []float32) []int32 {
	for _, x := range xs {
		dst = append(dst, orderKey(x))
	}
	return dst
}

// right is 1 when key x lies above threshold t, else 0: the sign of t-x.
func right(x, t int32) int {
	return int(uint64(int64(t)-int64(x)) >> 63)
}

// score4 is score's walk of the complete trees for four rows of keys.
func (d *denseTrees) score4(base float32, x0, x1, x2, x3 []int32) (s0, s1, s2, s3 float32) {
	s0, s1, s2, s3 = base, base, base, base
	for tree := range d.trees {
		feat, thr := d.feat[tree*d.inner:][:d.inner], d.thrKey[tree*d.inner:][:d.inner]
		k0, k1, k2, k3 := 0, 0, 0, 0
		for range d.depth {
			k0 = 2*k0 + 1 + right(x0[feat[k0]], thr[k0])
			k1 = 2*k1 + 1 + right(x1[feat[k1]], thr[k1])
			k2 = 2*k2 + 1 + right(x2[feat[k2]], thr[k2])
			k3 = 2*k3 + 1 + right(x3[feat[k3]], thr[k3])
		}
		leaf := tree<<d.depth - d.inner
		s0 += d.leaf[leaf+k0]
		s1 += d.leaf[leaf+k1]
		s2 += d.leaf[leaf+k2]
		s3 += d.leaf[leaf+k3]
	}
	return
}

// contributions splits score(x) - base over the features: each step down
// a tree credits the change of value to the feature asked.
func (f *forest) contributions(x []float32, dim int) []float32 {
	out := make([]float32, dim)
	for k, w := range f.linear {
		out[k] += w * x[k]
	}
	for _, t := range f.trees {
		k := 0
		for t[k].feature >= 0 {
			next := int(t[k].right)
			if x[t[k].feature] <= t[k].threshold {
				next = int(t[k].left)
			}
			out[t[k].feature] += t[next].value - t[k].value
			k = next
		}
		out[0] += t[0].value // the root's own value goes to the bias
	}
	return out
}

// generatedNode is a tree node as weights_gen.go writes it: the feature by
// name ("" for a leaf).
type generatedNode struct {
	feature     string
	left, right int16
	threshold   float32
	value       float32
}

// generatedWeight is a weight of a forest's weighted sum as
// weights_gen.go writes it: the feature by name.
type generatedWeight struct {
	feature string
	weight  float32
}

// loadForest resolves a generated forest's feature names. A name the code
// no longer has makes the tree answer as if the feature were 0 (its
// threshold is taken as +Inf, so the tree always goes left), and its
// weight is dropped: retrain.
func loadForest(base float32, linear []generatedWeight, trees [][]generatedNode, names []string) forest {
	// Thousands of nodes name a feature each: a map finds a name at start-up
	// in a tenth of the time a scan of the names takes.
	index := make(map[string]int16, len(names))
	for i, n := range slices.Backward(names) {
		index[n] = int16(i) // the first of a repeated name, as slices.Index
	}
	f := forest{base: base}
	if linear != nil {
		f.linear = make([]float32, len(names))
		for _, w := range linear {
			if i, ok := index[w.feature]; ok {
				f.linear[i] = w.weight
			}
		}
	}
	nodes := 0
	for _, gt := range trees {
		nodes += len(gt)
	}
	all := make([]treeNode, nodes) // one allocation for every tree
	f.trees = make([][]treeNode, 0, len(trees))
	for _, gt := range trees {
		t := all[:len(gt):len(gt)]
		all = all[len(gt):]
		for k, g := range gt {
			t[k] = treeNode{feature: -1, left: g.left, right: g.right, threshold: g.threshold, value: g.value}
			if g.feature == "" {
				continue
			}
			t[k].feature = 0
			if i, ok := index[g.feature]; ok {
				t[k].feature = i
			} else {
				t[k].threshold = float32(math.Inf(1))
			}
		}
		f.trees = append(f.trees, t)
	}
	f.compile()
	return f
}

// Boosting.

// boostParams are the settings of a boosting run.
type boostParams struct {
	rounds   int
	depth    int
	rate     float64
	lambda   float64 // L2 penalty on leaf values
	minHess  float64 // the least hessian weight a leaf may hold
	maxBins  int
	features int
}

var defaultBoost = boostParams{rounds: 160, depth: 4, rate: 0.1, lambda: 1, minHess: 2, maxBins: 32}

// binned holds the rows as bin numbers per feature, and each feature's
// thresholds: bin b holds values up to cuts[f][b].
type binned struct {
	bins [][]uint8 // [feature][row]
	cuts [][]float32
}

func binRows(rows [][]float32, dim, maxBins int) *binned {
	b := &binned{bins: make([][]uint8, dim), cuts: make([][]float32, dim)}
	vals := make([]float32, len(rows))
	for f := range dim {
		for r, x := range rows {
			vals[r] = x[f]
		}
		sorted := slices.Clone(vals)
		slices.Sort(sorted)
		sorted = slices.Compact(sorted)
		var cuts []float32
		if len(sorted) <= maxBins {
			for i := 0; i+1 < len(sorted); i++ {
				cuts = append(cuts, (sorted[i]+sorted[i+1])/2)
			}
		} else {
			// Quantiles of the distinct values of the rows.
			all := slices.Clone(vals)
			slices.Sort(all)
			for q := 1; q < maxBins; q++ {
				c := all[q*len(all)/maxBins]
				if len(cuts) == 0 || c > cuts[len(cuts)-1] {
					cuts = append(cuts, c)
				}
			}
		}
		b.cuts[f] = cuts
		bf := make([]uint8, len(rows))
		for r, v := range vals {
			bf[r] = uint8(sortSearch(cuts, v))
		}
		b.bins[f] = bf
	}
	return b
}

// sortSearch returns the bin of v: the first cut at or above it.
func sortSearch(cuts []float32, v float32) int {
	lo, hi := 0, len(cuts)
	for lo < hi {
		m := (lo + hi) / 2
		if cuts[m] < v {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// growTree fits one tree to gradients g and hessians h of the rows in
// idx, and returns it with every row's new value added to pred.
func growTree(b *binned, g, h []float64, idx []int, bp boostParams, pred []float64) []treeNode {
	var nodes []treeNode
	var build func(idx []int, depth int) int16
	build = func(idx []int, depth int) int16 {
		var G, H float64
		for _, r := range idx {
			G += g[r]
			H += h[r]
		}
		value := -G / (H + bp.lambda) * bp.rate
		k := len(nodes)
		nodes = append(nodes, treeNode{feature: -1, value: float32(value)})
		if depth == bp.depth || H < 2*bp.minHess {
			for _, r := range idx {
				pred[r] += value
			}
			return int16(k)
		}
		bestGain, bestF, bestBin := 0.0, -1, 0
		parent := G * G / (H + bp.lambda)
		var hg, hh [256]float64
		for f := range b.bins {
			nb := len(b.cuts[f]) + 1
			if nb < 2 {
				continue
			}
			clear(hg[:nb])
			clear(hh[:nb])
			bf := b.bins[f]
			for _, r := range idx {
				hg[bf[r]] += g[r]
				hh[bf[r]] += h[r]
			}
			var gl, hl float64
			for bin := 0; bin+1 < nb; bin++ {
				gl += hg[bin]
				hl += hh[bin]
				gr, hr := G-gl, H-hl
				if hl < bp.minHess || hr < bp.minHess {
					continue
				}
				gain := gl*gl/(hl+bp.lambda) + gr*gr/(hr+bp.lambda) - parent
				if gain > bestGain {
					bestGain, bestF, bestBin = gain, f, bin
				}
			}
		}
		if bestF < 0 {
			for _, r := range idx {
				pred[r] += value
			}
			return int16(k)
		}
		var left, right []int
		for _, r := range idx {
			if int(b.bins[bestF][r]) <= bestBin {
				left = append(left, r)
			} else {
				right = append(right, r)
			}
		}
		nodes[k].feature = int16(bestF)
		nodes[k].threshold = b.cuts[bestF][bestBin]
		l := build(left, depth+1)
		r := build(right, depth+1)
		nodes[k].left, nodes[k].right = l, r
		return int16(k)
	}
	build(idx, 0)
	return nodes
}

// boostLogistic fits a forest to weighted labels y (0 or 1) by logistic
// loss.
func boostLogistic(rows [][]float32, ys, ws []float32, dim int, bp boostParams) forest {
	b := binRows(rows, dim, bp.maxBins)
	n := len(rows)
	var pos, all float64
	for r := range n {
		pos += float64(ws[r] * ys[r])
		all += float64(ws[r])
	}
	prior := math.Log(max(pos, 1) / max(all-pos, 1))
	f := forest{base: float32(prior)}
	pred := make([]float64, n)
	for r := range pred {
		pred[r] = prior
	}
	g, h := make([]float64, n), make([]float64, n)
	idx := make([]int, n)
	for r := range idx {
		idx[r] = r
	}
	for range bp.rounds {
		for r := range n {
			p := 1 / (1 + math.Exp(-pred[r]))
			g[r] = (p - float64(ys[r])) * float64(ws[r])
			h[r] = max(p*(1-p), 1e-6) * float64(ws[r])
		}
		f.trees = append(f.trees, growTree(b, g, h, idx, bp, pred))
	}
	return f
}

// boostRanker fits a forest so that in each group the positive candidates
// take the most of a softmax over the group: first the weighted sum
// (linearRanker, with L2 penalty l2), then bp.rounds trees on what it
// leaves.
func boostRanker(groups []rankGroup, dim int, l2 float64, bp boostParams) forest {
	var rows [][]float32
	var start []int
	for _, g := range groups {
		start = append(start, len(rows))
		rows = append(rows, g.rows...)
	}
	b := binRows(rows, dim, bp.maxBins)
	n := len(rows)
	f := forest{linear: linearRanker(groups, dim, l2)}
	pred := make([]float64, n)
	for r, x := range rows {
		for k, w := range f.linear {
			pred[r] += float64(w * x[k])
		}
	}
	g, h := make([]float64, n), make([]float64, n)
	idx := make([]int, n)
	for r := range idx {
		idx[r] = r
	}
	for range bp.rounds {
		for gi, grp := range groups {
			s := start[gi]
			top := math.Inf(-1)
			for k := range grp.rows {
				top = max(top, pred[s+k])
			}
			var all, pos float64
			for k := range grp.rows {
				e := math.Exp(pred[s+k] - top)
				all += e
				if grp.pos[k] {
					pos += e
				}
			}
			for k := range grp.rows {
				e := math.Exp(pred[s+k] - top)
				p := e / all
				q := 0.0
				if grp.pos[k] {
					q = e / pos
				}
				g[s+k] = p - q
				h[s+k] = max(p*(1-p), 1e-6)
			}
		}
		f.trees = append(f.trees, growTree(b, g, h, idx, bp, pred))
	}
	return f
}

// linearRanker fits the weights of a softmax over each group's candidates
// (a conditional logit) by full-batch gradient descent with Adam steps and
// an L2 penalty.
func linearRanker(groups []rankGroup, dim int, l2 float64) []float32 {
	const (
		rounds     = 600
		step       = 0.05
		beta1      = 0.9
		beta2      = 0.999
		smallValue = 1e-8
	)
	w := make([]float64, dim)
	m1, m2 := make([]float64, dim), make([]float64, dim)
	g := make([]float64, dim)
	var s []float64
	for round := 1; round <= rounds; round++ {
		clear(g)
		for _, grp := range groups {
			s = s[:0]
			top := math.Inf(-1)
			for _, x := range grp.rows {
				v := 0.0
				for k := range dim {
					v += w[k] * float64(x[k])
				}
				s = append(s, v)
				top = max(top, v)
			}
			var all, pos float64
			for k := range s {
				s[k] = math.Exp(s[k] - top)
				all += s[k]
				if grp.pos[k] {
					pos += s[k]
				}
			}
			for k, x := range grp.rows {
				d := s[k] / all
				if grp.pos[k] {
					d -= s[k] / pos
				}
				for f := range dim {
					g[f] += d * float64(x[f])
				}
			}
		}
		c1, c2 := 1-math.Pow(beta1, float64(round)), 1-math.Pow(beta2, float64(round))
		for k := range dim {
			gk := g[k]/float64(len(groups)) + 2*l2*w[k]
			m1[k] = beta1*m1[k] + (1-beta1)*gk
			m2[k] = beta2*m2[k] + (1-beta2)*gk*gk
			w[k] -= step * (m1[k] / c1) / (math.Sqrt(m2[k]/c2) + smallValue)
		}
	}
	out := make([]float32, dim)
	for k := range w {
		out[k] = float32(w[k])
	}
	return out
}
