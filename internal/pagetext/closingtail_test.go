package pagetext

import (
	"strings"
	"testing"
)

// ferryStories is one made-up story told in the languages of the tests
// below: its headline, its date and its paragraphs.
var ferryStories = map[string][]string{
	"de": {
		"Neue Fähre verbindet die Inseln im Winter",
		"12. März 2025",
		"Die Gemeinde hat am Montag eine neue Fähre in Dienst gestellt, die auch bei Sturm zwischen den beiden Inseln fahren soll. Bisher fiel die Verbindung im Winter oft tagelang aus, und viele Bewohner mussten ihre Termine auf dem Festland verschieben.",
		"Das Schiff bietet Platz für zweihundert Fahrgäste und zwanzig Autos. Nach Angaben der Reederei verbraucht es deutlich weniger Treibstoff als das alte Boot, weil der Rumpf schmaler gebaut ist und die Motoren neuer sind.",
		"Bürgermeisterin Jana Albers sprach bei der Taufe von einem langen Weg. Die Planung habe mehr als sechs Jahre gedauert, und zweimal habe der Stadtrat das Projekt fast aufgegeben, weil die Kosten gestiegen seien.",
		"Auf der ersten Fahrt waren vor allem Schüler und Pendler an Bord. Viele von ihnen sagten, sie hofften nun auf einen Fahrplan, der auch am Abend noch eine Rückfahrt erlaubt, damit sie nicht auf dem Festland übernachten müssen.",
		"Die Reederei will den neuen Fahrplan im April vorstellen. Bis dahin gilt der alte, mit sechs Fahrten am Tag, und am Wochenende kommen zwei Fahrten am späten Abend hinzu, wenn das Wetter es zulässt.",
		"Ob die Fähre die Erwartungen erfüllt, wird sich im nächsten Winter zeigen. Die Bewohner der kleineren Insel wollen bis dahin genau zählen, wie oft die Verbindung trotzdem ausfällt, und das Ergebnis dem Rat vorlegen.",
	},
	"fr": {
		"Un nouveau ferry relie les îles en hiver",
		"12 mars 2025",
		"La commune a mis en service lundi un nouveau ferry qui doit circuler entre les deux îles même par gros temps. Jusqu'ici, la liaison était souvent interrompue pendant des jours en hiver et de nombreux habitants devaient reporter leurs rendez-vous sur le continent.",
		"Le navire peut accueillir deux cents passagers et vingt voitures. Selon la compagnie, il consomme nettement moins de carburant que l'ancien bateau, parce que sa coque est plus étroite et que ses moteurs sont plus récents.",
		"La maire Jeanne Albert a parlé d'un long chemin lors du baptême. La préparation a duré plus de six ans, et le conseil municipal a failli abandonner le projet à deux reprises parce que les coûts avaient augmenté.",
		"Lors de la première traversée, il y avait surtout des élèves et des travailleurs à bord. Beaucoup ont dit espérer un horaire qui permette aussi un retour le soir, pour ne plus devoir dormir sur le continent.",
		"La compagnie présentera le nouvel horaire en avril. D'ici là, l'ancien reste en vigueur, avec six traversées par jour, et deux traversées en fin de soirée s'ajoutent le week-end si la météo le permet.",
		"On saura l'hiver prochain si le ferry répond aux attentes. Les habitants de la petite île veulent compter d'ici là combien de fois la liaison est tout de même annulée et présenter le résultat au conseil.",
	},
	"es": {
		"Un nuevo ferri une las islas en invierno",
		"12 de marzo de 2025",
		"El ayuntamiento puso en servicio el lunes un nuevo ferri que debe navegar entre las dos islas incluso con temporal. Hasta ahora la conexión se suspendía a menudo durante días en invierno y muchos vecinos tenían que aplazar sus citas en el continente.",
		"El barco tiene capacidad para doscientos pasajeros y veinte coches. Según la naviera, consume mucho menos combustible que el barco anterior, porque el casco es más estrecho y los motores son más modernos.",
		"La alcaldesa Juana Alberti habló de un largo camino durante el bautizo. La planificación duró más de seis años y el pleno estuvo a punto de abandonar el proyecto dos veces porque los costes habían subido.",
		"En el primer viaje iban sobre todo estudiantes y trabajadores. Muchos dijeron que esperaban un horario que permita volver también por la noche, para no tener que dormir en el continente.",
		"La naviera presentará el nuevo horario en abril. Hasta entonces sigue vigente el antiguo, con seis viajes al día, y los fines de semana se añaden dos viajes a última hora si el tiempo lo permite.",
		"El próximo invierno se verá si el ferri cumple las expectativas. Los vecinos de la isla pequeña quieren contar hasta entonces cuántas veces se cancela igualmente la conexión y presentar el resultado al pleno.",
	},
	"it": {
		"Un nuovo traghetto collega le isole d'inverno",
		"12 marzo 2025",
		"Il comune ha messo in servizio lunedì un nuovo traghetto che dovrà viaggiare tra le due isole anche con il mare mosso. Finora d'inverno il collegamento saltava spesso per giorni e molti abitanti dovevano rinviare i loro appuntamenti sulla terraferma.",
		"La nave può trasportare duecento passeggeri e venti automobili. Secondo la compagnia consuma molto meno carburante della vecchia barca, perché lo scafo è più stretto e i motori sono più recenti.",
		"La sindaca Giovanna Alberti ha parlato di un lungo cammino durante il varo. La progettazione è durata più di sei anni e il consiglio comunale ha quasi rinunciato al progetto due volte perché i costi erano aumentati.",
		"Al primo viaggio erano a bordo soprattutto studenti e pendolari. Molti hanno detto di sperare in un orario che permetta anche un ritorno la sera, per non dover dormire sulla terraferma.",
		"La compagnia presenterà il nuovo orario ad aprile. Fino ad allora resta in vigore quello vecchio, con sei corse al giorno, e nel fine settimana si aggiungono due corse in tarda serata se il tempo lo consente.",
		"Il prossimo inverno si vedrà se il traghetto soddisfa le attese. Gli abitanti dell'isola più piccola vogliono contare fino ad allora quante volte il collegamento salta comunque e presentare il risultato al consiglio.",
	},
	"pt": {
		"Nova balsa liga as ilhas no inverno",
		"12 de março de 2025",
		"A prefeitura colocou em serviço na segunda-feira uma nova balsa que deve navegar entre as duas ilhas mesmo com mau tempo. Até agora a ligação era muitas vezes suspensa por dias no inverno e muitos moradores tinham de adiar os seus compromissos no continente.",
		"O navio tem lugar para duzentos passageiros e vinte carros. Segundo a empresa, consome muito menos combustível do que o barco antigo, porque o casco é mais estreito e os motores são mais novos.",
		"A prefeita Joana Alberto falou de um longo caminho durante o batismo. O planejamento durou mais de seis anos e a câmara quase desistiu do projeto duas vezes porque os custos tinham subido.",
		"Na primeira viagem iam sobretudo estudantes e trabalhadores. Muitos disseram esperar um horário que permita também voltar à noite, para não terem de dormir no continente.",
		"A empresa vai apresentar o novo horário em abril. Até lá vale o antigo, com seis viagens por dia, e nos fins de semana juntam-se duas viagens no fim da noite se o tempo permitir.",
		"No próximo inverno se verá se a balsa cumpre as expectativas. Os moradores da ilha menor querem contar até lá quantas vezes a ligação é cancelada mesmo assim e apresentar o resultado à câmara.",
	},
	"en": {
		"New ferry links the islands in winter",
		"March 12, 2025",
		"The town put a new ferry into service on Monday that is meant to run between the two islands even in a storm. Until now the link was often cut for days in winter, and many residents had to put off their appointments on the mainland.",
		"The ship has room for two hundred passengers and twenty cars. According to the operator, it burns far less fuel than the old boat, because its hull is narrower and its engines are newer.",
		"Mayor Jane Albers spoke of a long road at the naming. Planning took more than six years, and the council nearly gave up on the project twice because the costs had risen.",
		"Pupils and commuters filled most of the seats on the first crossing. Many of them said they hoped for a timetable that also allows a trip home in the evening, so that they no longer have to stay overnight on the mainland.",
		"The operator will present the new timetable in April. Until then the old one applies, with six crossings a day, and two late crossings are added at weekends when the weather allows.",
		"Next winter will show whether the ferry lives up to what people expect of it. Residents of the smaller island plan to count how often the link is cancelled all the same and to put the result to the council.",
	},
}

// ferryPitches are the site's closing pitch and the buttons under it, in the story's language.
var ferryPitches = map[string][]string{
	"de": {
		"Wenn Sie mehr über unsere Fährverbindungen erfahren möchten, kontaktieren Sie uns noch heute und vereinbaren Sie eine kostenlose Beratung mit unserem Team.",
		"Jetzt Kontakt aufnehmen",
		"Unsere Leistungen",
		"Häfen und Fahrpläne",
	},
	"fr": {
		"Si vous souhaitez en savoir plus sur nos liaisons maritimes, contactez-nous dès aujourd'hui pour demander un devis gratuit à notre équipe.",
		"Nous contacter",
		"Nos services",
		"Ports et horaires",
	},
	"es": {
		"Si quieres saber más sobre nuestras rutas marítimas, contáctanos hoy mismo y solicita un presupuesto gratuito a nuestro equipo.",
		"Contactar",
		"Nuestros servicios",
		"Puertos y horarios",
	},
	"it": {
		"Se vuoi saperne di più sui nostri collegamenti marittimi, contattaci oggi stesso e richiedi un preventivo gratuito al nostro team.",
		"Contattaci",
		"I nostri servizi",
		"Porti e orari",
	},
	"pt": {
		"Se você quiser saber mais sobre as nossas ligações marítimas, entre em contato conosco hoje e peça um orçamento gratuito à nossa equipe.",
		"Fale conosco",
		"Nossos serviços",
		"Portos e horários",
	},
}

// ferryRepublishBoxes are the box that lets other papers reprint the story, in the story's language.
var ferryRepublishBoxes = map[string][]string{
	"de": {
		"Diesen Artikel weiterverbreiten",
		"Sie dürfen diesen Artikel unter einer Creative-Commons-Lizenz kostenlos übernehmen, solange Sie den Inselboten als Quelle nennen und den Text nicht verändern.",
		"Artikel übernehmen",
	},
	"fr": {
		"Republier cet article",
		"Vous pouvez republier gratuitement cet article sous licence Creative Commons, à condition de citer L'Insulaire comme source et de ne pas modifier le texte.",
		"Republier",
	},
	"es": {
		"Republica este artículo",
		"Puedes republicar este artículo gratis bajo una licencia Creative Commons, siempre que cites a El Isleño como fuente y no modifiques el texto.",
		"Republicar",
	},
	"it": {
		"Ripubblica questo articolo",
		"Puoi ripubblicare gratuitamente questo articolo con una licenza Creative Commons, a condizione di citare L'Isolano come fonte e di non modificare il testo.",
		"Ripubblica",
	},
	"pt": {
		"Republique este artigo",
		"Você pode republicar este artigo gratuitamente sob uma licença Creative Commons, desde que cite O Ilhéu como fonte e não altere o texto.",
		"Republicar",
	},
	"en": {
		"Republish this article",
		"You may republish this article for free under a Creative Commons license, as long as you credit The Islander and do not change the text.",
		"Republish",
	},
}

// ferryPage is the ferry story in lang between a site's menu and footer,
// with tail under its last paragraph.
func ferryPage(lang string, tail []string) string {
	lines := append([]string{"Home", "Region"}, ferryStories[lang]...)
	lines = append(lines, tail...)
	return dump(append(lines, "Privacy", "© 2025 The Islander")...)
}

// wantFerryTailsLeftOut parses the ferry story with each language's tail
// under it: the body must be the story, all of it and only it.
func wantFerryTailsLeftOut(t *testing.T, tails map[string][]string) {
	t.Helper()
	for lang, tail := range tails {
		t.Run(lang, func(t *testing.T) {
			a, _ := mustParse(t, ferryPage(lang, tail))
			wantBody(t, a.Body, ferryStories[lang][2:])
			wantLeftOut(t, a.Body, tail)
		})
	}
}

// A company's pitch under its story, in the page's language ("Si vous
// souhaitez en savoir plus …, contactez-nous"), leaves the body with the
// buttons under it, as the English one does.
func TestClosingPitchInItsLanguageEndsStory(t *testing.T) {
	wantFerryTailsLeftOut(t, ferryPitches)
}

// The box that lets other papers reprint the story ("Republish this
// article", the licence's terms, a button) is not the story's, in any
// language; a "Republish" button in the sharing row over the story ends
// nothing.
func TestRepublishBoxEndsStory(t *testing.T) {
	wantFerryTailsLeftOut(t, ferryRepublishBoxes)
	story := ferryStories["en"]
	lines := append([]string{"Home", "Region", story[0], story[1], "Share", "Republish"}, story[2:]...)
	a, _ := mustParse(t, dump(append(lines, "Privacy", "© 2025 The Islander")...))
	wantBody(t, a.Body, story[2:])
}

// ferryQuestionBoxes are the site's box for the questions its guide left
// open and the links to its other guides under it, in the story's language.
var ferryQuestionBoxes = map[string][]string{
	"de": {
		"Noch Fragen?",
		"Wenn Sie weitere Fragen zu den neuen Fahrplänen haben, schreiben Sie sie in die Kommentare, unser Team antwortet Ihnen gern.",
		"Mehr Ratgeber",
		"So buchen Sie Ihr Fährticket online",
		"Zehn Tipps für die Überfahrt mit Kindern",
	},
	"fr": {
		"Vous avez encore des questions ?",
		"Si vous avez d'autres questions sur les nouveaux horaires, laissez-les dans les commentaires, notre équipe vous répondra.",
		"Plus de guides",
		"Comment réserver votre billet en ligne",
		"Dix conseils pour la traversée avec des enfants",
	},
	"es": {
		"¿Todavía tienes preguntas?",
		"Si tienes más preguntas sobre los nuevos horarios, déjalas en los comentarios y nuestro equipo te responderá.",
		"Más guías",
		"Cómo reservar tu billete en línea",
		"Diez consejos para viajar con niños",
	},
	"it": {
		"Hai ancora domande?",
		"Se hai altre domande sui nuovi orari, lasciale nei commenti e il nostro team ti risponderà.",
		"Altre guide",
		"Come prenotare il biglietto online",
		"Dieci consigli per la traversata con i bambini",
	},
	"pt": {
		"Ainda tem dúvidas?",
		"Se tiver mais perguntas sobre os novos horários, deixe-as nos comentários e a nossa equipe vai responder.",
		"Mais guias",
		"Como reservar o seu bilhete online",
		"Dez dicas para a travessia com crianças",
	},
	"en": {
		"Still have questions?",
		"If you have more questions about the new timetables, leave them in the comments below and our team will answer them.",
		"More guides",
		"How to book your ferry ticket online",
		"Ten tips for the crossing with children",
	},
}

// The box a site closes a guide with for the questions it left open
// ("Still have questions?", "Noch Fragen?"), with the site's links under
// it, is not the story's; a story's own subheading that asks a question
// about its subject ends nothing.
func TestQuestionsBoxEndsStory(t *testing.T) {
	wantFerryTailsLeftOut(t, ferryQuestionBoxes)
	story := ferryStories["en"]
	lines := append([]string{"Home", "Region"}, story[:6]...)
	lines = append(lines, "Why do ferries stop in a storm?")
	lines = append(lines, story[6:]...)
	a, _ := mustParse(t, dump(append(lines, "Privacy", "© 2025 The Islander")...))
	if !strings.Contains(a.Body, story[len(story)-1]) {
		t.Errorf("a question in the story ended it:\n%s", a.Body)
	}
}

// ferryDonationBoxes are a newsroom's appeal for gifts under the story:
// its label, what reporting costs, the button; in the story's language.
var ferryDonationBoxes = map[string][]string{
	"de": {
		"Unterstützen Sie unabhängigen Journalismus",
		"Guter Lokaljournalismus kostet Geld. Mit einer kleinen monatlichen Spende helfen Sie uns, weiter unabhängig über die Inseln zu berichten.",
		"Jetzt spenden",
	},
	"fr": {
		"Soutenez le journalisme indépendant",
		"Un bon journalisme local coûte cher. Avec un petit don mensuel, vous nous aidez à continuer à informer en toute indépendance sur les îles.",
		"Faire un don",
	},
	"es": {
		"Apoya el periodismo independiente",
		"El buen periodismo local cuesta dinero. Con una pequeña donación mensual nos ayudas a seguir informando con independencia sobre las islas.",
		"Donar ahora",
	},
	"it": {
		"Sostieni il giornalismo indipendente",
		"Il buon giornalismo locale costa. Con una piccola donazione mensile ci aiuti a continuare a raccontare le isole in modo indipendente.",
		"Dona ora",
	},
	"pt": {
		"Apoie o jornalismo independente",
		"O bom jornalismo local custa dinheiro. Com uma pequena doação mensal você nos ajuda a continuar informando com independência sobre as ilhas.",
		"Doe agora",
	},
	"en": {
		"Support independent journalism",
		"Good local journalism costs money. With a small monthly donation you help us keep reporting independently on the islands.",
		"Donate now",
	},
}

// A newsroom's appeal for gifts under the story (a label, what reporting
// costs, a "Donate now" button) is not the story's, in any language; a
// story whose last lines ask to support a cause, with no button under
// them, keeps them.
func TestDonationBoxEndsStory(t *testing.T) {
	wantFerryTailsLeftOut(t, ferryDonationBoxes)
	story := ferryStories["en"]
	ask := []string{"Support our work", "The islanders' association asks everyone who uses the ferry to write to the council before the timetable is set in April."}
	a, _ := mustParse(t, ferryPage("en", ask))
	if !strings.Contains(a.Body, ask[1]) || !strings.Contains(a.Body, story[len(story)-1]) {
		t.Errorf("an appeal with no button ended the story:\n%s", a.Body)
	}
}
