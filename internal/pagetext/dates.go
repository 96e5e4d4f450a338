package pagetext

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Datelines come in many shapes: "March 27, 2025", "27 March 2025 10:45",
// "2025-03-27", "Updated Mar. 27, 2025 at 3:10 p.m. ET", "Published
// 27/03/2025", "11/19/19 6:38 AM", "27. März 2025". A handful of patterns
// find the calendar date; the time and zone, when the page gives them, are
// looked for right next to it. A date is only ever read from what the page
// says: relative forms ("22 hours ago", "Today") give nothing.

// monthNames maps the month names of monthTables (and the Solar Hijri
// months, after jalaliBase) to month numbers.
var monthNames = func() map[string]time.Month {
	m := map[string]time.Month{}
	add := func(names string, base time.Month) {
		for i, n := range strings.Fields(names) {
			for _, alt := range strings.Split(n, "/") {
				if alt != "-" {
					m[alt] = base + time.Month(i+1)
				}
			}
		}
	}
	for _, names := range monthTables {
		add(names, 0)
	}
	add(jalaliMonths, jalaliBase)
	return m
}()

var (
	// Dates with a month name, "March 27, 2025" and "27 March 2025", are
	// what `(?i)\b` + mdyPattern and `(?i)\b` + dmyPattern match (call
	// them reMDY and reDMY). monthDates finds them by running reDMYAt
	// (reDMY anchored) and reMDYTail (what follows the month in reMDY)
	// only where a match can start; the tests hold it against the two.
	mdyPattern, dmyPattern = monthPatterns()
	reMDYTail              = lazyRegexp(`(?i)^` + mdyTail)
	reDMYAt                = lazyRegexp(`(?i)^` + dmyPattern)
	reISO                  = lazyRegexp(`\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::\d{2})?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?`)
	reNumeric              = lazyRegexp(`\b(\d{1,2})([./-])(\d{1,2})([./-])(\d{4}|\d{2})\b`)
	reYMD                  = lazyRegexp(`\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b`)
	// "2019年11月20日", "2019년 11월 20일": Chinese, Japanese and Korean.
	reCJKDate = lazyRegexp(`(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?`)
	// "2019. 11. 20.": Korean, and Hungarian with a month name
	// ("2019. november 20.").
	reYMDSpaced = lazyRegexp(`\b(\d{4})\.\s(\d{1,2})\.\s?(\d{1,2})\.`)
	reYMonthD   = lazyRegexp(`(?i)\b(\d{4})\.\s*(\pL+)\s+(\d{1,2})\.`)
	// "12. 9. 2025": Czech and Slovak, day first with a space after each
	// dot.
	reDMYSpaced = lazyRegexp(`\b(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})\b`)
	// "7. 7. 19 19:12": the same with the year in two digits, read only
	// with the time after it (a bare "3. 4. 12" may be a list's numbers).
	reDMYSpacedShort = lazyRegexp(`\b(\d{1,2})\.\s(\d{1,2})\.\s(\d{2})\s*[·|,]?\s*\d{1,2}:\d{2}\b`)
	// "2025 m. rugsėjo 12 d.": Lithuanian; "2025. gada 12. septembrī":
	// Latvian. Their months are in balticMonths.
	reLTDate = lazyRegexp(`\b(\d{4})\s*m\.\s*(\pL+)\s+(\d{1,2})\s*d\b`)
	reLVDate = lazyRegexp(`\b(\d{4})\.\s*gada\s+(\d{1,2})\.\s*(\pL+)`)
	// "12 ก.ย. 2568", "28 ก.พ. 68": Thai, with a month's short form (see
	// thaiMonths) and a year of the Buddhist era, maybe of two digits.
	reThaiDate = lazyRegexp(`(\d{1,2})\s*(ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย|ก\.ค|ส\.ค|ก\.ย|ต\.ค|พ\.ย|ธ\.ค)\.?\s*(?:พ\.ศ\.\s*)?(\d{4}|\d{2})\b`)
	// "15 تشرين الأول 2025": the months of the Levant and Iraq written in
	// two words (see levantMonth), which monthTables' words cannot hold.
	reLevantDate = lazyRegexp(`\b(\d{1,2})\s+(كانون|تشرين)\s+(?:ال)?(أول|اول|ثاني|ثانى)\s*[,،]?\s*(\d{4})\b`)
	// "114年3月12日": a year of the Republic of China (1911 + 114),
	// after "民國", as Taiwanese pages may date.
	reROCDate = lazyRegexp(`民國\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`)
	// A date of Japan's era: "令和8年12月7日" is 2026 (令和 counts from
	// 2019, 平成 from 1989, their first year 元年).
	reJapanEraDate = lazyRegexp(`(令和|平成)\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`)
	// "ទី១២ ខែមីនា ឆ្នាំ២០២៥": Khmer writes "day", "month" and "year"
	// before each part (the date's span takes in "day", which a byline
	// before it must not keep).
	reKhmerDate = lazyRegexp(`(?:ទី\s*)?(\d{1,2})\s*ខែ\s*([^\s\d]+?)\s*ឆ្នាំ\s*(\d{4})`)
	// "မတ် ၁၂၊ ၂၀၂၅" and "၂၀၂၅ ခုနှစ် မတ်လ ၁၂ ရက်": Burmese, with its comma
	// "၊", or year first with the words for "year", "month" and "day".
	reMyanmarMDY = lazyRegexp(`([^\s\d]+)\s*(\d{1,2})\s*၊\s*(\d{4})`)
	reMyanmarYMD = lazyRegexp(`(\d{4})\s*ခုနှစ်\s*,?\s*([^\s\d]+?)လ\s*(\d{1,2})\s*ရက်`)
	// "መጋቢት 3 ቀን 2017 ዓ.ም": a date of the Ethiopian calendar, whose
	// year "ዓ.ም" (of mercy) follows (see ethiopianMonths).
	reEthiopianDate = lazyRegexp(`([^\s\d]+)\s+(\d{1,2})\s*(?:ቀን)?\s*,?\s*(\d{4})\s*ዓ\.?\s*ም`)
	// "20 tháng 11 năm 2019", "20 tháng 11, 2019": Vietnamese.
	reVietDate = lazyRegexp(`(?i)\b(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,|năm)?\s*(\d{4})\b`)
	// "9 Oṣù Kẹta, 2026": Yoruba, "the third month" (see yorubaMonth).
	reYorubaDate = lazyRegexp(`\b(\d{1,2})\s+[OỌoọ]\x{0323}?ṣ[ùu]\x{0300}?\s+([\pL\pM]+(?:-[\pL\pM]+)?)\s*,?\s*(\d{4})\b`)
	// A clock time, 12-hour ("3:10 p.m.", "7pm") or 24-hour ("19:09", "14h30").
	reTime12 = lazyRegexp(`(?i)\b(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?\s*([ap])\.?\s?m\b\.?`)
	reTime24 = lazyRegexp(`\b([01]?\d|2[0-3])[:h.]([0-5]\d)\b`)
	reOffset = lazyRegexp(`^\s*(?:\(?(?:GMT|UTC)\s*)?([+-])(\d{1,2})(?::?(\d{2}))?`)
)

// mdyTail is what follows the month in reMDY.
const mdyTail = `\.?\s*(\d{1,2})(?:st|nd|rd|th)?[,.]?\s*(\d{4})`

func monthPatterns() (mdy, dmy string) {
	names := make([]string, 0, len(monthNames))
	for n := range monthNames {
		names = append(names, regexp.QuoteMeta(n))
	}
	// Longest first, so "september" wins over "sep".
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	alt := strings.Join(names, "|")
	mdy = `(` + alt + `)` + mdyTail
	// Catalan elides "de" before a vowel: "3 d'octubre de 2025"; Hausa
	// puts "ga" between the day and the month: "13 ga Fabrairu, 2026".
	// Thai may name the Buddhist era before the year: "12 มีนาคม พ.ศ. 2568".
	// Right-to-left text may put the comma before the year's space
	// rather than after the month: "07 ديسمبر ,2026".
	dmy = `(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s*(?:de\s+|ga\s+|d['’])?(` + alt + `)\.?\s?,?\s*(?:de\s+|del\s+|พ\.ศ\.\s*)?(\d{4})`
	return mdy, dmy
}

// Month names are minMonthRunes to maxMonthRunes letters long.
var minMonthRunes, maxMonthRunes = func() (lo, hi int) {
	lo = 100
	for n := range monthNames {
		k := utf8.RuneCountInString(n)
		lo, hi = min(lo, k), max(hi, k)
	}
	if hi+len("del") > 16 {
		panic("pagetext: month name longer than monthSpans can hold")
	}
	return lo, hi
}()

// monthDates returns reMDY's and reDMY's matches in s, as
// FindAllStringSubmatchIndex(s, -1) does. Searching with the big
// case-blind alternation of month names at every position of a line costs
// tens of microseconds; instead the month names are found first, and the
// patterns run only where a match can start.
//
// In reMDY the month name is followed by a full stop, a space or a digit,
// and no letter matches one of those, so the name ends a run of letters.
// In reDMY it may also be followed by "de" or "del" and a space ("27 marzo
// de 2025", even "27 marzode 2025"). monthSpans finds the month names that
// end a run of letters, or end one but for such a "de". A line without one
// has no match. An reMDY match starts at a month ending a run, at a word
// boundary, and only that month's name can match there (a shorter one
// would be followed by a letter): so the match is the month and
// reMDYTail's match right after it. An reDMY match starts at a digit after
// a word boundary (\b sees only ASCII letters, digits and _ as word
// characters) before one of the months, with only what reDMY allows
// between the two (dayBeforeMonth); reDMYAt tries those. Taking the
// candidates left to right and going on after each match's end is what the
// unanchored search does.
func monthDates(s string) (mdy, dmy [][]int) {
	spans := monthSpans(s)
	if len(spans) == 0 {
		return nil, nil
	}
	end, last := 0, 0
	for _, sp := range spans {
		last = max(last, sp.start)
		if sp.start < end || !sp.runEnd || !wordBoundary(s, sp.start) {
			continue
		}
		i, e := sp.start, sp.end
		if t := reMDYTail().FindStringSubmatchIndex(s[e:]); t != nil {
			m := []int{i, e + t[1], i, e, e + t[2], e + t[3], e + t[4], e + t[5]}
			mdy = append(mdy, m)
			end = m[1]
		}
	}
	end = 0
	for i := 0; i < last; i++ { // the day comes before the month
		if i < end || !isDigitByte(s[i]) || i > 0 && isWordByte(s[i-1]) || !dayBeforeMonth(s, i, spans) {
			continue
		}
		if m := reDMYAt().FindStringSubmatchIndex(s[i:]); m != nil {
			dmy = append(dmy, shiftMatch(m, i))
			end = m[1]
		}
	}
	return mdy, dmy
}

// dayBeforeMonth reports whether one of the months can follow the day
// that starts at i: reDMY lets only digits, an ordinal suffix (st, nd, rd,
// th, er, º), a dot, spaces, "de", "ga" and "d'" stand between, in any case (and
// ſ for the s of "st").
func dayBeforeMonth(s string, i int, spans []monthSpan) bool {
	for j := i; j < len(s); {
		if j > i {
			for _, sp := range spans {
				if sp.start == j {
					return true
				}
			}
		}
		switch c := s[j]; {
		case isDigitByte(c) || c == '.' || c == '\'' || isSpaceByte(c) || strings.IndexByte("stndrhegaSTNDRHEGA", c) >= 0:
			j++
		case strings.HasPrefix(s[j:], "º") || strings.HasPrefix(s[j:], "ſ"):
			j += 2
		case strings.HasPrefix(s[j:], "’"):
			j += 3
		default:
			return false
		}
	}
	return false
}

// shiftMatch moves the offsets of a match in s[i:] to offsets in s, in
// place.
func shiftMatch(m []int, i int) []int {
	for k := range m {
		if m[k] >= 0 {
			m[k] += i
		}
	}
	return m
}

// wordBoundary reports whether \b holds at byte i of s.
func wordBoundary(s string, i int) bool {
	before := i > 0 && isWordByte(s[i-1]) // a byte of a multi-byte rune is not a word byte
	after := i < len(s) && isWordByte(s[i])
	return before != after
}

// A monthSpan is where a month name is written.
type monthSpan struct {
	start, end int
	runEnd     bool // the name ends a run of letters (else a "de" follows)
}

// monthSpans returns where s spells a month name in any case, ending a run
// of letters or followed by "de" or "del" and a space; the spans ending a
// run come in order. The letters are looked up lower-cased, with ſ as s
// (the Kelvin sign lowers to k already), which finds every spelling (?i)
// matches; strings.EqualFold, which folds as (?i) does, then drops the few
// it does not (İ lowers to i, but (?i)i does not match İ).
func monthSpans(s string) []monthSpan {
	var out []monthSpan
	// The rune starts of the current run of letters, the last 16 of them.
	var starts [16]int
	n := 0
	for i := 0; i <= len(s); {
		r, size := utf8.RuneError, 0
		if i < len(s) {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		// Marks count as letters: the vowel signs of Devanagari and Thai
		// are marks inside the month's name.
		if size > 0 && (unicode.IsLetter(r) || unicode.IsMark(r)) {
			starts[n%len(starts)] = i
			n++
			i += size
			continue
		}
		if n >= minMonthRunes {
			out = appendMonths(out, s, starts[:], n, i, true)
			// (?i) matches d, e and l only with ASCII letters.
			if i < len(s) && isSpaceByte(s[i]) {
				for _, de := range []string{"de", "del"} {
					if k := len(de); n-k >= minMonthRunes && hasFoldAt(s[i-k:], de) {
						out = appendMonths(out, s, starts[:], n-k, i-k, false)
					}
				}
			}
		}
		n = 0
		if size == 0 {
			break
		}
		i += size
	}
	return out
}

// isSpaceByte reports whether \s matches c.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// appendMonths adds the spans among the last letters of a run ending at e
// that spell a month; starts holds the rune starts of the run's letters in
// a ring, n of them up to e.
func appendMonths(out []monthSpan, s string, starts []int, n, e int, runEnd bool) []monthSpan {
	k := min(n, maxMonthRunes)
	first := starts[(n-k)%len(starts)]
	// Fold the last k letters into buf (at most four bytes each), noting
	// where each starts.
	var buf [4 * 16]byte
	var at [16]int
	b := buf[:0]
	for j, i := 0, first; j < k; j++ {
		at[j] = len(b)
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == 'ſ' {
			r = 's'
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += size
	}
	for j := 0; j <= k-minMonthRunes; j++ {
		if _, ok := monthNames[string(b[at[j]:])]; ok {
			i := starts[(n-k+j)%len(starts)]
			if strings.EqualFold(s[i:e], string(b[at[j]:])) {
				out = append(out, monthSpan{i, e, runEnd})
			}
		}
	}
	return out
}

// zoneOffsets are the fixed offsets (minutes east of UTC) of zone
// abbreviations common on news pages. The generic US and UK names (ET, PT,
// UK) depend on the date and are handled in zoneFor.
var zoneOffsets = map[string]int{
	"UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 60, "WEST": 60, "CET": 60, "CEST": 120,
	"MEZ": 60, "MESZ": 120, "EET": 120, "EEST": 180, "MSK": 180, "EST": -300, "EDT": -240,
	"CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
	"AKST": -540, "AKDT": -480, "HST": -600, "AST": -240, "ADT": -180, "NST": -210,
	"NDT": -150, "JST": 540, "KST": 540, "HKT": 480, "SGT": 480, "AWST": 480, "ACST": 570,
	"AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780, "WIB": 420, "PHT": 480, "SAST": 120,
	"WAT": 60, "EAT": 180, "IST": 330, "PKT": 300, "ICT": 420,
}

// usZones are the generic US zone names with their standard offset.
var usZones = map[string]int{"ET": -300, "CT": -360, "MT": -420, "PT": -480}

// zoneFor returns the location an abbreviation names on a given day, or nil.
func zoneFor(abbr string, y int, m time.Month, d int) *time.Location {
	if off, ok := zoneOffsets[abbr]; ok {
		return time.FixedZone(abbr, off*60)
	}
	if off, ok := usZones[abbr]; ok {
		if usDST(y, m, d) {
			return time.FixedZone(abbr, (off+60)*60)
		}
		return time.FixedZone(abbr, off*60)
	}
	if abbr == "UK" {
		if euDST(y, m, d) {
			return time.FixedZone("BST", 3600)
		}
		return time.FixedZone("GMT", 0)
	}
	return nil
}

// usDST: from the second Sunday of March to the first Sunday of November.
func usDST(y int, m time.Month, d int) bool {
	start := nthSunday(y, time.March, 2)
	end := nthSunday(y, time.November, 1)
	day := time.Date(y, m, d, 12, 0, 0, 0, time.UTC)
	return !day.Before(start) && day.Before(end)
}

// euDST: from the last Sunday of March to the last Sunday of October.
func euDST(y int, m time.Month, d int) bool {
	day := time.Date(y, m, d, 12, 0, 0, 0, time.UTC)
	return !day.Before(lastSunday(y, time.March)) && day.Before(lastSunday(y, time.October))
}

func nthSunday(y int, m time.Month, n int) time.Time {
	t := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	for t.Weekday() != time.Sunday {
		t = t.AddDate(0, 0, 1)
	}
	return t.AddDate(0, 0, 7*(n-1))
}

func lastSunday(y int, m time.Month) time.Time {
	t := time.Date(y, m+1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
	for t.Weekday() != time.Sunday {
		t = t.AddDate(0, 0, -1)
	}
	return t
}

// A foundDate is one calendar date in a line, with its byte span.
type foundDate struct {
	y          int
	m          time.Month
	d          int
	start, end int
	// From ISO forms, which carry their own time and offset.
	hh, mm  int
	hasTime bool
	loc     *time.Location
}

// findDates returns the dates in s in order of position. monthFirst reads
// an ambiguous numeric date such as 03/04/2025 as March 4 (US usage).
// Digits of other scripts (Arabic-Indic, Persian, Devanagari, Thai, full
// width) are read as the ASCII ones; the spans are those in s.
func findDates(s string, monthFirst bool) []foundDate {
	if hasWideDigits(s) {
		t, pos := asciiDigits(s)
		ds := findASCIIDates(t, monthFirst)
		for i := range ds {
			ds[i].start, ds[i].end = pos[ds[i].start], pos[ds[i].end]
		}
		return ds
	}
	return findASCIIDates(s, monthFirst)
}

// findASCIIDates is findDates for a text whose digits are ASCII.
func findASCIIDates(s string, monthFirst bool) []foundDate {
	// Every form has a year of two or four digits; most lines have none.
	if !hasDigitRun(s, 2) {
		return nil
	}
	var out []foundDate
	taken := func(a, b int) bool {
		for _, f := range out {
			if a < f.end && b > f.start {
				return true
			}
		}
		return false
	}
	addIf := func(f foundDate) {
		f.y, f.m, f.d = calendarDate(f.y, f.m, f.d)
		if validDate(f.y, f.m, f.d) && !taken(f.start, f.end) {
			out = append(out, f)
		}
	}
	// The patterns run only where they could match: all but reNumeric
	// need a year of four digits, and all but the month names a
	// separator between two digits.
	year := hasDigitRun(s, 4)
	seps := hasDigitSepDigit(s, "./-")
	// A Thai date may give the year in two digits ("28 ก.พ. 68").
	thai := !year && strings.Contains(s, "\xe0\xb8")
	// A year of an era ("民國114年", "令和8年") has fewer digits.
	era := !year && (strings.Contains(s, "民國") || strings.Contains(s, "令和") || strings.Contains(s, "平成"))
	short := !year && hasDigitSepDigit(s, ":") && strings.Contains(s, ". ")
	if !year && !seps && !thai && !era && !short {
		return nil
	}
	if year && hasDigitSepDigit(s, "-") {
		for _, m := range reISO().FindAllStringSubmatchIndex(s, -1) {
			y := atoi(s, m[2], m[3])
			f := foundDate{y: y, m: solarHijri(y, time.Month(atoi(s, m[4], m[5]))), d: atoi(s, m[6], m[7]), start: m[0], end: m[1]}
			if m[8] >= 0 {
				f.hh, f.mm, f.hasTime = atoi(s, m[8], m[9]), atoi(s, m[10], m[11]), true
				if m[12] >= 0 {
					f.loc = parseOffset(s[m[12]:m[13]])
				}
			}
			addIf(f)
		}
	}
	if year {
		mdy, dmy := monthDates(s)
		for _, m := range mdy {
			addIf(foundDate{y: atoi(s, m[6], m[7]), m: monthNames[strings.ToLower(s[m[2]:m[3]])], d: atoi(s, m[4], m[5]), start: m[0], end: m[1]})
		}
		for _, m := range dmy {
			addIf(foundDate{y: atoi(s, m[6], m[7]), m: monthNames[strings.ToLower(s[m[4]:m[5]])], d: atoi(s, m[2], m[3]), start: m[0], end: m[1]})
		}
	}
	if year && hasDigitSepDigit(s, "/.") {
		for _, m := range reYMD().FindAllStringSubmatchIndex(s, -1) {
			if strings.HasPrefix(strings.TrimLeft(s[m[1]:], " "), "هـ") {
				continue // "1446/09/12 هـ" is of the Islamic (lunar) calendar, which is not read
			}
			addIf(foundDate{y: atoi(s, m[2], m[3]), m: solarHijri(atoi(s, m[2], m[3]), time.Month(atoi(s, m[4], m[5]))), d: atoi(s, m[6], m[7]), start: m[0], end: m[1]})
		}
	}
	if year || thai || era {
		out = append(out, otherDates(s, taken)...)
	}
	if short {
		for _, m := range reDMYSpacedShort().FindAllStringSubmatchIndex(s, -1) {
			// The span ends with the year: the time is read as any other.
			addIf(foundDate{y: 2000 + atoi(s, m[6], m[7]), m: time.Month(atoi(s, m[4], m[5])), d: atoi(s, m[2], m[3]), start: m[0], end: m[7]})
		}
	}
	if seps {
		for _, m := range reNumeric().FindAllStringSubmatchIndex(s, -1) {
			if s[m[4]:m[5]] != s[m[8]:m[9]] {
				continue // "11/19-2019" mixes separators: not a date
			}
			a, b, y := atoi(s, m[2], m[3]), atoi(s, m[6], m[7]), atoi(s, m[10], m[11])
			if m[11]-m[10] == 2 {
				y += 2000
			}
			sep := s[m[4]:m[5]]
			day, mon := a, b
			switch {
			case a > 12 && b <= 12:
				day, mon = a, b
			case b > 12 && a <= 12:
				day, mon = b, a
			case sep == "/" && monthFirst:
				day, mon = b, a
			}
			if a != b && a <= 12 && b <= 12 {
				day, mon = weekdayReading(s[:m[0]], y, day, mon)
			}
			addIf(foundDate{y: y, m: time.Month(mon), d: day, start: m[0], end: m[1]})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// weekdayReading settles an ambiguous numeric date (5/10/2020) by the
// weekday named just before it: "Monday 5/10/2020" is 5 October, as
// 10 May 2020 was a Sunday. It returns day and mon as given unless the
// weekday fits the other reading only.
func weekdayReading(before string, y, day, mon int) (int, int) {
	w, ok := weekdayNames[strings.ToLower(lastWordIn(strings.TrimRight(before, " ,.")))]
	if !ok {
		return day, mon
	}
	if time.Date(y, time.Month(mon), day, 0, 0, 0, 0, time.UTC).Weekday() != w &&
		time.Date(y, time.Month(day), mon, 0, 0, 0, 0, time.UTC).Weekday() == w {
		return mon, day
	}
	return day, mon
}

// weekdayNames are the names of the days, lower-cased, in the languages
// whose pages write numeric dates with a weekday before them.
var weekdayNames = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
	"mon": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday, "wed": time.Wednesday, "thu": time.Thursday,
	"thur": time.Thursday, "thurs": time.Thursday, "fri": time.Friday, "sat": time.Saturday, "sun": time.Sunday,
	"lundi": time.Monday, "mardi": time.Tuesday, "mercredi": time.Wednesday, "jeudi": time.Thursday,
	"vendredi": time.Friday, "samedi": time.Saturday, "dimanche": time.Sunday,
	"montag": time.Monday, "dienstag": time.Tuesday, "mittwoch": time.Wednesday, "donnerstag": time.Thursday,
	"freitag": time.Friday, "samstag": time.Saturday, "sonntag": time.Sunday,
	"lunes": time.Monday, "martes": time.Tuesday, "miércoles": time.Wednesday, "jueves": time.Thursday,
	"viernes": time.Friday, "sábado": time.Saturday, "domingo": time.Sunday,
	"lunedì": time.Monday, "martedì": time.Tuesday, "mercoledì": time.Wednesday, "giovedì": time.Thursday,
	"venerdì": time.Friday, "sabato": time.Saturday, "domenica": time.Sunday,
	"maandag": time.Monday, "dinsdag": time.Tuesday, "woensdag": time.Wednesday, "donderdag": time.Thursday,
	"vrijdag": time.Friday, "zaterdag": time.Saturday, "zondag": time.Sunday,
}

// otherDates finds the year-first forms of East Asia and Hungary, the
// Thai short months and the Vietnamese "ngày 20 tháng 11 năm 2019", each
// where a cheap look at s says it may be; taken tells the spans already
// read.
func otherDates(s string, taken func(a, b int) bool) []foundDate {
	var out []foundDate
	add := func(y int, m time.Month, d, start, end int) {
		y, m, d = calendarDate(y, m, d)
		if validDate(y, m, d) && !taken(start, end) {
			out = append(out, foundDate{y: y, m: m, d: d, start: start, end: end})
		}
	}
	if strings.Contains(s, "年") || strings.Contains(s, "년") {
		for _, m := range reCJKDate().FindAllStringSubmatchIndex(s, -1) {
			add(atoi(s, m[2], m[3]), time.Month(atoi(s, m[4], m[5])), atoi(s, m[6], m[7]), m[0], m[1])
		}
		if strings.Contains(s, "令和") || strings.Contains(s, "平成") {
			for _, m := range reJapanEraDate().FindAllStringSubmatchIndex(s, -1) {
				y, base := 1, 2018
				if s[m[4]:m[5]] != "元" {
					y = atoi(s, m[4], m[5])
				}
				if s[m[2]:m[3]] == "平成" {
					base = 1988
				}
				add(base+y, time.Month(atoi(s, m[6], m[7])), atoi(s, m[8], m[9]), m[0], m[1])
			}
		}
	}
	if strings.Contains(s, ". ") {
		for _, m := range reYMDSpaced().FindAllStringSubmatchIndex(s, -1) {
			add(atoi(s, m[2], m[3]), time.Month(atoi(s, m[4], m[5])), atoi(s, m[6], m[7]), m[0], m[1])
		}
		for _, m := range reYMonthD().FindAllStringSubmatchIndex(s, -1) {
			if mon, ok := monthNames[strings.ToLower(s[m[4]:m[5]])]; ok {
				add(atoi(s, m[2], m[3]), mon, atoi(s, m[6], m[7]), m[0], m[1])
			}
		}
		for _, m := range reDMYSpaced().FindAllStringSubmatchIndex(s, -1) {
			add(atoi(s, m[6], m[7]), time.Month(atoi(s, m[4], m[5])), atoi(s, m[2], m[3]), m[0], m[1])
		}
	}
	if strings.Contains(s, " m.") {
		for _, m := range reLTDate().FindAllStringSubmatchIndex(s, -1) {
			if mon, ok := balticMonths[strings.ToLower(s[m[4]:m[5]])]; ok {
				add(atoi(s, m[2], m[3]), mon, atoi(s, m[6], m[7]), m[0], m[1])
			}
		}
	}
	if strings.Contains(s, "gada") {
		for _, m := range reLVDate().FindAllStringSubmatchIndex(s, -1) {
			if mon, ok := balticMonths[strings.ToLower(s[m[6]:m[7]])]; ok {
				add(atoi(s, m[2], m[3]), mon, atoi(s, m[4], m[5]), m[0], m[1])
			}
		}
	}
	if strings.Contains(s, "\xe0\xb8") { // a letter of the Thai block
		for _, m := range reThaiDate().FindAllStringSubmatchIndex(s, -1) {
			y := atoi(s, m[6], m[7])
			if m[7]-m[6] == 2 {
				// "68" is 2568 of the Buddhist era; a clock ("10:15") is
				// not a year.
				if m[7] < len(s) && (s[m[7]] == ':' || s[m[7]] == '.') || y < 50 {
					continue
				}
				y += 2500
			}
			add(y, thaiMonths[s[m[4]:m[5]]], atoi(s, m[2], m[3]), m[0], m[1])
		}
	}
	if strings.Contains(s, "كانون") || strings.Contains(s, "تشرين") {
		for _, m := range reLevantDate().FindAllStringSubmatchIndex(s, -1) {
			add(atoi(s, m[8], m[9]), levantMonth(s[m[4]:m[5]], s[m[6]:m[7]]), atoi(s, m[2], m[3]), m[0], m[1])
		}
	}
	if strings.Contains(s, "民國") {
		for _, m := range reROCDate().FindAllStringSubmatchIndex(s, -1) {
			add(1911+atoi(s, m[2], m[3]), time.Month(atoi(s, m[4], m[5])), atoi(s, m[6], m[7]), m[0], m[1])
		}
	}
	if strings.Contains(s, "ខែ") {
		for _, m := range reKhmerDate().FindAllStringSubmatchIndex(s, -1) {
			add(atoi(s, m[6], m[7]), monthNames[s[m[4]:m[5]]], atoi(s, m[2], m[3]), m[0], m[1])
		}
	}
	if strings.Contains(s, "၊") {
		for _, m := range reMyanmarMDY().FindAllStringSubmatchIndex(s, -1) {
			add(atoi(s, m[6], m[7]), monthNames[s[m[2]:m[3]]], atoi(s, m[4], m[5]), m[0], m[1])
		}
	}
	if strings.Contains(s, "ခုနှစ်") {
		for _, m := range reMyanmarYMD().FindAllStringSubmatchIndex(s, -1) {
			add(atoi(s, m[2], m[3]), monthNames[s[m[4]:m[5]]], atoi(s, m[6], m[7]), m[0], m[1])
		}
	}
	if strings.Contains(s, "ዓ") {
		for _, m := range reEthiopianDate().FindAllStringSubmatchIndex(s, -1) {
			if mon, ok := ethiopianMonths[s[m[2]:m[3]]]; ok {
				y, gm, d := ethiopianDate(atoi(s, m[6], m[7]), mon, atoi(s, m[4], m[5]))
				add(y, gm, d, m[0], m[1])
			}
		}
	}
	if strings.Contains(s, "ṣ") {
		for _, m := range reYorubaDate().FindAllStringSubmatchIndex(s, -1) {
			if mon := yorubaMonth(s[m[4]:m[5]]); mon > 0 {
				add(atoi(s, m[6], m[7]), mon, atoi(s, m[2], m[3]), m[0], m[1])
			}
		}
	}
	if strings.Contains(s, "háng") || strings.Contains(s, "HÁNG") {
		for _, m := range reVietDate().FindAllStringSubmatchIndex(s, -1) {
			add(atoi(s, m[6], m[7]), time.Month(atoi(s, m[4], m[5])), atoi(s, m[2], m[3]), m[0], m[1])
		}
	}
	return out
}

// levantMonth returns the month a Levantine name of two words spells:
// كانون ("Kanun") is the first of two in December and January, تشرين
// ("Tishrin") in October and November.
func levantMonth(name, order string) time.Month {
	first := order == "أول" || order == "اول"
	switch {
	case name == "كانون" && first:
		return time.December
	case name == "كانون":
		return time.January
	case first:
		return time.October
	}
	return time.November
}

// mayHoldDate reports whether findDates may find a date in a line: every
// date has two digits in a row, ASCII or of another script.
func mayHoldDate(ln *line) bool {
	return ln.digits >= 2 || ln.runes < len(ln.text) && hasWideDigits(ln.text)
}

// hasWideDigits reports whether s has a decimal digit of a script other
// than Latin: Arabic-Indic (٢٠١٩), Persian (۱۳۹۸), Devanagari, Bengali,
// Thai, Myanmar, Khmer or full width (２０１９). Their UTF-8 forms open with
// one of a few bytes, which are looked for first.
func hasWideDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		// One comparison passes ASCII and most other bytes.
		if c := s[i]; c >= 0xD9 && (c == 0xD9 || c == 0xDB || c == 0xE0 || c == 0xE1 || c == 0xEF) {
			if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsDigit(r) {
				return true
			}
		}
	}
	return false
}

// asciiDigits writes s with the digits of other scripts as ASCII ones,
// and where each byte of the result came from in s (one more entry, for
// the end).
func asciiDigits(s string) (string, []int) {
	var b strings.Builder
	pos := make([]int, 0, len(s)+1)
	for i, r := range s {
		if r > unicode.MaxASCII && unicode.IsDigit(r) {
			if d := digitValue(r); d >= 0 {
				b.WriteByte(byte('0' + d))
				pos = append(pos, i)
				continue
			}
		}
		n := utf8.RuneLen(r)
		if r == utf8.RuneError {
			n = 1
		}
		b.WriteString(s[i : i+n])
		for k := 0; k < n; k++ {
			pos = append(pos, i+k)
		}
	}
	pos = append(pos, len(s))
	return b.String(), pos
}

// digitValue returns the value of a decimal digit of any script: Unicode
// puts each script's ten digits in a row, zero first.
func digitValue(r rune) int {
	for z := r; z >= r-10; z-- {
		if !unicode.IsDigit(z) {
			return int(r - z - 1)
		}
	}
	return -1
}

// hasDigitSepDigit reports whether s has a byte of seps between two
// digits.
func hasDigitSepDigit(s, seps string) bool {
	for i := 1; i+1 < len(s); i++ {
		if isDigitByte(s[i-1]) && isDigitByte(s[i+1]) && strings.IndexByte(seps, s[i]) >= 0 {
			return true
		}
	}
	return false
}

// hasDigitRun reports whether s has n or more digits in a row.
func hasDigitRun(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

func validDate(y int, m time.Month, d int) bool {
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func atoi(s string, a, b int) int {
	if a < 0 {
		return 0
	}
	n, err := strconv.Atoi(s[a:b])
	if err != nil {
		return 0
	}
	return n
}

func parseOffset(z string) *time.Location {
	if z == "Z" {
		return time.UTC
	}
	m := reOffset().FindStringSubmatch(z)
	if m == nil {
		return nil
	}
	h, _ := strconv.Atoi(m[2])
	mins, _ := strconv.Atoi(m[3])
	off := h*3600 + mins*60
	if m[1] == "-" {
		off = -off
	}
	if off == 0 {
		return time.UTC
	}
	return time.FixedZone("", off)
}

// timeNear looks for a clock time (and zone) in s[a:b], the text around one
// date, and returns hour, minute, zone abbreviation or offset, and the span.
func timeNear(s string, a, b int) (hh, mm int, zone string, span [2]int, ok bool) {
	seg := s[a:b]
	best := -1
	var bm []int
	pm := false
	if m := reTime12().FindStringSubmatchIndex(seg); m != nil {
		best, bm = m[0], m
		pm = strings.EqualFold(seg[m[6]:m[7]], "p")
	}
	if m := reTime24().FindStringSubmatchIndex(seg); m != nil && (best < 0 || m[0] < best) {
		best, bm, pm = m[0], nil, false
		hh, mm = atoi(seg, m[2], m[3]), atoi(seg, m[4], m[5])
		span = [2]int{a + m[0], a + m[1]}
	}
	if best < 0 {
		return 0, 0, "", span, false
	}
	if bm != nil {
		hh = atoi(seg, bm[2], bm[3])
		if bm[4] >= 0 {
			mm = atoi(seg, bm[4], bm[5])
		}
		if hh < 1 || hh > 12 || mm > 59 {
			return 0, 0, "", span, false
		}
		if pm && hh != 12 {
			hh += 12
		}
		if !pm && hh == 12 {
			hh = 0
		}
		span = [2]int{a + bm[0], a + bm[1]}
	}
	// The zone follows the time: "3:10 p.m. ET", "9:08 GMT", "(UTC+2)".
	rest := s[span[1]:]
	if m := reOffset().FindStringSubmatchIndex(rest); m != nil && (strings.Contains(rest[:m[1]], "GMT") || strings.Contains(rest[:m[1]], "UTC") || strings.Contains(rest[:m[1]], ":")) {
		return hh, mm, strings.TrimLeft(rest[:m[1]], " ("), [2]int{span[0], span[1] + m[1]}, true
	}
	r := strings.TrimLeft(rest, " ")
	if strings.HasPrefix(r, ", UK") {
		r = r[2:] // "11:42, UK"
	}
	skip := len(rest) - len(r)
	n := 0
	for n < len(r) && n < 5 && r[n] >= 'A' && r[n] <= 'Z' {
		n++
	}
	if n > 0 && (n == len(r) || !isASCIILetter(r[n])) {
		z := r[:n]
		if _, ok := zoneOffsets[z]; ok || usZones[z] != 0 || z == "UK" {
			return hh, mm, z, [2]int{span[0], span[1] + skip + n}, true
		}
	}
	return hh, mm, "", span, true
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// A datedLine is a line's reading as a dateline.
type datedLine struct {
	t       time.Time
	updated bool // the date is marked as an update ("Updated …")
	// The date is marked as the publication ("Published …", "Publié le").
	published bool
	rest      int // words of the line that are neither date nor dateline filler
}

// dateFiller are words that sit around dates in datelines.
var dateFiller = toSet(
	"published", "updated", "posted", "last", "modified", "on", "at", "date", "publish",
	"first", "original", "originally", "edited", "the", "of", "and", "am", "pm", "a", "p", "m",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
	"est", "edt", "et", "pst", "pdt", "pt", "cst", "cdt", "ct", "mst", "mdt", "mt", "gmt",
	"utc", "bst", "cet", "cest", "uk", "hst", "time", "de", "le", "el", "am", "um", "publié",
	"publicado", "pubblicato", "veröffentlicht", "gepubliceerd", "actualizado", "aggiornato",
	"aktualisiert", "bijgewerkt", "atualizado", "mis", "à", "jour", "ago", "created", "release",
	"released", "dated", "as", "in", "h",
)

// updateWords mark a date as an update, looked for (lower-cased) in the
// text before it: "Updated", "Aktualizacja", "Обновлено", "更新", "수정".
// Stems stand for their inflections ("actualizad" for -o and -a).
var updateWords = []string{"update", "modified", "edited", "actualizad", "actualisé", "mis à jour", "modifié", "aggiornat",
	"aktualisiert", "geändert", "bijgewerkt", "gewijzigd", "atualizad", "oppdatert", "uppdaterad", "opdateret", "päivitetty",
	"aktualiz", "ažurirano", "frissítve", "actualizat", "обновл", "оновл", "ажурирано", "ενημερ", "ενημέρ", "güncelle", "diperbarui",
	"pembaruan", "cập nhật", "更新", "수정", "تحديث", "روزرسانی", "עודכן", "עדכון", "ปรับปรุง", "อัปเดต", "अपडेट", "আপডেট"}

// publishWords mark a date as the publication, looked for (lower-cased)
// in the text before it: "Published", "Publié le", "Опубликовано", "发布".
// Stems stand for their inflections; none is a bare "public", which opens
// a "Public hearing" as well.
var publishWords = []string{"publish", "posted", "publié", "publicad", "publicat", "pubblicat", "publicer", "publiser",
	"gepubliceerd", "veröffentlicht", "erschienen", "julkaistu", "publikowan", "opublikowano", "publikován", "publikovan",
	"zveřejněn", "zverejnen", "megjelent", "опубликован", "опублікован", "објављен", "δημοσίευ", "δημοσιεύ", "yayınla",
	"yayımla", "diterbitkan", "dipublikasikan", "đăng ngày", "ngày đăng", "发布", "發布", "发表", "發表", "公開", "掲載",
	"配信", "投稿", "입력", "등록", "게시", "نشر", "نُشر", "انتشار", "פורסם", "เผยแพร่", "प्रकाशित", "প্রকাশিত"}

// readDateLine reads a line as a dateline: it returns the first date it
// states (preferring one not marked as an update), and how many words are
// left over once dates, times and filler are set aside.
func readDateLine(s string, monthFirst bool) (datedLine, bool) {
	if hasWideDigits(s) {
		s, _ = asciiDigits(s)
	}
	ds := findDates(s, monthFirst)
	if len(ds) == 0 {
		return datedLine{}, false
	}
	low := strings.ToLower(s)
	covered := make([][2]int, 0, 2*len(ds))
	var pick *datedLine
	for i, f := range ds {
		lo, hi := 0, len(s)
		if i > 0 {
			lo = ds[i-1].end
		}
		if i+1 < len(ds) {
			hi = ds[i+1].start
		}
		covered = append(covered, [2]int{f.start, f.end})
		hh, mm, loc := f.hh, f.mm, f.loc
		if !f.hasTime {
			// Look after the date first ("March 27, 2025 10:45"), then before
			// it ("5:45 AM PST 11/19/2019").
			var zone string
			var span [2]int
			var ok bool
			if hh, mm, zone, span, ok = timeNear(s, f.end, min(hi, f.end+40)); !ok {
				hh, mm, zone, span, ok = timeNear(s, max(lo, f.start-40), f.start)
			}
			if ok {
				covered = append(covered, span)
				if zone != "" {
					if z := zoneFor(zone, f.y, f.m, f.d); z != nil {
						loc = z
					} else {
						loc = parseOffset(zone)
					}
				}
			} else {
				hh, mm = 0, 0
			}
		}
		if loc == nil {
			loc = time.UTC
		}
		dl := datedLine{t: time.Date(f.y, f.m, f.d, hh, mm, 0, 0, loc)}
		// An update marker between the previous date and this one.
		before := low[lo:f.start]
		for _, w := range updateWords {
			if strings.Contains(before, w) {
				dl.updated = true
			}
		}
		dl.published = !dl.updated && hasAnyOf(before, publishWords)
		if pick == nil || (pick.updated && !dl.updated) {
			d := dl
			pick = &d
		}
	}
	// Count what is left when dates and times are cut out.
	var b strings.Builder
	last := 0
	sort.Slice(covered, func(i, j int) bool { return covered[i][0] < covered[j][0] })
	for _, c := range covered {
		if c[0] > last {
			b.WriteString(s[last:c[0]])
		}
		last = max(last, c[1])
		b.WriteByte(' ')
	}
	if last < len(s) {
		b.WriteString(s[last:])
	}
	for w := range wordsIn(strings.ToLower(b.String())) {
		if !dateFiller[w] && !isDigits(w) {
			pick.rest++
		}
	}
	return *pick, true
}
