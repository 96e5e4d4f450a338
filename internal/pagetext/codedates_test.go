package pagetext

import (
	"strings"
	"testing"
)

// A line of code or data in a story that holds a date literal is part of
// the story's code, not a dateline: it stays in the body, and the page's
// date is the one its dateline gives.
func TestCodeLineWithDateIsNoDateline(t *testing.T) {
	for _, code := range []string{
		"WHERE orders.placed_at > '2023-05-01'",
		`"shipped_on": "2023-05-02T08:15:00+02:00",`,
		"curl https://example.org/api/trips?since=2023-05-01",
		"SELECT * FROM trips WHERE day < '2023-05-03 10:30:00'",
	} {
		in := dump(storyTitle, "By Jane Doe", "March 27, 2025",
			storyParas[0],
			"The query that finds them reads as follows, and it runs in a second on the ferry company's database:",
			"SELECT id, rider",
			"FROM trips",
			code,
			"ORDER BY id;",
			storyParas[1])
		a, _ := mustParse(t, in)
		// The body is Markdown: its escapes are not the reader's text.
		if !strings.Contains(strings.ReplaceAll(a.Body, `\`, ""), code) {
			t.Errorf("%q: not in the body:\n%s", code, a.Body)
		}
		if a.Published == nil || a.Published.Year() != 2025 || a.Published.Month() != 3 || a.Published.Day() != 27 {
			t.Errorf("%q: published %v, want 2025-03-27", code, a.Published)
		}
	}
	for _, s := range []string{
		"Published March 27, 2025 at 10:45 a.m. ET",
		"Updated: 27/03/2025 – 10:45",
		"Jane Doe | 2025-03-27",
		"【ワシントン=田中太郎】2025年3月27日",
		"Veröffentlicht am 27.03.2025, 10:45 Uhr",
		"Spring '25 · March 27, 2025",
	} {
		if isCodeLine(s) {
			t.Errorf("isCodeLine(%q): a dateline", s)
		}
	}
}
