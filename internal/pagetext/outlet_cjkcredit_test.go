package pagetext

import "testing"

// A reporter's credit in Chinese, Japanese or Korean names the paper
// beside the writer: in brackets after or before the name, before the
// word for a reporter, or among the words before 기자. A desk, a role or
// the paper's word for itself gives none.
func TestScriptReporterCredit(t *testing.T) {
	ja := func(by string) string {
		return "トップ\n\n社会\n\n嵐の後、港が再開\n\n" + by + "\n\n2025年3月27日\n\n洪水から三週間後の火曜日、漁船が港に戻り、昼までに最初の水揚げが岸壁で売られた。\n\n港長によると、修理費は予想より少なく、夏には岸壁が全面的に開くという。\n"
	}
	zh := func(by string) string {
		return "首页\n\n国内\n\n风暴过后港口重新开放\n\n" + by + "\n\n2025年3月27日\n\n" + storyZH
	}
	ko := func(by string) string {
		return "홈\n\n사회\n\n폭풍 뒤 항구 다시 열려\n\n" + by + "\n\n2025년 3월 27일\n\n홍수로 문을 닫은 지 3주 만인 화요일 어선들이 항구로 돌아왔고, 첫 어획물은 정오까지 부두에서 팔렸다.\n\n항만청장은 수리비가 우려보다 적게 들었으며 여름에는 부두가 완전히 열릴 것이라고 말했다.\n"
	}
	wantOutlets(t, []outletCase{
		{"the paper in brackets after the writer", ja("田中陽子（湾岸新報）"), "湾岸新報"},
		{"the paper in brackets before the writer", ja("（湾岸新報）田中陽子"), "湾岸新報"},
		{"a desk in brackets", ja("田中陽子（社会部）"), ""},
		{"the paper before the word for a reporter", zh("湾岸日报记者 陈静"), "湾岸日报"},
		{"the paper and a title before the word for a reporter", zh("湾岸日报全媒体记者陈静 通讯员刘洋"), "湾岸日报"},
		{"the paper's word for itself", zh("本报记者 陈静"), ""},
		{"the paper after the writer, in Korean", ko("이서연 만안일보 기자"), "만안일보"},
		{"no paper, in Korean", ko("이서연 기자"), ""},
	})
}
