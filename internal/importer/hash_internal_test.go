package importer

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"strings"
	"testing"
)

// Archives made before keep their hashes: the same article imported again
// must still be found as a duplicate.
func TestContentHashUnchanged(t *testing.T) {
	old := func(title, body string) string {
		h := sha256.New()
		io.WriteString(h, strings.Join(strings.Fields(strings.ToLower(title)), " "))
		io.WriteString(h, "\n")
		io.WriteString(h, strings.Join(strings.Fields(strings.ToLower(body)), " "))
		return hex.EncodeToString(h.Sum(nil))
	}
	for _, c := range [][2]string{{"", ""}, {"  A  B ", "\tÉcole\u00a0ÀB\r\n x  "}, {"İstanbul ǅ", "ΣΑΣ  straße\u2003Ω"},
		{"\u0085NEL\u0085", "bad \xff\xfe bytes\u2028Line\u3000END\x00"}, {"   ", "ONE"}, {"Ünïcödé\n\n", "\v\f Ŧitle ẞ"}} {
		if got, want := contentHash(c[0], c[1]), old(c[0], c[1]); got != want {
			t.Errorf("%q: %s != %s", c, got, want)
		}
	}
}
