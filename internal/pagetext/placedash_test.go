package pagetext

import (
	"strings"
	"testing"
)

// A town, a dash and the writer on a line under the headline name the
// writer, in scripts with capitals and without; a newsroom's desk, a
// slash and the writer name the writer. A section and its subsection,
// a town and its district, or a desk and a section name nobody.
func TestBylinePlaceDashAndDeskSlash(t *testing.T) {
	checkBylineLines(t, []struct{ line, want string }{
		{"Roma - Giulia Bianchi", "Giulia Bianchi"},
		{"Lyon – Claire Moreau", "Claire Moreau"},
		{"Lisboa - João Pedro Santos", "João Pedro Santos"},
		{"Redacción / Laura Gómez", "Laura Gómez"},
		{"Redaktion/Jonas Keller", "Jonas Keller"},
		{"Newsroom / Priya Shah", "Priya Shah"},
		{"Sport - Fußball", ""},
		{"Lyon - Villeurbanne", ""},
		{"Paris - Saint Germain", ""},
		{"Redaktion / Sport", ""},
		{"Politik - Innenpolitik", ""},
	})
	for _, c := range []struct{ line, want string }{
		{"القاهرة - محمد علي", "محمد علي"},
		{"رياضة - كرة القدم", ""},
	} {
		a, _ := mustParse(t, dump("الرئيسية", "وزارة الزراعة توزع بذورا محسنة على المزارعين", c.line, "الأحد 8 مارس 2026",
			"قالت وزارة الزراعة يوم الأحد إنها ستوزع بذورا محسنة على المزارعين في المحافظات الجنوبية قبل بداية موسم الزراعة الجديد.",
			"وأوضح مسؤول في الوزارة أن البرنامج يشمل أكثر من عشرين ألف مزارع وأن التوزيع سيتم عبر الجمعيات التعاونية المحلية.",
			"شارك"))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.line, got, c.want)
		}
	}
}
