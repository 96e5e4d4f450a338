package article_test

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/markdown"
)

func TestSlugify(t *testing.T) {
	for in, want := range map[string]string{
		"Kristi Noem announces US-Colombia agreement": "kristi-noem-announces-us-colombia-agreement",
		"Emmanuel Alejandro Rondón":                   "emmanuel-alejandro-rondon",
		"Straße & Ærø – Łódź":                         "strasse-aero-lodz",
		"Don't stop: it’s 2025!":                      "dont-stop-its-2025",
		"  --Leading and trailing--  ":                "leading-and-trailing",
		"":                                            "",
		"!!! — ???":                                   "",
		// Other scripts are transliterated.
		"北京举行新闻发布会":                  "bei-jing-ju-xing-xin-wen-fa-bu-hui",
		"東京の美術館で展覧会":                 "dong-jing-no-mei-shu-guan-de-zhan-lan-hui",
		"서울에서 열린 회의":                 "seouleseo-yeolrin-hoeyi",
		"Путин заявил о переговорах": "putin-zaiavil-o-peregovorakh",
		"Київ: нова лінія метро":     "kiyiv-nova-liniia-metro",
		"القاهرة تستضيف القمة":       "lqhr-tstdyf-lqm",
		"भारत में चुनाव":             "bhaart-men-cunaav",
		"Αθήνα 2025":                 "athena-2025",
		"กรุงเทพมหานคร":              "krungethphmhaankhr",
		"iPhone 17 发布会":              "iphone-17-fa-bu-hui",
		"Ngozi Okonjo-Iweala says ŋ": "ngozi-okonjo-iweala-says-ng",
	} {
		if got := article.Slugify(in); got != want {
			t.Errorf("Slugify(%q) = %q, want %q", in, got, want)
		}
	}
	// A sign that ends a name is spelled, so that C, C# and C++ get
	// three tag pages, not one; elsewhere signs part words as before.
	for in, want := range map[string]string{
		"C": "c", "C#": "c-sharp", "C++": "c-plus-plus", "F# and C++ code": "f-sharp-and-c-plus-plus-code",
		"Disney+ raises prices": "disney-plus-raises-prices", "Notepad++": "notepad-plus-plus",
		"a+b": "a-b", "1+1": "1-1", "#MeToo": "metoo", "We're #1": "were-1", "C#x": "c-x", "Tag#": "tag", "C+++": "c",
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
	for _, c := range []struct {
		text string
		want int
	}{
		{`It\'s 1,700 \*deportations\* — "quoted" U.S.`, 8},
		// Characters count where words are not spaced.
		{"北京举行新闻发布会。", 9},
		{"2019年11月20日，东京的美术馆。", 3 + 9},
		{"รัฐมนตรีกล่าว", 10}, // 13 code points, 3 of them vowel and tone marks,
		// Spaced scripts count words; a vowel sign stays in its word.
		{"서울에서 열린 회의", 3},
		{"Министр заявил, что всё готово.", 5},
		{"मंत्री ने कहा कि भारत तैयार है।", 7},
		{"قال الوزير إنَّ الاتفاقَ جاهز", 5},
		// A word goes on across ASCII and other letters.
		{"naïve café's é1é x Zürich", 6},
		{"é a", 2},
	} {
		if n := article.CountWords(c.text); n != c.want {
			t.Errorf("CountWords(%q) = %d, want %d", c.text, n, c.want)
		}
	}
}

// A 2,000-character Chinese article is eight minutes, a 1,800-character
// Japanese one six, and neither is a handful of words.
func TestEstimateMinutes(t *testing.T) {
	zh := strings.Repeat("北京举行新闻发布会，宣布新的经济政策和计划。", 100) // 2,000 Han
	ja := strings.Repeat("東京の美術館で新しい展覧会が開かれた。", 100)    // 1,800 kanji and kana
	for _, c := range []struct {
		name        string
		text        string
		words, mins int
	}{
		{"english", strings.Repeat("word ", 461), 461, 3},
		{"chinese", zh, 2000, 8},
		{"japanese", ja, 1800, 6},
		{"empty", "", 0, 0},
		{"one character", "猫", 1, 1},
	} {
		c1 := article.Count(c.text)
		if c1.Total() != c.words || c1.Minutes() != c.mins || article.EstimateMinutes(c.text) != c.mins {
			t.Errorf("%s: %d words, %d minutes; want %d, %d", c.name, c1.Total(), c1.Minutes(), c.words, c.mins)
		}
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

// Non-ASCII text passes through whole, and a stray byte becomes U+FFFD
// (the escaped text is always valid UTF-8).
func TestEscapeMarkdownKeepsOtherScripts(t *testing.T) {
	escapes := func(in, want string) {
		t.Helper()
		if got := article.EscapeMarkdown(in); got != want {
			t.Errorf("EscapeMarkdown(%q) = %q, want %q", in, got, want)
		}
	}
	escapes("Café *à* 東京 — «1.»", "Café \\*à\\* 東京 — «1.»")
	escapes("1. 東京", "1\\. 東京")
	escapes("a\xffb_\xe2\x80", "a\uFFFDb\\_\uFFFD\uFFFD")
	escapes("\uFFFD# kept", "\uFFFD\\# kept")
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
