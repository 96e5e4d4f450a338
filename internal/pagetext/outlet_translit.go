package pagetext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/morgue-archive/morgue/internal/article"
)

// A site whose name is written in another script than the Latin one
// registers its domain in Latin letters, spelled by how the name sounds:
// "Вечерний залив" at vecherniyzaliv.ru, "예시일보" at yesiilbo.co.kr,
// "صحيفة المثال" at almithal.com. Spellings of one sound differ (х is
// "kh" or "h", ㅓ "eo" or "u"), so a name and a domain are compared by
// their consonants alone, the vowels and the glides dropped.

// cyrillicSounds spell the Cyrillic letters in Latin ones, in lower case.
var cyrillicSounds = map[rune]string{'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh", 'з': "z",
	'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u",
	'ф': "f", 'х': "h", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "sh", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
	'і': "i", 'ї': "i", 'є': "e", 'ґ': "g"}

// arabicSounds spell the Arabic consonants; the long vowels, the
// glottal stop and the feminine ending are dropped as vowels are.
var arabicSounds = map[rune]string{'ب': "b", 'ت': "t", 'ث': "th", 'ج': "j", 'ح': "h", 'خ': "kh", 'د': "d", 'ذ': "dh", 'ر': "r",
	'ز': "z", 'س': "s", 'ش': "sh", 'ص': "s", 'ض': "d", 'ط': "t", 'ظ': "z", 'غ': "gh", 'ف': "f", 'ق': "k", 'ك': "k", 'ل': "l",
	'م': "m", 'ن': "n", 'ه': "h"}

// hangulInitials and hangulFinals spell a Hangul syllable's first and
// last consonants, as the Revised Romanization does.
var (
	hangulInitials = [...]string{"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"}
	hangulFinals   = [...]string{"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"}
)

// soundSkeleton returns the consonants of s, a name in Latin, Cyrillic,
// Arabic or Hangul letters, spelled in Latin ones: "Вечерний залив" →
// "vchrnzlv", "vecherniy-zaliv" → "vchrnzlv". A letter of another
// script gives "".
func soundSkeleton(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		var sp string
		switch {
		case r < utf8.RuneSelf:
			if !isASCIILetter(byte(r)) {
				continue
			}
			sp = string(r)
		case r >= 0xAC00 && r <= 0xD7A3:
			k := int(r - 0xAC00)
			sp = hangulInitials[k/(21*28)] + hangulFinals[k%28]
		default:
			var ok bool
			if sp, ok = cyrillicSounds[r]; !ok {
				if sp, ok = arabicSounds[r]; !ok {
					if r >= 0x0600 && r <= 0x06FF {
						continue // a long vowel, a glottal stop, a mark
					}
					return ""
				}
			}
		}
		for i := 0; i < len(sp); i++ {
			switch c := sp[i]; c {
			case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'h':
				// Vowels and glides; h as well, which "kh", "zh" and
				// "ch" spell one sound with and some spellings drop.
			case 'q':
				b.WriteByte('k')
			case 'c':
				b.WriteByte('k')
			default:
				b.WriteByte(c)
			}
		}
	}
	return nasalBefore(b.String())
}

// nasalBefore writes n for an m before b or p: Hepburn spells 新聞
// "shimbun" where a reading gives "shinbun".
func nasalBefore(sk string) string {
	if !strings.Contains(sk, "mb") && !strings.Contains(sk, "mp") {
		return sk
	}
	return strings.NewReplacer("mb", "nb", "mp", "np").Replace(sk)
}

// hanOrKana reports whether s holds a Han character or kana, which
// soundSkeleton cannot spell without a reading.
func hanOrKana(s string) (han, kana bool) {
	for _, r := range s {
		switch {
		case r < 0x3040:
		case r <= 0x30FF:
			kana = true
		case unicode.Is(unicode.Han, r):
			han = true
		}
	}
	return han, kana
}

// readingSkeletons returns the consonants of a name in Han characters or
// kana as its domain may spell it: in pinyin ("江城晚报" → jiangchengwanbao),
// as the initials of its syllables (jcwb), and on a Japanese page or for a
// name with kana, in the Japanese reading a morphological analyser gives
// ("北浜新聞" → kitahama-shinbun; article.TitleSlug). The analyser's
// dictionary is loaded the first time, so only a name a domain on the page
// may spell is read.
func readingSkeletons(name string, japanese bool) []string {
	han, kana := hanOrKana(name)
	if !han && !kana {
		return nil
	}
	var out []string
	if !kana {
		py := article.Slugify(name)
		out = append(out, soundSkeleton(py))
		var ini strings.Builder
		for _, syl := range strings.Split(py, "-") {
			if syl != "" {
				ini.WriteByte(syl[0])
			}
		}
		if ini.Len() >= 3 {
			out = append(out, "="+ini.String()) // compared with the domain's letters, not its consonants
		}
	}
	if kana || japanese {
		out = append(out, soundSkeleton(article.TitleSlug(name, "ja")))
	}
	return out
}

// spellsReading reports whether a domain's name part spells one of a
// name's readingSkeletons.
func spellsReading(sks []string, core string) bool {
	d := soundSkeleton(core)
	for _, sk := range sks {
		if ini, ok := strings.CutPrefix(sk, "="); ok && ini == strings.ToLower(core) || len(sk) >= 3 && sk == d {
			return true
		}
	}
	return false
}

// spellsName reports whether a domain's name part spells a name written
// in another script: the consonants of the name, or of its words past
// the first ("صحيفة المثال" is the paper al-Mithal), are the domain's.
func spellsName(name, core string) bool {
	if strings.ContainsFunc(name, func(r rune) bool { return r < 0x370 && unicode.IsLetter(r) }) {
		return false // a letter of the Latin script: "Suscríbete a Hora Nueva"
	}
	d := soundSkeleton(core)
	if len(d) < 3 {
		return false
	}
	for {
		if soundSkeleton(name) == d {
			return true
		}
		_, rest, ok := strings.Cut(name, " ")
		if !ok {
			return false
		}
		name = rest
	}
}

// spelledHost reports whether a line outside the story gives an address
// or a domain whose name spells name in Latin letters.
func (p *page) spelledHost(name string) bool {
	var readings []string
	read := false
	for j := range p.lines {
		ln := &p.lines[j]
		if j >= p.bodyStart && j < p.bodyEnd || ln.words > 16 || !hasDotLetter(ln.text) {
			continue
		}
		for _, f := range strings.Fields(ln.text) {
			h := hostOf(f)
			if h == "" {
				h = domainIn(strings.Trim(f, ".,;:()"))
			}
			if h == "" {
				continue
			}
			if !read {
				readings, read = readingSkeletons(name, p.japanese()), true
			}
			if readings != nil && spellsReading(readings, domainCore(h)) || readings == nil && spellsName(name, domainCore(h)) {
				return true
			}
		}
	}
	return false
}

// japanese reports whether the page is in Japanese: its language, or kana
// in its headline or its story's first line (a headline of kanji alone
// may be taken for Chinese).
func (p *page) japanese() bool {
	if p.code == "ja" {
		return true
	}
	for _, i := range [...]int{p.title, p.bodyStart} {
		if i >= 0 && i < len(p.lines) {
			if _, kana := hanOrKana(p.lines[i].text); kana {
				return true
			}
		}
	}
	return false
}

// ownScriptMasthead returns the line over the headline that writes name,
// a Latin name or domain a copyright line gave, in the page's own script:
// "南浜日報" over "© 2026 Minamihama Nippo", "Вечерний Маяк" over "© 2026
// Vecherniy Mayak", "东岛晚报" over "© 2026 dongdaowanbao.cn". A paper
// prints its name for its readers and spells it in Latin letters for the
// rest of the web; the archive files it under the first. A Latin name
// that translates the press word rather than spelling it ("Qingwan News"
// for "青湾新闻网") is compared by the words before it, when the masthead
// holds a press word of its script.
func (p *page) ownScriptMasthead(name string, title int) string {
	if title <= 0 || name == "" || !isASCII(name) {
		return ""
	}
	words := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
	if d := domainIn(name); d != "" {
		words = strings.Split(domainCore(d), "-")
	}
	core := strings.Join(words, "")
	for len(words) > 1 && outletNameWord(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	stem := ""
	if w := strings.Join(words, ""); w != core {
		stem = soundSkeleton(w)
	}
	for i := 0; i < title && i < 5; i++ {
		ln := &p.lines[i]
		if ln.runes > 24 || ln.words > 4 || isASCII(ln.text) || p.ann[i].header() || p.caption(i) {
			continue
		}
		t := strings.TrimSpace(ln.text)
		sks := readingSkeletons(t, p.japanese())
		if sks == nil && spellsName(t, core) || sks != nil && spellsReading(sks, core) {
			return t
		}
		if len(stem) < 4 || !scriptPressNamed(t) {
			continue
		}
		if sks == nil {
			sks = []string{soundSkeleton(t)}
		}
		for _, sk := range sks {
			if strings.HasPrefix(sk, stem) {
				return t
			}
		}
	}
	return ""
}
