package pagetext

import "testing"

// Hausa puts "ga" between the day and the month ("13 ga Fabrairu,
// 2026"); Yoruba names the month "Oṣù" and its ordinal ("the third
// month"), with tone marks precomposed or combining.
func TestHausaYorubaDates(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"An wallafa: 21 ga Satumba, 2025", "2025-09-21"},
		{"4 ga Janairu 2026", "2026-01-04"},
		{"Ọjọ́ Ẹtì, 17 Oṣù Kẹjọ, 2025", "2025-08-17"},
		{"3 Oṣù Kọkànlá, 2025", "2025-11-03"},
		{"28 Oṣù Kejì 2026", "2026-02-28"},
	} {
		d, ok := readDateLine(c.line, false)
		if !ok {
			t.Errorf("%q: no date", c.line)
			continue
		}
		if got := d.t.Format("2006-01-02"); got != c.want {
			t.Errorf("%q: got %s, want %s", c.line, got, c.want)
		}
	}
}
