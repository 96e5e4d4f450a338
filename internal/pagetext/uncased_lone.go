package pagetext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/morgue-archive/morgue/internal/lang"
)

// A writer of an Arabic, Hebrew or Hindi page is often named alone on the
// line over or under the dateline, with no label ("أحمد خالد", "יוסי לוי",
// "सीमा वर्मा"), or with the town the story is filed from after a comma
// ("सीमा वर्मा, नई दिल्ली"). These scripts have no capitals to tell a
// name from a heading by, so a lone name is read only right next to the
// dateline, close under the headline, and only when none of its words is
// one the page's prose uses or one of a section's or a button's.

// loneHeaderWords are the words of the section names and buttons that
// stand next to a dateline in these languages ("أخبار محلية", "חדשות
// בארץ", "ताज़ा खबर").
var loneHeaderWords = newWordSet(
	"أخبار", "اخبار", "عاجل", "اقتصاد", "رياضة", "محلية", "محليات", "دولي", "دولية", "عربي", "عربية", "سياسة", "ثقافة",
	"فن", "منوعات", "مقالات", "رأي", "تقارير", "متابعات", "صحة", "تكنولوجيا", "حوادث", "تحديث", "نشر", "شارك", "مشاركة",
	"طباعة", "تعليقات", "اقرأ", "أيضا", "فيديو", "صور", "مصر", "العالم",
	"חדשות", "כלכלה", "ספורט", "תרבות", "דעות", "בארץ", "בעולם", "פוליטי", "מדיני", "עודכן", "פורסם", "שתפו", "תגובות",
	"הדפסה", "צפו", "וידאו", "מבזקים",
	"समाचार", "खबर", "ख़बर", "खबरें", "ख़बरें", "देश", "विदेश", "राज्य", "खेल", "मनोरंजन", "बिज़नेस", "बिजनेस", "ताज़ा",
	"ताजा", "अपडेट", "शेयर", "वीडियो", "फोटो", "राजनीति", "दुनिया",
)

// loneUncasedName reads a writer named alone on line i, one of two or
// three words of the Arabic, Hebrew or Devanagari script, maybe with a
// place after a comma, when a dateline is the line right above or below,
// or follows the name on its line after a bar ("יוסי כהן | 07.12.26").
func (p *page) loneUncasedName(i int) []string {
	own := p.ann[i].date != nil
	if !own && !(i > 0 && p.ann[i-1].date != nil) && !(i+1 < len(p.lines) && p.ann[i+1].date != nil) {
		return nil
	}
	s := strings.TrimSpace(p.lines[i].text)
	if isASCII(s) || utf8.RuneCountInString(s) > 60 {
		return nil
	}
	if k := strings.Index(s, " | "); k > 0 {
		s = s[:k] // "सीमा वर्मा | नगर समाचार": the outlet after a bar
	} else if own {
		return nil
	}
	if utf8.RuneCountInString(s) > 40 {
		return nil
	}
	s, _ = cutUncasedDashPlace(s) // "القاهرة - محمد علي": see placedash.go
	name, _ := cutUncasedPlace(s)
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 3 || !loneScript(firstRune(name)) || !isUncasedName(name) {
		return nil
	}
	// An Arabic given name takes no article; a phrase's first noun does
	// ("العالم العربي", "the Arab world").
	if strings.HasPrefix(name, "ال") {
		return nil
	}
	for _, w := range words {
		// A dateline of eight words and more counts as prose: the name's
		// own line is not asked.
		common := own && (lang.IsStopword(p.code, w) || p.proseWrites(w, i)) || !own && p.isCommonWord(w)
		if utf8.RuneCountInString(w) < 2 || loneHeaderWords.has(w) || common {
			return nil
		}
	}
	return []string{name}
}

// loneScript reports a letter of the scripts whose lone names are read:
// Thai spaces part phrases rather than words, so that two of them are no
// surer a name than one, and a lone Han or Hangul name is two to four
// letters that a heading's word can be too.
func loneScript(r rune) bool {
	return unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Devanagari, unicode.Georgian)
}

// placeOpenersUncased open a town's name of two words in these scripts,
// as "New" does ("नई दिल्ली").
var placeOpenersUncased = newWordSet("नई", "नया", "न्यू", "نيو", "ניו")

// cutUncasedPlace cuts the town a writer files from after a comma:
// "सीमा वर्मा, नई दिल्ली", "أحمد خالد، دمشق". The name before the comma
// has two words or more, and the place after it one, or two after a
// word such as "New"; a second writer would have two words of their own.
// It reports whether it cut.
func cutUncasedPlace(s string) (string, bool) {
	k, n := strings.LastIndex(s, ","), 1
	if j := strings.LastIndex(s, "،"); j > k {
		k, n = j, len("،")
	}
	if k <= 0 || strings.ContainsAny(s[:k], ",،") {
		return s, false
	}
	head, place := strings.TrimSpace(s[:k]), strings.Fields(s[k+n:])
	if len(strings.Fields(head)) < 2 || len(place) == 0 || len(place) > 2 || len(place) == 2 && !placeOpenersUncased.has(place[0]) {
		return s, false
	}
	if !isUncasedName(strings.Join(place, " ")) || isHanName(head) || isHangulName(head) {
		return s, false
	}
	return head, true
}
