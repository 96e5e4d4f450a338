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

// The site's name heads the page and opens a row of links at its foot
// ("<name> · About us · Contact · Advertise"): the row holds the name as
// a page holds its headline in a share bar, but the name is the
// masthead, and a short headline under it is the headline, even one whose
// words the story does not use again.
func TestMastheadOpensFooterRow(t *testing.T) {
	for _, tt := range []struct {
		site, head, date string
		menu, story      []string
		footer           string
	}{
		{"Marsh End Chronicle", "Tide mill reopens", "March 12, 2026 at 10:05 am", []string{"Home", "World", "Business", "Sport"}, []string{
			"The trust said flour would be ground on the creek again from Saturday. Volunteers spent four winters rebuilding the wheel.",
			"Visitors can watch the machinery turn twice a day. School visits start in the summer term.",
			"The flour will be sold in the village shop, the trust added, with the money going to the sluice gates.",
		}, "Marsh End Chronicle · About us · Contact · Advertise"},
		{"Heraldo del Campo Norte", "Abre el molino", "12 de marzo de 2026, 10:05", []string{"Inicio", "Local", "Deportes", "Cultura"}, []string{
			"La fundación informó de que desde el sábado volverá a molerse harina junto al arroyo. Los voluntarios trabajaron cuatro inviernos en la rueda.",
			"Los visitantes podrán ver la maquinaria en marcha dos veces al día. Las visitas escolares empiezan en verano.",
			"La harina se venderá en la tienda del pueblo, añadió la fundación, y lo recaudado irá a las compuertas.",
		}, "Heraldo del Campo Norte · Quiénes somos · Contacto · Publicidad"},
	} {
		page := append(append([]string{tt.site}, tt.menu...), tt.head, tt.date)
		page = append(append(page, tt.story...), tt.footer)
		if got := headlineOf(strings.Join(page, "\n\n")); got != tt.head {
			t.Errorf("headline %q, want %q", got, tt.head)
		}
	}
}
