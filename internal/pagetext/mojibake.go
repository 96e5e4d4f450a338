package pagetext

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// A page whose UTF-8 was read once as windows-1252 (or Latin-1) and saved
// again as UTF-8 shows each character beyond ASCII as two or three:
// "youâ€™re" for "you’re", "Â " for a no-break space, "cafÃ©" for
// "café". A word of it is no word of the story ("youâ", "re"). Each
// such group spells, byte by byte in windows-1252, one UTF-8 character:
// a lead byte (Â Ã â …) and its continuation bytes (€ ™ © and the like),
// a run that ordinary text in any language almost never holds.

// repairMojibake gives back s with every such group read as the character
// it spells, when the page is such a page: at least mojibakeMin groups,
// more of them than characters beyond ASCII outside them. A page that
// quotes a group or two ("I saw \"Ã¤\" instead of \"ä\"") keeps the
// author's words, as does a text without one.
func repairMojibake(s string) string {
	k := mojibakeAt(s)
	if k < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:k])
	groups, others := 0, 0
	for _, r := range s[:k] {
		if r >= utf8.RuneSelf {
			others++
		}
	}
	for i := k; i < len(s); {
		if s[i] < utf8.RuneSelf {
			b.WriteByte(s[i])
			i++
			continue
		}
		if r, n := spelledRune(s[i:]); n > 0 {
			b.WriteRune(r)
			i += n
			groups++
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		b.WriteString(s[i : i+size])
		i += size
		others++
	}
	if groups < mojibakeMin || groups <= others {
		return s
	}
	return b.String()
}

// mojibakeMin is how many groups make a page one read in the wrong
// encoding.
const mojibakeMin = 3

// mojibakeAt returns where the first group that spells a UTF-8 character
// starts, or -1. Most texts have none of the lead bytes Â, Ã or â (in
// UTF-8 "\xc3\x82", "\xc3\x83", "\xc3\xa2"); a text in French or
// Portuguese has many "\xc3", each checked only for those three.
func mojibakeAt(s string) int {
	for off := 0; ; {
		j := strings.IndexByte(s[off:], 0xc3)
		if j < 0 {
			return -1
		}
		i := off + j
		if i+2 < len(s) {
			switch s[i+1] {
			case 0x82, 0x83, 0xa2:
				if _, n := spelledRune(s[i:]); n > 0 {
					return i
				}
			}
		}
		off = i + 1
	}
}

// spelledRune reads at the start of s a group of characters whose
// windows-1252 bytes make one UTF-8 character of two bytes or more, and
// returns that character and the group's length in s; n is 0 when s
// opens with no such group.
func spelledRune(s string) (r rune, n int) {
	var buf [utf8.UTFMax]byte
	lead, size := utf8.DecodeRuneInString(s)
	c, ok := cp1252Byte(lead)
	if !ok || c < 0xc2 || c > 0xf4 {
		return 0, 0
	}
	want := 2
	if c >= 0xf0 {
		want = 4
	} else if c >= 0xe0 {
		want = 3
	}
	buf[0] = c
	n = size
	for k := 1; k < want; k++ {
		r, size := utf8.DecodeRuneInString(s[n:])
		b, ok := cp1252Byte(r)
		if !ok || b < 0x80 || b > 0xbf {
			return 0, 0
		}
		buf[k] = b
		n += size
	}
	r, size = utf8.DecodeRune(buf[:want])
	if r == utf8.RuneError || size != want {
		return 0, 0
	}
	return r, n
}

// cp1252Byte returns the windows-1252 byte of a character beyond ASCII,
// and the Latin-1 byte of the C1 controls that windows-1252 leaves
// undefined (0x81, 0x8d, 0x8f, 0x90, 0x9d), which such pages keep as they
// were.
func cp1252Byte(r rune) (byte, bool) {
	if r < 0x80 {
		return 0, false
	}
	if r <= 0x9f {
		return byte(r), true
	}
	return charmap.Windows1252.EncodeRune(r)
}
