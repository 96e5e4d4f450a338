package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
	"unicode/utf8"
)

// Some articles are written in Chinese, so that the benchmark measures
// search in a script without spaces beside English. Their words are made
// of common Han characters, one to three a word, in Zipf order like the
// English ones, and they are Markdown files (the page-text parser's own
// tests cover Chinese page layouts).

// DefaultCJKFraction is the share of Chinese articles in a corpus.
const DefaultCJKFraction = 0.02

// zhVocabularySize is the number of distinct Chinese words.
const zhVocabularySize = 20_000

// hanPool is the characters Chinese words are made of.
const hanPool = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴切列证确食球团"

var zhPlaces = []string{"北京", "上海", "广州", "深圳", "成都", "武汉", "杭州", "南京", "西安", "重庆"}

var zhAuthors = []string{"李明", "王芳", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄丽"}

// zhVocabulary makes the Chinese words of seed, most common first.
func zhVocabulary(seed uint64) []string {
	r := rand.New(rand.NewPCG(seed, 0x7a68))
	pool := []rune(hanPool)
	seen := map[string]bool{}
	var words []string
	for len(words) < zhVocabularySize {
		n := 2 // most Chinese words are two characters
		switch x := r.IntN(10); {
		case x < 2:
			n = 1
		case x < 4:
			n = 3
		}
		var b strings.Builder
		for range n {
			b.WriteRune(pool[r.IntN(len(pool))])
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	return words
}

// ZhWord returns the Chinese word of the given frequency rank with n
// characters that comes first at or after rank.
func (g *Generator) ZhWord(rank, n int) string {
	for _, w := range g.zh[min(rank, len(g.zh)-1):] {
		if utf8.RuneCountInString(w) == n {
			return w
		}
	}
	return g.zh[0]
}

// isChinese reports whether article i of the corpus is in Chinese, drawn
// from a stream of its own so that the English articles stay as they are.
func (g *Generator) isChinese(i int, fraction float64) bool {
	return fraction > 0 && rand.New(rand.NewPCG(g.seed^0x7a68, uint64(i)+1)).Float64() < fraction
}

// chinese writes article i as a Chinese Markdown file.
func (g *Generator) chinese(i int) []byte {
	r := rand.New(rand.NewPCG(g.seed^0x7a68, uint64(i)+1))
	r.Float64() // the draw that chose the language
	zhWord := func() string { return g.zh[pick(r, g.zhCDF)] }
	sentence := func(n, m int) string {
		var b strings.Builder
		for k := range n + r.IntN(m-n+1) {
			if k > 0 && r.IntN(9) == 0 {
				b.WriteString("，")
			}
			if r.IntN(30) == 0 {
				b.WriteString(zhPlaces[r.IntN(len(zhPlaces))])
				continue
			}
			b.WriteString(zhWord())
		}
		b.WriteString("。")
		return b.String()
	}
	place := zhPlaces[r.IntN(len(zhPlaces))]
	title := place + sentence(4, 8)
	title = strings.TrimSuffix(title, "。")
	days := int(Start.AddDate(Years, 0, 0).Sub(Start).Hours() / 24)
	published := Start.AddDate(0, 0, r.IntN(days)).Add(time.Duration(6+r.IntN(16)) * time.Hour)
	var body []string
	target := MinSize + r.IntN(MaxSize-MinSize-1000)
	size := 0
	for size < target || len(body) < 2 {
		var p strings.Builder
		for range 2 + r.IntN(4) {
			p.WriteString(sentence(8, 24))
		}
		body = append(body, p.String())
		size += p.Len() + 2
	}
	var b strings.Builder
	b.WriteString("---\n")
	fmt.Fprintf(&b, "title: %q\n", title)
	fmt.Fprintf(&b, "date: %s\n", published.Format(time.RFC3339))
	fmt.Fprintf(&b, "authors: [%q]\n", zhAuthors[r.IntN(len(zhAuthors))])
	fmt.Fprintf(&b, "tags: [%q]\n", place)
	b.WriteString("outlet: \"示例日报\"\n")
	fmt.Fprintf(&b, "url: https://zh.example.com/news/%d\n", i)
	b.WriteString("---\n")
	b.WriteString(strings.Join(body, "\n\n"))
	b.WriteString("\n")
	return []byte(b.String())
}

// File is the content and extension of article i of a corpus with these
// options: Chinese for a CJKFraction of them, else as Article makes it.
func (g *Generator) File(i int, opt Options) ([]byte, string) {
	if g.isChinese(i, opt.CJKFraction) {
		return g.chinese(i), ".md"
	}
	return g.Article(i, opt.MDFraction).Bytes()
}
