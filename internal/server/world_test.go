package server_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The articles of testdata/world, one per script, as the site shows them.
var worldArticles = []struct {
	file, slug, lang, dir, word string
}{
	{"zh-beijing.md", "bei-jing-ju-xing-xin-wen-fa-bu-hui-xuan-bu-xin-de-jing-ji-zheng-ce", "zh", "ltr", "经济"},
	{"ja-tokyo.md", "tokyo-no-bijutsukan-de-atarashii-tenrankai-ga-hajimaru", "ja", "ltr", "美術館"},
	{"ko-seoul.md", "seouleseo-gugje-gihu-hoeyi-yeolryeo", "ko", "ltr", "서울"},
	{"th-bangkok.md", "krungethph-epidswnsaathaarnaaehngaihmrimaemnam", "th", "ltr", "แม่น้ำ"},
	{"ar-cairo.md", "lqhr-tstdyf-mwtmr-dwly-lltq-lmtjdd", "ar", "rtl", "القاهرة"},
	{"ru-moscow.md", "v-moskve-otkrylas-novaia-liniia-metro", "ru", "ltr", "метро"},
	{"hi-election.md", "bhaart-men-cunaav-kii-taiyaarii-shuruu", "hi", "ltr", "चुनाव"},
}

// Through a real server on 127.0.0.1: each article has a readable slug,
// its language and direction on the article element, and a word of it
// typed into the search box finds it, marked in the snippet.
func TestWorldArticlesServedAndFound(t *testing.T) {
	f := newFixture(t, "testdata/articles", "testdata/world")
	ts := httptest.NewServer(f.h)
	defer ts.Close()
	get := func(target string) string {
		t.Helper()
		return getOK(t, ts.URL, target)
	}
	for _, a := range worldArticles {
		page := get("/articles/" + a.slug)
		mustContain(t, a.file, page, `<article class="story" lang="`+a.lang+`" dir="`+a.dir+`">`, a.word)
		results := get("/search?q=" + url.QueryEscape(a.word))
		mustContain(t, a.file+" search", results, "1 result", `href="/articles/`+a.slug+`"`, "<mark>"+a.word+"</mark>")
		// The result itself is set in its language and direction.
		mustContain(t, a.file+" search", results, `<article class="entry" lang="`+a.lang+`" dir="`+a.dir+`">`)
	}
	// A two-character Chinese word inside longer runs, a filter, date
	// order, and English search beside them.
	mustContain(t, "北京", get("/search?q=%E5%8C%97%E4%BA%AC"), "1 result", "<mark>北京</mark>")
	mustContain(t, "经济 by date", get("/search?q="+url.QueryEscape("经济")+"&sort=date&from=2019-01-01"), "1 result")
	mustContain(t, "经济 too early", get("/search?q="+url.QueryEscape("经济")+"&to=2018-01-01"), "0 results")
	mustContain(t, "storm", get("/search?q=storm"), "3 results")
	// Russian and Arabic words find their other forms: Москва the
	// article's Москве, станция its станции, بالقاهرة ("in Cairo") its القاهرة.
	mustContain(t, "Москва", get("/search?q="+url.QueryEscape("Москва")), "1 result", "<mark>Москве</mark>")
	mustContain(t, "станция", get("/search?q="+url.QueryEscape("станция")), "1 result", "<mark>станции</mark>")
	mustContain(t, "بالقاهرة", get("/search?q="+url.QueryEscape("بالقاهرة")), "1 result", "<mark>القاهرة</mark>")
	// Lists on the home page carry each article's direction too.
	home := get("/")
	mustContain(t, "home", home, `lang="ar" dir="rtl"`)
	if strings.Count(home, `dir="rtl"`) != 1 {
		t.Errorf("home: %d right-to-left entries, want 1", strings.Count(home, `dir="rtl"`))
	}
}

// Related articles in scripts without spaces and in Russian and Arabic:
// headlines that share words in any form (新闻发布会 inside a longer run,
// новая линия and новую линию, للطاقة and الطاقة) are related; a shared
// particle (の) or function word (في) relates nothing.
func TestRelatedInEveryScript(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"zh1.md": "title: 北京举行新闻发布会\n",
		"zh2.md": "title: 上海举行新闻发布会\n",
		"zh3.md": "title: 广州天气转暖\n",
		"ja1.md": "title: 東京の美術館で展覧会\n",
		"ja2.md": "title: 美術館の新しい展覧会が開幕\n",
		"ja3.md": "title: 京都の美しい庭園\n",
		"ru1.md": "title: В Москве открылась новая линия метро\n",
		"ru2.md": "title: Новую линию запустят до конца года\n",
		"ru3.md": "title: Выставка картин в Петербурге\n",
		"ar1.md": "title: القاهرة تستضيف مؤتمرا للطاقة في الربيع\n",
		"ar2.md": "title: مؤتمرات الطاقة بالقاهرة\n",
		"ar3.md": "title: فيضانات في الخرطوم\n",
	} {
		body := "tags: []\n---\nText of " + name + ".\n"
		if err := os.WriteFile(filepath.Join(dir, name), []byte("---\n"+text+body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	f := newFixture(t, dir)
	for _, c := range []struct{ from, related, not string }{
		{"bei-jing-ju-xing-xin-wen-fa-bu-hui", "shang-hai-ju-xing-xin-wen-fa-bu-hui", "yan-zhou-tian-qi-zhuan-nuan"},
		{"dong-jing-no-mei-shu-guan-de-zhan-lan-hui", "mei-shu-guan-no-xin-shii-zhan-lan-hui-ga-kai-mu", "jing-du-no-mei-shii-ting-yuan"},
		{"v-moskve-otkrylas-novaia-liniia-metro", "novuiu-liniiu-zapustiat-do-kontsa-goda", "vystavka-kartin-v-peterburge"},
		{"lqhr-tstdyf-mwtmr-lltq-fy-lrby", "mwtmrt-ltq-blqhr", "fydnt-fy-lkhrtwm"},
	} {
		page := f.get("/articles/" + c.from)
		if page.code != 200 {
			t.Fatalf("%s: %d", c.from, page.code)
		}
		mustContain(t, c.from, page.body, "Related articles", `<a href="/articles/`+c.related+`">`)
		mustNotContain(t, c.from, page.body, `<a href="/articles/`+c.not+`">`)
	}
}

// getOK asks the server at base for target over TCP and returns the body;
// anything but 200 fails the test.
func getOK(t *testing.T, base, target string) string {
	t.Helper()
	resp, err := http.Get(base + target)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: %v", target, err)
	}
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s: %d", target, resp.StatusCode)
	}
	return string(b)
}
