package pagetext

import (
	"strings"
	"testing"
)

// Bylines under the label "Author" or "Written by" of Serbian Cyrillic,
// Urdu, Tamil, Telugu, Amharic, Georgian, Armenian, Khmer and Burmese
// credit the name after the label (and the script's own colon: Amharic
// "፦", Khmer "៖", Armenian "՝"); Tagalog "Ni" is "by"; a date of a
// calendar no reader knows, after the names and a dot, is no name.
func TestBylinesAbroad(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Аутор: Небојша Лазић", "Небојша Лазић"},
		{"تحریر: سلمان حیدر", "سلمان حیدر"},
		{"எழுதியவர்: அருண் சுந்தரம்", "அருண் சுந்தரம்"},
		{"రచన: వెంకట రమణ", "వెంకట రమణ"},
		{"ዘጋቢ፦ ዮናስ ገብሬ", "ዮናስ ገብሬ"},
		{"ავტორი: ლაშა გელაშვილი", "ლაშა გელაშვილი"},
		{"Հեղինակ՝ Կարեն Մելքոնյան", "Կարեն Մելքոնյան"},
		{"អ្នកសរសេរ៖ ពេជ្រ សុភា", "ពេជ្រ សុភា"},
		{"ရေးသားသူ - မောင်သန့်", "မောင်သန့်"},
		{"بقلم: خالد الشمري · الخميس 20 شعبان 1446 هـ", "خالد الشمري"},
		{"ዘጋቢ፦ ዮናስ ገብሬ · ጥር 12 ቀን 2017 ዓ.ም", "ዮናስ ገብሬ"},
	} {
		if got := strings.Join(langByline(c.line), "|"); got != c.want {
			t.Errorf("%q: %q, want %q", c.line, got, c.want)
		}
	}
	tl := []string{
		"Nagpasya ang konseho ng bayan noong Lunes na ipaayos ang lumang daungan ng mga bangkang pangisda. Ayon sa alkalde, sisimulan ang trabaho sa susunod na buwan at tatagal ito ng isang taon.",
		"Matagal nang humihiling ang mga mangingisda ng mas ligtas na daungan dahil madalas masira ang kanilang mga bangka tuwing may bagyo. Marami sa kanila ang nawalan ng kabuhayan noong nakaraang taon.",
		"Aabot sa walumpung milyong piso ang gagastusin sa proyekto, na manggagaling sa pondo ng lalawigan at ng pambansang pamahalaan. Sinabi ng konseho na bubuksan ang bidding sa susunod na linggo.",
	}
	a, _ := mustParse(t, dump(append([]string{"Balita", "Ipapaayos ang lumang daungan ng bayan", "Ni Carmela Bautista", "Marso 3, 2025"}, tl...)...))
	if got := strings.Join(a.Authors, "|"); got != "Carmela Bautista" {
		t.Errorf("Tagalog byline: authors %q, want Carmela Bautista", got)
	}
}
