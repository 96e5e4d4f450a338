package pagetext

import "testing"

// A dateline that prints the update before the publication, in any
// language, gives the publication; a line with only the update is marked
// as one, so a publication line nearby wins (made-up lines).
func TestUpdateMarkedInEachLanguage(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Aktualizacja: 14.03.2025 09:10 | Publikacja: 12.03.2025", "2025-03-12"},
		{"Aktualizováno 14. března 2025 | Publikováno 12. března 2025", "2025-03-12"},
		{"Обновлено 14 марта 2025 | Опубликовано 12 марта 2025", "2025-03-12"},
		{"Оновлено 14 березня 2025 | Опубліковано 12 березня 2025", "2025-03-12"},
		{"Ενημέρωση: 14/03/2025 | Δημοσίευση: 12/03/2025", "2025-03-12"},
		{"Güncelleme: 14.03.2025 | Yayınlanma: 12.03.2025", "2025-03-12"},
		{"Diperbarui 14 Maret 2025 | Diterbitkan 12 Maret 2025", "2025-03-12"},
		{"Cập nhật 14/03/2025 | Đăng ngày 12/03/2025", "2025-03-12"},
		{"更新时间：2025年3月14日 | 发布时间：2025年3月12日", "2025-03-12"},
		{"수정 2025.03.14 | 입력 2025.03.12", "2025-03-12"},
		{"آخر تحديث 14 مارس 2025 | نشر في 12 مارس 2025", "2025-03-12"},
		{"עודכן: 14.03.2025 | פורסם: 12.03.2025", "2025-03-12"},
		{"ปรับปรุง: 14 มีนาคม 2568 | เผยแพร่: 12 มีนาคม 2568", "2025-03-12"},
		{"अपडेटेड: 14 मार्च 2025 | प्रकाशित: 12 मार्च 2025", "2025-03-12"},
		{"আপডেট: 14 মার্চ 2025 | প্রকাশিত: 12 মার্চ 2025", "2025-03-12"},
	} {
		d, ok := readDateLine(c.line, false)
		if !ok || d.t.Format("2006-01-02") != c.want || d.updated {
			t.Errorf("%q: got %v (updated %v), want %s", c.line, d.t, d.updated, c.want)
		}
		upd := c.line[:len(c.line)/2]
		if d, ok := readDateLine(upd, false); ok && !d.updated {
			t.Errorf("%q: not marked as an update", upd)
		}
	}
}
