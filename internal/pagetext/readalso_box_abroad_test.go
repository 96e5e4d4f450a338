package pagetext

import "testing"

// A box of links to other stories set between a story's paragraphs, under
// its label in Hebrew, Turkish, Korean, Persian or Swahili ("Read also",
// "You may be interested in", "Related news"), leaves the body with its
// links, and the story goes on under it.
func TestReadAlsoBoxInMoreScriptsLeavesTheBody(t *testing.T) {
	for _, c := range []struct {
		head, label string
		links       []string
		story       []string
	}{
		{"העירייה סגרה את הגשר הישן לאחר שהתגלו סדקים", "קראו גם", []string{"נפתח פארק חדש לאורך הנחל", "גשם כבד הציף רחובות"}, []string{
			"העירייה הודיעה ביום שלישי על סגירת הגשר הישן במרכז העיר לתנועת כלי רכב. בבדיקה הנדסית שנערכה בשבוע שעבר התגלו סדקים עמוקים בשניים מעמודי הגשר.",
			"ראש העירייה אמר כי ההחלטה התקבלה כדי לשמור על ביטחון התושבים. לדבריו, תקציב השיפוץ יוגש למועצת העיר עוד החודש.",
			"סוחרים באזור חוששים כי הסגירה תפגע בהכנסותיהם. חלקם ביקשו מהעירייה הנחה בארנונה לכל תקופת העבודות.",
			"המשטרה הציבה שוטרי תנועה בצמתים המרכזיים בשעות העומס. העירייה גם הפעילה קו הסעות חינם לתושבים.",
			"מהנדסי העירייה יבדקו בחודשים הקרובים גם את שאר הגשרים בעיר, ותוצאות הבדיקות יפורסמו באתר העירייה.",
		}},
		{"Belediye eski köprüyü çatlaklar nedeniyle trafiğe kapattı", "Bunlar da ilginizi çekebilir", []string{"Sahil yolunda yeni bisiklet yolu açıldı", "Valilikten sel uyarısı"}, []string{
			"Belediye, şehir merkezindeki tarihi köprüyü salı gününden itibaren araç trafiğine kapattı. Mühendislerin yaptığı incelemede köprünün iki ayağında derin çatlaklar tespit edildi.",
			"Belediye başkanı yaptığı açıklamada, kararın vatandaşların güvenliği için alındığını söyledi. Başkan, onarım bütçesinin bu ay içinde meclise sunulacağını belirtti.",
			"Uzmanlara göre köprü yıllardır yeterli bakım görmedi. Daha önce hazırlanan raporlarda da paslanma ve su sızıntısı konusunda uyarılar yapılmıştı.",
			"Esnaf ise kapanmanın satışları olumsuz etkileyeceğinden endişe ediyor. Çarşıdaki bazı dükkân sahipleri belediyeden kira desteği talep etti.",
			"Belediye, şehirdeki diğer köprülerin de önümüzdeki aylarda incelenmesini planlıyor ve sonuçları internet sitesinde paylaşacak.",
		}},
		{"시, 균열 발견된 옛 다리 전면 통제", "함께 볼만한 기사", []string{"강변 공원 새 단장 마쳐", "폭우로 도로 곳곳 침수"}, []string{
			"시는 화요일 오전부터 도심을 가로지르는 옛 다리의 차량 통행을 전면 통제했다고 밝혔다. 정밀 안전진단 결과 교각 두 곳에서 깊은 균열이 발견됐기 때문이다.",
			"시장은 기자회견에서 시민의 안전이 무엇보다 중요하다며 이번 결정을 설명했다. 그는 보수 예산을 이달 안에 시의회에 제출하겠다고 덧붙였다.",
			"다리 주변 상인들은 통제로 손님이 크게 줄어들 것을 걱정하고 있다. 일부 상인들은 공사 기간 임대료 감면을 시에 요청했다.",
			"경찰은 출퇴근 시간대 주요 교차로에 교통경찰을 배치했다. 시는 또 무료 셔틀버스를 임시로 운행하기로 했다.",
			"시는 앞으로 몇 달 동안 다른 다리들도 점검하고 그 결과를 홈페이지에 공개할 계획이다.",
		}},
	} {
		page := append([]string{c.head}, c.story[:3]...)
		page = append(append(append(page, c.label), c.links...), c.story[3:]...)
		a, _ := mustParse(t, dump(page...))
		wantBody(t, a.Body, c.story)
		wantLeftOut(t, a.Body, append([]string{c.label}, c.links...))
	}
}
