package pagetext

import (
	"strings"
	"unicode"
)

// A photo's alt text, printed where the photo stood, says what the photo
// shows in a phrase with no verb of its own: "Woman pruning tomatoes in a
// greenhouse", "Coffee being poured into a mug", "A bowl filled with
// soup", "The new kettle on a kitchen countertop.", "Dough in a bowl, the
// mixer in the background". Between two paragraphs it reads as a short
// one of them, and the classifier keeps most such lines. A sentence of
// the story has a verb ("The kettle sits on the counter"), a pronoun
// ("We left it on the table") or, as an instruction, an article right
// after its verb ("Place the dough on a rack"); a phrase shaped so and
// free of all three is the photo's.

// sceneLang holds one language's words for reading such phrases.
type sceneLang struct {
	// subjects are the people a stock photo shows, named first ("Woman
	// …", "Mujer …"); adjectives may stand next to them ("Young …").
	subjects, adjectives *wordSet
	// doing are the endings of the participle that says what the person
	// does ("holding", "sosteniendo", "tenant").
	doing []string
	// ons put a thing on a surface ("on", "sobre", "auf"); surfaces are
	// what photographed things stand on.
	ons, surfaces *wordSet
	// backdrops end a phrase with what stands behind ("in the
	// background", "im Hintergrund").
	backdrops []string
	// clause are the words that make a line a clause: auxiliaries, common
	// verbs and subject pronouns.
	clause *wordSet
	// determiners after a first word make it an instruction's verb
	// ("Place the …", "Coloca la …").
	determiners *wordSet
}

var sceneLangs = map[string]*sceneLang{
	"en": {
		subjects: newWordSet("woman", "man", "girl", "boy", "child", "couple", "person", "family", "hiker",
			"runner", "cyclist", "student", "worker", "doctor", "nurse", "mother", "father", "baby", "toddler"),
		adjectives: newWordSet("young", "old", "elderly", "smiling", "happy", "senior", "little"),
		doing:      []string{"ing"},
		ons:        newWordSet("on", "atop"),
		surfaces: newWordSet("table", "countertop", "counter", "desk", "shelf", "surface", "tray", "floor", "bench",
			"windowsill", "rack", "board", "plate"),
		backdrops: []string{" in the background", " in background"},
		clause: newWordSet("is", "are", "was", "were", "be", "been", "am", "has", "have", "had", "do", "does",
			"did", "will", "would", "can", "could", "should", "may", "might", "must", "said", "says",
			"i", "we", "you", "he", "she", "they", "it", "my", "our", "your", "his", "her", "their", "me", "us", "them"),
		determiners: newWordSet("the", "a", "an", "your", "it", "them", "this", "these", "each"),
	},
	"es": {
		subjects: newWordSet("mujer", "hombre", "chica", "chico", "niña", "niño", "pareja", "persona", "familia",
			"estudiante", "madre", "padre", "bebé"),
		adjectives: newWordSet("joven", "mayor", "sonriente", "feliz", "una", "un"),
		doing:      []string{"ando", "iendo", "yendo"},
		ons:        newWordSet("sobre", "en"),
		surfaces: newWordSet("mesa", "encimera", "mostrador", "escritorio", "estante", "bandeja", "suelo", "banco",
			"rejilla", "tabla", "plato"),
		backdrops: []string{" al fondo", " de fondo", " en segundo plano"},
		clause: newWordSet("es", "son", "está", "están", "fue", "fueron", "era", "ha", "han", "hay", "tiene",
			"tienen", "puede", "se", "yo", "tú", "él", "ella", "nosotros", "ellos", "ellas", "dijo"),
		determiners: newWordSet("el", "la", "los", "las", "un", "una", "su", "sus"),
	},
	"fr": {
		subjects: newWordSet("femme", "homme", "fille", "garçon", "enfant", "couple", "personne", "famille",
			"étudiant", "étudiante", "mère", "père", "bébé"),
		adjectives: newWordSet("jeune", "vieil", "vieille", "souriant", "souriante", "une", "un"),
		doing:      []string{"ant"},
		ons:        newWordSet("sur"),
		surfaces: newWordSet("table", "comptoir", "plan", "bureau", "étagère", "plateau", "sol", "banc", "grille",
			"planche", "assiette"),
		backdrops: []string{" en arrière-plan", " à l'arrière-plan", " à l’arrière-plan"},
		clause: newWordSet("est", "sont", "était", "étaient", "a", "ont", "sera", "peut", "je", "tu", "il", "elle",
			"nous", "vous", "ils", "elles", "on", "dit"),
		determiners: newWordSet("le", "la", "les", "l'", "un", "une", "des", "du", "votre", "vos"),
	},
	"de": {
		ons: newWordSet("auf"),
		surfaces: newWordSet("tisch", "küchentisch", "holztisch", "arbeitsplatte", "theke", "schreibtisch", "regal",
			"tablett", "boden", "bank", "gitter", "brett", "teller"),
		backdrops: []string{" im hintergrund"},
		clause: newWordSet("ist", "sind", "war", "waren", "hat", "haben", "wird", "werden", "kann", "ich", "du", "er",
			"sie", "wir", "ihr", "es", "man", "sagte"),
		determiners: newWordSet("der", "die", "das", "den", "dem", "ein", "eine", "einen", "ihre", "ihren"),
	},
	"it": {
		subjects: newWordSet("donna", "uomo", "ragazza", "ragazzo", "bambina", "bambino", "coppia", "persona",
			"famiglia", "studente", "madre", "padre"),
		adjectives: newWordSet("giovane", "anziana", "anziano", "sorridente", "una", "un"),
		doing:      []string{"ando", "endo"},
		ons:        newWordSet("su", "sul", "sulla", "sopra"),
		surfaces: newWordSet("tavolo", "bancone", "scrivania", "mensola", "vassoio", "pavimento", "panca", "griglia",
			"tagliere", "piatto"),
		backdrops: []string{" sullo sfondo"},
		clause: newWordSet("è", "sono", "era", "erano", "ha", "hanno", "può", "io", "tu", "lui", "lei", "noi", "voi",
			"loro", "si", "disse"),
		determiners: newWordSet("il", "lo", "la", "i", "gli", "le", "un", "una", "uno"),
	},
	"pt": {
		subjects: newWordSet("mulher", "homem", "menina", "menino", "criança", "casal", "pessoa", "família",
			"estudante", "mãe", "pai", "bebê"),
		adjectives: newWordSet("jovem", "idosa", "idoso", "sorridente", "uma", "um"),
		doing:      []string{"ando", "endo", "indo"},
		ons:        newWordSet("sobre", "em", "na", "no"),
		surfaces: newWordSet("mesa", "bancada", "balcão", "escrivaninha", "prateleira", "bandeja", "chão", "banco",
			"grelha", "tábua", "prato"),
		backdrops: []string{" ao fundo"},
		clause: newWordSet("é", "são", "foi", "foram", "era", "tem", "têm", "está", "estão", "pode", "se", "eu", "ele",
			"ela", "nós", "eles", "elas", "disse"),
		determiners: newWordSet("o", "a", "os", "as", "um", "uma", "seu", "sua"),
	},
}

// English alt text also says what is done to a thing ("Coffee being
// poured …") or what it holds ("A bowl filled with …"); heldParticiples
// and heldJoins are the words of the second.
var (
	heldParticiples = newWordSet("filled", "covered", "made", "held", "topped", "served", "placed", "arranged",
		"stacked", "displayed", "surrounded", "lined", "decorated", "packed")
	heldJoins = newWordSet("with", "by", "from", "on", "in", "into", "at")
)

// A post or clip embedded in a story leaves a caption naming it and whose
// it is: "A YouTube video from the council", "An Instagram Reel by a
// chef". mediaNouns and mediaJoins are its words; a sentence of the story
// that opens so goes on to say what the clip shows (mediaTells).
var (
	mediaNouns = newWordSet("video", "reel", "clip", "post", "livestream")
	mediaJoins = newWordSet("from", "by")
	mediaTells = newWordSet("shows", "show", "showing", "appears", "captures", "reveals", "depicts", "features", "went")
)

// sceneWords bound a scene phrase; a thing on a surface names at least
// sceneSurfaceWords.
const (
	sceneMinWords     = 3
	sceneMaxWords     = 25
	sceneSurfaceWords = 6
	sceneLookWords    = 8 // how many words the openings are looked for in
	sceneSurfaceLook  = 7 // how many words from the end a surface and its "on" are looked for in
)

// sceneMarks never stand in alt text: code, labels, tables and quotes.
const sceneMarks = "|[]{}<>=:;\"“”„«»#*"

// dropScenePhrases takes out of the body the kept lines that describe a
// photo in a phrase (scenePhrase).
func (p *page) dropScenePhrases() {
	sl := sceneLangs[p.code]
	if sl == nil {
		return
	}
	for i, k := range p.keep {
		if k && scenePhrase(&p.lines[i], sl, p.code == "en") {
			p.keep[i] = false
		}
	}
}

// scenePhrase reports a line that reads as a photo's alt text in the
// words of sl: one phrase opening with a capital and no clause word, that
// shows a person doing something, a thing on a surface, something in
// front of a backdrop, or (english) a thing being handled or filled.
func scenePhrase(ln *line, sl *sceneLang, english bool) bool {
	if ln.words < sceneMinWords || ln.words > sceneMaxWords || ln.cells != nil || !unicode.IsUpper(firstRune(ln.text)) {
		return false
	}
	// The openings and endings are read first: most lines have none of
	// them, and only the rest are read whole.
	var w [sceneLookWords]string
	n := 0
	for x := range wordsIn(ln.low) {
		w[n] = x
		if n++; n == len(w) {
			break
		}
	}
	if n < 2 || sl.determiners.has(w[1]) && !sl.determiners.has(w[0]) {
		return false // an instruction: "Place the dough …"
	}
	low := strings.TrimRight(ln.low, " .")
	if !(sl.subjects != nil && personDoing(w[:n], sl) ||
		ln.words >= sceneSurfaceWords && onSurface(low, sl) ||
		hasAnySuffix(low, sl.backdrops) ||
		english && (beingHandled(w[:n]) || heldIn(w[:n]) || postFrom(w[:n], ln.low))) {
		return false
	}
	t := trimRightSet(ln.text, " ")
	if t == "" || strings.ContainsRune("?!,", rune(t[len(t)-1])) || strings.ContainsAny(t, sceneMarks) || twoSentences(t) {
		return false
	}
	for x := range wordsIn(ln.low) {
		if sl.clause.has(x) {
			return false
		}
	}
	return true
}

// twoSentences reports a stop inside t followed by a capital.
func twoSentences(t string) bool {
	for k := strings.Index(t, ". "); k >= 0; {
		if r := firstRune(t[k+2:]); unicode.IsUpper(r) {
			return true
		}
		next := strings.Index(t[k+2:], ". ")
		if next < 0 {
			return false
		}
		k += 2 + next
	}
	return false
}

// personDoing reports words opening with a person, at most two words of
// article or adjective around, and then a participle: "Woman pruning …",
// "Una mujer joven sosteniendo …".
func personDoing(w []string, sl *sceneLang) bool {
	k := 0
	for k < len(w) && k < 2 && sl.adjectives.has(w[k]) {
		k++
	}
	if k >= len(w) || !sl.subjects.has(w[k]) {
		return false
	}
	k++
	if k < len(w) && sl.adjectives.has(w[k]) {
		k++
	}
	return k < len(w) && participle(w[k], sl.doing)
}

// participle reports a word of five letters or more with one of endings.
func participle(w string, endings []string) bool {
	return len(w) > 4 && hasAnySuffix(w, endings)
}

// hasAnySuffix reports s ending with one of ends.
func hasAnySuffix(s string, ends []string) bool {
	for _, e := range ends {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// onSurface reports a phrase that ends on a surface put after one of
// sl's words for "on": "… on a kitchen countertop", "… sobre una mesa de
// madera". The surface is one of the last three words and the "on" is at
// most four words before it.
func onSurface(low string, sl *sceneLang) bool {
	var ws [sceneSurfaceLook]string
	n := 0
	for end := len(low); end > 0 && n < len(ws); {
		start := strings.LastIndexByte(low[:end], ' ') + 1
		if start < end {
			ws[n] = strings.Trim(low[start:end], ".,")
			n++
		}
		end = start - 1
	}
	// ws holds the last words, the last first.
	for k := 0; k < n && k < 3; k++ {
		if !sl.surfaces.has(ws[k]) {
			continue
		}
		for j := k + 1; j < n && j <= k+4; j++ {
			if sl.ons.has(ws[j]) {
				return true
			}
		}
	}
	return false
}

// beingHandled reports "being" and a participle in -ed or -en within the
// first five words: "Coffee being poured into a mug".
func beingHandled(w []string) bool {
	for k := 1; k+1 < len(w) && k < 5; k++ {
		if w[k] == "being" && (strings.HasSuffix(w[k+1], "ed") || strings.HasSuffix(w[k+1], "en")) {
			return true
		}
	}
	return false
}

// heldIn reports "A" or "An", a thing, then within the first six words a
// participle of heldParticiples and a join: "A bowl filled with soup",
// "A plate of pasta made from …".
func heldIn(w []string) bool {
	if len(w) < 4 || !isIndefinite(w[0]) {
		return false
	}
	for k := 2; k+1 < len(w) && k < 6; k++ {
		if heldParticiples.has(w[k]) && heldJoins.has(w[k+1]) {
			return true
		}
	}
	return false
}

// postFrom reports "A" or "An", at most three words, a media noun and
// "from" or "by" (w, the first words of low), with no word telling what
// the clip shows or did ("… shows", "… showed").
func postFrom(w []string, low string) bool {
	if len(w) < 4 || !isIndefinite(w[0]) {
		return false
	}
	for k := 1; k+1 < len(w) && k <= 4; k++ {
		if !mediaNouns.has(w[k]) || !mediaJoins.has(w[k+1]) {
			continue
		}
		for x := range wordsIn(low) {
			if mediaTells.has(x) || strings.HasSuffix(x, "ed") {
				return false
			}
		}
		return true
	}
	return false
}
