package pagetext

import (
	"strings"
	"testing"
)

// A brief of two short paragraphs over a long thread of comments: the
// thread's prose outweighs the story, but the comments wall under the
// story says where it ended, and the comments stay out (made-up page, in
// a language the parser has no function words for).
func TestBriefOverCommentThread(t *testing.T) {
	story := "Kaupungin uimahalli suljetaan kesäkuun alusta elokuun loppuun putkiremontin vuoksi. Remontin aikana uusitaan hallin vesiputket ja osa pukuhuoneista."
	comments := []string{
		"No taas. Viime kesänäkin halli oli kiinni ja nyt uudestaan, eikö näitä voisi tehdä kerralla kunnolla?",
		"Hyvä että putket vihdoin korjataan, pukuhuoneissa on haissut jo pitkään.",
		"Kuka maksaa? Me veronmaksajat tietysti, kuten aina tässä kaupungissa.",
		"Lapset ovat käyneet uimakoulussa hallissa koko talven, harmi että kesän kurssit peruuntuvat.",
		"Naapurikunnan halli on jo nyt täynnä, miten sinne mahtuu vielä kaikki seurat?",
		"Ihan turhaa valitusta, remontti on pakko tehdä jossain vaiheessa ja kesä on paras aika.",
	}
	who := []string{"Matti V.", "Liisa", "Kuntalainen", "Jari", "Anneli K.", "Pekka"}
	parts := []string{"Etusivu", "Uutiset", "Urheilu", "Kirjaudu", "Kaupunki sulkee uimahallin kesäksi", "12.2.2026 klo 14.05",
		story, "Uimaseurat harjoittelevat kesän ajan naapurikunnan hallissa. Kaupunki korvaa seurojen matkakulut remontin ajalta.",
		"Kommentit (14)"}
	for k, c := range comments {
		parts = append(parts, who[k], "2 tuntia sitten", c, "Vastaa", "Tykkää")
	}
	parts = append(parts, "Lue myös", "Tietosuoja")
	a, _ := mustParse(t, dump(parts...))
	if !strings.Contains(a.Body, story) {
		t.Errorf("the story's first paragraph is not in the body:\n%s", a.Body)
	}
	for _, c := range comments {
		if strings.Contains(a.Body, c) {
			t.Errorf("a comment is in the body: %q\n%s", c, a.Body)
		}
	}
}
