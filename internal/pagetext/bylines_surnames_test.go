package pagetext

import (
	"strings"
	"testing"
)

// Spanish, Portuguese and Catalan writers may sign with two surnames
// joined by "y", "e" or "i": the byline keeps the name whole, while a
// desk or an agency after the joiner names no second writer (made-up
// names).
func TestCompoundSurnames(t *testing.T) {
	for _, c := range []struct{ credit, want string }{
		{"Por María López y Fernández", "María López y Fernández"},
		{"José Ortega y Gasset", "José Ortega y Gasset"},
		{"Por João Costa e Silva", "João Costa e Silva"},
		{"Josep Puig i Cadafalch", "Josep Puig i Cadafalch"},
		{"Por María López y Fernández y Luis Gil", "María López y Fernández|Luis Gil"},
		{"Por Ana Gil y Luis Pérez", "Ana Gil|Luis Pérez"},
		{"Por Beatriz Lima e João Souza", "Beatriz Lima|João Souza"},
		{"Por Ana Gil y Redacción", "Ana Gil"},
		{"Por Ana Gil y Agencias", "Ana Gil"},
		{"Por Ana Gil y EFE", "Ana Gil"},
		{"Por Beatriz Lima e Agências", "Beatriz Lima"},
	} {
		a, _ := mustParse(t, dump(append([]string{"Harbour Daily", storyTitle, c.credit, "March 27, 2025"}, storyParas...)...))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.credit, got, c.want)
		}
	}
}
