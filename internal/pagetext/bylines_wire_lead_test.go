package pagetext

import (
	"strings"
	"testing"
)

// A Korean wire story names its reporter at the head of its first
// paragraph, after the place and agency in brackets and before "=",
// however long the paragraph: "(서울=한빛뉴스) 최민호 기자 = …".
func TestKoreanWireLeadReporter(t *testing.T) {
	story := "시의회는 화요일 저녁 긴 논의 끝에 새 교통 계획을 승인했다. 부시장은 첫 공사가 내년 봄에 시작될 것이라고 말했다. 구도심 주민들은 버스 노선과 가로등을 늘려 달라고 요구하고 있다. 야당은 사업비가 너무 많다며 새 검토를 요구했다."
	for _, c := range []struct{ lead, want string }{
		{"(서울=한빛뉴스) 최민호 기자 = ", "최민호"},
		{"(워싱턴=한빛뉴스) 김민수 특파원 = ", "김민수"},
		{"(서울=한빛뉴스) ", ""},
	} {
		parts := []string{"홈", "정치", "시의회, 새 교통 계획 승인", "2025-03-27 14:20", c.lead + story,
			"시장은 첫 평가 결과를 일 년 안에 보고하겠다고 약속했다. 옛 나루터는 새 다리가 열릴 때까지 운영된다.", "관련 기사"}
		a, _ := mustParse(t, dump(parts...))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.lead, got, c.want)
		}
	}
}
