package pagetext

import (
	"strings"
	"testing"
)

// lowerInto gives what strings.ToLower gives, for accented and odd
// letters, invalid bytes and the replacement character, or says it ran out
// of room.
func TestLowerIntoIsToLower(t *testing.T) {
	for _, w := range []string{"", "Rondón", "ÉLODIE", "İstanbul", "Straße", "ẞ", "\u212aelvin", "ſ", "Σοφία",
		"Дмитрий", "a\xffb", "\xe2\x80", "\ufffd", "Ǆemal", "ǅ", "日本語", "ÀÉÎÕÜ-ÀÉÎÕÜ-ÀÉÎÕÜ"} {
		var buf [32]byte
		got, ok := lowerInto(buf[:0], w)
		if want := strings.ToLower(w); ok && string(got) != want {
			t.Errorf("lowerInto(%q) = %q, strings.ToLower gives %q", w, got, want)
		} else if !ok && len(want)+4 <= len(buf) {
			t.Errorf("lowerInto(%q) gave up with room for %q", w, want)
		}
	}
	if !hasLower(nameParticles, "VON") || !hasLower(bioVerbs, "É") || hasLower(bioVerbs, "Ê") {
		t.Error("hasLower does not look up the lower case")
	}
}
