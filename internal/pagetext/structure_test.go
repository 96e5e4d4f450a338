package pagetext

import (
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/markdown"
)

// structured runs the structure pass on a body: every line of text is
// taken as kept, so that the test is of the pass alone, whatever the line
// classifier would keep.
func structured(t *testing.T, text string) string {
	t.Helper()
	lines, _ := splitLines(text)
	p := newPage(lines)
	p.read()
	p.keep = make([]bool, len(lines))
	for i := range p.keep {
		p.keep[i] = true
	}
	p.findStructure()
	return renderBody(lines, p.keep, p.structure)
}

// Made-up paragraphs of prose, long enough to read as such.
var (
	proseA = "The valley's orchards had their best harvest in a decade this autumn, and the growers say the dry spring and the late frost that never came are the reasons."
	proseB = "Prices at the market in town fell by a fifth within a fortnight, which pleased the shoppers and worried the smaller farms that sell most of what they grow there."
	proseC = "The cooperative will meet next month to decide whether to build a second cold store, a project that has been talked about for years and never paid for."
)

func TestStructureSubheadings(t *testing.T) {
	tests := []struct{ in, want string }{
		{dump(proseA, "What the growers say", proseB, "1. Apples", proseC, "Why did prices fall?", proseA),
			dump(proseA, "## What the growers say", proseB, "## 1\\. Apples", proseC, "## Why did prices fall?", proseA)},
		// Numbered subheadings and questions are a level below plain ones
		// where two or more plain ones part them.
		{dump(proseA, "What the growers say", proseB, "1. Apples", proseC, "How the market took it", proseB, "Why did prices fall?", proseA),
			dump(proseA, "## What the growers say", proseB, "### 1\\. Apples", proseC, "## How the market took it", proseB, "### Why did prices fall?", proseA)},
		// An FAQ: its label over the first question, the questions a
		// level below the plain subheadings.
		{dump(proseA, "What the growers say", proseB, "Questions and answers", "Who buys the apples?", proseC, "When is the market open?", proseA),
			dump(proseA, "## What the growers say", proseB, "## Questions and answers", "### Who buys the apples?", proseC, "### When is the market open?", proseA)},
		// Any script's question mark.
		{dump(proseA, "¿Por qué bajaron los precios?", proseB), dump(proseA, "## ¿Por qué bajaron los precios?", proseB)},
	}
	for _, tt := range tests {
		if got := structured(t, tt.in); got+"\n" != tt.want {
			t.Errorf("got\n%s\nwant\n%s", got, tt.want)
		}
	}
}

// Short lines that are not subheadings stay paragraphs.
func TestStructureNotSubheadings(t *testing.T) {
	for _, short := range []string{
		"It was a good year.",                 // a sentence
		"and then the rain came",              // goes on from the line above
		"“Never seen anything like it”",       // a quotation
		"The growers, the buyers, the banks,", // a clause
		"The growers would say it best of all when they met the buyers at the market hall in the town square last week",
	} {
		got := structured(t, dump(proseA, short, proseB))
		if strings.Contains(got, "#") && !strings.Contains(got, "\\#") {
			t.Errorf("%q became a heading:\n%s", short, got)
		}
	}
	// The last line and the first are never subheadings, nor a short line
	// over another short line.
	got := structured(t, dump("Harvest notes", proseA, "From the valley", "Pictures by the author", "Share this story"))
	if strings.Contains(got, "## ") {
		t.Errorf("heading without a paragraph under it:\n%s", got)
	}
}

func TestStructureLists(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"bullets", dump(proseA, "• Apples from the high orchards", "• Pears", "• Plums, mostly for jam", proseB),
			dump(proseA, "- Apples from the high orchards\n- Pears\n- Plums, mostly for jam", proseB)},
		{"dashes", dump(proseA, "– Apples", "– Pears", proseB), dump(proseA, "- Apples\n- Pears", proseB)},
		{"one dash is dialogue", dump(proseA, "— Will the prices hold? asked the buyer from the city, who had come a long way to see.", proseB),
			dump(proseA, "— Will the prices hold? asked the buyer from the city, who had come a long way to see.", proseB)},
		{"numbers counting up", dump(proseA, "1. Pick on a dry day.", "2. Store in the dark.", "3) Check every week.", proseB),
			dump(proseA, "1. Pick on a dry day.\n2. Store in the dark.\n3. Check every week.", proseB)},
		{"numbers not counting", dump(proseA, "3. Pick on a dry day.", "7. Store in the dark.", proseB),
			dump(proseA, "3\\. Pick on a dry day.", "7\\. Store in the dark.", proseB)},
		{"a numbered list after another", dump(proseA, "1. Pick", "2. Store", "4. Sell", "5. Rest", proseB),
			dump(proseA, "1. Pick\n2. Store\n4) Sell\n5) Rest", proseB)},
		{"under a colon", dump(proseA, "You can join the cooperative if you:", "Own an orchard in the valley", "Sell at the market", "Have paid the fee for this year", proseB),
			dump(proseA, "You can join the cooperative if you:", "- Own an orchard in the valley\n- Sell at the market\n- Have paid the fee for this year", proseB)},
		{"questions under a colon", dump(proseA, "The buyers asked three things:", "Will the prices hold?", "Who stores the fruit?", "When is the next market?", proseB),
			dump(proseA, "The buyers asked three things:", "- Will the prices hold?\n- Who stores the fruit?\n- When is the next market?", proseB)},
		{"a list ends where the lines stop being alike", dump(proseA, "Bring to the market:", "Crates", "Scales", "A good many of the growers also bring their own bags, though the hall sells them.", proseB),
			dump(proseA, "Bring to the market:", "- Crates\n- Scales", "A good many of the growers also bring their own bags, though the hall sells them.", proseB)},
		{"short lines in one block", dump(proseA, "Apples\nPears\nPlums", proseB), dump(proseA, "- Apples\n- Pears\n- Plums", proseB)},
		{"two lines in one block stay a paragraph", dump(proseA, "The Orchard Cooperative\nMarket Street 4", proseB), dump(proseA, "The Orchard Cooperative\nMarket Street 4", proseB)},
	}
	for _, tt := range tests {
		if got := structured(t, tt.in); got+"\n" != tt.want {
			t.Errorf("%s:\ngot\n%s\nwant\n%s", tt.name, got, tt.want)
		}
	}
}

// A run of short sentences under a colon is taken for a list only when
// it is short: a dozen of them are the paragraphs of a chatty post.
func TestStructureManySentencesAreParagraphs(t *testing.T) {
	parts := []string{proseA, "Here is what I learned:"}
	for range 12 {
		parts = append(parts, "Keep the crates dry.")
	}
	got := structured(t, dump(append(parts, proseB)...))
	if strings.Contains(got, "- ") {
		t.Errorf("a dozen sentences became a list:\n%s", got)
	}
}

func TestStructureTables(t *testing.T) {
	in := dump(proseA, "Fruit\tTonnes\tPrice", "Apples\t1,200\t0.80", "Pears\t300\t1.10", proseB)
	want := dump(proseA, "| Fruit | Tonnes | Price |\n| --- | --- | --- |\n| Apples | 1,200 | 0\\.80 |\n| Pears | 300 | 1\\.10 |", proseB)
	if got := structured(t, in); got+"\n" != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// A header without the empty corner cell over the row labels.
	in = dump(proseA, "2024\t2025", "Apples\t1,000\t1,200", "Pears\t280\t300", proseB)
	want = dump(proseA, "|  | 2024 | 2025 |\n| --- | --- | --- |\n| Apples | 1,000 | 1,200 |\n| Pears | 280 | 300 |", proseB)
	if got := structured(t, in); got+"\n" != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// One row alone is a line of text.
	in = dump(proseA, "Apples\t1,200", proseB)
	if got := structured(t, in); got+"\n" != dump(proseA, "Apples 1,200", proseB) {
		t.Errorf("a lone row:\n%s", got)
	}
}

func TestStructureQuotes(t *testing.T) {
	pull := "“We have never had a harvest like this one”"
	in := dump(proseA, "The oldest grower, who has farmed the valley for sixty years, put it simply: “We have never had a harvest like this one,” she said, and went back to work.", pull, proseB)
	if got := structured(t, in); !strings.Contains(got, "\n\n> "+pull+"\n\n") {
		t.Errorf("pull quote:\n%s", got)
	}
	in = dump(proseA, "“The orchards are the valley, and the valley is the orchards.”", "— Anna Berg, grower", proseB)
	if got := structured(t, in); !strings.Contains(got, "\n\n> “The orchards are the valley, and the valley is the orchards.”\n>\n> — Anna Berg, grower\n\n") {
		t.Errorf("quotation with its source:\n%s", got)
	}
}

// Only the structure becomes Markdown: what the page wrote shows as it is
// in headings, items and cells too.
func TestStructureEscapesText(t *testing.T) {
	in := dump(proseA, "Growers *love* <b>this</b> # year", proseB,
		"Bring:", "# of crates", "[Scales](javascript:alert(1))", "<script>x</script>", proseC,
		"A|B\t*C*", "1. x\t- y", proseA)
	body := structured(t, in)
	h, err := markdown.ToHTML(body)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"<h2>Growers *love* &lt;b&gt;this&lt;/b&gt; # year</h2>",
		"<li># of crates</li>", "<li>[Scales](javascript:alert(1))</li>", "<li>&lt;script&gt;x&lt;/script&gt;</li>",
		"<th>A|B</th>", "<th>*C*</th>", "<td>1. x</td>", "<td>- y</td>",
	} {
		if !strings.Contains(h, want) {
			t.Errorf("missing %s in\n%s\nfrom\n%s", want, h, body)
		}
	}
	for _, bad := range []string{"<em>", "<script>", "<a ", "<b>", "<ol"} {
		if strings.Contains(h, bad) {
			t.Errorf("%s in\n%s", bad, h)
		}
	}
}

// Any script: the tests read punctuation and lengths, not words.
func TestStructureOtherScripts(t *testing.T) {
	ja := dump("今年の秋、谷の果樹園は十年ぶりの豊作となり、農家は乾いた春と遅霜がなかったことが理由だと話している。",
		"市場の反応", "町の市場では二週間で価格が二割下がり、買い物客は喜んだが、小さな農家は心配している。",
		"出荷の手順：", "朝に収穫する", "冷暗所で保管する", "毎週点検する",
		"協同組合は来月、二つ目の冷蔵倉庫を建てるかどうかを決めるために会合を開く予定だ。")
	got := structured(t, ja)
	for _, want := range []string{"\n\n## 市場の反応\n\n", "\n\n- 朝に収穫する\n- 冷暗所で保管する\n- 毎週点検する\n\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("Japanese: missing %q in\n%s", want, got)
		}
	}
	ru := dump("Урожай в долине в этом году оказался лучшим за десять лет, и садоводы объясняют это сухой весной и отсутствием поздних заморозков.",
		"Что говорят садоводы", "Цены на рынке упали на пятую часть за две недели, что обрадовало покупателей и встревожило небольшие хозяйства.")
	if got := structured(t, ru); !strings.Contains(got, "\n\n## Что говорят садоводы\n\n") {
		t.Errorf("Russian:\n%s", got)
	}
}
