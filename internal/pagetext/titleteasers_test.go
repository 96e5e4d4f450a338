package pagetext

import (
	"strings"
	"testing"
)

// A list of other stories' headlines runs down to the headline, the byline
// under it: the list's last item is no headline over its standfirst, nor
// the headline a standfirst under it.
func TestHeadlineUnderTeaserList(t *testing.T) {
	lines := []string{
		"Incidente sulla provinciale, due feriti lievi",
		"La scuola media vince il premio di lettura",
		"Il mercatino di Natale apre venerdì in piazza",
		"Nuovo parroco per la chiesa di San Rocco",
		"Meteo del fine settimana: gelate in collina",
		"Torna il treno notturno per la costa ligure",
		"Di Chiara Benedetti",
		"12 dicembre 2026, 09:40",
		"La linea ferroviaria che collega la città al mare tornerà a essere servita anche di notte a partire da gennaio, dopo tre anni di sospensione.",
		"Lo ha deciso la Regione dopo le proteste dei pendolari che lavorano nei turni serali e non avevano più un modo per rientrare a casa.",
		"Il servizio sarà valutato dopo sei mesi, e i comitati chiedono che diventi stabile anche nei mesi estivi, quando la domanda cresce.",
	}
	text, _ := splitLines(strings.Join(lines, "\n\n"))
	p := newPage(text)
	for _, ps := range passes {
		ps.run(p)
	}
	var item, head headParts
	p.rateTitle(4, &item)
	p.rateTitle(5, &head)
	if item[hDekBelow] != 0 {
		t.Errorf("the list's last item scores %.2f as a headline over its standfirst", item[hDekBelow])
	}
	if head[hSecondHeadline] != 0 {
		t.Errorf("the headline scores %.2f as a standfirst under the list's last item", head[hSecondHeadline])
	}
	if got := headlineOf(strings.Join(lines, "\n\n")); got != lines[5] {
		t.Errorf("headline %q, want %q", got, lines[5])
	}
}
