package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kana are written in modified Hepburn, the romanisation Japanese news
// outlets, maps and passports use, without its macrons (a slug is ASCII):
// トウキョウ is "tokyo", ジュース "jusu", シンブン "shinbun".

// kanaRomaji holds the katakana; hiragana are looked up as the katakana
// 0x60 code points above them.
var kanaRomaji = map[rune]string{
	'ア': "a", 'イ': "i", 'ウ': "u", 'エ': "e", 'オ': "o",
	'カ': "ka", 'キ': "ki", 'ク': "ku", 'ケ': "ke", 'コ': "ko",
	'サ': "sa", 'シ': "shi", 'ス': "su", 'セ': "se", 'ソ': "so",
	'タ': "ta", 'チ': "chi", 'ツ': "tsu", 'テ': "te", 'ト': "to",
	'ナ': "na", 'ニ': "ni", 'ヌ': "nu", 'ネ': "ne", 'ノ': "no",
	'ハ': "ha", 'ヒ': "hi", 'フ': "fu", 'ヘ': "he", 'ホ': "ho",
	'マ': "ma", 'ミ': "mi", 'ム': "mu", 'メ': "me", 'モ': "mo",
	'ヤ': "ya", 'ユ': "yu", 'ヨ': "yo",
	'ラ': "ra", 'リ': "ri", 'ル': "ru", 'レ': "re", 'ロ': "ro",
	'ワ': "wa", 'ヰ': "i", 'ヱ': "e", 'ヲ': "o", 'ン': "n",
	'ガ': "ga", 'ギ': "gi", 'グ': "gu", 'ゲ': "ge", 'ゴ': "go",
	'ザ': "za", 'ジ': "ji", 'ズ': "zu", 'ゼ': "ze", 'ゾ': "zo",
	'ダ': "da", 'ヂ': "ji", 'ヅ': "zu", 'デ': "de", 'ド': "do",
	'バ': "ba", 'ビ': "bi", 'ブ': "bu", 'ベ': "be", 'ボ': "bo",
	'パ': "pa", 'ピ': "pi", 'プ': "pu", 'ペ': "pe", 'ポ': "po",
	'ヴ': "vu", 'ヷ': "va", 'ヸ': "vi", 'ヹ': "ve", 'ヺ': "vo",
	// Small kana standing alone.
	'ァ': "a", 'ィ': "i", 'ゥ': "u", 'ェ': "e", 'ォ': "o",
	'ャ': "ya", 'ュ': "yu", 'ョ': "yo", 'ヮ': "wa", 'ヵ': "ka", 'ヶ': "ke",
}

// smallKana combine with the kana before them: キャ kya, シェ she, ファ fa.
var smallKana = map[rune]string{
	'ャ': "ya", 'ュ': "yu", 'ョ': "yo",
	'ァ': "a", 'ィ': "i", 'ゥ': "u", 'ェ': "e", 'ォ': "o", 'ヮ': "wa",
}

// combine writes a kana with a small kana after it, or reports that the
// two do not combine (the small one is then read alone).
func combine(prev string, small rune) (string, bool) {
	s := smallKana[small]
	switch {
	case s == "":
		return "", false
	case prev == "fu" || prev == "vu" || prev == "tsu":
		return strings.TrimSuffix(prev, "u") + s, true // fa, vi, tsa, fyu
	case (prev == "te" || prev == "de") && s == "yu":
		return prev[:1] + s, true // テュ tyu, デュ dyu
	case s[0] == 'y':
		// The i-row kana take ya, yu, yo: kya, nyu; sha, cho, ju.
		stem, ok := strings.CutSuffix(prev, "i")
		if !ok || stem == "" {
			return "", false
		}
		if stem == "sh" || stem == "ch" || stem == "j" {
			return stem + s[1:], true
		}
		return stem + s, true
	case prev == "u" && s != "u":
		return "w" + s, true // ウィ wi, ウェ we, ウォ wo
	case prev == "i" && s == "e":
		return "ye", true
	case (prev == "shi" || prev == "chi" || prev == "ji") && s == "e":
		return strings.TrimSuffix(prev, "i") + "e", true // she, che, je
	case (prev == "te" || prev == "de") && s == "i":
		return prev[:1] + "i", true // ティ ti, ディ di
	case (prev == "to" || prev == "do") && s == "u":
		return prev[:1] + "u", true // トゥ tu, ドゥ du
	case (prev == "ku" || prev == "gu") && s != "u":
		return prev[:1] + "w" + s, true // クァ kwa
	}
	return "", false
}

// katakana returns r's katakana: hiragana move to the katakana block.
func katakana(r rune) rune {
	if 'ぁ' <= r && r <= 'ゖ' || 'ゝ' <= r && r <= 'ゞ' {
		return r + 0x60
	}
	return r
}

// isKana reports whether r is hiragana or katakana, with ー and the
// iteration marks.
func isKana(r rune) bool {
	return unicode.In(r, unicode.Hiragana, unicode.Katakana) || r == 'ー'
}

// romanizeKana writes kana in Hepburn to b, with spaces kept between
// words. Anything that is not kana is written as it is. ー, the long
// vowel mark, is the macron Hepburn writes and a slug leaves out;
// a small ッ doubles the consonant after it (kitchin, matcha).
func romanizeKana(b *strings.Builder, s string) {
	var syll []string // the syllables of the current run of kana
	flush := func() {
		for i, x := range syll {
			if x == "" {
				continue
			}
			if x == "\x00" { // a sokuon
				if i+1 < len(syll) && syll[i+1] != "" && syll[i+1] != "\x00" {
					next := syll[i+1]
					switch {
					case strings.HasPrefix(next, "ch"):
						b.WriteByte('t')
					case strings.IndexByte("aeiou", next[0]) < 0 && next != "n":
						b.WriteByte(next[0])
					}
				}
				continue
			}
			b.WriteString(x)
		}
		syll = syll[:0]
	}
	for _, r := range s {
		if !isKana(r) {
			flush()
			b.WriteRune(r)
			continue
		}
		k := katakana(r)
		switch {
		case k == 'ー':
			continue
		case k == 'ッ':
			syll = append(syll, "\x00")
			continue
		case k == 'ヽ' || k == 'ヾ':
			// The previous kana again (ヾ voiced): rare enough that
			// repeating it as written is close enough.
			if n := len(syll); n > 0 {
				syll = append(syll, syll[n-1])
			}
			continue
		}
		if n := len(syll); n > 0 && smallKana[k] != "" {
			if c, ok := combine(syll[n-1], k); ok {
				syll[n-1] = c
				continue
			}
		}
		if x, ok := kanaRomaji[k]; ok {
			syll = append(syll, x)
		}
	}
	flush()
}

// longVowels drops from a word's reading the kana that only lengthen the
// vowel before them, as Hepburn without macrons writes it: the reading
// トウキョウ is pronounced トーキョー, so it is "tokyo", and オオサカ
// "osaka". The pronunciation tells where a kana is only length, so
// 思う (オモウ, said as written) keeps its u and 経済 (ケイザイ, said
// ケーザイ) its i, as Hepburn spells them; a particle takes its sound
// (は is "wa", へ "e"). When the two do not line up kana for kana, the
// reading is used as it is.
func longVowels(reading, pron string) string {
	if pron == "" || utf8.RuneCountInString(reading) != utf8.RuneCountInString(pron) {
		return reading
	}
	var b strings.Builder
	p := []rune(pron)
	i := 0
	for _, r := range reading {
		q := p[i]
		i++
		switch {
		case r == q:
			b.WriteRune(r)
		case q == 'ー':
			if r != 'ウ' && r != 'オ' && r != 'ー' {
				b.WriteRune(r) // ei, ii: Hepburn writes them out
			}
		default:
			b.WriteRune(q)
		}
	}
	return b.String()
}
