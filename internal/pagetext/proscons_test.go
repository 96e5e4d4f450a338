package pagetext

import (
	"strings"
	"testing"
)

// reviewCard is one product of a made-up buying guide: its name, its
// paragraphs, and the short phrases of its pros and cons lists.
type reviewCard struct {
	name        string
	text        []string
	pros, cons  []string
	price, shop string
}

// reviewPage prints a buying guide: a headline, a byline, an intro, then
// each card as a shop prints it (name, paragraph, labels over the lists,
// the price and the buy button, a second paragraph), then a footer.
func reviewPage(head, intro, closing, prosLabel, consLabel string, cards []reviewCard) string {
	lines := []string{"Gadget Review", "Home", "Reviews", "Deals", head, "By Lena Marsh", "June 4, 2025", intro}
	for k, c := range cards {
		lines = append(lines, string(rune('1'+k))+". "+c.name, c.text[0], prosLabel)
		lines = append(lines, c.pros...)
		lines = append(lines, consLabel)
		lines = append(lines, c.cons...)
		lines = append(lines, c.text[1], c.price+" at "+c.shop, "Buy now")
	}
	lines = append(lines, "How we test", closing)
	lines = append(lines, "Related reviews", "The best budget headphones", "The best smart speakers",
		"Newsletter", "Sign up for our weekly deals.", "Subscribe", "Privacy policy", "© 2025 Gadget Review")
	return strings.Join(lines, "\n") + "\n"
}

var (
	blenderCards = []reviewCard{
		{"Vortex Pro 900", []string{
			"The Vortex Pro 900 crushed ice, frozen mango and raw almonds in under a minute in every round of our kitchen testing, and it never once stalled on a thick smoothie.",
			"At its price it is not cheap, but the motor base feels built to outlast several cheaper machines, and the jug went through the dishwasher forty times without clouding.",
		}, []string{"Crushes ice in seconds", "Quiet for its power", "Dishwasher-safe jug"}, []string{"Heavy motor base", "Short power cord"}, "$149.99", "Kitchen Depot"},
		{"Breeze Compact", []string{
			"Small kitchens get the most from the Breeze Compact, which stores in a drawer and still blended a creamy banana shake faster than machines twice its size.",
			"Its small jar means a smoothie for two at most, so families who cook in batches should look at one of the larger blenders further down this list.",
		}, []string{"Fits in a drawer", "Easy to clean"}, []string{"Small jar", "Struggles with nuts", "Loud on high"}, "$59.00", "HomeMart"},
		{"Titan Max", []string{
			"For soups and nut butters the Titan Max was the strongest blender we tried, heating a carrot soup by friction alone and turning cashews into a smooth spread.",
			"Its controls take some learning, and the preset programs were hard to read in a dim kitchen, yet none of our testers wanted to give it back after the trial.",
		}, []string{"Makes hot soup", "Smooth nut butter", "Seven-year warranty"}, []string{"Confusing presets"}, "$329.00", "Kitchen Depot"},
	}
	// The same guide's cards written in Spanish, French and German.
	blenderCardsES = []reviewCard{
		{"Vortex Pro 900", []string{
			"La Vortex Pro 900 trituró hielo, mango congelado y almendras crudas en menos de un minuto en todas nuestras pruebas de cocina, y nunca se atascó con un batido espeso.",
			"No es barata, pero la base del motor parece hecha para durar más que varias máquinas más baratas, y la jarra pasó cuarenta veces por el lavavajillas sin enturbiarse.",
		}, []string{"Tritura hielo en segundos", "Silenciosa para su potencia", "Jarra apta para lavavajillas"}, []string{"Base del motor pesada", "Cable corto"}, "149,99 €", "Cocina Total"},
		{"Breeze Compact", []string{
			"Las cocinas pequeñas sacan el máximo partido a la Breeze Compact, que cabe en un cajón y aun así preparó un batido de plátano más rápido que máquinas del doble de tamaño.",
			"Su vaso pequeño da para un batido para dos como mucho, así que las familias que cocinan en cantidad deberían mirar una de las batidoras más grandes de esta lista.",
		}, []string{"Cabe en un cajón", "Fácil de limpiar"}, []string{"Vaso pequeño", "Le cuestan los frutos secos", "Ruidosa al máximo"}, "59,00 €", "Hogar Plus"},
		{"Titan Max", []string{
			"Para sopas y cremas de frutos secos, la Titan Max fue la batidora más potente que probamos: calentó una sopa de zanahoria solo por fricción y convirtió anacardos en una crema suave.",
			"Sus mandos requieren algo de práctica y los programas eran difíciles de leer con poca luz, pero ninguno de nuestros probadores quiso devolverla al terminar la prueba.",
		}, []string{"Prepara sopa caliente", "Crema de frutos secos suave", "Garantía de siete años"}, []string{"Programas confusos"}, "329,00 €", "Cocina Total"},
	}
	blenderCardsFR = []reviewCard{
		{"Vortex Pro 900", []string{
			"Le Vortex Pro 900 a broyé de la glace, de la mangue surgelée et des amandes crues en moins d'une minute à chacun de nos essais, sans jamais caler sur un smoothie épais.",
			"Il n'est pas donné, mais son bloc moteur semble fait pour survivre à plusieurs appareils moins chers, et le bol est passé quarante fois au lave-vaisselle sans se ternir.",
		}, []string{"Broie la glace en quelques secondes", "Silencieux pour sa puissance", "Bol lavable au lave-vaisselle"}, []string{"Bloc moteur lourd", "Cordon court"}, "149,99 €", "Maison Cuisine"},
		{"Breeze Compact", []string{
			"Les petites cuisines profitent le plus du Breeze Compact, qui se range dans un tiroir et a pourtant mixé un milkshake à la banane plus vite que des appareils deux fois plus grands.",
			"Son petit bol suffit pour deux smoothies au plus, et les familles qui cuisinent en grande quantité regarderont plutôt l'un des blenders plus grands de cette liste.",
		}, []string{"Tient dans un tiroir", "Facile à nettoyer"}, []string{"Petit bol", "Peine avec les noix", "Bruyant à fond"}, "59,00 €", "Tout Maison"},
		{"Titan Max", []string{
			"Pour les soupes et les purées d'oléagineux, le Titan Max a été le plus puissant de nos essais : il a chauffé une soupe de carottes par simple friction et transformé des noix de cajou en crème.",
			"Ses commandes demandent un temps d'apprentissage et les programmes se lisaient mal dans une cuisine sombre, mais aucun testeur n'a voulu le rendre à la fin de l'essai.",
		}, []string{"Fait de la soupe chaude", "Purée de noix bien lisse", "Garantie de sept ans"}, []string{"Programmes déroutants"}, "329,00 €", "Maison Cuisine"},
	}
	blenderCardsDE = []reviewCard{
		{"Vortex Pro 900", []string{
			"Der Vortex Pro 900 zerkleinerte Eis, gefrorene Mango und rohe Mandeln in jedem unserer Küchentests in weniger als einer Minute und blieb bei keinem dicken Smoothie stecken.",
			"Billig ist er nicht, aber der Motorblock wirkt, als überdaure er mehrere günstigere Geräte, und der Krug überstand vierzig Spülgänge in der Maschine ohne trüb zu werden.",
		}, []string{"Zerkleinert Eis in Sekunden", "Leise für seine Leistung", "Spülmaschinenfester Krug"}, []string{"Schwerer Motorblock", "Kurzes Kabel"}, "149,99 €", "Küchenwelt"},
		{"Breeze Compact", []string{
			"Kleine Küchen haben am meisten vom Breeze Compact, der in eine Schublade passt und trotzdem einen Bananenshake schneller mixte als Geräte von doppelter Größe.",
			"Sein kleiner Becher reicht höchstens für zwei Smoothies, daher sollten Familien, die in großen Mengen kochen, lieber einen der größeren Mixer weiter unten ansehen.",
		}, []string{"Passt in eine Schublade", "Leicht zu reinigen"}, []string{"Kleiner Becher", "Mühe mit Nüssen", "Laut auf höchster Stufe"}, "59,00 €", "Haus und Herd"},
		{"Titan Max", []string{
			"Für Suppen und Nussmus war der Titan Max der stärkste Mixer im Test: Er erhitzte eine Karottensuppe allein durch Reibung und machte aus Cashews eine glatte Creme.",
			"Die Bedienung braucht etwas Übung und die Programme waren in einer dunklen Küche schwer zu lesen, doch keiner unserer Tester wollte ihn nach dem Test zurückgeben.",
		}, []string{"Macht heiße Suppe", "Glattes Nussmus", "Sieben Jahre Garantie"}, []string{"Verwirrende Programme"}, "329,00 €", "Küchenwelt"},
	}
)

// A buying guide's pros and cons lists are part of each product's review:
// a pros label over short phrases and a cons label right under them keep
// their phrases in the body, in English and in the languages the labels
// are listed for, while the card's buy button (and in English its price
// line) stays out.
func TestProsConsListsStayInReview(t *testing.T) {
	pages := []struct {
		lang, head, intro, closing, pros, cons string
		cards                                  []reviewCard
	}{
		{"en", "The Best Blenders of 2025, Tested in Our Kitchen",
			"We spent three months blending smoothies, soups and nut butters with twenty blenders to find the ones worth a place on your counter, from compact models for small kitchens to powerful machines for serious cooks.",
			"Every blender made the same six recipes three times, from a frozen berry smoothie to a hot tomato soup, and we timed each batch, measured the noise at arm's length and washed every jug by hand and in the dishwasher.",
			"Pros", "Cons", blenderCards},
		{"es", "Las mejores batidoras de 2025, probadas en nuestra cocina",
			"Pasamos tres meses preparando batidos, sopas y cremas de frutos secos con veinte batidoras para encontrar las que merecen un lugar en su encimera, desde modelos compactos para cocinas pequeñas hasta máquinas potentes.",
			"Cada batidora preparó las mismas seis recetas tres veces, desde un batido de frutos rojos congelados hasta una sopa de tomate caliente, y cronometramos cada tanda y medimos el ruido a un brazo de distancia.",
			"Ventajas", "Inconvenientes", blenderCardsES},
		{"fr", "Les meilleurs blenders de 2025, testés dans notre cuisine",
			"Nous avons passé trois mois à préparer des smoothies, des soupes et des purées de noix avec vingt blenders pour trouver ceux qui méritent une place sur votre plan de travail, des modèles compacts aux machines puissantes.",
			"Chaque blender a préparé les mêmes six recettes trois fois, d'un smoothie aux fruits rouges surgelés à une soupe de tomates chaude, et nous avons chronométré chaque fournée et mesuré le bruit à bout de bras.",
			"Avantages :", "Inconvénients :", blenderCardsFR},
		{"de", "Die besten Standmixer 2025, in unserer Küche getestet",
			"Wir haben drei Monate lang Smoothies, Suppen und Nussmus mit zwanzig Standmixern zubereitet, um die zu finden, die einen Platz auf Ihrer Arbeitsfläche verdienen, von kompakten Modellen bis zu kräftigen Maschinen.",
			"Jeder Mixer bereitete dieselben sechs Rezepte dreimal zu, vom gefrorenen Beerensmoothie bis zur heißen Tomatensuppe, und wir stoppten jede Runde und maßen die Lautstärke auf Armlänge.",
			"Vorteile", "Nachteile", blenderCardsDE},
	}
	for _, pg := range pages {
		a, _, err := Parse([]byte(reviewPage(pg.head, pg.intro, pg.closing, pg.pros, pg.cons, pg.cards)))
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range pg.cards {
			for _, item := range append(append([]string{}, c.pros...), c.cons...) {
				if !strings.Contains(a.Body, item) {
					t.Errorf("%s: the body lost %q of %s's list:\n%s", pg.lang, item, c.name, a.Body)
				}
			}
		}
		wantLeftOut(t, a.Body, []string{"Buy now", "Sign up for our weekly deals"})
		if pg.lang == "en" {
			wantLeftOut(t, a.Body, []string{pg.cards[0].price + " at"})
		}
	}
}
