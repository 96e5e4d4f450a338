package pagetext

import "testing"

// A Polish caption credits its picture under the dotted label "Fot." or
// "Zdj." after its last sentence; a Japanese one in full-width brackets
// under "撮影" (photographed by) and a middle dot.
func TestDottedAndWideBracketCredits(t *testing.T) {
	for _, c := range []struct{ line, caption, credit string }{
		{"Nowy most na Wiśle w Płocku. Fot. Marek Zając", "Nowy most na Wiśle w Płocku.", "Marek Zając"},
		{"Otwarcie sezonu w porcie jachtowym. Zdj. Anna Kowal / Agencja", "Otwarcie sezonu w porcie jachtowym.", "Anna Kowal / Agencja"},
		{"港に到着した大型の客船（撮影・佐藤花子）", "港に到着した大型の客船", "佐藤花子"},
		{"Burmistrz odpowiadał na pytania mieszkańców przez godzinę. Potem wyszedł.", "", ""},
		{"大型の客船（撮影）", "", ""},
	} {
		capt, credit := trailingCredit(c.line, "pl")
		if capt != c.caption || credit != c.credit {
			t.Errorf("%q: got %q / %q, want %q / %q", c.line, capt, credit, c.caption, c.credit)
		}
	}
}
