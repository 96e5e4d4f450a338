package pagetext

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
	return b.String()
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
			if h != "" && spellsName(name, domainCore(h)) {
				return true
			}
		}
	}
	return false
}
