package pagetext

import (
	"errors"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/lang"
)

// WarnWeakByline is the warning of a byline read with low confidence: no
// "By" or author label introduced the names near the headline. It is
// marked unsure, so that `morgue import -v` lists the file to be checked.
var WarnWeakByline = article.Unsure("byline chosen with low confidence")

// ErrNoTitle means nothing in the text looks like a headline.
var ErrNoTitle = errors.New("no recognisable title")

// reRelDate matches datelines that only say how long ago: they mark a
// header but give no date.
var reRelDate = lazyRegexp(`(?i)^(?:(?:published|updated|posted|last updated)\s*:?\s*)?(?:(?:about|over|just)\s+)?(?:\d+|an?|one)\s+(?:sec|second|min|minute|hr|hour|day|week|month|year)s?\s+ago\b|^(?:(?:published|updated|posted)\s*:?\s*)?(?:today|yesterday|just now)\b`)

// relDateWords guard reRelDate: each of its matches spells one, and opens
// the line with a digit or one of relDateStarts.
var (
	relDateWords  = newKeywordSet("ago", "today", "yesterday", "just now")
	relDateStarts = newKeywordSet("published", "updated", "posted", "last updated", "about", "over", "just", "a", "one", "today", "yesterday")
)

// mayBeRelDate reports whether reRelDate could match the line.
func mayBeRelDate(ln *line) bool {
	return ln.text != "" && (isDigitByte(ln.text[0]) || relDateStarts.startsIn(ln.text)) && relDateWords.inLine(ln)
}

// reRelDateAbroad matches the same datelines in other languages: a count, a
// unit and the language's word for "ago" after it ("2 часа назад", "3 saat
// önce", "2 godziny temu", "2 giờ trước", "3 jam yang lalu", "3時間前",
// "3시간 전") or before it ("Il y a 35 minutes", "vor 50 Minuten", "hace 40
// minutos", "há 2 horas", "منذ ساعتين", "לפני שעתיים", "πριν από 3 ώρες"), the
// whole line, after at most three words such as "Updated" ("Zaktualizowano",
// "Mis à jour", "Cập nhật", "آخر تحديث"); the forms that end on the count
// in Thai, Hindi, Chinese, Japanese and Korean may have the word for
// "updated" after them ("3 घंटे पहले अपडेट किया गया", "3小时前更新").
var reRelDateAbroad = lazyRegexp(`(?i)^(?:[\p{L}\p{M}]+:?\s+){0,3}(?:` +
	`\d{1,3}\s*\p{L}{1,12}\.?\s+(?:назад|тому|temu|önce|trước|yang lalu|lalu)` +
	`|(?:\d{1,3}\s*[\p{L}\p{M}]{1,12}(?:ที่แล้ว|\s+पहले)` +
	`|\d{1,3}\s*(?:秒|分钟|分鐘|分|小时|小時|時間|天|日|周|週|週間|个月|個月|か月|ヶ月|年|초|분|시간|일|주|개월|년)\s*(?:前|전))(?:\s*[\p{L}\p{M}]+){0,3}` +
	`|(?:il y a|vor|hace|há|cách đây|πριν από|منذ|לפני)\s+(?:\d{1,3}\s+\p{L}{1,12}\.?` +
	`|ساعة|ساعتين|دقيقة|دقيقتين|يوم|يومين|أسبوع|شهر|שעה|שעתיים|דקה|יום|יומיים|שבוע|חודש)` +
	`)$`)

// reRelDay matches a dateline that names the day as today or yesterday
// in another language, with the time: "Heute, 09:12 Uhr", "Вчера в 18:05",
// "Aujourd'hui à 08h15", "Hoy, 10:32", "今天 10:20", "วันนี้ 10:32 น.".
var reRelDay = lazyRegexp(`(?i)^(?:heute|gestern|hoy|ayer|aujourd'hui|aujourd’hui|hier|oggi|ieri|hoje|ontem|` +
	`vandaag|gisteren|dzisiaj|dziś|wczoraj|bugün|dün|сегодня|вчера|сьогодні|вчора|σήμερα|χθες|hôm nay|hôm qua|` +
	`hari ini|kemarin|اليوم|أمس|امروز|دیروز|היום|אתמול|आज|कल|今天|昨天|今日|昨日|오늘|어제|วันนี้|เมื่อวาน)` +
	`[,،]?\s*(?:[\p{L}'’-]+\s+){0,2}\d{1,2}[:h.]\d{2}(?:\s*(?:uhr|h|น\.))?$`)

// relDayWords guard reRelDay: each of its matches opens with one, as its
// first word (the first of two: "hôm nay", "hari ini").
var relDayWords = map[string]bool{"heute": true, "gestern": true, "hoy": true, "ayer": true, "aujourd'hui": true,
	"aujourd’hui": true, "hier": true, "oggi": true, "ieri": true, "hoje": true, "ontem": true, "vandaag": true,
	"gisteren": true, "dzisiaj": true, "dziś": true, "wczoraj": true, "bugün": true, "dün": true, "сегодня": true,
	"вчера": true, "сьогодні": true, "вчора": true, "σήμερα": true, "χθες": true, "hôm": true, "hari": true,
	"kemarin": true, "اليوم": true, "أمس": true, "امروز": true, "دیروز": true, "היום": true, "אתמול": true, "आज": true,
	"कल": true, "今天": true, "昨天": true, "今日": true, "昨日": true, "오늘": true, "어제": true, "วันนี้": true, "เมื่อวาน": true}

// mayBeRelDay reports whether reRelDay could match the line.
func mayBeRelDay(ln *line) bool {
	if ln.words > 6 || !hasDigit(ln.text) {
		return false
	}
	first := ln.low
	if k := strings.IndexAny(first, " ,،"); k > 0 {
		first = first[:k]
	}
	return relDayWords[first]
}

// isRelDate reports a line that only says how long ago, in any language
// the two patterns know.
func isRelDate(ln *line) bool {
	return mayBeRelDate(ln) && reRelDate().MatchString(ln.text) ||
		mayBeRelDateAbroad(ln) && reRelDateAbroad().MatchString(ln.text) ||
		mayBeRelDay(ln) && reRelDay().MatchString(ln.text)
}

// relAgoWords guard reRelDateAbroad: each of its matches spells one, in
// lower case, and a digit too but for the last two's.
var relAgoWords = []string{"назад", "тому", "temu", "önce", "trước", "lalu", "पहले", "ที่แล้ว", "前", "전", "il y a", "vor", "hace", "há", "cách đây", "πριν από", "منذ", "לפני"}

// mayBeRelDateAbroad reports whether reRelDateAbroad could match the line.
func mayBeRelDateAbroad(ln *line) bool {
	if !hasDigit(ln.text) {
		return strings.Contains(ln.low, "منذ") || strings.Contains(ln.low, "לפני")
	}
	for _, w := range relAgoWords {
		if strings.Contains(ln.low, w) {
			return true
		}
	}
	return false
}

// ann is what one line was read as, on its own and among its neighbours:
// the read pass writes it and no later pass changes it. A later pass that
// decides otherwise about a line (the rules take a list into the body,
// captions and all) keeps that in its own result; the page's accessors
// below (furniture, caption, chrome) give the line as the passes so far
// left it.
type ann struct {
	is         role       // the roles the line was read in (roles.go): junk, furniture, caption, …
	date       *datedLine // the line is a dateline
	byline     []string   // names of an explicit byline ("By …")
	readMin    int        // stated reading time
	capText    string     // the caption, credit split off
	credit     string     // the picture credit, if one is given
	names      []string   // the line read as bare names ("Jane Doe")
	placeNames []string   // names of a byline with a place next to a dateline ("Jane Doe in Brussels")
}

// furniture reports a line that is not story text by its reading, unless
// the rules took it into the body as part of a list.
func (p *page) furniture(i int) bool {
	return p.ann[i].has(roleFurniture) && p.rules.listPart(i) == notListed
}

// caption reports a picture's caption or credit, unless the rules took
// the line into the body as a list item.
func (p *page) caption(i int) bool {
	return p.ann[i].has(roleCaption) && p.rules.listPart(i) != listItem
}

// chrome reports furniture a reader looks past around a headline: junk,
// captions, a writer's role, the start of comments. A header line (byline,
// dateline, names) is never chrome, and a near repeat alone does not make
// a line chrome: a headline is often printed twice.
func (p *page) chrome(i int) bool {
	a := &p.ann[i]
	return (p.furniture(i) && !a.has(roleRepeat) || a.has(roleJunk) || p.caption(i)) && !a.anchor()
}

// anchor reports lines that mark an article header: byline, dateline,
// reading time, or a line of bare names.
func (a ann) anchor() bool {
	return a.header() || a.has(roleRelDate) || a.names != nil
}

// header reports lines that belong to an article's header block.
func (a ann) header() bool {
	return a.date != nil || a.byline != nil || a.has(roleByLabel) || a.readMin > 0
}

// page holds the lines and what has been worked out about them.
type page struct {
	lines       []line
	ann         []ann
	copies      []int  // how often each line's text occurs on the page, itself included
	code        string // language of the page
	monthFirst  bool   // read 03/04/2025 as March 4
	dotsMonth   bool   // read 03.04.2025 as March 4 in datelines (see dayFirstPage)
	romance     bool   // the page is in a Romance language, where a line may open with the Catalan "Per" ("by")
	firstReal   int    // first line that is not furniture
	realRank    []int  // rank of each line among non-furniture lines
	realBefore  []int  // count of non-furniture lines before each line
	galleryFurn []bool // a gallery's counters and credits, which the story's paragraphs look through (galleryStory); nil on most pages
	bodyStart   int
	bodyEnd     int
	box         [2]int          // the lines [from, to) of the box about the writer under the story (endAtAuthorBox); to is 0 when none
	blocks      bool            // blank lines part the blocks: a block of several lines is one element
	common      map[string]bool // words the prose writes in lower case, as looked up (see isCommonWord)
	stopShare   float64         // stopwords among the words of longer lines: 0 where the language has no list
	headScores  []headScore     // titleScore of each line, once asked
	domains     []domainMemo    // domainIn of each line's text, once asked
	bytesIn     []uint64        // the bytes of each line's text, as bits (textBits), once asked
	scr         *scratch        // the memory the page's working slices are made in

	// What the passes (pipeline.go) add, each field set by one pass.
	model     *model     // the weights: trained(), or those being trained
	rules     ruleResult // rules
	vecs      []lineVec  // features
	z1, z2    []float32  // body: stage one's and stage two's logits
	ctx       []ctxVec   // body: stage two's context features
	bodyP     []float32  // body: probability that a line is body text
	structure structure  // structure: the kept lines' headings, lists, quotes and tables
	keep      []bool     // body, title, byline: the body's lines
	// zone is where the story lies by the line classifier's second stage
	// and the rules that settle it (the body's lines as classify first
	// kept them, less the headline, standfirst and writer's box): what the
	// title, byline, header and outlet passes read as "the story's lines".
	// Their rules and the headline ranker were tuned and trained on that
	// decision, so a later change to the body's own choice must not move
	// them.
	zone []bool
	// cards are the paragraphs keepCardTexts took back as cards of a
	// list: their frame, not their wording, says what they are.
	cards []int
	cands []titleCandidate
	// filteredToo makes titleCandidates list the lines its filters drop
	// too: training shows them to the ranker as lines that are not the
	// headline (rankerGroups). Parse leaves it false.
	filteredToo bool
	topics      topicWords     // title: each line's overlap words, read once
	bodyWordsOf bodyWordCounts // body, title: bodyWords' counts, once
	title, dek  int            // title: the headline and standfirst lines, or -1
	titleUnsure bool
	authors     []string // byline: the writers
	bylineWeak  bool     // byline: read without a "By" or label near the headline
	zoneEnd     int      // byline: where the header zone ended before the byline search reached further

	// What Parse returns, filled by the header and render passes.
	art      article.Article
	warnings []string // what the passes were unsure of or did not find
}

// hasBlocks reports whether blank lines part most lines of the dump (as a
// browser's copy does), so that lines of one block belong together. Some
// dumps have no blank lines at all.
func hasBlocks(lines []line) bool {
	return len(lines) > 0 && 2*(lines[len(lines)-1].block+1) > len(lines)
}

// dayFirstPage reports whether an English page writes numeric dates day
// first (05/11/2019 for 5 November), as British pages do: its numeric
// dates say so when one of them has a day above 12 in either place, and
// otherwise British marks decide (a GMT or BST time, a pound sign).
// dotsMonthFirst reports a page whose dates with dots are shown month
// first by one of them ("11.24.2025"), so that its "09.10.2024" is
// 10 September too.
func dayFirstPage(lines []line) (dayFirst, dotsMonthFirst bool) {
	day, month, dotDay, dotMonth, british := 0, 0, 0, 0, false
	for i := range lines {
		ln := &lines[i]
		if ln.digits >= 2 && hasDigitSepDigit(ln.text, "/.") {
			for _, m := range reNumeric().FindAllStringSubmatch(ln.text, -1) {
				if m[2] != m[4] || m[2] == "-" {
					continue
				}
				a, b := atoi(m[1], 0, len(m[1])), atoi(m[3], 0, len(m[3]))
				switch {
				case a > 12 && b <= 12 && m[2] == "/":
					day++
				case a > 12 && b <= 12:
					dotDay++
				case b > 12 && a <= 12 && m[2] == "/":
					month++
				case b > 12 && a <= 12:
					dotMonth++
				}
			}
		}
		if !british && (ln.digits >= 1 && (strings.Contains(ln.text, " GMT") || strings.Contains(ln.text, " BST")) || strings.Contains(ln.text, "£")) {
			british = true
		}
	}
	dotsMonthFirst = dotMonth > dotDay
	if day != month {
		return day > month, dotsMonthFirst
	}
	return british, dotsMonthFirst
}

// langOf guesses the page language from its longer lines (the first
// 200,000 bytes or so of them).
func langOf(lines []line) string {
	var use []string
	size := 0
	for _, ln := range lines {
		if ln.runes >= 40 {
			use = append(use, ln.low)
			size += len(ln.text) + 1
			if size > 200000 {
				break
			}
		}
	}
	return lang.DetectLowerLines(use)
}

// keptLower returns the kept lines in lower case, for lang.DetectLowerLines.
// Detect lower-cases its text first, and strings.ToLower is idempotent and
// works rune by rune: lower-case lines name the same language, and Detect's
// own lower-casing finds nothing to do.
func keptLower(lines []line, keep []bool) []string {
	var out []string
	for i, ln := range lines {
		if keep[i] {
			out = append(out, ln.low)
		}
	}
	return out
}

// isAboutBoilerplate reports the heading of the blurb a press release ends
// with, which describes the company under its name: "About Northwind
// Energy" over "Northwind Energy Inc. develops …". The story is over.
func isAboutBoilerplate(s, next string) bool {
	name, ok := strings.CutPrefix(s, "About ")
	if !ok || endsSentence(name) || moreWords(name, 5) || !isCapitalised(name) {
		return false
	}
	first, _, _ := strings.Cut(name, " ")
	return strings.HasPrefix(next, first+" ")
}

// annotate reads every line for the roles it could play.
func (p *page) annotate() {
	n := len(p.lines)
	p.ann = reuse(p.scr, &p.scr.ann, n)
	p.copies = textCopies(p.lines, p.scr.textCount())
	foreign := foreignJunkPage(p.code)
	for i := range p.lines {
		ln := &p.lines[i]
		a := &p.ann[i]
		a.set(roleWall, isCommentsStart(ln) && (!isCommentBy(ln) || commentThreadAt(p.lines, i)) ||
			i+1 < n && isAboutBoilerplate(ln.text, p.lines[i+1].text))
		a.set(roleJunk, isJunk(*ln, a.has(roleWall)) || foreign && isForeignJunk(ln))
		// The line under a post a story embeds from a social network,
		// "— Jane Doe (@janedoe) March 27, 2025", is part of the story (as
		// the post above it is, see markEmbeddedPosts), not a byline or a
		// dateline: it is never read as one, rather than read and then
		// unread.
		a.set(roleEmbed, isEmbedAttribution(ln))
		if ln.words <= 30 {
			// A relative date is a short line: "Today, more than …" opens a sentence.
			a.set(roleRelDate, ln.words <= 8 && isRelDate(ln))
			if ln.words <= 8 && !(p.code == "vi" && len(ln.text) > 5 && strings.HasPrefix(ln.text, "Theo ")) {
				// "Theo Thanh Niên" under a Vietnamese story is "according
				// to" the paper it was taken from; a writer after "Theo"
				// is read by explicitByline ("Theo Nguyễn An").
				a.names = bareNames(ln.text)
			}
			if !a.has(roleEmbed) {
				a.byline = explicitByline(ln.text, p.monthFirst)
				if a.byline == nil && p.romance && len(ln.text) > 4 && (ln.text[0] == 'P' || ln.text[0] == 'p') {
					a.byline = perByline(ln.text)
				}
				if a.byline == nil && p.code == "ro" && len(ln.text) > 4 && (ln.text[0] == 'D' || ln.text[0] == 'd') {
					a.byline = deByline(ln.text)
				}
				if a.byline == nil && len(ln.text) > 4 && ln.text[0] == 'N' {
					if naByWord(p.code) {
						a.byline = naByline(ln.text)
					} else if p.code == "tl" {
						a.byline = niByline(ln.text)
					}
				}
				if a.byline == nil && len(ln.text) > 6 && (ln.text[0] == 'D' && p.code == "ha" || ln.text[0] == 'L' && p.code == "yo") {
					if p.code == "ha" {
						a.byline = dagaByline(ln.text)
					} else {
						a.byline = latowoByline(ln.text)
					}
				}
				if a.byline == nil && p.code == "ja" {
					a.byline = japaneseByline(ln.text)
				}
			}
			if (a.names != nil || a.byline != nil) && photoCredit(ln.text) {
				a.names, a.byline = nil, nil
			}
			a.set(roleByLabel, isByLabel(ln.low))
			a.readMin = readingMinutes(ln.text)
			if !a.has(roleEmbed) && mayHoldDate(ln) {
				a.date = readDateOf(ln, a.byline != nil, p.monthFirst, p.dotsMonth)
			}
		} else if p.code == "ko" && ln.text[0] == '(' {
			// A Korean wire story names its reporter at the head of its
			// first paragraph, however long: "(서울=한빛뉴스) 최민호 기자 = …".
			if h := wireLeadHead(ln.text); h != "" {
				a.byline = langByline(h)
			}
		}
	}
	p.unjunkSubjectWords()
	p.markForms()
	p.markEmbeddedPosts()
	p.placeBylines()
	p.findRoles()
	p.findCaptions()
	p.galleryStory()
	near := p.nearRepeats()
	for i := range p.lines {
		a := &p.ann[i]
		a.set(roleRepeat, near[i])
		a.set(roleFurniture, a.has(roleJunk|roleWall|roleCaption|roleRepeat|roleRelDate|roleWriterRole) || a.header())
	}
	p.rank()
}

// textCopies counts, for each line, the lines of the page with its text:
// the passes ask it of a line's index, which spares hashing the text
// again for each question. count is an empty map to count in, or nil.
func textCopies(lines []line, count map[string]int) []int {
	if count == nil {
		count = make(map[string]int, len(lines))
	}
	for i := range lines {
		count[lines[i].text]++
	}
	out := make([]int, len(lines))
	for i := range lines {
		out[i] = count[lines[i].text]
	}
	return out
}

// markEmbeddedPosts marks the line above each embedded post's
// attribution as the post, unless it is a header or junk (markForms's
// labels included).
func (p *page) markEmbeddedPosts() {
	for i := 1; i < len(p.lines); i++ {
		if isEmbedAttribution(&p.lines[i]) && !p.ann[i-1].header() && !p.ann[i-1].has(roleJunk) {
			p.ann[i-1].set(roleEmbed, true)
		}
	}
}

// isEmbedAttribution reports the line under an embedded post: a dash, a
// name and a handle in brackets, and usually a date.
func isEmbedAttribution(ln *line) bool {
	t := ln.text
	// The dash first: few lines open with one, and it costs no search.
	return ln.words <= 20 && (strings.HasPrefix(t, "—") || strings.HasPrefix(t, "–") || strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "-- ")) &&
		strings.Contains(t, "(@")
}

// nearRepeats marks lines repeated close by (within three lines): a
// caption shown twice, a teaser list that prints each headline twice. A
// story sentence repeated far off (a standfirst that is also the story's
// third paragraph) is not marked.
func (p *page) nearRepeats() []bool {
	out := make([]bool, len(p.lines))
	for i, ln := range p.lines {
		if p.copies[i] < 2 {
			continue
		}
		// The nearest copy above, if it is within three lines.
		for j := i - 1; j >= 0 && i-j <= 3; j-- {
			if p.lines[j].text == ln.text {
				out[i], out[j] = true, true
				break
			}
		}
	}
	return out
}

// rank numbers the lines that are not furniture, in page order.
func (p *page) rank() {
	p.realRank = make([]int, len(p.lines))
	p.firstReal = -1
	r := 0
	for i := range p.lines {
		p.realRank[i] = r
		if !p.ann[i].has(roleFurniture) {
			if p.firstReal < 0 {
				p.firstReal = i
			}
			r++
		}
	}
}

// findCaptions marks picture captions and their credits. A caption shows as
// a line repeated right below with the credit glued on ("…SarabiaAFP") or a
// label added ("Image: …"), as a line with a credit at its end ("… (Photo:
// Getty Images)"), or as a line followed by a credit line ("Credit: AP").
func (p *page) findCaptions() {
	n := len(p.lines)
	for i := 0; i < n; i++ {
		ln := p.lines[i]
		a := &p.ann[i]
		if pictureControls[ln.key] {
			p.captionBelowControl(i)
			continue
		}
		if a.has(roleJunk) || a.header() {
			continue
		}
		// A line that is only a credit; names with an outlet ("Jane Doe,
		// Reuters") are a credit only under a caption-like sentence, and
		// not over a dateline: "Jane Doe (dpa)" over "19.11.2025, 09:41
		// Uhr" is the byline under a standfirst.
		c := creditOnly(ln.text)
		// A studio's name under a picture's alt text ("Jane Doe
		// Photography") is a credit whatever names it holds; so is a
		// photographer's name with the outlet ("Jane Doe/Daily Planet")
		// where no byline would stand.
		studio := c == "" && p.studioCreditAt(i)
		if studio || c == "" && p.slashCreditAt(i) {
			c = strings.TrimSpace(ln.text)
		}
		if c != "" && a.names != nil && i > 0 && !studio {
			prev := p.lines[i-1]
			if prev.words < 12 && !endsSentence(prev.text) || i+1 < n && p.ann[i+1].date != nil {
				c = ""
			}
		}

		if c != "" && ln.words <= 8 {
			a.set(roleCaption, true)
			a.credit = c
			// "Source: Reuters" under the story names where the story,
			// not a picture, came from.
			if i > 0 && !strings.HasPrefix(ln.low, "source") {
				prev := &p.ann[i-1]
				if !prev.has(roleJunk) && !prev.header() && p.lines[i-1].words >= 4 && p.lines[i-1].words <= 60 {
					if !prev.has(roleCaption) {
						prev.set(roleCaption|roleCapByNext, true)
						prev.capText = p.lines[i-1].text
					}
					if prev.credit == "" {
						prev.credit = c
					}
				}
			}
			continue
		}
		// Not a line of names ("Picture of Jane Doe Jane Doe" is the
		// writer's byline), nor one of a wall of client logos, which the
		// story's edges are read against.
		if a.names == nil && isPictureText(ln.low, ln.words) && !p.pictureTextAt(i-1) && !p.pictureTextAt(i+1) {
			a.set(roleCaption, true)
			a.capText = ln.text
			continue
		}
		if isLabelledCaption(ln.low, ln.words) {
			a.set(roleCaption, true)
			a.capText = ln.text
			continue
		}
		if ln.words < 3 || ln.runes > 600 || a.names != nil {
			continue // a line of names repeated with a role is a byline
		}
		// A caption under a label: "PHOTO: Firefighters at work … (Jane Doe)".
		if loc := creditLabel(ln.text); loc != nil && loc[1] < len(ln.text) {
			capt := ln.text[loc[1]:]
			credit := ""
			if m := parenCredit(capt); m != nil {
				capt, credit = strings.TrimSpace(m[1]), m[2]
			}
			a.set(roleCaption, true)
			a.capText, a.credit = capt, credit
			continue
		}
		// The same caption repeated below with a credit or a label.
		for j := i + 1; j < n && j <= i+2; j++ {
			next := p.lines[j].text
			switch {
			case len(next) > len(ln.text) && strings.HasPrefix(next, ln.text):
				credit := cleanCredit(next[len(ln.text):])
				a.set(roleCaption, true)
				a.capText = ln.text
				if a.credit == "" {
					a.credit = credit
				}
				p.ann[j].set(roleCaption, true)
				p.ann[j].capText, p.ann[j].credit = ln.text, credit
			case len(next) > len(ln.text) && strings.HasSuffix(next, ln.text) &&
				creditLabel(next[:len(next)-len(ln.text)]) != nil:
				a.set(roleCaption, true)
				a.capText = ln.text
				p.ann[j].set(roleCaption, true)
				p.ann[j].capText = ln.text
			}
		}
		if a.has(roleCaption) {
			continue
		}
		// A caption printed twice with its credit in brackets at the end:
		// "Materials from the campaign. (example.com)".
		if j := i + 1; j < n && p.lines[j].text == ln.text && ln.words <= 80 {
			if m := parenCredit(ln.text); m != nil && endsSentence(m[1]) {
				for _, k := range []int{i, j} {
					p.ann[k].set(roleCaption, true)
					p.ann[k].capText, p.ann[k].credit = m[1], cleanCredit(m[2])
				}
				continue
			}
		}
		// A credit at the end of the line.
		if ln.words <= 80 {
			if capt, credit := splitCredit(&ln); credit != "" {
				a.set(roleCaption, true)
				a.capText, a.credit = capt, credit
			} else if capt, credit := trailingCredit(ln.text, p.code); credit != "" {
				a.set(roleCaption, true)
				a.capText, a.credit = capt, credit
			} else if capt, credit := labelAfterStop(ln.text); credit != "" {
				a.set(roleCaption, true)
				a.capText, a.credit = capt, credit
			}
		}
	}
}

// pictureControls are the buttons of a picture viewer, printed right above
// the picture's caption.
var pictureControls = toSet("enlarge this image", "enlarge image", "expand image", "view image", "toggle caption")

// captionBelowControl marks the caption under the picture control on line
// i, and the short line under that caption as its credit: "Enlarge this
// image", "A rendering of the fruit fly brain …", "Jane Doe for FlyWire".
func (p *page) captionBelowControl(i int) {
	c := i + 1
	if c >= len(p.lines) || p.ann[c].header() || p.lines[c].words < 3 || p.lines[c].words > 60 || pictureControls[p.lines[c].key] {
		return
	}
	p.ann[c].set(roleCaption, true)
	p.ann[c].capText = p.lines[c].text
	cr := c + 1
	if cr >= len(p.lines) || p.ann[cr].header() || p.lines[cr].words > 10 || endsSentence(p.lines[cr].text) ||
		!unicode.IsUpper(firstRune(p.lines[cr].text)) {
		return
	}
	p.ann[cr].set(roleCaption, true)
	p.ann[c].credit, p.ann[cr].credit = p.lines[cr].text, p.lines[cr].text
}

// findBody labels the lines and picks the main run of prose.
func (p *page) findBody() {
	n := len(p.lines)
	rk := &p.rules
	rk.cls, rk.teaser, rk.teaserItem, rk.smallBox = make([]class, n), make([]bool, n), make([]bool, n), make([]bool, n)
	cls := make([]class, n)
	wall := make([]bool, n)
	teaser, items, label := false, 0, -1
	for i, ln := range p.lines {
		cls[i] = initialClass(ln, p.furniture(i), p.stopShare >= minStopShare)
		// An embedded post is quoted in the story, whatever its wording
		// (handles, links); the line under it goes with it.
		if p.ann[i].has(roleEmbed) && cls[i] < clsNearGood && ln.words >= 3 {
			cls[i] = clsNearGood
		}
		wall[i] = p.ann[i].has(roleWall)
		// Headline-shaped lines in a box of links to other stories.
		switch {
		case isTeaserMarker(ln):
			teaser, items, label = true, 0, i
			rk.teaser[i] = true
		case teaser && p.headsParagraphUnderBox(i, items):
			// The story goes on under the box: its subheading reads
			// with the paragraph under it.
			teaser = false
			cls[i] = max(cls[i], clsNearGood)
			rk.boxOverHead = append(rk.boxOverHead, label)
		case teaser && (!endsSentenceAny(ln.text) && ln.words <= 30 || i > 0 && rk.teaser[i-1] && teaserQuestion(ln)):
			cls[i] = clsBad
			rk.teaserItem[i] = true
			items++
		case !p.ann[i].has(roleJunk):
			teaser = false
		}
	}
	p.markSmallBoxes(cls)
	// Buttons and labels ("Advertisement", "Related") interrupt the story
	// without ending it: the labels look through them.
	transparent := make([]bool, n)
	for i := range p.lines {
		transparent[i] = (p.ann[i].has(roleJunk) || rk.teaserItem[i] || p.galleryFurn != nil && p.galleryFurn[i]) && !p.ann[i].has(roleWall)
	}
	if p.code != "en" && (p.stopShare >= minStopShare || p.code != "") {
		rk.signUpBox = p.signUpBoxesAbroad(cls, transparent)
	}
	ctx := contextClass(p.lines, cls, transparent, rk.signUpBox, p.blocks, p.stopShare >= minStopShare)
	copy(rk.cls, ctx)
	s, e := bodyRange(p.lines, ctx, wall, p.ann, rk)
	// Start on a good line that is not a stray headline: teasers for other
	// stories often sit right above the first paragraph.
	for s < e && (ctx[s] != clsGood || (!opensRun(p.lines[s].text) && runWords(&p.lines[s]) < 25)) {
		s++
	}
	for e > s && ctx[e-1] != clsGood {
		e--
	}
	// A byline or dateline just inside the top of the run: what sits
	// above it is the standfirst, not the story.
	if h := p.headerAtTop(s, e); h >= 0 {
		s = h + 1
		for s < e && (ctx[s] != clsGood || (!opensRun(p.lines[s].text) && runWords(&p.lines[s]) < 25)) {
			s++
		}
	}
	e = p.storyUnderBox(ctx, wall, s, e)
	// Another story's header further down (a page that scrolls on to the
	// next article): the run ends above its headline.
	if h := p.nextHeader(s, e); h >= 0 {
		e = h
		for e > s && ctx[e-1] != clsGood {
			e--
		}
	}
	// A short opening paragraph ("A half century on, the band is still
	// touring.") is too short to be "good" and has the header above it;
	// take it in when it reads as a sentence.
	for s > 0 && s < e {
		ln := p.lines[s-1]
		if p.furniture(s-1) || ln.words < 5 || !endsSentence(ln.text) || float64(ln.stops) < 0.3*float64(ln.words) {
			break
		}
		s--
		ctx[s] = clsGood
		rk.cls[s] = clsGood
	}
	// Likewise a short closing sentence under the last paragraph.
	for e < n && e > s {
		ln := p.lines[e]
		if p.furniture(e) || ln.words < 5 || !endsSentence(ln.text) || float64(ln.stops) < 0.3*float64(ln.words) || ctx[e] == clsGood {
			break
		}
		ctx[e] = clsGood
		rk.cls[e] = clsGood
		e++
	}
	p.bodyStart, p.bodyEnd = s, e
}

// headsParagraphUnderBox reports whether line i, the next headline-shaped
// line of a box of links to other stories that lists items of them
// already, is rather the subheading of the story going on under the box:
// a short line right above a paragraph of prose that takes up its words
// ("Die Laderampe bleibt", "Die alten Holzbalken und die Laderampe bleiben
// erhalten, …"). A link to another story rarely shares half its words
// with the paragraph under the box. Only in pages in other languages, as with
// storyUnderBox: on the English pages the change was as often worse as
// better.
func (p *page) headsParagraphUnderBox(i, items int) bool {
	if items < 2 || p.code == "en" || i+1 >= len(p.lines) || p.lines[i].words > 8 || p.lines[i].shape.tokens > 12 {
		return false
	}
	head, next := &p.lines[i], &p.lines[i+1]
	if next.shape.tokens < 12 || !endsSentenceAny(next.text) {
		return false
	}
	if r := firstRune(head.text); r >= 0x2E80 && unspaced(r) {
		// Han and kana: pairs of characters of the line in the
		// paragraph (single characters are shared by any two lines).
		pairs, in, prev, wide := 0, 0, 0, false
		for k, r := range head.text {
			w := r >= 0x2E80 && unspaced(r)
			if w && wide {
				pairs++
				if strings.Contains(next.text, head.text[prev:k+utf8.RuneLen(r)]) {
					in++
				}
			}
			prev, wide = k, w
		}
		return in >= 2 && 2*in >= pairs
	}
	// Half the line's words or more: a link to a story on the same
	// subject shares a word or two ("Câmara aprova reforma do mercado
	// municipal" over "A câmara municipal vota …"), not half of them.
	words, head2 := p.topicsOf(i+1), p.topicsOf(i)
	in := 0
	for _, w := range head2 {
		if slices.Contains(words, w) {
			in++
		}
	}
	return in >= 1 && 2*in >= len(head2)
}

// dropLabelsOverHeads drops the label of a box of links with the story's
// subheading under it (headsParagraphUnderBox) when the body keeps none
// of the box's links: kept between the story above and the subheading
// below, stage three reads the label as one more of the story's
// subheadings.
func (p *page) dropLabelsOverHeads() {
	for _, l := range p.rules.boxOverHead {
		if !p.keep[l] {
			continue
		}
		j := l + 1
		for j < len(p.lines) && p.rules.teaserItem[j] && !p.keep[j] {
			j++
		}
		if j > l+1 && (j == len(p.lines) || !p.rules.teaserItem[j]) {
			p.keep[l] = false
		}
	}
}

// teaserQuestion reports a headline asked as a question, as a box of
// links to other stories lists one under its label ("Related Story" /
// "Can the old ferry line pay its way?"): one sentence of at most
// teaserQuestionWords words, opening with a capital and ending in its only
// question mark.
func teaserQuestion(ln line) bool {
	t := strings.TrimRight(ln.text, " ")
	return ln.words >= 3 && ln.words <= teaserQuestionWords && strings.IndexByte(t, '?') == len(t)-1 &&
		!strings.Contains(t, ". ") && unicode.IsUpper(firstRune(t))
}

// teaserQuestionWords is the most words of such a headline.
const teaserQuestionWords = 20

// dropTeaserQuestions takes out of the body the headlines asked as a
// question right under a teaser label (teaserQuestion) that the
// classifier kept: set between two paragraphs, such a line reads to it
// as the story's subheading.
//
// A label that ends in a colon ("Čtěte také:", "Leggi anche:") points at
// the line under it whatever its shape: that headline leaves too, when
// the body keeps neither the label nor another link under it, as where
// one link sits between two paragraphs.
func (p *page) dropTeaserQuestions() {
	rk := &p.rules
	for i := 1; i < len(p.keep); i++ {
		if p.keep[i] && rk.teaserItem[i] && rk.teaser[i-1] && (teaserQuestion(p.lines[i]) || p.loneLinkUnderColon(i)) {
			p.keep[i] = false
		}
	}
}

// loneLinkUnderColon reports a line i right under a box label that ends
// in a colon, the body keeping the label not, and the line under i not
// one more link of the box.
func (p *page) loneLinkUnderColon(i int) bool {
	if p.keep[i-1] || !strings.HasSuffix(strings.TrimSpace(p.lines[i-1].text), ":") {
		return false
	}
	return i+1 >= len(p.lines) || !p.rules.teaserItem[i+1]
}

// Most lines a box of links may hold, and a story's tail under it; the
// fewest words of prose the tail must hold (runWords).
const (
	boxUnderStoryLines = 8
	tailUnderBoxLines  = 6
	tailUnderBoxWords  = 8
	// A box may stack up to three labels, each over its own links, as
	// a page that sets "Read also: …" after every few paragraphs does
	// above the story's last one.
	boxUnderStoryLabels = 3
)

// storyUnderBox returns the end of the run [s, e) taken past a box of
// links to other stories right under it (one label, its links), when the
// story goes on under the box for its last paragraphs: at most
// tailUnderBoxLines lines of prose, a subheading over them or not, and
// under them the page's furniture (a label, a button, a wall), a few
// short lines (the tags) above it at most. A copyright line is the
// page's footer, and no tail. Crossing a box costs
// more than a short tail of paragraphs brings (bestRun), and pages in
// other languages set a "Related" box of three or four links above the
// story's closing paragraphs. A tail of more than half the story's words
// is another story, and stays out.
func (p *page) storyUnderBox(ctx []class, wall []bool, s, e int) int {
	n := len(p.lines)
	rk := &p.rules
	i, labels, items := e, 0, 0
	for i < n && i < e+boxUnderStoryLines && !wall[i] && ctx[i] != clsGood &&
		(rk.inTeaserBox(i) || p.ann[i].has(roleJunk)) {
		if rk.teaser[i] {
			labels++
		} else if rk.teaserItem[i] {
			items++
		}
		i++
	}
	if labels == 0 || labels > boxUnderStoryLabels || items < labels || i >= n {
		return e
	}
	prose := func(k int) bool {
		return ctx[k] == clsGood || shortSentence(p.lines[k], false)
	}
	// The tail: a subheading may open it, then prose only.
	j, words := i, 0
	if !prose(j) && p.lines[j].words <= 10 && !p.furniture(j) {
		j++
	}
	for j < n && j < i+tailUnderBoxLines && !wall[j] && !p.furniture(j) && prose(j) && !strings.Contains(p.lines[j].text, "©") {
		words += runWords(&p.lines[j])
		j++
	}
	// Under it a few labels or names (the tags) may come before the
	// furniture, but no more prose.
	k := j
	for k < n && k < j+4 && !wall[k] && !p.furniture(k) && !rk.inTeaserBox(k) && !prose(k) && p.lines[k].words <= 4 {
		k++
	}
	if words < tailUnderBoxWords || k >= n || !wall[k] && !p.furniture(k) && !rk.inTeaserBox(k) {
		return e
	}
	story := 0
	for k := s; k < e; k++ {
		if ctx[k] == clsGood {
			story += runWords(&p.lines[k])
		}
	}
	if (p.code == "en" || 2*words > story) && !p.tailGoesOn(s, e, i, j, words, story) {
		return e
	}
	for k := i; k < j; k++ {
		if ctx[k] != clsGood && shortSentence(p.lines[k], false) {
			ctx[k], rk.cls[k] = clsGood, clsGood
		}
	}
	rk.crossed = [2]int{e, i}
	return j
}

// tailGoesOn reports whether the tail [i, j) under a box reads as the
// story above [s, e) going on rather than another story's teasers: every
// line of it a sentence and no link, its words at most the story's, and
// its subject words those of the story (three or more of them shared,
// and one for each two lines of the tail). Stories set in one-sentence
// paragraphs put as many words under a box as above it; teasers of other
// stories name other subjects; a single line under a box is as often a
// promotion's copy over a form. English pages need this sign always: there
// a box above a story's end was as often another story's start.
func (p *page) tailGoesOn(s, e, i, j, words, story int) bool {
	if words > story {
		return false
	}
	lines := 0
	var tail []int32
	for k := i; k < j; k++ {
		if p.rules.teaserItem[k] || p.ann[k].anchor() || !endsSentenceAny(p.lines[k].text) {
			return false
		}
		lines++
		tail = append(tail, p.topicsOf(k)...)
	}
	shared := p.sharedTopics(tail, s, e, func(k int) bool { return p.rules.cls[k] == clsGood })
	// One line under a box is as often a promotion's copy over a form.
	return lines >= 2 && shared >= 3 && 2*shared >= lines
}

// sharedTopics counts the distinct subject words (topicsOf) of the lines
// k in [from, to) for which in(k) holds that tail also holds: how far the
// lines under a box name the subjects of the story above it.
func (p *page) sharedTopics(tail []int32, from, to int, in func(int) bool) int {
	shared := 0
	seen := make(map[int32]bool)
	for k := from; k < to; k++ {
		if !in(k) {
			continue
		}
		for _, w := range p.topicsOf(k) {
			if !seen[w] && slices.Contains(tail, w) {
				seen[w] = true
				shared++
			}
		}
	}
	return shared
}

// nextHeader returns where another story starts inside the run [s, e):
// a byline next to a dateline after two paragraphs or more, with the
// headline and labels above them. It returns -1 if there is none.
func (p *page) nextHeader(s, e int) int {
	good := 0
	for i := s; i < e; i++ {
		a := p.ann[i]
		if p.rules.cls[i] == clsGood && !p.furniture(i) {
			good++
			continue
		}
		if good < 2 || a.byline == nil || !(p.dateNear(i, 1) || p.dateNear(i, -1)) {
			continue
		}
		j := i
		for j-1 > s && i-(j-1) <= 4 && (p.ann[j-1].has(roleJunk) || p.rules.inTeaserBox(j-1) ||
			p.ann[j-1].anchor() || p.headlineShaped(j-1)) {
			j--
		}
		return j
	}
	return -1
}

// headerAtTop returns the last byline, dateline or reading time among
// the first lines of the run [s, e) that have at most two lines of text
// above them, neither of them long, or -1.
func (p *page) headerAtTop(s, e int) int {
	h, text := -1, 0
	for i := s; i < e && i < s+8; i++ {
		a := p.ann[i]
		switch {
		case a.header():
			h = i
		case p.furniture(i) || p.rules.cls[i] != clsGood:
		default:
			if text++; text > 2 || p.lines[i].words > 45 {
				return h
			}
		}
	}
	return h
}

// markSmallBoxes marks the labels of teaser boxes that list one or two
// headlines and then go on with prose: stories carry such boxes inside
// them ("Read also", one link). A label over a longer list of headlines,
// or over none, ends a story more often than not.
func (p *page) markSmallBoxes(cls []class) {
	n := len(p.lines)
	rk := &p.rules
	for i := 0; i < n; i++ {
		if !rk.teaser[i] {
			continue
		}
		j, items := i+1, 0
		for j < n && (rk.teaser[j] || rk.teaserItem[j] || p.ann[j].has(roleJunk)) {
			if rk.teaserItem[j] {
				items++
			}
			j++
		}
		if items >= 1 && items <= 2 && j < n && cls[j] >= clsNearGood {
			for k := i; k < j; k++ {
				rk.smallBox[k] = true
			}
		}
		i = j - 1
	}
}

// A newsletter's sign-up box set between a story's paragraphs in another
// language than English ("Boletín" / a line of copy / "Tu correo
// electrónico" / "Suscríbete") is read as furniture line by line: the main
// run ended at it, and the story's paragraphs under it were lost. Such a
// box is looked through as an advertisement is (contextClass) and costs
// what a box of a link or two does (bestRun, smallBox).

// signUpBoxLines is the most lines such a box holds; signUpBoxCopy the
// most of them that are not its label, field or button (signUpControl);
// signUpBoxWords the most words of any of its lines; signUpProseWords the
// fewest words of the long paragraph that must follow the box within
// signUpProseReach lines.
const (
	signUpBoxLines   = 5
	signUpBoxCopy    = 2
	signUpBoxWords   = 12
	signUpProseWords = 15
	signUpProseReach = 8
)

// signUpControl reports a line of a sign-up box that is no text: a short
// line read as junk ("Newsletter", "Suscríbete") or an address field or a
// button (signUpFieldsAbroad).
func (p *page) signUpControl(i int) bool {
	ln := &p.lines[i]
	return ln.words <= 4 && ln.runes <= 40 && (p.ann[i].has(roleJunk) || signUpFieldsAbroad[ln.key])
}

// signUpBoxesAbroad marks transparent and as small boxes the lines of
// sign-up boxes (above) that sit under prose and over a long paragraph in
// the page's language, and returns them (nil when there is none): the
// short lines look through them.
func (p *page) signUpBoxesAbroad(cls []class, transparent []bool) []bool {
	n := len(p.lines)
	rk := &p.rules
	// In a language without a stopword list the paragraph under the
	// box is one that ends as a sentence does.
	known := p.stopShare >= minStopShare
	var through []bool
	for i := 1; i < n; i++ {
		if !p.signUpControl(i) {
			continue
		}
		// The box around its field or button: its lines short, not
		// prose, at most signUpBoxCopy of them text.
		in := func(k int) bool {
			return p.lines[k].words <= signUpBoxWords && cls[k] < clsGood && !p.ann[k].has(roleWall) && !rk.inTeaserBox(k)
		}
		s, e, copyLines := i, i+1, 0
		for s > 0 && e-s < signUpBoxLines && in(s-1) && (p.signUpControl(s-1) || copyLines < signUpBoxCopy) {
			if !p.signUpControl(s - 1) {
				copyLines++
			}
			s--
		}
		// Under the field or button copy is a sentence ("You can
		// unsubscribe at any time."): a short line under the box that is
		// none is the story's subheading.
		for e < n && e-s < signUpBoxLines && in(e) && (p.signUpControl(e) || copyLines < signUpBoxCopy && endsSentenceAny(p.lines[e].text)) {
			if !p.signUpControl(e) {
				copyLines++
			}
			e++
		}
		if s == 0 || cls[s-1] < clsNearGood || e >= n {
			i = e
			continue
		}
		long := false
		for k := e; k < n && k < e+signUpProseReach && !long && !p.ann[k].has(roleWall) && !rk.inTeaserBox(k); k++ {
			ln := &p.lines[k]
			long = cls[k] >= clsNearGood && ln.words >= signUpProseWords && (known && float64(ln.stops) >= 0.2*float64(ln.words) ||
				!known && endsSentenceAny(ln.text))
		}
		if !long {
			i = e
			continue
		}
		if through == nil {
			through = make([]bool, n)
		}
		for k := s; k < e; k++ {
			through[k], transparent[k], rk.smallBox[k] = true, true, true
		}
		i = e
	}
	return through
}

// bodyLines returns which lines make the body.
func (p *page) bodyLines(title, dek int) []bool {
	keep := make([]bool, len(p.lines))
	first := true
	for i := p.bodyStart; i < p.bodyEnd; i++ {
		ln := p.lines[i]
		if i == title || p.furniture(i) || p.rules.cls[i] != clsGood {
			continue
		}
		// A line in capitals inside mixed-case prose is a shouted link to
		// another story, not a sentence of this one.
		if ln.words >= 5 && shouted(ln.text) {
			continue
		}
		// The standfirst printed again right above the first paragraph.
		if first && dek >= 0 && ln.text == p.lines[dek].text {
			continue
		}
		first = false
		keep[i] = true
	}
	return keep
}

// findDek returns the standfirst: the sentence right under the headline,
// before the byline and the story.
func (p *page) findDek(title int) int {
	return p.findDekAbove(title, p.bodyStart)
}

// findDekAbove is findDek for a story that starts on line start.
func (p *page) findDekAbove(title, start int) int {
	for j := title + 1; j < len(p.lines) && j < start; j++ {
		a := p.ann[j]
		ln := p.lines[j]
		if ln.text == p.lines[title].text {
			continue
		}
		if a.has(roleJunk) && ln.words <= 3 {
			continue
		}
		if p.furniture(j) || a.header() || p.caption(j) {
			return -1
		}
		if ln.words < 6 || ln.words > 70 || strings.HasSuffix(ln.text, ":") {
			return -1
		}
		return j
	}
	return -1
}

// dateNear reports whether a dateline or reading time follows line i in
// direction dir, with nothing but labels of a few words between ("Jane
// Doe", "Backchannel", "11.19.2019 07:00 AM").
func (p *page) dateNear(i, dir int) bool {
	for j := i + dir; j >= 0 && j < len(p.lines) && abs(j-i) <= 3; j += dir {
		if p.ann[j].date != nil || p.ann[j].readMin > 0 {
			return true
		}
		if p.lines[j].words > 3 && !p.ann[j].has(roleJunk) {
			return false
		}
	}
	return false
}

// bioVerbs follow a writer's name in the note about them under a story:
// "Jane Doe is a reporter …", "Jane Doe covers …".
var bioVerbs = newWordSet("is", "was", "has", "covers", "writes", "reports", "joined", "lives", "teaches",
	"serves", "works", "edits", "contributes", "es", "est", "ist", "è", "é",
	"covered", "explores", "specializes", "specialises", "focuses", "holds", "leads", "helps",
	"founded", "brings", "spent", "began", "started", "graduated", "earned", "received", "wrote",
	"worked", "served", "loves", "enjoys", "studies", "studied", "previously", "currently", "also",
	"comes", "came", "grew", "hails", "runs", "became")

// honorifics may open a note about a writer before the name: "Dr. Jane
// Doe is …"; dropHonorific strips them from a byline's names.
var honorifics = newWordSet("dr.", "dr", "dra.", "dra", "prof.", "prof", "professor", "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "sir", "dame")

// roleInBrackets reports a line (in lower case) that opens with a
// writer's job in brackets: "(editor / journalist) – jane comes from …".
func roleInBrackets(low string) bool {
	if !strings.HasPrefix(low, "(") {
		return false
	}
	k := strings.IndexByte(low, ')')
	return k > 0 && k <= 60 && hasBylineRole(low[:k])
}

// dropBracketedRole cuts the writer's role in brackets that a note may
// open with, and a dash or colon after it: "(Editor / Journalist) – Jane
// comes from …".
func dropBracketedRole(s string) string {
	if len(s) == 0 || s[0] != '(' {
		return s
	}
	k := strings.IndexByte(s, ')')
	if k < 0 || k > 60 {
		return s
	}
	return strings.TrimLeft(s[k+1:], " –—-:")
}

// bioForm is how a note about a writer may name them.
type bioForm uint8

const (
	bioFullName  bioForm = iota // "Jane Doe is …"
	bioFirstName                // also "Jane is …": a note under the story that names its writer so
	bioByPart                   // also "Doe is …" and "… written by Jane Doe": a box that prints the name over the note
)

// isBioOf reports whether line i is a note about one of the writers
// named: it opens with the name and a verb of bioVerbs. With bioFirstName
// the note may call the writer by the first name alone ("Jane explores
// …"); with bioByPart, as in a box that prints the name over the note,
// by the first or last name alone, or name the writer after "by".
func (p *page) isBioOf(i int, names []string, form bioForm) bool {
	ln := p.lines[i]
	if ln.words < 4 || ln.words > 80 {
		return false
	}
	text := dropBracketedRole(ln.text)
	if w, rest, ok := strings.Cut(text, " "); ok && hasLower(honorifics, w) {
		text = rest
	}
	opensWith := func(n string) bool {
		if len(text) > len(n) && text[len(n)] == ' ' && strings.EqualFold(text[:len(n)], n) && keepsCapitals(text[:len(n)], n) {
			// A nickname in brackets after the name: "Rebecca (Bec) is …".
			rest := text[len(n)+1:]
			if strings.HasPrefix(rest, "(") {
				if k := strings.IndexByte(rest, ')'); k > 0 && k < 30 {
					rest = strings.TrimLeft(rest[k+1:], " ")
				}
			}
			verb, _, _ := strings.Cut(rest, " ")
			return hasLower(bioVerbs, verb)
		}
		return false
	}
	lowText := "" // text in lower case, once asked
	for _, n := range names {
		// "SIMON ROE" in the byline, "Simon Roe is …" in the note.
		if opensWith(n) {
			return true
		}
		// "This post was written by Jane Doe, …" under the name.
		if form == bioByPart {
			if lowText == "" {
				lowText = strings.ToLower(text)
			}
			if strings.Contains(lowText, "by "+strings.ToLower(n)) {
				return true
			}
		}
		if form != bioFullName && ln.words >= 8 {
			first, last, two := outerFields(n)
			if two && (len([]rune(first)) >= 3 && opensWith(first) ||
				form == bioByPart && len([]rune(last)) >= 3 && opensWith(last)) {
				return true
			}
		}
	}
	return false
}

// endAtAuthorBox ends the story at a box about its writer: the writer's
// name on a line of its own and a note about them, or the note alone
// ("Jane Doe is a staff writer …"). Under the story, such a box also names
// the writer of a story without a byline at the top. It returns the
// writers.
func (p *page) endAtAuthorBox(authors []string) []string {
	n := len(p.lines)
	// A note about a writer of the byline ends the story anywhere past its
	// first paragraph; a box naming someone else only in its second half,
	// or where the note opens with the writer's job in brackets.
	half := p.bodyStart + (p.bodyEnd-p.bodyStart)/2
	for i := p.bodyStart + 1; i < n && i < p.bodyEnd+8; i++ {
		names := authors
		box, bio := -1, -1 // the first line of the box, and the note
		switch {
		case names != nil && p.isBioOf(i, names, bioFullName):
			box, bio = i, i
			if i > 0 && p.ann[i-1].names != nil && p.isBioOf(i, p.ann[i-1].names, bioFullName) {
				box = i - 1
			}
		case names != nil && i >= half && p.isBioOf(i, names, bioFirstName):
			// Under the story a note may call the writer of the byline by
			// the first name alone ("Jane is a staff writer …"), as a box
			// does under the name: the story speaks of its writer so
			// only in a note about them.
			box, bio = i, i
		case (i >= half || i+1 < n && roleInBrackets(p.lines[i+1].low)) && p.ann[i].names != nil && len(p.ann[i].names) == 1:
			for j := i + 1; j < n && j <= i+2; j++ {
				if p.isBioOf(j, p.ann[i].names, bioByPart) {
					if names == nil {
						names = p.ann[i].names
					}
					box, bio = i, j
					break
				}
				// Junk, or the name again with the writer's role ("Jane
				// Doe Staff Writer"), may stand between.
				if !p.ann[j].has(roleJunk) && !strings.HasPrefix(p.lines[j].text, p.ann[i].names[0]+" ") {
					break
				}
			}
		}
		if box < 0 {
			continue
		}
		// A name the box alone gives is no writer when the note says
		// nothing of a person and the story goes on under it: a product's
		// or a company's section ("Acme Suite" over "Acme Suite is a tool
		// that …") reads as a name over a note, but a writer's box ends
		// the story.
		if authors == nil && !personNote(p.lines[bio].low) && p.storyWordsUnder(bio+1) >= boxStoryWords {
			continue
		}
		// A page signed with a company's name tells of the company, and
		// names it in the story above: a paragraph that opens with the
		// name, or its first word, with no name line over it, and says
		// nothing of a person ("Acme has also moved its files …", "Acme
		// Coffee has roasted for 30 years …") is story text, not a note
		// about the writer.
		if authors != nil && box == bio && !personNote(p.lines[bio].low) && p.namedAbove(authors, bio) {
			continue
		}
		if box < p.bodyEnd {
			p.bodyEnd = box
		}
		p.box = [2]int{box, bio + 1}
		return names
	}
	return authors
}

// namedAbove reports whether a line of the story's run above line i
// names one of the writers in full.
func (p *page) namedAbove(names []string, i int) bool {
	for j := p.bodyStart; j < i; j++ {
		for _, n := range names {
			if strings.Contains(p.lines[j].text, n) {
				return true
			}
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// findImage returns the lead picture: the first caption between the
// headline and the story's first paragraphs.
func (p *page) findImage(title int) *article.Image {
	end := min(len(p.lines), p.bodyStart+3)
	for i := max(0, title-3); i < end; i++ {
		a := p.ann[i]
		if !p.caption(i) || a.capText == "" || i == title {
			continue
		}
		return &article.Image{Caption: a.capText, Credit: a.credit}
	}
	return nil
}

// findReadingTime returns the reading time stated above the story's end.
func (p *page) findReadingTime() int {
	for i := 0; i < p.bodyEnd || (p.bodyEnd == 0 && i < len(p.lines)); i++ {
		if p.ann[i].readMin > 0 {
			return p.ann[i].readMin
		}
	}
	return 0
}
