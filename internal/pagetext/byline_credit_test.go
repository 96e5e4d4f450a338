package pagetext

import (
	"strings"
	"testing"
)

// Writers credited without a "By": each with the town they file from in
// brackets, or two of them and their outlet after a comma, over or under
// the headline. The line names the writers (never the town or the outlet)
// and is never taken for the headline, whatever the language's "and".
func TestWritersCreditLines(t *testing.T) {
	for _, c := range []struct {
		credit string
		over   bool
		want   string
	}{
		{"Jane Doe (London) and John Roe (Manchester)", true, "Jane Doe|John Roe"},
		{"Jane Doe (London) and John Roe (Manchester)", false, "Jane Doe|John Roe"},
		{"Ana Pérez (Madrid) Luis García (Bogotá)", false, "Ana Pérez|Luis García"},
		{"Anna Nowak (Warszawa), Piotr Kowalski (Kraków)", true, "Anna Nowak|Piotr Kowalski"},
		{"Jana Nováková (Praha) a Petr Dvořák (Brno)", true, "Jana Nováková|Petr Dvořák"},
		{"Ayşe Kaya (Ankara) - Mehmet Demir (İzmir)", false, "Ayşe Kaya|Mehmet Demir"},
		{"Giulia Bianchi (Roma) e Marco Rossi (Milano)", false, "Giulia Bianchi|Marco Rossi"},
		{"Jane Doe and John Roe, Harbour Evening Courier", true, "Jane Doe|John Roe"},
		{"Anna Schmidt und Max Weber, Rheinische Hafenzeitung", false, "Anna Schmidt|Max Weber"},
		{"Pieter de Vries en Jan Bakker, Haagse Havenkrant", false, "Pieter de Vries|Jan Bakker"},
		{"Aino Mäkinen ja Laura Korhonen, Satamalehti Uutiset", true, "Aino Mäkinen|Laura Korhonen"},
		// The town after the word for "in" or "from".
		{"Sophie Martin (à Bruxelles)", false, "Sophie Martin"},
		{"Jane Doe (in Kyiv)", false, "Jane Doe"},
		{"Ana Pérez (desde Bogotá) y Luis García (en Lima)", false, "Ana Pérez|Luis García"},
		// The "e" inside "Ayşe" is no Italian "and": the name after the
		// comma is a second writer, not an outlet.
		{"Ayşe Kaya, Mehmet Demir", false, "Ayşe Kaya|Mehmet Demir"},
	} {
		parts := []string{"News", storyTitle, c.credit, "March 27, 2025", story(), "Share this story"}
		if c.over {
			parts = []string{"News", c.credit, storyTitle, "March 27, 2025", story(), "Share this story"}
		}
		a, _ := mustParse(t, dump(parts...))
		if got := strings.Join(a.Authors, "|"); got != c.want || a.Title != storyTitle {
			t.Errorf("%q (over the headline %v): authors %q, want %q; title %q", c.credit, c.over, got, c.want, a.Title)
		}
	}
}

// Writers and their outlet over the headline of a page that prints its
// date only under the story: the line still credits them, and the
// headline under it is the title.
func TestWritersAndOutletOverUndatedHeadline(t *testing.T) {
	a, _ := mustParse(t, dump("Health", "Jane Doe and John Roe, Harbour Evening Courier", storyTitle, story(), "March 27, 2025"))
	if got := strings.Join(a.Authors, "|"); got != "Jane Doe|John Roe" || a.Title != storyTitle {
		t.Errorf("authors %q, title %q", got, a.Title)
	}
}

// A headline in capitalised words that ends in one bracket, or a line of
// names with a single place, is no credit of several writers; nor is a
// caption that says who stands on which side.
func TestOneBracketIsNoWritersCredit(t *testing.T) {
	for _, s := range []string{"Election Results (Live)", "Jane Doe (Stockholm)", "Cognitive Behavioral Therapy (CBT) and Exposure Therapy (ET)", "Jane Doe (R) and John Roe (L)"} {
		if writersCredit(s) {
			t.Errorf("%q read as a credit of writers", s)
		}
	}
}
