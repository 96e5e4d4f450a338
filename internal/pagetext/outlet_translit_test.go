package pagetext

import "testing"

// A masthead in another script than the Latin one is the site's name
// when the page gives its address or domain spelled in Latin letters by
// how the name sounds; a domain that spells another name confirms none.
func TestMastheadSpelledByDomain(t *testing.T) {
	menu := "\n\nГлавная\n\nПолитика\n\nЭкономика\n\n"
	wantOutlets(t, []outletCase{
		{"Cyrillic", "Северный вестник" + menu + "Порт вновь открылся после шторма\n\nАнна Морозова\n\n27 марта 2025\n\n" + storyRU + "\nhttps://www.severny-vestnik.ru/news/2025/03/27/port\n", "Северный вестник"},
		{"Hangul", "바다일보\n\n홈\n\n정치\n\n경제\n\n폭풍 후 항구 다시 열려\n\n김하나 기자\n\n2025년 3월 27일\n\n" + storyKO + "\nhttps://www.badailbo.co.kr/news/view/20250327\n", "바다일보"},
		{"Cyrillic, another site's domain", "Северный вестник" + menu + "Порт вновь открылся после шторма\n\nАнна Морозова\n\n27 марта 2025\n\n" + storyRU + "\nhttps://www.pogoda-online.ru/\n", ""},
	})
	for _, c := range []struct {
		name, core string
		want       bool
	}{
		{"Вечерний залив", "vecherniy-zaliv", true}, {"Вечерний залив", "vecherny-zaliv", true}, {"صحيفة المثال", "almithal", true},
		{"예시일보", "yesiilbo", true}, {"Вечерний залив", "morning-bay", false}, {"Example", "example", false}, {"Suscríbete a Hora Nueva", "horanueva", false},
	} {
		if got := spellsName(c.name, c.core); got != c.want {
			t.Errorf("spellsName(%q, %q) = %v, want %v", c.name, c.core, got, c.want)
		}
	}
}

// storyKO is a made-up story in Korean for the pages above.
const storyKO = "홍수가 지난 지 3주 만에 어선들이 화요일 항구로 돌아왔고, 첫 어획물은 정오가 되기 전에 모두 팔렸다.\n\n" +
	"시장 상인들은 손님들이 다시 부두를 찾기 시작했다며 여름 내내 금요일에는 늦게까지 문을 열겠다고 말했다.\n\n" +
	"시의회는 내년에 새 방파제를 짓는 비용을 부담하겠다고 밝혔고, 어민들은 5년 사이 두 번의 홍수 끝에 늦은 결정이라고 말했다.\n"
