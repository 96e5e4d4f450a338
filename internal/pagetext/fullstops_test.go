package pagetext

import "testing"

// Armenian, Amharic, Khmer and Burmese end their sentences with marks of
// their own ("։", "።", "។", "။"), and their paragraphs are short in
// words: the story's run opens on its first paragraph all the same, not
// on the first one long enough to pass without a Latin full stop.
func TestRunOpensOnScriptFullStops(t *testing.T) {
	hy := []string{
		"Վանաձորի քաղաքապետարանը երեքշաբթի հայտարարեց, որ քաղաքի կենտրոնում նոր մանկապարտեզ կկառուցվի։ Շենքը նախատեսված է երկու հարյուր երեխայի համար։",
		"Փոխքաղաքապետ Սամվել Մարտիրոսյանը լրագրողներին ասաց, որ շինարարությունը կսկսվի աշնանը։ Նրա խոսքով՝ աշխատանքները կավարտվեն մեկուկես տարում։",
		"Թաղամասի ծնողները վաղուց բողոքում են, որ մոտակայքում մանկապարտեզ չկա։ Շատերը ստիպված են երեխաներին տանել քաղաքի մյուս ծայրը։",
		"Ծրագրի արժեքը մոտ մեկ միլիարդ դրամ է, որի կեսը կտրամադրի կառավարությունը։ Մնացածը կհատկացվի համայնքի բյուջեից։",
	}
	am := []string{
		"የአዳማ ከተማ አስተዳደር በከተማዋ መሃል አዲስ ቤተ መጻሕፍት ለመገንባት ማቀዱን ማክሰኞ አስታውቋል። ቤተ መጻሕፍቱ በቀን ሁለት ሺህ አንባቢዎችን ያስተናግዳል ተብሏል።",
		"የከተማዋ የባህል ቢሮ ኃላፊ ወይዘሮ መሰረት አለሙ ግንባታው በመጪው ወር እንደሚጀመር ተናግረዋል። ሥራው በአንድ ዓመት ውስጥ ይጠናቀቃል ብለዋል።",
		"ተማሪዎች ለረጅም ጊዜ የማንበቢያ ቦታ እጥረት እንዳለ ሲያማርሩ ቆይተዋል። ብዙዎቹ በካፌዎች ውስጥ ለማጥናት ይገደዳሉ።",
		"የፕሮጀክቱ ወጪ ወደ ሦስት መቶ ሚሊዮን ብር እንደሚደርስ ተገምቷል። አብዛኛው ገንዘብ ከክልሉ መንግሥት ይገኛል።",
	}
	for _, c := range []struct {
		head  []string
		story []string
		label string
	}{
		{[]string{"Գլխավոր", "Հասարակություն", "Վանաձորում նոր մանկապարտեզ կկառուցվի", "Երեքշաբթի"}, hy,
			"Կարդացեք նաև՝ Քաղաքում նոր այգի է բացվել"},
		{[]string{"መነሻ", "ዜና", "አዳማ አዲስ ቤተ መጻሕፍት ልትገነባ ነው", "ማክሰኞ"}, am,
			"ተጨማሪ ያንብቡ፦ በአዳማ አዲስ መንገድ ተመረቀ"},
	} {
		page := append(append([]string{}, c.head...), c.story[:2]...)
		page = append(page, c.label)
		page = append(page, c.story[2:]...)
		page = append(page, "© 2025")
		a, _ := mustParse(t, dump(page...))
		wantBody(t, a.Body, c.story)
		if a.Title != c.head[2] {
			t.Errorf("title %q, want %q", a.Title, c.head[2])
		}
	}
}
