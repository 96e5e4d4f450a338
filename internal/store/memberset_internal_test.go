package store

import (
	"database/sql/driver"
	"slices"
	"testing"
)

// Both forms of a set answer alike: a bitmap when the ids are dense, the
// sorted ids when they are sparse.
func TestMemberSetForms(t *testing.T) {
	dense := []int64{1, 2, 3, 5, 8, 13, 21, 34, 55, 63, 64, 65}
	sparse := []int64{7, 1_000_000, 1 << 40}
	for _, ids := range [][]int64{dense, sparse, nil} {
		s := newMemberSet(ids)
		if (s.bits != nil) != (len(ids) > 0 && ids[0] == 1) {
			t.Errorf("%v: bitmap %v", ids, s.bits != nil)
		}
		for _, id := range []int64{-1, 0, 1, 4, 7, 63, 64, 65, 66, 1_000_000, 1 << 40, 1<<40 + 1} {
			if got, want := s.has(id), slices.Contains(ids, id); got != want {
				t.Errorf("%v: has(%d) = %v", ids, id, got)
			}
		}
	}
}

func TestParseIDs(t *testing.T) {
	for in, want := range map[string][]int64{"": {}, "7": {7}, "1,22,333": {1, 22, 333}} {
		got, err := parseIDs(in)
		if err != nil || !slices.Equal(got, want) {
			t.Errorf("parseIDs(%q) = %v, %v", in, got, err)
		}
	}
	for _, in := range []string{",", "1,,2", "1,", "x", "1,-2", "12345678901234567890"} {
		if got, err := parseIDs(in); err == nil {
			t.Errorf("parseIDs(%q) = %v, want an error", in, got)
		}
	}
}

// A set stays findable by in_set while a query holds it, even after the
// cache let go of it, and is gone after the last release.
func TestMemberSetHolds(t *testing.T) {
	s := newMemberSet([]int64{1, 2})
	register(s)
	hold(s)
	release(s) // the cache's hold
	if _, err := inSet(nil, []driver.Value{s.key, int64(2)}); err != nil {
		t.Fatalf("held set: %v", err)
	}
	release(s)
	if _, err := inSet(nil, []driver.Value{s.key, int64(2)}); err == nil {
		t.Fatal("released set still answers")
	}
}

// eachOutside walks exactly the ids a set lacks, in either form of set.
func TestEachOutside(t *testing.T) {
	for _, ids := range [][]int64{{}, {0}, {1, 2, 3, 63, 64, 65, 127}, {5, 70, 200}} {
		for _, s := range []*memberSet{newMemberSet(ids), {ids: ids}} {
			var got []int64
			s.eachOutside(130, func(id int64) { got = append(got, id) })
			var want []int64
			for id := range int64(130) {
				if !slices.Contains(ids, id) {
					want = append(want, id)
				}
			}
			if !slices.Equal(got, want) {
				t.Errorf("outside %v (bits %v): %v, want %v", ids, s.bits != nil, got, want)
			}
		}
	}
}
