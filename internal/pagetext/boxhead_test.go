package pagetext

import (
	"slices"
	"testing"
)

// A box of links to other stories under a label set between a story's
// paragraphs, with the story's subheading right under its last link: the
// subheading takes up words of the paragraph under it ("Die Laderampe
// bleibt" over "… die Laderampe bleiben erhalten …"), which a link to
// another story does not, and it stays in the body while the box's label
// and links stay out (made-up pages).
func TestSubheadingUnderLinkBox(t *testing.T) {
	for _, c := range []struct {
		head, story, box, tail, foot []string
		sub                          string
	}{
		{
			head: []string{"Gazeta Mazurska", "Strona główna", "Region", "Sport", "Ełk odnowi dawną łaźnię miejską nad jeziorem", "Autor: Joanna Kamińska", "4.03.2026, 09:30"},
			story: []string{
				"Radni Ełku zgodzili się na remont dawnej łaźni miejskiej nad jeziorem. Budynek z czerwonej cegły od piętnastu lat stoi pusty i niszczeje.",
				"Burmistrz Adam Lewandowski powiedział, że w łaźni powstanie przystań kajakowa z szatniami oraz mała sala wystawowa o historii miasta.",
				"Miejscowy klub wioślarski od lat prosił o miejsce na łodzie i obiecał, że poprowadzi tam zajęcia dla dzieci z okolicznych szkół.",
				"Część mieszkańców pobliskich domów obawia się, że latem nad jeziorem zabraknie miejsc do parkowania, dlatego miasto chce wytyczyć nowy parking przy stadionie.",
			},
			box: []string{"Zobacz także", "Nowy plac zabaw przy szkole numer trzy", "Pociągi do Olsztyna pojadą szybciej", "Miasto kupi dwa elektryczne autobusy", "Festyn rodzinny w parku"},
			sub: "Ceglane ściany zostaną",
			tail: []string{
				"Ceglane ściany i dawne okna łaźni zostaną odnowione, a dach dostanie nowe dachówki podobne do tych sprzed wojny.",
				"Remont ma kosztować dziewięć milionów złotych i potrwać półtora roku, a przystań ma być gotowa przed sezonem kajakowym.",
			},
			foot: []string{"Tagi:", "Ełk", "jezioro", "Kontakt", "Regulamin"},
		},
		{
			head: []string{"Moravské listy", "Úvod", "Kraj", "Sport", "Olomouc opraví starou sladovnu na kulturní dům", "Autor: Petra Novotná", "4. března 2026 10:20"},
			story: []string{
				"Olomoučtí zastupitelé schválili opravu staré sladovny u řeky Moravy. Budova stojí prázdná už dvanáct let a její střecha místy propadá.",
				"Podle primátora Karla Svobody v ní vznikne sál pro koncerty, zkušebny pro kapely a kavárna s výhledem na řeku.",
				"Místní spolek muzikantů už nabídl, že bude v domě pořádat levné kurzy hry na nástroje pro děti ze sídlišť.",
				"Někteří sousedé se bojí, že se v ulici kolem sladovny nebude dát v létě zaparkovat, a radnice proto slibuje nové parkoviště u stadionu.",
			},
			box: []string{"Související články", "Tramvaj do Nových Sadů pojede v létě", "Město zdraží parkování v centru", "Knihovna otevře novou pobočku"},
			sub: "Komín zůstane stát",
			tail: []string{
				"Vysoký cihlový komín sladovny zůstane stát a dostane nové osvětlení, které bude v noci vidět z celého nábřeží.",
				"Oprava přijde zhruba na sto milionů korun, z nichž polovinu zaplatí kraj, a hotovo má být za dva roky.",
			},
			foot: []string{"Štítky:", "Olomouc", "kultura", "O nás", "Reklama"},
		},
		{
			head: []string{"Gotlands Tidning", "Start", "Lokalt", "Sport", "Visby gör om gamla mejeriet till konsthall", "Av Ingrid Nyström", "4 mars 2026 08:10"},
			story: []string{
				"Kommunen i Visby har bestämt att det gamla mejeriet vid hamnen ska bli en konsthall. Huset har stått tomt sedan mejeriet lades ner för elva år sedan.",
				"Kulturnämndens ordförande Lars Eklund säger att öns konstnärer länge har saknat en plats där de kan visa sina verk under hela året.",
				"Föreningen för konsthantverk har redan frågat om den kan ha kurser för barn och unga i husets källare på vintern.",
				"En del grannar oroar sig för att det blir svårt att parkera vid hamnen på sommaren, och kommunen lovar därför en ny parkering vid idrottsplatsen.",
			},
			box: []string{"Läs också", "Ny färja till fastlandet i höst", "Simhallen stänger i sommar", "Fler cykelbanor på norra Gotland"},
			sub: "Kylrummet blir ateljé",
			tail: []string{
				"Det stora kylrummet där mjölken en gång förvarades blir en ateljé med högt i tak och fönster mot havet.",
				"Ombyggnaden beräknas kosta trettio miljoner kronor och konsthallen väntas öppna om två år.",
			},
			foot: []string{"Ämnen:", "Visby", "konst", "Om oss", "Annonsera"},
		},
	} {
		page := slices.Concat(c.head, c.story, c.box, []string{c.sub}, c.tail, c.foot)
		a, _ := mustParse(t, dump(page...))
		wantInBody(t, a.Body, append(append(append([]string{}, c.story...), c.sub), c.tail...))
		wantLeftOut(t, a.Body, c.box)
	}
}
