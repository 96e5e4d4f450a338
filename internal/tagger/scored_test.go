package tagger

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// A program's name written with underscores is one name: the headline's
// "vec_hnsw_pg" is neither "vec" nor "hnsw".
func TestSnakeCaseNameIsOneName(t *testing.T) {
	got := tagNames(Tags(article.Article{
		Title:    "vec_hnsw_pg: Status Report #12",
		Language: "en",
		Body: body(
			"This month vec_hnsw_pg gained a faster index build. The extension now builds its graph in parallel, using every core the server allows, and the build of a ten-million-row table fell from an hour to twelve minutes.",
			"We also fixed two crashes that users of vec_hnsw_pg reported on the mailing list. Both came from a race in the cache of graph pages, which the new locking scheme removes.",
			"Several people asked how vec_hnsw_pg compares with a plain scan. On small tables a scan is still faster, and the planner now says so and skips the index below a few thousand rows.",
			"The next release will add filtered search, so that a query can ask for the nearest rows that also match a condition, without reading the whole graph first.",
			"Thanks to everyone who tested the nightly builds and sent traces. If you run vec_hnsw_pg in production, we would like to hear how the new build behaves on your data.",
		),
	}))
	checkNames(t, got, []string{"vec_hnsw_pg"}, []string{"vec", "hnsw", "pg"})
}

// An acronym and a longer subject that holds it are two tags: "GPU" names
// what the page is about, "GPU scheduling" what it does with it.
func TestAcronymAndLongerSubject(t *testing.T) {
	got := tagNames(Tags(acronymArticle()))
	checkNames(t, got, []string{"GPU", "GPU scheduling"}, nil)
}

func acronymArticle() article.Article {
	return article.Article{
		Title:    "Every GPU counts: what GPU scheduling taught Harbrook",
		Language: "en",
		Body: body(
			"Harbrook, a maker of weather models, runs its forecasts on a few hundred rented machines. Until this spring, half of every GPU it paid for sat idle, because jobs waited in a queue that knew nothing about the cards.",
			"A GPU is expensive to rent by the hour, and a GPU that waits costs as much as one that works. The team began by measuring how long each GPU stood idle between two jobs.",
			"The fix was GPU scheduling that packs small jobs onto one card. A forecast that needs a quarter of a GPU now shares it with three others, and the queue starts the big jobs first at night.",
			"The hardest part was memory: two jobs on one GPU must not run out of it together, so every job now states how much it needs, and the GPU refuses a job that would not fit.",
			"Since GPU scheduling began, the bill for the rented machines fell by half. The forecasts arrive earlier too, as the night runs finish two hours sooner than they did.",
			"Other teams have asked for the same GPU scheduling for their own models. Each GPU in the building will be shared the same way by the end of the year.",
		),
	}
}

// A topic and a name that share an end word are two subjects, not two
// pieces of one phrase: "smart home" and "Home Relay".
func TestTopicAndNameShareAWord(t *testing.T) {
	got := tagNames(Tags(article.Article{
		Title:    "Building my smart home around Home Relay",
		Language: "en",
		Body: body(
			"Last winter I decided to turn our flat into a smart home. I wanted the lights, the heating and the blinds to follow our day without a phone in my hand.",
			"The centre of it is Home Relay, a small open-source server that runs on an old laptop in the hall cupboard. Home Relay talks to every device in the flat and keeps the rules in one place.",
			"A smart home needs sensors before it needs rules. I put a motion sensor in each room and a temperature sensor by each radiator, and Home Relay learnt within a week when we are usually in.",
			"The rules came next. When the last person leaves, the heating drops two degrees; when the first person comes back after dark, the hall light turns on.",
			"Not everything worked. The blinds in the bedroom lost their connection every few days, and Home Relay could not tell whether they were open.",
			"After six months, the smart home costs less to heat than the flat did, and I have stopped reaching for switches. Home Relay has become the one piece I would buy again first.",
		),
	}))
	checkNames(t, got, []string{"smart home", "Home Relay"}, nil)
}

// A word in capitals in the headline is an acronym, the name of a thing,
// even when the name rules leave it out as a generic one: "USB" on a page
// about USB.
func TestHeadlineAcronym(t *testing.T) {
	got := tagNames(Tags(headlineAcronymArticle()))
	checkNames(t, got, []string{"USB"}, nil)
}

func headlineAcronymArticle() article.Article {
	return article.Article{
		Title:    "Why my USB hub drops out after an hour",
		Language: "en",
		Body: body(
			"For a month my desk setup lost its keyboard and its disk at random, always after an hour or so of work. The culprit turned out to be the hub that joins them to the laptop.",
			"The hub draws its power from the laptop alone. When the disk spins up while the keyboard and a camera are busy, the hub asks for more current than the port will give, and every device on it resets.",
			"A powered hub fixed it at once. It has its own supply, so the laptop's USB port only carries data, and the disk can spin up whenever it likes.",
			"The USB standard sets how much current a port must give, and most laptops give exactly that and no more. Older USB ports give even less than the new ones.",
			"USB is forgiving about most things, but not about power. A port on a laptop gives a fixed amount, and a hub without a supply shares that amount among everything plugged into it.",
			"If your devices drop out together, count what they draw before you blame the cables. Mine drew nearly twice what the port could give.",
		),
	}
}

// A word that starts several capitalised names ("Pyrite Cloud", "Pyrite
// Studio") is taken for a first name shared by several people, which
// names none of them, unless the text also writes it in lower case: then
// it is a program's name or a common noun ("Kettle Pro", "Kettle Mini"),
// and may be what the page is about.
func TestSharedFirstWordWrittenLower(t *testing.T) {
	got := tagNames(Tags(article.Article{
		Title:    "Pyrite Weekly Roundup: faster builds and a new plugin API",
		Language: "en",
		Body: body(
			"This week Pyrite gained a build cache that cuts the time of a clean build by half. The cache is on by default; projects that set their own build directory need to move it under the new cache folder.",
			"Pyrite Cloud users get the cache too, shared between every machine of a team, so a branch built once on one laptop is built for everyone. Pyrite Studio shows which steps came from the cache and which ran again.",
			"The plugin API is the other big change. A plugin can now add its own commands, and Pyrite loads it only when one of them runs, so a project with twenty plugins starts as fast as one with none.",
			"To upgrade, fetch the latest release of pyrite from the package index; the name is all in lower case there. Older plugins keep working, but Pyrite prints a warning for each one that uses the old hooks.",
			"Thanks to everyone who reported problems with the cache during the beta. Pyrite Cloud and Pyrite Studio will get the plugin API in the next release.",
		),
	}))
	checkNames(t, got, []string{"Pyrite"}, nil)
}

// "non-" and one word describes a thing ("non-toxic", "non-stick") and
// is no topic alone: the page is about the cookware, not about being
// non-toxic.
func TestNonAdjectiveIsNoTopic(t *testing.T) {
	got := tagNames(Tags(article.Article{
		Title:    "The Best Places to Buy Non-Toxic & Durable Cookware",
		Language: "en",
		Body: body(
			"Most of the pans in our kitchen were bought for price, not for what they are made of. When the old non-stick coating began to flake, we went looking for non-toxic pans that would last.",
			"Cast iron is the cheapest non-toxic choice. A good skillet costs little, lasts for decades and gets better with use, though it is heavy and needs oiling after each wash.",
			"Stainless steel is the other non-toxic workhorse. It browns meat well, goes into the oven and the dishwasher, and a thick base spreads the heat evenly.",
			"Ceramic pans are sold as non-toxic too, but their coating wears out within a few years, so they cost more over time than they seem to at the shop.",
			"Whatever you buy, look for a plain label that says what the pan is made of. Durable cookware that is non-toxic need not be expensive: a skillet and a steel pot cover most meals.",
		),
	}))
	checkNames(t, got, nil, []string{"non-toxic", "Non-Toxic"})
}

// The items of a numbered series ("Zone 1", "Zone 2", "Zone 3") are the
// steps of the page's plan, not its subjects.
func TestNumberedSeriesIsNoSubject(t *testing.T) {
	got := tagNames(Tags(article.Article{
		Title:    "A Twelve Week Cycling Plan for Your First Century Ride",
		Language: "en",
		Body: body(
			"Riding a hundred miles in a day is within reach of most people who already ride to work. This cycling plan builds up to it over twelve weeks, with four rides a week and a rest day after each long one.",
			"Every ride is set by heart rate. Zone 1 is an easy spin you could keep up all day, Zone 2 a steady pace at which you can still talk, and Zone 3 a hard effort you can hold for an hour at most.",
			"Most of the plan is spent in Zone 2. Long rides in Zone 2 teach the body to burn fat and spare its sugar, which is what carries a rider through the last thirty miles of a century ride.",
			"Once a week the cycling plan asks for intervals in Zone 3: five minutes hard, five minutes easy in Zone 1, six times over. They are short, but they lift the pace that Zone 2 rides feel easy at.",
			"The long ride grows by ten miles every second week, from forty in the first week to ninety in the eleventh. Keep it in Zone 2 even when the group around you speeds up.",
			"In the last week, cut every ride in half and rest for two days before the century ride. Start it in Zone 1 for the first hour, then settle into Zone 2 and eat something every half hour.",
		),
	}))
	checkNames(t, got, nil, []string{"Zone", "Zone 1", "Zone 2", "Zone 3"})
}

// A headline word that the body writes only where every word takes a
// capital, in Title Case headings and at the start of sentences, never in
// lower case nor capitalised inside a sentence, is a word of the page's
// layout ("Forecast One: ..." over each section), not a subject.
func TestLayoutWordIsNoSubject(t *testing.T) {
	got := tagNames(Tags(article.Article{
		Title:    "Harlow Realty's Spring Forecasts: Rents Cool Off Across Marlbridge",
		Language: "en",
		Body: body(
			"Harlow Realty expects rents in Marlbridge to fall slightly this spring, for the first time in six years. Here is what the agency sees coming for tenants and landlords.",
			"## Forecast One: Rents Fall in the City Centre",
			"The average rent of a two-bedroom flat in the centre should be about 1,400 a month by June, down from 1,450 last year. Harlow Realty says new buildings by the river account for most of the drop.",
			"## Forecast Two: The Suburbs Hold Steady",
			"Outside the ring road, Harlow Realty expects rents in the suburbs of Marlbridge to stay where they are, as families keep moving out of the centre for more space.",
			"## Forecast Three: Landlords Offer More",
			"Several of the larger landlords have begun to offer a month without rent to tenants who sign for two years, and a few have cut the deposit they ask for by half. Harlow Realty expects more of them to follow.",
			"## Forecast Four: Tenants Take Their Time",
			"A flat in the centre now stays empty for three weeks on average before it is let, against ten days a year ago, and tenants ask for repairs before they sign.",
			"The agency has been wrong before. Harlow Realty missed the jump of two years ago, when a new rail line made the northern suburbs of Marlbridge far easier to reach, and rents there rose by a fifth in one season.",
		),
	}))
	checkNames(t, got, nil, []string{"Forecasts", "forecasts", "Forecast"})
}

// A headline phrase that opens with a description holding a function word
// ("step-by-step", "easy-to-use") names the kind of page, not its subject:
// "step-by-step guide" is no tag, "sourdough starter" is.
func TestDescribedKindIsNoTopic(t *testing.T) {
	got := tagNames(Tags(article.Article{
		Title:    "How to Make a Sourdough Starter: A Step-by-Step Guide",
		Language: "en",
		Body: body(
			"A sourdough starter is flour and water left to ferment until wild yeast and bacteria take hold. This step-by-step guide takes you from an empty jar to a starter that raises bread, in about a week.",
			"Day one: mix fifty grams of wholemeal flour with fifty grams of water in a clean jar, cover it loosely and leave it somewhere warm. Wholemeal flour carries more of the yeast a sourdough starter needs.",
			"Days two to four: throw away half of the starter each morning and feed what is left with fresh flour and water. Bubbles should appear by the third day, and the smell turns sour.",
			"Days five to seven: feed the sourdough starter twice a day. When it doubles within six hours of a feed and smells of yoghurt rather than of glue, it is ready to bake with.",
			"Keep the starter in the fridge between bakes and feed it once a week. A healthy sourdough starter can live for years; some bakers use one their grandparents began.",
			"If this step-by-step guide did not work for you, the usual cause is a cold kitchen. Move the jar next to the oven and give the starter a few more days.",
		),
	}))
	checkNames(t, got, nil, []string{"step-by-step guide"})
}

// A method a program calls ("log.Flush()", "buf.Reset()") is spelt as the
// code spells it, not as a name: a tutorial that calls it in every example
// is about the statement it teaches, not about "Flush".
func TestMethodCallIsNoName(t *testing.T) {
	got := tagNames(Tags(article.Article{
		Title:    "Understanding the retry statement",
		Language: "en",
		Body: body(
			"The retry statement runs a block again when it fails, up to a number of times you choose. It saves the loops that every program used to write by hand around a call that may fail.",
			"Here is the smallest example, which writes a line to a log that may be busy:",
			"retry 3 {",
			"log.Flush()",
			"log.Write(line)",
			"}",
			"When the block fails, the retry statement waits a moment and runs it again. The Flush call happens before every attempt, so no half-written line is left behind.",
			"A second example resets a buffer before each attempt:",
			"retry 5 {",
			"buf.Reset()",
			"log.Flush()",
			"send(buf)",
			"}",
			"The retry statement gives up after the last attempt and passes the last error on. Wrap it in your own handler when the caller needs to know how many attempts were made.",
			"retry 2 {",
			"log.Flush()",
			"log.Close()",
			"}",
			"Keep the block short: everything in it runs again on every attempt, and a retry statement around a slow block makes a slow program slower still.",
			"log.Flush()",
			"log.Flush()",
			"fmt.Flush(out)",
			"A retry statement nested in another one multiplies the attempts, so the outer one should allow few.",
		),
	}))
	checkNames(t, got, []string{"retry statement"}, []string{"Flush", "Reset", "Write", "Close"})
}

// An acronym counts for the one name its letters spell out ("ESA" for
// "European Space Agency"), but not for a name that holds it as a word:
// a list's label "AI Integration:" once does not take in the page's
// every "AI".
func TestAcronymIsNoInitialOfItsOwnName(t *testing.T) {
	got := tagNames(Tags(article.Article{
		Title:    "What the night shift at a warehouse learnt from its cameras",
		Language: "en",
		Body: body(
			"The warehouse at Dunmore Quay runs through the night, and for years its cameras only recorded. Last spring the operator added AI to the system that watches the loading bays.",
			"The AI flags a forklift that drives too fast and a door left open in the cold store. A guard checks each alert on a tablet before anyone is called.",
			"The plan had three parts:",
			"- AI Integration: connect the cameras to a model that runs on a server in the building.",
			"- Training: teach the guards what the alerts mean.",
			"- Review: look at every false alarm once a week.",
			"In the first month the AI raised forty alerts a night, most of them shadows. The guards marked each false one, and by the third month the AI raised six.",
			"The operator says the AI has not replaced a single guard. It has changed what they do: fewer rounds of the bays, more time on the alerts that matter.",
			"Other sites of the company will add AI to their cameras next year, starting with the cold stores, where a door left open costs the most.",
		),
	}))
	checkNames(t, got, nil, []string{"AI Integration"})
}

// A word in "-ing" that the headline writes before its object ("Stop
// Wrapping Message Queues") is what the writer tells the reader to do
// to the subject, not a subject beside it.
func TestGerundBeforeItsObjectIsNoTopic(t *testing.T) {
	got := tagNames(Tags(article.Article{
		Title:    "Stop Wrapping Message Queues",
		Language: "en",
		Body: body(
			"Every team I have joined had its own layer around its message queues. Wrapping them felt safe: one place to log, one place to retry, one place to swap the broker later.",
			"In practice the wrapping hides what message queues are good at. The broker already retries, already orders messages within a partition and already keeps them when a consumer dies.",
			"Our wrapping did none of that well. It retried messages the broker had already retried, so a slow consumer got every message three times, and it logged each of them twice.",
			"When we removed the wrapping from two services, their message queues needed no code of ours at all. The consumers shrank by a third and the duplicate deliveries stopped.",
			"Wrapping still has a place at the edge, where a service talks to a partner that speaks no protocol the broker knows. Inside, talk to the message queues directly.",
			"If you must keep your wrapping, keep it thin: no retries of its own, no buffering, and nothing the message queues already do better.",
		),
	}))
	checkNames(t, got, []string{"message queues"}, []string{"wrapping"})
}

// A whole run of the headline that the body writes again is the page's
// name for its subject, though it scores under the bar of other phrases:
// "travel tips" of "Travel Tips for Families".
func TestRepeatedHeadlineRun(t *testing.T) {
	got := tagNames(Tags(headRunArticle()))
	checkNames(t, got, []string{"travel tips"}, nil)
}

func headRunArticle() article.Article {
	return article.Article{
		Title:    "Travel Tips for Families",
		Language: "en",
		Body: body(
			"Travel with children is a different trip from travel on your own. The day starts earlier, the bags are heavier, and the plan changes by lunchtime.",
			"We have travelled with our three children every summer for ten years. Here is what we learnt about travel as a family, from the booking to the drive home.",
			"Book rooms with a kitchen. A family that can make its own breakfast saves money and an hour every morning, and the children eat what they know before a long day out.",
			"Pack one bag per person and let each child carry a small one of their own. Travel is easier when nobody waits for the one suitcase that holds everything.",
			"Plan one thing a day and no more. A museum in the morning leaves the afternoon for the beach or the park, and a tired family remembers the park better anyway.",
			"Long drives need breaks every two hours. We stop at playgrounds rather than at service stations, so the children run while we drink our coffee.",
			"Travel by train is worth its price with small children. They can walk about, the table holds a game of cards, and the travel time counts as part of the holiday.",
			"Of all the travel tips friends gave us, the one we use most is to keep snacks in every bag. Travel goes wrong when people are hungry, whatever their age.",
			"Other travel tips we rely on: photograph the passports, write your phone number on the children's wrists in crowded places, and check the weather the night before.",
			"Finally, expect the trip to be slower than the plan. Travel with a family is about the time together, and the best days are often the ones nobody planned.",
		),
	}
}

// A phrase the body writes mostly at the start of sentences is tagged as
// it is written inside them, in lower case, and counts as a topic: "urban
// beekeeping", not "Urban beekeeping".
func TestSentenceStartSpellingOfPhrase(t *testing.T) {
	got := tagNames(Tags(article.Article{
		Title:    "Why urban beekeeping is growing",
		Language: "en",
		Body: body(
			"Urban beekeeping has spread from a few rooftops to thousands of gardens in a decade. Hives now stand on offices, schools and hotel terraces in most large towns.",
			"The reasons are simple. Bees find more kinds of flowers in parks and gardens than on farmland sprayed with one crop, and the honey of a town hive tastes of the whole street.",
			"Urban beekeeping asks for little space: a hive takes less room than a bicycle. It does ask for neighbours who will not mind a few bees at their window in June.",
			"Clubs run courses over a spring, and most lend a hive and a suit to beginners for the first season, so that nobody buys equipment before they know they like the work.",
			"Urban beekeeping is not free of problems. Too many hives in one district leave the wild bees with too little food, and some towns now ask keepers to register their hives.",
			"Still, most keepers say the same thing: the bees taught them to notice the trees and flowers of their street, and they would not give up urban beekeeping for a quiet garden.",
		),
	}))
	checkNames(t, got, []string{"urban beekeeping"}, []string{"Urban beekeeping"})
}

// A page no candidate tags over its bar is still about what its headline
// names: the headline's phrase, a noun phrase the body writes in lower
// case, is its tag ("winter storage" of "Seven Winter Storage Ideas That
// Renters Need to Know"), when it is likely enough.
func TestUntaggedPageTakesHeadlinePhrase(t *testing.T) {
	got := tagNames(Tags(spareArticle()))
	checkNames(t, got, []string{"winter storage"}, nil)
}

func spareArticle() article.Article {
	return article.Article{
		Title:    "Seven Winter Storage Ideas That Renters Need to Know",
		Language: "en",
		Body: body(
			"A small boat takes up more room than most people expect. When you rent a flat with no garage, finding a place for it is the first problem you meet after the purchase.",
			"We asked a dozen paddlers who rent how they keep their boats safe through the winter, and what they would do differently if they started again.",
			"Keep the hull off the ground and out of the sun. A plastic hull left on concrete for months can flatten where it rests, and sunlight makes it brittle.",
			"Wall racks are the cheapest storage for a balcony or a hallway. Most landlords allow two small holes, but ask first and keep the receipt for the screws.",
			"If the walls are off limits, a free-standing rack works almost as well. It costs a little more, yet it moves with you when the lease ends.",
			"Some paddlers share a shed with neighbours. Splitting the rent of a small unit between three people is often cheaper than storage at a club.",
			"Whatever you choose, cover the cockpit so that rain and insects stay out. A cheap cover pays for itself the first winter a family of spiders moves in.",
			"Check the boat once a month. Turn it over, look for cracks and wipe off any mould before it spreads into the seat and the foam.",
			"Our readers agreed on one thing: winter storage is easier to plan before you buy. Measure the space first, and pick a boat that fits it.",
			"With a little care a boat kept indoors lasts for many seasons, and the one you bought this year will still be on the water after ten winters.",
		),
	}
}

// When the headline gives no such phrase, a phrase of the body's that
// shares a word with it stands in: "home care" under "I Need Home Help".
func TestUntaggedPageTakesBodyPhrase(t *testing.T) {
	got := tagNames(Tags(spareBodyArticle()))
	checkNames(t, got, []string{"home care"}, nil)
}

func spareBodyArticle() article.Article {
	return article.Article{
		Title:    "I Need Home Help",
		Language: "en",
		Body: body(
			"If an older parent can no longer manage alone, home care can let them stay where they live, among their own things and near the friends they know.",
			"Many towns pay for home care for people over seventy and for those on low incomes. Ask at the town hall which services take new clients this year.",
			"Some charities offer home care by volunteers, who shop, cook a meal or simply sit and talk for an hour. They usually ask for the name of the family doctor.",
			"Private home care costs more, but an agency can send someone the same week. Ask how the staff are trained and who to call when a visit is missed.",
			"Insurance may pay for home care after a stay in hospital. Call the insurer before the first visit, and keep every receipt.",
			"Whatever you choose, write down what help is needed each day, from getting dressed to taking pills, so that everyone knows what to do.",
		),
	}
}

// The body's phrase needs less than the headline's: "tool choice" under
// "Picking the Right Tool", which the scorer finds at about 0.4.
func TestUntaggedPageTakesLessLikelyBodyPhrase(t *testing.T) {
	got := tagNames(Tags(unlikelyArticle()))
	checkNames(t, got, []string{"tool choice"}, nil)
}

func unlikelyArticle() article.Article {
	return article.Article{
		Title:    "Picking the Right Tool",
		Language: "en",
		Body: body(
			"Last year our small design studio had to replace the software it used to plan every project. The tool choice fell to three of us, with a month and no one who had done it before.",
			"We began with a list of what we did every day, not what the sellers promised. The tool choice, we agreed, would follow from that list and from nothing else.",
			"Each of us spent a week on each program with a real project. Notes on the tool choice went into a shared document, and we met on Fridays to compare them.",
			"The cheapest program lost early: exporting our files from it took an afternoon. The most popular one lost next, because nobody could find the settings they needed.",
			"In the end it came down to how easily we could leave. The winner saves everything as plain files, so a future move will cost us a day, not a month.",
			"If you face the same decision, write down your own list first, try each program on real work, and ask how you would get your data out again.",
		),
	}
}

// A part of the headline's run that the body writes again in lower case
// is the thing the page is about, at a lower bar than other phrases:
// "street food" of "Top 20 Street Food Vendors in the World".
func TestHeadlinePartWrittenLower(t *testing.T) {
	got := tagNames(Tags(headLowerArticle()))
	checkNames(t, got, []string{"street food"}, nil)
}

func headLowerArticle() article.Article {
	return article.Article{
		Title:    "Top 20 Street Food Vendors in the World",
		Language: "en",
		Body: body(
			"Some of the best food you can eat in a city cost less than a bus ticket and come wrapped in paper, handed over a counter on a busy corner.",
			"We asked travellers, cooks and critics to name the stalls they return to, and the list below is the food they told us about, from noodles to grilled corn.",
			"In one food market in Valdoria a woman has fried the same dumplings for forty years, and the queue starts before she has lit the stove. Valdoria has more stalls per street than any city we visited.",
			"Also in Valdoria, a father and his two sons sell flatbread stuffed with beans and cheese from a cart they built themselves.",
			"Good cooking depends on a few things: fresh ingredients bought that morning, a short menu, and a cook who has done the same dish thousands of times.",
			"Food prices vary, but none of the stalls on our list charges more than a few dollars, and most take cash only.",
			"Food hygiene worries put some visitors off. Watch where the locals buy their food, pick a stall with a long queue, and street food will rarely make you ill.",
			"In Valdoria most stalls open late in the afternoon and close when the last portion is sold, which on a good night can be well before ten.",
			"Bring small change, expect to stand while you eat, and do not be shy about asking what the regulars order.",
			"Whatever city you visit next, leave one evening free for its street food, and let the smell of the grill decide where you stop.",
		),
	}
}
