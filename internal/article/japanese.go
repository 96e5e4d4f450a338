package article

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"github.com/ikawaha/kagome-dict/ipa"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

// TitleSlug is the slug of an article whose title is in language lang (an
// ISO 639-1 code, "" when unknown). A Japanese title is read as Japanese:
// 横浜の商店街 is yokohama-no-shotengai, where Slugify, which knows no
// language, gives the Chinese readings of its characters
// (heng-bang-no-shang-dian-jie). Every other title, Chinese included, is
// Slugify's.
//
// Kanji have several readings each, chosen by the word they are in, so
// the title is split into words and each read by a morphological analyser,
// github.com/ikawaha/kagome with the IPA dictionary of MeCab (a maintained
// pure-Go analyser whose dictionary gives every word's reading and
// pronunciation); no table of characters can read 市場 as ichiba in one
// title and shijo in another. The dictionary is 12 MB in the binary and
// takes about a second and 90 MB to load, so it is loaded the first
// time a Japanese title with kanji or hiragana is slugged, which only the
// importer does: the server slugs names with Slugify and never loads it.
func TitleSlug(title, lang string) string {
	if lang == "ja" {
		if kanji, kana := japaneseScripts(title); kanji || kana {
			return Slugify(romanizeJapanese(title, kanji))
		}
	}
	return Slugify(title)
}

// japaneseScripts reports whether s holds Han characters, and kana.
func japaneseScripts(s string) (han, kana bool) {
	for _, r := range s {
		if r < 0x3000 {
			continue
		}
		if unicode.Is(unicode.Han, r) {
			han = true
		} else if isKana(r) {
			kana = true
		}
	}
	return han, kana
}

// romanizeJapanese writes s in Hepburn, words apart. Text of katakana
// alone needs no dictionary (the kana are the reading, and loanwords in
// katakana stand between spaces or punctuation); kanji and hiragana are
// split into words and read by the analyser.
func romanizeJapanese(s string, kanji bool) string {
	var b strings.Builder
	if !kanji && !hasHiragana(s) {
		romanizeKana(&b, s)
		return b.String()
	}
	tok := japaneseTokenizer()
	if tok == nil {
		return s
	}
	glue := true // nothing to set apart from at the start
	number := false
	for _, t := range tok.Tokenize(s) {
		pos := t.POS()
		reading, ok := t.Reading()
		pron, _ := t.Pronunciation()
		afterNumber := number
		number = len(pos) > 1 && pos[1] == "数"
		if afterNumber && t.Surface == "月" {
			// The month after a numeral (4月, shigatsu): the IPA
			// dictionary has 月 only as a noun (tsuki) and as part of
			// words written with kanji numerals.
			pos, reading, pron, ok = []string{"名詞", "接尾", "助数詞"}, "ガツ", "ガツ", true
		}
		if !glue && !attaches(pos, t.Surface) && !(afterNumber && number) {
			b.WriteByte(' ')
		}
		// A prefix (新, 全, お) belongs to the word after it.
		glue = len(pos) > 0 && pos[0] == "接頭詞"
		han, kana := japaneseScripts(t.Surface)
		switch {
		case !han && !kana:
			b.WriteString(t.Surface)
		case ok && reading != "" && reading != "*":
			romanizeKana(&b, longVowels(reading, pron))
		case !han:
			romanizeKana(&b, t.Surface)
		default:
			// A word the dictionary lacks: its characters' Chinese
			// readings (Slugify's) are the honest fallback, better
			// than a guess at a Japanese one.
			b.WriteString(t.Surface)
		}
	}
	return b.String()
}

// attaches reports whether a word is written joined to the one before it,
// as Hepburn joins them: auxiliary verbs (話した hanashita), suffixes
// (商店街 shotengai, 4月 4gatsu) and the て of a verb's te-form. Particles
// stand apart (yokohama no), and so do honorifics (misaki-san), as
// Hepburn texts write them.
func attaches(pos []string, surface string) bool {
	if len(pos) < 2 {
		return false
	}
	switch {
	case pos[1] == "接尾" && len(pos) > 2 && pos[2] == "人名":
		return false // an honorific keeps its hyphen: misaki-san
	case pos[0] == "助動詞", pos[1] == "接尾":
		return true
	case pos[0] == "助詞" && pos[1] == "接続助詞":
		return surface == "て" || surface == "で"
	}
	return false
}

func hasHiragana(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Hiragana, r) {
			return true
		}
	}
	return false
}

var (
	japaneseOnce   sync.Once
	japaneseTok    *tokenizer.Tokenizer
	japaneseLoaded atomic.Bool
)

// japaneseTokenizer loads the analyser and its dictionary on first use. It
// returns nil if the analyser cannot be made (New fails only on bad
// options, and these are fixed), and titles then keep Slugify's readings.
func japaneseTokenizer() *tokenizer.Tokenizer {
	japaneseOnce.Do(func() {
		if t, err := tokenizer.New(ipa.Dict(), tokenizer.OmitBosEos()); err == nil {
			japaneseTok = t
		}
		japaneseLoaded.Store(true)
	})
	return japaneseTok
}
