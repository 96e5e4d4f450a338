// Package lang tells the language of a text and the function words of the
// languages the parser and tagger know.
//
// Detection is github.com/abadojack/whatlanggo: the script decides alone
// for scripts used by one language (Han, kana, Hangul, Thai, Greek, …), and
// trigram profiles of 84 languages decide within Latin, Cyrillic, Arabic,
// Devanagari, Hebrew and Ethiopic. It was chosen over
// github.com/pemistahl/lingua-go on cost: both named the language of every
// page of the shared dev sets (47 in 14 languages, 582 in English), but
// lingua loads its models per process (3 s and 80 MB for one Latin text,
// and `morgue parse` runs once per page) and embeds 124 MB of them in the
// binary, where whatlanggo takes half a millisecond and no memory to
// speak of. For Latin script the function words of the seven languages
// with a list below are a second opinion (see Detect).
package lang

import (
	"encoding/binary"
	"maps"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/abadojack/whatlanggo"
)

// stopwords are the very frequent function words of each language. Words
// shared by several languages ("a", "de", "la", "en") are kept: each list is
// scored on its own and the share of hits decides.
var stopwords = map[string]string{
	"en": "the of and to in a is that for it as was with be by on not he i this are or his from at which but have an they you were her she there been one all we their has would when if so no will more who its said about into than them can only other new some could these two may first then do any like my now over such our man me even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long here get both between life being under never day same another know while last might us great old year off come since against go came right used take three",
	"es": "de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual poco ella estar estas algunas algo nosotros fue ha han según dijo",
	"fr": "de la le et les des en un du une que est pour qui dans a par plus pas au sur ne se ce il sont avec ou mais comme on tout nous sa son ses aux été cette elle fait ont être leur y lui bien sans entre aussi deux dont nos leurs très ces peut même après avait était",
	"de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat daß dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei prozent hatte kann gegen vom können schon wenn habe seine ihre dann unter wir soll ich eines jahr zwei jahren diese dieser wieder keine seiner worden will zwischen immer",
	"it": "di e il la che a in per un del è non una le i da con al si dei alla gli come più delle ha anche nel sono della ma lo ad nella o questo ci cui se sul degli essere tra loro dal suo sua molto stato fra quando ancora dopo tutti aveva",
	"pt": "de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito há nos já está eu também só pelo pela até isso ela entre era depois sem mesmo aos ter seus quem nas me esse eles estão você tinha foram essa num nem suas meu às minha têm numa pelos elas havia seja qual será nós",
	// Swahili, which whatlanggo has no profile for: it names a Swahili
	// text Hausa, Shona or another Bantu language, or nothing.
	"sw": "na ya wa la kwa za katika ni cha vya hii hiyo huo hizo hayo kama lakini pia baada kuwa yake wake zake hata au sana zaidi ili bado tu ambao ambayo ambaye kutoka hadi wakati yeye wao sisi juu kati bila huku kwamba pamoja hapa kabla tena mwaka watu",
	"nl": "de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest andere",
}

// stopKeys and stopLangs hold the stopwords by their bytes packed into a
// uint64 (they are at most 8 bytes and hold no NUL byte, so the packing is
// one-to-one) in an open-addressed table: parsing a page asks about every
// word of it several times, and a look-up here hashes and compares no
// string. An empty slot holds the key 0. stopSets holds the same languages
// as bits over listCodes, for byStopwords to count in an array.
var stopKeys, stopLangs, stopSets = func() (keys *[stopSlots]uint64, langs *[stopSlots][]string, sets *[stopSlots]uint8) {
	// Straight into the table, with no map of words on the way: this runs
	// at every start of every command.
	keys, langs, sets = new([stopSlots]uint64), new([stopSlots][]string), new([stopSlots]uint8)
	n := 0
	for bit, code := range listCodes {
		for _, w := range strings.Fields(stopwords[code]) {
			k, ok := packWord(w)
			if !ok {
				panic("lang: stopword " + w + " does not fit in a uint64")
			}
			h := slotOf(k)
			for keys[h] != 0 && keys[h] != k {
				h = (h + 1) % stopSlots
			}
			if keys[h] == 0 {
				if n++; n > stopSlots/2 {
					panic("lang: too many stopwords for stopSlots")
				}
				keys[h] = k
			}
			if sets[h]&(1<<bit) == 0 { // a word twice in one list counts once
				langs[h] = append(langs[h], code)
				sets[h] |= 1 << bit
			}
		}
	}
	return keys, langs, sets
}()

// listCodes are the languages of stopwords in the order of their codes,
// as byStopwords breaks ties.
var listCodes = func() []string {
	codes := slices.Sorted(maps.Keys(stopwords))
	if len(codes) > 8 {
		panic("lang: more stopword lists than stopSets has bits")
	}
	return codes
}()

const stopSlots = 2048 // a quarter full; slotOf's shift matches

// packWord returns w's bytes as a uint64, first byte lowest, or false when
// w is empty, longer than 8 bytes or holds a NUL byte (no stopword does).
func packWord(w string) (uint64, bool) {
	// Whole loads rather than a byte at a time: every word of a page's
	// sample is looked up, most of them three to eight bytes long.
	var k uint64
	switch n := len(w); {
	case n == 0 || n > 8:
		return 0, false
	case n >= 4: // the first four and the last four bytes, overlapping
		k = uint64(binary.LittleEndian.Uint32([]byte(w[:4]))) | uint64(binary.LittleEndian.Uint32([]byte(w[n-4:])))<<(8*(n-4))
	default:
		k = uint64(w[0]) | uint64(w[n/2])<<(8*(n/2)) | uint64(w[n-1])<<(8*(n-1))
	}
	// A NUL byte, which would read as a shorter word: the bytes past
	// the word are set so that only its own can be zero.
	if v := k | ^uint64(0)<<(8*len(w)); (v-0x0101010101010101)&^v&0x8080808080808080 != 0 {
		return 0, false
	}
	return k, true
}

// slotOf is where a key's probe starts (Fibonacci hashing).
func slotOf(k uint64) int {
	return int((k * 0x9E3779B97F4A7C15) >> (64 - 11))
}

// stopCodes are the languages whose stopword w is.
func stopCodes(w string) []string {
	if h := stopSlot(w); h >= 0 {
		return stopLangs[h]
	}
	return nil
}

// stopSlot is w's slot in stopKeys, or -1 when w is no stopword.
func stopSlot(w string) int {
	k, ok := packWord(w)
	if !ok {
		return -1
	}
	for h := slotOf(k); stopKeys[h] != 0; h = (h + 1) % stopSlots {
		if stopKeys[h] == k {
			return h
		}
	}
	return -1
}

// stopSet is the languages whose stopword w is, as bits over listCodes.
func stopSet(w string) uint8 {
	if h := stopSlot(w); h >= 0 {
		return stopSets[h]
	}
	return 0
}

// sampleRunes is how much of a text is given to the detector. whatlanggo
// ranks the text's trigrams and adds up how far each profile trigram sits
// from its rank, without a cap, so on a long text rare trigrams push every
// language far away and the one whose profile shares least wins: on the
// whole bodies of the English dev set it named Yoruba for 81 of 582 pages.
// On their first 1,000 characters it was right on all of them, and on every
// page of the other-languages dev set; the cost grows with the sample.
const sampleRunes = 1000

// Letters a text needs before a guess is made, and the confidence the
// guess needs. A script of one language (Han, kana, Hangul, Thai) is plain
// from a few characters; telling apart languages that share a script takes
// more. Measured on passages of the dev sets' bodies: at 40 letters the
// guess was right 501 times in 589, and 322 of the 324 guesses with
// confidence 0.8 or more; at 120 letters every one of the 572 guesses with
// confidence 0.5 or more was right; at 300 it was wrong twice in 587
// whatever the confidence (close languages such as Norwegian and Danish
// keep it low however long the text).
const (
	minLettersOwnScript     = 10
	minLettersSharedScript  = 40
	lettersForLowerBar      = 120
	lettersForAnyConfidence = 300
	confidenceHigh          = 0.8
	confidenceLow           = 0.5
)

// sharedScripts are the scripts whatlanggo tells languages apart in.
var sharedScripts = []*unicode.RangeTable{unicode.Latin, unicode.Cyrillic, unicode.Arabic,
	unicode.Devanagari, unicode.Hebrew, unicode.Ethiopic}

// codeFixes gives an ISO 639-1 code where whatlanggo has none although the
// language has one (Iranian Persian is "fa", Yiddish "yi").
var codeFixes = map[whatlanggo.Lang]string{whatlanggo.Pes: "fa", whatlanggo.Ydd: "yi"}

// Detect returns the ISO 639-1 code of the text's language, or "" when the
// text is too short to tell or its language has no two-letter code.
func Detect(text string) string {
	return detect(text, false)
}

// detect is Detect; lower says the text is in lower case already (as
// strings.ToLower gives it), so that the function words are counted
// without lower-casing it again.
func detect(text string, lower bool) string {
	sample, letters, latin := head(text)
	// Function words making up a fifth of a Latin text decide it (see
	// below), whatever the trigrams say; finding that first spares the
	// trigram profiles, which cost ten times the rest of parsing a page.
	var words, hits int
	stop := ""
	if letters >= minLettersSharedScript && latin*10 >= letters*9 {
		if words, stop, hits = byStopwords(sample, lower); stop != "" && hits*5 >= words {
			return stop
		}
	}
	info := whatlanggo.Detect(sample)
	if info.Script == nil || info.Lang < 0 {
		return ""
	}
	need := minLettersOwnScript
	for _, s := range sharedScripts {
		if info.Script == s {
			need = minLettersSharedScript
		}
	}
	if letters < need {
		return ""
	}
	code, ok := codeFixes[info.Lang]
	if !ok {
		code = info.Lang.Iso6391()
	}
	if len(code) != 2 {
		return ""
	}
	if info.Script == unicode.Cyrillic {
		code = cyrillicByLetters(sample, code)
	}
	sure := info.Confidence >= confidenceHigh || letters >= lettersForLowerBar && info.Confidence >= confidenceLow ||
		letters >= lettersForAnyConfidence
	if info.Script == unicode.Latin {
		// A second opinion from the function words of the languages
		// that have a list: when they make up a fifth of the text they
		// outvote the trigrams (made-up words between English function
		// words can have Italian or Spanish trigrams); when the trigrams
		// are unsure they settle it if the two agree, and leave it
		// open if not.
		switch {
		case stop == "" || stop == code:
		case hits*5 >= words:
			return stop
		case info.Confidence < confidenceLow:
			// Two weak opinions that disagree: better no answer
			// than a wrong one, which would make the parser count
			// the function words of the wrong language.
			return ""
		}
		if !sure && stop != code {
			return ""
		}
		return code
	}
	if !sure {
		return ""
	}
	return code
}

// Letters that only some Cyrillic alphabets have. Russian writes ы and э,
// which Bulgarian, Ukrainian, Macedonian and Serbian never do; Ukrainian
// writes ї, є and ґ, which Russian never does. The other letters are those
// of Ukrainian, Belarusian, Serbian, Macedonian and the Turkic and
// Mongolian alphabets, any of which rules Russian out.
const (
	russianOnly    = "ыэ"
	ukrainianOnly  = "їєґ"
	notRussian     = "іїєґўђјљњћџѓќѕәөүұқғңһҗҙҫӑӗӳ"
	withoutRussian = "bg uk mk sr"
)

// cyrillicByLetters corrects the trigrams' guess where the alphabet itself
// decides: on a few sentences of Russian news whatlanggo can name
// Bulgarian (both share most trigrams), though a Bulgarian text never
// holds ы or э; and a text named Russian that holds ї, є or ґ and neither
// of those is Ukrainian.
func cyrillicByLetters(sample, code string) string {
	lower := strings.ToLower(sample)
	ru := strings.ContainsAny(lower, russianOnly)
	switch {
	case strings.Contains(withoutRussian, code) && ru && !strings.ContainsAny(lower, notRussian):
		return "ru"
	case code == "ru" && !ru && strings.ContainsAny(lower, ukrainianOnly):
		return "uk"
	}
	return code
}

// minHits is how many function words byStopwords needs before it guesses.
const minHits = 5

// byStopwords guesses among the languages with a stopword list from the
// share of their function words: it returns the number of words, the best
// language ("" when none is clear) and its hits. Function words make up a
// third or more of running text in each of them.
func byStopwords(text string, lower bool) (words int, best string, hits int) {
	var counts [8]int // by listCodes
	count := func(w string) {
		for set := stopSet(w); set != 0; set &= set - 1 {
			counts[bits.TrailingZeros8(set)]++
		}
	}
	if !lower {
		// strings.ToLower is idempotent: text that is its output stays
		// as it is, and need not be walked rune by rune again.
		text = strings.ToLower(text)
	}
	start := -1
	for i := 0; i < len(text); {
		// The bytes that leave the walk as it is (ASCII letters inside a
		// word, other ASCII outside one), by table in a loop of nothing
		// else: a sample is mostly ASCII, and the rune and letter tests
		// cost more than the rest of the walk.
		want := asciiOutside
		if start >= 0 {
			want = asciiInside
		}
		for i < len(text) && asciiWordKind[text[i]] == want {
			i++
		}
		if i == len(text) {
			break
		}
		var inWord bool
		size := 1
		if c := text[i]; c < utf8.RuneSelf {
			inWord = asciiInWord[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:])
			inWord = unicode.IsLetter(r)
		}
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			words++
			count(text[start:i])
			start = -1
		}
		i += size
	}
	if start >= 0 {
		words++
		count(text[start:])
	}
	best, hits = stopwordWinner(&counts, words)
	return words, best, hits
}

// stopwordWinner returns the language of listCodes with the most function
// words among words, and their count, or "" and 0 when it has too few or
// shares the most with another.
func stopwordWinner(counts *[8]int, words int) (best string, hits int) {
	// The most hits, the first code among equals; second is the next
	// count down, which may equal the best.
	second := 0
	for k, n := range counts[:len(listCodes)] {
		if n > hits {
			best, hits, second = listCodes[k], n, hits
		} else if n > second {
			second = n
		}
	}
	if hits < minHits || hits*8 < words || hits == second {
		return "", 0
	}
	return best, hits
}

// DetectLines is Detect of the lines, each followed by a newline. It joins
// only as many of them as Detect reads (its sample): a page's whole body
// need not be copied to name its language.
func DetectLines(lines []string) string {
	return detectLines(lines, false)
}

// DetectLowerLines is DetectLines of lines that are strings.ToLower's
// output: lower-casing them again would change nothing, and is skipped.
func DetectLowerLines(lines []string) string {
	return detectLines(lines, true)
}

func detectLines(lines []string, lower bool) string {
	size, runes := 0, 0
	n := 0
	for n < len(lines) && runes <= sampleRunes {
		size += len(lines[n]) + 1
		runes += utf8.RuneCountInString(lines[n]) + 1
		n++
	}
	// The joined lines are only read, and no part of them is returned: a
	// buffer of the pool holds them, rather than a string made each time
	// (the page-text parser asks twice a page).
	bp := joinPool.Get().(*[]byte)
	b := slices.Grow((*bp)[:0], size)
	for _, l := range lines[:n] {
		b = append(b, l...)
		b = append(b, '\n')
	}
	code := detect(unsafe.String(unsafe.SliceData(b), len(b)), lower)
	*bp = b
	joinPool.Put(bp)
	return code
}

// joinPool holds detectLines' buffers.
var joinPool = sync.Pool{New: func() any { return new([]byte) }}

// head returns the start of text (up to sampleRunes runes, cut at a space
// when there is one near the end), the number of letters in it, and how
// many of them are Latin.
func head(text string) (sample string, letters, latin int) {
	n := 0
	for i := 0; i < len(text); {
		if n == sampleRunes {
			cut := text[:i]
			if sp := strings.LastIndexFunc(cut, unicode.IsSpace); sp > len(cut)*3/4 {
				cut = cut[:sp]
			}
			return cut, letters, latin
		}
		if text[i] < utf8.RuneSelf {
			// A byte a rune, up to the runes still wanted.
			end, l := asciiLetters(text[:min(len(text), i+sampleRunes-n)], i)
			n += end - i
			letters += l
			latin += l
			i = end
			continue
		}
		n++
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if unicode.IsLetter(r) {
			letters++
			if unicode.Is(unicode.Latin, r) {
				latin++
			}
		}
	}
	return text, letters, latin
}

// asciiWordKind tells byStopwords's walk the ASCII bytes in a word
// (asciiInWord), the other ASCII bytes and the bytes of other runes.
const (
	asciiOutside uint8 = iota
	asciiInside
	notASCII
)

var asciiWordKind = func() (k [256]uint8) {
	for c := range k {
		switch {
		case c >= utf8.RuneSelf:
			k[c] = notASCII
		case asciiInWord[c]:
			k[c] = asciiInside
		}
	}
	return
}()

// asciiLetters counts the ASCII letters of s from i up to the next other
// byte, and returns where it stopped. A loop of its own: in head's, which
// also reads the other runes, a byte took twice the instructions.
func asciiLetters(s string, i int) (end, letters int) {
	t := s[i:]
	j := 0
	for ; j < len(t); j++ {
		c := t[j]
		if c >= utf8.RuneSelf {
			break
		}
		// Added, not tested: letters and spaces alternate too often for
		// a branch to be guessed.
		letters += int(asciiLetter[c])
	}
	return i + j, letters
}

// asciiLetter is 1 for the ASCII letters; asciiInWord is true for them and
// the apostrophe, the bytes byStopwords keeps in a word.
var asciiLetter, asciiInWord = func() (l [utf8.RuneSelf]uint8, w [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			l[c], w[c] = 1, true
		}
	}
	w['\''] = true
	return
}()

// rtl are the languages written right to left among those Detect names,
// plus Pashto, Sindhi, Kurdish in Arabic script and Dhivehi, which a
// Markdown file may state.
var rtl = map[string]bool{"ar": true, "he": true, "fa": true, "ur": true, "yi": true, "ug": true,
	"ps": true, "sd": true, "ckb": true, "dv": true}

// Dir is the writing direction of a language for HTML's dir attribute:
// "rtl" or "ltr" ("ltr" for "" as well).
func Dir(code string) string {
	if rtl[strings.ToLower(code)] {
		return "rtl"
	}
	return "ltr"
}

// detectOnly is a language whose list only names it in Detect: its
// function words are a smaller share of running text than the parser's
// weighing of paragraphs by them expects (Swahili glues most of them to
// the word), so for the rest it is a language without a list.
const detectOnly = "sw"

// HasStopwords reports whether IsStopword knows the language's own list.
func HasStopwords(code string) bool {
	_, ok := stopwords[code]
	return ok && code != detectOnly
}

// IsStopword reports whether w (lower case) is a function word of the
// language code, or of any language with a list when code is "" or a
// language without one. Before Detect named languages without a list it
// answered "" for them, and callers counting stopwords keep that meaning.
func IsStopword(code, w string) bool {
	codes := stopCodes(w)
	if len(codes) == 0 {
		return false // most words: no need to ask whether code has a list
	}
	for _, c := range codes {
		if c == code {
			return true // most stopwords of a page: spares the look-up below
		}
	}
	return code == "" || !HasStopwords(code)
}

// Stopwords is IsStopword for one language, its list's place looked up
// once: a parse asks about every word of a page.
type Stopwords struct {
	bits uint8 // the language's bit of stopSets; 0 when it has no list
}

// StopwordsOf returns IsStopword(code, ·) for the words of a page.
func StopwordsOf(code string) Stopwords {
	if k := slices.Index(listCodes, code); k >= 0 && code != detectOnly {
		return Stopwords{bits: 1 << k}
	}
	return Stopwords{}
}

// Is reports IsStopword(code, w) for the code s was made for.
func (s Stopwords) Is(w string) bool {
	set := stopSet(w)
	if s.bits == 0 {
		return set != 0
	}
	return set&s.bits != 0
}

// functionWords are the function words of languages without a list in
// stopwords, in their scripts: words that say nothing of what a headline is
// about. They are kept apart from stopwords, which also tell Latin-script
// languages apart in Detect and weigh paragraphs in the page-text parser.
var functionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, words := range []string{
		// Russian and Ukrainian
		`и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще нет о из ему
		теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где
		есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем
		ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше
		тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им
		более всегда конечно всю между также стал стала заявил заявила году года лет против около і та що це як але від або також який яка
		які вже щодо через після проти під над між без року`,
		// Arabic and Persian
		`في من على إلى الى عن مع أن إن ان هذا هذه ذلك تلك التي الذي الذين كان كانت يكون قال قالت وقال بعد قبل عند كما أو ثم لا ما لم لن
		قد كل بين حتى أيضا او وفي ومن وعلى منذ خلال حول ضد غير عبر نحو لدى هو هي هم نحن أنه انه إنه يوم أمس وقد فقد به له لها فيه فيها
		عليه عليها منه منها ولا ولم وما ولكن لكن إذا اذا بل إلا الا حيث عندما سوف مثل بعض جميع أحد فقط ذات بشأن
		در به از که را با این آن برای است بود شد می هم تا یک بر نیز ها های کرد کند گفت خود اما یا اند شده دارد`,
	} {
		for _, w := range strings.Fields(words) {
			m[w] = true
		}
	}
	return m
}()

// IsFunctionWord reports whether w (lower case) is a function word of any
// language this package has a list for, in any script.
func IsFunctionWord(w string) bool {
	return functionWords[w] || len(stopCodes(w)) > 0
}
