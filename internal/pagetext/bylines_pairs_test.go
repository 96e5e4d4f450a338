package pagetext

import (
	"strings"
	"testing"
)

// Two writers under the headline with no "By", joined by a dash or by the
// word for "and" of the page's language, or a newsroom's desk before its
// writer after a dash (made-up names).
func TestUnmarkedPairsByLanguage(t *testing.T) {
	ruStory := []string{
		"Городской совет во вторник утвердил план расширения автобусных маршрутов в восточных районах. Обсуждение продолжалось до позднего вечера.",
		"По словам мэра, первые автобусы на новом маршруте выйдут на линию весной, если тендеры завершатся вовремя.",
		"Жители восточных районов годами требовали лучшего сообщения с центром города и портом.",
	}
	en := storyParas
	for _, c := range []struct {
		credit, date string
		story        []string
		want         string
	}{
		{"Jane Doe - John Roe", "March 27, 2025", en, "Jane Doe|John Roe"},
		{"Nguyễn Văn An - Trần Thị Bình", "27/03/2025 14:30", en, "Nguyễn Văn An|Trần Thị Bình"},
		// A town's name after a bar is no second writer.
		{"Jane Doe | Ocean Springs | 3 min read", "March 27, 2025", en, "Jane Doe"},
		{"Haber Merkezi - Ali Kaya", "27.03.2025 - 14:30", en, "Ali Kaya"},
		{"Hoàng Anh và Minh Châu", "27/03/2025 14:30", en, "Hoàng Anh|Minh Châu"},
		{"Jan Novák a Petra Dvořáková", "27. března 2025", en, "Jan Novák|Petra Dvořáková"},
		{"Ayşe Yılmaz ve Mehmet Demir", "27 Mart 2025", en, "Ayşe Yılmaz|Mehmet Demir"},
		{"Анна Иванова и Иван Петров", "27 марта 2025, 14:30", ruStory, "Анна Иванова|Иван Петров"},
		{"Автор: Олена Коваленко та Андрій Шевченко", "27 березня 2025, 14:30", ruStory, "Олена Коваленко|Андрій Шевченко"},
		// A journalist's job after the name, in the page's language.
		{"Ayşe Yılmaz Muhabir", "27 Mart 2025", en, "Ayşe Yılmaz"},
		{"Nguyễn Văn An, phóng viên", "27/03/2025 14:30", en, "Nguyễn Văn An"},
		// A headline's "a" between capitalised words joins no names.
		{"Does Jane Doe Have a Net Worth of Ten Million?", "March 27, 2025", en, ""},
	} {
		a, _ := mustParse(t, dump(append([]string{"Harbour Daily", storyTitle, c.credit, c.date}, c.story...)...))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.credit, got, c.want)
		}
	}
}
