package pagetext

import "testing"

// A word set answers as its map would: the quick test before the map
// never turns a member away, whatever its length or bytes.
func TestWordSetIsItsMap(t *testing.T) {
	long := "a-very-long-compound-word-of-more-than-thirty-one-bytes"
	members := []string{"by", "we're", "publié", "veröffentlicht", long, "x"}
	s := newWordSet(members...)
	for _, w := range members {
		if !s.has(w) {
			t.Errorf("%q is in the set but has says no", w)
		}
	}
	for _, w := range []string{"", "b", "y", "byy", "bY", "we", "publie", long[:31], long[:32], long + "s", "xx", "é"} {
		if s.has(w) {
			t.Errorf("%q is not in the set but has says yes", w)
		}
	}
	for _, set := range []*wordSet{roleWords, glueWords, pitchWords, creditSecond} {
		for w := range set.words {
			if !set.has(w) {
				t.Errorf("%q is in its set but has says no", w)
			}
		}
	}
}
