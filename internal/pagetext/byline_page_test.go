package pagetext

import (
	"strings"
	"testing"
)

// The story seems to start right under the headline (a standfirst the
// classifier keeps as story): the byline and dateline under it are still
// read.
func TestBylineUnderKeptLead(t *testing.T) {
	lead := "The council closed the harbour bridge to heavy traffic on Monday after engineers found rust deep in its steel. The repairs will take most of the year, and the ferries that once crossed the river will run again while the work goes on."
	for _, head := range [][]string{
		{"Jane Doe", "27.03.2025 · 6 min read"},
		{"Written by", "Jane Doe", "Senior Staff Writer", "Published Date: March 27, 2025"},
	} {
		parts := append(append([]string{"News", storyTitle, lead}, head...), story())
		a, _ := mustParse(t, dump(parts...))
		if strings.Join(a.Authors, "|") != "Jane Doe" || a.Published == nil || a.Published.Day() != 27 {
			t.Errorf("%q: authors %q, published %v", head, a.Authors, a.Published)
		}
	}
}

// A box about the writer under the story, in the forms it takes: a
// label or the picture's text over the name, initials for a missing
// picture, a note that calls the writer "Dr." or by the first name.
func TestAuthorBoxForms(t *testing.T) {
	for _, box := range [][]string{
		{"author-image", "Jane Doe", "I’m the founder of the Daily Planet and have written about harbours for twenty years."},
		{"Written by", "JD", "Jane Doe", "Harbour correspondent, Daily Planet"},
		{"Jane Doe", "This post was written by Jane Doe, head of harbour news at the Daily Planet."},
		{"Jane Doe", "Dr. Jane Doe is chief engineer of the Harbour Trust and writes about bridges and ferries."},
		{"Jane Doe", "Jane Doe Independent Technology Writer", "Jane explores how old harbours and their bridges are kept open, and what it costs the towns around them."},
		{"Jane Doe", "(Editor / Journalist) – Jane comes from a family of ferry pilots and has written about the river since she left school."},
	} {
		parts := append(append([]string{"News", storyTitle, "March 27, 2025", story()}, box...), "Share this story", "More from News")
		a, _ := mustParse(t, dump(parts...))
		if strings.Join(a.Authors, "|") != "Jane Doe" {
			t.Errorf("%q: authors %q", box, a.Authors)
		}
	}
}

// A page that credits no writer but names the expert who checked the
// story: the expert is its author. A writer, where named, comes first.
func TestReviewerWhenNoWriter(t *testing.T) {
	for _, c := range []struct {
		head []string
		want string
	}{
		{[]string{"Reviewed by Jane Doe, Trial Attorney at Doe & Roe, on March 27, 2025."}, "Jane Doe"},
		{[]string{"Medically reviewed by Jane Doe"}, "Jane Doe"},
		{[]string{"By John Roe", "Fact checked by Jane Doe"}, "John Roe"},
	} {
		parts := append(append([]string{"News", storyTitle}, c.head...), story())
		a, _ := mustParse(t, dump(parts...))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.head, got, c.want)
		}
	}
}

// A loose line of capitalised words under the headline (a sidebar's
// button, a heading of the table of contents) gives way to a "By" right
// over the story, and the words of buttons and jobs after a name are not
// part of it.
func TestBylineOverLooseWords(t *testing.T) {
	for _, c := range []struct {
		head []string
		want string
	}{
		{[]string{"Register for Newsletter", "Stay Connected", "Featured Reports", "Read Now", "Harbour Guides", "Read Now", "Bridge Repairs", "Download Now", "Ferry Times", "Download Now", "By Jane Doe,", "harbour correspondent, Daily Planet"}, "Jane Doe"},
		{[]string{"By Jane Doe View In Digital Edition"}, "Jane Doe"},
		{[]string{"Jane Doe Executive Editor", "March 27, 2025"}, "Jane Doe"},
		{[]string{"Released Wednesday, March 27, 2025"}, ""},
	} {
		parts := append(append([]string{"News", storyTitle}, c.head...), story())
		a, _ := mustParse(t, dump(parts...))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.head, got, c.want)
		}
	}
}

// The byline in the forms a header row takes once the dump prints one
// field to a line, or in one line over the headline, and the pictures of
// several writers over the line that names them all.
func TestBylineHeaderRows(t *testing.T) {
	for _, c := range []struct {
		head []string // before the story; storyTitle marks the headline
		want string
	}{
		{[]string{storyTitle, "Harbour notes", "Tags:", "Bridges", "12/19/2025", "•", "Weekly Column", "•", "Jane Doe", "Print this page"}, "Jane Doe"},
		{[]string{"Share", "March 27, 2025 Jane Doe", storyTitle}, "Jane Doe"},
		{[]string{storyTitle, "Ann Poe Profile Image", "Jo Lindqvist Profile Image", "Ann Poe & Jo Lindqvist", "Mar 27th, 2025"}, "Ann Poe|Jo Lindqvist"},
	} {
		parts := append(append([]string{"News"}, c.head...), story())
		a, _ := mustParse(t, dump(parts...))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.head, got, c.want)
		}
	}
}

// A box under the story that lists several writers, each with initials
// for a missing picture and a role under the name, names them all.
func TestAuthorBoxLists(t *testing.T) {
	box := []string{"Share this", "AUTHORS", "JD", "Jane Doe", "Harbour Engineer, Elwin Port", "JR", "John Roe", "Director of Ferries, Elwin Port", "Port Resources", "Documentation"}
	parts := append([]string{"News", storyTitle, "March 27, 2025", story()}, box...)
	a, _ := mustParse(t, dump(parts...))
	if got := strings.Join(a.Authors, "|"); got != "Jane Doe|John Roe" {
		t.Errorf("authors %q, want Jane Doe|John Roe", got)
	}
}

// Under a "Posted by:" label, a name made of words the story writes in
// lower case (a blogger's pen name) is still the writer's.
func TestLabelledPenName(t *testing.T) {
	more := []string{
		"The ferries will leave every twenty minutes from the old pier, and the fares will be the same as the bridge toll was.",
		"Traders on both banks of the river worry that fewer people will come to the market while the bridge is shut for repairs.",
		"The engineers will close one lane at a time at first, so that the buses can still cross in the early weeks of the work.",
		"A public meeting about the repairs and the ferries will be held at the town hall on the first Monday of next month.",
	}
	parts := append(append([]string{"March 27, 2025", storyTitle, story()}, more...), "Tweet", "Posted by:", "Harbour Bridge", "Previous Post")
	a, _ := mustParse(t, dump(parts...))
	if got := strings.Join(a.Authors, "|"); got != "Harbour Bridge" {
		t.Errorf("authors %q, want Harbour Bridge", got)
	}
}

// A header row of facts over the headline: counts, the writer and the
// date in one line.
func TestBylineRowOverHeadline(t *testing.T) {
	a, _ := mustParse(t, dump("112 Comments | Jane Doe | Last Updated: March 11, 2019", storyTitle, story()))
	if got := strings.Join(a.Authors, "|"); got != "Jane Doe" {
		t.Errorf("authors %q", got)
	}
}

// A page without a byline line that names its writer in the header some
// other way: at the end of the standfirst, or in a note about the writer
// that the markup glued to the name. A source the standfirst quotes is
// no writer.
func TestWriterInHeaderText(t *testing.T) {
	for _, c := range []struct {
		head []string
		want string
	}{
		{[]string{"The harbour bridge shuts for a year of repairs, and the ferries come back to the river while it does, says JANE DOE."}, "JANE DOE"},
		{[]string{"The harbour bridge shuts for a year of repairs, and the ferries come back to the river while it does, writes Jane Doe."}, "Jane Doe"},
		{[]string{"The harbour bridge shuts for a year of repairs, and the ferries come back to the river while it does, says Jane Doe."}, ""},
		{[]string{"Jane Doe I'm a harbour pilot and writer. I have crossed this river twice a day for twenty years."}, "Jane Doe"},
	} {
		parts := append(append([]string{"News", storyTitle}, c.head...), story())
		a, _ := mustParse(t, dump(parts...))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.head, got, c.want)
		}
	}
}

// A blog that signs its stories at the end and prints no byline: the
// signature names the writer (with a note in small letters on how the
// story was made, "(tổng hợp)", or without), but a dash and a name under
// a quotation name who was quoted.
func TestSignedAtTheEnd(t *testing.T) {
	for _, c := range []struct {
		sign, want string
	}{
		{"<3 Jane Doe", "Jane Doe"},
		{"Cheers, Jane Doe", "Jane Doe"},
		{"— Jane Doe", "Jane Doe"},
		{"Thanks for reading", ""},
		// A name in brackets under the last paragraph, maybe with the
		// wire agency's tag; the tag alone names nobody.
		{"(Anna Schmidt)", "Anna Schmidt"},
		{"(Giulia Bianchi/ANSA)", "Giulia Bianchi"},
		{"(dpa)", ""},
		// A name and a note in small letters on how the story was made.
		{"Nguyễn Văn An (tổng hợp)", "Nguyễn Văn An"},
		{"Jane Doe (with agencies)", "Jane Doe"},
		{"Harbour Bridge (file photo)", ""},
		// A quotation that closes the story, and who said it.
		{"“The river was never ours to close.”\n\n— Jane Doe", ""},
	} {
		a, _ := mustParse(t, dump("News", storyTitle, "March 27, 2025", story(), c.sign, "Share this story", "More from News"))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.sign, got, c.want)
		}
	}
}

// A page with no byline that ends on a note about its writer names the
// writer; a note about someone the story is about, who is no
// journalist, names nobody.
func TestWriterNoteUnderStory(t *testing.T) {
	for _, c := range []struct {
		note, want string
	}{
		{"Jane Doe is a reporter at the Daily Planet covering the harbour.", "Jane Doe"},
		{"Ana Pérez es periodista del Diario del Puerto.", "Ana Pérez"},
		{"Jana Müller ist Redakteurin bei der Hafenzeitung.", "Jana Müller"},
		{"Pieter de Vries is verslaggever bij de Havenkrant.", "Pieter de Vries"},
		{"Jane Doe is the harbour master and has run the port since 2019.", ""},
		// What the writer covers, and for whom.
		{"Jane Doe covers transport and city politics for the Daily Planet.", "Jane Doe"},
		{"Ana Pérez cubre temas de transporte y urbanismo para el Diario del Puerto.", "Ana Pérez"},
		{"Jana Müller berichtet für die Hafenzeitung über Verkehr und Stadtpolitik.", "Jana Müller"},
		{"Giulia Bianchi si occupa di trasporti e politica locale per il Corriere del Porto.", "Giulia Bianchi"},
		{"Marie Dubois couvre l'actualité des transports pour le Journal du Port.", "Marie Dubois"},
		{"John Roe writes that the bridge will not open again before the summer.", ""},
	} {
		a, _ := mustParse(t, dump("News", storyTitle, "March 27, 2025", story(), c.note))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.note, got, c.want)
		}
	}
}

// A section about a product, a company or an event, its name over a note
// that opens with the name ("Port Suite ist eine Software …"), is no
// writer's box when the story goes on under it, in any language; a box
// about a person that ends the story still names the writer.
func TestSubjectBoxIsNoWriter(t *testing.T) {
	more := "The engineers will close one lane at a time at first, so that the buses can still cross in the early weeks of the work, and the ferries will run every twenty minutes from the old pier."
	for _, c := range []struct {
		box  []string
		tail []string
		want string
	}{
		{[]string{"Harbour Planner", "Harbour Planner is a software tool that helps port authorities plan the work of cranes, ships and crews in one place."}, []string{more}, ""},
		{[]string{"Port Suite", "Port Suite ist eine Software, mit der Hafenbehörden die Arbeit von Kränen, Schiffen und Mannschaften an einem Ort planen."}, []string{more}, ""},
		{[]string{"Port Suite", "Port Suite è un software che aiuta le autorità portuali a pianificare il lavoro di gru, navi ed equipaggi in un unico posto."}, []string{more}, ""},
		{[]string{"Port Suite", "Port Suite es un programa que ayuda a las autoridades portuarias a planificar el trabajo de grúas, barcos y tripulaciones."}, []string{more}, ""},
		{nil, []string{"Jane Doe", "Jane Doe is a reporter at the Daily Planet who covers the harbour and the city's transport.", "More from News"}, "Jane Doe"},
		{nil, []string{"Ana Pérez", "Ana Pérez es periodista de la sección de Local y escribe sobre transporte y urbanismo.", "More from News"}, "Ana Pérez"},
	} {
		paras := story()
		k := strings.Index(paras, "\n\n")
		parts := []string{"News", storyTitle, "March 27, 2025", paras[:k]}
		parts = append(append(append(parts, c.box...), paras[k+2:]), c.tail...)
		a, _ := mustParse(t, dump(parts...))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.box, got, c.want)
		}
	}
}

// A byline may go on on the next line: two writers whose byline breaks over two lines, the joining word
// ending the first line or opening the second, in the languages read;
// a "By" alone over two lines of one name each.
func TestBylineOverTwoLines(t *testing.T) {
	for _, c := range []struct {
		head []string
		want string
	}{
		{[]string{"By Jane Doe", "and John Roe"}, "Jane Doe|John Roe"},
		{[]string{"By Jane Doe and", "John Roe"}, "Jane Doe|John Roe"},
		{[]string{"By Jane Doe,", "John Roe"}, "Jane Doe|John Roe"},
		{[]string{"By", "Jane Doe", "John Roe"}, "Jane Doe|John Roe"},
		{[]string{"Von Anna Schmidt und", "Max Weber"}, "Anna Schmidt|Max Weber"},
		{[]string{"Anna Schmidt und", "Max Weber"}, "Anna Schmidt|Max Weber"},
		{[]string{"Por Ana Pérez y", "Luis García"}, "Ana Pérez|Luis García"},
		{[]string{"Par Marie Dubois et", "Paul Martin"}, "Marie Dubois|Paul Martin"},
		{[]string{"di Giulia Bianchi", "e Marco Rossi"}, "Giulia Bianchi|Marco Rossi"},
		{[]string{"Anna Nowak i", "Piotr Zieliński"}, "Anna Nowak|Piotr Zieliński"},
		{[]string{"Anna Nowak", "i Piotr Zieliński"}, "Anna Nowak|Piotr Zieliński"},
		// One writer over a line that is no name.
		{[]string{"By Jane Doe,", "harbour correspondent"}, "Jane Doe"},
	} {
		parts := append(append([]string{"News", storyTitle}, c.head...), "March 27, 2025", story())
		a, _ := mustParse(t, dump(parts...))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.head, got, c.want)
		}
	}
}

// A wire's credit line under the story, or a credit over it: who
// reported or wrote the story is its writer, who edited it or took the
// pictures is not, and who reported besides is the writer only when the
// page names nobody else; an interview is credited to who asked.
func TestCreditLines(t *testing.T) {
	for _, c := range []struct {
		head, tail []string
		want       string
	}{
		{nil, []string{"Writing by Jane Doe; Editing by John Roe"}, "Jane Doe"},
		{nil, []string{"(Writing by Jane Doe; editing by John Roe)"}, "Jane Doe"},
		{nil, []string{"Reporting by Jane Doe; Writing by Ann Poe; Editing by John Roe"}, "Jane Doe|Ann Poe"},
		{nil, []string{"(Reporting by Jane Doe; Additional reporting by Ann Poe; Editing by John Roe)"}, "Jane Doe"},
		{nil, []string{"Additional reporting by Ann Poe"}, "Ann Poe"},
		{[]string{"By Jane Doe"}, []string{"Additional reporting by Ann Poe"}, "Jane Doe"},
		{nil, []string{"(Bericht von Anna Schmidt, redigiert von Max Weber)"}, "Anna Schmidt"},
		{nil, []string{"(Reporte de Ana Pérez; Editado en español por Luis García)"}, "Ana Pérez"},
		{nil, []string{"Reportagem de João Silva; Edição de Pedro Costa"}, "João Silva"},
		{nil, []string{"(Servizio di Giulia Bianchi, a cura di Marco Rossi)"}, "Giulia Bianchi"},
		{[]string{"Reportage : Marie Dubois"}, nil, "Marie Dubois"},
		{[]string{"Texto: Ana Pérez / Fotos: Luis García"}, nil, "Ana Pérez"},
		{[]string{"Testo: Giulia Bianchi / Foto: Marco Rossi"}, nil, "Giulia Bianchi"},
		{[]string{"Text and photos: Jane Doe"}, nil, "Jane Doe"},
		{[]string{"Words and pictures by Jane Doe"}, nil, "Jane Doe"},
		{[]string{"Words: Jane Doe"}, nil, "Jane Doe"},
		{[]string{"Tekst i zdjęcia: Anna Nowak"}, nil, "Anna Nowak"},
		{[]string{"Interview: Jane Doe"}, nil, "Jane Doe"},
		{[]string{"Intervista di Giulia Bianchi"}, nil, "Giulia Bianchi"},
		{nil, []string{"Das Interview führte Anna Schmidt."}, "Anna Schmidt"},
		{nil, []string{"Rozmawiała Anna Nowak"}, "Anna Nowak"},
	} {
		parts := append(append(append([]string{"News", storyTitle}, c.head...), "March 27, 2025", story()), c.tail...)
		a, _ := mustParse(t, dump(append(parts, "Share this story", "More from News")...))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q %q: authors %q, want %q", c.head, c.tail, got, c.want)
		}
	}
}

// Bylines whose names come with a place, an outlet or another writer's
// place: the place and the outlet are no names, in the languages read.
func TestBylinePlacesAndOutlets(t *testing.T) {
	for _, c := range []struct {
		head, tail []string
		want       string
	}{
		{nil, []string{"Reporting by Jane Doe in London and John Roe in Paris; Editing by Ann Poe"}, "Jane Doe|John Roe"},
		{nil, []string{"(Reporting by Jane Doe in London, John Roe in Paris and Ann Poe in Berlin; Editing by Max Lee)"}, "Jane Doe|John Roe|Ann Poe"},
		{nil, []string{"(Reportage de Marie Dubois à Paris et Paul Martin à Londres, édité par Claire Petit)"}, "Marie Dubois|Paul Martin"},
		{nil, []string{"(Bericht von Anna Schmidt in Berlin und Max Weber in Wien, redigiert von Lena Vogel)"}, "Anna Schmidt|Max Weber"},
		{nil, []string{"(Servizio di Giulia Bianchi a Roma e Marco Rossi a Milano, a cura di Sara Conti)"}, "Giulia Bianchi|Marco Rossi"},
		{[]string{"By Jane Doe in London and John Roe in Paris"}, nil, "Jane Doe|John Roe"},
		// The words after the joiner belong to the outlet when the
		// second name has no place of its own.
		{[]string{"By Jane Doe of the Harbour and Ferries Trust"}, nil, "Jane Doe"},
		{[]string{"Por Ana Pérez para Example News"}, nil, "Ana Pérez"},
		{[]string{"Par Marie Dubois pour Example News"}, nil, "Marie Dubois"},
		{[]string{"Von Anna Schmidt für die Hafenzeitung"}, nil, "Anna Schmidt"},
		{[]string{"Door Pieter de Vries voor Example News"}, nil, "Pieter de Vries"},
		{[]string{"Por João Silva para o Example News"}, nil, "João Silva"},
		// The Dutch "en" is "and", never a place's "in"; the Spanish one
		// is, in a line that joins its names with "y".
		{[]string{"Door Pieter de Vries en Jan Bakker"}, nil, "Pieter de Vries|Jan Bakker"},
		{[]string{"Ana Pérez en Madrid y Luis García en Lisboa"}, nil, "Ana Pérez|Luis García"},
	} {
		parts := append(append(append([]string{"News", storyTitle}, c.head...), "March 27, 2025", story()), c.tail...)
		a, _ := mustParse(t, dump(append(parts, "Share this story", "More from News")...))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q %q: authors %q, want %q", c.head, c.tail, got, c.want)
		}
	}
}

// Two writers and a date the markup glued to the last name: the date is
// no part of it.
func TestBylineDateGluedToNames(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Von Anna Schmidt und Max Weber14.03.2025", "Anna Schmidt|Max Weber"},
		{"Par Marie Dubois et Paul Martin14 mars 2025", "Marie Dubois|Paul Martin"},
		{"Di Giulia Bianchi e Marco Rossi14 marzo 2025", "Giulia Bianchi|Marco Rossi"},
		{"Por Ana Pérez y Luis García14 de marzo de 2025", "Ana Pérez|Luis García"},
	} {
		a, _ := mustParse(t, dump("News", storyTitle, c.line, story()))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.line, got, c.want)
		}
	}
}

// A Catalan page's "Per" is "by"; a Swedish page's is a given name.
func TestCatalanPer(t *testing.T) {
	ca := []string{
		"L'ajuntament va presentar dimarts un nou pla per ampliar el port. Segons fonts municipals, les obres començaran la primavera vinent i duraran uns tres anys.",
		"Els veïns s'han queixat diverses vegades del soroll durant els últims mesos. L'alcaldessa va prometre que les obres s'aturarien a la nit i que es faria un carril bici al llarg del moll.",
		"Està previst que el projecte costi uns quaranta milions d'euros, la major part dels quals pagarà el govern regional, i l'ajuntament demanarà un crèdit per a la resta.",
	}
	sv := []string{
		"Kommunen presenterade på tisdagen nya planer för att bygga ut hamnen. Enligt kommunen ska arbetet börja nästa vår och pågå i ungefär tre år.",
		"De boende har under de senaste månaderna klagat flera gånger på bullret. Kommunalrådet lovade att arbetet ska stå still på natten och att en cykelbana ska byggas längs kajen.",
		"Projektet väntas kosta omkring fyrahundra miljoner kronor, varav regionen har lovat att betala den största delen, och kommunen lånar resten under de kommande tio åren.",
	}
	for _, c := range []struct {
		title, by string
		story     []string
		want      string
	}{
		{"L'ajuntament presenta els plans per al nou port", "Per Marta Puig i Jordi Vila", ca, "Marta Puig|Jordi Vila"},
		{"L'ajuntament presenta els plans per al nou port", "Per Marta Puig", ca, "Marta Puig"},
		{"L'ajuntament presenta els plans per al nou port", "Escrit per Marta Puig", ca, "Marta Puig"},
		{"Kommunen presenterar planer för ny hamn", "Per Anders Nilsson", sv, "Per Anders Nilsson"},
	} {
		a, _ := mustParse(t, dump(append([]string{"Nyheter", c.title, c.by, "14/03/2025"}, c.story...)...))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.by, got, c.want)
		}
	}
}

// "Name, Outlet" right over the headline, with the dateline under it,
// credits the writer; a name alone there (a topic's, a menu's) does not.
func TestWriterAndOutletOverHeadline(t *testing.T) {
	for _, c := range []struct{ over, want string }{
		{"Anna Nowak, Example News", "Anna Nowak"},
		{"Jane Doe, Example News", "Jane Doe"},
		{"Jane Doe", ""},
	} {
		a, _ := mustParse(t, dump("News", "Home", c.over, storyTitle, "March 27, 2025", story(), "Share this story"))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.over, got, c.want)
		}
	}
}

// A Romanian page's "de" is "by"; a Spanish page's is "of", and a line it
// opens there credits nobody.
func TestRomanianDe(t *testing.T) {
	ro := []string{
		"Consiliul județean a aprobat marți un plan nou pentru extinderea portului. Lucrările vor începe în primăvară și vor dura aproximativ trei ani, potrivit primăriei.",
		"Locuitorii s-au plâns de mai multe ori de zgomot în ultimele luni. Primarul a promis că lucrările se vor opri noaptea și că se va construi o pistă de biciclete.",
		"Proiectul ar urma să coste aproximativ patruzeci de milioane de euro, din care cea mai mare parte va fi plătită de guvern, iar restul dintr-un împrumut.",
	}
	es := []string{
		"El ayuntamiento presentó el martes un nuevo plan para ampliar el puerto. Según fuentes municipales, las obras empezarán la próxima primavera y durarán unos tres años.",
		"Los vecinos se han quejado varias veces del ruido durante los últimos meses. La alcaldesa prometió que las obras se detendrían por la noche y que se haría un carril bici.",
		"Está previsto que el proyecto cueste unos cuarenta millones de euros, la mayor parte de los cuales pagará el gobierno regional, y el ayuntamiento pedirá un crédito.",
	}
	for _, c := range []struct {
		title, by string
		story     []string
		want      string
	}{
		{"Consiliul a aprobat planul pentru noul port", "de Elena Ionescu", ro, "Elena Ionescu"},
		{"Consiliul a aprobat planul pentru noul port", "De Elena Ionescu și Andrei Popescu", ro, "Elena Ionescu|Andrei Popescu"},
		{"El ayuntamiento presenta los planes del nuevo puerto", "de Ana Pérez", es, ""},
	} {
		a, _ := mustParse(t, dump(append([]string{"Știri", c.title, c.by, "14/03/2025"}, c.story...)...))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.by, got, c.want)
		}
	}
}

// A page signed with a company's name tells of the company and names it
// in the story: a paragraph that opens with the name, or with its first
// word, and says nothing of a person ("Tidewater has also …", "Tidewater
// Freight has run …") is story text, not a note about the writer, and
// the story goes on under it.
func TestCompanyParagraphIsNoWriterBox(t *testing.T) {
	paras := []string{
		"Moving a warehouse full of records to a new system is the kind of project most logistics firms put off for years, and Tidewater Freight was no different: every missed shipment during the switch costs money and customers.",
		"The team started with the oldest files, the ones nobody had opened in a decade, so that any mistakes in the conversion would hurt as little as possible while the staff learned the new tools.",
		"Within three months the dispatchers were planning routes on the new system, and the paper forms that had filled two rooms of the old office were scanned, checked and shredded.",
		"The dispatchers were sceptical at first, since the old screens had served them for twenty years and every shortcut was in their fingers, but the new maps won most of them over within a week.",
		"Billing came next, and it was the hardest part: invoices from three different eras used three different customer numbers, and a clerk spent a month matching them by hand before the import.",
		"Tidewater has also moved its customs paperwork onto the same system, so that a truck held at the border can be cleared from the office without anyone driving out with a folder.",
		"The next step is the fleet itself: sensors on the trailers will report their temperature and position every minute, and the planners will see a delay before the driver calls it in.",
		"None of this would have worked without the drivers, who tested every screen of the new system on the road and sent back hundreds of notes on what was missing or confusing.",
		"Tidewater Freight has run trucks between the ports of the east coast for forty years, and its fleet carries fruit, medicine and machine parts for more than two hundred customers.",
	}
	parts := append([]string{"Freight News", "How a trucking firm moved forty years of records in one winter", "By Tidewater Freight", "March 27, 2025"}, paras...)
	parts = append(parts, "Share this article", "© 2025 Freight News")
	a, _ := mustParse(t, dump(parts...))
	for _, p := range paras {
		if !strings.Contains(a.Body, p) {
			t.Errorf("the body lost %q:\n%s", p[:40], a.Body)
		}
	}
	// The rules' run, which the classifier reads, goes on to the end too.
	lines, _ := splitLines(dump(parts...))
	p := newPage(lines)
	p.read()
	p.runRules()
	if p.rules.box[1] != 0 || p.rules.end < len(lines)-2 {
		t.Errorf("the rules end the story at line %d (of %d) with a writer's box %v", p.rules.end, len(lines), p.rules.box)
	}
}

// A Swahili page's "Na" is "by"; on an English page the word opens a
// Korean writer's name, which keeps it.
func TestSwahiliNa(t *testing.T) {
	sw := []string{
		"Halmashauri ya mji imetangaza Jumatatu mpango mpya wa kupanua bandari ya samaki. Kwa mujibu wa maafisa wa mji, kazi hiyo itaanza mwakani na itachukua miaka mitatu.",
		"Wakazi wa eneo hilo wamelalamika mara kadhaa kuhusu kelele katika miezi ya hivi karibuni. Meya aliahidi kwamba kazi itasimama usiku na njia ya baiskeli itajengwa kando ya gati.",
		"Mradi huo unatarajiwa kugharimu shilingi bilioni arobaini, na sehemu kubwa italipwa na serikali ya mkoa, huku halmashauri ikikopa fedha zilizobaki kutoka benki.",
		"Wavuvi wa eneo hilo wamesema bandari mpya itawasaidia kuhifadhi samaki wao kwa muda mrefu zaidi kabla ya kuwapeleka sokoni. Hata hivyo, baadhi yao wana wasiwasi kuhusu ada mpya.",
		"Wafanyabiashara wa mji huo pia wameunga mkono mpango huo, wakisema utaleta wateja wengi zaidi na kuongeza ajira kwa vijana ambao kwa sasa hawana kazi ya kudumu.",
		"Halmashauri imesema itafanya mikutano ya hadhara katika kila kata ili wananchi watoe maoni yao kabla ya mkataba wa ujenzi kusainiwa mwishoni mwa mwaka huu.",
	}
	for _, c := range []struct {
		title, by string
		story     []string
		want      string
	}{
		{"Halmashauri yatangaza mpango wa bandari mpya", "Na Zawadi Mrisho", sw, "Zawadi Mrisho"},
		{"Halmashauri yatangaza mpango wa bandari mpya", "Na Zawadi Mrisho · Jumatatu, Machi 10, 2025", sw, "Zawadi Mrisho"},
		// A short story, which the trigrams name no language: the
		// Swahili function words do (see lang).
		{"Halmashauri yatangaza mpango wa bandari mpya", "Na Zawadi Mrisho", sw[:1], "Zawadi Mrisho"},
		{"Town council unveils plans for a new harbour", "Na Young-hee", storyParas, "Na Young-hee"},
		// "na" is "and" too; "Mwandishi Wetu" is "our writer".
		{"Halmashauri yatangaza mpango wa bandari mpya", "Na Zawadi Mrisho na Juma Kombo", sw, "Zawadi Mrisho|Juma Kombo"},
		{"Halmashauri yatangaza mpango wa bandari mpya", "Na Mwandishi Wetu", sw, ""},
	} {
		a, _ := mustParse(t, dump(append([]string{"Habari", c.title, c.by, "14/03/2025"}, c.story...)...))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.by, got, c.want)
		}
	}
}
