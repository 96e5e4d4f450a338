package lang_test

import (
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/lang"
)

func TestDetect(t *testing.T) {
	for _, c := range []struct{ want, text string }{
		{"en", "The minister said that the agreement would be signed in the spring, and that it was a good day for the country."},
		{"es", "El ministro dijo que el acuerdo se firmaría en la primavera y que era un buen día para el país."},
		{"fr", "Le ministre a dit que l'accord serait signé au printemps et que c'était une bonne journée pour le pays."},
		{"de", "Der Minister sagte, dass das Abkommen im Frühjahr unterzeichnet werde und dass es ein guter Tag für das Land sei."},
		{"it", "Il ministro ha detto che l'accordo sarà firmato in primavera e che è stata una buona giornata per il paese."},
		{"pt", "O ministro disse que o acordo será assinado na primavera e que foi um bom dia para o país. A oposição não quis comentar."},
		{"nl", "De minister zei dat het akkoord in het voorjaar wordt getekend en dat het een goede dag voor het land was. De oppositie wilde niet reageren."},
		{"pl", "Minister powiedział, że porozumienie zostanie podpisane wiosną i że był to dobry dzień dla całego kraju."},
		{"ru", "Министр заявил, что соглашение будет подписано весной и что это был хороший день для всей страны."},
		{"uk", "Міністр заявив, що угоду буде підписано навесні і що це був добрий день для всієї країни."},
		{"ar", "قال الوزير إن الاتفاق سيوقع في الربيع وإنه كان يوما جيدا للبلاد بأكملها بعد سنوات من المفاوضات."},
		{"fa", "وزیر گفت که این توافق در بهار امضا خواهد شد و این روز خوبی برای همه مردم کشور بود."},
		{"he", "השר אמר כי ההסכם ייחתם באביב וכי זה היה יום טוב למדינה כולה אחרי שנים של משא ומתן."},
		{"hi", "मंत्री ने कहा कि समझौते पर वसंत में हस्ताक्षर किए जाएंगे और यह देश के लिए एक अच्छा दिन था।"},
		{"zh", "部长表示，该协议将于春季签署，这对整个国家来说是美好的一天。"},
		{"ja", "大臣は、協定は春に署名される予定で、国にとって良い一日だったと述べた。"},
		{"ko", "장관은 협정이 봄에 서명될 것이며 나라 전체에 좋은 날이었다고 말했다."},
		{"th", "รัฐมนตรีกล่าวว่าข้อตกลงจะได้รับการลงนามในฤดูใบไม้ผลิและเป็นวันที่ดีสำหรับประเทศ"},
		// Swahili, which the trigram profiles lack: the function words name it.
		{"sw", "Waziri alisema kwamba mkataba huo utasainiwa katika msimu wa mvua na kwamba ilikuwa siku njema kwa wananchi wote wa nchi hii."},
		// Short Russian news that whatlanggo's trigrams name Bulgarian:
		// Bulgarian never writes ы or э.
		{"ru", "Мэр Казани открыл в среду новый мост через Волгу. По словам мэра, мост сократит дорогу из пригородов в центр города на двадцать минут. Строительство моста заняло три года и обошлось городу в двенадцать миллиардов рублей. Жители Казани давно ждали открытия."},
		{"bg", "Кметът на София откри в сряда нов мост над реката. Според кмета мостът ще съкрати пътя от предградията до центъра на града с двадесет минути."},
		{"el", "Ο υπουργός είπε ότι η συμφωνία θα υπογραφεί την άνοιξη και ότι ήταν μια καλή μέρα για τη χώρα."},
		// Too little to tell, or nothing to tell from.
		{"", "Short"},
		{"", "Minister said"},
		{"", "北京"},
		{"", ""},
		{"", "12 345 678 — 2024-05-06 !!!"},
		// Unsure on its own (0.69), the detector is confirmed by the
		// function words.
		{"pt", "O ministro disse que o acordo será assinado na primavera e que foi um bom dia para o país."},
		// Made-up words between English function words: the detector
		// leans to English (0.38) and the function words agree.
		{"en", "The also nekaho and dabala the fatra lego, and the malovo pololeho radtrarad pohita of the zocuve in the city."},
	} {
		if got := lang.Detect(c.text); got != c.want {
			t.Errorf("Detect(%.40q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// A long text is judged on its start: the whole of a long English text
// once came out as Yoruba.
func TestDetectLongText(t *testing.T) {
	var b strings.Builder
	for i := range 400 {
		b.WriteString("Enterprises can acquire more computing resources than needed, and support the architecture of the systems they run. ")
		if i%7 == 0 {
			b.WriteString("Kubernetes, serverless, PaaS, IaaS, SaaS. ")
		}
	}
	if got := lang.Detect(b.String()); got != "en" {
		t.Errorf("Detect(long English) = %q, want en", got)
	}
}

// DetectLines reads only the lines Detect's sample needs, and must name
// the language Detect names for all of them joined: the sample's cut at a
// space near its end included, and lines of other scripts after it.
func TestDetectLinesIsDetect(t *testing.T) {
	mixes := [][]string{
		nil, {""}, {"Der Fluss"}, {"日本語の文章です。", "これはテストです。"},
		{strings.Repeat("Die Stadt und der Fluss sind nicht mehr, was sie waren. ", 17), "The rest is English now, and it goes on."},
		// French for 400 characters, then Russian: the sample is mostly
		// Russian, the first line alone French.
		{strings.Repeat("La ville et le fleuve. ", 17), strings.Repeat("Новая линия метро откроется в следующем году. ", 16)},
		{strings.Repeat("x", 999), "y"}, {strings.Repeat("x", 1000), "y y"}, {strings.Repeat("é", 998), "a b", "c d"},
	}
	var lines []string
	for i := range 60 {
		lines = append(lines, strings.Repeat("Le fleuve et la ville ne sont plus ce qu'ils étaient. ", i%4+1))
		if i%9 == 0 {
			lines = append(lines, "Новая линия метро откроется в следующем году.")
		}
	}
	mixes = append(mixes, lines)
	for i := range lines {
		mixes = append(mixes, lines[i:])
	}
	for i, ls := range mixes {
		var b strings.Builder
		for _, l := range ls {
			b.WriteString(l + "\n")
		}
		if got, want := lang.DetectLines(ls), lang.Detect(b.String()); got != want {
			t.Errorf("lines %d: DetectLines = %q, Detect of them joined = %q", i, got, want)
		}
		// The same lines in lower case, as the parser gives them: their
		// function words are counted without lower-casing them again.
		low := make([]string, len(ls))
		for k, l := range ls {
			low[k] = strings.ToLower(l)
		}
		if got, want := lang.DetectLowerLines(low), lang.DetectLines(low); got != want {
			t.Errorf("lines %d: DetectLowerLines = %q, DetectLines = %q", i, got, want)
		}
	}
}

func TestDir(t *testing.T) {
	for code, want := range map[string]string{"ar": "rtl", "he": "rtl", "fa": "rtl", "ur": "rtl", "AR": "rtl",
		"en": "ltr", "zh": "ltr", "ru": "ltr", "": "ltr"} {
		if got := lang.Dir(code); got != want {
			t.Errorf("Dir(%q) = %q, want %q", code, got, want)
		}
	}
}

func TestIsStopword(t *testing.T) {
	for _, c := range []struct {
		code, w string
		want    bool
	}{
		{"en", "the", true},
		{"de", "the", false},
		{"es", "de", true},
		{"", "und", true},
		{"", "zebra", false},
		// A language without a list counts the words of every list, as
		// "" does.
		{"pl", "the", true},
		{"pl", "zebra", false},
	} {
		if got := lang.IsStopword(c.code, c.w); got != c.want {
			t.Errorf("IsStopword(%q, %q) = %v, want %v", c.code, c.w, got, c.want)
		}
	}
}

func BenchmarkDetect(b *testing.B) {
	text := ""
	for range 40 {
		text += "The minister said that the agreement would be signed in the spring, and that it was a good day for the country. "
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		lang.Detect(text)
	}
}
