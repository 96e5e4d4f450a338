package htmlpage

import (
	"bytes"
	"errors"
	"fmt"
	"mime"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
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
	enc, name := detect(data, contentType)
	if enc == nil {
		if i := bytes.IndexByte(data, 0); i >= 0 {
			return nil, "", fmt.Errorf("%w: binary data (a NUL byte at offset %d)", ErrNotHTML, i)
		}
		if utf8.Valid(data) {
			return data, "utf-8", nil
		}
		enc, name = charset.Lookup("windows-1252")
	}
	if enc == encoding.Nop || name == "utf-8" {
		return bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF")), "utf-8", nil
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), data)
	if err != nil {
		return nil, name, fmt.Errorf("cannot decode the page as %s: %w", name, err)
	}
	return out, name, nil
}

// detect returns the encoding the page declares, or nil.
func detect(data []byte, contentType string) (encoding.Encoding, string) {
	for _, b := range []struct {
		bom  string
		name string
	}{{"\xEF\xBB\xBF", "utf-8"}, {"\xFF\xFE", "utf-16le"}, {"\xFE\xFF", "utf-16be"}} {
		if bytes.HasPrefix(data, []byte(b.bom)) {
			return charset.Lookup(b.name)
		}
	}
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		if e, name := charset.Lookup(params["charset"]); e != nil {
			return e, name
		}
	}
	if m := reMetaCharset().FindSubmatch(data[:min(len(data), metaScan)]); m != nil {
		if e, name := charset.Lookup(string(m[1])); e != nil {
			// A page that calls itself UTF-16 in ASCII bytes is not
			// (the standard says to read it as UTF-8).
			if name == "utf-16le" || name == "utf-16be" {
				return charset.Lookup("utf-8")
			}
			return e, name
		}
	}
	return nil, ""
}
