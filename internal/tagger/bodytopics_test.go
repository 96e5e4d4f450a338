package tagger

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

func tagNames(tags []article.Tag) []string {
	var out []string
	for _, tg := range tags {
		out = append(out, tg.Name)
	}
	return out
}

// A page about a topic its headline names in other words: the body
// stresses "soil erosion" from its first paragraph to its last.
func TestBodyTopic(t *testing.T) {
	got := tagNames(Tags(bodyTopicArticle()))
	checkNames(t, got, []string{"soil erosion"}, []string{"harvest", "winter", "fields"})
}

func bodyTopicArticle() article.Article {
	return article.Article{
		Title:    "What the hills of Larchmoor are losing",
		Language: "en",
		Body: body(
			"Farmers on the slopes above Larchmoor have watched soil erosion strip their fields for a decade, and three villages are now trying to slow it.",
			"Soil erosion starts with bare ground. After the harvest the fields lie open through the winter rains, and the topsoil runs down the furrows into the river.",
			"The villages planted hedges along the contours last spring. Where the hedges stand, the water slows and the soil stays; where they do not, the gullies grow every month.",
			"Mara Quill, who farms forty acres on the steepest slope, said the cover crops had done more than anything else. Her neighbours sowed rye and clover after the harvest.",
			"The regional office measured the loss of topsoil on twelve fields. On the fields with hedges and cover crops, soil erosion fell by half in one year.",
			"The river below the village carries the loss downstream. Fishermen at the estuary say the water turns brown for days after each storm, and the spawning beds of the trout fill with silt.",
			"Engineers from the county suggested stone terraces instead, as the old farms had a century ago. The villages chose hedges because they cost less and give shelter to the sheep.",
			"Schoolchildren from Larchmoor helped to plant the first rows. Their teacher said the pupils now measure the gullies each month and post the results on the wall of the village hall.",
			"Not every farmer is convinced. Some say the hedges take land they need, and that the rains of the last two winters were unusually heavy.",
			"Still, the villages will plant another four kilometres of hedges this winter. Quill said the fight against soil erosion would take a generation, not a season.",
		),
	}
}

// A topic is a noun phrase: a headline's "highly effective" or "fully
// automated" describes, and is never a tag; "vibe coding" is a topic.
func TestNounPhrase(t *testing.T) {
	for key, want := range map[string]bool{
		"soil erosion":                true,
		"vibe coding":                 true,
		"skiplagging":                 true,
		"highly effective":            false,
		"fully automated":             false,
		"truly":                       false,
		"tool dangerous":              false,
		"heat pump":                   true,
		"collaboration tool":          true,
		"ebike for commuting":         false,
		"shoe companies in the world": false,
		"history of coffee":           true,
		"return on investment":        true,
	} {
		if got := nounPhrase(key); got != want {
			t.Errorf("nounPhrase(%q) = %v, want %v", key, got, want)
		}
	}
}

// A topic that opens with a plain adjective ("small businesses"), which
// the body's phrases otherwise leave out at their edges, is a candidate
// when the body writes it often; the adjective alone is never a tag.
func TestAdjectiveBodyTopic(t *testing.T) {
	got := tagNames(Tags(adjectiveTopicArticle()))
	checkNames(t, got, []string{"small businesses"}, []string{"small", "businesses"})
}

func adjectiveTopicArticle() article.Article {
	return article.Article{
		Title:    "Why the corner shops of Dunmere keep losing their card payments",
		Language: "en",
		Body: body(
			"Across Dunmere, small businesses say card payments fail several times a week, and each failure costs them a sale.",
			"The bakery on Quay Street lost a morning's takings when its reader went dark. Its owner, Edda Rusk, said small businesses have no one to call when the network drops.",
			"A survey by the town's traders found that most small businesses in the centre now keep a box of cash as a fallback, as they did twenty years ago.",
			"The network provider blamed old cables under the high street and promised new ones by the spring. Until then, the traders keep paper receipts and write down every card that fails.",
			"Larger chains have their own lines and backup readers, which small businesses cannot afford. Rusk said the difference shows at lunchtime, when the queues are longest.",
			"The council has offered grants for mobile readers, which work over the phone network instead. Twelve shops have applied so far, and the first readers arrived last week.",
			"Some customers have stopped coming. A florist said she lost regulars who no longer carry cash and would rather walk to the supermarket than risk a failed payment.",
			"The chamber of commerce says the problem is not only Dunmere's. In the market towns along the coast, small businesses report the same failures on the same old lines, and the same long waits for an engineer.",
			"An engineer who has worked on the lines for thirty years said most of the faults come from water in the ducts. Every wet week brings a new round of calls, and the repairs last until the next storm.",
			"For small businesses the cost adds up quickly. The traders' survey put the lost sales at several hundred pounds a month for a typical shop, more for the cafes that rely on the lunchtime queue.",
			"Traders will meet the provider again next month. They want a date for the new cables in writing, and a number that answers when the payments stop.",
		),
	}
}

// A page's subject in common words ("garden design") that it repeats,
// beside the rarer words of its trade, each written as often: the phrase
// is a candidate although six single words outrank it by rarity.
func TestRepeatedPhraseTopic(t *testing.T) {
	got := tagNames(Tags(article.Article{
		Title:    "What a small plot in Harrowby taught a retired engineer",
		Language: "en",
		Body: body(
			"When Tomas Verrill retired to Harrowby, he knew nothing of garden design. His plot was twelve metres of clay behind a terraced house, with a shed and a broken pergola.",
			"He began with the soil. Three winters of mulch and compost turned the clay into loam, and the pergola came down to make room for an espalier of pears along the south wall.",
			"Garden design, he says, is mostly patience. He drew the plot on squared paper every spring and moved the trellis, the beds and the path until the drawing matched the way the light fell.",
			"Neighbours noticed. Two of them asked him for help with their own plots, and the local library now hosts his evening talks on garden design for beginners, with slides of the espalier and the trellis.",
			"The mulch is the secret, Verrill insists: a thick layer of compost every autumn, never dug in. The loam under it is dark and full of worms, and the pears on the espalier ripen a week earlier than his neighbours'.",
			"His advice on garden design for a small plot is short. Keep one path, one bench and one tree; put the trellis where the wind comes from; and mulch everything, every year, with compost and leaves.",
			"The council has asked him to plan the beds outside the library next year. He has already drawn them, he says, with a pergola, a trellis of roses and a border of herbs on loam brought from his own plot.",
		),
	}))
	checkNames(t, got, []string{"garden design"}, []string{"mulch", "loam"})
}

// A headline's bare word ("Yields") that the body writes, half the time
// and more, as one compound ("sorghum yields") is tagged as the compound:
// the headline names the subject in short. The compound is a candidate
// although a word of it ("sorghum") outranks it among the body's phrases.
func TestHeadWordBodyCompound(t *testing.T) {
	got := tagNames(Tags(article.Article{
		Title:    "Heat and Drought Will Reshape Farm Yields Across the Plains",
		Language: "en",
		Body: body(
			"A new study from the state's agricultural college projects that sorghum yields on the southern plains will fall by a fifth before the middle of the century, as summers grow hotter and rain comes less often.",
			"The researchers ran four crop models against twenty years of weather records from the region's farms. Sorghum, which most growers plant on their driest fields, suffered most in every model.",
			"In the hottest years on record, sorghum yields dropped sharply when nights stayed warm and the plants could not recover from the heat of the day. Farmers in the study area remember those summers well.",
			"Wheat did better. The models showed wheat yields holding steady, because the crop is harvested in early summer before the worst of the heat arrives on the plains.",
			"Growers are already adapting. Some have moved their sorghum planting two weeks earlier; others are testing varieties bred for drought in dry regions abroad, which flower before the hottest weeks.",
			"The study's authors say irrigation will not close the gap. Groundwater under the plains is falling, and the wells that water sorghum today may be dry within thirty years.",
			"Without new varieties, they warn, sorghum yields could fall further still, and the crop that carried the region through past droughts would become a gamble for every farm.",
			"The college plans field trials of six drought-tolerant lines next spring, on farms spread across the plains, with the first harvest results due the following autumn.",
		),
	}))
	checkNames(t, got, []string{"sorghum yields"}, []string{"yields", "Yields"})
}

// A compound that only grades the headline's word ("higher yields",
// most of the body's "yields") does not stand for it: the word stays.
func TestDegreeCompoundStaysWord(t *testing.T) {
	got := tagNames(Tags(article.Article{
		Title:    "Savers Chase Yields as Lenders Trim Their Rates",
		Language: "en",
		Body: body(
			"Savers across the country are moving money out of current accounts in search of higher yields, as the big lenders trim the interest they pay for the third time this year.",
			"Building societies and small online lenders now offer the best rates on easy-access accounts, and their deposits have grown by a fifth since the spring, according to figures from the central bank.",
			"Advisers say the hunt for higher yields has limits. Accounts that pay the most often cap the balance, or pay the best rate only for a year before it falls back.",
			"Fixed-term bonds lock money away for one to five years. Their yields have fallen less than those of easy-access accounts, because lenders expect rates to keep falling.",
			"Some savers have turned to government bonds instead. A two-year gilt bought today pays about as much as the best fixed-term account, and the interest is paid twice a year.",
			"For most households, advisers say, the safest course is to keep three months of spending in an easy-access account and to chase higher yields only with money they will not need soon.",
			"The lenders say the cuts follow the central bank's own, and that mortgage rates have fallen too. Savers' groups reply that the lenders cut what they pay far faster than what they charge.",
		),
	}))
	checkNames(t, got, []string{"yields"}, []string{"higher yields"})
}

// A compound that opens with a plain adjective is the headline's subject
// when the body writes it in lower case: "Small Business Guide: Payroll"
// is about small businesses, though "small" alone only describes.
func TestAdjectiveCompoundInHeadline(t *testing.T) {
	got := tagNames(Tags(article.Article{
		Title:    "Small Business Guide: Payroll",
		Language: "en",
		Body: body(
			"Running payroll is one of the first chores that turns a hobby into a small business. The day you hire someone, the law expects you to pay them on time, keep records and send the right sums to the tax office.",
			"Most owners start with a spreadsheet. It works for one or two people, but every change of rate or hours must be typed by hand, and a small business rarely has anyone whose job is to check the sums.",
			"A payroll service takes the sums off your hands for a monthly fee. It files the returns, sends each worker a payslip and warns you before a deadline, which is why most owners switch once they have five staff.",
			"Whatever you choose, keep every payslip and return for six years. Inspectors ask for them, and a small business that cannot show them pays a fine on top of any tax it owed.",
			"Set a fixed pay day and keep to it. Staff plan their rent around it, and a late payment does more harm to trust than a modest wage.",
			"Finally, review the costs once a year. What suited a small business of three people may not suit one of twelve, and the fees of payroll services fall as they compete.",
		),
	}))
	checkNames(t, got, []string{"small business"}, nil)
}

// A word of the page's trade that the body writes everywhere ("book" on a
// page about bookbinding, "skin" under a skincare guide) is a word most
// pages use, not the page's subject: no tag of the body alone. The
// headline's topic stays.
func TestCommonBodyWordIsNoTopic(t *testing.T) {
	got := tagNames(Tags(commonBodyWordArticle()))
	checkNames(t, got, []string{"bookbinding"}, []string{"book", "books"})
}

func commonBodyWordArticle() article.Article {
	return article.Article{
		Title:    "A first lesson in bookbinding",
		Language: "en",
		Body: body(
			"A first book needs only paper, thread, a needle and an afternoon, and bookbinding at home costs less than a new book from a shop. This lesson makes a small book of forty pages that opens flat.",
			"Fold the paper first. Each sheet folded in half gives four pages of the book, and ten sheets nested together make one section. A thin book has one section; a thicker book has several.",
			"Mark the holes along the fold with a pencil, five of them, and pierce them with an awl. The holes of every section of the book must line up, or the book will twist when it is closed.",
			"Sew the sections with linen thread, in and out of the holes, and tie each section to the one before it at the ends. Pull the thread firm but not tight: a book sewn too tight will not open.",
			"The cover is card, a little larger than the pages. Glue the first and last pages of the book to the inside of the cover and press the book under a pile of heavy books overnight.",
			"In the morning the book is done. Teachers of bookbinding say the second book always comes out better than the first, so make another book the same week while the steps are fresh.",
			"Old books repay a look as well: open a worn book at the middle of a section and the thread and the holes of its binding are there to copy. A library will often let a reader handle an old book with care.",
			"A book for a child can be smaller still, and a book for recipes larger, with a cloth cover that wipes clean. The steps of bookbinding stay the same whatever the size of the book.",
			"When the book is finished, write the date inside the cover. A first book made by hand is worth keeping, even when the stitches are uneven and the cover is a little crooked.",
		),
	}
}
