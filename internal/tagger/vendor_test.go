package tagger

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// A company the body sells in calls to action ("Try Pixlane free", "Sign
// up for Pixlane today") and the headline does not name publishes the
// page: it is no subject of it. One the headline names is ("Introducing
// Quillmark" over "Try Quillmark today").
func TestSoldNameIsNoTag(t *testing.T) {
	guide := article.Article{
		Title:    "How to Organise a Shared Photo Library for a Small Studio",
		Language: "en",
		Body: body(
			"A shared photo library saves a small studio hours every week. When five people shoot, edit and deliver, files end up on laptops, in email threads and on old drives, and nobody can find the final version of anything.",
			"Pick one naming pattern for every shoot: the date, the client and a short description. Write it down and pin it where everyone can see it.",
			"Tag images as you cull them, while the shoot is still fresh in your mind: the client, the location and the usage rights.",
			"Most lost work is deleted by accident. Give editors the right to archive, and keep the right to delete with one person.",
			"Keep one copy in the studio and one off site, and test a restore every quarter; a backup you never restored is a hope, not a backup.",
			"Pixlane gives small studios one shared library with automatic backups, tagging and permissions. Try Pixlane free for 30 days.",
			"Pixlane shares galleries with clients in one click. Sign up for Pixlane today to keep every shoot safe.",
		),
	}
	checkNames(t, tagNames(Tags(guide)), nil, []string{"Pixlane"})

	launch := article.Article{
		Title:    "Introducing Quillmark: A Note-Taking App That Learns How You Write",
		Language: "en",
		Body: body(
			"Quillmark is a new note-taking app for students and researchers. It watches how you organise notes and suggests links between them as you write.",
			"When you write a note, Quillmark looks for notes on the same subject and shows them in a side panel. You can accept a link with one click, or ignore it.",
			"Unlike most note apps, Quillmark keeps every note as a plain text file on your own computer, so you are never locked in.",
			"Early testers told us that suggestions were only useful when they were few. Quillmark now shows at most three links per note.",
			"Quillmark is free for students. Teams pay four dollars a month per person, and shared notebooks come later this year.",
			"Try Quillmark today and tell us what you think.",
		),
	}
	checkNames(t, tagNames(Tags(launch)), []string{"Quillmark"}, nil)
}

// A shop's guide writes its own name as the reader's setting ("With
// Harlow Cycles, you …"), as its own ("our Harlow Cycles fitting") and as
// where to go ("Visit Harlow Cycles"): in two of these ways, the name is
// the shop that publishes the page, no subject. A name written in one way
// only keeps its tag: a review's "With the Tidewave, you get …" speaks of
// the thing reviewed, and "our Tidewave Ranger review" is the site's
// writing on it.
func TestOwnShopIsNoTag(t *testing.T) {
	guide := article.Article{
		Title:    "How to Pick a Touring Bicycle for Long Weekends",
		Language: "en",
		Body: body(
			"A touring bicycle carries you and your bags over long distances in comfort. Choosing one starts with where you ride and how much you carry, and Harlow Cycles has helped riders answer both for years.",
			"With Harlow Cycles, you can ride three touring frames back to back before you decide. Harlow Cycles stocks steel and aluminium frames in every size.",
			"Frame material matters less than fit. Steel soaks up rough roads and is easy to repair, while aluminium is lighter and cheaper to buy.",
			"Gearing should be low enough to climb a hill with full bags. Most riders who tour with luggage want a small chainring and a wide cassette.",
			"Racks and mudguards need mounting points on the frame. Check for them before you buy, because adding them later costs more.",
			"Tyres between 35 and 45 millimetres give grip on gravel and comfort on broken tarmac. Harlow Cycles fits wider tyres on request.",
			"Visit Harlow Cycles to book a fitting and a test ride this weekend.",
		),
	}
	checkNames(t, tagNames(Tags(guide)), nil, []string{"Harlow Cycles"})

	review := article.Article{
		Title:    "The Best Touring Bicycles for Long Weekends",
		Language: "en",
		Body: body(
			"A touring bicycle carries you and your bags over long distances in comfort. We rode five of them for a month, and the Tidewave Ranger came out on top.",
			"With Tidewave Ranger, you get a steel frame, low gearing and mounts for three racks. The Tidewave Ranger climbed every hill on our route with full bags.",
			"The Tidewave Ranger is heavier than the aluminium bikes we tried, but it soaked up rough roads and stayed quiet on gravel.",
			"Its tyres are 42 millimetres wide, which gave grip on gravel and comfort on broken tarmac. Riders who want wider tyres will find room for them.",
			"At its price, the Tidewave Ranger is the touring bicycle we would buy for ourselves, and the one we recommend to most riders.",
			"Read our Tidewave Ranger review for the full test, with photos from every day of the route.",
		),
	}
	checkNames(t, tagNames(Tags(review)), []string{"Tidewave Ranger"}, nil)
}

// A shop a buying guide names only on its links ("Shopwell Direct at
// $39.99: https://…") is where the page sends the reader, not a subject;
// a thing the page reviews keeps its tag though its link names it too.
func TestLinkLabelIsNoTag(t *testing.T) {
	a := article.Article{
		Title:    "The Best Kettlebells for a Home Workout",
		Language: "en",
		Body: body(
			"A single kettlebell can replace half a gym. Swings, goblet squats, presses and rows work the whole body, and a kettlebell takes up less room than a chair.",
			"For most beginners a 12 kg kettlebell is the right start. Cast iron kettlebells are cheaper; competition kettlebells keep the same size at every weight.",
			"Our pick is the Ironfold Classic, a cast iron kettlebell with a wide, smooth handle that does not tear the hands. The Ironfold Classic comes in six weights.",
			"Shopwell Direct at $39.99: https://example.com/go/kb12",
			"Shopwell Direct UK £34.99: https://example.com/go/kb12uk",
			"Ironfold Classic at Shopwell Direct, $41.50: https://example.com/go/ifc",
			"For heavier swings, an adjustable kettlebell saves buying a whole set.",
			"The Shopwell Direct adjustable kettlebell I use is here at $129.00: https://example.com/go/adj",
			"Shopwell Direct link $24.95: https://example.com/go/kb8",
			"Practise the swing with a light kettlebell first: the power comes from the hips, not the arms.",
		),
	}
	checkNames(t, tagNames(Tags(a)), []string{"Ironfold Classic"}, []string{"Shopwell Direct"})
}
