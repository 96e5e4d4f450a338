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

// One writer credited with the text and the pictures in Japanese or
// Chinese: the label for both comes before the name (made-up names).
func TestTextAndPicturesLabels(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"文・写真：山田太郎", "山田太郎"},
		{"写真・文 山田太郎", "山田太郎"},
		{"取材・文・写真／山田太郎", "山田太郎"},
		{"文/圖 王小明", "王小明"},
		{"图文：王小明", "王小明"},
	} {
		if got := strings.Join(explicitByline(c.line, false), "|"); got != c.want {
			t.Errorf("%q: got %q, want %q", c.line, got, c.want)
		}
	}
}
