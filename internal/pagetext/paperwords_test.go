package pagetext

import (
	"strings"
	"testing"
)

// Two writers joined by their language's "and" after a "By", then their
// paper after a comma: the paper is no third writer.
func TestByPairThenOutlet(t *testing.T) {
	for _, c := range []struct{ by, want string }{
		{"By Jane Doe and John Roe, Harbour Evening Courier", "Jane Doe|John Roe"},
		{"Por Ana Pérez y Luis García, Diario del Puerto", "Ana Pérez|Luis García"},
		{"Von Jana Müller und Tobias Weber, Hafen Kurier", "Jana Müller|Tobias Weber"},
		{"Di Chiara Russo e Luca Ferrari, Gazzetta del Porto", "Chiara Russo|Luca Ferrari"},
		{"Yazar: Elif Kaya ve Can Aydın, Liman Gazetesi", "Elif Kaya|Can Aydın"},
	} {
		a, _ := mustParse(t, dump("Portside News", "Home", "News", storyTitle, c.by, "12.03.2025", story()))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.by, got, c.want)
		}
	}
}

// The writer and their paper printed over the section's label and the
// headline ("Name, Paper" / "Section" / headline / date): the line names
// the writer, and a headline that asks a question stays the headline.
func TestCreditOverSectionLabel(t *testing.T) {
	for _, c := range []struct{ credit, label, title, want string }{
		{"Jane Doe, Harbour Evening Courier", "Politics", "Can the city still afford its buses?", "Jane Doe"},
		{"Jana Müller, Hafen Kurier", "Politik", "Die Bahn kündigt neue Verbindungen an", "Jana Müller"},
		{"Ana Pérez, Diario del Puerto", "Política", "¿Subirán otra vez los precios del alquiler?", "Ana Pérez"},
		{"Anna Nowak, Gazeta Portowa", "Polityka", "Czy ceny mieszkań jeszcze wzrosną?", "Anna Nowak"},
	} {
		a, _ := mustParse(t, dump("Portside News", "Home", "News", "Sport", c.credit, c.label, c.title, "12.03.2025", story()))
		if got := strings.Join(a.Authors, "|"); got != c.want || a.Title != c.title {
			t.Errorf("%q: authors %q, want %q; title %q", c.credit, got, c.want, a.Title)
		}
	}
}
