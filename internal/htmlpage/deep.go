package htmlpage

import (
	"bytes"

	"golang.org/x/net/html"
)

// The HTML parser refuses a page nested deeper than 512 open elements,
// where a browser shows it: a template that opens a <div> or a <font> in
// a loop and never closes it, a forum thread that quotes each reply inside
// the one before. Such a page is read again with the elements below the
// 256th level left unopened (their text stays, in the element above), or
// the 128th, … while the parser still refuses it (flatParse).

// flatParse parses a page too deep for the parser, flattened.
func flatParse(text []byte) (*html.Node, error) {
	var err error
	for limit := 256; limit >= 16; limit /= 2 {
		var doc *html.Node
		if doc, err = html.Parse(bytes.NewReader(flattenDeep(text, limit))); err == nil {
			return doc, nil
		}
	}
	return nil, err
}

// flattenDeep rewrites a page so that no more than limit elements are
// open at a time. Elements that pages leave open as a rule (a paragraph,
// a list item, a table cell) are not counted, nor are empty ones (<br>,
// <img>), those whose content is raw text (<script>, <style>), which
// are kept whole, and headings, which the parser never nests (a heading
// closes the one open before it), so that a headline deep in the page
// stays one.
func flattenDeep(text []byte, limit int) []byte {
	z := html.NewTokenizer(bytes.NewReader(text))
	var out bytes.Buffer
	out.Grow(len(text))
	depth := 0
	dropped := map[string]int{}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out.Bytes()
		case html.StartTagToken:
			name, _ := z.TagName()
			if !uncounted[string(name)] {
				if depth >= limit {
					dropped[string(name)]++
					continue
				}
				depth++
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if !uncounted[string(name)] {
				if dropped[string(name)] > 0 {
					dropped[string(name)]--
					continue
				}
				depth = max(depth-1, 0)
			}
		}
		out.Write(z.Raw())
	}
}

// uncounted are the elements flattenDeep neither counts nor drops.
var uncounted = map[string]bool{
	"p": true, "li": true, "dt": true, "dd": true, "option": true, "optgroup": true, "tr": true, "td": true, "th": true,
	"tbody": true, "thead": true, "tfoot": true, "colgroup": true, "rb": true, "rt": true, "rp": true,
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true, "input": true, "link": true,
	"meta": true, "source": true, "track": true, "wbr": true, "param": true, "keygen": true,
	"script": true, "style": true, "textarea": true, "title": true, "xmp": true, "iframe": true, "noembed": true,
	"noframes": true, "noscript": true, "plaintext": true, "template": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
}
