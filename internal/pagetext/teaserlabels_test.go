package pagetext

import "testing"

// "Saiba mais" (Portuguese) and "Więcej na ten temat" (Polish) label a box
// of links to other stories as "Read more" does: the headlines under them
// are not the story's, and the story goes on below the box.
func TestLearnMoreBoxesInOtherLanguages(t *testing.T) {
	pt := []string{
		"A prefeitura fechou a ponte do porto nesta segunda-feira depois que engenheiros encontraram ferrugem grave nas vigas de aço que sustentam a pista.",
		"Segundo o secretário de obras, o conserto deve levar pelo menos um ano e custar cerca de 40 milhões de reais aos cofres da cidade.",
		"Os moradores da margem norte terão de usar a balsa, que passará a sair a cada vinte minutos durante o dia, inclusive nos fins de semana.",
		"A câmara municipal vota o orçamento da obra no mês que vem, e o trabalho pode começar na primavera se o dinheiro for liberado a tempo.",
		"Comerciantes do centro dizem que temem perder clientes durante a obra e pedem que a prefeitura reduza as taxas enquanto a ponte estiver fechada.",
	}
	ptTeasers := []string{
		"Economia Governo anuncia plano para ferrovias do Sul",
		"Cidades Balsa do porto ganha novos horários no verão",
		"Política Câmara aprova reforma do mercado municipal",
	}
	page := append([]string{"Prefeitura fecha ponte do porto por um ano para reparos", "Por Ana Souza", "3 de março de 2026"}, pt[:3]...)
	page = append(page, "Saiba mais")
	page = append(page, ptTeasers...)
	page = append(page, pt[3:]...)
	a, _ := mustParse(t, dump(page...))
	wantBody(t, a.Body, pt)
	wantLeftOut(t, a.Body, ptTeasers)

	pl := []string{
		"Władze miasta zamknęły w poniedziałek most w porcie, po tym jak inżynierowie znaleźli poważną rdzę na stalowych belkach podtrzymujących jezdnię.",
		"Według wiceprezydenta miasta naprawa potrwa co najmniej rok i będzie kosztować około 40 milionów złotych z miejskiego budżetu.",
		"Mieszkańcy północnego brzegu będą musieli korzystać z promu, który ma kursować co dwadzieścia minut przez cały dzień, także w weekendy.",
		"Rada miasta zagłosuje nad budżetem remontu w przyszłym miesiącu, a prace mogą ruszyć wiosną, jeśli pieniądze zostaną przyznane na czas.",
	}
	plTeasers := []string{
		"PROM: Nowe godziny kursów od kwietnia",
		"Radni spierają się o budżet na drogi",
		"Kolej do portu wróci dopiero za dwa lata",
	}
	page = append([]string{"Most w porcie zamknięty na rok z powodu remontu", "Anna Nowak", "3 marca 2026"}, pl...)
	page = append(page, "Więcej na ten temat")
	page = append(page, plTeasers...)
	a, _ = mustParse(t, dump(page...))
	wantBody(t, a.Body, pl)
	wantLeftOut(t, a.Body, plTeasers)
}

// The new labels open a box only as a short line of their own: a story's
// sentence that begins with the same words stays in.
func TestLearnMoreLabelsAreShortLines(t *testing.T) {
	for _, s := range []string{"Saiba mais", "Leia mais:", "Más información", "Więcej na ten temat", "Mehr dazu", "Voir aussi"} {
		ln := wordedLine(s)
		if !isTeaserMarker(ln) {
			t.Errorf("%q does not open a teaser box", s)
		}
	}
	for _, s := range []string{"Saiba mais sobre o novo horário da balsa no site da prefeitura, que publicou a tabela completa na sexta-feira.",
		"Polecamy mieszkańcom korzystanie z promu, dopóki most nie zostanie otwarty po remoncie."} {
		ln := wordedLine(s)
		if isTeaserMarker(ln) {
			t.Errorf("%q read as a teaser label", s)
		}
	}
}

// A link to another story under a teaser box's label and a colon, printed
// between two paragraphs, leaves the body, in any language the labels are
// known in; a sentence of the story after the same words stays.
func TestTeaserLabelledLinksLeaveBody(t *testing.T) {
	for _, s := range []string{
		"RELATED READING: Ten questions for the new harbour master",
		"Don’t miss: The ferry timetable for the winter detour",
		"You might also like: Why old bridges rust from the inside",
		"Lesen Sie auch: Die Fähre fährt im Winter seltener",
		"Leia também: Balsa do porto ganha novos horários no verão",
	} {
		t.Run(s, func(t *testing.T) { wantLeavesMidStory(t, s) })
	}
	for _, s := range []string{
		"Trending: the council also voted to raise the ferry fares by ten percent from May.",
		"Latest figures: the bridge carried 40,000 cars a day before it closed.",
	} {
		t.Run(s, func(t *testing.T) { wantStaysMidStory(t, s) })
	}
}

// "You may also like" in the languages of the labels above closes the
// story as "Lire aussi" does: the headlines under it are other stories'.
func TestAlsoLikeBoxesInOtherLanguages(t *testing.T) {
	fr := []string{
		"La commune a mis en service lundi un nouveau ferry qui doit circuler entre les deux îles même par gros temps, alors que la liaison était souvent interrompue.",
		"Le navire peut accueillir deux cents passagers et vingt voitures, et selon la compagnie il consomme nettement moins de carburant que l'ancien bateau.",
		"La maire a parlé d'un long chemin lors du baptême : la préparation a duré plus de six ans et le conseil a failli abandonner le projet à deux reprises.",
		"La compagnie présentera le nouvel horaire en avril, et d'ici là l'ancien reste en vigueur avec six traversées par jour et deux de plus le week-end.",
	}
	teasers := []string{
		"Le port aura un nouveau quai en béton recyclé",
		"Le conseil se divise sur les tarifs des élèves",
		"Le phare rouvre après deux ans de travaux",
	}
	for _, label := range []string{"Vous aimerez aussi", "Vous pourriez aussi aimer", "También te puede gustar",
		"Você também pode gostar", "Potrebbe piacerti anche", "Das könnte Ihnen auch gefallen"} {
		page := append([]string{"Accueil", "Actualités", "Un nouveau ferry relie les îles en hiver", "12 mars 2025"}, fr...)
		page = append(append(page, label), teasers...)
		page = append(page, "Mentions légales", "Confidentialité", "© 2025 L'Insulaire")
		a, _ := mustParse(t, dump(page...))
		wantBody(t, a.Body, fr)
		wantLeftOut(t, a.Body, append([]string{label}, teasers...))
	}
}

// "Recommended", "Popular", "Latest", "Related" and "Trending" label a box
// of links when what follows names what a box holds ("Related articles",
// "Recommended for you", "Popular on …") or trails off into its links; a
// story's own heading that opens with them ("Recommended Books for New
// Managers", "Popular Dishes:") is no box, and its list is the story's.
func TestStoryHeadingsOpenedByBoxWords(t *testing.T) {
	for s, want := range map[string]bool{
		"Related articles": true, "Recommended for you": true, "Popular on Example": true, "Latest news": true,
		"Trending now": true, "Recommended": true, "Recommended walking routes…": true,
		"Recommended Books for New Managers": false, "Popular Dishes:": false, "Related Words": false,
		"Latest generation chips": false,
	} {
		ln := wordedLine(s)
		if isTeaserMarker(ln) != want {
			t.Errorf("isTeaserMarker(%q) = %v, want %v", s, !want, want)
		}
	}
	paras := []string{
		"Most new managers are promoted because they were good at the work, not because anyone taught them how to lead the people who now do it.",
		"The first year is the hardest. You have to give up some of the work you liked, learn to say no to your old team mates and find out what your own boss expects.",
		"Reading helps more than most people think. The books below are the ones our readers mention most when we ask what got them through that first year.",
		"Recommended Books for New Managers",
		"The Quiet Hour, Ruth Ellery",
		"Leading Without a Title, Marcus Fenwick",
		"The Team Ledger, Dana Okafor",
		"First Hundred Days at the Desk, Tomas Brandt",
		"Whatever you read, set aside an hour a week to think about how your team works, and write down one thing you will change before the next week begins.",
	}
	page := append([]string{"What new managers get wrong in their first year", "By Jane Roe", "March 3, 2026"}, paras...)
	a, _ := mustParse(t, dump(page...))
	wantInBody(t, a.Body, paras)
}

// "Also check" labels a box of links as "You may also check" does, alone
// over the links ("Also Check:") or before one link ("Also check: The
// ferry timetable guide"); a story's sentence that opens with the same
// words stays in.
func TestAlsoCheckLabel(t *testing.T) {
	if ln := wordedLine("Also Check:"); !isTeaserMarker(ln) {
		t.Errorf("%q does not open a teaser box", ln.text)
	}
	if ln := wordedLine("Also check: The ferry timetable guide for the islands"); !teaserLabelled(&ln) {
		t.Errorf("%q is not read as a labelled link", ln.text)
	}
	if ln := wordedLine("Also check the tyre pressure before you drive the car onto the ferry, as the ramp is steep."); isTeaserMarker(ln) {
		t.Errorf("the sentence %q opens a teaser box", ln.text)
	}
}
