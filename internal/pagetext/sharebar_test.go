package pagetext

import "testing"

// The share buttons of other languages, printed as one line ("Auf
// Facebook teilen Auf X teilen Per E-Mail teilen", "Partager sur X",
// "この記事をシェアする"), are a button row, never the headline
// (made-up pages).
func TestShareBarsOfOtherLanguages(t *testing.T) {
	for _, s := range []string{
		"Auf Facebook teilen Auf X teilen Per E-Mail teilen",
		"Partager sur Facebook Partager sur X Envoyer par e-mail",
		"Compartir en Facebook Compartir en X Enviar por correo",
		"Condividi su Facebook Condividi su WhatsApp",
		"Compartilhe esta notícia",
		"Udostępnij artykuł",
		"Поделиться в соцсетях",
		"Share via e-mail",
	} {
		if !isJunk(newLine(s, 0), false) {
			t.Errorf("%q: not read as buttons", s)
		}
	}
	for _, c := range []struct{ title, share, date string }{
		{"STURMWARNUNG FÜR DIE GANZE KÜSTE", "Auf Facebook teilen Auf X teilen Per E-Mail teilen", "5. Mai 2025"},
		{"Fermeture du pont", "Partager sur Facebook Partager sur X Envoyer par e-mail", "5 mai 2025"},
		{"市が新しい橋の建設を決定", "この記事をシェアする", "2025年5月5日"},
	} {
		a, _ := mustParse(t, dump(append([]string{"Home", "News", c.title, c.date, c.share}, storyParas...)...))
		if a.Title != c.title {
			t.Errorf("%q: headline %q, want %q", c.share, a.Title, c.title)
		}
	}
}

// The label over a paid story ("In partnership with Example Energy") is
// no headline; a sentence that opens so is story text (made-up pages).
func TestSponsorLabel(t *testing.T) {
	for _, c := range []struct {
		s    string
		junk bool
	}{
		{"In partnership with Example Energy", true},
		{"Sponsored by Harbour Bank", true},
		{"In partnership with the council, the club opened a new pool on Monday.", false},
	} {
		if got := isJunk(newLine(c.s, 0), false); got != c.junk {
			t.Errorf("%q: junk %v, want %v", c.s, got, c.junk)
		}
	}
	const title = "Is the four-day week here to stay?"
	a, _ := mustParse(t, dump(append([]string{"In partnership with Example Energy", title, "March 27, 2025", "5 min read", "A year after the trial ended, most of the firms that took part have kept it.", "By Jane Doe"}, storyParas...)...))
	if a.Title != title {
		t.Errorf("headline %q, want %q", a.Title, title)
	}
}
