package htmlpage

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/textproto"
	"strings"

	"github.com/morgue-archive/morgue/internal/article"
)

// A page saved "as a single file" (Chrome's and Edge's .mhtml, Internet
// Explorer's and Word's .mht) is a MIME message: headers naming the page's
// address (Snapshot-Content-Location), then a multipart/related body whose
// parts are the page's HTML, its frames, pictures and style sheets, each
// with its own Content-Type, Content-Location and Content-Transfer-Encoding
// (quoted-printable or base64 for the HTML). The story is in the root
// part: the one the body's "start" parameter names by Content-ID, else
// the first HTML part (a frame's HTML follows the page's). It is read as a
// saved page, in the charset its part declares, with the part's address as
// the page's.

// ErrNoHTMLPart means an MHTML file holds no HTML page.
var ErrNoHTMLPart = errors.New("no HTML page in the MHTML file")

// ParseMHTML reads a page saved as MHTML.
func ParseMHTML(data []byte) (article.Article, []string, error) {
	page, opt, err := mhtmlRoot(data)
	if err != nil {
		return article.Article{}, nil, err
	}
	a, _, warnings, err := ParsePage(page, opt)
	return a, warnings, err
}

// mhtmlRoot is the HTML of an MHTML file's root part, decoded from its
// transfer encoding, and what its headers say about it.
func mhtmlRoot(data []byte) ([]byte, Options, error) {
	r := textproto.NewReader(bufio.NewReader(bytes.NewReader(data)))
	h, err := r.ReadMIMEHeader()
	if err != nil && len(h) == 0 {
		return nil, Options{}, fmt.Errorf("%w: cannot read the MIME headers: %v", ErrNotHTML, err)
	}
	opt := Options{URL: strings.TrimSpace(h.Get("Snapshot-Content-Location"))}
	mt, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil {
		return nil, opt, fmt.Errorf("%w: the MHTML file has no Content-Type", ErrNotHTML)
	}
	if !strings.HasPrefix(mt, "multipart/") {
		// A message of one part: the page itself.
		body, err := decodePart(r.R, h.Get("Content-Transfer-Encoding"))
		if err != nil || !isHTMLPart(mt) {
			return nil, opt, ErrNoHTMLPart
		}
		opt.ContentType = h.Get("Content-Type")
		if opt.URL == "" {
			opt.URL = strings.TrimSpace(h.Get("Content-Location"))
		}
		return body, opt, nil
	}
	if params["boundary"] == "" {
		return nil, opt, fmt.Errorf("%w: the MHTML file's parts have no boundary", ErrNotHTML)
	}
	start := strings.Trim(params["start"], "<> ")
	mr := multipart.NewReader(r.R, params["boundary"])
	var first []byte
	var firstOpt Options
	for {
		// NextRawPart: the transfer encoding is read here, base64 as
		// well as quoted-printable.
		p, err := mr.NextRawPart()
		if err != nil {
			break
		}
		pt, _, _ := mime.ParseMediaType(p.Header.Get("Content-Type"))
		if !isHTMLPart(pt) {
			continue
		}
		body, err := decodePart(p, p.Header.Get("Content-Transfer-Encoding"))
		if err != nil {
			continue
		}
		o := Options{URL: opt.URL, ContentType: p.Header.Get("Content-Type")}
		if loc := strings.TrimSpace(p.Header.Get("Content-Location")); loc != "" && !strings.HasPrefix(loc, "cid:") {
			o.URL = loc
		}
		if start != "" && strings.Trim(p.Header.Get("Content-ID"), "<> ") == start {
			return body, o, nil
		}
		if first == nil {
			first, firstOpt = body, o
			if start == "" {
				break
			}
		}
	}
	if first == nil {
		return nil, opt, ErrNoHTMLPart
	}
	return first, firstOpt, nil
}

// isHTMLPart reports the media type of a web page.
func isHTMLPart(mt string) bool {
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// decodePart reads a part's body in its transfer encoding, up to MaxPage
// (a longer one is refused by the parser).
func decodePart(r io.Reader, enc string) ([]byte, error) {
	switch strings.ToLower(strings.TrimSpace(enc)) {
	case "quoted-printable":
		r = quotedprintable.NewReader(r)
	case "base64":
		r = base64.NewDecoder(base64.StdEncoding, r) // line breaks are skipped
	}
	return io.ReadAll(io.LimitReader(r, MaxPage+1))
}
