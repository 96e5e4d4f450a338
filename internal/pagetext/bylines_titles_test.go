package pagetext

import (
	"strings"
	"testing"
)

// A title in lower case before the name, as Dutch and German write it
// ("prof. dr."), and the Malay "binti" ("daughter of") inside a name are
// no reason to drop the writer: the byline holds the name without the
// title.
func TestBylineLowerTitlesAndBinti(t *testing.T) {
	checkBylineLines(t, []struct{ line, want string }{
		{"Door prof. dr. Sander de Wit", "Sander de Wit"},
		{"Von dr. Hanna Roth", "Hanna Roth"},
		{"By Siti Rahmah binti Osman", "Siti Rahmah binti Osman"},
		{"Oleh Siti Rahmah binti Osman", "Siti Rahmah binti Osman"},
	})
}

// A newsroom's desk after the writer's name and a comma is where the
// writer works: the name stays, the desk goes. A desk alone names nobody.
func TestBylineDeskAfterName(t *testing.T) {
	checkBylineLines(t, []struct{ line, want string }{
		{"By Ruth Calloway, Metro Desk", "Ruth Calloway"},
		{"By Ruth Calloway and Amos Kerr, Sports Desk", "Ruth Calloway|Amos Kerr"},
		{"By Metro Desk", ""},
	})
}

// A line that credits the pictures alone ("Photos by …", "Foto di …")
// names the photographer, not the writer: it is no byline, and a "By"
// line beside it names the writer.
func TestPhotoCreditIsNoByline(t *testing.T) {
	checkBylineLines(t, []struct{ line, want string }{
		{"Photos by Ruth Calloway", ""},
		{"Photography by Ruth Calloway", ""},
		{"Foto di Paolo Serra", ""},
		{"Fotos por Inés Galán", ""},
	})
	for _, lines := range [][]string{
		{"Photo by Amos Kerr", "By Ruth Calloway"},
		{"By Ruth Calloway", "Photos by Amos Kerr"},
	} {
		a, _ := mustParse(t, dump("News", storyTitle, lines[0], lines[1], "March 27, 2025", story(), "Share this story"))
		if got := strings.Join(a.Authors, "|"); got != "Ruth Calloway" {
			t.Errorf("%q: authors %q, want %q", lines, got, "Ruth Calloway")
		}
	}
}

// "By" in the other languages opens a byline, never a bare name: a desk
// after it ("Av Redaktionen", Swedish "by the newsroom"; "Oleh Meja
// Berita", Malay "by the news desk") names nobody.
func TestByWordDeskIsNoName(t *testing.T) {
	checkBylineLines(t, []struct{ line, want string }{
		{"Av Redaktionen", ""},
		{"Oleh Meja Berita", ""},
		{"Av Karin Sjöberg", "Karin Sjöberg"},
	})
}

// Credits in scripts without capitals: a Japanese name of five Han
// characters with 々, two Chinese writers after 作者 ("author") parted by a
// space, 报道 ("reports") after the reporter's name, the Korean 글·사진
// ("text and pictures") and the Greek Επιμέλεια ("edited by", who put the
// piece together).
func TestBylineUncasedCredits(t *testing.T) {
	checkReadByline(t, []struct{ line, want string }{
		{"執筆：野々村真由", "野々村真由"},
		{"文：佐々木一郎", "佐々木一郎"},
		{"作者：赵文华 周志明", "赵文华|周志明"},
		{"记者 周志明 报道", "周志明"},
		{"本报记者 周志明 报道", "周志明"},
		{"글·사진 정하늘", "정하늘"},
		{"Επιμέλεια: Σοφία Αλεξίου", "Σοφία Αλεξίου"},
	})
}

// checkReadByline checks the authors ReadByline reads from each line.
func checkReadByline(t *testing.T, cases []struct{ line, want string }) {
	t.Helper()
	for _, c := range cases {
		if got := strings.Join(ReadByline(c.line), "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.line, got, c.want)
		}
	}
}

// A town of two words whose first is the article "Den" ("Den Haag", "Den
// Helder") after a writer's name and a comma is where the writer files
// from, never a second writer.
func TestBylineDenPlace(t *testing.T) {
	checkBylineLines(t, []struct{ line, want string }{
		{"Door Joost van den Heuvel, Den Haag", "Joost van den Heuvel"},
		{"Door Mirjam Smit en Joost van den Heuvel, Den Helder", "Mirjam Smit|Joost van den Heuvel"},
	})
}

// A story signed at its end with the writer's paper after the name and a
// comma names the writer alone.
func TestSignOffWithOutlet(t *testing.T) {
	for _, c := range []struct{ sign, want string }{
		{"— Ruth Calloway, Harbour Times", "Ruth Calloway"},
		{"— Ruth Calloway", "Ruth Calloway"},
	} {
		a, _ := mustParse(t, dump("News", storyTitle, "March 27, 2025",
			"The council voted late on Tuesday to shut the bridge for a year of repairs to its deck and rails.",
			"Drivers will be sent around the old quay road, which adds about ten minutes to the trip.",
			c.sign, "Share this story", "More from News"))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.sign, got, c.want)
		}
	}
}

// A Japanese story signed under its last paragraph with the writer's
// name in full-width brackets names the writer; an agency there names
// nobody.
func TestSignedInFullWidthBrackets(t *testing.T) {
	for _, c := range []struct{ sign, want string }{
		{"（野村和子）", "野村和子"},
		{"（共同通信）", ""},
	} {
		a, _ := mustParse(t, dump("ニュース", "港の古い倉庫が市場として生まれ変わる", "2025年3月27日",
			"市は火曜日、港の古い倉庫を改修して週末の市場として開く計画を発表した。改修には約一年かかる見込みだという。",
			"地元の漁業者からは、とれたての魚を直接売る場ができると歓迎の声が上がっている。",
			c.sign, "関連記事"))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.sign, got, c.want)
		}
	}
}

// A byline that gives each writer's job after the name and a comma
// names every writer: the job between them does not end the list.
func TestBylineJobsBetweenWriters(t *testing.T) {
	checkBylineLines(t, []struct{ line, want string }{
		{"By Ruth Calloway, Editor, and Amos Kerr, Reporter", "Ruth Calloway|Amos Kerr"},
		{"By Ruth Calloway, Senior Editor, and Amos Kerr", "Ruth Calloway|Amos Kerr"},
	})
}

// The footer's "Tentang Kami" ("About Us") of an Indonesian page, within a
// few lines of the headline on a short page, names no writer.
func TestFooterAboutUsIsNoWriter(t *testing.T) {
	for _, foot := range []string{"Tentang Kami", "Hubungi Kami"} {
		a, _ := mustParse(t, dump("Beranda", "Nasional", "Pelabuhan ikan lama dibuka kembali setelah renovasi", "19 November 2025",
			"Pemerintah kota membuka kembali pelabuhan ikan lama pada Selasa pagi setelah renovasi selama enam bulan.",
			"Menurut wali kota, jam buka pasar ikan akan ditinjau lagi dalam beberapa bulan ke depan.",
			foot, "Kebijakan Privasi", "© 2025 Kabar Pesisir"))
		if len(a.Authors) > 0 {
			t.Errorf("%q: authors %q, want none", foot, a.Authors)
		}
	}
}
