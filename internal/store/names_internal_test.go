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

// decodeTags cuts pairs without escapes itself; whatever the names and
// slugs hold, it must read what encoding/json reads.
func TestDecodeTagsReadsWhatJSONReads(t *testing.T) {
	for _, pairs := range [][][2]string{
		{{"Port Elwin", "port-elwin"}},
		{{"Port Elwin", "port-elwin"}, {"Storms", "storms"}, {"北京", "bei-jing"}},
		{{"", ""}},
		{{`O"Brien`, "o-brien"}, {`back\slash`, "backslash"}},
		{{`a"],["b`, "c"}, {"d", `","`}},
		{{"a],[b", "x"}, {"c, d", "e"}},
	} {
		b, err := json.Marshal(pairs)
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodeTags(b)
		if err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		if len(got) != len(pairs) {
			t.Fatalf("%s: got %d tags, want %d", b, len(got), len(pairs))
		}
		for i, p := range pairs {
			if got[i].Name != p[0] || got[i].Slug != p[1] {
				t.Errorf("%s: tag %d is %q/%q, want %q/%q", b, i, got[i].Name, got[i].Slug, p[0], p[1])
			}
		}
	}
	if got, err := decodeTags([]byte("[]")); err != nil || got != nil {
		t.Errorf("[]: got %v, %v; want nil", got, err)
	}
	for _, bad := range []string{"", "x", `[["a"]]`, `[["a","b","c"]]`, `[["a","b"]`, `[1]`} {
		if _, err := decodeTags([]byte(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}
