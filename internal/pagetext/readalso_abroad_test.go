package pagetext

import "testing"

// A link to another story under the label "Read also" of languages from
// Hungarian to Burmese is no part of the story, whether the label takes an
// ASCII colon after many bytes of its script (Tamil, Telugu), its
// script's own colon (Amharic "፦", Khmer "៖") or, in a script that
// writes no spaces, a spaced dash (Burmese).
func TestReadAlsoLabelsAbroad(t *testing.T) {
	for _, s := range []string{
		"Ezt is ajánljuk: Új uszoda nyílik a Tisza-parton",
		"Прочитајте још: Нови аутобуси на линији седам",
		"Prečítajte si aj: Nová knižnica otvorí v máji",
		"Loe ka: Sadamas avatakse uus kohvik",
		"Basahin din: Bagong tulay sa bayan ng Oton",
		"இதையும் படிக்க: சேலத்தில் புதிய நூலகம் திறப்பு",
		"ఇది కూడా చదవండి: నల్గొండలో కొత్త ఆసుపత్రి",
		"ተጨማሪ ያንብቡ፦ በአዳማ አዲስ ትምህርት ቤት ተከፈተ",
		"អានបន្ថែម៖ ផ្សារថ្មីបើកនៅបាត់ដំបង",
		"ဆက်စပ်ဖတ်ရန် - ပုဂံတွင် ပြတိုက်သစ်ဖွင့်",
	} {
		ln := wordedLine(s)
		if !teaserLabelled(&ln) {
			t.Errorf("%q: not read as a labelled link", s)
		}
		if isTeaserMarker(ln) {
			t.Errorf("%q: read as the heading of a box of links", s)
		}
	}
	// The boxes' headings alone open a box.
	for _, s := range []string{"Kapcsolódó cikkek", "Повезане вести", "Seotud artiklid", "संबंधित बातम्या", "ဆက်စပ်သတင်းများ", "更多新聞"} {
		ln := wordedLine(s)
		if !isTeaserMarker(ln) {
			t.Errorf("%q does not open a box of links", s)
		}
	}
	// A sentence of the story with a colon is no label.
	for _, s := range []string{
		"A polgármester szerint: a munka jövőre kezdődik.",
		"ஆணையர் கூறினார்: பணிகள் அடுத்த மாதம் தொடங்கும்",
	} {
		ln := wordedLine(s)
		if teaserLabelled(&ln) {
			t.Errorf("%q: read as a labelled link", s)
		}
	}
}
