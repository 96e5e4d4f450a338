package tagger

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// A headline that names the page's form ("A Buyer's Guide", "Pros and
// Cons of …", "… Checklist") gives no tag for that form:
// a reader filing the page looks for what the guide or the list is about.
func TestPageFormIsNoTag(t *testing.T) {
	pages := []wantPage{{
		a: article.Article{
			Title: "The best drawing tablets for illustrators: a buyer's guide",
			Body: body(
				"Drawing tablets have become the everyday tool of most illustrators, and this buyer's guide compares the ones we used for a month of daily work. Every drawing tablet here was bought at full price.",
				"The Wacom Intuos Pro is still the one to beat. Its pen feels like a pencil on paper, and the Wacom Intuos Pro kept working for nine hours on a single charge, longer than any other drawing tablet we tried.",
				"The Huion Kamvas 16 costs half as much and has a screen of its own, so illustrators can draw straight onto the picture. The colours of the Huion Kamvas 16 were a little dull out of the box but easy to correct.",
				"For illustrators who travel, the XP-Pen Deco Mini fits in a coat pocket. The XP-Pen Deco Mini has fewer buttons than the others, and the pen needs a battery.",
				"Whichever drawing tablet you choose, give yourself a week to get used to drawing on one surface while looking at another. Most illustrators say the habit takes about that long to form.",
			),
		},
		want: []string{"drawing tablet"},
		bad:  []string{"buyer guide", "buyer's guide"},
	}, {
		a: article.Article{
			Title: "Pros and cons of remote work: is it right for your team?",
			Body: body(
				"Remote work has gone from a perk to the way many teams run, and the pros and cons of remote work are now easier to weigh than in 2020. We spoke to managers at twelve firms about what changed when their staff stopped coming in.",
				"The first gain is time. Staff who work from home save an hour a day on the commute, and several managers said remote work let them hire people who live far from any office.",
				"The costs are harder to see. New staff learn more slowly without colleagues beside them, and two managers said remote work made it harder to notice when someone was struggling.",
				"Most of the firms now mix the two, with two or three days in the office. Managers said the pros and cons of remote work depend less on the policy than on how clearly a team writes down what it decides.",
				"Firms that tried remote work without changing how they share decisions were the ones most likely to call staff back, the managers said.",
			),
		},
		want: []string{"remote work"},
		bad:  []string{"pros and cons", "pros and cons of remote work", "cons of remote work"},
	}}
	checkPages(t, pages, "the page's form")
}

// Units written in capitals ("24 MP", "300 DPI") and the names of a page's
// parts ("Introduction") are read like acronyms and names, and are no
// subject of any page.
func TestUnitsAreNoTags(t *testing.T) {
	tags := Tags(article.Article{
		Title: "Review: the Larkspur X20 is a small camera for serious prints",
		Body: body(
			"Introduction. The Larkspur X20 is the smallest camera its maker has sold, and its sensor of 40 MP is the largest it has fitted to a body this size.",
			"At 40 MP, files from the Larkspur X20 print at 300 DPI up to poster size. Our test prints at 300 DPI showed fine detail in the shadows, where older sensors of 24 MP turned to mush.",
			"The lens is fixed, which will put some buyers off. Introduction of a wider version is planned for next year, Larkspur said, again with 40 MP and the same body.",
			"Battery life is the weak point: we took about 250 pictures on a charge. The Larkspur X20 charges over USB-C, so a power bank in a pocket fixes most of the problem.",
			"Anyone who prints large and wants a camera that fits in a coat will like the Larkspur X20. Its price, close to that of a full-size body, is the main reason to wait for the wider version.",
		),
	})
	t.Logf("tags: %q", names(tags))
	if !has(tags, "Larkspur X20") {
		t.Errorf("missing %q in %q", "Larkspur X20", names(tags))
	}
	for _, bad := range []string{"MP", "DPI", "Introduction"} {
		if has(tags, bad) {
			t.Errorf("%q is a tag: %q", bad, names(tags))
		}
	}
}

// A headline's verb with its object ("How to Rent a Boat", "Forming a
// Housing Cooperative") gives no tag for the verb: the page is about the
// object.
func TestVerbBeforeItsObjectIsNoTag(t *testing.T) {
	pages := []wantPage{{
		a: article.Article{
			Title: "Seven tips on how to Rent a Boat on Lake Garda",
			Body: body(
				"Before you rent a boat for the first time, check what licence Lake Garda asks for. Most marinas rent a small motor boat to anyone over eighteen, but larger boats need a certificate.",
				"Rent early in the season. Marinas rent out their best boats months ahead, and a weekend in July can cost twice as much as one in May.",
				"Ask what the rent includes: fuel, life jackets and a second key are often extra. Some marinas rent by the hour, others by the day, and a day is cheaper from about four hours.",
				"Inspect the boat before you sign. Photograph any scratch, so the marina cannot charge you for it when you bring the boat back.",
				"Finally, learn the rules of Lake Garda. Speed limits near the shore and quiet hours after dark are common, and a fine can cost more than the rent itself.",
			),
		},
		want: []string{"Lake Garda"},
		bad:  []string{"rent", "Rent"},
	}, {
		a: article.Article{
			Title: "A Guide to Forming a Housing Cooperative in Vermont",
			Body: body(
				"Forming a housing cooperative takes longer than buying a house, but residents who share the work and the cost end up paying less for the same home. Vermont has about forty such cooperatives, most of them in small towns.",
				"The first step is the members. A housing cooperative needs at least five households willing to sign a common loan, and lenders in Vermont ask for a written plan of who pays what.",
				"Forming the legal body comes next. Most cooperatives register with the Secretary of State as a nonprofit, and the bylaws say how members join, leave and vote.",
				"Money is the hardest part. A housing cooperative usually buys its building with a loan from a community bank, and members pay a share of a few thousand dollars when they move in.",
				"Forming one is slow, the members we spoke to said, but a housing cooperative that survives its first two years tends to last for decades.",
			),
		},
		want: []string{"Vermont"},
		bad:  []string{"Forming", "forming"},
	}}
	checkPages(t, pages, "the headline's verb")
}

// The words of an acronym the page is tagged with, cut short before its
// last word ("paid time" of "paid time off" beside "PTO"), are no second
// tag: they name the same thing.
func TestAcronymWordsCutShortAreNoTag(t *testing.T) {
	checkPages(t, []wantPage{{a: article.Article{
		Title: "How to Write a PTO Policy Your Staff Will Understand",
		Body: body(
			"A PTO policy tells staff how much paid time off they earn and how to use it. Without a written PTO policy, managers decide case by case, and staff compare notes.",
			"Start with the amount. Most firms give between fifteen and twenty-five days of paid time off a year, and many add a day for every year of service.",
			"Say how paid time off accrues. Some firms grant the whole year's PTO in January; others add a few hours of paid time with every pay cheque, which is fairer to new staff.",
			"Decide what happens to unused paid time at the end of the year. Rolling it over is popular with staff, while a cap on carried PTO keeps the firm's liability small.",
			"Finally, say how to ask. A PTO request two weeks ahead, approved by a manager in writing, avoids most disputes about paid time and who covers for whom.",
			"Review the PTO policy every year, and tell staff in writing when paid time off rules change.",
		),
	}, want: []string{"PTO"}, bad: []string{"paid time"}}}, "a repeat of the acronym")
}

// wantPage is a made-up page, the tags it must have and those it must not.
type wantPage struct {
	a         article.Article
	want, bad []string
}

// checkPages tags each page; what says what a bad tag would be.
func checkPages(t *testing.T, pages []wantPage, what string) {
	t.Helper()
	for _, p := range pages {
		tags := Tags(p.a)
		t.Logf("%q: %q", p.a.Title, names(tags))
		for _, w := range p.want {
			if !has(tags, w) {
				t.Errorf("%q: missing %q in %q", p.a.Title, w, names(tags))
			}
		}
		for _, b := range p.bad {
			if has(tags, b) {
				t.Errorf("%q: %s %q is a tag: %q", p.a.Title, what, b, names(tags))
			}
		}
	}
}

// A compound adjective of the headline ("Low-Light" of "Low-Light Ferns")
// and a layout compound before the page's kind ("A Four-Step Method")
// are no tags: they say what kind of thing, or how the page is laid out.
func TestCompoundModifierIsNoTag(t *testing.T) {
	checkPages(t, []wantPage{{
		a: article.Article{
			Title: "Nine Low-Light Ferns for a Dim Bathroom",
			Body: body(
				"Low-light ferns are the easiest way to bring green into a bathroom without a window. Most low-light ferns like the damp air of a bathroom better than the dry air of a living room.",
				"The Boston fern is the classic choice. It grows fast in low-light corners and forgives a missed watering, though its fronds drop if the air gets dry.",
				"The bird's nest fern has broad, glossy leaves and stays small, which suits a shelf. Like most low-light plants it rots if the pot stands in water.",
				"Maidenhair ferns are the fussiest of the nine: they need constant moisture. In a low-light bathroom with a shower every day, they do better than anywhere else in the house.",
				"Whichever you choose, feed low-light ferns only in spring and summer, and turn the pot every few weeks so the fronds grow evenly.",
			),
		},
		bad: []string{"low-light", "Low-Light"},
	}, {
		a: article.Article{
			Title: "Pricing a Handmade Quilt: A Four-Step Method",
			Body: body(
				"Quilters often undercharge. This four-step method for pricing a handmade quilt starts from what the quilt costs you and ends with what buyers in your market will pay.",
				"First, add up the fabric, batting and thread. A queen-size handmade quilt uses about twelve metres of fabric, and good cotton costs more than most buyers guess.",
				"Second, count your hours and put a wage on them. A handmade quilt of average difficulty takes forty to sixty hours to piece and quilt.",
				"Third, add a share of your costs: the sewing machine, the long-arm rental, the fees of the market where you sell.",
				"Fourth, compare the total with what other quilters ask for a handmade quilt of the same size. If yours is far higher, explain the work in your listing rather than cutting the price.",
			),
		},
		want: []string{"handmade quilt"},
		bad:  []string{"four-step method", "Four-Step Method"},
	}}, "a compound adjective")
}
