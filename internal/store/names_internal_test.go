package store

import (
	"encoding/json"
	"slices"
	"testing"
)

// decodeNames cuts arrays without escapes itself; whatever the names hold,
// it must read what encoding/json reads.
func TestDecodeNamesReadsWhatJSONReads(t *testing.T) {
	for _, names := range [][]string{
		{"Ana Díaz"},
		{"Ana Díaz", "Bo Li"},
		{""},
		{"a", ""},
		{"", "b", ""},
		{`O"Brien`, `back\slash`},
		{"a\",\"b", "c"},
		{"tab\there", "line\nbreak", "北京"},
		{"ends with quote\"", "\",\""},
	} {
		b, err := json.Marshal(names)
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodeNames(b)
		if err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		if !slices.Equal(got, names) {
			t.Errorf("%s: got %q, want %q", b, got, names)
		}
	}
	if got, err := decodeNames([]byte("[]")); err != nil || got != nil {
		t.Errorf("[]: got %q, %v; want nil", got, err)
	}
	for _, bad := range []string{"", "x", `["a"`, `[1]`} {
		if _, err := decodeNames([]byte(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}
