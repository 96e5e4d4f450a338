package tagger

import (
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// A lower-case word of the headline that the lede repeats and the body
// mentions about as often as anything is the page's subject, though the
// scorer leaves it under the bar of a single word: "farming" of a page on
// sensors in farming.
func TestLeadWordIsTagged(t *testing.T) {
	got := tagNames(Tags(leadWordArticle()))
	checkNames(t, got, []string{"farming"}, nil)
}

func leadWordArticle() article.Article {
	return article.Article{
		Title:    "Cheap Sensors in Farming: Counting Every Flight for Healthier Colonies",
		Language: "en",
		Body: body(
			"For most of its history, farming has been a craft of the eye and the hand. A keeper opened the box, looked at the frames and guessed how the colony was doing, and books on farming taught little more than how to guess well.",
			"That is changing. Small sensors now cost less than a jar of honey, and farming clubs across the valley have begun to fit them to the entrance of each hive, where they count the bees that leave and the bees that return.",
			"The counts tell a keeper things no glance could. A colony that sends out fewer foragers on a warm morning is often short of a queen, and one whose returning bees slow down in the afternoon may be carrying mites.",
			"The sensors themselves are simple. Two pairs of infrared beams sit across a narrow tunnel, and a bee that passes breaks first one pair and then the other, which tells the counter which way it went.",
			"Rain is the main enemy of the counters. Water that collects in the tunnel makes the beams flicker, so the newer kits add a small roof and a drain, which most owners print at home.",
			"Batteries were a problem in the first year. The counters ran flat within a month, until a member of the club wrote a version of the software that sleeps through the night.",
			"The data go to a small server in the clubhouse. Each morning it draws a chart of the previous day for every box, and members look at the charts over coffee before they walk the rows.",
			"Wasps confuse the counters too. A wasp is larger than a bee and breaks the beams for longer, and the software now tells the two apart by the time each insect takes to pass.",
			"The orchard's owner, who keeps no hives himself, likes the change. His pears set better when the colonies are strong, and the charts tell him when to ask for more boxes.",
			"Pollen loads show up in the counts as well. A forager that carries a full load flies more slowly through the tunnel, and the software marks the slow passes as a rough guide to the harvest.",
			"Some members built their own counters from a kit of parts. The soldering took an evening, and the club lent its tools to anyone who wanted to try.",
			"Neighbours sometimes ask what the little boxes on the hives are. The members have learnt to explain them in a sentence, as a turnstile for bees.",
			"The local school has borrowed a counter for its science classes. The pupils chart the flights of a single colony through the spring term and compare them with the temperature.",
			"Winter brings its own readings. On cold days almost nothing leaves the box, and the few cleansing flights on a sunny afternoon show that the colony is still alive.",
			"Swarms are the season's great worry. A colony that swarms loses half its bees and most of its honey for the year, and the keepers watch for the signs through May and June.",
			"A few members keep written notes beside the charts. They say the notes explain what the numbers cannot, such as a storm, a sprayed field nearby or a visit from a woodpecker.",
			"Honey from the orchard sells at the village market each autumn. The members label each jar with the row of hives it came from, and regular buyers have their favourites.",
			"Queens are marked with a dot of paint so that a keeper can find them on a crowded frame. The colour changes each year, which tells the keeper at a glance how old a queen is.",
			"Varroa mites remain the largest threat to the colonies. The club treats every box in late summer, and the counts after the treatment show which colonies recovered and which did not.",
			"Feeding in autumn is the last big task of the year. A colony short of stores gets a syrup of sugar and water, and the scales planned for next year should show which boxes need it.",
			"The club meets on the first Sunday of each month in a barn at the edge of the orchard. Tea is made on a camping stove, and the meetings rarely finish before dark.",
			"New members are paired with an older one for their first year. The pairs visit each other's boxes and compare notes, which the club says teaches more than any course.",
			"Smokers, veils and gloves hang on hooks by the barn door for visitors. Children who come along are given a veil of their own and a small frame of empty comb to hold.",
			"The valley's weather station shares its readings with the club's server. A cold wind from the north shows up in the charts within minutes, as the flights stop almost at once.",
			"A grant from the regional council paid for the first twenty counters. The council asked only that the club publish its yearly summary, which it now posts on the village noticeboard.",
			"The first club to try the sensors was a group of twenty hobbyists who share an orchard. In their first season, farming by numbers caught three failing queens a fortnight before any of the members noticed.",
			"Commercial farming has been slower to follow. A large operation moves hundreds of hives on trucks, and a sensor that falls off on the road is money lost, so the firms wait for sturdier models.",
			"Still, the price keeps falling. A kit of four sensors and a small solar panel now sells for the cost of a single new hive, and the software that reads the counts is free.",
			"Not every keeper is convinced. Some say farming should stay a matter of watching and smelling, and that a number on a phone will make new keepers lazy about opening their boxes.",
			"Others answer that the sensors free them to open the boxes that need it. Opening a hive stresses the colony, and farming that disturbs bees less may keep them healthier through the winter.",
			"The clubs now share their counts in one place, so that a keeper can compare a colony with its neighbours. When every hive in a valley slows down at once, the cause is the weather, not the queen.",
			"For the hobbyists in the orchard, the change has been worth it. They lost two colonies last winter instead of seven, and they say farming has become less of a guessing game.",
			"Next spring they plan to add scales under each hive, so that the weight of the honey can be tracked day by day, and farming in the valley will have one more number to watch.",
			"The makers of the sensors say the next model will also listen to the hum of the hive, which changes pitch when a colony prepares to swarm, and farming may learn to hear trouble coming.",
		),
	}
}

// Five names over their bars fill a page's tags, but the headline says
// what the page is about: its word that the body mentions more than the
// weakest of the five, which the headline does not name, takes that
// one's place ("shipping" of a page on the towns and firms running the boats).
func TestHeadlineSubjectDisplacesADetail(t *testing.T) {
	got := tagNames(Tags(displaceArticle()))
	checkNames(t, got, []string{"shipping"}, nil)
	if len(got) > 5 {
		t.Errorf("got %d tags, want 5 at most: %v", len(got), got)
	}
}

func displaceArticle() article.Article {
	return article.Article{
		Title:    "Why Small Towns Are Betting on Shipping Again",
		Language: "en",
		Body: body(
			"Along the northern coast, shipping is coming back. Halvard Strand, the mayor of Norrvik, Ingrid Solberg of Kestrel Marine and Maren Dahl of the regional fund have spent three years on the plan, and shipping now crosses waters that only long roads served for decades.",
			"The change began in Norrvik, a fishing town of four thousand people at the mouth of a wide fjord. Halvard Strand and Maren Dahl say the road around the fjord took ninety minutes, while the boats take twenty.",
			"Halvard Strand ordered two electric boats from Kestrel Marine, a yard further down the coast, and the first of them entered service last spring. They charge overnight at the quay in Norrvik and run all day on one charge.",
			"Kestrel Marine had built fishing boats for a century before it turned to passenger craft. Its chief engineer, Ingrid Solberg, designed the hulls to be light enough for small batteries and strong enough for winter ice.",
			"Ingrid Solberg says Kestrel Marine now has orders for eleven more boats from towns, as shipping returns to towns along the coast. Each is built to the same plan, which keeps the price down and lets the crews train on one another's boats.",
			"The money comes partly from a fund the coastal regions set up to share the cost of new routes. Maren Dahl, who chairs it, says the fund pays a third of each boat if the town keeps shipping running at least ten hours a day.",
			"Not everyone in Norrvik was convinced at first. Shopkeepers feared that the route would carry their customers to the larger town across the water, and some still say trade has slipped since it opened.",
			"Others point to the people who now come the other way. Visitors from across the fjord arrive by morning shipping, spend the day in the harbour and leave on the last boat, and the harbour cafes stay open later than they did.",
			"Halvard Strand says the council of Norrvik will count passengers for two full years before deciding on a third boat. So far shipping on the route carries about six hundred people on a weekday and twice that on a summer Saturday.",
			"The crews are recruited locally. Most came from fishing, and Maren Dahl arranged for the fund to pay for a month of training on the electric drives, the charging gear and the new rules for carrying passengers.",
			"Winter is the real test. Ice in the fjord can stop shipping for weeks, and the hulls from Kestrel Marine have a reinforced bow that Ingrid Solberg says will push through a hand's depth of new ice.",
			"Ingrid Solberg spent last February aboard the first boat to see how it handled. She and Maren Dahl say the batteries lost a fifth of their range in the cold, which the timetable now allows for.",
			"Other towns are watching Norrvik closely. Three have asked Maren Dahl for money this year, and two more are drawing up routes of their own with the help of Kestrel Marine.",
			"The old wooden boats that once crossed the fjord are remembered fondly by older residents. One of them, restored by volunteers whom Maren Dahl recruited, sits on the quay beside the new charging station as a small museum.",
			"For now, shipping runs every forty minutes from six in the morning to ten at night. Tickets for shipping cost the same as a bus fare, and children and pensioners travel free.",
			"Halvard Strand likes to say that the fjord was never a barrier, only a road that the town forgot how to use. With shipping back, he says, Norrvik has remembered.",
		),
	}
}

// A common word that the headline writes after an acronym ("Messages" of
// "Exploring GPS Messages") is a bare word alone; when the body never
// writes the compound twice, the acronym names what the page is about.
func TestAcronymStandsInForItsCompound(t *testing.T) {
	got := tagNames(Tags(compoundAcronymArticle()))
	checkNames(t, got, []string{"GPS"}, []string{"message", "messages"})
}

func compoundAcronymArticle() article.Article {
	return article.Article{
		Title:    "Exploring GPS Messages",
		Language: "en",
		Body: body(
			"If you have ever tried to drive an old GPS-capable receiver from a laptop, you know how little the manual says about the messages it accepts. I wrote a small program to find out, and this note describes what it does.",
			"The program sends every message a receiver might understand, one after another, and records what the receiver sends back. Most messages do nothing at all, a few change a setting, and some make the receiver stop answering until it is unplugged.",
			"So far I have tried it on four receivers from the attic of a boat chandler. Each of them accepted a different set of messages, and two of them answered messages that no manual mentions.",
			"The code is free to use. If you are interested in GPS protocol quirks or old chart plotters, I would like to hear from you.",
		),
	}
}

// A round-up's five items fill the page's tags ("Sproutly Lamp", "Verdant
// Lamp", ...); the headline's phrase for the kind of thing they are,
// which holds their shared last word, is what the page is filed under,
// and comes as a sixth, though under its own bar.
func TestRoundupKindIsASixthTag(t *testing.T) {
	got := tagNames(Tags(roundupArticle()))
	checkNames(t, got, []string{"LED grow lamps", "Sproutly Lamp", "Bramley Lamp"}, nil)
}

func roundupArticle() article.Article {
	return article.Article{
		Title:    "I tested 5 LED grow lamps: here is how they compare",
		Language: "en",
		Body: body(
			"Seedlings on a windowsill grow tall and weak by March, and LED grow lamps promise to fix that. This year I bought the Sproutly Lamp, the Verdant Lamp, the Halcyon Lamp, the Larkspur Lamp and the Bramley Lamp, and used each for a fortnight over the same tray of tomato seedlings.",
			"The Sproutly Lamp is the one I would buy again. The Sproutly Lamp spreads its light evenly over the whole tray, its timer is simple, and after six weeks the Sproutly Lamp runs as cool as on the first day.",
			"I left the Sproutly Lamp on for a full day by mistake. The Sproutly Lamp did not overheat, and the seedlings under the Sproutly Lamp were the sturdiest of the five trays.",
			"The Verdant Lamp is the cheapest of the five and feels it. The Verdant Lamp flickers when it is dimmed, although the Verdant Lamp did grow healthy seedlings at full power.",
			"After a month, the clamp of the Verdant Lamp had worked loose. Tightening the Verdant Lamp took a minute, but I had to do it again a week later, and the Verdant Lamp now lives in a drawer.",
			"The Halcyon Lamp hangs from a shelf, which suits a small flat. I liked the Halcyon Lamp more than I expected, but the Halcyon Lamp has a cord that is too short for most sockets.",
			"The chain of the Halcyon Lamp needs a hook in the shelf above. Once the Halcyon Lamp is up, though, the Halcyon Lamp keeps the windowsill clear, which no other model did.",
			"The Larkspur Lamp is the brightest and the largest. Two trays fit under the Larkspur Lamp, and the Larkspur Lamp is the only one with a separate red channel for flowering plants.",
			"With the red channel on, the Larkspur Lamp turns the room pink. My neighbour borrowed the Larkspur Lamp for a weekend and asked where to buy a Larkspur Lamp of his own.",
			"The Bramley Lamp stands on its own feet, so it can go anywhere. The Bramley Lamp folds flat for storage, though the Bramley Lamp wobbles on a soft surface.",
			"The arm of the Bramley Lamp bends in two places. I would choose the Bramley Lamp for a greenhouse bench, and the Bramley Lamp only then.",
			"All five plug into an ordinary socket and use less power than a kettle left on for a minute. None of them needed tools, and each was ready within ten minutes of opening the box.",
			"Whichever of these LED grow lamps you choose, raise it as the seedlings grow. A lamp too far away makes them stretch, and one too close scorches the leaves, which is the most common mistake with LED grow lamps.",
		),
	}
}

// A language whose name is a letter and its sign ("C#", "F#", "C++"),
// written inside the headline's run and all through the body, is the
// page's subject: its mentions count for the name (the name's key spells
// the sign, "c sharp", and so do the words its mentions are read as), and
// it is weighed as the one word it is written as.
func TestSignedNameMentionsCount(t *testing.T) {
	for _, lang := range []string{"C#", "F#", "C++"} {
		a := signedNamePage(lang)
		checkNames(t, tagNames(Tags(a)), []string{lang}, []string{"C", "F"})
	}
}

func signedNamePage(lang string) article.Article {
	r := strings.NewReplacer("LANG", lang)
	return article.Article{
		Title:    r.Replace("Twelve Ways to Make LANG Projects Easier for LLM Assistants"),
		Dek:      "What an LLM assistant needs from a codebase to change it safely",
		Language: "en",
		Body: body(
			r.Replace("More of our pull requests now start with an LLM assistant, and the assistant does better on some projects than on others. These are the habits that made our LANG projects easier for an LLM to read and change."),
			r.Replace("Keep each project small. An LLM reads a limited window of code at a time, and a LANG solution with forty projects hides the class it needs. We merged ours into five, grouped by what they deploy."),
			r.Replace("Turn warnings into errors. The LANG compiler already knows about unused variables and missing null checks, and a build that fails on them tells the LLM at once that its change is wrong."),
			r.Replace("Name things after the business. An LLM guesses what a class does from its name, and OrderRefunds tells it more than RefundManagerFactory does, in LANG or anywhere else."),
			"Write the test before the fix. A failing test gives the LLM a goal it can check by itself, and the fix is done when the test passes.",
			"Keep configuration in one place. When settings are read from a single file per environment, the LLM finds them where it expects them and does not invent new ones.",
			"Document the build in one short file at the root. The LLM reads it first, and a page of plain commands saves it from guessing how the tests are run.",
			r.Replace("Prefer explicit types to inferred ones in public code. A reader of LANG, human or LLM, sees at once what a method returns without opening another file."),
			"Keep formatting automatic. When a formatter runs on every build, the LLM does not waste its effort on spacing, and reviews stay about behaviour.",
			"Split long methods. An LLM changes a short method more reliably than a long one, because it can hold all of it in view.",
			"Delete dead code. Old classes that nothing calls look alive to an LLM, which may copy their patterns into new code.",
			r.Replace("Review what the LLM writes as you would review a colleague. The assistant is fast, but the LANG code it writes is still yours to maintain."),
		),
	}
}
