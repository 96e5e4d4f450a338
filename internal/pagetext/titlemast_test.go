package pagetext

import (
	"strings"
	"testing"
)

// A paper's name that reads as a person's heads the page, then a
// members-only notice and a long headline of some thirty words with the
// byline and the date under it: the headline is the long line, not the
// name over it, however much the ranker holds its length against it.
func TestLongHeadlineUnderMasthead(t *testing.T) {
	for _, tt := range []struct {
		site, notice, head, by, date string
		story                        []string
	}{
		{"Heraldo de Valdelinares", "Este contenido es exclusivo para suscriptores. Suscríbete para seguir leyendo.",
			"Los pastores de la sierra denuncian que la mancomunidad ha cerrado el único abrevadero de invierno sin consultar a nadie y que los rebaños tendrán que bajar al valle antes de las nevadas",
			"Por Anselmo Quiroga", "3 de noviembre de 2026, 09:20", []string{
				"El abrevadero llevaba más de un siglo junto a la cañada real. La mancomunidad alega que el agua ya no es apta para el ganado.",
				"Los ganaderos aseguran que nadie les avisó y que la alternativa más cercana está a doce kilómetros por una pista de tierra.",
				"La asociación de pastores ha pedido una reunión urgente y no descarta llevar el asunto a los tribunales si no hay respuesta.",
			}},
		{"Le Réveil de Montfaucon", "Cet article est réservé aux abonnés. Abonnez-vous pour lire la suite.",
			"Les bergers du plateau accusent la communauté de communes d’avoir fermé le seul abreuvoir d’hiver sans prévenir personne et craignent de devoir descendre les troupeaux avant les premières neiges",
			"Par Anselme Quéré", "3 novembre 2026 à 09h20", []string{
				"L’abreuvoir se trouvait depuis plus d’un siècle au bord de la draille. La collectivité affirme que l’eau n’est plus potable pour les bêtes.",
				"Les éleveurs disent n’avoir reçu aucun courrier et rappellent que le point d’eau le plus proche est à douze kilomètres de piste.",
				"Leur syndicat réclame une réunion en urgence et n’exclut pas de saisir le tribunal administratif faute de réponse.",
			}},
	} {
		page := append([]string{tt.site, tt.notice, tt.head, tt.by, tt.date}, tt.story...)
		if got := headlineOf(strings.Join(page, "\n\n")); got != tt.head {
			t.Errorf("headline %q, want %q", got, tt.head)
		}
	}
}
