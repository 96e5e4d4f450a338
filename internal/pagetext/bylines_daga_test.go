package pagetext

import (
	"strings"
	"testing"
)

// A Hausa byline "Daga Name" ("from") and a Yoruba one "Látọwọ́ Name"
// ("from the hand of"), over a story in that language, credit the name;
// the tone marks Yoruba types apart from their letters ("Adébáyọ̀": ọ and
// a combining grave) are part of a name (made-up pages).
func TestBylinesHausaYoruba(t *testing.T) {
	for _, c := range []struct {
		head, by, date, want string
		story                []string
	}{
		{
			head: "Gwamnati ta bude sabuwar kasuwar shanu a Katsina", by: "Daga Halima Usman", date: "An wallafa: 4 ga Maris, 2026", want: "Halima Usman",
			story: []string{
				"Gwamnatin jihar Katsina ta bude wata sabuwar kasuwar shanu a wajen birnin, wadda za ta rika ci kowace ranar Alhamis da Lahadi domin saukaka wa makiyaya da 'yan kasuwa.",
				"Kwamishinan kasuwanci na jihar ya ce kasuwar tana da rijiyoyi, rumfuna da kuma wurin ajiye motoci, kuma za a rika tsaftace ta a kowane mako.",
				"'Yan kasuwa da dama sun yaba da matakin, ko da yake wasu sun nuna damuwa game da kudin haraji da za a rika karba a kofar shiga kasuwar.",
			},
		},
		{
			head: "Ìjọba Ògùn kọ́ ilé ìwòsàn tuntun ní Abẹ́òkúta", by: "Látọwọ́ Fọlákẹ́ Àjàyí", date: "09/03/2026", want: "Fọlákẹ́ Àjàyí",
			story: []string{
				"Ìjọba ìpínlẹ̀ Ògùn ti ṣí ilé ìwòsàn tuntun kan ní Abẹ́òkúta, èyí tí yóò máa tọ́jú àwọn aláìsàn láti gbogbo ìjọba ìbílẹ̀ tó wà ní àyíká ìlú náà.",
				"Kọmíṣọ́nà fún ètò ìlera sọ pé ilé ìwòsàn náà ní ibùsùn igba, yàrá iṣẹ́ abẹ mẹ́rin àti ẹ̀ka tó ń tọ́jú àwọn ọmọdé.",
				"Àwọn ará ìlú ti ń retí ilé ìwòsàn yìí fún ọ̀pọ̀lọpọ̀ ọdún, nítorí pé wọ́n máa ń rìnrìn àjò lọ sí Èkó kí wọ́n tó rí ìtọ́jú tó péye.",
			},
		},
	} {
		a, _ := mustParse(t, dump(append([]string{c.head, c.by, c.date}, c.story...)...))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.by, got, c.want)
		}
	}
}
