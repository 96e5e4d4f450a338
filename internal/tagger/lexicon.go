package tagger

import "strings"

// The word lists below are small on purpose: they name the few classes of
// capitalised words that are never subjects (calendar words, job titles,
// page furniture) and the few irregular spellings (demonyms, country
// aliases) that the general rules cannot work out. Keys are folded lower
// case, as keyWord makes them.

func set(words string) map[string]bool {
	f := strings.Fields(words)
	m := make(map[string]bool, len(f)) // sized once: these are made at every start
	for _, w := range f {
		m[w] = true
	}
	return m
}

// calendar words: days and months in the languages lang knows. "may" and
// "march" are included; "Theresa May" survives because it is a two-word name
// and only single calendar words are dropped or break a run.
var calendar = set(`
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
lunes martes miercoles jueves viernes sabado domingo
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
lundi mardi mercredi jeudi vendredi samedi dimanche
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
januar februar marz maerz juni juli oktober dezember
lunedi martedi mercoledi giovedi venerdi sabato domenica
gennaio febbraio aprile maggio giugno luglio agosto settembre ottobre dicembre
segunda terca quarta quinta sexta
janeiro fevereiro marco maio junho julho setembro outubro novembro dezembro
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
januari februari maart mei augustus
today yesterday tomorrow tonight
`)

// dayCombos are the words that turn a following day name into a name of its
// own ("Black Friday", "Super Tuesday").
var dayCombos = set(`black cyber good super ash holy maundy easter palm giving`)

// roleHeads are titles that stand before a person's name and are not part
// of it: "Secretary Kristi Noem" → "Kristi Noem".
var roleHeads = set(`
president president-elect vice-president presidente presidenta prasident prasidenten prasidentin
ministerprasident ministerprasidentin aussenminister aussenministerin regierungschef regierungschefin
parteichef parteichefin burgermeisterin
secretary secretary-general secretaria secretario minister ministro ministra ministre ministerin
premier chancellor kanzler kanzlerin bundeskanzler bundeskanzlerin bundesprasident canciller
governor gobernador gobernadora gov senator senador senadora sen rep representative
congressman congresswoman congressmember councilman councilwoman councillor councilor alderman
mayor alcalde alcaldesa maire burgermeister buergermeister sindaco prefeito
judge justice attorney prosecutor fiscal sheriff officer detective det
sergeant sgt lieutenant lt captain capt colonel col gen maj admiral adm commander cmdr
coach ceo cfo coo cto chairman chairwoman chairperson chair director directora ambassador embajador embajadora
commissioner comisionado advisor adviser asesor spokesman spokeswoman spokesperson portavoz
leader speaker dr mr mrs ms mx messrs miss prof professor rev reverend bishop archbishop
cardinal rabbi imam pastor dean treasurer comptroller inspector superintendent supt
founder co-founder cofounder chief envoy consul delegate emissary
diputado diputada senor senora sr sra don dona herr frau monsieur madame mme mlle signor signora dott
`)

// roleSuffixes end German compound titles: "Bundesinnenministerin",
// "Regierungssprecher".
var roleSuffixes = []string{"minister", "ministerin", "kanzler", "kanzlerin", "prasident", "prasidentin",
	"sprecher", "sprecherin", "chef", "chefin", "senator", "senatorin"}

// roleSuffixMin is the length of the shortest of roleSuffixes, and
// roleSuffixLast holds their last letters.
var roleSuffixMin, roleSuffixLast = func() (int, [256]bool) {
	n, last := len(roleSuffixes[0]), [256]bool{}
	for _, suf := range roleSuffixes {
		n = min(n, len(suf))
		last[suf[len(suf)-1]] = true
	}
	return n, last
}()

// compoundRole reports a German compound title: "Bundesinnenministerin".
func compoundRole(key string) bool {
	// Most words are too short for a compound title, or end in a letter
	// no title ends in.
	if len(key) <= roleSuffixMin+3 || !roleSuffixLast[key[len(key)-1]] {
		return false
	}
	for _, suf := range roleSuffixes {
		if len(key) > len(suf)+3 && strings.HasSuffix(key, suf) {
			return true
		}
	}
	return false
}

// royalHeads belong to the name when one word follows ("Prince Andrew",
// "Pope Francis"), and only count as titles at the start of a run, so that
// "Stephen King" and "Burger King" keep their King.
var royalHeads = set(`
prince princess king queen pope duke duchess emperor empress sheikh sheik sultan emir
lord lady dame sir saint ayatollah tsar czar crown
`)

// roleWords are the modifiers and portfolios that go with a title and are
// dropped with it: "Colombian Defense Minister", "Minister of Foreign
// Affairs", "Chief Executive Officer".
var roleWords = set(`
vice deputy acting interim former chief general prime assistant associate executive managing
senior junior major majority minority lead head supreme principal special first second
defense defence foreign affairs interior justice finance treasury health education energy
labor labour commerce agriculture transportation transport homeland security veterans housing
environment trade culture economy economic peace home office public works human rights
services development communications information tourism sports science technology immigration
internal external war navy army air force national press police fire operating financial
technical marketing product creative digital political legal medical intelligence women
equality social family budget planning industry mines mining water land lands natural
resources exterior relations cabinet staff state federal regional
`)

// connectors may stand inside a name between capitalised words
// ("Department of Homeland Security", "Pedro de la Fuente", "Vincent van
// Gogh"), never at its ends.
var connectors = set(`of for de del della delle di da do dos du van von & bin ibn al`)

// innerConnectors join a name only after another connector: "Pedro de la
// Fuente", "Ursula von der Leyen", "Bank of the West".
var innerConnectors = set(`the la le las los der den des ter ten`)

// particles may start a hyphenated name ("al-Assad", "el-Sisi").
var particles = set(`al el ad an as ash at az bin ibn abu ben de di da du van von la le d`)

// corporateSuffixes are dropped from the end of a name: "Apple Inc." → "Apple".
var corporateSuffixes = set(`inc corp co ltd llc plc gmbh ag sa nv bv spa srl`)

// abbreviations keep their full stop, which then does not end a sentence.
var abbreviations = set(`
mr mrs ms mx dr gov sen rep st jr sr gen lt col sgt capt adm cmdr maj prof rev inc corp co
ltd mt ft sra sta mme messrs hon pres supt det atty rt vs ave blvd dept univ
jan feb mar apr aug sept sep oct nov dec
ala ariz ark calif colo conn fla ill kan mass mich minn mont neb nev okla ore tenn wash wis wyo
`)

// openers are words that start English sentences capitalised without being
// names; stopwords and the lower-case test catch most others.
var openers = set(`
however meanwhile instead still yet also now then today yesterday tomorrow tonight last next
earlier later despite although though while because since according after before during
unlike like asked speaking following under among amid without within across along please
thanks sure yes no oh well so but and or if when where why how what who which this that these
those it its their our my your his her we they you he she here there many most some several
both each every all any few other others another such even just only perhaps maybe indeed
overall finally first second third further furthermore moreover additionally nevertheless
regardless otherwise similarly likewise currently recently previously eventually ultimately
initially officials experts researchers authorities critics supporters residents read click
watch see photo video image related advertisement sponsored update updated editor note
breaking exclusive watch listen follow share subscribe sign more less according whether
visit buy shop get download save order try check learn find discover explore join summary
contact welcome make meet email call tap go let keep take give tell send write text remember
consider imagine register enter use stay look thank congratulations hi hello
not never always often sometimes once twice again almost about around over through into onto
upon toward towards with by from at in on to for of as an a the until unless whereas
`)

// junk are single words that are never tags: page furniture, photo
// agencies, generic acronyms.
var junk = set(`
advertisement advertising ad ads related read more share shares subscribe subscription click
photo photos picture pictures video videos image images caption credit credits getty courtesy
source sources update updated editor editors note breaking exclusive watch listen follow
comments comment sign login newsletter newsletters copyright recommendation recommendations
recommended sponsored content contents home menu search contact privacy terms cookie cookies
email print file featured live opinion page story stories next previous back top view
illustration afp ap epa reuters efe dpa ansa shutterstock istock alamy wireimage
tv ceo cfo coo cto pm am ok faq pdf usb hd pr dj id vip hq eta rsvp lol omg asap fyi diy
gmt edt pst pdt cst cdt utc ii iii iv vi vii viii ix xi xii
i me we you he she it they mr mrs ms dr sir madam
internet web online app apps website summary introduction conclusion overview
department ministry university company group agency office court committee commission institute
county city state province center centre hospital school church club team police government
administration board bureau
ak al ar az ca co ct de fl ga hi ia id il in ks ky la ma md me mi mn mo ms mt ne nv
oh ok or pa ri tn tx ut va vt wa wi wv
gw mw kw kwh mwh gwh twh ghz mhz gb mb tb fps mph kmh km kg lbs hp mp dpi ppi rpm psi mah btu
q1 q2 q3 q4 h1 h2 fy
gps gsm lte usb hdmi led lcd oled ssd ram cpu gpu wifi nfc sim sms url pc suv atv rv
`)

// leadFunction are English function words dropped from the front of a
// name: "The White House", "In Bogota", "To LeBron James". Unlike the
// stopword lists they leave "New York" and "Great Britain" alone.
var leadFunction = set(`
the a an this that these those it its in on at to for of by with from as and or but if when
while after before since because during about into over than then there here he she they we
you i his her their our my your who whom whose which what where why how not no so also all
any some each every both either neither nor one two three four five six seven eight nine ten
is are was were be been has have had do does did would could should shall might
`)

// junkPhrases are multi-word names that are page furniture or credits.
var junkPhrases = set(`getty-images associated-press press-association agence-france-presse related-articles read-more
fox-news-flash all-rights-reserved terms-of-service privacy-policy click-here sign-up`)

// shortNames are names an article shortens once it has used the full
// form: "the Fed" after "the Federal Reserve".
var shortNames = map[string]string{"fed": "federal-reserve", "feds": "federal-reserve"}

// aliases maps the usual variants of a few very frequent places and bodies
// to one tag.
var aliases = func() map[string]string {
	m := map[string]string{}
	for canon, vs := range map[string]string{
		"United States":        "us usa united-states united-states-of-america america",
		"United Kingdom":       "uk united-kingdom britain great-britain",
		"European Union":       "eu european-union",
		"United Nations":       "un united-nations",
		"United Arab Emirates": "uae united-arab-emirates",
		// The AP abbreviations of US states that datelines use.
		"Alabama": "ala", "Arizona": "ariz", "Arkansas": "ark", "California": "calif",
		"Colorado": "colo", "Connecticut": "conn", "Florida": "fla", "Illinois": "ill",
		"Kansas": "kan", "Massachusetts": "mass", "Michigan": "mich", "Minnesota": "minn",
		"Montana": "mont", "Nebraska": "neb", "Nevada": "nev", "Oklahoma": "okla", "Oregon": "ore",
		"Tennessee": "tenn", "Washington": "wash", "Wisconsin": "wis", "Wyoming": "wyo",
		"New York": "ny", "New Jersey": "nj", "New Mexico": "nm", "New Hampshire": "nh",
		"North Carolina": "nc", "North Dakota": "nd", "South Carolina": "sc", "South Dakota": "sd",
	} {
		for _, v := range strings.Fields(vs) {
			m[v] = canon
		}
	}
	return m
}()

// demonyms maps adjectives of nationality (and their plurals, added
// below) to the place they belong to. Regular forms ("Colombian" from
// "Colombia") are also derived from the places an article names; this list
// exists for the irregular ones and so that an adjective whose place is not
// named is known to be an adjective and dropped.
var demonyms = func() map[string]string {
	m := map[string]string{}
	for _, pair := range strings.Split(`
american:United States|british:United Kingdom|briton:United Kingdom|english:England|scottish:Scotland|welsh:Wales|irish:Ireland
french:France|german:Germany|dutch:Netherlands|spanish:Spain|italian:Italy|portuguese:Portugal|swiss:Switzerland|austrian:Austria|belgian:Belgium
greek:Greece|turkish:Turkey|turk:Turkey|polish:Poland|czech:Czech Republic|slovak:Slovakia|hungarian:Hungary|romanian:Romania|bulgarian:Bulgaria
danish:Denmark|swedish:Sweden|swede:Sweden|norwegian:Norway|finnish:Finland|icelandic:Iceland
russian:Russia|ukrainian:Ukraine|belarusian:Belarus|georgian:Georgia|armenian:Armenia|azerbaijani:Azerbaijan|kazakh:Kazakhstan|uzbek:Uzbekistan
serbian:Serbia|serb:Serbia|croatian:Croatia|croat:Croatia|bosnian:Bosnia|slovenian:Slovenia|albanian:Albania|macedonian:North Macedonia
estonian:Estonia|latvian:Latvia|lithuanian:Lithuania|european:Europe|african:Africa|asian:Asia|latin-american:Latin America
chinese:China|japanese:Japan|korean:Korea|south-korean:South Korea|north-korean:North Korea|taiwanese:Taiwan|vietnamese:Vietnam|thai:Thailand
filipino:Philippines|filipina:Philippines|indonesian:Indonesia|malaysian:Malaysia|singaporean:Singapore|burmese:Myanmar|cambodian:Cambodia
indian:India|pakistani:Pakistan|bangladeshi:Bangladesh|nepali:Nepal|nepalese:Nepal|sri-lankan:Sri Lanka|afghan:Afghanistan|iranian:Iran|iraqi:Iraq
syrian:Syria|lebanese:Lebanon|jordanian:Jordan|israeli:Israel|palestinian:Palestine|saudi:Saudi Arabia|emirati:United Arab Emirates|qatari:Qatar
kuwaiti:Kuwait|yemeni:Yemen|omani:Oman|egyptian:Egypt|libyan:Libya|tunisian:Tunisia|algerian:Algeria|moroccan:Morocco|sudanese:Sudan
ethiopian:Ethiopia|somali:Somalia|kenyan:Kenya|nigerian:Nigeria|ghanaian:Ghana|south-african:South Africa|congolese:Congo|rwandan:Rwanda|ugandan:Uganda
canadian:Canada|mexican:Mexico|cuban:Cuba|haitian:Haiti|dominican:Dominican Republic|puerto-rican:Puerto Rico|guatemalan:Guatemala|honduran:Honduras
salvadoran:El Salvador|nicaraguan:Nicaragua|costa-rican:Costa Rica|panamanian:Panama|colombian:Colombia|venezuelan:Venezuela|ecuadorian:Ecuador
peruvian:Peru|bolivian:Bolivia|chilean:Chile|argentine:Argentina|argentinian:Argentina|brazilian:Brazil|uruguayan:Uruguay|paraguayan:Paraguay
australian:Australia|new-zealander:New Zealand|texan:Texas|californian:California|floridian:Florida|new-yorker:New York
parisian:Paris|londoner:London|muscovite:Moscow|berliner:Berlin|roman:Rome|venetian:Venice
colombiano:Colombia|colombiana:Colombia|estadounidense:Estados Unidos|mexicano:Mexico|mexicana:Mexico|espanol:Espana|espanola:Espana
venezolano:Venezuela|venezolana:Venezuela|argentino:Argentina|argentina:Argentina|chileno:Chile|chilena:Chile|peruano:Peru|peruana:Peru
francais:France|francaise:France|allemand:Allemagne|allemande:Allemagne|americain:Etats-Unis|americaine:Etats-Unis|deutsche:Deutschland|deutscher:Deutschland
`, "|") {
		adj, place, ok := strings.Cut(strings.TrimSpace(pair), ":")
		if !ok {
			continue
		}
		m[adj] = place
		if !strings.HasSuffix(adj, "s") {
			m[adj+"s"] = place
		}
	}
	return m
}()

// orgWords mark a name as an organisation or place rather than a person,
// so a bare surname is never merged into it.
var orgWords = set(`
department ministry ministerio ministere ministerium university universidad universite universitat college school
bank council party company group association agency office court committee commission institute
house senate congress parliament assembly army force forces navy airport street avenue road park river
lake mountain mountains county city state states province republic kingdom union nations news times
post journal press network league cup games festival center centre hospital school church club team
foundation fund project program programme service services security affairs review magazine
brothers sisters corporation inc corp ltd airlines airways motors media studios records
island islands bay beach valley north south east west central international national federal
police government administration authority board bureau museum library gallery theater theatre
hotel square station bridge tower hall stadium arena zone region district
pro max plus mini ultra premium edition series version beta app
`)

// possessiveBrands are names written with a possessive "'s".
var possessiveBrands = set(`
mcdonald lowe macy kohl wendy denny applebee sotheby christie dillard domino hardee kellogg
moody sainsbury levi harrod claire chili friendly carl arby culver zaxby trader-joe
`)

// genericTopics are frequent lower-case words that never make a topic tag.
var genericTopics = set(`
said says say told tell according also year years time times week weeks month months day days
today people percent news report reports reported new first last many much more make made just
like well good best great including include includes would could should going thing things way
part number lot really announces announced announcement announce officials official statement
statements meeting meetings issues issue country countries state states city world place home
work life group company companies million billion thousand hundred story video photo image
source sources according comment comments question questions answer case cases point points
need needs want wants know knows think thinks help helps use uses used using show shows look
looks come comes came take takes took give gives gave find finds found keep keeps kept held
hold holds call calls called left right high low long short large small big little major
minor early late recent latest next other others different same several various certain
government president minister secretary spokesman spokeswoman director chief leader members
member man woman men women person someone something anything everything nothing area areas
end start side top level levels kind sort type types lot lots result results reason reasons
change changes effect effects problem problems fact facts idea ideas information data
percent per cent dollar dollars euro euros
wife husband son daughter mother father child children kid kids family friend friends
game games season team player players manager coach interview launch native value stock stocks
focus online service services deal deals device devices power program programs sale sales price
prices cost costs market business plan move step risk rate money pay legal illegal
public private social political national local global federal real full free open close
best better worst worse easy hard likely possible important available able true false
future past present history story stories event events series night morning evening
spokesperson statement comments release releases post posts tweet tweets account accounts
website site page pages list lists thing stuff way ways tip tips guide reason lot
overcome retire taste share shares support help top last latest
one two three four five six seven eight nine ten dozen dozens hundreds thousands millions
`)

// genericNouns are common nouns too general to be a topic on their own
// ("method", "tools", "engine"), though they may end one ("information
// bottleneck method", "developer tools").
var genericNouns = set(`
method methods model models tool tools port ports command commands message messages engine engines
workflow workflows challenge challenges module modules part parts problem approach approaches
system systems process processes feature features option options test tests code codes app user users
step steps guide review reviews design designs project projects idea work works set version versions
research human humans garden gardens bloom blooms boot parser parsers solution solutions platform
platforms product products article articles post blog example examples answer type field fields file
files value number numbers line lines text word words name names team experience experiences
order raise girl boy role fight wrote write writing read reading room rooms job jobs task tasks
technology technologies tech software hardware computer computers machine machines network internet
web digital media content knowledge skill skills quality performance speed size cost benefit benefits
practice practices strategy strategies trend trends term terms goal goals factor factors element
elements structure level context detail details moment moments hour hours minute minutes season
`)

// genericStart are words that never start a topic of several words: they
// describe or count what follows ("new rules", "first time").
var genericStart = set(`
new first last many much more most make made just like well good best great said says including
other others different same several various certain real full free open close better worst worse easy
hard likely possible important available able true false major minor early late recent latest next big
small large little high low long short top key main whole entire own such every each also really very
one two three four five six seven eight nine ten today year years day days week weeks time times
`)

// germanNounSuffixes mark German common nouns, which are capitalised like
// names.
var germanNounSuffixes = []string{
	"ung", "heit", "keit", "schaft", "tion", "sion", "tat", "ismus", "nis", "chen", "lein",
	"ment", "tum",
}

// germanDeterminers, before a capitalised German word, show it is a common
// noun.
var germanDeterminers = set(`
der die das den dem des im am zum zur vom beim ins ans
ein eine einen einem einer eines kein keine keinen keinem keiner keines
sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere unseren unserem
dies diese dieser dieses diesen diesem jede jeder jedes jeden jedem alle allen viele vielen
mehrere einige einigen beiden beide manche welche solche
`)

// germanPronouns are the forms of the formal "you", the one German function
// word written capitalised inside sentences.
var germanPronouns = set(`sie ihnen ihr ihre ihrem ihren ihrer ihres`)

// germanArticleNames take a definite article in German and are still
// names.
var germanArticleNames = set(`
ukraine schweiz turkei tuerkei usa eu nato uno slowakei mongolei krim niederlande
irak iran libanon sudan jemen kongo vereinigten staaten
`)

// lex says which of the lists above hold a word. Every token looks its
// key and lower case up once, in lexicon, when it is made; the rules then
// test bits instead of looking the word up in list after list, which
// took a large share of the tagger's time.
type lex uint32

// Lists of keys (folded, without full stops).
const (
	lxCalendar lex = 1 << iota
	lxDayCombo
	lxNameMonth
	lxRoleHead // roleHeads and the German compound titles (compoundRole)
	lxRoyal
	lxRoleWord
	lxParticle
	lxCorporate
	lxOpener
	lxJunk
	lxOrg
	lxCountryPrefix
	lxAlias   // a key of aliases
	lxDemonym // a key of demonyms
	lxGeneric // genericTopics

	// Lists of lower-case words (accents kept).
	lxConnector
	lxInner // innerConnectors
	lxLeadFunction
	lxTitleLower
	lxGermanDet
	lxAnd // andWords

	keyLists = lxConnector - 1
	lowLists = ^keyLists
)

// eachLex calls add with every word of the lists and the bit of each list
// that holds it.
func eachLex(add func(w string, x lex)) {
	for _, l := range []struct {
		set map[string]bool
		bit lex
	}{
		{calendar, lxCalendar}, {dayCombos, lxDayCombo}, {nameMonths, lxNameMonth},
		{roleHeads, lxRoleHead}, {royalHeads, lxRoyal}, {roleWords, lxRoleWord},
		{particles, lxParticle}, {corporateSuffixes, lxCorporate}, {openers, lxOpener},
		{junk, lxJunk}, {orgWords, lxOrg}, {countryPrefix, lxCountryPrefix},
		{genericTopics, lxGeneric}, {connectors, lxConnector}, {innerConnectors, lxInner},
		{leadFunction, lxLeadFunction}, {titleLower, lxTitleLower}, {germanDeterminers, lxGermanDet},
		{andWords, lxAnd},
	} {
		for w := range l.set {
			add(w, l.bit)
		}
	}
	for w, v := range aliases {
		if v != "" {
			add(w, lxAlias)
		}
	}
	for w, v := range demonyms {
		if v != "" {
			add(w, lxDemonym)
		}
	}
}

// lexOf is what the lists say of a word with this key and lower case.
// The stopwords of lang are not among them: most words never need the
// test (see classify and topicWord), so isStop is asked when needed.
func lexOf(key, low string) lex {
	kx := lexTable.get(key)
	lx := kx
	if low != key {
		lx = lexTable.get(low)
	}
	x := kx&keyLists | lx&lowLists
	if !x.has(lxRoleHead) && compoundRole(key) {
		x |= lxRoleHead
	}
	return x
}

func (x lex) has(b lex) bool { return x&b != 0 }

// lexTable is lexicon as an open-addressing hash table. Every token
// looks its words up in it, and for this fixed set of short words a
// simple table with a simple hash (hashWord) is about twice as fast as a
// map. The table probes 32-bit tags, 16 KB of them, and reads a word only
// when its tag matches.
var lexTable = func() lexHash {
	words := 0
	eachLex(func(string, lex) { words++ }) // a word in two lists counts twice
	n := 1
	for n < 2*words {
		n *= 2
	}
	h := lexHash{tags: make([]uint32, n), words: make([]string, n), lx: make([]lex, n), mask: uint32(n - 1)}
	eachLex(h.add) // straight from the lists: no map of them made at every start
	return h
}()

type lexHash struct {
	tags  []uint32 // hashWord of the word in the slot, with the low bit set; 0 for none
	words []string
	lx    []lex
	mask  uint32
}

// add puts w in the table with the list bits x, or adds x to its bits.
func (h lexHash) add(w string, x lex) {
	tag := hashWord(w) | 1
	i := tag & h.mask
	for ; h.tags[i] != 0; i = (i + 1) & h.mask {
		if h.tags[i] == tag && h.words[i] == w {
			h.lx[i] |= x
			return
		}
	}
	h.tags[i], h.words[i], h.lx[i] = tag, w, x
}

// get is the list bits of w.
func (h lexHash) get(w string) lex {
	tag := hashWord(w) | 1
	for i := tag & h.mask; ; i = (i + 1) & h.mask {
		switch h.tags[i] {
		case 0:
			return 0
		case tag:
			if h.words[i] == w {
				return h.lx[i]
			}
		}
	}
}
