package pagetext

import "testing"

// A picture's caption with its credit under the Swahili "Picha:", Hausa
// "Hoto:", Tagalog "Larawan:", Yoruba "Àwòrán:" or Japanese "撮影："
// label after its last sentence is a caption, and under the headline it
// never takes the headline's place (made-up pages).
func TestCreditLabelsMoreLanguages(t *testing.T) {
	for _, c := range []struct{ line, caption, credit string }{
		{"Wavuvi wakishusha samaki bandarini asubuhi. Picha: Rehema Said", "Wavuvi wakishusha samaki bandarini asubuhi.", "Rehema Said"},
		{"Manoma suna girbin shinkafa a gonar kusa da kogi. Hoto: Sani Lawal", "Manoma suna girbin shinkafa a gonar kusa da kogi.", "Sani Lawal"},
		{"Mga mangingisda sa daungan ng Iloilo noong Lunes. Larawan: Ana Reyes", "Mga mangingisda sa daungan ng Iloilo noong Lunes.", "Ana Reyes"},
		{"Àwọn àgbẹ̀ ń kórè àgbàdo ní oko wọn. Àwòrán: Kúnlé Ọlá", "Àwọn àgbẹ̀ ń kórè àgbàdo ní oko wọn.", "Kúnlé Ọlá"},
		{"港に並ぶ漁船と朝の市場の様子。 撮影：山田花子", "港に並ぶ漁船と朝の市場の様子。", "山田花子"},
	} {
		capt, credit := labelAfterStop(c.line)
		if capt != c.caption || credit != c.credit {
			t.Errorf("%q: caption %q, credit %q; want %q, %q", c.line, capt, credit, c.caption, c.credit)
		}
	}
	story := []string{
		"Serikali ya kaunti imeanza kujenga soko jipya la samaki karibu na bandari, ambalo litakuwa na vyumba vya baridi vya kuhifadhi samaki kwa siku kadhaa kabla ya kuuzwa.",
		"Afisa wa uvuvi wa kaunti alisema kwamba wavuvi wamekuwa wakipoteza sehemu kubwa ya samaki wao kwa sababu ya joto, hasa wakati wa msimu wa mvua fupi.",
		"Wavuvi wengi wamepokea habari hiyo kwa furaha, ingawa baadhi yao wana wasiwasi kuhusu ada watakazolipa kutumia vyumba hivyo vipya vya baridi.",
	}
	const title = "Kaunti yajenga soko jipya la samaki bandarini"
	a, _ := mustParse(t, dump(append([]string{"Nyumbani", "Habari", title, "Wavuvi wakishusha samaki bandarini asubuhi. Picha: Rehema Said", "6 Machi 2026"}, story...)...))
	if a.Title != title {
		t.Errorf("headline %q, want %q", a.Title, title)
	}
	wantBody(t, a.Body, story)
}
