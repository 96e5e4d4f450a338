// Package tagger chooses an article's tags from its own text: the people,
// places, organisations, works and topics the article is about. It uses no
// network and no model loaded at run time, only capitalisation, position
// and counts, weighed in English by a small table of learnt weights, and
// it is deterministic: the same article always gets the same tags in
// the same order, most important first. It takes time linear in the text.
//
// # Names
//
// The title, the dek, the image caption and alt text (not the credit) and
// the body (its Markdown escapes removed) are read line by line. Lines in
// ordinary sentence case are the evidence; lines in Title Case ("Noem
// Signs Data Deal With Colombia": three capitalised words and no lower-case
// word but function words) or in capitals ("RECOMMENDATION") carry no case
// information and only confirm names found elsewhere (see below).
//
// In sentence-case lines a candidate name is a run of capitalised words and
// short acronyms, which may hold the connectors of names ("Department of
// Homeland Security", "Pedro de la Fuente", "Ursula von der Leyen") but no
// punctuation; a quoted run of capitalised words is one name ("Dancing with
// the Stars"). Each run is then cleaned:
//
//   - function words go from its front ("The Colombian government" →
//     "Colombian"), and so do sentence openers ("However", "Summary") and,
//     at the start of a sentence, any word the text also writes in lower
//     case and never capitalises inside a sentence;
//   - days and months are never names, nor part of one, except in "Black
//     Friday" and names such as "Theresa May";
//   - titles and the roles that go with them are cut off: "Homeland Security
//     Secretary Kristi Noem" → "Kristi Noem", "Minister of Foreign Affairs
//     Laura Sarabia" → "Laura Sarabia", "Mr. Petro" → "Petro",
//     "Bundesinnenministerin Nancy Faeser" → "Nancy Faeser"; what stands
//     before the title is a name of its own ("Google CEO Sundar Pichai");
//     royal titles stay before a single name ("Prince Andrew");
//   - runs that join two names are split: "Kristi Noem of South Dakota",
//     "ambassador to Ukraine Marie Yovanovitch", "U.S. Federal Reserve",
//     and a possessive ends a name ("Noem's Colombia trip"); "Bank of
//     America" stays whole;
//   - datelines ("BERLIN (AP) —"), shouted words, long runs of capitals
//     and page furniture ("Advertisement", "Getty Images", "TV") are never
//     names, nor is a word in capitals that the text also writes in lower
//     case ("DEAR").
//
// A single capitalised word that only ever starts sentences ("Found a
// mistake?") counts only if the same name is also found inside a sentence
// or in the headline. In German, which capitalises every noun, a single
// word must be named twice, must not end like a noun ("-ung", "-heit") and
// must not mostly follow an article or adjective (a few countries such as
// "die Ukraine" excepted).
//
// Mentions are then pooled under one key per name (lower case, accents
// folded, so "Bogotá" and "Bogota" meet):
//
//   - a surname ("Noem", "President Petro") or, when only one person has it,
//     a first name ("LeBron") counts for the full name seen elsewhere;
//   - the usual spellings of a few countries and bodies meet ("U.S.", "US",
//     "America" → "United States"; "Mich." → "Michigan"), an acronym
//     counts for the one name with those initials ("ESA" → "European Space
//     Agency"), "the Fed" for "the Federal Reserve";
//   - an adjective of nationality ("Colombian", "Colombians") counts half a
//     mention for its country when the country is named, and is never a
//     tag on its own;
//   - the authors and the outlet are dropped.
//
// Title Case and capitals lines are then matched against the names found,
// longest first, so a headline "Noem Signs Deal With Colombia's Petro"
// counts for "Kristi Noem", "Colombia" and "Gustavo Petro".
//
// # English: candidates and a learned scorer
//
// In English text of 100 words or more the tags are chosen by a scorer
// (subjects.go, scorer.go). The candidates are the names found as below,
// and the phrases of the title and dek, in any case ("Quick Repairs Are the
// Best!" gives "quick repairs"); each is counted in the body and weighed by
// a logistic regression over some thirty features: where it stands in the
// title, how often, how early and how widely the body mentions it, how it
// is written there (capitalised inside sentences, in lower case, at the
// start of sentences, in headings), how much of it lies inside a longer
// candidate, its length, how common its words are on other pages, and
// whether the rules below would have chosen it. The weights were fitted on
// labelled pages of the shared dev set (TestTrainScorer, `make
// train-tagger`) and are a generated table; nothing is learnt at run time.
// The lower-case phrases the body stresses most (count times rarity,
// bodytopics.go) are candidates too, with weights of their own: a page
// may be about a topic its headline does not name ("soil erosion" under
// "What the hills are losing"). At most six candidates with a probability
// of 0.7 or more (0.6 for a body phrase) become tags, at most two of them
// topics in lower case; a person's surname carries the full name, and a
// candidate inside, over or overlapping one already chosen is left out.
//
// In other languages, and in shorter texts, the rules of the sections
// Scores, Topics and Long texts choose.
//
// # Other languages in Latin and Cyrillic letters
//
// The article's language (article.Language, from lang.Detect; the share of
// function words when it is empty) decides which function words are
// dropped from the edges of names. Spanish, French, German, Italian,
// Portuguese and Dutch have stopword lists (lang.IsStopword); other
// languages (Russian, Ukrainian, Polish, Finnish, …) use the function
// words lang knows in any script (lang.IsFunctionWord: "За Лукашенко" →
// "Лукашенко"), and since they inflect names, the case forms of a name
// are pooled under the one mentioned most: "Polska", "Polsce", "Polski";
// "Лукаша Подольски" with "Лукаш Подольски", and "Тихановскую" with
// "Светлана Тихановская". Russian names are written in the nominative
// when the text has it ("Казань", not "Казани"; "Поволжье", not
// "Поволжья"), or when two oblique forms tell it ("Самаре" and "Самары"
// → "Самара"; "Рустама Гарипова" beside "Гарипов" → "Рустам Гарипов"),
// or when the one oblique form's stem has a declension's sign ("Москве"
// → "Москва", "Новосибирске" → "Новосибирск"); otherwise a single
// oblique form ("Аляске") stays as written. Russian, Finnish,
// Hungarian and Turkish words are stemmed by Snowball to tell sentence
// openers and titles from names (inflect.go). In German the formal "you" (Sie, Ihnen,
// Ihrem, …), the one function word capitalised inside sentences, is
// never a name nor the start of one. Outside English a lone lower-case word is no
// topic (mostly an inflected common word: "votos", "сборной"), and a
// language without a stopword list gets no topics at all.
//
// # Scores
//
// Every mention adds its line's weight: 4 in the title, 2 in the dek, 1 in
// a caption, and in the body 1 plus a bonus that shrinks with each
// paragraph (1.5 for the first, 1.33 for the second, …). A name becomes a
// tag when it is mentioned twice or appears in the title or dek, and its
// score is at least 15% of the best one; at most ten tags are kept, and a
// name contained in a better one ("Davis Cup" in "Davis Cup Finals") is
// left out. A short text (under 250 words) with fewer than three tags is
// filled up to three with names of several words mentioned once inside a
// sentence (a heading such as "Example Sentences" is layout); nothing else
// is ever added, so a very short text gets fewer tags or none.
//
// # Topics
//
// Up to two topic tags come from lower-case words and sequences of two or
// three words that are not function words ("biometric data", "cannabis
// use disorder", "migration"). A sequence must be in the title or dek,
// twice in the body, and be how at least one of its words is mostly used
// ("water vapor" rather than "water"); a single word must be in the title
// or dek and three times in the body, and must not be one of the generic
// words every article uses ("said", "people", "government") or look like
// an adjective or verb form ("-ly", "-ing", "-ous"). Longer sequences are
// preferred to the words in them. Topics score 70% of a name with the same
// mentions, so names usually come first. German text gets no topics.
//
// # Long texts
//
// Features, reviews and round-ups name many things once or twice. In a text
// of more than 250 words a name in the title or dek must come back in the
// body, any other name must be mentioned three times in three paragraphs,
// two of them sentences rather than headings or list lines, and score at
// least 30% of the best tag; a single-word topic must be in three
// paragraphs too, and generic nouns ("method", "tools", "engine") are no
// topics on their own. A hyphenated name with a number stays whole
// ("GPT-5", "AVX-512"), and a hyphenated compound is split only between
// two names that stand alone elsewhere ("US-Colombia", not "Mini-SGLang").
//
// # Scripts without capitals
//
// Chinese, Japanese, Korean, Arabic, Persian, Hindi and Thai give names no
// capitals, so the script of most letters of the title and the start of
// the body decides (not article.Language, which may be empty or wrong), and
// the subjects are the strings of the title and dek that the body repeats.
// No dictionary is loaded: a segmenter's takes seconds and tens of
// megabytes on every parse of such a page, and a plain English page pays
// nothing but a scan of its first 4 KB for letters outside ASCII.
//
//   - Chinese: every string of two to six Han characters of the title that
//     neither starts nor ends with a function character (的, 了, 在, 是, 和,
//     年, …) and that the body has three times; a string inside a longer
//     one that is nearly as frequent is a fragment of it ("近平" of
//     "习近平") and is dropped.
//   - Japanese: the same for the kanji runs of the title (its particles are
//     written in kana, which ends a run); a run of katakana is a word or a
//     foreign name as a whole ("トヨタ"), split at "・".
//   - In both, a string of two or three Han characters is a tag only with
//     the mark of a name (hannames.go): a generic ending of places and
//     bodies ("青石镇", "青森県", "八戸港"), in Chinese a common surname
//     and two given characters ("李明华"), in Japanese an honorific or
//     title after it ("鈴木首相"), a place of a short list ("北京",
//     "東京"), or in Chinese a place the text puts in a dateline or before
//     "当地" (local) ("新华社益阳6月10日电", "益阳当地"); such names are
//     also taken from the body alone, since a
//     headline may name no one. "图书馆" (library) and "市場" (market) are
//     common words, never tags. A strong mark (a generic ending on three
//     characters or more, a Japanese honorific, a Chinese surname with a
//     role before it or a word of saying after it: "创始人陈立新",
//     "陈立新说") needs two mentions, or one in the first paragraph
//     ("横浜市は18日…"); a weaker one three, or two and the headline.
//   - A company introduced by its legal name and then called by part of it
//     is filed under that part ("北京星河智能科技有限公司" … "星河智能"),
//     and nothing found only inside the legal name is a tag ("北京星河").
//     A surname with an honorific ("高橋さん") counts for the one full
//     name the text gives it ("高橋美咲さん").
//   - No segmenter is used: github.com/go-ego/gse, the maintained Go one,
//     took 11 s and 134 MB of heap to load its Chinese dictionary on this
//     machine, its Japanese dictionary has no tag for proper nouns, and
//     it adds 38 MB of embedded dictionaries to the binary.
//   - Korean: words between spaces, with the particles after them removed
//     ("삼성전자가" → "삼성전자"); one word of the title that the body has
//     three times, or two or three consecutive words it has twice, the
//     sequence winning when it is how its words are mostly used.
//   - Arabic and Persian: the same with words between spaces, vowel marks
//     and tatweel dropped and the clitics before a word (و, ب, ل, ف, ك,
//     ال) set aside when counting; the tag is written as the body mostly
//     writes it ("المتحف المصري الكبير"); an adjective of nationality
//     alone ("السوداني", the Sudanese) is never a tag, nor is a single
//     word with the article ("المكتبة", the library) but for a short list
//     of places whose names carry it ("القاهرة"). A clitic glued to a
//     name comes off when the word left stands alone elsewhere in the
//     text ("بريف دمشق" → "ريف دمشق", beside "في ريف حلب"). People quoted three
//     times ("وقال مدير المكتبة سامر الحلبي" … "وأضاف الحلبي") are taken
//     from the body (arabic.go).
//   - Hindi (Devanagari): the same with words between spaces; its
//     postpositions (में, का, की, पर, …) are function words.
//   - Thai: words are not spaced but phrases are, and names mostly stand
//     between spaces: a phrase of the title of three to twenty characters
//     that the body repeats twice.
//
// Each script's function words are never a tag nor the edge of one, and
// such a text gets at most five tags: fewer rather than fragments.
//
// # Text without case
//
// A text with no sentence-case line at all (everything in capitals) falls
// back to the sequences of one to three words, free of function words, that
// it repeats, at most five of them, in Title Case.
//
// Every tag's slug is article.Slugify of its name, never empty, and no two
// tags share one.
package tagger

import (
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/lang"
)

const (
	maxTags       = 10
	minTags       = 3
	maxTopics     = 2
	maxNameWords  = 6
	titleWeight   = 4.0
	dekWeight     = 2.0
	captionWeight = 1.0
	demonymShare  = 0.5
	topicShare    = 0.7
	scoreFloor    = 0.15
	bodyFloor     = 0.3 // share of the best score a long text's body-only name needs
)

type field uint8

const (
	fTitle field = iota
	fDek
	fCaption
	fBody
)

type lineKind uint8

const (
	kCased lineKind = iota // sentence case: capitals mean something
	kTitle                 // Title Case
	kShout                 // ALL CAPS
)

type line struct {
	toks   []token // a window on tagger.toks, set once every field is read
	lo, hi int     // the window's bounds
	f      field
	w      float64
	kind   lineKind
	no     int  // 1 + the line's index in tagger.lines
	prose  bool // a sentence, not a heading, label or list of names
	link   bool // a body line that shows a web address (linkLine)
}

// cand is a candidate name with its pooled evidence.
type cand struct {
	key    string
	words  []string // key split at hyphens, for surname matching
	forms  spellings
	fixed  string // display name when an alias decides it
	score  float64
	n      int // mentions
	lines  int // lines with a mention: one paragraph's name, or the article's
	prose  int // mentions in sentences (line.prose)
	last   int // the last of them (line.no)
	strong int // mentions not at the start of a sentence
	det    int // German: mentions after a determiner or adjective
	poss   int // mentions with a possessive "'s"
	first  int // position of the first mention
	title  bool
	dek    bool
	acro   bool
	person bool
	dead   bool
	// pending: a place known only from its adjective, a tag only if a
	// Title Case line names it.
	pending bool
	nomRank int     // Russian: how unlike a nominative it is (nominativeRank)
	into    *cand   // merged into this one
	factor  float64 // share of a mention it passes on when merged

	formsBuf [2]spelling // room for the usual one or two spellings
}

// A tagger holds the state of one call of Tags. Taggers are pooled: the
// importer tags every article, from several goroutines, and the maps and
// slices below are the bulk of what a call would otherwise allocate.
// Nothing here may be shared between calls except through the pool, and
// nothing a call returns may point into it.
type tagger struct {
	code     string                       // stopword language, "" for any
	stemmer  func(*snowballstem.Env) bool // the language's stemmer (inflect.go), nil for none
	stemEnv  *snowballstem.Env
	german   bool
	lines    []line
	toks     []token               // the tokens of every line, in order
	seen     wordTable             // keys written in lower case or capitalised (seenLower, ...)
	capPairs map[[2]string]int     // adjacent capitalised words, counted
	andPairs []andPair             // capitalised words joined by "and" (noteAndPair), counted
	folded   map[string]foldedWord // low and key of non-ASCII words
	cands    map[string]*cand
	list     []*cand // in creation order
	pos      int
	paras    int
	cased    int // words in sentence-case lines

	topics   map[string]*topic
	topicSeq []*topic
	keyBuf   []byte // scratch space for topic keys
	formBuf  []byte
	inHead   wordTable // title and dek words, pairs and triples: 1 in the title, 2 in the dek

	// Scratch space reused line after line and call after call.
	byName  wordTable // emit: a name as written → 1 + its index in named
	named   []*cand   // ... its candidate, nil for none
	nameBuf []byte    // emit: the name being recorded
	expBuf  []token   // expand: the line's tokens
	partBuf []token   // expand: the parts of one hyphenated word
	strBuf  []string  // hyphen parts, keys of a line
	runBuf  []token   // extract: the run of capitalised words
	idx     map[string]redirect
	head    map[string]redirect
	candKey []byte        // emit: the key of the name being recorded
	used    wordTable     // pick: the words of the names picked
	slabs   [][]cand      // the candidates, in chunks (see newCand)
	slabN   int           // the chunk being filled
	words   []string      // the words of the candidates' keys
	snap    []*cand       // snapshot
	index   candIndex     // the merges' indexes
	solid   []pickItem    // pick
	weak    []pickItem    // pick
	groups  [4][]pickItem // pickTopics

	// The scorer's (subjects.go, scorer.go).
	units  []unit
	unitLo []int32
	subjs  []subj
	reg    wordTable       // subject keys and their prefixes
	bodyLo int             // the first body line
	mostN  int             // the most mentions of a candidate
	work   int             // the headline's whole run as a work's title (workTitle), -1 for none
	found  [][2]int32      // mentions: the subjects found at one place, and where they end
	inside [][2]int32      // a subject mentioned inside another's mention
	bad    map[string]bool // exclude: the keys of the authors and outlet
	// The keys of the names and topics pick chose.
	oldKeys  []string
	formBuf2 []byte
	edge     []bool    // headPhrases: which units may not end a phrase
	idfs     wordTable // idf, as math.Float32bits, of the words met
	order    []int32
	phraseN  wordTable    // bodyTopics: the body's lower-case phrases, counted
	phrases  []bodyPhrase // bodyTopics: the best of them
	phraseOK []bool       // bodyTopics: which units may be part of one
	series   wordTable    // buildUnits: a capitalised word → the numbers 1, 2, 3 written after it, as bits
	nouns    []string     // markNouns: the keys of names that are common nouns
}

// maxPooledTokens bounds the size of the taggers kept in the pool: a long
// article has some 2,000 words.
const maxPooledTokens = 1 << 15

var pool = sync.Pool{New: func() any {
	return &tagger{
		capPairs: map[[2]string]int{},
		folded:   map[string]foldedWord{},
		cands:    map[string]*cand{},
		topics:   map[string]*topic{},
		idx:      map[string]redirect{},
		head:     map[string]redirect{},
	}
}}

// reset empties t for the next call, keeping the memory of its maps and
// slices. The maps are cleared; the slices are only cut to length zero,
// as the next call overwrites what it uses: so a pooled tagger may keep
// the words of the last article it read reachable, which costs less
// than clearing some 60 KB of tokens after every call.
func (t *tagger) reset() {
	clear(t.list)
	clear(t.topicSeq)
	t.seen.reset()
	clear(t.capPairs)
	clear(t.folded)
	clear(t.cands)
	clear(t.topics)
	t.inHead.reset()
	t.used.reset()
	t.byName.reset()
	t.reg.reset()
	t.idfs.reset()
	t.phraseN.reset()
	t.series.reset()
	clear(t.subjs)
	clear(t.named)
	clear(t.idx)
	clear(t.head)
	for i := range t.slabs {
		t.slabs[i] = t.slabs[i][:0]
	}
	*t = tagger{
		lines: t.lines[:0], toks: t.toks[:0], list: t.list[:0], topicSeq: t.topicSeq[:0],
		seen: t.seen, used: t.used, capPairs: t.capPairs, andPairs: t.andPairs[:0],
		folded: t.folded, cands: t.cands, topics: t.topics, inHead: t.inHead,
		keyBuf: t.keyBuf[:0], formBuf: t.formBuf[:0],
		byName: t.byName, named: t.named[:0], nameBuf: t.nameBuf[:0], expBuf: t.expBuf[:0], partBuf: t.partBuf[:0],
		strBuf: t.strBuf[:0], runBuf: t.runBuf[:0], idx: t.idx, head: t.head,
		candKey: t.candKey[:0], slabs: t.slabs, words: t.words[:0], snap: t.snap[:0], index: t.index,
		solid: t.solid[:0], weak: t.weak[:0], groups: t.groups,
		units: t.units[:0], unitLo: t.unitLo[:0], subjs: t.subjs[:0], reg: t.reg, order: t.order[:0],
		found: t.found[:0], inside: t.inside[:0], oldKeys: t.oldKeys[:0], formBuf2: t.formBuf2[:0],
		edge: t.edge[:0], idfs: t.idfs, stemEnv: t.stemEnv, phraseN: t.phraseN, phrases: t.phrases[:0], phraseOK: t.phraseOK[:0],
		series: t.series, nouns: t.nouns[:0],
	}
}

// What t.seen records of a key.
const (
	seenLower  = 1 << iota // written in lower case
	seenMidCap             // capitalised inside a sentence
	soloOne                // (a unit of) the count of mentions as a name of one word
)

func (t *tagger) lowerSeen(key string) bool { return t.seen.get(key)&seenLower != 0 }
func (t *tagger) midCap(key string) bool    { return t.seen.get(key)&seenMidCap != 0 }
func (t *tagger) soloCap(key string) int    { return int(t.seen.get(key) / soloOne) }

// Tags returns the article's tags, most important first.
func Tags(a article.Article) []article.Tag {
	t := pool.Get().(*tagger)
	defer func() {
		// A tagger that read a book would keep a book's memory: only
		// one sized for articles goes back to the pool.
		if len(t.toks) <= maxPooledTokens {
			t.reset()
			pool.Put(t)
		}
	}()
	if sc := dominantScript(a); sc != scCased {
		return uncasedTags(a, sc)
	}
	t.read(a)
	if t.cased == 0 {
		return t.fallback(a)
	}
	t.resolve(a)
	old := t.pick()
	if t.code != "en" && t.code != "" || t.cased < minScoredWords {
		return old
	}
	t.rank(a)
	return t.scored()
}

// read reads every field of a and, when any line is in sentence case,
// extracts the candidate names and topics.
func (t *tagger) read(a article.Article) {
	body := unescape(dropLinkTargets(a.Body))
	t.setLanguage(a, body)
	t.addField(unescape(a.Title), fTitle, titleWeight)
	t.addField(unescape(a.Dek), fDek, dekWeight)
	if a.Image != nil {
		t.addField(unescape(a.Image.Caption), fCaption, captionWeight)
		t.addField(unescape(a.Image.Alt), fCaption, captionWeight)
	}
	t.addField(body, fBody, 1)
	// The token slice may have moved while it grew: the lines get their
	// windows on it only now.
	for i := range t.lines {
		ln := &t.lines[i]
		ln.toks = t.toks[ln.lo:ln.hi:ln.hi]
	}
	if t.cased > 0 {
		for i := range t.lines {
			if t.lines[i].kind == kCased {
				t.extract(&t.lines[i])
			}
		}
	}
}

func (t *tagger) setLanguage(a article.Article, body string) {
	// The parsers detect the language (lang.Detect) on the whole text and
	// leave it empty when the detector is unsure; an article built by hand
	// may not say it. The start of the text is then given to the same
	// detector: a text whose function words make up a fifth of it is
	// named from them at once, without the detector's trigram profiles.
	// A language without a stopword list keeps its code: "" means not
	// known at all, which may be English, and only English or "" text is
	// weighed by the scorer, whose features are English ones.
	code, _, _ := strings.Cut(strings.ToLower(a.Language), "-")
	if code == "" {
		code = lang.Detect(a.Title + "\n" + a.Dek + "\n" + prefix(body, 600))
	}
	t.code = code
	t.stemmer = stemFunc(code)
	t.german = code == "de"
}

// listless reports a language known by its code but without a stopword
// list (Russian, Polish, Finnish, …): its capitalised function words ("За")
// are known from lang's function words of every script, and its
// lower-case words are no topics, being inflected forms of common words
// ("сборной", "się").
func (t *tagger) listless() bool { return t.code != "" && !lang.HasStopwords(t.code) }

// stopwordCodes are the languages with a stopword list in lang, English
// first.
var stopwordCodes = [...]string{"en", "es", "fr", "de", "it", "pt", "nl"}

// prefix is the first n bytes of s or fewer, cut between runes.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func (t *tagger) isStop(low string) bool {
	if lang.IsStopword(t.code, low) || t.german && germanPronouns[low] {
		return true
	}
	if t.code == "en" {
		return false
	}
	return low == "the" || low == "a" || low == "an" || (t.code == "" || t.listless()) && lang.IsFunctionWord(low)
}

// leadStop reports a function word that may be dropped from the front of
// a name starting a sentence. English uses its own short list: the
// stopword list holds "new" and "great".
func (t *tagger) leadStop(low string) bool {
	if leadFunction[low] {
		return true
	}
	if t.code == "" || t.listless() {
		for _, code := range stopwordCodes[1:] {
			if lang.IsStopword(code, low) {
				return true
			}
		}
		// The function words of other scripts ("За", "В").
		return lang.IsFunctionWord(low) && !lang.IsStopword("en", low)
	}
	return t.code != "en" && lang.IsStopword(t.code, low)
}

// addField reads one field line by line: tokens, the line's kind, and the
// words seen in lower case and capitalised inside sentences.
func (t *tagger) addField(s string, f field, w float64) {
	low := lowerASCII(s)
	for len(s) > 0 {
		// One line, and the same bytes in lower case.
		n := strings.IndexByte(s, '\n')
		if n < 0 {
			n = len(s)
		}
		raw, rawLow := s[:n], low[:n]
		s, low = s[min(n+1, len(s)):], low[min(n+1, len(low)):]
		lo := len(t.toks)
		t.toks = t.tokenize(t.toks, raw, rawLow)
		toks := t.toks[lo:]
		if len(toks) == 0 {
			continue
		}
		lw := w
		if f == fBody {
			lw = 1 + 1/float64(2+t.paras)
			t.paras++
		}
		end := endsSentence(raw)
		// A link's label ends on its address, not on a full stop.
		ln := line{lo: lo, hi: len(t.toks), f: f, w: lw, kind: t.classify(toks), no: len(t.lines) + 1,
			prose: len(toks) >= 12 || end, link: f == fBody && !end && linkLine(raw)}
		if f == fTitle || f == fDek {
			t.noteHead(toks, f)
		}
		if ln.kind == kCased {
			t.cased += len(toks)
			// A command line writes a name as its program or package is
			// spelt ("npm install -g @example/cli"), not as the story
			// writes it: its lower-case words say nothing of the case.
			code := f == fBody && commandLine(raw)
			lead := false // the sentence so far holds only openers
			for i, tk := range toks {
				// "Summary Eating a breakfast": a word after an opener
				// still starts its sentence.
				tk.start = tk.start || lead && !tk.brk
				lead = tk.start && tk.shape == shCap && tk.lx.has(lxOpener|lxLeadFunction)
				if tk.lx.has(lxAnd) && i > 0 {
					t.noteAndPair(toks, i)
				}
				if tk.nameLike() && !tk.hyph {
					joinedPrev := i > 0 && !tk.brk && toks[i-1].nameLike()
					joinedNext := i+1 < len(toks) && !toks[i+1].brk && toks[i+1].nameLike()
					if joinedNext || i+1 < len(toks) && !toks[i+1].brk && modelNumber(&toks[i+1]) {
						t.capPairs[[2]string{tk.key, toks[i+1].key}]++
					}
					if !tk.start && !joinedPrev && !joinedNext {
						*t.seen.at(tk.key) += soloOne
					}
				}
				switch {
				case tk.shape == shLower && !tk.hyph && !code:
					*t.seen.at(tk.key) |= seenLower
					t.noteLowerStem(tk.low)
				case (tk.shape == shCap || tk.shape == shAcro) && !tk.start:
					*t.seen.at(tk.key) |= seenMidCap
					if tk.hyph {
						t.strBuf = hyphenParts(t.strBuf[:0], tk.text)
						for _, p := range t.strBuf {
							if s := shapeOf(p); s == shCap || s == shAcro {
								*t.seen.at(t.foldWord(p)) |= seenMidCap
							}
						}
					}
				}
			}
		}
		t.lines = append(t.lines, ln)
	}
}

// classify tells sentence case from Title Case and capitals. A line is
// in Title Case when it has at least three capitalised words and no
// lower-case word other than function words: "Noem Signs Data Deal With
// Colombia" is, "Secretary Kristi Noem met President Gustavo Petro" is not.
func (t *tagger) classify(toks []token) lineKind {
	upper, letters, caps, lower := 0, 0, 0, 0
	for i := range toks {
		tk := &toks[i]
		if tk.letters == math.MaxUint16 {
			l, u := countLetters(tk.text)
			letters, upper = letters+l, upper+u
		} else {
			letters, upper = letters+int(tk.letters), upper+int(tk.upper)
		}
		if tk.shape == shNum || tk.shape == shAmp || tk.lx.has(lxConnector|lxTitleLower) ||
			fewerRunes(tk.key, 3) || tk.apos {
			continue
		}
		// Title Case needs no lower-case word and three capitalised
		// ones, stopwords aside: a stopword test is spent only while
		// the answer is open, which in sentence case is a few words.
		if tk.shape == shLower {
			if lower == 0 && !t.isStop(tk.low) {
				lower++
			}
		} else if !t.german && lower == 0 && caps < 3 && !t.isStop(tk.low) {
			caps++
		}
	}
	switch {
	case letters >= 4 && upper*10 > letters*7:
		return kShout
	case !t.german && caps >= 3 && lower == 0:
		return kTitle
	}
	return kCased
}

// titleLower are short words Title Case leaves in lower case.
var titleLower = set(`via per amid vs the and but for nor yet off out`)

// hyphenParts appends to dst the parts of s between hyphens, as
// strings.FieldsFunc(s, isHyphen) returns them.
func hyphenParts(dst []string, s string) []string {
	start := -1
	for i, r := range s {
		switch {
		case isHyphen(r) && start >= 0:
			dst = append(dst, s[start:i])
			start = -1
		case !isHyphen(r) && start < 0:
			start = i
		}
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// expand splits hyphenated words around names: "US-Colombia" → "US",
// "Colombia"; "anti-Trump" → "Trump"; "Colombia-based" → "Colombia". A
// compound of names none of which stands alone ("Coca-Cola", "Jean-Pierre")
// stays whole, and "al-Assad" keeps its particle.
func (t *tagger) expand(toks []token) []token {
	hyph := false
	for _, tk := range toks {
		hyph = hyph || tk.hyph
	}
	if !hyph {
		return toks
	}
	out := t.expBuf[:0]
	defer func() { t.expBuf = out[:0] }()
	pending := false
	for _, tk := range toks {
		if pending {
			tk.brk = true
			pending = false
		}
		if !tk.hyph || tk.shape == shNum || numbered(tk.text) {
			// "GPT-5", "COVID-19", "AVX-512": a name with its number.
			if tk.hyph && tk.shape != shNum {
				tk.shape = shCap
				if upperStart(tk.text) {
					tk.shape = shAcro
				}
			}
			out = append(out, tk)
			continue
		}
		ps := t.partBuf[:0]
		t.strBuf = hyphenParts(t.strBuf[:0], tk.text)
		for _, p := range t.strBuf {
			if pt, ok := t.makeToken(p, ""); ok {
				ps = append(ps, pt)
			}
		}
		t.partBuf = ps
		if len(ps) >= 2 && ps[0].shape == shLower && ps[0].lx.has(lxParticle) && ps[1].nameLike() {
			tk.shape = shCap
			out = append(out, tk)
			continue
		}
		i := 0
		for i < len(ps) && !ps[i].nameLike() {
			i++
		}
		if i == len(ps) {
			out = append(out, tk)
			continue
		}
		j := i
		for j < len(ps) && ps[j].nameLike() {
			j++
		}
		span := ps[i:j]
		// Two names that stand alone elsewhere ("US-Colombia") are
		// split; "Mini-SGLang" and "Coca-Cola" stay whole.
		alone := 0
		for _, p := range span {
			if p.shape == shAcro || t.midCap(p.key) {
				alone++
			}
		}
		split := len(span) > 1 && alone >= 2
		lead := i > 0
		first := true
		emit := func(p token) {
			p.brk, p.start = true, false
			if first {
				p.brk = tk.brk || lead
				p.start = tk.start && !lead
				first = false
			}
			out = append(out, p)
		}
		if split {
			for _, p := range span {
				emit(p)
			}
		} else {
			var b strings.Builder
			for k, p := range span {
				if k > 0 {
					b.WriteByte('-')
				}
				b.WriteString(p.text)
			}
			p, _ := t.makeToken(b.String(), "")
			if p.shape != shAcro {
				p.shape = shCap
			}
			emit(p)
		}
		pending = j < len(ps)
	}
	return out
}

// endsSentence reports a line that ends like a sentence.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t\"'”’»)*_")
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '…', '。', '！', '？':
		return true
	}
	return false
}

// numbered reports a hyphenated name ending in a number: "GPT-5",
// "Llama-3", "AVX-512", "COVID-19", but not "2019-20".
func numbered(text string) bool {
	i := strings.LastIndexAny(text, "-‐‑")
	if i <= 0 || i == len(text)-1 {
		return false
	}
	for _, r := range text[i+1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsUpper(r)
}

// upperStart reports a word whose first two letters are capitals.
func upperStart(text string) bool {
	n := 0
	for _, r := range text {
		if !unicode.IsUpper(r) {
			return false
		}
		if n++; n == 2 {
			return true
		}
	}
	return false
}

// anyConnector reports a word that may stand inside a name somewhere.
func anyConnector(tk token) bool {
	return tk.shape == shAmp || tk.shape == shLower && tk.lx.has(lxConnector|lxInner)
}

// isConnector reports a word that may stand inside a name, after the
// words of run.
func isConnector(tk *token, run []token) bool {
	if tk.shape == shAmp {
		return true
	}
	if tk.shape != shLower {
		return false
	}
	if tk.lx.has(lxInner) {
		return len(run) > 0 && run[len(run)-1].lx.has(lxConnector)
	}
	return tk.lx.has(lxConnector)
}

// nameMonths are calendar words that are also surnames ("Theresa May").
var nameMonths = set(`may march april june august`)

// calendarBreak reports whether a day or month name ends the current run
// instead of joining it.
func calendarBreak(tk *token, run []token) bool {
	if !tk.lx.has(lxCalendar) {
		return false
	}
	if len(run) == 0 {
		return true
	}
	last := run[len(run)-1]
	if last.lx.has(lxDayCombo) {
		return false
	}
	return !(tk.lx.has(lxNameMonth) && last.shape == shCap && !last.lx.has(lxCalendar))
}

// extract finds the candidate names and topic words of a sentence-case
// line.
func (t *tagger) extract(ln *line) {
	toks := t.expand(ln.toks)
	if ln.f == fBody {
		toks = skipDateline(toks)
	}
	run := t.runBuf[:0]
	defer func() { t.runBuf = run[:0] }()
	runDet, runPlace := false, false
	flush := func() {
		if len(run) > 0 {
			if runPlace && len(run) >= 3 && len(run) <= 5 && personLike(run[1:]) {
				// "ambassador to Ukraine Marie Yovanovitch"
				t.processRun(run[:1], ln, false, true)
				run = run[1:]
			}
			t.processRun(run, ln, runDet, true)
		}
		run = run[:0]
	}
	var prev, prev2 *token
	skip := 0
	for i := range toks {
		tk := &toks[i] // (a token is 64 bytes: not copied for every test)
		t.pos++
		if tk.brk {
			flush()
		}
		if i < skip {
			continue
		}
		if tk.qOpen {
			if j := t.quotedTitle(toks, i); j > i {
				flush()
				t.emit(toks[i:j+1], ln, false, false)
				skip = j + 1
				prev, prev2 = nil, nil
				continue
			}
		}
		switch {
		case tk.nameLike() && !calendarBreak(tk, run) && !t.plainCaps(tk):
			if len(run) == 0 {
				runDet = t.german && i > 0 && !tk.brk && germanModifier(toks[:i])
				runPlace = !tk.brk && afterRolePreposition(toks[:i])
			}
			run = append(run, *tk)
			if tk.poss {
				flush() // "Noem's Colombia trip"
			}
		case len(run) > 0 && isConnector(tk, run) && i+1 < len(toks) && !toks[i+1].brk &&
			(toks[i+1].nameLike() || toks[i+1].lx.has(lxInner) && tk.lx.has(lxConnector)):
			run = append(run, *tk)
		case len(run) > 0 && !tk.brk && t.modelOf(tk, run):
			run = append(run, *tk)
		case len(run) > 0 && tk.lx.has(lxAnd) && t.andJoins(toks, i, run) > 0:
			// One name joined by "and" (andname.go): the "and" and an
			// inner "the" join the run.
			j := t.andJoins(toks, i, run)
			run = append(run, toks[i:j]...)
			skip = j
		default:
			if len(run) == 1 && languageBefore(&run[0], tk) {
				run = run[:0] // "Spanish lessons": the language
			}
			flush()
		}
		if !t.german && plainWord(tk) {
			t.topicWord(tk, prev, prev2, ln)
			prev2, prev = prev, tk
		} else {
			prev, prev2 = nil, nil
		}
	}
	flush()
}

// modelNumber reports a number that may end a product's name ("Coros
// Apex 4", "EarFun Free 2S", "RedCat 51"): a few digits, perhaps with
// letters, and no year ("Paris 2024" is a city in a year).
func modelNumber(tk *token) bool {
	if tk.shape != shNum || tk.hyph || len(tk.key) > 5 {
		return false
	}
	year := len(tk.key) == 4 && (tk.key[:2] == "19" || tk.key[:2] == "20")
	return !year
}

// modelOf reports a model number that belongs to the name in run: a
// maker's name and a model's ("Garmin Forerunner 970"), which the page
// writes together with the number more than once (a count or a step is
// written once each: "Tokyo 3 days", "Day 3", "Number 1"). After one word
// the number is more often a version of a subject the page is about as a
// whole ("USB 3", "Windows 11").
func (t *tagger) modelOf(tk *token, run []token) bool {
	return len(run) >= 2 && t.modelAfter(&run[len(run)-1], tk)
}

// modelAfter reports tk as a model number of the name word before it,
// written together with it at least twice.
func (t *tagger) modelAfter(prev, tk *token) bool {
	return modelNumber(tk) && prev.nameLike() && t.capPairs[[2]string{prev.key, tk.key}] >= 2
}

// quotedTitle returns the index of the last word of a quoted title
// starting at i ("Dancing with the Stars"), or -1: two to seven words
// without punctuation, the first and last capitalised, and every other
// word capitalised or a short function word.
func (t *tagger) quotedTitle(toks []token, i int) int {
	if toks[i].lx.has(lxOpener) {
		return -1 // "Welcome Jose", "Read More"
	}
	caps := 0
	for j := i; j < len(toks) && j < i+7; j++ {
		tk := toks[j]
		if j > i && tk.brk {
			return -1
		}
		switch {
		case tk.shape == shCap || tk.shape == shAcro || tk.shape == shNum && j > i:
			caps++
		case j > i && (tk.lx.has(lxLeadFunction|lxConnector) || t.isStop(tk.low)) && utf8.RuneCountInString(tk.low) <= 4:
		default:
			return -1
		}
		if tk.qEnd {
			if j == i || tk.shape != shCap && tk.shape != shAcro && tk.shape != shNum || caps < 2 {
				return -1
			}
			return j
		}
	}
	return -1
}

// skipDateline drops the capitals that open a paragraph before its first
// punctuation: "BERLIN (AP) —", "SIOUX FALLS, S.D. –", "DEAR ABBY:".
func skipDateline(toks []token) []token {
	j := 0
	for j < len(toks) && (toks[j].shape == shAcro || toks[j].shape == shShout || toks[j].shape == shInit) {
		j++
	}
	if j > 0 && j < len(toks) && toks[j].brk {
		toks[j].start = true
		return toks[j:]
	}
	return toks
}

// afterRolePreposition reports whether the words before a run end like
// "ambassador to" or "envoy to the": the run then starts with a place.
func afterRolePreposition(before []token) bool {
	n := len(before)
	if n >= 1 && before[n-1].low == "the" && !before[n-1].brk {
		n--
	}
	if n < 2 || before[n-1].brk || before[n-2].shape != shLower {
		return false
	}
	switch before[n-1].low {
	case "to", "of", "in", "for", "at", "from":
		return before[n-2].lx.has(lxRoleHead)
	}
	return false
}

// plainCaps reports an ordinary word in capitals ("CHEER ON"): it is
// written in lower case elsewhere, or is a function word.
func (t *tagger) plainCaps(tk *token) bool {
	return tk.shape == shAcro && !tk.lx.has(lxAlias) && (t.lowerSeen(tk.key) || t.isStop(tk.low))
}

// germanModifier reports whether the words before a capitalised German
// word end in a determiner ("die Regierung") or an inflected adjective
// after a determiner or preposition ("den französischen Präsidenten"):
// the word is then a common noun.
func germanModifier(before []token) bool {
	n := len(before)
	tk := before[n-1]
	if tk.shape != shLower {
		return false
	}
	if tk.lx.has(lxGermanDet) {
		return true
	}
	if utf8.RuneCountInString(tk.low) < 4 || lang.IsStopword("de", tk.low) || n < 2 || tk.brk {
		return false
	}
	if p := before[n-2]; p.shape != shLower || !p.lx.has(lxGermanDet) && !lang.IsStopword("de", p.low) {
		return false
	}
	for _, suf := range []string{"e", "en", "er", "es", "em"} {
		if strings.HasSuffix(tk.low, suf) {
			return true
		}
	}
	return false
}

func (t *tagger) roleKey(tk token) bool {
	return tk.lx.has(lxRoleHead | lxRoleWord | lxRoyal)
}

// processRun turns one run of capitalised words into mentions.
// Titles are cut only when roles is set, so a name left by a title is not
// searched for titles again.
func (t *tagger) processRun(run []token, ln *line, det, roles bool) {
	for len(run) > 0 && (anyConnector(run[0]) || run[0].low == "the") {
		run = run[1:]
	}
	for len(run) > 0 && anyConnector(run[len(run)-1]) {
		run = run[:len(run)-1]
	}
	if len(run) == 0 {
		return
	}
	// "Kristi Noem of South Dakota" is a person and a place.
	for c := 2; c < len(run)-1; c++ {
		if run[c].low != "of" && run[c].low != "de" {
			continue
		}
		plain := true
		for _, w := range run[:c] {
			if w.lx.has(lxOrg) || t.roleKey(w) || w.shape == shAcro || anyConnector(w) {
				plain = false
				break
			}
		}
		if plain {
			t.processRun(append([]token(nil), run[:c]...), ln, det, roles)
			t.processRun(append([]token(nil), run[c+1:]...), ln, false, roles)
			return
		}
	}
	// German writes only the formal "you" capitalised inside a sentence
	// among its function words: "können Sie Geld sparen", "Ihrem Auto".
	for t.german && len(run) > 0 && (t.isStop(run[0].low) || germanPronouns[run[0].low]) {
		run = run[1:]
	}
	if len(run) == 0 {
		return
	}
	start := run[0].start
	// Leading function words: "The Colombian government", "To LeBron".
	for len(run) > 0 && run[0].shape == shCap && (run[0].lx.has(lxLeadFunction) || start && t.leadStop(run[0].low)) {
		run = run[1:]
		start = false
	}
	if len(run) == 0 {
		return
	}
	// "U.S. Federal Reserve": the country and the body are two names.
	if len(run) >= 3 && run[0].shape == shAcro && run[0].lx.has(lxCountryPrefix) {
		t.emit(run[:1], ln, false, false)
		run = run[1:]
		start = false
	}
	// "Shares of Apple", "Residents of Paris" open a sentence.
	if start && len(run) >= 3 && run[1].low == "of" && run[0].shape == shCap && !run[0].lx.has(lxOrg) &&
		!t.roleKey(run[0]) && !t.midCap(run[0].key) {
		run = run[2:]
		start = false
	}
	// "envoy to Ukraine Kurt Volker": a one-word name seen on its own
	// inside sentences, joined to a person only here.
	if len(run) >= 3 && !start && t.soloCap(run[0].key) >= 2 && t.capPairs[[2]string{run[0].key, run[1].key}] <= 1 &&
		!t.roleKey(run[0]) && personLike(run[1:]) {
		t.emit(run[:1], ln, false, false)
		run = run[1:]
		start = false
	}
	if !roles {
		t.emit(run, ln, false, det)
		return
	}
	if prefix, name, ok := t.splitRole(run, ln); ok {
		t.processPrefix(prefix, ln, start)
		if len(name) > 0 {
			// "Sen. John Roe of Ohio": the name may hold a place.
			t.processRun(name, ln, false, false)
		}
		return
	}
	// German puts a noun before a name: "den französischen Präsidenten
	// Emmanuel Macron".
	if det && len(run) >= 3 && personLike(run[1:]) {
		run = run[1:]
	}
	// "Summary Studies show", "Major WeWork layoffs": openers go, and
	// the word after them still starts the sentence.
	role := false
	for start && len(run) > 0 && run[0].shape == shCap &&
		(t.opener(run[0]) || len(run) > 1 && run[0].lx.has(lxRoleWord) && !t.midCap(run[0].key) || t.obliqueOpener(run) || t.adverbOpener(run)) {
		role = role || t.ruRole(run[0].low)
		run = run[1:]
	}
	// "Мэр Казани Ильсур Метшин": after a Russian title, a word in an
	// oblique case is what the title is of, a name of its own.
	if role && len(run) >= 3 && ruEndingRank(run[0].low) == 2 {
		t.emit(run[:1], ln, false, det)
		run = run[1:]
	}
	if len(run) == 0 {
		return
	}
	weak := start && len(run) == 1 && run[0].shape == shCap
	t.emit(run, ln, weak, det)
}

// countryPrefix are the acronyms split from the front of a longer name.
var countryPrefix = set(`us usa uk`)

// opener reports a capitalised word at the start of a sentence that is no
// name: a known opener, or a word the text also writes in lower case and
// never capitalises inside a sentence.
func (t *tagger) opener(tk token) bool {
	return tk.lx.has(lxOpener) || t.ruRole(tk.low) ||
		(t.lowerSeen(tk.key) || t.lowerStemSeen(tk.low)) && !t.midCap(tk.key) && !tk.lx.has(lxParticle)
}

// splitRole cuts titles from a run: the words before the title (prefix)
// and the name after it.
func (t *tagger) splitRole(run []token, ln *line) (prefix, name []token, ok bool) {
	h := -1
	for i, tk := range run {
		if tk.lx.has(lxRoleHead) {
			h = i
			break
		}
		if tk.lx.has(lxRoyal) && allRoleWords(run[:i]) {
			h = i
			break
		}
	}
	if h < 0 || h > 0 && anyConnector(run[h-1]) {
		return nil, run, false // "Department of Justice" is a name.
	}
	e := h
	for e+1 < len(run) && t.roleKey(run[e+1]) {
		e++
	}
	if h > 0 && e+1 < len(run) && run[len(run)-1].lx.has(lxOrg) && !anyConnector(run[len(run)-1]) {
		// A title word inside an institution's name: "Cambridge Judge
		// Business School", named after a judge, is one name.
		return nil, run, false
	}
	rest := run[e+1:]
	if len(rest) > 0 && anyConnector(rest[0]) {
		// A portfolio: "Secretary of Homeland Security Kristi Noem",
		// "President of Colombia Gustavo Petro".
		for len(rest) > 0 && (anyConnector(rest[0]) || rest[0].low == "the" || rest[0].lx.has(lxRoleWord)) {
			rest = rest[1:]
		}
		var portfolio []token
		for len(rest) > 2 && t.midCap(rest[0].key) {
			portfolio = append(portfolio, rest[0])
			rest = rest[1:]
		}
		if len(portfolio) > 0 {
			t.emit(portfolio, ln, false, false)
		}
		if len(rest) > 3 {
			rest = rest[len(rest)-2:]
		}
	}
	if run[h].lx.has(lxRoyal) && e == h && len(rest) == 1 {
		rest = run[h : h+2]
	} else if run[h].lx.has(lxRoyal) && e == h && len(rest) > 2 && rest[1].lx.has(lxAnd) {
		rest = run[h:] // "Saint Vincent and the Grenadines" (andJoins)
	}
	return run[:h], rest, true
}

func allRoleWords(ts []token) bool {
	for _, tk := range ts {
		if !tk.lx.has(lxRoleWord) {
			return false
		}
	}
	return true
}

// processPrefix handles what stands before a title: "Google" in "Google
// CEO Sundar Pichai", "Colombian" in "Colombian Defense Minister". A
// single word counts only if the name is confirmed elsewhere.
func (t *tagger) processPrefix(p []token, ln *line, start bool) {
	for len(p) > 0 && (p[len(p)-1].lx.has(lxRoleWord) || anyConnector(p[len(p)-1])) {
		p = p[:len(p)-1]
	}
	for len(p) > 0 && (p[0].lx.has(lxLeadFunction) || start && t.leadStop(p[0].low) || anyConnector(p[0])) {
		p = p[1:]
		start = false
	}
	if len(p) == 0 {
		return
	}
	if start && p[0].shape == shCap && t.opener(p[0]) {
		p = p[1:]
	}
	t.emit(p, ln, len(p) == 1, false)
}

// emit records one mention of a cleaned name.
func (t *tagger) emit(words []token, ln *line, weak, det bool) {
	for len(words) > 0 {
		last := words[len(words)-1]
		if anyConnector(last) || last.shape == shInit || len(words) > 1 && last.lx.has(lxCorporate) {
			words = words[:len(words)-1]
			continue
		}
		break
	}
	for len(words) > 0 && anyConnector(words[0]) {
		words = words[1:]
	}
	if len(words) == 0 || len(words) > maxNameWords {
		return
	}
	if len(words) > 1 && shouted(words) {
		return // "SECOND RATE", "BEATEN UP"
	}
	if clockTime(words) {
		return // "11:59 PM EST"
	}
	for _, w := range words {
		if codeLike(w.text) {
			return // "getUser", "className": code, not a name
		}
	}
	if len(words) == 1 {
		w := words[0]
		if utf8.RuneCountInString(w.key) < 2 || w.lx.has(lxJunk|lxCalendar|lxRoleHead|lxRoyal) ||
			w.shape != shAcro && t.isStop(w.low) {
			return
		}
	}
	// The name as written, in scratch space: a name met before is found
	// without building its string or key again.
	t.nameBuf = t.nameBuf[:0]
	for i, w := range words {
		if i > 0 {
			t.nameBuf = append(t.nameBuf, ' ')
		}
		t.nameBuf = append(t.nameBuf, w.text...)
	}
	var c *cand
	if i := t.byName.getBytes(t.nameBuf); i > 0 {
		c = t.named[i-1]
		if c != nil {
			c.forms.addBytes(t.nameBuf)
		}
	} else {
		display := string(t.nameBuf)
		t.candKey = appendKeyOf(t.candKey[:0], display)
		if len(t.candKey) > 0 && !junkPhrases[string(t.candKey)] {
			c = t.cands[string(t.candKey)]
			if c == nil {
				c = t.newCand(string(t.candKey))
				c.acro = len(words) == 1 && words[0].shape == shAcro
				c.person = personLike(words)
			}
		}
		t.named = append(t.named, c)
		*t.byName.at(display) = uint32(len(t.named))
		if c != nil {
			c.forms.add(display)
		}
	}
	if c == nil {
		return
	}
	c.credit(ln, ln.w, !weak)
	if det {
		c.det++
	}
	if len(words) == 1 && words[0].poss {
		c.poss++
	}
}

// codeLike reports an identifier of program code in camel case: two or
// more lower-case letters, then a capital followed by a lower-case
// letter ("getUser", "className"). Brands written so have one lower-case
// letter before the capital ("iPhone", "eBay") or end in capitals
// ("macOS", "tinyML").
func codeLike(text string) bool {
	lower := 0
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case 'a' <= c && c <= 'z':
			lower++
		case 'A' <= c && c <= 'Z':
			return lower >= 2 && i+1 < len(text) && 'a' <= text[i+1] && text[i+1] <= 'z'
		default:
			return false
		}
	}
	return false
}

// shouted reports a run of capitals with a long word in it: emphasis, not
// an acronym.
func shouted(words []token) bool {
	long := false
	for _, w := range words {
		if w.shape != shAcro && w.shape != shShout && w.shape != shInit {
			return false
		}
		long = long || utf8.RuneCountInString(w.key) >= 4
	}
	return long
}

func (c *cand) credit(ln *line, w float64, strong bool) {
	f := ln.f
	c.score += w
	c.n++
	if ln.no != c.last {
		c.lines++
		c.last = ln.no
	}
	if ln.prose {
		c.prose++
	}
	if strong {
		c.strong++
	}
	switch f {
	case fTitle:
		c.title = true
	case fDek:
		c.dek = true
	}
}

// personLike: two to four capitalised words, none of which says
// organisation or place.
func personLike(words []token) bool {
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for i, w := range words {
		switch {
		case w.shape == shInit:
		case w.shape == shCap:
			if w.lx.has(lxOrg) || i == 0 && w.lx.has(lxDemonym) || capitalPair(w.text) {
				return false
			}
		case w.shape == shLower && w.lx.has(lxConnector|lxInner) && i > 0 && i < len(words)-1:
			// "Ludwig van Beethoven"; "of Modern Art" is no name.
		default:
			return false
		}
	}
	return true
}

// capitalPair reports two capitals in a row, an acronym's mark ("LLMs",
// "FLOPs"): no word of a person's name has them ("McNamara" has not).
func capitalPair(s string) bool {
	prev := false
	for _, r := range s {
		up := unicode.IsUpper(r)
		if up && prev {
			return true
		}
		prev = up
	}
	return false
}

// spellings counts the ways a name or topic is written, in first-seen
// order. There are rarely more than two, so a slice beats a map.
type spellings []spelling

type spelling struct {
	text string
	n    int
}

// addBytes is add for a spelling in scratch space; it allocates only for
// a spelling not seen before.
func (s *spellings) addBytes(text []byte) {
	for i := range *s {
		if (*s)[i].text == string(text) {
			(*s)[i].n++
			return
		}
	}
	*s = append(*s, spelling{string(text), 1})
}

func (s *spellings) add(text string) {
	for i := range *s {
		if (*s)[i].text == text {
			(*s)[i].n++
			return
		}
	}
	*s = append(*s, spelling{text, 1})
}

// most is the most frequent spelling, the first seen among equals.
func (s spellings) most() string {
	best, bestN := "", 0
	for _, sp := range s {
		if sp.n > bestN {
			best, bestN = sp.text, sp.n
		}
	}
	return best
}

// name is the tag's display name.
func (c *cand) name() string {
	if c.fixed != "" {
		return c.fixed
	}
	// The most frequent spelling; a long word in capitals ("BERLIN" in a
	// dateline) loses a tie, accents win one.
	best, bestN, bestX := "", -1, -1
	for _, sp := range c.forms {
		f := sp.text
		n, x := 2*sp.n, nonASCII(f)
		if shapeOf(f) == shShout || utf8.RuneCountInString(f) > 4 && isUpper(f) {
			n--
		}
		if n > bestN || n == bestN && x > bestX {
			best, bestN, bestX = f, n, x
		}
	}
	// "Lowe's", "McDonald's": a one-word name always written possessive.
	total := 0
	for _, sp := range c.forms {
		total += sp.n
	}
	if c.poss >= 2 && c.poss == total && possessiveBrands[c.key] {
		best += "'s"
	}
	return best
}

// isUpper reports strings.ToUpper(s) == s.
func isUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			return strings.ToUpper(s) == s
		} else if 'a' <= c && c <= 'z' {
			return false
		}
	}
	return true
}

func nonASCII(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			n++
		}
	}
	return n
}

// live follows merges to the candidate that now holds c's mentions.
func (c *cand) live() (*cand, float64) {
	f := 1.0
	for c != nil && c.into != nil {
		f *= c.factor
		c = c.into
	}
	if c == nil || c.dead {
		return nil, 0
	}
	return c, f
}

// merge moves src's mentions into dst, each worth factor of a mention.
func merge(src, dst *cand, factor float64) {
	if src == dst {
		return
	}
	dst.score += src.score * factor
	dst.n += src.n
	dst.lines += src.lines
	dst.prose += src.prose
	dst.strong += src.strong
	dst.det += src.det
	dst.title = dst.title || src.title
	dst.dek = dst.dek || src.dek
	if src.first < dst.first {
		dst.first = src.first
	}
	src.into, src.factor = dst, factor
}

func (t *tagger) get(key, display string) *cand {
	if c, ok := t.cands[key]; ok {
		c, _ = c.live()
		return c
	}
	c := t.newCand(key)
	c.fixed = display
	return c
}

// newCand adds a candidate for key, first mentioned now. Candidates are
// allocated in chunks that the pool keeps: the chunks never move, so the
// pointers stay good.
func (t *tagger) newCand(key string) *cand {
	for t.slabN < len(t.slabs) && len(t.slabs[t.slabN]) == cap(t.slabs[t.slabN]) {
		t.slabN++
	}
	if t.slabN == len(t.slabs) {
		t.slabs = append(t.slabs, make([]cand, 0, 64))
	}
	s := &t.slabs[t.slabN]
	*s = append(*s, cand{key: key, first: t.pos})
	c := &(*s)[len(*s)-1]
	// The words of the key, "-" apart, as strings.Split gives them.
	lo := len(t.words)
	for k := key; ; {
		i := strings.IndexByte(k, '-')
		if i < 0 {
			t.words = append(t.words, k)
			break
		}
		t.words = append(t.words, k[:i])
		k = k[i+1:]
	}
	c.words = t.words[lo:len(t.words):len(t.words)]
	c.forms = c.formsBuf[:0]
	t.cands[key] = c
	t.list = append(t.list, c)
	return c
}
