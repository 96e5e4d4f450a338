package tagger

import (
	"strings"
	"unicode/utf8"
)

// # Arabic: names among nouns
//
// Arabic writes the article ال on common nouns and on many names alike, so
// a word of the headline that the body repeats is as often "المكتبة" (the
// library) as "القاهرة" (Cairo). A word with the article alone is a tag
// only for the places a news text names most whose names carry it
// (arabicPlaces); a word without it ("دمشق") and sequences ("المكتبة
// الوطنية") are counted as before. People are found in the body too, by
// how Arabic news quotes them: "وقال …", "وأضاف …" followed by the name,
// the full name ("سامر الحلبي") written once and the family name after
// the verbs.

// arabicPlaces are countries and cities whose names carry the article, as
// stemOf keys (the article off).
var arabicPlaces = set(`قاهرة رياض خرطوم عراق سودان جزائر كويت بحرين يمن أردن اردن مغرب إمارات امارات قدس دوحة منامة رباط
موصل بصرة فلوجة لاذقية حسكة رقة قنيطرة سويداء جيزة إسكندرية اسكندرية أقصر منصورة خليل نقب جولان ضفة فاتيكان
صين هند يابان برازيل مكسيك أرجنتين ارجنتين نمسا مجر برتغال فلبين سنغال كاميرون صومال نيجر غابون كونغو
ولايات بيت`)

// arabicDefinite reports a word written with the article (after a clitic:
// "والمكتبة", "بالقاهرة").
func arabicDefinite(w string) bool {
	if strings.Contains(w, " ") {
		return false
	}
	for _, p := range []string{"ال", "وال", "بال", "فال", "كال", "لل"} {
		if rest, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(rest) >= 2 {
			return true
		}
	}
	return false
}

// arabicBare writes a name without the conjunction or preposition glued to
// its first word ("بريف دمشق" → "ريف دمشق", "والقاهرة" → "القاهرة") when
// the text also writes it so, when what is left starts with the article,
// or when the text writes the first word left on its own elsewhere
// (written: "ريف" in "في ريف حلب"). A name that starts with the letter of
// a clitic ("بيروت", "بغداد", "فرنسا") leaves nothing the text writes
// alone, and keeps it.
func arabicBare(name string, forms map[string]int, written map[string]bool) string {
	for _, p := range []string{"و", "ب", "ف", "ك", "ل"} {
		rest, ok := strings.CutPrefix(name, p)
		first := strings.SplitN(rest, " ", 2)[0]
		if !ok || utf8.RuneCountInString(first) < 3 {
			continue
		}
		if forms[rest] > 0 || strings.HasPrefix(rest, "ال") && p != "ل" || written[first] {
			return rest
		}
	}
	return name
}

// arabicSays are the verbs that introduce a quoted person, as stemOf
// keys ("وقال" → "قال").
var arabicSays = set(`قال قالت أضاف اضاف أضافت اضافت أكد اكد أكدت اكدت أوضح اوضح أوضحت اوضحت تابع تابعت أشار اشار أشارت اشارت
صرح صرحت أعلن اعلن أعلنت اعلنت لفت لفتت رأى رات رأت`)

// arabicRoles are titles that stand between the verb and the name ("وقال
// مدير المكتبة سامر الحلبي"): never a name.
var arabicRoles = set(`مدير مديرة رئيس رئيسة وزير وزيرة متحدث متحدثة ناطق مسؤول مسؤولة نائب أمين امين عضو سفير محافظ
رئيسي مصدر مصادر خبير خبيرة أستاذ استاذ دكتور طالب طالبة مواطن مواطنة شاهد شاهدة ناشط ناشطة`)

// arabicPeople finds the people a body quotes at least three times: a
// word that follows a verb of saying twice or more, not a title nor a
// function word, is a family name; the full name is the pair of words
// ending in it that the text writes most ("سامر الحلبي").
func arabicPeople(lines [][]uncasedWord, seen map[string]bool) []uncasedCand {
	after := map[string]int{}
	for _, ws := range lines {
		for i := 0; i+1 < len(ws); i++ {
			if arabicSays[ws[i].stem] {
				w := ws[i+1]
				if w.stem != "" && !uncasedStop(w.stem, scArabic) && !arabicRoles[w.stem] && !arabicSays[w.stem] {
					after[w.text]++
				}
			}
		}
	}
	var out []uncasedCand
	for sur, n := range after {
		if n < 2 {
			continue
		}
		total, fulls := 0, map[string]int{}
		for _, ws := range lines {
			for i, w := range ws {
				if w.text != sur {
					continue
				}
				total++
				if i > 0 {
					x := ws[i-1]
					if x.stem != "" && !arabicDefinite(x.text) && !uncasedStop(x.stem, scArabic) && !arabicRoles[x.stem] && !arabicSays[x.stem] {
						fulls[x.text+" "+sur]++
					}
				}
			}
		}
		if total < 3 {
			continue
		}
		name := sur
		if len(fulls) > 0 {
			name = mostForm(fulls)
		}
		if seen[name] {
			continue
		}
		seen[name] = true
		out = append(out, uncasedCand{key: name, name: name, count: total, runes: utf8.RuneCountInString(name)})
	}
	return out
}

// uncasedWord is a word of a text with spaces between words, as counted
// (its stem) and as written.
type uncasedWord struct{ stem, text string }
