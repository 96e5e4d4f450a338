// Package corpus makes synthetic news articles for benchmarks: page-text
// dumps laid out like the real seeds (outlet header line, headline, dek,
// photo caption, caption glued to its credit, byline, dateline, "N minutes
// read", body paragraphs, junk footer) and, for a fraction, Markdown files
// with front matter and tags. Words follow a Zipf distribution over a
// vocabulary made from the seed; a pool of recurring people and places makes
// tags and searches fan out. Everything is a pure function of the seed and
// the article's number, so a corpus can be made again byte for byte, and in
// parallel.
package corpus

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"time"
)

// Size bounds of one generated file, in bytes.
const (
	MinSize = 2 << 10
	MaxSize = 10 << 10
)

// Dates span 15 years, from Start.
var (
	Start = time.Date(2011, 1, 1, 0, 0, 0, 0, time.UTC)
	Years = 15
)

// VocabularySize is the number of distinct content words. At 100,000
// articles the rarest of them still occur in a few dozen articles, and the
// most common content words in most articles.
const VocabularySize = 150_000

// zipfS is the Zipf exponent of word ranks (about 1 for natural text).
const zipfS = 1.0

// Generator makes the articles of one seed.
type Generator struct {
	seed    uint64
	words   []string // rank order: function words first
	wordCDF []float64
	people  []string
	roles   []string // a title of office per person
	peopleC []float64
	placeC  []float64
	authors []string
	zh      []string // Chinese words, rank order (zh.go)
	zhCDF   []float64
}

// New builds the vocabulary and name pools of seed.
func New(seed uint64) *Generator {
	r := rand.New(rand.NewPCG(seed, 0x6d6f72677565))
	g := &Generator{seed: seed}
	seen := map[string]bool{}
	for _, w := range functionWords {
		seen[w] = true
		g.words = append(g.words, w)
	}
	for len(g.words) < VocabularySize {
		n := 2 + r.IntN(3)
		var b strings.Builder
		for range n {
			b.WriteString(syllables[r.IntN(len(syllables))])
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			g.words = append(g.words, w)
		}
	}
	g.wordCDF = zipfCDF(len(g.words), zipfS)
	seenName := map[string]bool{}
	for len(g.people) < 1500 {
		name := firstNames[r.IntN(len(firstNames))] + " " + lastNames[r.IntN(len(lastNames))]
		if !seenName[name] {
			seenName[name] = true
			g.people = append(g.people, name)
			g.roles = append(g.roles, titlesOfOffice[r.IntN(len(titlesOfOffice))])
		}
	}
	g.zh = zhVocabulary(seed)
	g.zhCDF = zipfCDF(len(g.zh), zipfS)
	g.peopleC = zipfCDF(len(g.people), 1.1)
	g.placeC = zipfCDF(len(places), 1.0)
	for len(g.authors) < 300 {
		name := firstNames[r.IntN(len(firstNames))] + " " + lastNames[r.IntN(len(lastNames))] + " " + lastNames[r.IntN(len(lastNames))]
		if !seenName[name] {
			seenName[name] = true
			g.authors = append(g.authors, name)
		}
	}
	return g
}

// zipfCDF is the cumulative distribution of ranks 1..n with P(k) ∝ 1/k^s.
func zipfCDF(n int, s float64) []float64 {
	c := make([]float64, n)
	sum := 0.0
	for k := range n {
		sum += 1 / math.Pow(float64(k+1), s)
		c[k] = sum
	}
	for k := range c {
		c[k] /= sum
	}
	return c
}

func pick(r *rand.Rand, cdf []float64) int {
	return sort.SearchFloat64s(cdf, r.Float64())
}

// Word returns the word of the given frequency rank (0 is the most common).
func (g *Generator) Word(rank int) string { return g.words[rank] }

// Words is the size of the vocabulary.
func (g *Generator) Words() int { return len(g.words) }

// Person returns the person of the given popularity rank.
func (g *Generator) Person(rank int) string { return g.people[rank] }

// Article is one generated story: what a parser should find in its file.
type Article struct {
	Number     int
	Outlet     [3]string // name, region, domain
	Title      string
	Dek        string
	Caption    string
	Credit     string
	Authors    []string
	Published  time.Time
	Minutes    int
	Paragraphs []string
	Tags       []string // the people and places it mentions most, for .md files
	Markdown   bool     // written as a .md file with front matter
	footer     []string
}

// Article makes article number i. mdFraction of the articles (chosen by
// their own random stream) are Markdown files with tags.
func (g *Generator) Article(i int, mdFraction float64) Article {
	r := rand.New(rand.NewPCG(g.seed, uint64(i)+1))
	a := Article{Number: i}
	a.Markdown = r.Float64() < mdFraction
	a.Outlet = outlets[r.IntN(len(outlets))]
	mentions := map[string]int{}
	mention := func(name string) string { mentions[name]++; return name }
	person := func() int { return pick(r, g.peopleC) }
	place := func() string { return mention(places[pick(r, g.placeC)]) }

	lead := person()
	where := place()
	a.Title = capitalize(fmt.Sprintf("%s %s %s %s in %s", mention(g.people[lead]), g.phrase(r, 1, 3),
		g.phrase(r, 1, 2), g.phrase(r, 1, 3), where))
	a.Dek = g.sentence(r, 12, 24, mention, person, place)
	other := person()
	a.Caption = fmt.Sprintf("%s %s (R) and %s %s in %s", g.roles[lead], g.people[lead], g.roles[other], mention(g.people[other]), where)
	a.Credit = credits[r.IntN(len(credits))]
	for range 1 + r.IntN(2) {
		a.Authors = append(a.Authors, g.authors[r.IntN(len(g.authors))])
	}
	if len(a.Authors) == 2 && a.Authors[0] == a.Authors[1] {
		a.Authors = a.Authors[:1]
	}
	days := int(Start.AddDate(Years, 0, 0).Sub(Start).Hours() / 24)
	a.Published = Start.AddDate(0, 0, r.IntN(days)).Add(time.Duration(6+r.IntN(16)) * time.Hour)
	f := footers[r.IntN(len(footers))]
	a.footer = append([]string(nil), f...)
	if r.IntN(2) == 0 {
		a.footer = append(a.footer, a.Title, a.Title)
		a.footer = append(a.footer, playerJunk...)
	}

	// Body: paragraphs until the file reaches its target size.
	target := MinSize + 300 + r.IntN(MaxSize-MinSize-900)
	size := len(a.header()) + len(strings.Join(a.footer, "\n")) + 40
	words := 0
	for size < target || len(a.Paragraphs) < 2 {
		var p strings.Builder
		for s := range 2 + r.IntN(4) {
			if s > 0 {
				p.WriteByte(' ')
			}
			if r.IntN(6) == 0 {
				who := person()
				fmt.Fprintf(&p, "\"%s,\" said %s %s.", strings.TrimSuffix(g.sentence(r, 8, 18, mention, person, place), "."),
					g.roles[who], mention(g.people[who]))
			} else {
				p.WriteString(g.sentence(r, 8, 26, mention, person, place))
			}
		}
		para := p.String()
		if size+len(para)+2 > MaxSize-64 {
			if len(a.Paragraphs) >= 2 {
				break
			}
			para = para[:strings.LastIndexByte(para[:min(len(para), 600)], ' ')] + "."
		}
		a.Paragraphs = append(a.Paragraphs, para)
		size += len(para) + 2
		words += len(strings.Fields(para))
	}
	a.Minutes = max(1, (words+229)/230)
	a.Tags = topMentions(mentions, 5)
	return a
}

// phrase is n to m Zipf words.
func (g *Generator) phrase(r *rand.Rand, n, m int) string {
	k := n + r.IntN(m-n+1)
	ws := make([]string, k)
	for i := range ws {
		ws[i] = g.words[pick(r, g.wordCDF)]
	}
	return strings.Join(ws, " ")
}

// sentence is a capitalised sentence of n to m words, some of them names.
func (g *Generator) sentence(r *rand.Rand, n, m int, mention func(string) string, person func() int, place func() string) string {
	k := n + r.IntN(m-n+1)
	var b strings.Builder
	for i := range k {
		if i > 0 {
			if r.IntN(12) == 0 {
				b.WriteByte(',')
			}
			b.WriteByte(' ')
		}
		switch x := r.IntN(40); {
		case x == 0:
			b.WriteString(mention(g.people[person()]))
		case x == 1:
			b.WriteString(place())
		default:
			b.WriteString(g.words[pick(r, g.wordCDF)])
		}
	}
	b.WriteByte('.')
	return capitalize(b.String())
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func topMentions(m map[string]int, n int) []string {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool {
		if m[names[i]] != m[names[j]] {
			return m[names[i]] > m[names[j]]
		}
		return names[i] < names[j]
	})
	if len(names) > n {
		names = names[:n]
	}
	return names
}

// Dateline is the date as pages print it, "March 27, 2019".
func (a Article) Dateline() string { return a.Published.Format("January 2, 2006") }

// header is the page-text above the body, as in the seed.
func (a Article) header() string {
	return strings.Join([]string{
		a.Outlet[0] + " " + a.Outlet[1] + " " + a.Outlet[2],
		a.Title,
		a.Dek,
		a.Caption,
		a.Caption + a.Credit,
		strings.Join(a.Authors, " and "),
		a.Dateline(),
		fmt.Sprintf("%d minutes read", a.Minutes),
	}, "\n\n")
}

// Text is the page-text dump of a.
func (a Article) Text() []byte {
	var b strings.Builder
	b.WriteString(a.header())
	for _, p := range a.Paragraphs {
		b.WriteString("\n\n")
		b.WriteString(p)
	}
	b.WriteString("\n\n")
	b.WriteString(strings.Join(a.footer[:min(len(a.footer), 2)], "\n\n"))
	if len(a.footer) > 2 {
		b.WriteString("\n\n")
		b.WriteString(strings.Join(a.footer[2:], "\n"))
	}
	b.WriteString("\n")
	return []byte(b.String())
}

// Markdown is a as a curated Markdown file with front matter and tags.
func (a Article) MarkdownText() []byte {
	var b strings.Builder
	q := func(s string) string { return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"` }
	list := func(xs []string) string {
		qs := make([]string, len(xs))
		for i, x := range xs {
			qs[i] = q(x)
		}
		return "[" + strings.Join(qs, ", ") + "]"
	}
	b.WriteString("---\n")
	fmt.Fprintf(&b, "title: %s\n", q(a.Title))
	fmt.Fprintf(&b, "dek: %s\n", q(a.Dek))
	fmt.Fprintf(&b, "date: %s\n", a.Published.Format(time.RFC3339))
	fmt.Fprintf(&b, "authors: %s\n", list(a.Authors))
	fmt.Fprintf(&b, "tags: %s\n", list(a.Tags))
	fmt.Fprintf(&b, "outlet: %s\n", q(a.Outlet[0]))
	fmt.Fprintf(&b, "url: https://%s/news/%d\n", strings.ToLower(a.Outlet[2]), a.Number)
	fmt.Fprintf(&b, "image: {caption: %s, credit: %s}\n", q(a.Caption), q(a.Credit))
	b.WriteString("---\n")
	b.WriteString(strings.Join(a.Paragraphs, "\n\n"))
	b.WriteString("\n")
	return []byte(b.String())
}

// Bytes is the file content and its extension.
func (a Article) Bytes() ([]byte, string) {
	if a.Markdown {
		return a.MarkdownText(), ".md"
	}
	return a.Text(), ".txt"
}

// Path is where article i lives under a corpus folder: 1,000 files a folder.
func Path(i int, ext string) string {
	return fmt.Sprintf("%03d/%06d%s", i/1000, i, ext)
}
