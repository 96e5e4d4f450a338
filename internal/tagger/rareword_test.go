package tagger

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// A lower-case word of the dek that the topic rules choose and that almost
// no other page uses is the page's subject under the bar of a headline's
// phrase, though the scorer leaves it under a single word's: "jacquard" of
// a page on a mill that rebuilt its loom.
func TestRareRuleTopicIsTagged(t *testing.T) {
	got := tagNames(Tags(rareWordArticle()))
	checkNames(t, got, []string{"jacquard"}, nil)
}

func rareWordArticle() article.Article {
	return article.Article{
		Title:    "Inside the Larch Valley Mill",
		Dek:      "How a family of weavers brought an old jacquard back to work",
		Language: "en",
		Body: body(
			"The mill at the bottom of the valley has made cloth for two hundred years. For most of that time the sound that came out of its windows was the clatter of a jacquard, the loom that reads its pattern from a chain of punched cards.",
			"The last jacquard in the building stopped in the winter the old owner died. His granddaughter, who had learnt the trade as a child, found it under a sheet in the top room with half its cards missing.",
			"Rebuilding it took three years. The frame was sound, but the hooks had rusted, the cords had rotted and the cylinder that turns the cards had cracked along its length.",
			"A retired engineer from the town offered to help. He drew every part of the jacquard by hand before it was taken down, so that it could go back together the way it came apart.",
			"The cards were the hardest part. Each one carries a single row of the pattern as a line of holes, and a tablecloth needs several thousand of them laced together in order.",
			"The family found a box of the old cards in the cellar, damp but readable. A cousin copied them onto new board with a hand punch, one hole at a time, through two winters.",
			"The first cloth off the rebuilt jacquard was a plain runner with a border of oak leaves, the mill's old mark. It came off the loom crooked, and the second came off straight.",
			"Visitors now come to watch it work. The granddaughter runs it on Saturday mornings and explains how the hooks lift the threads the cards select, and why a single torn card spoils a whole length.",
			"Schools send classes too. The children are allowed to punch a card of their own, and the jacquard weaves their row into a strip of cloth that they take home.",
			"The mill sells the cloth in a small shop by the door. Tablecloths and napkins go first, and the shop keeps a waiting list for the heavier throws.",
			"Money is still tight. The roof leaks above the dye room, and the river that once turned the wheel now floods the yard every few winters.",
			"A grant from the county paid for new wiring last year. The family hopes a second grant will pay for the roof before the next winter sets in.",
			"The engineer has started on a second machine, a smaller jacquard found in a barn two valleys away. Its frame is oak rather than iron, and most of its cards are lost.",
			"He thinks it is older than the first. A date scratched inside the frame reads 1840, though he says a weaver could have scratched it there at any time.",
			"Other mills have written to ask how the work was done. The family answers every letter, and has lent the engineer's drawings to two of them.",
			"The granddaughter says the hardest thing was not the machine but the patience. A loom of that age will not be hurried, and neither will the people who know how to mend it.",
			"She has trained two apprentices so far. Both can now lace a chain of cards and tie a broken cord without stopping the work.",
			"The valley's other trades have noticed. The baker sells bread wrapped in the mill's cloth, and the inn hangs its curtains from the mill's loom.",
			"Next year the family plans to open the top room to visitors, with the old cards pinned along the walls in the order they are woven.",
			"For now the mill is open three days a week. On the other days the granddaughter weaves alone, and the clatter of the jacquard can be heard from the bridge.",
		),
	}
}

// A rare name of one word in the headline that the name rules choose is
// tagged at the same bar: "Quillonet", the service whose breach the page
// reports, though the body names it only now and then.
func TestRareRuleNameIsTagged(t *testing.T) {
	got := tagNames(Tags(rareNameArticle()))
	checkNames(t, got, []string{"Quillonet"}, nil)
}

func rareNameArticle() article.Article {
	return article.Article{
		Title:    "Support Tickets Leaked in Quillonet Breach",
		Language: "en",
		Body: body(
			"Thousands of support tickets sent by the customers of a help-desk service were readable by anyone for most of last week, after a setting in its storage was changed by mistake.",
			"The tickets held names, email addresses and, in some cases, the passwords that customers had pasted into their messages while asking for help with their accounts.",
			"The firm said on Monday that it had closed the gap within an hour of being told, and that it had found no sign that the files were copied before then.",
			"The gap was found by a student who was looking for open storage buckets as part of a course on security. She wrote to the company's support address and got an automatic reply.",
			"She then wrote to two of the firms whose customers appeared in the tickets, and one of them passed the message on to the right people within the day.",
			"Security researchers said the mistake was a common one. Storage that is private by default can be opened with a single switch, and a script that copies settings from a test system may flip it without anyone noticing.",
			"The firms that use the help desk were told by email on Tuesday. Several said they would ask their own customers to change any password they had sent in a ticket.",
			"Regulators in two countries said they had been informed and were looking at whether the firm had met its duty to protect the data it held.",
			"The company has promised to check its storage settings every hour from now on and to warn customers who paste a password into a ticket before the message is sent.",
			"Customers who are worried can ask Quillonet for a list of the tickets that were exposed. The company said it would answer such requests within a week.",
			"For the student, the episode was a lesson in how long it takes a report to reach the right desk. She said she would write to a named person next time rather than a general address.",
			"The firm has offered her a reward and an internship, which she said she was still considering.",
		),
	}
}
