package pagetext

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// spoil writes s as a page saved through a wrong reading: each byte of its
// UTF-8 read as a windows-1252 character (the five bytes windows-1252
// leaves undefined as the Latin-1 controls they were) and written again
// as UTF-8.
func spoil(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x80:
			b.WriteByte(c)
		case c == 0x81 || c == 0x8d || c == 0x8f || c == 0x90 || c == 0x9d:
			b.WriteRune(rune(c))
		default:
			b.WriteRune(charmap.Windows1252.DecodeByte(c))
		}
	}
	return b.String()
}

// A page whose UTF-8 was read as windows-1252 and saved again reads as
// the author wrote it: curly quotes, dashes, no-break spaces, accented
// letters and euro signs come back whole ("we’re", not "weâ€™re"). A page
// that quotes such a group or two, among characters written right, keeps
// them as written; so does text in French or Portuguese, whose "Ã" and "é"
// spell nothing (made-up text).
func TestRepairMojibake(t *testing.T) {
	story := "We’re told the café opens at 9\u00a0am — and it’s busy by ten.\n\n" +
		"“Prices start at €4,” the owner said, “and the crème brûlée sells out.”\n\n" +
		"Señora Ruiz, who lives above it, said the queue “isn’t a problem”."
	if got := repairMojibake(spoil(story)); got != story {
		t.Errorf("spoiled page:\n got %q\nwant %q", got, story)
	}
	if got := repairMojibake("weâ€™re"); got != "weâ€™re" {
		t.Errorf("one group alone is no such page: got %q", got)
	}
	for _, keep := range []string{
		story,
		"For years I saw “Ã¤” instead of “ä” in the logs — latin1 tables — and “Ã©” instead of “é”.",
		"SÃO PAULO — A prefeitura de São Paulo anunciou ÀS 9h a abertura; é a terceira vez.",
		"Le café ouvre à 9 h. Ça coûte 4 € — même le dimanche.",
	} {
		if got := repairMojibake(keep); got != keep {
			t.Errorf("changed a page written right:\n got %q\nwant %q", got, keep)
		}
	}
	// Through the parser: the spoiled page reads as the page written
	// right does.
	page := dump(
		"Harbour Street Gazette",
		"Café on Harbour Street draws queues before it opens",
		"By Ilse Marwood",
		"We’re told the café opens at 9\u00a0am — and it’s busy by ten, when the fishing boats come in and the crews want breakfast before they sleep.",
		"“Prices start at €4,” the owner said, “and the crème brûlée sells out before noon most days, so we’ve started baking a second tray.”",
		"Señora Ruiz, who lives above it, said the queue “isn’t a problem” and that the smell of coffee at dawn is the best alarm clock she has had.",
		"The council’s licence allows tables on the pavement until nine in the evening, and the owner hopes to open on Sundays from next month.",
		"© 2026 Harbour Street Gazette",
	)
	want, _ := mustParse(t, page)
	got, _ := mustParse(t, spoil(page))
	if got.Title != want.Title || got.Body != want.Body || strings.Join(got.Authors, ";") != strings.Join(want.Authors, ";") {
		t.Errorf("spoiled page parsed as\n%q\n%q\n%q\nwant\n%q\n%q\n%q", got.Title, got.Authors, got.Body, want.Title, want.Authors, want.Body)
	}
	if !strings.Contains(want.Body, "crème brûlée") {
		t.Errorf("body lacks the story:\n%s", want.Body)
	}
}
