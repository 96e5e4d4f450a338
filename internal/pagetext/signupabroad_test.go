package pagetext

import (
	"strings"
	"testing"
)

// A newsletter box set between a story's paragraphs: its address field
// and its button worded in Vietnamese, Turkish or Spanish ("Nhập email
// của bạn" / "Đăng ký ngay", "E-posta adresiniz" / "Abone ol", "Tu
// correo electrónico" / "Suscribirme") leave the body, and the story
// around the box stays whole (made-up pages). (The line of copy over the
// field may stay: it reads as a sentence of the story.)
func TestSignUpBoxAbroad(t *testing.T) {
	for _, c := range []struct {
		head  []string
		above []string
		box   []string
		below []string
	}{
		{
			head: []string{"Cần Thơ mở thêm ba chợ nổi cho du khách vào cuối tuần", "Tác giả: Lê Văn Nam", "Thứ hai, 2/3/2026, 08:00 (GMT+7)"},
			above: []string{
				"Thành phố Cần Thơ vừa công bố kế hoạch mở thêm ba chợ nổi phục vụ du khách vào mỗi dịp cuối tuần, bắt đầu từ tháng Tư năm nay, nhằm giữ chân khách ở lại lâu hơn.",
				"Theo Sở Du lịch, mỗi chợ sẽ có khoảng năm mươi ghe bán trái cây, đồ ăn sáng và hàng thủ công của các làng nghề ven sông.",
			},
			box: []string{"Nhận tin nổi bật mỗi sáng qua email.", "Nhập email của bạn", "Đăng ký ngay"},
			below: []string{
				"Người dân địa phương cho biết họ mong có thêm thu nhập từ việc chở khách tham quan bằng xuồng nhỏ trong những con kênh quanh chợ.",
				"Sở Du lịch dự kiến đánh giá kết quả sau sáu tháng trước khi quyết định có mở rộng mô hình này hay không.",
			},
		},
		{
			head: []string{"Eskişehir'de tramvay hattı üniversite kampüsüne uzatılıyor", "Haber: Mert Aydın", "Yayınlanma: 02.03.2026 10:15"},
			above: []string{
				"Eskişehir Büyükşehir Belediyesi, kent merkezindeki tramvay hattını iki kilometre uzatarak üniversite kampüsüne kadar götüreceğini açıkladı. Çalışmaların yaz aylarında başlaması bekleniyor.",
				"Belediye yetkilileri, yeni hattın her gün binlerce öğrencinin otobüs yerine tramvayı kullanmasını sağlayacağını ve trafiği rahatlatacağını söyledi.",
			},
			box: []string{"Günün öne çıkan haberleri her sabah e-postanızda.", "E-posta adresiniz", "Abone ol"},
			below: []string{
				"Kampüs çevresindeki esnaf ise inşaat sırasında dükkânlarına ulaşımın zorlaşacağından endişe ediyor ve belediyeden geçici otopark istiyor.",
				"Hattın gelecek yılın sonbaharında hizmete girmesi planlanıyor.",
			},
		},
		{
			head: []string{"Puebla abre una biblioteca nocturna para estudiantes", "Por Daniela Ruiz", "Publicado: 2 de marzo de 2026, 09:10"},
			above: []string{
				"El ayuntamiento de Puebla abrió una biblioteca que permanecerá abierta hasta la medianoche durante la temporada de exámenes, con cien lugares de estudio y conexión gratuita a internet.",
				"La directora de Cultura explicó que la idea surgió de una petición firmada por cientos de estudiantes que no tenían un lugar tranquilo para estudiar en casa.",
			},
			box: []string{"Recibe las noticias más importantes del día en tu correo.", "Tu correo electrónico", "Suscribirme"},
			below: []string{
				"Los estudiantes podrán reservar su lugar en línea y deberán presentar su credencial al entrar por la noche.",
				"Si la prueba funciona, el municipio abrirá otra biblioteca nocturna en el sur de la ciudad antes de fin de año.",
			},
		},
	} {
		page := append(append(append(append([]string{}, c.head...), c.above...), c.box...), c.below...)
		a, _ := mustParse(t, dump(page...))
		for _, para := range append(append([]string{}, c.above...), c.below...) {
			if !strings.Contains(a.Body, para) {
				t.Errorf("the body lost %q:\n%s", para, a.Body)
			}
		}
		wantLeftOut(t, a.Body, c.box[1:])
	}
}
