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
	} {
		if got := isRelDate(lineOf(s)); got != want {
			t.Errorf("isRelDate(%q) = %v, want %v", s, got, want)
		}
	}
}
