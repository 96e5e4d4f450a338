package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/importer"
	"github.com/morgue-archive/morgue/internal/search"
	"github.com/morgue-archive/morgue/internal/store"
)

func TestGrams(t *testing.T) {
	checkText(t, "Grams", store.Grams, map[string]string{
		"plain English": "plain English",
		"北京举行":          " 北京 京举 举行 \n 行",
		"在北京":           " 在北 北京 \n 京",
		"猫":             " 猫 ",
		"iPhone发布会上市":   "iPhone 发布 布会 会上 上市 \n 市",
		"北京，上海":         " 北京 ， 上海 \n 京 海",
		"서울에서 열린":       " 서울 울에 에서   열린 \n 서 린",
		"Москва и 東京":   "Москва и  東京 \n 京",
	})
}

// checkText checks what f, the text an index reads, makes of each input.
func checkText(t *testing.T, name string, f func(string) string, cases map[string]string) {
	t.Helper()
	for in, want := range cases {
		if got := f(in); got != want {
			t.Errorf("%s(%q) = %q, want %q", name, in, got, want)
		}
	}
}

// worldArchive imports one short article per script, and an English one.
func worldArchive(t *testing.T) *store.Reader {
	t.Helper()
	dir := t.TempDir()
	articles := map[string]string{
		"zh.md":  "title: 北京举行新闻发布会\ndate: 2024-01-05\ntags: [经济]\n---\n北京市政府举行新闻发布会，宣布新的经济政策。经济学家说，增长目标可以实现。",
		"zh2.md": "title: 上海的天气\ndate: 2024-01-04\n---\n上海今天下雨，气温比北京高。明天的天气会好转。",
		"ja.md":  "title: 東京の美術館で展覧会\ndate: 2024-01-03\n---\n東京都内の美術館で、新しい展覧会が始まった。会場は多くの来場者でにぎわった。",
		"ko.md":  "title: 서울에서 기후 회의\ndate: 2024-01-02\n---\n서울에서 열린 국제 기후 회의에 여러 나라의 대표들이 참석했다.",
		"th.md":  "title: กรุงเทพฯ เปิดสวนใหม่\ndate: 2024-01-01\n---\nกรุงเทพมหานครเปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำเจ้าพระยา",
		"ar.md":  "title: القاهرة تستضيف مؤتمرا للطاقة\ndate: 2023-12-31\n---\nافتتح في القاهرة مؤتمر دولي للطاقة المتجددة بمشاركة وفود من ثلاثين دولة.",
		"ru.md":  "title: В Москве открылась новая линия метро\ndate: 2023-12-30\n---\nНовая линия метро соединила северные и южные районы Москвы.",
		"hi.md":  "title: भारत में चुनाव की तैयारी\ndate: 2023-12-29\n---\nभारत में चुनाव आयोग ने मतदान केंद्रों की व्यवस्था पर चर्चा की।",
		"en.md":  "title: Harbour reopens in Beijing\ndate: 2023-12-28\n---\nThe harbour reopened after the storm, officials in Beijing said.",
	}
	for name, text := range articles {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("---\n"+text+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx := context.Background()
	db, err := store.OpenWrite(ctx, filepath.Join(dir, "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if sum, err := importer.Run(ctx, db, []string{dir}, importer.Options{}); err != nil || sum.Counts[importer.New] != len(articles) {
		t.Fatalf("import: %v %v", sum, err)
	}
	ftsIntact(t, db, "after import")
	return store.NewReader(db)
}

func searchFor(t *testing.T, r *store.Reader, q store.SearchQuery, text string) ([]string, []string) {
	t.Helper()
	pq, err := search.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	q.Query, q.Limit = pq, 20
	res, err := r.Search(context.Background(), q)
	if err != nil {
		t.Fatalf("%s: %v", text, err)
	}
	var titles, snippets []string
	for _, h := range res.Hits {
		titles = append(titles, h.Title)
		snippets = append(snippets, h.Snippet)
	}
	if res.Total != len(titles) {
		t.Errorf("%s: total %d for %d hits", text, res.Total, len(titles))
	}
	return titles, snippets
}

// A word in any script finds the articles that contain it, two-character
// Chinese words and words inside longer runs included, with the word
// marked in the snippet; English search is as before.
func TestSearchInEveryScript(t *testing.T) {
	r := worldArchive(t)
	checkSearches(t, r, []searchCase{
		{"北京", "北京举行新闻发布会|上海的天气", "北京"},
		{"经济", "北京举行新闻发布会", "经济"}, // also inside 经济学家
		{"新闻发布会", "北京举行新闻发布会", "新闻发布会"},
		{"天气", "上海的天气", "天气"},
		{"京", "北京举行新闻发布会|東京の美術館で展覧会|上海的天气", "京"}, // one character, also where it ends a run
		{"北京 -上海", "北京举行新闻发布会", "北京"},
		{"美術館", "東京の美術館で展覧会", "美術館"},
		{"東京", "東京の美術館で展覧会", "東京"},
		{"서울", "서울에서 기후 회의", "서울"}, // the particle 에서 is glued on
		{"회의", "서울에서 기후 회의", "회의"},
		{"แม่น้ำ", "กรุงเทพฯ เปิดสวนใหม่", "แม่น้ำ"},
		{"القاهرة", "القاهرة تستضيف مؤتمرا للطاقة", "القاهرة"},
		{"метро", "В Москве открылась новая линия метро", "метро"},
		{"चुनाव", "भारत में चुनाव की तैयारी", "चुनाव"},
		{"harbour", "Harbour reopens in Beijing", "harbour"},
		{"发布会 OR 美術館", "北京举行新闻发布会|東京の美術館で展覧会", ""},
		{"title:天气", "上海的天气", ""},
		{"伦敦", "", ""},
	})
	// Filters and date order work as for English.
	if got, _ := searchFor(t, r, store.SearchQuery{Tag: "jing-ji"}, "北京"); fmt.Sprint(got) != "[北京举行新闻发布会]" {
		t.Errorf("北京 tagged 经济: %q", got)
	}
	if got, _ := searchFor(t, r, store.SearchQuery{FromDay: 20240105}, "北京"); fmt.Sprint(got) != "[北京举行新闻发布会]" {
		t.Errorf("北京 from 2024-01-05: %q", got)
	}
	if got, _ := searchFor(t, r, store.SearchQuery{ByDate: true}, "京"); fmt.Sprint(got) != "[北京举行新闻发布会 上海的天气 東京の美術館で展覧会]" {
		t.Errorf("京 by date: %q", got)
	}
}

// searchCase is a query, the titles it finds in rank order ("|" between)
// and what the first snippet has between the marks ("" for anything).
type searchCase struct{ q, titles, marked string }

func checkSearches(t *testing.T, r *store.Reader, cases []searchCase) {
	t.Helper()
	for _, c := range cases {
		titles, snippets := searchFor(t, r, store.SearchQuery{}, c.q)
		if got := strings.Join(titles, "|"); got != c.titles {
			t.Errorf("%s: %q, want %q", c.q, got, c.titles)
			continue
		}
		if c.marked != "" && !strings.Contains(strings.ToLower(snippets[0]), store.MarkStart+c.marked+store.MarkEnd) {
			t.Errorf("%s: snippet %q does not mark %q", c.q, snippets[0], c.marked)
		}
	}
}

// Changing and deleting articles keeps the second index in step.
func TestGramsIndexFollowsChanges(t *testing.T) {
	indexFollowsChanges(t, indexChanges{
		first: "北京举行新闻发布会。", aLater: "上海今天下雨。", bLater: "港口重新开放了。",
		after: map[string]string{"北京": "[]", "上海": "[a.md]", "港口": "[b.md]"}, gone: "上海",
	})
}

// indexChanges is an article a that stays in a second index with other
// words (first, then aLater), an English article b that joins it
// (bLater), what searches find after that, and a word of aLater that is
// gone when a turns English.
type indexChanges struct {
	first, aLater, bLater string
	after                 map[string]string
	gone                  string
}

func indexFollowsChanges(t *testing.T, c indexChanges) {
	t.Helper()
	dir := t.TempDir()
	write := func(name, body string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte("---\ntitle: "+name+"\n---\n"+body+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.md", c.first)
	write("b.md", "An English story about the harbour.")
	db, importDir := archiveOf(t, dir)
	imp := func() {
		t.Helper()
		importDir()
		ftsIntact(t, db, "after import")
	}
	imp()
	write("a.md", c.aLater)
	write("b.md", c.bLater)
	imp()
	for q, want := range c.after {
		if got := fmt.Sprint(searchTitles(t, db, q)); got != want {
			t.Errorf("%s after changes: %s, want %s", q, got, want)
		}
	}
	write("a.md", "Now in English only.") // leaves it
	imp()
	if got := fmt.Sprint(searchTitles(t, db, c.gone)); got != "[]" {
		t.Errorf("%s after the article left the index: %s", c.gone, got)
	}
	if _, err := db.Exec(`DELETE FROM articles WHERE title = 'b.md'`); err != nil {
		t.Fatal(err)
	}
	ftsIntact(t, db, "after a delete")
}
