package pagetext

import "testing"

// Hausa puts "ga" between the day and the month ("13 ga Fabrairu,
// 2026"); Yoruba names the month "Oṣù" and its ordinal ("the third
// month"), with tone marks precomposed or combining.
func TestHausaYorubaDates(t *testing.T) {
	wantDateLines(t, []dateLineCase{
		{"ha", "An wallafa: 21 ga Satumba, 2025", "2025-09-21"},
		{"ha", "4 ga Janairu 2026", "2026-01-04"},
		{"yo", "Ọjọ́ Ẹtì, 17 Oṣù Kẹjọ, 2025", "2025-08-17"},
		{"yo", "3 Oṣù Kọkànlá, 2025", "2025-11-03"},
		{"yo", "28 Oṣù Kejì 2026", "2026-02-28"},
	})
}
