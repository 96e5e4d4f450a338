package server_test

import (
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// Issue 12's "done when", through the importer and a real server on
// 127.0.0.1: page-text dumps of made-up stories in Chinese, Japanese,
// Russian and Arabic (testdata/world-stories, written for this test)
// import with their body, language, a readable slug and the tags an
// archivist would file them under, never a common noun ("المكتبة", the
// library) or an inflected form ("Поволжья"), and a word of each finds it.
func TestWorldStoriesImportTaggedAndFound(t *testing.T) {
	f := newFixture(t, "testdata/world-stories")
	ts := httptest.NewServer(f.h)
	defer ts.Close()
	get := func(target string) string {
		t.Helper()
		return getOK(t, ts.URL, target)
	}
	for _, s := range []struct {
		slug, lang, dir, para, word string
		tags                        map[string]string // slug → name
		notTags                     []string
	}{
		{"bei-jing-yi-jia-ji-qi-ren-qi-ye-tui-chu-yang-lao-pei-hu-ji-qi-ren-shou-pi-jin", "zh", "ltr", "星河智能表示，机器人收集的数据", "陪护",
			map[string]string{"bei-jing": "北京", "xing-he-zhi-neng": "星河智能", "chen-li-xin": "陈立新", "hai-dian-qu": "海淀区"},
			[]string{"科技有限公司", "北京星河", "机器人"}},
		{"yokohama-no-shotengai-aki-tenpo-o-wakamono-no-kobo-ni-shi-ga-yachin-o-hangaku", "ja", "ltr", "市は12月に説明会を開き", "工房",
			map[string]string{"heng-bang": "横浜", "gao-qiao-mei-xiao": "高橋美咲"},
			[]string{">高橋<", "商店街<"}},
		{"v-kazani-otkrylsia-pervyi-v-povolzhe-muzei-nastolnykh-igr", "ru", "ltr", "Гарипов говорит, что в следующем году", "музей",
			map[string]string{"kazan": "Казань", "povolzhe": "Поволжье", "rustam-garipov": "Рустам Гарипов"},
			[]string{"Казани<", "Поволжья<", "Рустама Гарипова"}},
		{"ftth-kbr-mktb-m-fy-dmshq-b-d-trmym-stmr-thlth-snwt", "ar", "rtl", "وأكد الحلبي أن الدخول", "دمشق",
			map[string]string{"dmshq": "دمشق", "smr-lhlby": "سامر الحلبي"},
			[]string{`href="/tags/lmktb"`}},
	} {
		page := get("/articles/" + s.slug)
		mustContain(t, s.slug, page, `<article class="story" lang="`+s.lang+`" dir="`+s.dir+`">`, s.para)
		for slug, name := range s.tags {
			mustContain(t, s.slug+" tags", page, `href="/tags/`+slug+`"`, name)
			mustContain(t, s.slug+" tag page "+name, get("/tags/"+slug), `href="/articles/`+s.slug+`"`)
		}
		// The tags are listed between the links to them: only what is
		// linked is checked against the names that must not be tags.
		var linked strings.Builder
		for _, part := range strings.Split(page, `href="/tags/`)[1:] {
			end := strings.Index(part, "</a>")
			if end < 0 {
				end = len(part)
			}
			linked.WriteString(`href="/tags/` + part[:end] + "</a>\n")
		}
		mustNotContain(t, s.slug+" tags", linked.String(), s.notTags...)
		results := get("/search?q=" + url.QueryEscape(s.word))
		mustContain(t, s.slug+" search "+s.word, results, "1 result", `href="/articles/`+s.slug+`"`, "<mark>"+s.word+"</mark>")
	}
}
