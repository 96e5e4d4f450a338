package pagetext

import "testing"

// Datelines with the month's name in Malay, Marathi, Tamil, Telugu,
// Georgian (nominative and dative) and Armenian (genitive and
// nominative), as their news pages write them (made-up lines).
func TestMonthNamesAbroad(t *testing.T) {
	wantDateLines(t, []dateLineCase{
		{"ms", "Khamis, 7 Ogos 2025, 9:15 pagi", "2025-08-07"},
		{"ms", "Dikemas kini 30 Disember 2024", "2024-12-30"},
		{"mr", "प्रकाशित: 5 ऑगस्ट 2025, 10:20", "2025-08-05"},
		{"ta", "வெளியிடப்பட்டது: 18 ஜூலை 2025", "2025-07-18"},
		{"te", "ప్రచురణ: 9 అక్టోబర్ 2024, 11:05", "2024-10-09"},
		{"ka", "3 ნოემბერი 2025, 18:40", "2025-11-03"},
		{"ka", "გამოქვეყნდა 3 ნოემბერს 2025", "2025-11-03"},
		{"hy", "21 հոկտեմբերի 2025, 16:00", "2025-10-21"},
		{"hy", "21 հոկտեմբեր 2025", "2025-10-21"},
	})
}

// Dates of other calendars and layouts read as the Gregorian day they
// name: the Ethiopian calendar of Amharic pages, the years of the Republic
// of China on Taiwanese ones, Thai "พ.ศ." (Buddhist era) before the year,
// and the Khmer and Burmese layouts with words between the parts. A date
// of the Islamic calendar in figures, which is not read, gives no date
// rather than a wrong one.
func TestCalendarsAbroad(t *testing.T) {
	wantDateLines(t, []dateLineCase{
		{"am", "ጥር 14 ቀን 2017 ዓ.ም", "2025-01-22"},
		{"am", "መስከረም 1, 2017 ዓ.ም.", "2024-09-11"},
		{"zh", "中華民國113年10月5日", "2024-10-05"},
		{"th", "วันศุกร์ที่ 5 กันยายน พ.ศ. 2568", "2025-09-05"},
		{"km", "ថ្ងៃសុក្រ ទី៥ ខែកញ្ញា ឆ្នាំ២០២៥", "2025-09-05"},
		{"my", "စက်တင်ဘာ ၅၊ ၂၀၂၅", "2025-09-05"},
		{"my", "၂၀၂၅ ခုနှစ် စက်တင်ဘာလ ၅ ရက်", "2025-09-05"},
	})
	if d, ok := readDateLine("1446/03/02 هـ", false); ok {
		t.Errorf("an Islamic date read as %s", d.t.Format("2006-01-02"))
	}
	if got := langByline("អ្នកសរសេរ៖ ពេជ្រ សុភា · ថ្ងៃសុក្រ ទី៥ ខែកញ្ញា ឆ្នាំ២០២៥"); len(got) != 1 || got[0] != "ពេជ្រ សុភា" {
		t.Errorf("Khmer byline with its date: %q", got)
	}
}

// dateLineCase is a dateline in a language and the day it names.
type dateLineCase struct{ lang, line, want string }

// wantDateLines checks that each line reads as its day.
func wantDateLines(t *testing.T, cases []dateLineCase) {
	t.Helper()
	for _, c := range cases {
		d, ok := readDateLine(c.line, false)
		if !ok {
			t.Errorf("%s: %q: no date", c.lang, c.line)
			continue
		}
		if got := d.t.Format("2006-01-02"); got != c.want {
			t.Errorf("%s: %q: got %s, want %s", c.lang, c.line, got, c.want)
		}
	}
}
