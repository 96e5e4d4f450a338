package pagetext

import "strings"

// A page's title prints the headline beside the site's name, and as
// often beside the section the story is filed in: "Harbour reopens |
// Opinion", "Hafen öffnet wieder – Meinung", "… - Politics | Example
// Herald". A section's name is made of the words sites name their
// sections with, in the languages of their menus; such a name is taken
// for the site's only when the page writes a domain that spells it
// ("Science News" at sciencenews.org).

// sectionWords are the words sections are named with, in lower case.
var sectionWords = toSet(
	"opinion", "opinions", "politics", "political", "world", "news", "business", "economy", "markets", "money", "finance",
	"tech", "technology", "science", "health", "culture", "arts", "entertainment", "sport", "sports", "lifestyle", "life",
	"travel", "food", "local", "national", "international", "us", "uk", "europe", "asia", "africa", "americas", "latest",
	"analysis", "comment", "commentary", "editorial", "editorials", "features", "weather", "education", "environment",
	"climate", "society", "style", "fashion", "books", "music", "film", "movies", "columns", "investigations", "breaking",
	"metro", "regional", "nation", "crime", "religion", "obituaries", "letters", "podcasts", "videos", "photos", "middle", "east",
	"meinung", "politik", "wirtschaft", "kultur", "panorama", "wissen", "gesellschaft", "ausland", "inland", "lokales",
	"nachrichten", "leben", "reise", "gesundheit", "finanzen", "kommentar", "feuilleton", "welt", "deutschland", "karriere",
	"politique", "économie", "société", "monde", "idées", "débats", "analyse", "éditorial", "planète", "santé", "régions",
	"actualité", "opinión", "política", "economía", "cultura", "deportes", "sociedad", "internacional", "mundo", "nacional",
	"tecnología", "ciencia", "salud", "espectáculos", "análisis", "sucesos", "cronaca", "politica", "economia", "esteri",
	"spettacoli", "opinioni", "commenti", "interni", "tecnologia", "scienza", "salute", "attualità", "analisi", "esporte",
	"esportes", "desporto", "opinião", "sociedade", "saúde", "ciência", "cotidiano", "binnenland", "buitenland", "politiek",
	"economie", "cultuur", "opinie", "wetenschap", "nyheter", "ekonomi", "inrikes", "utrikes", "debatt", "ledare", "nöje",
	"världen", "indland", "udland", "erhverv", "debat", "nyheder", "innenriks", "utenriks", "økonomi", "politikk", "meninger",
	"polityka", "gospodarka", "kultura", "świat", "kraj", "opinie",
	"スポーツ", "エンタメ", "オピニオン", "ライフ", "国际新闻", "国内新闻", "财经新闻", "스포츠", "오피니언", "엔터테인먼트")

// sectionJoins join two section words in one section's name: "Arts &
// Culture", "Politik und Gesellschaft".
var sectionJoins = toSet("and", "und", "et", "y", "e", "i", "og", "och", "en")

// sectionName reports whether every word of a name is one sections are
// named with (or joins two of them): "Opinion", "World News",
// "Politik & Gesellschaft".
func sectionName(name string) bool {
	n := 0
	for w := range wordsIn(strings.ToLower(name)) {
		if !sectionWords[w] && !sectionJoins[w] {
			return false
		}
		n++
	}
	return n > 0
}

// withoutSection returns what a title prints beside the headline with
// the section's name dropped, when the section and the site's name
// stand there together: "Politics | Example Herald" → "Example
// Herald", "Meinung – Hafenzeitung" → "Hafenzeitung".
func withoutSection(name string) string {
	for _, sep := range titleSeparators {
		a, b, ok := strings.Cut(name, sep)
		if !ok || strings.Contains(b, sep) {
			continue
		}
		switch a, b = strings.TrimSpace(a), strings.TrimSpace(b); {
		case sectionName(a) && !sectionName(b):
			return b
		case sectionName(b) && !sectionName(a):
			return a
		}
	}
	return name
}
