package pagetext

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/morgue-archive/morgue/internal/article"
)

// The story paragraphs below are invented for these tests.
var storyParas = []string{
	"The city council voted on Tuesday to close the old harbour bridge for repairs, a decision that will force thousands of commuters to find another way across the river for most of the coming year.",
	"Engineers told the council that the steel under the deck had rusted far more than they expected when they last looked at it, and that the bridge could not stay open to heavy traffic for much longer.",
	"\"We did not take this lightly,\" said the mayor, who added that the city would run extra ferries and buses while the work is done. \"People will be angry, and they have every right to be.\"",
	"Shop owners on both sides of the river said they were worried about losing customers, but most of them agreed that the bridge had to be fixed before somebody was hurt.",
	"The work is expected to begin in the spring and to cost about twelve million dollars, which the city hopes to share with the regional government.",
}

const storyTitle = "Council shuts harbour bridge for a year of repairs"

// dump assembles a dump: lines separated by blank lines, as browsers copy.
func dump(parts ...string) string {
	return strings.Join(parts, "\n\n") + "\n"
}

func story() string { return strings.Join(storyParas, "\n\n") }

// wantLeftOut checks that none of the furniture lines is in the body.
func wantLeftOut(t *testing.T, body string, furniture []string) {
	t.Helper()
	for _, f := range furniture {
		if strings.Contains(body, f) {
			t.Errorf("the body holds %q:\n%s", f, body)
		}
	}
}

func wantBody(t *testing.T, got string, paras []string) {
	t.Helper()
	gotParas := strings.Split(got, "\n\n")
	if len(gotParas) != len(paras) {
		t.Fatalf("body has %d paragraphs, want %d:\n%s", len(gotParas), len(paras), got)
	}
	for i := range paras {
		if gotParas[i] != paras[i] {
			t.Errorf("paragraph %d:\n got %q\nwant %q", i, gotParas[i], paras[i])
		}
	}
}

func mustParse(t *testing.T, in string) (article.Article, []string) {
	t.Helper()
	a, w, err := Parse([]byte(in))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return a, w
}

func TestSeed(t *testing.T) {
	data, err := os.ReadFile("../../seeds/000_c153485bfbf5b6b5.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, _, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	check := func(name, got, want string) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	check("title", a.Title, "Kristi Noem announces US-Colombia agreement for biometric data sharing and security cooperation")
	check("dek", a.Dek, "The secretary of homeland security held a meeting with top Colombian officials, including President Gustavo Petro.")
	check("outlet", a.Outlet, "Voz.us")
	check("language", a.Language, "en")
	if len(a.Authors) != 1 || a.Authors[0] != "Emmanuel Alejandro Rondón" {
		t.Errorf("authors = %q", a.Authors)
	}
	if a.Published != nil {
		t.Errorf("published = %v, want nil", a.Published)
	}
	if a.ReadingMinutes != 2 {
		t.Errorf("reading minutes = %d, want 2", a.ReadingMinutes)
	}
	if a.Image == nil {
		t.Fatal("no image")
	}
	check("caption", a.Image.Caption, "Secretary Kristi Noem (R) and Colombian Foreign Minister Laura Sarabia")
	check("credit", a.Image.Credit, "AFP")
	paras := strings.Split(a.Body, "\n\n")
	if len(paras) != 8 {
		t.Fatalf("body has %d paragraphs, want 8:\n%s", len(paras), a.Body)
	}
	if !strings.HasPrefix(paras[0], "Homeland Security Secretary Kristi Noem met Thursday") {
		t.Errorf("first paragraph %q", paras[0])
	}
	if !strings.HasSuffix(paras[7], "has not yet been confirmed by the Senate.") {
		t.Errorf("last paragraph %q", paras[7])
	}
	for _, junk := range []string{"Found a mistake", "RECOMMENDATION", "Invertir", "keyboard", "01:26", "tracking", "\u00a0"} {
		if strings.Contains(a.Body, junk) {
			t.Errorf("body contains %q", junk)
		}
	}
	if a.WordCount < 250 || a.WordCount > 400 {
		t.Errorf("word count %d", a.WordCount)
	}
}

func TestBylines(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		{"By Jane Doe", []string{"Jane Doe"}},
		{"by jane doe", nil},
		{"By JANE DOE", []string{"JANE DOE"}},
		{"By Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}},
		{"By Jane Doe, John Roe and Ana María de la Cruz", []string{"Jane Doe", "John Roe", "Ana María de la Cruz"}},
		{"By Jane Doe, Reuters", []string{"Jane Doe"}},
		{"By Jane Doe | Staff writer", []string{"Jane Doe"}},
		{"By Jane Doe, Daily Planet Staff Writer", []string{"Jane Doe"}},
		{"By Jane Q. Doe Updated March 27, 2025 10:45 a.m. ET", []string{"Jane Q. Doe"}},
		{"Posted by Jane Doe on March 27, 2025", []string{"Jane Doe"}},
		{"March 27, 2025 | By: Jane Doe, PhD", []string{"Jane Doe"}},
		// A degree after each writer's comma goes on with the list.
		{"Written by Jane Doe, RN, and John Roe, MPH", []string{"Jane Doe", "John Roe"}},
		{"By Jane Doe, MD, and John Roe", []string{"Jane Doe", "John Roe"}},
		{"By Jane Doe@janedoe Mar 27, 2025, 7:53pm EST", []string{"Jane Doe"}},
		{"By Jane Doe jane.doe@example.com (555) 123-4567", []string{"Jane Doe"}},
		{"Author: Jane Doe", []string{"Jane Doe"}},
		{"By Staff Reports", nil},
		{"By The Associated Press", nil},
		{"The bridge was built by Acme Steel in 1931.", nil},
	}
	for _, tt := range tests {
		got := explicitByline(tt.line, true)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("explicitByline(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
	bare := []struct {
		line string
		want []string
	}{
		{"Jane Doe", []string{"Jane Doe"}},
		{"Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}},
		{"Jane Doe, Reuters", []string{"Jane Doe"}},
		{"Jane Doe | Staff writer", []string{"Jane Doe"}},
		{"Jane DoeSenior Contributor", []string{"Jane Doe"}},
		{"Local News", nil},
		{"Share this story", nil},
		{"Innovate Harbour ACME", nil},
		// A credit under a picture names who is in it, not who wrote.
		{"Christopher Battin Submitted photo", nil},
		{"Jane Doe file photo", nil},
		{"Jane Doe Profile Image", []string{"Jane Doe"}},
	}
	for _, tt := range bare {
		got := bareNames(tt.line)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("bareNames(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestBylineInPage(t *testing.T) {
	for _, byline := range []string{"By Jane Doe", "Jane Doe", "Jane Doe | Staff writer", "Jane Doe, Reuters"} {
		a, _ := mustParse(t, dump("Home", "News", storyTitle, byline, "March 27, 2025", story()))
		if strings.Join(a.Authors, "|") != "Jane Doe" {
			t.Errorf("%q: authors %q", byline, a.Authors)
		}
		if a.Title != storyTitle {
			t.Errorf("%q: title %q", byline, a.Title)
		}
	}
	a, _ := mustParse(t, dump(storyTitle, "Jane Doe and John Roe", "2025-03-27", story()))
	if strings.Join(a.Authors, "|") != "Jane Doe|John Roe" {
		t.Errorf("authors %q", a.Authors)
	}
	a, _ = mustParse(t, dump(storyTitle, story()))
	if len(a.Authors) != 0 {
		t.Errorf("authors %q invented", a.Authors)
	}
}

func TestDates(t *testing.T) {
	tests := []struct {
		line string
		want string // RFC 3339
	}{
		{"March 27, 2025", "2025-03-27T00:00:00Z"},
		{"Published March 27th, 2025", "2025-03-27T00:00:00Z"},
		{"27 March 2025 10:45", "2025-03-27T10:45:00Z"},
		{"2025-03-27", "2025-03-27T00:00:00Z"},
		{"2025-03-27T08:15:00+02:00", "2025-03-27T08:15:00+02:00"},
		{"Updated Mar. 27, 2025 at 3:10 p.m. ET", "2025-03-27T15:10:00-04:00"},
		{"Jan. 8, 2025 7:04 pm ET", "2025-01-08T19:04:00-05:00"},
		{"Published 27/03/2025", "2025-03-27T00:00:00Z"},
		{"03/27/2025 6:38 AM", "2025-03-27T06:38:00Z"},
		{"3/27/25", "2025-03-27T00:00:00Z"},
		{"27.03.2025, 23:06", "2025-03-27T23:06:00Z"},
		{"5:45 AM PST 11/19/2024", "2024-11-19T05:45:00-08:00"},
		{"Wednesday 26 March 2025 11:42, UK", "2025-03-26T11:42:00Z"},
		{"Thursday 27 March 2025 11:42, UK", "2025-03-27T11:42:00Z"},
		{"Tuesday 1 April 2025 09:00, UK", "2025-04-01T09:00:00+01:00"},
		{"Nov.November 18, 2024 12:02 PM", "2024-11-18T12:02:00Z"},
		{"MAR 27, 20255:45 AM", "2025-03-27T05:45:00Z"},
		{"27. März 2025", "2025-03-27T00:00:00Z"},
		{"27 de marzo de 2025", "2025-03-27T00:00:00Z"},
	}
	for _, tt := range tests {
		d, ok := readDateLine(tt.line, true)
		if !ok {
			t.Errorf("%q: no date", tt.line)
			continue
		}
		if got := d.t.Format(time.RFC3339); got != tt.want {
			t.Errorf("%q = %s, want %s", tt.line, got, tt.want)
		}
	}
	for _, line := range []string{"22 hours ago", "Today 12:01 AM", "Nov 18", "13 Aug", "Call 555-1234", "Score 112-107"} {
		if d, ok := readDateLine(line, true); ok {
			t.Errorf("%q read as %v", line, d.t)
		}
	}
	// In a page, the dateline nearest the headline wins over one in the text.
	a, _ := mustParse(t, dump(storyTitle, "By Jane Doe", "Updated Mar. 27, 2025 at 3:10 p.m. ET", story(), "Published 1 January 2020"))
	if a.Published == nil || a.Published.Format(time.RFC3339) != "2025-03-27T15:10:00-04:00" {
		t.Errorf("published %v", a.Published)
	}
	// A date-only line gives midnight UTC; none gives nil.
	a, _ = mustParse(t, dump(storyTitle, "Published 27/03/2025", story()))
	if a.Published == nil || a.Published.Format(time.RFC3339) != "2025-03-27T00:00:00Z" {
		t.Errorf("published %v", a.Published)
	}
	a, _ = mustParse(t, dump(storyTitle, "By Jane Doe", story()))
	if a.Published != nil {
		t.Errorf("published %v invented", a.Published)
	}
}

func TestReadingTime(t *testing.T) {
	for line, want := range map[string]int{
		"5 min read":                        5,
		"2 minutes read":                    2,
		"Reading time: 4 minutes":           4,
		"Read time 7 min":                   7,
		"March 27, 2025 · 3 min read":       3,
		"0 seconds of 1 minute, 26 seconds": 0,
		"It took 5 minutes to read the verdict aloud, the clerk said in court on Friday.": 0,
		// Other languages, the label before or after the count.
		"Thời gian đọc: 3 phút":       3,
		"Czas czytania: 4 min":        4,
		"Время чтения: 5 минут":       5,
		"Okuma süresi: 3 dakika":      3,
		"読了時間：3分":                     3,
		"阅读时间：5分钟":                    5,
		"읽는 시간: 3분":                   3,
		"وقت القراءة: 3 دقائق":        3,
		"זמן קריאה: 4 דקות":           4,
		"3 phút đọc":                  3,
		"5 минут чтения":              5,
		"3 menit baca":                3,
		"Đọc thêm 3 bài viết":         0,
		"Ông đọc 3 cuốn sách mỗi năm": 0,
	} {
		if got := readingMinutes(line); got != want {
			t.Errorf("readingMinutes(%q) = %d, want %d", line, got, want)
		}
	}
	a, _ := mustParse(t, dump(storyTitle, "By Jane Doe", "Reading time: 4 minutes", story()))
	if a.ReadingMinutes != 4 {
		t.Errorf("stated reading time: got %d", a.ReadingMinutes)
	}
	a, _ = mustParse(t, dump(storyTitle, "By Jane Doe", story()))
	if a.ReadingMinutes != 1 {
		t.Errorf("computed reading time: got %d", a.ReadingMinutes)
	}
}

func TestCaptions(t *testing.T) {
	const capt = "The old harbour bridge seen from the north bank on Monday"
	tests := []struct {
		name    string
		lines   []string
		caption string
		credit  string
	}{
		{"glued", []string{capt, capt + "AFP"}, capt, "AFP"},
		{"parenthesis", []string{capt + " (Reuters)"}, capt, "Reuters"},
		{"photo label line", []string{capt, "Photo: Getty Images"}, capt, "Getty Images"},
		{"credit label line", []string{capt, "Credit: AP"}, capt, "AP"},
		{"glued label", []string{capt + "Credit: Jane Doe/AP"}, capt, "Jane Doe/AP"},
		{"photo by", []string{capt + ". Photo by Jane Doe"}, capt + ".", "Jane Doe"},
	}
	for _, tt := range tests {
		parts := append([]string{storyTitle, "By John Roe"}, tt.lines...)
		parts = append(parts, story())
		art, _ := mustParse(t, dump(parts...))
		if art.Image == nil {
			t.Errorf("%s: no image", tt.name)
			continue
		}
		if art.Image.Caption != tt.caption || art.Image.Credit != tt.credit {
			t.Errorf("%s: got %q / %q, want %q / %q", tt.name, art.Image.Caption, art.Image.Credit, tt.caption, tt.credit)
		}
		wantBody(t, art.Body, storyParas)
	}
	art, _, _ := Parse([]byte(dump(storyTitle, "By John Roe", story())))
	if art.Image != nil {
		t.Errorf("image %+v invented", art.Image)
	}
}

func TestJunkAroundStory(t *testing.T) {
	in := dump(
		"Skip to content", "Menu", "Search", "Subscribe", "World", "Politics",
		storyTitle,
		"Engineers found rust deep in the steel of the ninety-year-old crossing.",
		"By Jane Doe | Staff writer",
		"March 27, 2025 10:45",
		"Share", "Facebook", "Twitter", "Email", "Copy link",
		"Advertisement",
		storyParas[0], storyParas[1],
		"Advertisement",
		"Read more: Ferry fares to rise in April",
		storyParas[2], storyParas[3], storyParas[4],
		"Sign up for our newsletter",
		"Get the best stories of the day in your inbox every morning.",
		"We use cookies to improve your experience. By continuing to browse you accept our cookie policy.",
		"Related",
		"Ferry fares to rise in April",
		"Mayor opens new library on the east side",
		"Storm damages roofs across the valley",
		"Comments",
		"harbourfan says:",
		"March 27, 2025 at 11:02 am",
		"This is a disgrace and the council should have acted years ago when the first reports of rust came in from the engineers.",
		"0 seconds of 1 minute, 26 secondsVolume 0%",
		"Press shift question mark to access a list of keyboard shortcuts",
		"00:00",
		"© 2025 Harbour Daily News. All rights reserved.",
	)
	a, _ := mustParse(t, in)
	if a.Title != storyTitle {
		t.Errorf("title %q", a.Title)
	}
	if a.Dek != "Engineers found rust deep in the steel of the ninety-year-old crossing." {
		t.Errorf("dek %q", a.Dek)
	}
	if strings.Join(a.Authors, "|") != "Jane Doe" {
		t.Errorf("authors %q", a.Authors)
	}
	if a.Published == nil || a.Published.Format(time.RFC3339) != "2025-03-27T10:45:00Z" {
		t.Errorf("published %v", a.Published)
	}
	wantBody(t, a.Body, storyParas)
	if a.Language != "en" {
		t.Errorf("language %q", a.Language)
	}
}

func TestTitleAfterNavigation(t *testing.T) {
	var nav []string
	for _, s := range []string{"Home", "News", "Sport", "Business", "Culture", "Travel", "Weather", "Video", "Opinion", "Local"} {
		nav = append(nav, s, s+" Live", "Latest "+s+" stories")
	}
	parts := append(nav, "Harbour Daily News", storyTitle, "Jane Doe", "27 March 2025", story())
	a, _ := mustParse(t, dump(parts...))
	if a.Title != storyTitle {
		t.Errorf("title %q", a.Title)
	}
	wantBody(t, a.Body, storyParas)
}

func TestWindowsLineEndingsAndOddSpaces(t *testing.T) {
	in := dump(storyTitle, "By\u00a0Jane\tDoe", "March\u00a027, 2025", story())
	in = strings.ReplaceAll(in, "\n", "\r\n")
	in = strings.Replace(in, "harbour bridge for repairs", "harbour\u00a0bridge\u200b for\t\trepairs", 1)
	a, _ := mustParse(t, in)
	if a.Title != storyTitle {
		t.Errorf("title %q", a.Title)
	}
	if strings.Join(a.Authors, "|") != "Jane Doe" {
		t.Errorf("authors %q", a.Authors)
	}
	wantBody(t, a.Body, storyParas)
	if strings.ContainsAny(a.Body, "\r\t\u00a0\u200b") {
		t.Errorf("body keeps odd characters: %q", a.Body)
	}
}

func TestMarkdownEscaping(t *testing.T) {
	odd := []string{
		"1. The council listed its reasons in a numbered letter that was sent to every household on the river this week.",
		"Some residents wrote *angry* letters, and one of them signed as _the_ bridge keeper, with a #hashtag and <script>alert(1)</script> in the middle of the text.",
	}
	in := dump(storyTitle, "By Jane Doe", storyParas[0], odd[0], storyParas[1], odd[1], storyParas[2])
	a, _ := mustParse(t, in)
	for _, want := range []string{`1\. The council`, `\*angry\*`, `\_the\_`, `\#hashtag`, `\<script\>`} {
		if !strings.Contains(a.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, a.Body)
		}
	}
	if strings.Contains(strings.ReplaceAll(a.Body, `\<`, ""), "<") {
		t.Errorf("raw < in body")
	}
}

func TestNoTitle(t *testing.T) {
	for _, in := range []string{"", "\n\n\r\n", "\u00a0\n\t\n", "Share\n\nFacebook\n\nTwitter\n\nAdvertisement\n\n00:00"} {
		if _, _, err := Parse([]byte(in)); !errors.Is(err, ErrNoTitle) {
			t.Errorf("Parse(%q) err = %v, want ErrNoTitle", in, err)
		}
	}
}

func TestOddInputsAreQuick(t *testing.T) {
	long := strings.Repeat("word ", 20000) // one line of 100,000 characters
	binaryish := string([]byte{0x01, 0x02, 'a', 0x7f, '\n', 0x1b, '[', '3', '1', 'm'}) + strings.Repeat("\x00x", 5000)
	manyLines := strings.Repeat("Short line\n", 20000)
	manyDates := strings.Repeat("March 27, 2025 by Jane Doe | ", 3000)
	for name, in := range map[string]string{
		"long line": long, "binary-ish": binaryish, "many lines": manyLines,
		"many dates": manyDates, "only junk": "Share\n\nTweet\n\nAdvertisement\n\nRead more\n",
		"title only": storyTitle,
	} {
		// Not a speed test (that is BenchmarkParse's job): the bound only
		// catches a hang, with room for a loaded CI machine.
		start := time.Now()
		a, _, err := Parse([]byte(in))
		if d := time.Since(start); d > time.Minute {
			t.Errorf("%s: took %v", name, d)
		}
		if err == nil && a.Title == "" {
			t.Errorf("%s: no error and no title", name)
		}
	}
}

func TestListUnderStory(t *testing.T) {
	list := "Ferry timetable for the closure:\nMay 2 -- North pier, 6:00 and 18:00\nMay 3 -- North pier, 6:30 and 18:30\nMay 4 -- South pier, 7:00\nMay 5 -- South pier, 7:30"
	a, _ := mustParse(t, dump(storyTitle, "By Jane Doe", story(), list, "Related", "Mayor opens new library on the east side", "Storm damages roofs across the valley"))
	want := append(append([]string{}, storyParas...), "Ferry timetable for the closure:",
		"- May 2 -- North pier, 6:00 and 18:00\n- May 3 -- North pier, 6:30 and 18:30\n- May 4 -- South pier, 7:00\n- May 5 -- South pier, 7:30")
	wantBody(t, a.Body, want)
}

func TestNoBlankLines(t *testing.T) {
	in := strings.Join(append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...), "\n")
	a, _ := mustParse(t, in)
	if a.Title != storyTitle {
		t.Errorf("title %q", a.Title)
	}
	wantBody(t, a.Body, storyParas)
}

// BenchmarkParse measures one typical page: the seed.
func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile("../../seeds/000_c153485bfbf5b6b5.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, _, err := Parse(data); err != nil {
			b.Fatal(err)
		}
	}
}

// devsetDir is the shared dev set, beside the repository's worktree. It is
// read at benchmark time and never copied into the repository.
const devsetDir = "../../../shared/devset"

// BenchmarkParseDevset measures one pass over every dev-set page: real
// pages of many sites, long and short, rather than the one seed.
func BenchmarkParseDevset(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join(devsetDir, "*.txt"))
	if len(paths) == 0 {
		b.Skipf("no dev set at %s", devsetDir)
	}
	var pages [][]byte
	total := 0
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
		total += len(data)
	}
	b.SetBytes(int64(total))
	for b.Loop() {
		for _, data := range pages {
			Parse(data) // a page without a headline is a result too
		}
	}
}

func TestLongTextIsReadWhole(t *testing.T) {
	// A story below 30,000 lines of filler is read: the old bound of
	// 20,000 lines dropped it without a word.
	filler := strings.Repeat("Short line\n", 30000)
	a, w := mustParse(t, dump(storyTitle, "By Jane Doe", filler, story()))
	if !strings.Contains(a.Body, storyParas[4]) {
		t.Errorf("story after 30,000 lines lost: body %.200q", a.Body)
	}
	for _, s := range w {
		if strings.Contains(s, "lines") {
			t.Errorf("warning %q", s)
		}
	}
}

func TestTooLongTextWarns(t *testing.T) {
	if testing.Short() {
		t.Skip("parses 200,000 lines")
	}
	lines := func(n int) string { return strings.Repeat("Short line\n\n", n) }
	// The bound counts non-empty lines and says so only when it cuts.
	if got, more := splitLines(lines(maxLines) + "\n\n\n"); len(got) != maxLines || more {
		t.Errorf("%d lines: got %d, more %v", maxLines, len(got), more)
	}
	if got, more := splitLines(lines(maxLines + 1)); len(got) != maxLines || !more {
		t.Errorf("%d lines: got %d, more %v", maxLines+1, len(got), more)
	}
	a, w := mustParse(t, dump(storyTitle, "By Jane Doe", story(), lines(maxLines)))
	if a.Title != storyTitle {
		t.Errorf("title %q", a.Title)
	}
	want := fmt.Sprintf("the text has more than %d lines; only the first %d were read", maxLines, maxLines)
	if len(w) == 0 || w[0] != want {
		t.Errorf("warnings %q, want %q first", w, want)
	}
	// Without a headline in what was read, the warning still comes.
	junk := strings.Repeat("Share\n", maxLines)
	if _, w, err := Parse([]byte(junk + dump(storyTitle, story()))); !errors.Is(err, ErrNoTitle) || len(w) == 0 || w[0] != want {
		t.Errorf("headline past the bound: err %v, warnings %q", err, w)
	}
}
