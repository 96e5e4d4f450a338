package pagetext

import "testing"

// Guillemets that open and close a quotation, and the colon French
// typography spaces, part no breadcrumb: a headline quoting someone
// ("« On nous a oubliés » : …", "«Мы остались без всего»: …") is weighed
// as a headline (made-up pages).
func TestQuotedHeadlineHasNoSeparators(t *testing.T) {
	for _, c := range []struct {
		s string
		n int
	}{
		{"« Nous ne partirons pas » : à Valbourg, les pêcheurs bloquent le port", 0},
		{"«Мы не уйдём»: рыбаки перекрыли вход в порт", 0},
		{"Il porto chiude : «Non ce ne andremo»", 0},
		{"Accueil » Région » Économie", 2},
		{"Home › News", 1},
		{"News - Harbour Daily", 1},
	} {
		if got := separators(c.s); got != c.n {
			t.Errorf("%q: %d separators, want %d", c.s, got, c.n)
		}
	}
	const title = "« Nous ne partirons pas » : à Valbourg, les pêcheurs bloquent le port"
	const dek = "Depuis la fermeture de la criée, les bateaux restent à quai et les familles s'inquiètent."
	story := []string{"Les pêcheurs ont amarré leurs bateaux en travers du chenal mardi matin. La préfecture a ouvert une réunion avec les élus de la côte.",
		"Selon la mairie, un nouveau point sera fait dans les prochains jours avec les associations et les représentants des marins.",
		"« C'est une décision prise sans nous », a réagi le président de la coopérative, qui réclame un calendrier précis."}
	a, _ := mustParse(t, dump(append([]string{"Société", "EXCLUSIF", title, dek, "Partager", "Le 26/02/2025 à 22:06"}, story...)...))
	if a.Title != title {
		t.Errorf("headline %q, want %q", a.Title, title)
	}
}
