package pagetext

import "testing"

// TestRelDateAbroad: "how long ago" lines in languages
// other than English are page furniture, read as such; a sentence or a
// headline holding the same words is not.
func TestRelDateAbroad(t *testing.T) {
	for s, want := range map[string]bool{
		"Il y a 35 minutes":                           true,
		"vor 50 Minuten":                              true,
		"Aktualisiert vor 5 Minuten":                  true,
		"hace 40 minutos":                             true,
		"Atualizado há 2 horas":                       true,
		"2 часа назад":                                true,
		"3 години тому":                               true,
		"Zaktualizowano 2 godziny temu":               true,
		"2 godz. temu":                                true,
		"3 saat önce":                                 true,
		"منذ ساعتين":                                  true,
		"לפני שעתיים":                                 true,
		"منذ 3 ساعات":                                 true,
		"3小时前":                                        true,
		"3時間前":                                        true,
		"3시간 전":                                       true,
		"2 giờ trước":                                 true,
		"3 jam yang lalu":                             true,
		"5 hours ago":                                 true,
		"Il y a 35 ans, la ville changeait de visage": false,
		"Vor dem Rathaus demonstrieren 300 Menschen":  false,
		"La maire parle vor 50 Minuten de retard":     false,
		"3名游客在博物馆门前":                                  false,
		"Trois heures avant le match":                 false,
		// More words before or after the count, and today or yesterday
		// with the time.
		"Mis à jour il y a 3 heures":     true,
		"Cập nhật 3 giờ trước":           true,
		"آخر تحديث منذ 3 ساعات":          true,
		"Ενημερώθηκε πριν από 3 ώρες":    true,
		"3 घंटे पहले अपडेट किया गया":     true,
		"อัปเดต 3 ชั่วโมงที่แล้ว":        true,
		"3小时前更新":                         true,
		"3時間前に更新":                        true,
		"Heute, 09:12 Uhr":               true,
		"Gestern, 18:05 Uhr":             true,
		"Вчера в 18:05":                  true,
		"Aujourd'hui à 08h15":            true,
		"Ayer a las 18:05":               true,
		"Hôm qua lúc 18:05":              true,
		"今天 10:20":                       true,
		"วันนี้ 10:32 น.":                true,
		"أمس الساعة 18:05":               true,
		"Heute eröffnet das neue Bad":    false,
		"Hier, la mairie a voté à 18h05": false,
		"Вчера в городе открыли мост":    false,
	} {
		if got := isRelDate(lineOf(s)); got != want {
			t.Errorf("isRelDate(%q) = %v, want %v", s, got, want)
		}
	}
}

// A dateline of today or yesterday in another language over or under a
// short headline is no headline (made-up pages).
func TestRelDayOverHeadline(t *testing.T) {
	const title = "Stadtwerke erhöhen die Wasserpreise"
	for _, top := range [][]string{{"Heute, 09:12 Uhr", title}, {"Startseite / Verkehr", "Gestern, 18:05 Uhr", title, "Von Jana Berg"}} {
		a, _ := mustParse(t, dump(append(top, storyParas...)...))
		if a.Title != title {
			t.Errorf("%q: headline %q, want %q", top, a.Title, title)
		}
	}
}
