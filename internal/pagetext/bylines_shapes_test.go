package pagetext

import (
	"strings"
	"testing"
)

// English bylines in shapes that held more than the names: a title before
// the name ("Dr."), a second writer after "with" (and the pictures'
// credit after it), a newsroom named after its outlet, and a relative
// time glued to the name. The byline holds the names alone, or nothing.
func TestBylineEnglishShapes(t *testing.T) {
	checkBylineLines(t, []struct{ line, want string }{
		{"By Dr. Jane Doe", "Jane Doe"},
		{"By Prof. Dr. Jana Müller", "Jana Müller"},
		{"Written by Dr Jane Doe, John Roe", "Jane Doe|John Roe"},
		{"By Jane Doe with John Roe", "Jane Doe|John Roe"},
		{"By Jane Doe with photos by John Roe", "Jane Doe"},
		{"By Harbour Ledger Staff", ""},
		{"Jane Doe2 hours ago", "Jane Doe"},
	})
}

// Bylines of other languages in shapes that held more than the names: an
// agency after the language's "with", the Greek "and", a job after the
// name without a comma, the next credit on the line (the pictures', the
// editor's) after the writer in a script without capitals (after a
// colon, or a slash: "图/", the pictures'), Chinese reporters of three
// characters parted by spaces, and "本报记者" ("our reporter"), which
// names no one.
func TestBylineLanguageShapes(t *testing.T) {
	checkReadByline(t, []struct{ line, want string }{
		{"Jean Dupont avec AFP", "Jean Dupont"},
		{"Ana Pérez con EFE", "Ana Pérez"},
		{"Jana Weber mit dpa", "Jana Weber"},
		{"Ελένη Παππά και Κώστας Νικολάου", "Ελένη Παππά|Κώστας Νικολάου"},
		{"Jana Weber Korrespondentin in Wien", "Jana Weber"},
		{"文：田中一郎　写真：高橋次郎", "田中一郎"},
		{"来源：海港日报 作者：周敏 责任编辑：孙立", "周敏"},
		{"เรื่อง: สมศักดิ์ ดีมาก ภาพ: มาลี สุขใจ", "สมศักดิ์ ดีมาก"},
		{"记者 刘志强 赵文华", "刘志强|赵文华"},
		{"文/刘志强 图/赵文华", "刘志强"},
		{"文／刘志强　图／赵文华", "刘志强"},
		{"文/刘志强/赵文华", "刘志强|赵文华"},
		{"本报记者", ""},
		{"本报记者 刘志强", "刘志强"},
	})
}

// Bylines whose writer sits after other credits or glued words: the
// writer after a reviewer's credit on one line, a guest post's writer, a
// time zone glued between a name in capitals and its "UPDATED", and the
// word for "published" glued to the name in other languages.
func TestBylineAfterOtherCredits(t *testing.T) {
	checkBylineLines(t, []struct{ line, want string }{
		{"Medically reviewed by Dr. John Roe — Written by Jane Doe", "Jane Doe"},
		{"Fact-checked by John Roe | Written by Jane Doe", "Jane Doe"},
		{"Guest post by Jane Doe", "Jane Doe"},
		{"JANE WHITLOCKESTUPDATED AN HOUR AGO", "JANE WHITLOCK"},
		{"Jeanne LefèvrePublié le 19 novembre 2025", "Jeanne Lefèvre"},
		{"Ana PérezPublicado el 19 de noviembre de 2025", "Ana Pérez"},
	})
}

// checkBylineLines parses a page with each line under the headline, over
// the dateline, and checks the authors read from it.
func checkBylineLines(t *testing.T, cases []struct{ line, want string }) {
	t.Helper()
	for _, c := range cases {
		a, _ := mustParse(t, dump("News", storyTitle, c.line, "March 27, 2025", story(), "Share this story"))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.line, got, c.want)
		}
	}
}

// Two writers a line each under the headline: a second name alone under
// a "By" line, each name with its role, or two bare names right over the
// dateline. A button under a byline that
// ends in its date ("Order Reprints"), a name-like line under a byline
// with a role, and a town under a bare name add no writer.
func TestBylineTwoWritersTwoLines(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  string
	}{
		{[]string{"By Jane Doe", "John Roe"}, "Jane Doe|John Roe"},
		{[]string{"Jane Doe, Health Correspondent", "John Roe, Science Editor"}, "Jane Doe|John Roe"},
		{[]string{"By Jane Doe Updated March 27, 2025", "Order Reprints"}, "Jane Doe"},
		{[]string{"By Jane Doe, Health Correspondent", "Harbour Survey Notes"}, "Jane Doe"},
		{[]string{"Lucía Pérez", "Ciudad de México"}, "Lucía Pérez"},
		{[]string{"Lucía Pérez", "San Sebastián"}, "Lucía Pérez"},
		{[]string{"Harriet Cole", "Samuel Ortiz"}, "Harriet Cole|Samuel Ortiz"},
		{[]string{"Marta Ibáñez", "Jorge Salcedo Ruiz"}, "Marta Ibáñez|Jorge Salcedo Ruiz"},
	} {
		parts := append(append([]string{"News", storyTitle}, c.lines...), "March 27, 2025", story(), "Share this story")
		a, _ := mustParse(t, dump(parts...))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.lines, got, c.want)
		}
	}
}

// A note about the writer right under the headline, in place of a
// byline, names the writer; a story's first sentence about a person who
// is no journalist names nobody.
func TestBylineWriterNoteUnderHeadline(t *testing.T) {
	checkBylineLines(t, []struct{ line, want string }{
		{"Jane Doe is a reporter for the Harbour Ledger.", "Jane Doe"},
		{"John Roe is a freelance journalist based in Cardiff.", "John Roe"},
		{"Jane Doe is a baker who has run the harbour café for twenty years.", ""},
	})
}

// A writer and a wire agency's tag under a long standfirst, right over
// the dateline, is the byline, not the credit of a picture the
// standfirst would caption; under a caption without a dateline below,
// the same line stays a credit.
func TestBylineAgencyTagOverDateline(t *testing.T) {
	dek := "After months of talks between the council, the ferry company and the unions, a timetable for the repairs is now agreed."
	for _, c := range []struct {
		lines []string
		want  string
	}{
		{[]string{dek, "Jana Weber (dpa)", "19.11.2025, 09:41 Uhr"}, "Jana Weber"},
		{[]string{"19.11.2025, 09:41 Uhr", dek, "Jana Weber (dpa)"}, ""},
	} {
		parts := append(append([]string{"News", storyTitle}, c.lines...), story(), "Share this story")
		a, _ := mustParse(t, dump(parts...))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.lines, got, c.want)
		}
	}
}
