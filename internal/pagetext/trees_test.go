package pagetext

import (
	"math"
	"math/rand/v2"
	"testing"
)

// orderKey must order floats as <= does, or scoreAll would send a line
// down another branch than score.
func TestOrderKeyOrdersAsFloats(t *testing.T) {
	nan := float32(math.NaN())
	vals := []float32{0, float32(math.Copysign(0, -1)), 1, -1, 0.5, -0.5, 1e-45, -1e-45, 1e38, -1e38,
		float32(math.Inf(1)), float32(math.Inf(-1)), nan, -nan, 0.21972, 0.21973, -2, 2}
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		vals = append(vals, math.Float32frombits(r.Uint32()))
	}
	for _, x := range vals {
		for _, th := range vals {
			if th != th {
				continue // no threshold is NaN (compile checks)
			}
			if got, want := orderKey(x) <= orderKey(th), x <= th; got != want {
				t.Fatalf("x %g (%#x), t %g (%#x): keys say x <= t is %v, floats %v",
					x, math.Float32bits(x), th, math.Float32bits(th), got, want)
			}
		}
	}
}

// keyFloat undoes orderKey: the masks compare a feature asked with one
// threshold to the float keyFloat gives back.
func TestKeyFloatUndoesOrderKey(t *testing.T) {
	vals := []float32{0, float32(math.Copysign(0, -1)), 1, -1, 1e-45, -1e-45, float32(math.Inf(1)), float32(math.Inf(-1)), -0.5}
	r := rand.New(rand.NewPCG(5, 6))
	for range 2000 {
		vals = append(vals, math.Float32frombits(r.Uint32()))
	}
	for _, x := range vals {
		if x != x {
			continue // no threshold is NaN
		}
		if got := keyFloat(orderKey(x)); got != x {
			t.Fatalf("keyFloat(orderKey(%g)) = %g", x, got)
		}
	}
}

// scoreAll gives every row exactly score's number, for rows of any count
// (one 64-row word of bits and the next; four rows at a time and the
// rest), trees of any count and depth, with odd values among the features
// and values right at the trees' thresholds and beside them.
func TestScoreAllIsScore(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	odd := []float32{0, float32(math.Copysign(0, -1)), float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1)), -1, 0.5, 1}
	m := trained()
	var forests []*forest
	for _, f := range []*forest{&m.body1, &m.body2, &m.body3} {
		if f.masks == nil || f.dense == nil || f.dense.thrKey == nil {
			t.Fatal("a trained forest has no mask or keyed dense form: scoreAll would not be tested")
		}
		forests = append(forests, f)
		// The same trees without their mask form: scoreAll walks the
		// keyed dense form then, as it does trees too deep for masks.
		walked := *f
		walked.masks = nil
		forests = append(forests, &walked)
		// One tree fewer.
		fewer := &forest{base: f.base, trees: f.trees[:len(f.trees)-1]}
		fewer.compile()
		forests = append(forests, fewer)
	}
	// The ranker's trees are two deep: masks fill them out to four.
	shallow := &forest{base: 0.25, trees: m.title.trees}
	shallow.compile()
	if shallow.masks == nil {
		t.Fatal("the ranker's trees have no mask form")
	}
	forests = append(forests, shallow)
	for _, f := range forests {
		dim := 0
		var at []float32 // the thresholds, and the floats either side
		for _, tr := range f.trees {
			for _, n := range tr {
				dim = max(dim, int(n.feature)+1)
				if n.feature >= 0 {
					at = append(at, n.threshold, math.Nextafter32(n.threshold, -1e9), math.Nextafter32(n.threshold, 1e9))
				}
			}
		}
		for _, n := range []int{0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 63, 64, 65, 130} {
			rows := make([][]float32, n)
			for i := range rows {
				rows[i] = make([]float32, dim)
				for k := range rows[i] {
					switch r.IntN(6) {
					case 0:
						rows[i][k] = odd[r.IntN(len(odd))]
					case 1, 2:
						rows[i][k] = at[r.IntN(len(at))]
					default:
						rows[i][k] = r.Float32()*3 - 1
					}
				}
			}
			got := f.scoreAll(n, func(i int) []float32 { return rows[i] })
			for i := range rows {
				if want := f.score(rows[i]); math.Float32bits(got[i]) != math.Float32bits(want) {
					t.Errorf("%d rows, row %d: scoreAll %v, score %v", n, i, got[i], want)
				}
			}
		}
	}
}

// lowerBound32 counts as lowerBound does, for any count of keys below 32
// and a value at, between, below or above every key.
func TestLowerBound32IsLowerBound(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for n := 1; n < 32; n++ {
		for range 20 {
			keys := make([]int32, 0, n)
			k := int32(r.IntN(50)) - 1000
			for range n {
				k += 1 + int32(r.IntN(40))
				keys = append(keys, k)
			}
			var padded [32]int32
			for i := range padded {
				padded[i] = math.MaxInt32
			}
			copy(padded[:], keys)
			xs := []int32{math.MinInt32, math.MaxInt32, 0, keys[0] - 1, keys[n-1] + 1}
			for _, k := range keys {
				xs = append(xs, k-1, k, k+1)
			}
			for _, x := range xs {
				if got, want := lowerBound32(&padded, x), lowerBound(keys, x); got != want {
					t.Fatalf("keys %v, x %d: lowerBound32 %d, lowerBound %d", keys, x, got, want)
				}
			}
		}
	}
}
