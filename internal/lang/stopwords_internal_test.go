package lang

import (
	"slices"
	"strings"
	"testing"
)

// The packed table answers as a map of the lists would: every stopword
// with its languages, and nothing for a word near one.
func TestStopCodesAsLists(t *testing.T) {
	want := map[string][]string{}
	for code, words := range stopwords {
		for _, w := range strings.Fields(words) {
			want[w] = append(want[w], code)
		}
	}
	for w, codes := range want {
		got := slices.Clone(stopCodes(w))
		slices.Sort(got)
		slices.Sort(codes)
		if !slices.Equal(got, codes) {
			t.Errorf("stopCodes(%q) = %v, the lists say %v", w, got, codes)
		}
		for _, near := range []string{w + "\x00", "\x00" + w, w + "x", "x" + w, w[:len(w)-1], strings.ToUpper(w), w + w} {
			if want[near] == nil && stopCodes(near) != nil {
				t.Errorf("stopCodes(%q) = %v, no list has it", near, stopCodes(near))
			}
		}
	}
	for _, w := range []string{"", "\x00", "river", "zwischenx", "longerthaneight"} {
		if stopCodes(w) != nil {
			t.Errorf("stopCodes(%q) = %v, no list has it", w, stopCodes(w))
		}
	}
}

// StopwordsOf(code).Is answers as IsStopword(code, ·) does, for the
// languages with a list, those without one and no language at all.
func TestStopwordsOfIsIsStopword(t *testing.T) {
	var words []string
	for _, ws := range stopwords {
		for _, w := range strings.Fields(ws) {
			words = append(words, w, w+"x", strings.ToUpper(w))
		}
	}
	words = append(words, "", "river", "longerthaneight")
	codes := append(slices.Clone(listCodes), "", "pl", "ru", "zh", "EN")
	for _, code := range codes {
		sw := StopwordsOf(code)
		for _, w := range words {
			if got, want := sw.Is(w), IsStopword(code, w); got != want {
				t.Errorf("StopwordsOf(%q).Is(%q) = %v, IsStopword says %v", code, w, got, want)
			}
		}
	}
}

// packWord puts each byte of a word of up to eight at its own place, and
// turns down a word with a NUL byte anywhere in it.
func TestPackWordEveryPlace(t *testing.T) {
	for n := 1; n <= 8; n++ {
		for at := range n {
			for _, c := range []byte{0, 1, 'a', 0x80, 0xff} {
				w := []byte(strings.Repeat("é", 4)[:n])
				w[at] = c
				var want uint64
				ok := true
				for i, b := range w {
					want |= uint64(b) << (8 * i)
					ok = ok && b != 0
				}
				if got, gotOK := packWord(string(w)); gotOK != ok || ok && got != want {
					t.Errorf("packWord(%q) = %#x, %v; want %#x, %v", w, got, gotOK, want, ok)
				}
			}
		}
	}
	if _, ok := packWord("ninebytes"); ok {
		t.Error("packWord took nine bytes")
	}
}
