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

// A paper's name heads the page, then its section's label and a headline
// of a few words printed in capitals with the date under it: the name
// that reads as a paper's ("… Courier", "Gazzetta …") is the masthead,
// however the story's words echo it, and the capitals' line the headline.
func TestShoutedHeadlineUnderPaperName(t *testing.T) {
	for _, tt := range []struct {
		site, section, head, date, by string
		story                         []string
	}{
		{"The Quayside Courier", "Local", "STORM SHUTS SEAFRONT FOR SEVEN DAYS", "Published 3 November 2026, 09:20", "By Anselm Quarry", []string{
			"The quayside road will stay closed for a week after gales tore up part of the sea wall on Sunday night, the council said.",
			"Engineers found that two sections of the wall had been undermined by the waves and could collapse onto the road.",
			"Buses to the harbour will run on a diversion through the town centre, adding about ten minutes to each journey.",
			"Shops on the quayside said they would stay open and asked customers to come on foot from the car park on the hill.",
		}},
		{"Gazzetta della Marina", "Cronaca", "NEVE E GELO, CHIUSE LE SCUOLE DELLA VALLE", "3 novembre 2026, 09:20", "di Anselmo Quaranta", []string{
			"La strada del porto resterà chiusa per una settimana dopo che la mareggiata di domenica ha danneggiato parte del muro.",
			"I tecnici hanno scoperto che due tratti del muro sono stati scalzati dalle onde e potrebbero crollare sulla carreggiata.",
			"Gli autobus diretti alla marina seguiranno un percorso alternativo attraverso il centro, con una decina di minuti in più.",
			"I negozi della zona resteranno aperti e chiedono ai clienti di arrivare a piedi dal parcheggio sulla collina.",
		}},
	} {
		page := append([]string{tt.site, tt.section, tt.head, tt.date, tt.by}, tt.story...)
		if got := headlineOf(strings.Join(page, "\n\n")); got != tt.head {
			t.Errorf("headline %q, want %q", got, tt.head)
		}
	}
}
