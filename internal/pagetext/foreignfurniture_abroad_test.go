package pagetext

import "testing"

// The label of a story's tags and a cookie notice, in Serbian, Croatian,
// Bulgarian, Slovak, Finnish, Estonian, Malay, Tagalog, Hungarian,
// Telugu, Georgian, Khmer and others, are page furniture.
func TestTagLabelsAndCookieNoticesAbroad(t *testing.T) {
	for _, s := range []string{
		"Tagovi:", "Тагови:", "Oznake:", "Етикети:", "Témy:", "Aiheet:", "Teemad:", "Mga tag:",
		"ట్యాగ్‌లు:", "თეგები:", "Պիտակներ՝",
		"Laman web ini menggunakan kuki untuk memberi anda pengalaman terbaik. Setuju",
		"Weboldalunk sütiket használ a jobb működés érdekében. Rendben",
		"Käytämme evästeitä sivuston toiminnan parantamiseksi. Hyväksy",
		"គេហទំព័រនេះប្រើខូគីដើម្បីផ្តល់បទពិសោធន៍ល្អ។ យល់ព្រម",
	} {
		ln := wordedLine(s)
		if !isForeignJunk(&ln) {
			t.Errorf("%q is not read as furniture", s)
		}
	}
	// A sentence of the story is not.
	for _, s := range []string{"Oznake na cesti obnovit će se do ljeta, rekao je načelnik.", "Käytämme enemmän sähköä kuin koskaan, sanoi johtaja."} {
		ln := wordedLine(s)
		if isForeignJunk(&ln) {
			t.Errorf("%q is read as furniture", s)
		}
	}
}
