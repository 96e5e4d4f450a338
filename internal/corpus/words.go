package corpus

// Fixed word lists. The content vocabulary is made from syllables by the
// seed; these lists give it the shape of English news text: function words
// at the top of the frequency ranking, and real-looking names.

// functionWords are the most frequent words, in rank order.
var functionWords = []string{
	"the", "of", "and", "to", "a", "in", "that", "is", "for", "on", "with", "said",
	"was", "as", "it", "by", "at", "from", "his", "her", "he", "she", "be", "have",
	"has", "are", "this", "an", "not", "but", "they", "who", "were", "had", "their",
	"will", "been", "which", "would", "after", "more", "about", "also", "its", "one",
	"new", "two", "than", "year", "people", "government", "last", "over", "into",
	"when", "there", "could", "other", "some", "what", "all", "we", "if", "our",
	"first", "up", "out", "so", "can", "no", "three", "told", "between", "while",
	"before", "state", "since", "week", "official", "city", "according", "during",
	"under", "against", "minister", "president", "country", "million", "report",
}

var syllables = []string{
	"ba", "be", "bi", "bo", "bu", "ca", "ce", "co", "cu", "da", "de", "di", "do",
	"fa", "fe", "fi", "fo", "ga", "ge", "go", "ha", "he", "hi", "ho", "ka", "ke",
	"ki", "ko", "la", "le", "li", "lo", "lu", "ma", "me", "mi", "mo", "mu", "na",
	"ne", "ni", "no", "nu", "pa", "pe", "pi", "po", "ra", "re", "ri", "ro", "ru",
	"sa", "se", "si", "so", "su", "ta", "te", "ti", "to", "tu", "va", "ve", "vi",
	"vo", "za", "zo", "tra", "pro", "con", "mer", "lan", "ston", "bel", "dor",
	"gan", "min", "port", "vel", "ster", "quin", "rad", "sol",
}

var firstNames = []string{
	"Maria", "John", "Laura", "Pedro", "Ana", "David", "Sofia", "James", "Lucia",
	"Michael", "Elena", "Carlos", "Sarah", "Daniel", "Emma", "Jorge", "Olivia",
	"Luis", "Grace", "Andrés", "Marta", "Robert", "Isabel", "Thomas", "Camila",
	"William", "Julia", "Miguel", "Nora", "Peter", "Rosa", "Henry", "Clara",
	"Jean", "Amira", "Kenji", "Fatima", "Ivan", "Ingrid", "Omar", "Priya",
	"Samuel", "Hannah", "Tomás", "Beatriz", "Viktor", "Aisha", "George", "Leila",
	"Mateo", "Chloe", "Diego", "Irene", "Felix", "Yasmin", "Oscar", "Alma",
	"Rafael", "Teresa", "Hugo", "Mónica", "Simon", "Zara", "Pablo", "Greta",
}

var lastNames = []string{
	"Sánchez", "Noem", "Petro", "Sarabia", "Rondón", "McNamara", "Newlin", "Ortega",
	"Smith", "Johnson", "García", "Martínez", "Brown", "Davis", "López", "Wilson",
	"Anderson", "Taylor", "Moreno", "Thomas", "Hernández", "Moore", "Jackson",
	"Martin", "Lee", "Pérez", "Thompson", "White", "Harris", "Clark", "Ramírez",
	"Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott",
	"Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker",
	"Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Gómez",
	"Phillips", "Evans", "Turner", "Díaz", "Parker", "Cruz", "Edwards", "Collins",
	"Reyes", "Stewart", "Morris", "Morales", "Murphy", "Cook", "Rogers", "Gutiérrez",
	"Ortiz", "Morgan", "Cooper", "Peterson", "Bailey", "Reed", "Kelly", "Howard",
	"Castillo", "Vargas", "Fischer", "Kowalski", "Okafor", "Tanaka", "Haddad",
}

var places = []string{
	"Colombia", "Bogota", "Venezuela", "Caracas", "Mexico", "Mexico City", "Brazil",
	"São Paulo", "Argentina", "Buenos Aires", "Chile", "Santiago", "Peru", "Lima",
	"Ecuador", "Quito", "Cuba", "Havana", "Panama", "Costa Rica", "Guatemala",
	"Honduras", "El Salvador", "Nicaragua", "Bolivia", "La Paz", "Paraguay",
	"Uruguay", "Montevideo", "Spain", "Madrid", "Barcelona", "France", "Paris",
	"Germany", "Berlin", "Italy", "Rome", "United Kingdom", "London", "Ireland",
	"Dublin", "Poland", "Warsaw", "Ukraine", "Kyiv", "Russia", "Moscow", "Turkey",
	"Ankara", "Israel", "Jerusalem", "Egypt", "Cairo", "Nigeria", "Lagos", "Kenya",
	"Nairobi", "South Africa", "Johannesburg", "India", "New Delhi", "China",
	"Beijing", "Japan", "Tokyo", "South Korea", "Seoul", "Australia", "Sydney",
	"Canada", "Toronto", "Washington", "New York", "Miami", "Texas", "California",
	"Florida", "Chicago", "Los Angeles", "Puerto Rico", "Haiti", "Dominican Republic",
	"Iran", "Tehran", "Iraq", "Baghdad", "Syria", "Lebanon", "Beirut", "Gaza",
	"Taiwan", "Philippines", "Manila", "Indonesia", "Jakarta", "Vietnam", "Hanoi",
}

var titlesOfOffice = []string{
	"President", "Minister", "Senator", "Governor", "Mayor", "Secretary",
	"Ambassador", "Judge", "General", "Representative", "Commissioner", "Director",
}

var credits = []string{"AFP", "Reuters", "AP", "EFE", "Getty Images", "Europa Press", "Xinhua", "Cordon Press"}

// outlets: display name, region and domain, as the header line of a page
// dump shows them ("Voz media US Voz.us").
var outlets = [][3]string{
	{"Voz media", "US", "Voz.us"},
	{"Harbour Ledger", "UK", "harbourledger.co.uk"},
	{"El Diario Austral", "CL", "diarioaustral.cl"},
	{"Northern Courier", "CA", "northerncourier.ca"},
	{"The Daily Meridian", "US", "dailymeridian.com"},
	{"Gaceta del Sur", "ES", "gacetadelsur.es"},
	{"Pacific Wire", "AU", "pacificwire.com.au"},
	{"Capital Observer", "US", "capitalobserver.com"},
	{"Andes Report", "PE", "andesreport.pe"},
	{"Metro Bulletin", "IE", "metrobulletin.ie"},
	{"The Evening Standardbearer", "UK", "standardbearer.co.uk"},
	{"Río Noticias", "AR", "rionoticias.com.ar"},
}

// footers are the junk lines a copied page ends with.
var footers = [][]string{
	{"Found a mistake? Contact us!", "RECOMMENDATION"},
	{"Share this article", "Facebook", "X", "WhatsApp", "Copy link"},
	{"Subscribe to our newsletter", "Sign up for free and get the best stories in your inbox."},
	{"Related articles", "Read more"},
	{"Advertisement", "Comments (0)", "Log in to comment"},
}

var playerJunk = []string{
	"0 seconds of 1 minute, 26 secondsVolume 0%",
	"Press shift question mark to access a list of keyboard shortcuts",
	"00:00", "01:26", "01:26", " ", "tracking",
}
