package htmlpage

import (
	"bytes"
	"errors"
	"fmt"
	"mime"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"
)

// ErrNotHTML means the bytes are not a web page: empty, or binary.
var ErrNotHTML = errors.New("not an HTML page")

// reMetaCharset finds <meta charset=…> and the charset parameter of <meta
// http-equiv=Content-Type content=…>.
var reMetaCharset = lazyRegexp(`(?i)<meta\s[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

// metaScan is how far into a page a <meta> charset is looked for. The HTML
// standard's prescan stops at 1,024 bytes, but saved pages often carry
// kilobytes of inline script and style before it, and browsers then still
// honour it through their later re-parse.
const metaScan = 64 << 10

// toUTF8 decodes a page in whatever encoding it declares: a byte order mark
// first, then the Content-Type of the HTTP answer it came with (when
// known), then a <meta> charset; an undeclared page is UTF-8 when it is
// valid UTF-8 and windows-1252 otherwise (what browsers fall back to).
// golang.org/x/net/html/charset knows every encoding of the WHATWG list
// (windows-1252, Shift_JIS, EUC-KR, GB18030, Big5, KOI8-R, …) by its
// labels.
func toUTF8(data []byte, contentType string) ([]byte, string, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, "", fmt.Errorf("%w: empty", ErrNotHTML)
	}
	enc, name, byMeta := detect(data, contentType)
	if byMeta && name != "utf-8" && utf8.Valid(data) && !ascii(data) {
		// A page in UTF-8 whose template declares another charset: a
		// browser was told the truth by the HTTP header, which a saved
		// file no longer has. Text in a single-byte or CJK encoding
		// almost never reads as valid UTF-8 beyond ASCII.
		enc, name = nil, ""
	}
	if enc == nil {
		if i := bytes.IndexByte(data, 0); i >= 0 {
			return nil, "", fmt.Errorf("%w: binary data (a NUL byte at offset %d)", ErrNotHTML, i)
		}
		if utf8.Valid(data) {
			return data, "utf-8", nil
		}
		if !mostlyUTF8(data) {
			enc, name = charset.Lookup("windows-1252")
		}
	}
	if enc == nil || enc == encoding.Nop || name == "utf-8" {
		data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
		if !utf8.Valid(data) {
			data = repairUTF8(data)
		}
		return data, "utf-8", nil
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), data)
	if err != nil {
		return nil, name, fmt.Errorf("cannot decode the page as %s: %w", name, err)
	}
	return out, name, nil
}

// A page in UTF-8 often holds a few bytes of another encoding: a
// paragraph pasted from a word processor into the CMS, a template saved
// in windows-1252. Browsers show each such byte as "�"; read as the
// windows-1252 character it almost always was, the word stays whole
// ("café", not "caf�"), and the rest of the page keeps its UTF-8.

// repairUTF8 reads each byte that is not part of a UTF-8 character as
// windows-1252.
func repairUTF8(data []byte) []byte {
	out := make([]byte, 0, len(data)+len(data)/8)
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size == 1 {
			r = charmap.Windows1252.DecodeByte(data[0])
		}
		out = utf8.AppendRune(out, r)
		data = data[size:]
	}
	return out
}

// mostlyUTF8 reports an undeclared page whose characters beyond ASCII
// are mostly UTF-8 ones, with some stray bytes that are not: a page in
// UTF-8, not one in windows-1252 (where two bytes in a row rarely make a
// UTF-8 character).
func mostlyUTF8(data []byte) bool {
	multi, stray := 0, 0
	for len(data) > 0 {
		if data[0] < utf8.RuneSelf {
			data = data[1:]
			continue
		}
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size == 1 {
			stray++
		} else {
			multi++
		}
		data = data[size:]
	}
	return multi > stray
}

// detect returns the encoding the page declares, or nil, and whether a
// <meta> alone declares it.
func detect(data []byte, contentType string) (encoding.Encoding, string, bool) {
	for _, b := range []struct {
		bom  string
		name string
	}{{"\xEF\xBB\xBF", "utf-8"}, {"\xFF\xFE", "utf-16le"}, {"\xFE\xFF", "utf-16be"}} {
		if bytes.HasPrefix(data, []byte(b.bom)) {
			e, name := charset.Lookup(b.name)
			return e, name, false
		}
	}
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		if e, name := charset.Lookup(params["charset"]); e != nil {
			return e, name, false
		}
	}
	if m := reMetaCharset().FindSubmatch(data[:min(len(data), metaScan)]); m != nil {
		if e, name := charset.Lookup(string(m[1])); e != nil {
			// A page that calls itself UTF-16 in ASCII bytes is not
			// (the standard says to read it as UTF-8).
			if name == "utf-16le" || name == "utf-16be" {
				e, name = charset.Lookup("utf-8")
			}
			return e, name, true
		}
	}
	return nil, "", false
}

// ascii reports bytes that are all ASCII.
func ascii(data []byte) bool {
	for _, b := range data {
		if b >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
