package pagetext

import "testing"

// A short story with a newsletter pitch and an ad's label set between its
// paragraphs keeps every paragraph: the two lines of furniture leave the
// body, but they part the story no more than a picture would, so the
// paragraphs under them are not cut off as a far island of prose.
func TestFurnitureBoxInsideShortStoryKeepsBothHalves(t *testing.T) {
	for _, c := range []struct{ header, story, furniture []string }{{
		header: []string{"Новости", "В городе откроют новую библиотеку", "Анна Смирнова", "3 марта 2025"},
		story: []string{
			"Городская администрация объявила, что новая центральная библиотека откроется в бывшем здании почтамта в конце года.",
			"Ремонт здания обойдётся в четыреста миллионов рублей, а фонд библиотеки пополнят сорок тысяч новых книг.",
			"Жители района давно просили открыть библиотеку рядом с домом: ближайшая находится в получасе езды на автобусе.",
			"В новом здании будут читальный зал, детский отдел и комнаты для занятий, которые можно будет бронировать бесплатно.",
		},
		furniture: []string{"Подпишитесь на нашу рассылку и получайте главные новости дня на почту.", "Реклама"},
	}, {
		header: []string{"Gündem", "Şehre yeni bir kütüphane açılıyor", "Ayşe Demir", "3 Mart 2025"},
		story: []string{
			"Belediye, yeni merkez kütüphanenin eski postane binasında yıl sonunda açılacağını salı günü duyurdu.",
			"Binanın onarımı yaklaşık yüz milyon liraya mal olacak ve kütüphanenin rafları kırk bin yeni kitapla dolacak.",
			"Mahalle sakinleri uzun süredir evlerine yakın bir kütüphane istiyordu, en yakın kütüphane otobüsle yarım saat uzakta.",
			"Yeni binada okuma salonu, çocuk bölümü ve ücretsiz ayrılabilen çalışma odaları bulunacak.",
		},
		furniture: []string{"Haber bültenimize abone olun, günün öne çıkan haberleri her sabah e-postanıza gelsin.", "Reklam"},
	}} {
		page := append(append([]string{}, c.header...), c.story[:2]...)
		page = append(page, c.furniture...)
		page = append(page, c.story[2:]...)
		a, _ := mustParse(t, dump(page...))
		wantBody(t, a.Body, c.story)
		wantLeftOut(t, a.Body, c.furniture)
	}
}

// "About the Author" labels the writer's box under the story: the label
// is never story text, even where the note under it is too long to read
// as the writer's box and the body keeps its neighbourhood.
func TestAboutTheAuthorLabelLeavesBody(t *testing.T) {
	note := "Harbour Works is an independent engineering studio that inspects, designs and repairs bridges, piers and sea walls for councils and port authorities along the coast. " +
		"With the resources of a large firm and the care of a small one, we deliver projects from the first survey to the last coat of paint, and we publish what we learn on every job " +
		"so that the engineers who come after us can build on it, whether they work for us or not, because the coast is shared by all of us and the bridges should be too."
	for _, label := range []string{"About the Author", "About the Authors"} {
		lines := append([]string{storyTitle, "By Harbour Works", "March 27, 2025"}, storyParas...)
		lines = append(append(lines, moreStory...), label, "Harbour Works", note, "Sign up for our newsletter", "© 2025 Harbour News")
		a, _ := mustParse(t, dump(lines...))
		wantLeftOut(t, a.Body, []string{label})
	}
}
