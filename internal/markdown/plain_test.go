package markdown

import (
	"bytes"
	"testing"
)

// goldmarkHTML is what goldmark itself makes of src.
func goldmarkHTML(t testing.TB, src string) string {
	var b bytes.Buffer
	if err := md.Convert([]byte(src), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// plainBodies are made-up bodies of plain prose: the shortcut takes them.
var plainBodies = []string{
	"",
	"\n\n",
	"One line.",
	"The harbour reopened on Tuesday, three weeks after the flood.\n\n\"We lost everything,\" said Ana Pérez, who runs the café.\n\nBoats (about 40) returned at dawn; some 2,000 people watched.",
	"\n\nLeading and trailing blank lines.\n\n\n\nAnd more than one between paragraphs.\n\n",
	"A paragraph\nwith a soft break\nor two.",
	"2025 was a year of floods.\n\n1984 and 2001 too: 30% more rain, $5 million lost, 4/5 of the docks; was it right? Yes!",
	"東京の美術館が再開した。\n\nМосква приняла решение. Ἀθῆναι. مرحبا بالعالم",
	"Quotes \"inside\" and 'single' ones, an apostrophe's, e-mail a@b.example and https://example.com/x?y=1#z.",
	"Hyphen-ated words - and dashes – and — em dashes; a line ending in a hyphen-\nand one #tag mid-line + plus = equals.",
	"No-break\u00a0space and\u00a0\nnext line\u00a0starting with one.",
}

// markupBodies are made-up bodies with something goldmark reads as markup
// (or writes otherwise than as it is): the shortcut leaves them to it.
var markupBodies = []string{
	"# A heading",
	"Text\n# heading after",
	"1. first\n2. second",
	"Before\n1) item",
	"- item",
	"+ item",
	"Title\n=====",
	"Title\n---",
	"0\n:-",
	"Name\n:-:",
	"    indented code",
	"Para\n  indented continuation",
	"Hard  \nbreak",
	"Hard\\\nbreak",
	"*emphasis*",
	"snake_case",
	"`code`",
	"[link](http://example.com)",
	"![image](x.png)",
	"<b>raw</b>",
	"a & b",
	"&amp; entity",
	"a | b\n--|--\n1 | 2",
	"~~struck~~",
	"> quoted",
	"tab\there",
	"carriage\r\nreturn",
	"nul\x00byte",
	"bad \xff utf-8",
	"trailing space ",
	"\n \n",
}

func TestPlainHTMLMatchesGoldmark(t *testing.T) {
	for _, src := range plainBodies {
		var b bytes.Buffer
		if !plainHTML(&b, src) {
			t.Errorf("plain prose %q left to goldmark", src)
			continue
		}
		if got, want := b.String(), goldmarkHTML(t, src); got != want {
			t.Errorf("%q:\n got %q\nwant %q", src, got, want)
		}
	}
}

func TestPlainHTMLLeavesMarkupToGoldmark(t *testing.T) {
	for _, src := range markupBodies {
		var b bytes.Buffer
		if plainHTML(&b, src) {
			t.Errorf("%q taken as plain text: %q", src, b.String())
		}
		got, err := ToHTML(src)
		if err != nil {
			t.Fatal(err)
		}
		if want := goldmarkHTML(t, src); got != want {
			t.Errorf("ToHTML(%q) = %q, want goldmark's %q", src, got, want)
		}
	}
}

// FuzzPlainHTML checks that whatever the shortcut renders is what
// goldmark renders, byte for byte.
func FuzzPlainHTML(f *testing.F) {
	for _, src := range append(append([]string(nil), plainBodies...), markupBodies...) {
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		var b bytes.Buffer
		if !plainHTML(&b, src) {
			return
		}
		if got, want := b.String(), goldmarkHTML(t, src); got != want {
			t.Errorf("%q:\n got %q\nwant %q", src, got, want)
		}
	})
}
