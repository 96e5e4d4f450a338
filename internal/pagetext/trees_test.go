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

// scoreAll gives every row exactly score's number, for rows of any count
// (four at a time and the rest) and trees of any count, with odd values
// among the features.
func TestScoreAllIsScore(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	odd := []float32{0, float32(math.Copysign(0, -1)), float32(math.NaN()), float32(math.Inf(1)), -1, 0.5, 1}
	var forests []*forest
	for _, f := range []*forest{&trained().body1, &trained().body2} {
		if f.dense == nil || f.dense.thrKey == nil {
			t.Fatal("the trained forest has no keyed dense form: scoreAll would not be tested")
		}
		// The same trees without their small form, when they have one:
		// scoreAll walks the keyed dense form then.
		if f.dense.small != nil {
			d := *f.dense
			d.small, d.smallLeaf = nil, nil
			forests = append(forests, &forest{base: f.base, trees: f.trees, dense: &d})
		}
		forests = append(forests, f)
		// One tree fewer: the walk takes the trees two at a time, and the
		// odd one out must be added too.
		odd := &forest{base: f.base, trees: f.trees[:len(f.trees)-1]}
		odd.compile()
		forests = append(forests, odd)
	}
	for _, f := range forests {
		dim := 0
		for _, tr := range f.trees {
			for _, n := range tr {
				dim = max(dim, int(n.feature)+1)
			}
		}
		for n := range 11 {
			rows := make([][]float32, n)
			for i := range rows {
				rows[i] = make([]float32, dim)
				for k := range rows[i] {
					if r.IntN(4) == 0 {
						rows[i][k] = odd[r.IntN(len(odd))]
					} else {
						rows[i][k] = r.Float32()*3 - 1
					}
				}
			}
			got := f.scoreAll(n, func(i int) []float32 { return rows[i] })
			for i := range rows {
				if want := f.score(rows[i]); got[i] != want {
					t.Errorf("%d rows, row %d: scoreAll %v, score %v", n, i, got[i], want)
				}
			}
		}
	}
}
