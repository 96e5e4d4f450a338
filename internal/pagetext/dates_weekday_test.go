package pagetext

import "testing"

// A weekday named before an ambiguous numeric date settles which reading
// is meant, whichever order the page otherwise uses: "Monday 5/10/2020"
// is 5 October (10 May 2020 was a Sunday), "Tue, 3/11/2025" is 11 March.
// A weekday that fits neither reading, or both, leaves the page's order
// (made-up datelines).
func TestWeekdaySettlesNumericDate(t *testing.T) {
	cases := []struct {
		line       string
		monthFirst bool
		want       string
	}{
		{"Monday 5/10/2020", true, "2020-10-05"},
		{"Tue, 3/11/2025", false, "2025-03-11"},
		{"Sunday 10/5/2020", true, "2020-05-10"},
		{"Published Friday, 07.02.2025", false, "2025-02-07"},
		{"Published Friday, 02.07.2025", false, "2025-02-07"},
		{"mercredi 04/06/2025", false, "2025-06-04"},
		{"mercredi 06/04/2025", false, "2025-06-04"},
		{"Donnerstag, 12.06.2025", false, "2025-06-12"},
		{"Donnerstag, 06.12.2025", false, "2025-06-12"},
		{"sábado 08/03/2025", false, "2025-03-08"},
		{"sábado 03/08/2025", false, "2025-03-08"},
		{"zondag 11/05/2025", true, "2025-05-11"},
		// Neither reading is a Wednesday: the page's order stands.
		{"Wednesday 5/10/2020", true, "2020-05-10"},
		{"Wednesday 5/10/2020", false, "2020-10-05"},
	}
	for _, c := range cases {
		d, ok := readDateLine(c.line, c.monthFirst)
		if !ok {
			t.Errorf("%q: no date", c.line)
			continue
		}
		if got := d.t.Format("2006-01-02"); got != c.want {
			t.Errorf("%q (month first %v): got %s, want %s", c.line, c.monthFirst, got, c.want)
		}
	}
}
