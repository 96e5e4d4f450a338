package article_test

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"morgue/internal/article"
	"morgue/internal/markdown"
)

func TestSlugify(t *testing.T) {
	for in, want := range map[string]string{
		"Kristi Noem announces US-Colombia agreement": "kristi-noem-announces-us-colombia-agreement",
		"Emmanuel Alejandro Rondón":                   "emmanuel-alejandro-rondon",
		"Straße & Ærø – Łódź":                         "strasse-aero-lodz",
		"Don't stop: it’s 2025!":                      "dont-stop-its-2025",
		"  --Leading and trailing--  ":                "leading-and-trailing",
		"日本語":                                         "",
		"":                                            "",
	} {
		if got := article.Slugify(in); got != want {
			t.Errorf("Slugify(%q) = %q, want %q", in, got, want)
		}
	}
	long := article.Slugify(strings.Repeat("word ", 40))
	if len(long) > article.MaxSlugLen || strings.HasSuffix(long, "-") || !strings.HasSuffix(long, "word") {
		t.Errorf("long slug %q", long)
	}
}

func TestReadingMinutes(t *testing.T) {
	for words, want := range map[int]int{0: 0, 1: 1, 230: 1, 231: 2, 460: 2, 461: 3} {
		if got := article.ReadingMinutes(words); got != want {
			t.Errorf("ReadingMinutes(%d) = %d, want %d", words, got, want)
		}
	}
}

func TestCountWords(t *testing.T) {
	if n := article.CountWords(`It\'s 1,700 \*deportations\* — "quoted" U.S.`); n != 8 {
		t.Errorf("CountWords = %d, want 8", n)
	}
}

var tagRE = regexp.MustCompile(`<[^>]+>`)

// renderedText is what a reader sees of a Markdown paragraph.
func renderedText(t *testing.T, md string) string {
	t.Helper()
	h, err := markdown.ToHTML(md)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(h, "<p>") != 1 {
		t.Fatalf("%q rendered as %q, not one paragraph", md, h)
	}
	return html.UnescapeString(strings.TrimSpace(tagRE.ReplaceAllString(h, "")))
}

// Escaped text renders as exactly the text: no emphasis, heading, list,
// link, code or HTML appears.
func TestEscapeMarkdownShowsTextLiterally(t *testing.T) {
	for _, s := range []string{
		"*not emphasis* and _not either_ and __nor this__",
		"# not a heading",
		"1. not a list", "2) nor this", "- not a bullet", "+ nor this", "> not a quote",
		"<script>alert(1)</script>", "a <b>bold</b> claim", "&amp; stays &amp;",
		"[not a link](http://x)", "![no image](x.png)", "`not code`", "~~not struck~~",
		"back\\slash", "| not | a | table |", "---", "===", "1,700 deportations.",
		"https://example.com/a_b_c", "C:\\path\\to", "Tom & Jerry's #1 hit!",
	} {
		if got := renderedText(t, article.EscapeMarkdown(s)); got != s {
			t.Errorf("%q renders as %q", s, got)
		}
	}
}

func FuzzEscapeMarkdown(f *testing.F) {
	for _, s := range []string{"*a*", "1. x", "<p>", "# h", "a\\b", "[x](y)", "&#42;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// One line of ordinary text, as a paragraph holds after parsing.
		s = strings.Join(strings.Fields(s), " ")
		if s == "" || !utf8Valid(s) || strings.ContainsAny(s, "\x00\r\n\t\f\v") {
			return
		}
		h, err := markdown.ToHTML(article.EscapeMarkdown(s))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Count(h, "<") != 2 || !strings.HasPrefix(h, "<p>") {
			t.Fatalf("%q made markup: %q", s, h)
		}
		if got := html.UnescapeString(strings.TrimSpace(tagRE.ReplaceAllString(h, ""))); got != s {
			t.Fatalf("%q renders as %q", s, got)
		}
	})
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }
