package pagetext

import (
	"testing"
	"time"
)

// Datelines as the news pages of each language write them (made-up lines).
func TestDatelinesByLanguage(t *testing.T) {
	day := func(y int, m time.Month, d int) string {
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
	}
	cases := []dateLineCase{
		{"en", "Published November 20, 2019", day(2019, 11, 20)},
		{"es", "Publicado el 20 de noviembre de 2019, 14:05", day(2019, 11, 20)},
		{"es", "07/05/2022 20H06 - ACTUALIZADO A 07/05/2022 20H17", day(2022, 5, 7)},
		{"fr", "Publié le 20 nov. 2019 à 14h05", day(2019, 11, 20)},
		{"de", "Veröffentlicht am 20. November 2019, 14:05 Uhr", day(2019, 11, 20)},
		{"de", "20.11.2019", day(2019, 11, 20)},
		{"it", "20 novembre 2019 - aggiornato alle 14:05", day(2019, 11, 20)},
		{"pt", "20 de novembro de 2019 às 14h05", day(2019, 11, 20)},
		{"nl", "20 nov 2019 om 14:05", day(2019, 11, 20)},
		{"ru", "11 октября 2018, 13:43", day(2018, 10, 11)},
		{"ru", "Опубликовано 5 МАЯ 2021", day(2021, 5, 5)},
		{"uk", "20 листопада 2019, 14:05", day(2019, 11, 20)},
		{"pl", "Dodano: 30 kwietnia 2021, 11:55", day(2021, 4, 30)},
		{"pl", "05 MAJA 2021", day(2021, 5, 5)},
		{"pl", "10 kwi. 2025, 08:15", day(2025, 4, 10)},
		{"pl", "Opublikowano 18 paź 2020", day(2020, 10, 18)},
		{"pl", "3 lis. 2024", day(2024, 11, 3)},
		{"tr", "20 Kasım 2019 Çarşamba 14:05", day(2019, 11, 20)},
		{"tr", "20 KASIM 2019", day(2019, 11, 20)},
		{"id", "Rabu, 20 Nov 2019 14:05 WIB", day(2019, 11, 20)},
		{"id", "20 Agustus 2019", day(2019, 8, 20)},
		{"vi", "Thứ tư, 20/11/2019, 14:05 (GMT+7)", day(2019, 11, 20)},
		{"vi", "Ngày 20 tháng 11 năm 2019", day(2019, 11, 20)},
		{"ar", "٢٠ نوفمبر ٢٠١٩", day(2019, 11, 20)},
		{"ar", "نُشر في 20 أيار 2019", day(2019, 5, 20)},
		// A year of Japan's era: 令和 from 2019, 平成 from 1989.
		{"ja", "令和8年12月7日", day(2026, 12, 7)},
		{"ja", "令和元年12月7日 10時15分", day(2019, 12, 7)},
		{"ja", "平成31年4月30日", day(2019, 4, 30)},
		// Right-to-left text may put the comma before the year's space.
		{"ar", "نشر في: 20 نوفمبر ,2019: 14:05 م", day(2019, 11, 20)},
		{"ar", "20 نوفمبر ,2019", day(2019, 11, 20)},
		{"fa", "۲۹ آبان ۱۳۹۸ - ۱۴:۰۵", day(2019, 11, 20)},
		{"fa", "۱ فروردین ۱۴۰۳", day(2024, 3, 20)},
		{"fa", "۲۰ نوامبر ۲۰۱۹", day(2019, 11, 20)},
		{"hi", "20 नवंबर 2019, 02:05 PM IST", day(2019, 11, 20)},
		{"hi", "२० नवम्बर २०१९", day(2019, 11, 20)},
		{"th", "20 พฤศจิกายน 2562", day(2019, 11, 20)},
		{"th", "เผยแพร่ 20 พฤศจิกายน 2019 14:05 น.", day(2019, 11, 20)},
		{"zh", "2019年11月20日 14:05", day(2019, 11, 20)},
		{"zh", "更新时间 2012年12月10日, 格林尼治标准时间10:41", day(2012, 12, 10)},
		{"ja", "2019年11月20日 14時05分", day(2019, 11, 20)},
		{"ja", "２０１９年１１月２０日", day(2019, 11, 20)},
		{"ko", "입력 2019.11.20 14:05", day(2019, 11, 20)},
		{"ko", "2019년 11월 20일 오후 2시", day(2019, 11, 20)},
		{"ko", "승인 2019. 11. 20. 14:05", day(2019, 11, 20)},
		{"hu", "2019. november 20. 14:05", day(2019, 11, 20)},
		{"th", "12 ก.ย. 2568", day(2025, 9, 12)},
		{"th", "วันที่ 3 พ.ย. 2568 เวลา 10:15 น.", day(2025, 11, 3)},
		{"th", "อัปเดต 28 ก.พ. 68 16:40 น.", day(2025, 2, 28)},
		{"el", "Δευτέρα, 3 Νοεμβρίου 2025, 14:30", day(2025, 11, 3)},
		{"el", "3 ΝΟΕΜΒΡΙΟΥ 2025", day(2025, 11, 3)},
		{"el", "3 Νοε 2025", day(2025, 11, 3)},
		{"ro", "Publicat: 3 noiembrie 2025, 10:15", day(2025, 11, 3)},
		{"bg", "Публикувано: 3 ноември 2025", day(2025, 11, 3)},
		{"sr", "3. новембар 2025.", day(2025, 11, 3)},
		{"sr", "3. novembra 2025. u 10:15", day(2025, 11, 3)},
		{"hr", "Objavljeno: 12. rujna 2025. u 14:30", day(2025, 9, 12)},
		{"sk", "Publikované 3. novembra 2025, 10:15", day(2025, 11, 3)},
		{"sl", "3. julij 2025", day(2025, 7, 3)},
		{"cs", "Úterý 3. listopad 2025", day(2025, 11, 3)},
		{"ca", "12 de setembre de 2025", day(2025, 9, 12)},
		{"ca", "Actualitzat el 3 d'octubre de 2025", day(2025, 10, 3)},
		{"ca", "3 d’abril de 2025", day(2025, 4, 3)},
		{"da", "3. marts 2025", day(2025, 3, 3)},
		{"et", "3. märts 2025", day(2025, 3, 3)},
		{"sw", "3 Septemba 2025", day(2025, 9, 3)},
		{"tl", "Setyembre 3, 2025", day(2025, 9, 3)},
		{"he", "12 בספטמבר 2025", day(2025, 9, 12)},
		{"he", "פורסם: 3 בנובמבר 2025, 10:15", day(2025, 11, 3)},
		{"ur", "12 ستمبر 2025", day(2025, 9, 12)},
		{"cs", "12. 9. 2025 14:30", day(2025, 9, 12)},
		{"lt", "2025 m. rugsėjo 12 d. 14:30", day(2025, 9, 12)},
		{"lv", "2025. gada 12. septembrī", day(2025, 9, 12)},
		{"fa", "۱۴۰۴/۰۶/۲۱", day(2025, 9, 12)},
		// The Levantine months of two words.
		{"ar", "15 تشرين الأول 2025", day(2025, 10, 15)},
		{"ar", "الأربعاء 7 كانون الثاني 2026", day(2026, 1, 7)},
		{"ar", "٣ تشرين الثاني ٢٠٢٥", day(2025, 11, 3)},
		{"ar", "نُشر في 24 كانون الأول، 2025", day(2025, 12, 24)},
		{"fa", "تاریخ انتشار: 1404-06-21 14:30", day(2025, 9, 12)},
	}
	wantDateLines(t, cases)
	for _, c := range cases {
		if d, ok := readDateLine(c.line, false); ok && d.rest > 6 {
			t.Errorf("%s: %q: %d words besides the date; a dateline has at most 6", c.lang, c.line, d.rest)
		}
	}
}

// The spans of dates written in other digits are those of the line, so
// that the text around them can be cut.
func TestWideDigitSpans(t *testing.T) {
	s := "نوشته علی رضایی ۲۹ آبان ۱۳۹۸"
	ds := findDates(s, false)
	if len(ds) != 1 || s[ds[0].start:ds[0].end] != "۲۹ آبان ۱۳۹۸" {
		t.Fatalf("findDates(%q) = %+v", s, ds)
	}
}

// A Thai day and short month before a clock give no year: "10:15" is a
// time, not the year 2510 of the Buddhist era.
func TestThaiShortMonthBeforeClock(t *testing.T) {
	if d, ok := readDateLine("12 ก.ย. 10:15 น.", false); ok {
		t.Errorf("a day and a clock read as %s", d.t.Format("2006-01-02"))
	}
}

func TestTimesWithTheDate(t *testing.T) {
	d, ok := readDateLine("2019年11月20日 14:05", false)
	if !ok || d.t.Hour() != 14 || d.t.Minute() != 5 {
		t.Errorf("got %v, %v; want 14:05", d.t, ok)
	}
}
