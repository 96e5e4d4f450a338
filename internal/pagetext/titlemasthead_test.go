package pagetext

import (
	"strings"
	"testing"
)

// The site's name heads the page, and its copyright line at the foot
// names it again as its owner ("© 2026 <name>. All rights reserved."):
// that line is the masthead, however long the name or wordy the
// headline under it, in any script.
func TestMastheadNamedInTheCopyrightLine(t *testing.T) {
	for _, tt := range []struct {
		site, head, by string
		story          []string
		footer         string
	}{
		{"Η Φωνή της Κοιλάδας του Αξιού και της Πέλλας", "«Δεν θα φύγουμε»: οι ψαράδες της λίμνης αρνούνται τη μετεγκατάσταση",
			"Της Μαρίας Αλεξίου", []string{
				"Δεκάδες οικογένειες ψαράδων έλαβαν την περασμένη εβδομάδα επιστολή που τους καλεί να αφήσουν τα σπίτια τους στην όχθη της λίμνης.",
				"Ο δήμος λέει ότι τα σπίτια χτίστηκαν χωρίς άδεια και ότι η περιοχή θα γίνει προστατευόμενη ζώνη για τα πουλιά.",
				"Οι ψαράδες απαντούν ότι ζουν εκεί εδώ και τρεις γενιές και ζητούν να τους δοθεί γη κοντά στο νερό.",
			}, "© 2026 Η Φωνή της Κοιλάδας του Αξιού και της Πέλλας. Με την επιφύλαξη παντός δικαιώματος."},
		{"Jornal do Vale do Sousa e Tâmega", "Pescadores recusam sair das casas junto à barragem",
			"Rui Magalhães", []string{
				"Dezenas de famílias receberam na semana passada uma carta da câmara que lhes dá seis meses para deixar as casas junto à albufeira.",
				"A autarquia diz que as construções não têm licença e que a margem vai passar a zona protegida para as aves.",
				"Os pescadores respondem que vivem ali há três gerações e pedem terrenos perto da água para continuar a trabalhar.",
			}, "© 2026 Jornal do Vale do Sousa e Tâmega. Todos os direitos reservados."},
	} {
		page := append([]string{tt.site, tt.head, tt.by}, tt.story...)
		page = append(page, "Comentários", tt.footer)
		if got := headlineOf(strings.Join(page, "\n\n")); got != tt.head {
			t.Errorf("headline %q, want %q", got, tt.head)
		}
	}
}
