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
