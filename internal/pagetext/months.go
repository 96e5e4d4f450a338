package pagetext

import (
	"strings"
	"time"
	"unicode"

	"github.com/jalaali/go-jalaali"
)

// monthTables spell the twelve months, January first, in the languages
// whose datelines the parser reads; a slash joins spellings of one month
// (with and without accents, nominative and genitive, long and short).
// Names are looked up in lower case. A name shared by two languages must
// mean the same month in both ("mar" is March in English and Indonesian,
// "maj" May in Polish and Swedish).
var monthTables = []string{
	// en
	"january february march april may june july august september october november december",
	"jan feb mar apr may jun jul aug sep/sept oct nov dec",
	// es
	"enero febrero marzo abril mayo junio julio agosto septiembre/setiembre octubre noviembre diciembre",
	"ene feb mar abr may jun jul ago sep/set oct nov dic",
	// fr
	"janvier février/fevrier mars avril mai juin juillet août/aout septembre octobre novembre décembre/decembre",
	"janv févr/fevr mars avr mai juin juil août sept oct nov déc",
	// de
	"januar/jänner februar/feber märz/maerz april mai juni juli august september oktober november dezember",
	"jan feb mär apr mai jun jul aug sep/sept okt nov dez",
	// it
	"gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
	"gen feb mar apr mag giu lug ago set ott nov dic",
	// pt
	"janeiro fevereiro março/marco abril maio junho julho agosto setembro outubro novembro dezembro",
	"jan fev mar abr mai jun jul ago set out nov dez",
	// nl
	"januari februari maart april mei juni juli augustus september oktober november december",
	"jan feb mrt apr mei jun jul aug sep okt nov dec",
	// id, ms
	"januari februari maret april mei juni juli agustus september oktober november desember",
	"jan feb mar apr mei jun jul agu/agt/ags sep okt nov des",
	// tr (ı written as i too: "KASIM" lowers to "kasim")
	"ocak şubat/subat mart nisan mayıs/mayis haziran temmuz ağustos/agustos eylül/eylul ekim kasım/kasim aralık/aralik",
	// pl: genitive (of dates), nominative and short
	"stycznia lutego marca kwietnia maja czerwca lipca sierpnia września/wrzesnia października/pazdziernika listopada grudnia",
	"styczeń/styczen luty marzec kwiecień/kwiecien maj czerwiec lipiec sierpień/sierpien wrzesień/wrzesien październik/pazdziernik listopad grudzień/grudzien",
	"sty lut mar kwi maj cze lip sie wrz paź/paz lis gru",
	// cs
	"ledna února března dubna května června července srpna září října listopadu prosince",
	// ru: genitive, nominative, short
	"января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
	"январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
	"янв фев/февр мар апр мая июн июл авг сен/сент окт ноя/нояб дек",
	// uk: genitive, nominative
	"січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
	"січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень",
	// hu, sv, no, da, fi (genitive "marraskuuta")
	"január február március április május június július augusztus szeptember október november december",
	"januari februari mars april maj juni juli augusti september oktober november december",
	"januar februar mars april mai juni juli august september oktober november desember",
	"tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
	// el: genitive, also as capitals lose their accents ("12 ΣΕΠΤΕΜΒΡΙΟΥ
	// 2025"), and short
	"ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου",
	"ιανουαριου φεβρουαριου μαρτιου απριλιου μαιου ιουνιου ιουλιου αυγουστου σεπτεμβριου οκτωβριου νοεμβριου δεκεμβριου",
	"ιαν φεβ/φεβρ μαρ απρ μαΐ/μαι ιουν ιουλ αυγ σεπ/σεπτ οκτ νοε/νοεμ δεκ",
	// ro
	"ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
	"ian feb mar apr mai iun iul aug sep/sept oct nov dec",
	// bg; sr in Cyrillic and in Latin letters, nominative and genitive
	"януари февруари март април май юни юли август септември октомври ноември декември",
	"јануар фебруар март април мај јун јул август септембар октобар новембар децембар",
	"јануара фебруара марта априла маја јуна јула августа септембра октобра новембра децембра",
	"januar februar mart april maj jun jul avgust septembar oktobar novembar decembar",
	"januara februara marta aprila maja juna jula avgusta septembra oktobra novembra decembra",
	// hr: genitive and nominative. Its October, "listopad", is November
	// in Polish and Czech, and left out.
	"siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna - studenoga/studenog prosinca",
	"siječanj veljača ožujak travanj svibanj lipanj srpanj kolovoz rujan - studeni prosinac",
	// sk: genitive and nominative; sl
	"januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
	"január február marec apríl máj jún júl august september október november december",
	"januar februar marec april maj junij julij avgust september oktober november december",
	// cs: nominative
	"leden únor březen duben květen červen červenec srpen září říjen listopad prosinec",
	// ca ("12 de setembre", "3 d'octubre")
	"gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
	// da, et
	"januar februar marts april maj juni juli august september oktober november december",
	"jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
	// sw, tl
	"januari februari machi aprili mei juni julai agosti septemba oktoba novemba desemba",
	"enero pebrero marso abril mayo hunyo hulyo agosto setyembre oktubre nobyembre disyembre",
	// he: alone and with the prefix ב ("in"), which dates take: "12 בספטמבר 2025"
	"ינואר פברואר מרץ/מרס אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר",
	"בינואר בפברואר במרץ/במרס באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר",
	// ur
	"جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر",
	// ar: the names of Egypt and the Maghreb, then those of the Levant and
	// Iraq (whose two-word months, كانون الثاني and the like, reLevantDate
	// reads)
	"يناير فبراير مارس أبريل/ابريل/إبريل مايو يونيو/يونيه يوليو/يوليه أغسطس/اغسطس سبتمبر أكتوبر/اكتوبر نوفمبر ديسمبر",
	"- شباط آذار/اذار نيسان أيار/ايار حزيران تموز آب/اب أيلول/ايلول - - -",
	// fa: the Gregorian months as Persian writes them
	"ژانویه فوریه مارس آوریل مه ژوئن ژوئیه/ژوئيه اوت/آگوست سپتامبر اکتبر نوامبر دسامبر",
	// hi
	"जनवरी फ़रवरी/फरवरी मार्च अप्रैल/अप्रेल मई जून जुलाई अगस्त सितंबर/सितम्बर अक्टूबर/अक्तूबर नवंबर/नवम्बर दिसंबर/दिसम्बर",
	// bn
	"জানুয়ারি/জানুয়ারী ফেব্রুয়ারি/ফেব্রুয়ারী মার্চ এপ্রিল মে জুন জুলাই আগস্ট/আগষ্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর",
	// ha ("13 ga Fabrairu, 2026")
	"janairu fabrairu maris afrilu mayu yuni yuli agusta satumba oktoba nuwamba disamba",
	// ms
	"januari februari mac april mei jun julai ogos september oktober november disember",
	// mr
	"जानेवारी फेब्रुवारी मार्च एप्रिल मे जून जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर",
	// ta, te
	"ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்",
	"జనవరి ఫిబ్రవరి మార్చి ఏప్రిల్ మే జూన్ జూలై/జులై ఆగస్టు సెప్టెంబర్/సెప్టెంబరు అక్టోబర్/అక్టోబరు నవంబర్/నవంబరు డిసెంబర్/డిసెంబరు",
	// ka: nominative and dative ("12 მარტს")
	"იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი",
	"იანვარს თებერვალს მარტს აპრილს მაისს ივნისს ივლისს აგვისტოს სექტემბერს ოქტომბერს ნოემბერს დეკემბერს",
	// hy: genitive (of dates) and nominative
	"հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի հոկտեմբերի նոյեմբերի դեկտեմբերի",
	"հունվար փետրվար մարտ ապրիլ մայիս հունիս հուլիս օգոստոս սեպտեմբեր հոկտեմբեր նոյեմբեր դեկտեմբեր",
	// km, my: their dates put words between day, month and year (see
	// reKhmerDate and reMyanmarDate)
	"មករា កុម្ភៈ មីនា មេសា ឧសភា មិថុនា កក្កដា សីហា កញ្ញា តុលា វិច្ឆិកា ធ្នូ",
	"ဇန်နဝါရီ ဖေဖော်ဝါရီ မတ် ဧပြီ မေ ဇွန် ဇူလိုင် ဩဂုတ်/သြဂုတ် စက်တင်ဘာ အောက်တိုဘာ နိုဝင်ဘာ ဒီဇင်ဘာ",
	// th: the year is often of the Buddhist era (see gregorianYear)
	"มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
}

// thaiMonths are the short forms of the Thai months, as written before the
// last dot ("ก.ย." is September), which reThaiDate reads: their dots keep
// them out of monthTables' words.
var thaiMonths = map[string]time.Month{
	"ม.ค": time.January, "ก.พ": time.February, "มี.ค": time.March, "เม.ย": time.April,
	"พ.ค": time.May, "มิ.ย": time.June, "ก.ค": time.July, "ส.ค": time.August,
	"ก.ย": time.September, "ต.ค": time.October, "พ.ย": time.November, "ธ.ค": time.December,
}

// jalaliMonths are the months of the Solar Hijri calendar of Iran and
// Afghanistan, in which Persian pages date their stories ("۲۹ آبان ۱۳۹۸").
// They are stored in monthNames after the Gregorian ones, as 13 to 24.
const jalaliMonths = "فروردین اردیبهشت خرداد تیر مرداد/امرداد شهریور مهر آبان آذر دی بهمن اسفند"

// jalaliBase is added to a Solar Hijri month's number in monthNames.
const jalaliBase = 12

// solarHijri marks the month of a date written in figures, year first, as
// one of the Solar Hijri calendar when the year is one of its years of
// these times ("۱۴۰۴/۰۶/۲۱", "1404-06-21" on a Persian page): no news page
// dates a story six centuries back.
func solarHijri(y int, m time.Month) time.Month {
	if y >= 1300 && y <= 1500 && m >= 1 && m <= 12 {
		return m + jalaliBase
	}
	return m
}

// balticMonths are the months of Lithuanian dates, in the genitive
// ("2025 m. rugsėjo 12 d."), and of Latvian ones, in the locative
// ("2025. gada 12. septembrī"), with and without their marks.
var balticMonths = monthMap(
	"sausio vasario kovo balandžio/balandzio gegužės/geguzes birželio/birzelio liepos rugpjūčio/rugpjucio rugsėjo/rugsejo spalio lapkričio/lapkricio gruodžio/gruodzio",
	"janvārī/janvari februārī/februari martā/marta aprīlī/aprili maijā/maija jūnijā/junija jūlijā/julija augustā/augusta septembrī/septembri oktobrī/oktobri novembrī/novembri decembrī/decembri",
)

// monthMap reads tables of twelve months, January first, whose spellings
// of one month a slash joins, into a look-up by name.
func monthMap(tables ...string) map[string]time.Month {
	m := map[string]time.Month{}
	for _, names := range tables {
		for i, n := range strings.Fields(names) {
			for _, alt := range strings.Split(n, "/") {
				m[alt] = time.Month(i + 1)
			}
		}
	}
	return m
}

// calendarDate turns a date read with a month of monthNames into a
// Gregorian one: a Solar Hijri month is converted with its year, and a
// Thai year of the Buddhist era (2562 for 2019) is brought back to the
// common era.
func calendarDate(y int, m time.Month, d int) (int, time.Month, int) {
	if m > jalaliBase {
		// The conversion of go-jalaali (Borkowski's algorithm, as in
		// jalaali-js) follows the leap years of the astronomical calendar
		// Iran keeps, which a plain 2820-year cycle gets wrong.
		if y < 1200 || y > 1600 || d < 1 || d > 31 || m-jalaliBase > 6 && d > 30 {
			return 0, 0, 0
		}
		gy, gm, gd, err := jalaali.ToGregorian(y, jalaali.Month(m-jalaliBase), d)
		if err != nil {
			return 0, 0, 0
		}
		return gy, gm, gd
	}
	return gregorianYear(y), m, d
}

// gregorianYear reads a year between 2400 and 2700 as one of the Buddhist
// era, which Thai pages use: no news page dates a story five centuries
// ahead.
func gregorianYear(y int) int {
	if y >= 2400 && y <= 2700 {
		return y - 543
	}
	return y
}

// ethiopianMonths are the thirteen months of the Ethiopian calendar, in
// which Amharic pages date their stories ("መጋቢት 3 ቀን 2017 ዓ.ም"), with
// their common spellings.
var ethiopianMonths = func() map[string]int {
	m := map[string]int{}
	for i, n := range strings.Fields("መስከረም ጥቅምት ኅዳር/ህዳር ታኅሣሥ/ታህሳስ/ታኅሳስ ጥር የካቲት መጋቢት ሚያዝያ ግንቦት ሰኔ ሐምሌ/ሀምሌ ነሐሴ/ነሀሴ ጳጉሜ/ጳጉሜን") {
		for _, alt := range strings.Split(n, "/") {
			m[alt] = i + 1
		}
	}
	return m
}()

// ethiopianDate turns a date of the Ethiopian calendar into a Gregorian
// one: twelve months of thirty days and a thirteenth of five or six, the
// year of 2017 beginning on 11 September 2024. It counts the days from
// the calendar's epoch (Julian day 1724221) and returns 0, 0, 0 for a day
// out of range.
func ethiopianDate(y, m, d int) (int, time.Month, int) {
	if m < 1 || m > 13 || d < 1 || d > 30 || m == 13 && d > 6 {
		return 0, 0, 0
	}
	jdn := 1724221 + 365*(y-1) + y/4 + 30*(m-1) + d - 1
	t := time.Unix(int64(jdn-2440588)*86400, 0).UTC()
	return t.Year(), t.Month(), t.Day()
}

// yorubaMonths are the months of Yoruba dates, after "Oṣù" ("month"):
// the ordinals of the year's months ("Kẹta", third) and the old names
// ("Ẹrẹ̀nà"), as yorubaFold writes them.
var yorubaMonths = monthMap(
	"kinni keji keta kerin karun/karun-un kefa keje kejo kesan/kesan-an kewa/kewaa kokanla kejila",
	"sere erele erena igbe ebibi okudu agemo ogun owewe owara belu ope",
)

// yorubaMonth returns the month a Yoruba name spells, or 0: its tone
// marks and dots below, precomposed or combining, are dropped.
func yorubaMonth(s string) time.Month {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case unicode.Is(unicode.Mn, r):
		default:
			if f, ok := yorubaFold[r]; ok {
				b.WriteRune(f)
			} else {
				return 0
			}
		}
	}
	return yorubaMonths[b.String()]
}

// yorubaFold gives the plain letter of a Yoruba letter with a tone mark or
// a dot below.
var yorubaFold = map[rune]rune{
	'á': 'a', 'à': 'a', 'é': 'e', 'è': 'e', 'í': 'i', 'ì': 'i', 'ó': 'o', 'ò': 'o', 'ú': 'u', 'ù': 'u',
	'ẹ': 'e', 'ọ': 'o', 'ṣ': 's', 'ń': 'n', 'ǹ': 'n',
}
