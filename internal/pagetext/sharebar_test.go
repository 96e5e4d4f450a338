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
