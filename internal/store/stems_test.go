package store_test

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/store"
)

func TestStems(t *testing.T) {
	checkText(t, "Stems", store.Stems, map[string]string{
		"plain English, kept":          "plain English, kept",
		"В Москве открылась линия":     "в москв откр лин",
		"Ёлка у Кремля":                "елк у кремл",
		"افتتح في القاهرة مؤتمر":       "افتتح في قاهر موتمر",
		"بالسودان والسودان":            "سود سود",
		"Путин (Putin) сказал: «нет».": "путин (Putin) сказа: «нет».",
	})
}

// Russian and Arabic words find their other forms (Москва finds Москве,
// السودان finds بالسودان), the form found is marked in the snippet, and
// English, Chinese and the rest search as before.
func TestSearchFindsOtherFormsOfRussianAndArabicWords(t *testing.T) {
	r := worldArchive(t)
	checkSearches(t, r, []searchCase{
		{"Москва", "В Москве открылась новая линия метро", "москвы"},
		{"москвой", "В Москве открылась новая линия метро", "москвы"},
		{"линии метро", "В Москве открылась новая линия метро", "метро"},
		{`"новой линии"`, "В Москве открылась новая линия метро", ""},
		{"title:Москву", "В Москве открылась новая линия метро", ""},
		{"районов", "В Москве открылась новая линия метро", "районы"},
		{"метро -Москва", "", ""},
		{"Моск*", "В Москве открылась новая линия метро", ""},
		{"قاهرة", "القاهرة تستضيف مؤتمرا للطاقة", "القاهرة"},
		{"والقاهرة", "القاهرة تستضيف مؤتمرا للطاقة", "القاهرة"},
		{"مؤتمر", "القاهرة تستضيف مؤتمرا للطاقة", "مؤتمر"},
		{"Лондон", "", ""},
		{"harbour", "Harbour reopens in Beijing", "harbour"},
	})
	if got, _ := searchFor(t, r, store.SearchQuery{FromDay: 20231231}, "москва"); len(got) != 0 {
		t.Errorf("москва from 2023-12-31 (the article is of the 30th): %q", got)
	}
}

// Changing and deleting articles keeps the stems index in step.
func TestStemsIndexFollowsChanges(t *testing.T) {
	indexFollowsChanges(t, indexChanges{
		first: "Новости из Москвы.", aLater: "Новости из Петербурга.", bLater: "Новости о гавани.",
		after: map[string]string{"Москва": "[]", "Петербург": "[a.md]", "гавань": "[b.md]"}, gone: "Петербург",
	})
}
