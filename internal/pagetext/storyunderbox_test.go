package pagetext

import "testing"

// A box of four links to other stories under a label ("Leggi anche",
// "Читайте также") set above a story's last paragraphs, in a language
// other than English: the story goes on under the box to its end, and the
// box's links stay out (made-up pages).
func TestStoryGoesOnUnderBox(t *testing.T) {
	for _, c := range []struct {
		head, story, box, tail, foot []string
	}{
		{
			head: []string{"Gazzetta della Valle", "Home", "Cronaca", "Sport", "Bergamo, il mercato coperto riapre dopo due anni di lavori", "di Marta Rossi", "3 marzo 2026 - 09:40"},
			story: []string{
				"Il mercato coperto di via Borfuro riaprirà sabato mattina dopo due anni di lavori. I banchi torneranno al loro posto e il piano superiore ospiterà una piccola sala per le associazioni del quartiere.",
				"L’assessore al commercio Luca Ferri ha spiegato che il tetto è stato rifatto del tutto e che l’impianto di riscaldamento ora usa pannelli solari.",
				"I commercianti pagheranno lo stesso affitto di prima per almeno tre anni, come promesso dal Comune all’inizio del cantiere.",
				"Alcuni banchi resteranno vuoti per qualche settimana, perché due famiglie di ortolani hanno deciso di andare in pensione durante i lavori.",
			},
			box: []string{"Leggi anche", "Nuove corse per il tram delle valli", "Chiude per restauro la torre civica", "Il sindaco presenta il bilancio", "Aperte le iscrizioni ai centri estivi"},
			tail: []string{
				"Il Comune cerca nuovi commercianti per i banchi liberi e pubblicherà un bando entro la fine del mese.",
				"L’inaugurazione è prevista sabato alle dieci, con una colazione offerta ai residenti e una visita guidata ai nuovi locali del piano superiore.",
			},
			foot: []string{"Tag:", "Bergamo", "mercato", "Chi siamo", "Privacy"},
		},
		{
			head: []string{"Уральский вестник", "Главная", "Город", "Спорт", "В Перми откроют зимний каток на набережной Камы", "Автор: Анна Крылова", "3 марта 2026, 10:15"},
			story: []string{
				"Власти Перми решили залить большой каток на набережной Камы. Он будет работать каждый день с десяти утра до десяти вечера, а вход для школьников будет бесплатным.",
				"По словам главы департамента культуры Дмитрия Орлова, у катка поставят теплые павильоны для переодевания и пункт проката коньков.",
				"Лед будут обновлять дважды в день, а вечером над катком включат новое освещение.",
				"Жители соседних домов попросили не включать громкую музыку после девяти вечера, и мэрия обещала учесть эту просьбу.",
			},
			box: []string{"Читайте также", "Трамвай на Гайву пустят летом", "В центре закроют два моста", "Городской сад откроют в мае", "Пермь примет турнир по хоккею"},
			tail: []string{
				"Если каток понравится горожанам, следующей зимой такой же появится в Мотовилихе.",
				"Открытие назначено на первую субботу декабря.",
			},
			foot: []string{"Теги:", "Пермь", "каток", "О редакции", "Реклама"},
		},
	} {
		var page []string
		for _, part := range [][]string{c.head, c.story, c.box, c.tail, c.foot} {
			page = append(page, part...)
		}
		a, _ := mustParse(t, dump(page...))
		wantInBody(t, a.Body, append(append([]string{}, c.story...), c.tail...))
		wantLeftOut(t, a.Body, c.box[1:])
	}
}
