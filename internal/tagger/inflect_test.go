package tagger

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// A Russian place the text writes only in "-е" ("в Москве", "в
// Новосибирске") is filed in the nominative when the stem tells the
// declension; one that could be of either ("на Аляске": Аляска, or a
// masculine "Аляск") is left as written rather than guessed.
func TestRussianPlaceSeenOnlyInLocative(t *testing.T) {
	for _, c := range []struct {
		name      string
		a         article.Article
		want, not []string
	}{
		{"first declension", article.Article{
			Language: "ru",
			Title:    "В Москве открылась выставка старых трамваев",
			Body: body(
				"В Москве в субботу открылась выставка старых трамваев. Организаторы привезли в Москве собранные по всей стране вагоны.",
				"Самому старому трамваю больше ста лет, рассказали организаторы. Выставка в Москве продлится до конца месяца.",
			),
		}, []string{"Москва"}, []string{"Москве", "Москв"}},
		{"masculine place", article.Article{
			Language: "ru",
			Title:    "В Новосибирске построят новый мост через Обь",
			Body: body(
				"В Новосибирске начали строить ещё один мост через Обь. Мост соединит левый и правый берег города.",
				"Строительство в Новосибирске займёт четыре года, сообщили в мэрии. Жители в Новосибирске давно ждут нового моста.",
			),
		}, []string{"Новосибирск"}, []string{"Новосибирске"}},
		{"either", article.Article{
			Language: "ru",
			Title:    "На Аляске проснулся вулкан",
			Body: body(
				"На Аляске в четверг проснулся вулкан. Учёные на Аляске следят за ним с самолётов.",
				"Пепел пока не мешает полётам, сообщили власти. Жителей на Аляске просят не выходить из домов.",
			),
		}, nil, []string{"Аляск", "Аляска"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			tags := Tags(c.a)
			t.Logf("tags: %q", names(tags))
			checkTags(t, tags)
			checkNames(t, names(tags), c.want, c.not)
		})
	}
}

func TestRuLocativeNominative(t *testing.T) {
	for in, want := range map[string]string{
		"Москве": "Москва", "Литве": "Литва", "Новосибирске": "Новосибирск", "Минске": "Минск",
		"Донецке": "Донецк", "Волгограде": "Волгоград", "Петербурге": "Петербург", "Новгороде": "Новгород",
		"Казахстане": "Казахстан", "Омске": "Омск",
		// Either declension, or not "-е" at all: left.
		"Аляске": "", "Астане": "", "Киеве": "", "Женеве": "", "Лондоне": "", "Вене": "", "Москва": "",
	} {
		if got := ruLocativeNominative(in); got != want {
			t.Errorf("ruLocativeNominative(%q) = %q, want %q", in, got, want)
		}
	}
}
