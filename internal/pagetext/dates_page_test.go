package pagetext

import (
	"strings"
	"testing"
)

// A dateline glued to the word before it, or followed by the story's
// topics after the writer's name, is still the story's date.
func TestDatelineGluedOrWithTopics(t *testing.T) {
	for _, c := range []struct {
		head   []string
		author string
	}{
		{[]string{"NewsMarch 27, 2025", storyTitle}, ""},
		{[]string{storyTitle, "Jane Doe 27 March 2025 Harbour, Ferries, City Council, Bridges"}, "Jane Doe"},
	} {
		a, _ := mustParse(t, dump(append(c.head, story())...))
		if a.Published == nil || a.Published.Month() != 3 || a.Published.Day() != 27 || strings.Join(a.Authors, "|") != c.author {
			t.Errorf("%q: published %v, authors %q", c.head, a.Published, a.Authors)
		}
	}
}

// A day-first date glued to the writer's name ("Jane Doe27 March 2025"),
// in any language, is the story's date; the name stays the name.
func TestDayFirstDateGluedToName(t *testing.T) {
	for _, line := range []string{
		"By Jane Doe27 March 2025 · 4 min read",
		"Par Jeanne Dupont27 mars 2025 · 4 min de lecture",
		"Von Hanna Weber27. März 2025",
		"Oleh Sari Wulandari27 Mar 2025",
		"Yazan: Ayşe Demir27 Mart 2025",
	} {
		a, _ := mustParse(t, dump(storyTitle, line, story()))
		if a.Published == nil || a.Published.Format("2006-01-02") != "2025-03-27" {
			t.Errorf("%q: published %v", line, a.Published)
		}
	}
	// Only a capitalised word's letters are parted from a day number.
	for s, want := range map[string]string{
		"Jane Doe27 March 2025": "Jane Doe 27 March 2025",
		"covid19 March 2025":    "covid19 March 2025",
		"ABC12 March 2025":      "ABC12 March 2025",
	} {
		if got := unglueDay(s); got != want {
			t.Errorf("unglueDay(%q) = %q, want %q", s, got, want)
		}
	}
}

// A header date under another label, the day of an event ("Public
// hearing: 4 June 2025", "Applications close 9 June 2025"), gives way to
// the date the footer marks as the publication, in any language; a plain
// header date, or one beside the writer's name, still beats the footer's.
func TestEventDateInHeaderFooterPublished(t *testing.T) {
	for _, c := range []struct{ head, foot, want string }{
		{"Public hearing: 4 June 2025", "Published March 12, 2025", "2025-03-12"},
		{"Applications close 9 June 2025", "Posted 12 March 2025", "2025-03-12"},
		{"Réunion publique le 4 juin 2025", "Publié le 12 mars 2025", "2025-03-12"},
		{"Bürgerversammlung am 4. Juni 2025", "Veröffentlicht am 12. März 2025", "2025-03-12"},
		{"Veřejné projednání 4. června 2025", "Publikováno 12. března 2025", "2025-03-12"},
		{"Общественные слушания 4 июня 2025", "Опубликовано 12 марта 2025 г.", "2025-03-12"},
		{"说明会日期：2025年6月4日", "发布时间：2025年3月12日", "2025-03-12"},
		{"공청회 2025년 6월 4일", "입력 2025. 3. 12.", "2025-03-12"},
		{"ประชุม 4 มิถุนายน 2568", "เผยแพร่: 12 มีนาคม 2568", "2025-03-12"},
		// No label on the header's date: it is the story's.
		{"4 June 2025", "Published March 12, 2025", "2025-06-04"},
		// The writer's name beside it is no event's label.
		{"Jane Doe 4 June 2025", "Published March 12, 2025", "2025-06-04"},
		{"By Jane Doe, 4 June 2025", "Published March 12, 2025", "2025-06-04"},
	} {
		a, _ := mustParse(t, dump(storyTitle, "Jane Doe", c.head, story(), c.foot))
		if a.Published == nil || a.Published.Format("2006-01-02") != c.want {
			t.Errorf("%q … %q: published %v, want %s", c.head, c.foot, a.Published, c.want)
		}
	}
}

// The Czech and Slovak spaced day-first date with the year in two digits,
// "7. 7. 19 19:12", is read when a time follows it; without the time the
// numbers may be a list's and are left alone (made-up lines).
func TestSpacedDateShortYearWithTime(t *testing.T) {
	for line, want := range map[string]string{
		"7. 7. 19 19:12":     "2019-07-07 19:12",
		"20. 10. 20 · 19:27": "2020-10-20 19:27",
		"3. 11. 24 | 8:05":   "2024-11-03 08:05",
	} {
		d, ok := readDateLine(line, false)
		if !ok || d.t.Format("2006-01-02 15:04") != want {
			t.Errorf("%q: got %v %v, want %s", line, d.t, ok, want)
		}
	}
	if d, ok := readDateLine("Kapitola 3. 4. 12 lidí", false); ok {
		t.Errorf("a list's numbers read as a date: %v", d.t)
	}
	a, _ := mustParse(t, dump(storyTitle, "Jana Nováková", "7. 7. 19 19:12", story()))
	if a.Published == nil || a.Published.Format("2006-01-02") != "2019-07-07" {
		t.Errorf("page: published %v, want 2019-07-07", a.Published)
	}
}

// An English page whose other dates with dots show the month first
// ("11.24.2025" under its list of other stories) writes its dateline
// "09.10.2024" month first too: 10 September. Where they show the day
// first, or nothing, the dateline stays day first (made-up pages).
func TestDotDatesMonthFirstByPage(t *testing.T) {
	more := func(dates ...string) []string {
		out := []string{"More stories"}
		for i, d := range dates {
			out = append(out, []string{"Ferry timetable changes for the winter season", "Council weighs new harbour fees", "Bridge repairs to close the east lane"}[i%3], d)
		}
		return out
	}
	for _, c := range []struct {
		tail []string
		want string
	}{
		{more("11.24.2025", "10.28.2025", "07.15.2025"), "2024-09-10"},
		{more("24.11.2025", "28.10.2025", "15.07.2025"), "2024-10-09"},
		{more("11.04.2025", "05.06.2025"), "2024-10-09"},
	} {
		lines := append([]string{storyTitle, "09.10.2024", story()}, c.tail...)
		a, _ := mustParse(t, dump(lines...))
		if a.Published == nil || a.Published.Format("2006-01-02") != c.want {
			t.Errorf("%q: published %v, want %s", c.tail, a.Published, c.want)
		}
	}
}
