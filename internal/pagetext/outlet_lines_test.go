package pagetext

import "testing"

// harbourStories are one story in six languages, under the credit lines
// the outlet tests try.
const (
	storyPT = "Barcos de pesca voltaram ao porto na terça-feira, três semanas depois da enchente que o fechou, e o primeiro peixe foi vendido no cais ao meio-dia.\n\nO capitão do porto disse que os reparos custaram menos do que se temia e que o cais estará aberto no verão.\n"
	storyEN = "Fishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n"
	storyIT = "Tre settimane dopo l'alluvione, martedì i pescherecci sono tornati in porto, e il primo pescato è stato venduto sul molo entro mezzogiorno.\n\nIl capitano del porto ha detto che i lavori sono costati meno del previsto e che il molo sarà aperto in estate.\n"
	storyES = "Los barcos de pesca volvieron al puerto el martes, tres semanas después de la riada que lo cerró, y la primera captura se vendió en el muelle a mediodía.\n\nEl capitán del puerto dijo que las obras costaron menos de lo temido y que el muelle abrirá del todo en verano.\n"
	storyFR = "Trois semaines après la crue, les bateaux de pêche sont rentrés au port mardi, et la première pêche a été vendue sur le quai avant midi.\n\nLe capitaine du port a dit que les travaux avaient coûté moins que prévu et que le quai serait tout à fait ouvert cet été.\n"
	storyDE = "Drei Wochen nach der Flut kehrten am Dienstag die Fischerboote in den Hafen zurück, und der erste Fang wurde bis Mittag am Kai verkauft.\n\nDer Hafenmeister sagte, die Reparaturen hätten weniger gekostet als befürchtet, und der Kai werde im Sommer ganz offen sein.\n"
)

// Places a page names its site in outside English, or in a line's shape
// the other readers do not take: a domain written as a dateline ("www.
// example.com -"), a byline that credits the site's domain, a heading in
// capitals pointing to more of the site, a site's rules for comments, an
// outlet after the writer's name that the page prints again. And
// the same words where they name another site, which give no outlet.
// A site offers its newsletter by its name and its footer says whose
// publication it is; a writer's letters, news in lower case and a
// publisher a story reports give none.
func TestSourceOfPageLines(t *testing.T) {
	wantOutlets(t, []outletCase{
		{"a domain with a dash under the date, in Portuguese", "Porto reabre depois da tempestade\n\nBarcos voltam ao cais três semanas depois da enchente\n\n4 de maio de 2025, 05:34 h\n\nwww.litoralhoje.com.br -\n\n" + storyPT,
			"litoralhoje.com.br"},
		{"a domain with a dash over the story, in English", "Harbour reopens after the storm\n\nMarch 27, 2025\n\nElwinCoast.com —\n\n" + storyEN,
			"ElwinCoast.com"},
		{"the site's domain as the byline, in Italian", "Il porto riapre dopo la tempesta\n\nI pescherecci tornano al molo tre settimane dopo l'alluvione\n\ndi Costiera.it\n\nTempo di lettura: 3 minuti\n\n" + storyIT,
			"Costiera.it"},
		{"the site's domain as the byline, in English", "Harbour reopens after the storm\n\nBy HarbourWatch.org\n\nMarch 27, 2025\n\n" + storyEN,
			"HarbourWatch.org"},
		{"the site's domain as the byline, in Spanish", "El puerto reabre tras la tormenta\n\npor costaviva.es\n\n27 de marzo de 2025\n\n" + storyES,
			"costaviva.es"},
		{"a heading in capitals pointing to more of the site, in French", "Le port rouvre après la tempête\n\nPar Jeanne Dupont\n\n" + storyFR + "\nLIRE AUSSI SUR LITTORAL-INFOS.FR\n\n>> Les digues de la côte tiendront-elles l'hiver ?\n\nLes pêcheurs attendent maintenant la saison des coquilles, qui ouvre en octobre si la mer le permet.\n",
			"littoral-infos.fr"},
		{"the site's rules for comments, in Spanish", "El puerto reabre tras la tormenta\n\nPor Ana Ruiz\n\n" + storyES + "\nComentar\n\nEl contenido de los comentarios es la opinión de los usuarios.\n\ncostaviva.es se reserva el derecho de eliminar cualquier comentario inapropiado.\n\nNombre (*):\n",
			"costaviva.es"},
		{"the site's rules for comments, in German", "Der Hafen öffnet wieder nach dem Sturm\n\nVon Max Weber\n\n" + storyDE + "\nKommentare\n\nKuestenbote.de behält sich vor, Kommentare ohne Angabe von Gründen zu löschen.\n",
			"Kuestenbote.de"},
		{"another site's rules the story reports", "Forum closes its comments\n\nBy Jane Doe\n\nThe harbour forum said on Tuesday that PortTalk.net reserves the right to remove any comment, and many users left.\n\n" + storyEN,
			""},
		{"a byline of a writer and a domain in the story", "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN + "\nThe fees are listed at HarbourFees.org for anyone who wants to check them.\n",
			""},
		{"a video platform credited as the byline", "Harbour reopens after the storm\n\nBy YouTube.com\n\nMarch 27, 2025\n\n" + storyEN,
			""},
		{"a heading in capitals with no site's word", "Harbour reopens after the storm\n\nBy Jane Doe\n\n" + storyEN + "\nTHE BOATS OF ELWIN.IN PICTURES\n\nThe boats will sail again on Friday, and the market will open at dawn for the first time since the storm.\n",
			""},
		{"the outlet after the writer's name, printed again in the story", "Harbour reopens after the storm\n\nBy Jane Doe, Elwin Coast News\n\nMarch 27, 2025\n\n" + storyEN + "\nThe harbour master told Elwin Coast News the boats would sail on Friday.\n",
			"Elwin Coast News"},
		{"the outlet after a bar, in German", "Der Hafen öffnet wieder nach dem Sturm\n\nVon Max Weber | Hafen Nachrichten\n\n27.03.2025\n\n" + storyDE + "\nDer Hafenmeister sagte den Hafen Nachrichten, die Boote führen am Freitag aus.\n",
			"Hafen Nachrichten"},
		{"a place after the writer's name", "Harbour reopens after the storm\n\nBy Jane Doe, New York\n\nMarch 27, 2025\n\n" + storyEN + "\nThe boats of New York will sail on Friday as well.\n",
			""},
		{"a job after the writer's name", "Harbour reopens after the storm\n\nBy Jane Doe, Senior News Reporter\n\nMarch 27, 2025\n\n" + storyEN + "\nSenior News Reporter Jane Doe covers the harbour.\n",
			""},
		{"the writer's university after the name", "Harbour reopens after the storm\n\nJane Doe, Elwin University\n\nMarch 27, 2025\n\n" + storyEN + "\nElwin University studies the harbour every year.\n",
			""},
		{"a name the page does not print again, not shaped as a paper's", "Harbour reopens after the storm\n\nBy Jane Doe, Star Harbour\n\nMarch 27, 2025\n\n" + storyEN,
			""},
		{"newsletter delivered to the inbox", "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN + "\nGet Harbour Weekly delivered to your inbox\n\nEmail\n\nSign up\n",
			"Harbour Weekly"},
		{"want more of the site", "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN + "\nWant more Harbour Weekly? Sign up for our newsletter.\n\nShare this story\n",
			"Harbour Weekly"},
		{"newsletter in French", "Le port rouvre après la tempête\n\nPar Jeanne Dupont\n\n27 mars 2025\n\n" + storyFR + "\nRecevez Le Courrier du Littoral dans votre boîte mail\n\nS'inscrire\n",
			"Le Courrier du Littoral"},
		{"newsletter in Portuguese, an article before the name", "Porto reabre depois da tempestade\n\nPor Ana Souza\n\n27 de março de 2025\n\n" + storyPT + "\nReceba o Jornal da Costa no seu e-mail\n\nCadastrar\n",
			"Jornal da Costa"},
		{"newsletter in German", "Der Hafen öffnet wieder nach dem Sturm\n\nVon Max Weber\n\n27.03.2025\n\n" + storyDE + "\nErhalten Sie den Nordküsten Kurier direkt in Ihr Postfach\n\nAnmelden\n",
			"Nordküsten Kurier"},
		{"a publication of a group", "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN + "\nHarbour Weekly is a publication of Elwin Media Group.\n\nPrivacy Policy\n",
			"Harbour Weekly"},
		{"a publication of a group, in Spanish", "El puerto reabre tras la tormenta\n\nPor Ana Ruiz\n\n27 de marzo de 2025\n\n" + storyES + "\nDiario del Puerto es una publicación de Grupo Elwin.\n\nAviso legal\n",
			"Diario del Puerto"},
		{"a publication of a group, in Italian", "Il porto riapre dopo la tempesta\n\ndi Marco Rossi\n\n27 marzo 2025\n\n" + storyIT + "\nIl Corriere del Porto è una testata di Elwin Editore.\n\nPrivacy\n",
			"Il Corriere del Porto"},
		{"part of a group", "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN + "\nHarbour Weekly is part of Elwin Media Group.\n\nPrivacy Policy\n",
			"Harbour Weekly"},
		{"a trademark of a company", "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN + "\nPrivacy Policy\n\nHarbour Weekly is a registered trademark of Elwin Media Holdings LLC.\n",
			"Harbour Weekly"},
		{"part of a group, in German", "Der Hafen öffnet wieder nach dem Sturm\n\nVon Max Weber\n\n27.03.2025\n\n" + storyDE + "\nNordküsten Kurier ist Teil der Elwin Mediengruppe.\n\nImpressum\n",
			"Nordküsten Kurier"},
		{"part of a group, in French", "Le port rouvre après la tempête\n\nPar Jeanne Dupont\n\n27 mars 2025\n\n" + storyFR + "\nLe Courrier du Littoral fait partie du groupe Elwin Médias.\n\nMentions légales\n",
			"Le Courrier du Littoral"},
		{"part of something that is no company", "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN + "\nRelated\n\nElwin Bay is part of a growing trend of seaside towns\n\nPrivacy Policy\n",
			""},
		{"a newsletter thanks its readers by its name", "Harbour reopens after the storm\n\nJane Doe\n\nMarch 27, 2025\n\n" + storyEN + "\nThanks for reading Harbour Notes! Subscribe for free to receive new posts and support my work.\n\nShare\n",
			"Harbour Notes"},
		{"a newsletter thanks its readers by no name", "Harbour reopens after the storm\n\nJane Doe\n\nMarch 27, 2025\n\n" + storyEN + "\nThanks for reading! Subscribe for free to receive new posts and support my work.\n\nShare\n",
			""},
		{"a writer's letters", "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN + "\nGet Jane's letters delivered to your inbox\n\nSubscribe\n",
			""},
		{"news in lower case", "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN + "\nGet the latest harbour news delivered to your inbox.\n\nEmail\n",
			""},
		{"a section's letter", "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN + "\nGet Business News delivered to your inbox\n\nEmail\n",
			""},
		{"a section's letter, asked for", "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN + "\nWant more Travel? Sign up for our newsletter.\n\nEmail\n",
			""},
		{"a publisher the story reports", "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN + "\nThe paper that first reported the closure, the Elwin Gazette, is a publication of a group that owns most of the papers on the coast and has cut staff twice this year.\n\nShare\n",
			""},
		{"a follow button with no platform, a paper's name with an elided article, in French", "Le port rouvre après la tempête\n\nPar Jeanne Dupont\n\n27 mars 2025\n\n" + storyFR + "\nÀ lire aussi\n\nLes digues de la côte tiendront-elles l'hiver ?\n\nl’Écho du Port\n\nSuivre l'Écho du Port\n\nS'inscrire à la newsletter\n",
			"l'Écho du Port"},
		{"a follow button with no platform, in Italian", "Il porto riapre dopo la tempesta\n\ndi Marco Rossi\n\n27 marzo 2025\n\n" + storyIT + "\nLeggi anche\n\nLe dighe della costa reggeranno l'inverno?\n\nL'Eco del Porto\n\nSegui L'Eco del Porto\n\nPrivacy\n",
			"L'Eco del Porto"},
		{"a follow button with no platform, in English", "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN + "\nRelated\n\nTides and tables for the spring\n\nHarbour Weekly\n\nFollow Harbour Weekly\n\nPrivacy Policy\n",
			"Harbour Weekly"},
		{"about the paper, an article before its name, in Portuguese", "Porto reabre depois da tempestade\n\nPor Ana Souza\n\n27 de março de 2025\n\n" + storyPT + "\nMais lidas\n\nJornal da Costa\n\nSobre o Jornal da Costa\n\nFale conosco\n",
			"Jornal da Costa"},
		{"a follow button for the writer", "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN + "\nJane Doe\n\nJane Doe writes about the coast and its harbours for the paper.\n\nFollow Jane Doe\n\nPrivacy Policy\n",
			""},
		{"a follow button for a person the story names", "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" + storyEN + "\nRelated\n\nAnn Poe\n\nAnn Poe is the harbour master of Elwin and has run the port for ten years.\n\nFollow Ann Poe\n\nPrivacy Policy\n",
			""},
	})
}
