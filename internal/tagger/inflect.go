package tagger

import (
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/finnish"
	"github.com/blevesearch/snowballstem/hungarian"
	"github.com/blevesearch/snowballstem/russian"
	"github.com/blevesearch/snowballstem/turkish"
)

// # Inflected languages
//
// Russian, Finnish, Hungarian and Turkish inflect nouns and names, and
// have no stopword list here. Their words are stemmed by the Snowball
// stemmers of github.com/blevesearch/snowballstem (the Go translation of
// the Snowball project's algorithms that the bleve search engine uses, and
// that the store already uses for Russian search), for two things:
//
//   - a capitalised word at the start of a sentence whose stem the text
//     also writes in lower case is a common word, not a name: "Жители
//     Казани" (residents of Kazan) is "Казани", since the text writes
//     "жителей" too, as in English, where the same word must be written
//     in lower case; so is a word in an ending no Russian name has at the
//     start of a sentence, before a name (also "Жители Казани": a plural);
//   - of the case forms of one name (pooled by mergeInflections), the tag
//     is written in the form a Russian reader files it under, the
//     nominative, when the text has it anywhere: "Казань", not "Казани"
//     even when "в Казани" is the commoner; with no nominative in the
//     text, a single word in "-ии" is written "-ия" ("Германии" →
//     "Германия"), the one ending of an oblique case that is certain.
//
// Russian job titles at the start of a name ("Мэр", "Президента") are
// cut off like the English ones, whatever their case.

// stemFunc is the Snowball stemmer of a language, nil for none.
func stemFunc(code string) func(*snowballstem.Env) bool {
	switch code {
	case "ru":
		return russian.Stem
	case "fi":
		return finnish.Stem
	case "hu":
		return hungarian.Stem
	case "tr":
		return turkish.Stem
	}
	return nil
}

// stemOf returns the stem of a lower-case word in the text's language.
func (t *tagger) stemOf(low string) string {
	if t.stemmer == nil {
		return low
	}
	if t.stemEnv == nil {
		t.stemEnv = snowballstem.NewEnv("")
	}
	if t.code == "ru" {
		low = strings.ReplaceAll(low, "ё", "е") // the rules know е only
	}
	t.stemEnv.SetCurrent(low)
	t.stemmer(t.stemEnv)
	if s := t.stemEnv.Current(); s != "" {
		return s
	}
	return low
}

// stemMark starts the keys of t.seen that are stems, not words.
const stemMark = "\x01"

// noteLowerStem records that a word with the stem of low is written in
// lower case.
func (t *tagger) noteLowerStem(low string) {
	if t.stemmer == nil {
		return
	}
	*t.seen.at(stemMark + t.stemOf(low)) |= seenLower
}

// lowerStemSeen reports a word some form of which the text writes in
// lower case.
func (t *tagger) lowerStemSeen(low string) bool {
	return t.stemmer != nil && t.seen.get(stemMark+t.stemOf(low))&seenLower != 0
}

// ruRoleStems are the stems of Russian titles that stand before a name:
// "Мэр", "мэра", "Президент", "президента", "Министр", "Глава".
var ruRoleStems = set(`президент премьер премьер-министр министр мэр губернатор глав председател
депутат сенатор посол директор руководител лидер тренер спикер канцлер генсек пресс-секретар
вице-премьер вице-президент замминистр генерал полковник капитан адмирал судь прокурор
патриарх митрополит епископ король королев принц принцесс
господин госпож`)

// ruRole reports a Russian title in any case.
func (t *tagger) ruRole(low string) bool {
	return t.code == "ru" && ruRoleStems[t.stemOf(low)]
}

// nominativeRank orders the case forms of a Russian name by their
// endings: 0 for a consonant or soft sign ("Путин", "Татарстан",
// "Казань"), 1 for the endings of the feminine, neuter and adjectival
// nominative ("Москва", "Россия", "Тихановская", "Дмитрий"), 2 for the
// endings of the oblique cases and the plural ("Москвы", "Казани",
// "Путину", "Тихановской"). Only forms of one name are compared, so
// "Путина" (genitive, 1) loses to "Путин" (0) and "Москва" (1) wins over
// "Москвы" (2). (The stems Snowball gives are for matching, not for
// telling a case: "Бастиан" stems to "бастиа".)
func (t *tagger) nominativeRank(name string) int {
	if t.code != "ru" {
		return 0
	}
	rank := 0
	for w := range strings.FieldsFuncSeq(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' }) {
		rank = max(rank, ruEndingRank(w))
	}
	return rank
}

func ruEndingRank(w string) int {
	if hasAnySuffix(w, ruNomEndings) {
		return 1
	}
	r, _ := utf8.DecodeLastRuneInString(w)
	if r == 'ь' || r == 'й' && !strings.HasSuffix(w, "ой") && !strings.HasSuffix(w, "ей") || !strings.ContainsRune("аеёиоуыэюя", r) {
		return 0
	}
	return 2
}

// ruNomEndings are the vowel endings of the nominative singular of
// feminine and neuter nouns and of adjectives (and the adjectives'
// plural: "Соединённые Штаты"); "-ье" is the neuter of regions
// ("Поволжье", "Приморье"), whose genitive is "-ья".
var ruNomEndings = []string{"ая", "яя", "ий", "ый", "ые", "ие", "ия", "ье", "а", "я", "о"}

// obliqueOpener reports a capitalised Russian word that starts a sentence
// and a run of names in a case no name starts a sentence in: "Жители
// Казани" (residents of Kazan), "Власти Татарстана": a common noun in the
// plural or an oblique case, not the first word of the name after it.
func (t *tagger) obliqueOpener(run []token) bool {
	return t.code == "ru" && len(run) > 1 && !t.midCap(run[0].key) && t.nominativeRank(run[0].text) == 2
}

// nominative writes a single Russian word seen in one oblique form only
// in the nominative, where the form tells it for certain: "-ии" is "-ия"
// ("Германии" → "Германия"), and "-е", the prepositional or dative, where
// the stem has an ending only one declension has (ruLocativeNominative).
func nominative(code, name string) string {
	if code != "ru" || strings.ContainsAny(name, " -") || utf8.RuneCountInString(name) < 5 {
		return name
	}
	if stem, ok := strings.CutSuffix(name, "ии"); ok {
		return stem + "ия"
	}
	if n := ruLocativeNominative(name); n != "" {
		return n
	}
	return name
}

// ruMasculinePlaceEnds end the stems of masculine place names, which take
// "-е" in the prepositional and have no feminine in "-а" beside them:
// "в Волгограде", "в Петербурге", "в Новгороде", "в Казахстане".
// "-ск" counts after a consonant only ("в Минске", "в Омске"), since "на
// Аляске" is "Аляска"; "-стан" after three letters or more
// ("в Астане" is "Астана"). "-ов" and "-ев" are left out: "в Киеве" is
// "Киев" but "в Женеве" is "Женева", "в Молдове" "Молдова".
var ruMasculinePlaceEnds = []string{"град", "бург", "город", "стан", "ск", "цк"}

// ruLocativeNominative returns the nominative of a word in "-е" whose stem
// only one declension can have, or "": a masculine place ending
// (ruMasculinePlaceEnds) drops the "-е" ("Новосибирске" → "Новосибирск");
// a stem in "в" after a consonant, which no masculine noun ends in, is of
// the first declension ("Москве" → "Москва", "Литве" → "Литва"). Other
// words in "-е" ("Лондоне", "Лондон"; "Вене", "Вена") could be either
// and are left as they are.
func ruLocativeNominative(word string) string {
	stem, ok := strings.CutSuffix(word, "е")
	if !ok {
		return ""
	}
	rs := []rune(strings.ToLower(stem))
	vowel := func(r rune) bool { return strings.ContainsRune("аеёиоуыэюяйь", r) }
	for _, e := range ruMasculinePlaceEnds {
		head, ok := strings.CutSuffix(string(rs), e)
		if !ok {
			continue
		}
		hr := []rune(head)
		switch {
		case e == "ск" && (len(hr) == 0 || vowel(hr[len(hr)-1])):
			return ""
		case e == "стан" && len(hr) < 3, len(hr) < 2:
			return ""
		}
		return stem
	}
	if n := len(rs); n >= 3 && rs[n-1] == 'в' && !vowel(rs[n-2]) {
		return stem + "а"
	}
	return ""
}

// ruMasculineNominative writes a man's full name in the nominative when
// the text names him in an oblique case only with his first name
// ("Рустама Гарипова") but writes his surname alone in the nominative
// ("Гарипов"): the surname's ending tells the case ("-а", genitive), and
// the first name is put back from the same case ("Рустама" → "Рустам",
// "Андрея" → "Андрей"). It returns "" when the name is not of that kind.
func ruMasculineNominative(full, surname string) string {
	ws := strings.Fields(full)
	if len(ws) < 2 || strings.ContainsRune(surname, ' ') {
		return ""
	}
	low := strings.ToLower(surname)
	if !(strings.HasSuffix(low, "ов") || strings.HasSuffix(low, "ев") || strings.HasSuffix(low, "ёв") || strings.HasSuffix(low, "ин") || strings.HasSuffix(low, "ын")) {
		return ""
	}
	last := ws[len(ws)-1]
	suffix, ok := strings.CutPrefix(strings.ToLower(last), low)
	if !ok {
		return ""
	}
	// The first name's endings in each case, and what they become.
	var rules [][2]string
	switch suffix {
	case "а":
		rules = [][2]string{{"ия", "ий"}, {"я", "й"}, {"а", ""}}
	case "у":
		rules = [][2]string{{"ию", "ий"}, {"ю", "й"}, {"у", ""}}
	case "ым":
		rules = [][2]string{{"ием", "ий"}, {"ем", "й"}, {"ом", ""}}
	case "е":
		rules = [][2]string{{"ии", "ий"}, {"е", ""}}
	default:
		return ""
	}
	out := make([]string, 0, len(ws))
	for _, w := range ws[:len(ws)-1] {
		folded := ""
		for _, r := range rules {
			if stem, ok := strings.CutSuffix(w, r[0]); ok && utf8.RuneCountInString(stem) >= 2 {
				if r[1] == "" {
					// Only a consonant stands before a dropped ending.
					if c, _ := utf8.DecodeLastRuneInString(stem); strings.ContainsRune("аеёиоуыэюяйь", c) {
						return ""
					}
				}
				folded = stem + r[1]
				break
			}
		}
		if folded == "" {
			return ""
		}
		out = append(out, folded)
	}
	return strings.Join(append(out, surname), " ")
}

// ruFeminineNominative finds the nominative of a word of the first
// declension ("Самара", "Прага") that the text writes only in oblique
// cases, from two of them: the genitive in "-ы" (or "-и" after г, к, х,
// ж, ш, ч, щ) beside the prepositional or dative in "-е" ("Самары",
// "Самаре" → "Самара"). A plural in "-ы" has no form in "-е", and a
// masculine name ("Лондоне") no genitive in "-ы", so the pair is
// certain; a single oblique form ("Москве") is left as it is. It
// returns "" when a and b are not such a pair.
func ruFeminineNominative(a, b string) string {
	if utf8.RuneCountInString(a) < 4 || utf8.RuneCountInString(b) < 4 {
		return ""
	}
	gen, dat := a, b
	if strings.HasSuffix(a, "е") {
		gen, dat = b, a
	}
	stem, ok := strings.CutSuffix(dat, "е")
	if !ok {
		return ""
	}
	rest, ok := strings.CutPrefix(gen, stem)
	last, _ := utf8.DecodeLastRuneInString(stem)
	switch {
	case !ok || strings.ContainsRune("аеёиоуыэюяйь", last):
		return ""
	case rest == "ы" || rest == "и" && strings.ContainsRune("гкхжшчщ", last):
		return stem + "а"
	}
	return ""
}
