package tagger

import (
	"slices"
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// A name the text writes only with a clitic glued to it ("بريف دمشق", in
// the Damascus countryside) is filed without it when the word left is
// one the text writes on its own elsewhere ("ريف حلب"); a name whose first
// letter only looks like the clitic ("بيروت", "بغداد") keeps it.
func TestArabicClitic(t *testing.T) {
	for _, c := range []struct {
		name      string
		a         article.Article
		want, not []string
	}{
		{"preposition off", article.Article{
			Language: "ar",
			Title:    "افتتاح مدرسة جديدة بريف دمشق",
			Body: body(
				"افتتحت مدرسة جديدة بريف دمشق يوم الأحد بعد عامين من العمل. وتضم المدرسة عشرة صفوف للأطفال.",
				"وكانت مدارس كثيرة بريف دمشق قد أغلقت خلال السنوات الماضية، كما أغلقت مدارس في ريف حلب.",
				"ويأمل الأهالي بريف دمشق أن تفتح مدارس أخرى قريبا.",
			),
		}, []string{"ريف دمشق"}, []string{"بريف دمشق"}},
		{"a letter of the name", article.Article{
			Language: "ar",
			Title:    "بيروت تستضيف معرض الكتاب",
			Body: body(
				"تستضيف بيروت معرض الكتاب السنوي هذا الأسبوع. ويشارك في المعرض ناشرون من عشرين بلدا.",
				"وقال المنظمون إن بيروت تنتظر آلاف الزوار، وإن المعرض في بيروت يفتح أبوابه كل يوم حتى المساء.",
			),
		}, []string{"بيروت"}, []string{"يروت"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := uncasedNames(c.a, dominantScript(c.a))
			t.Logf("names: %q", got)
			checkNames(t, got, c.want, c.not)
		})
	}
}

// checkNames reports the names of want missing from got and those of not
// found in it.
func checkNames(t *testing.T, got, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("missing %q in %q", w, got)
		}
	}
	for _, w := range not {
		if slices.Contains(got, w) {
			t.Errorf("unwanted %q in %q", w, got)
		}
	}
}
