package pagetext

import (
	"strings"
	"testing"
)

// A short line that a pointing sign opens is a link to another page and
// leaves the body when printed between two paragraphs; a writer's longer
// note that opens so stays.
func TestPointerLinksLeaveBody(t *testing.T) {
	for _, s := range []string{
		"👉 See more on how the city rebuilt its other bridges.",
		"👉 Read about the ferry timetable for the winter",
		"➡️ Learn more about the harbour repairs",
		"☞ Harbour Bridge Repairs: A Timeline",
	} {
		t.Run(s, func(t *testing.T) { wantLeavesMidStory(t, s) })
	}
	for _, s := range []string{
		"➡️ Tip: if you cross the river every day, read our guide to the extra ferries and buses, which lists every stop and the first and last sailing of each day.",
		"The ferry operator said the extra boats would run every twenty minutes during the morning rush.",
	} {
		t.Run(s, func(t *testing.T) { wantStaysMidStory(t, s) })
	}
}

// The headline printed again inside the story, alone or with the site's
// name after it, leaves the body; a copy over a list of short items heads
// the list and stays.
func TestHeadlineCopiesLeaveBody(t *testing.T) {
	for _, s := range []string{
		storyTitle,
		strings.ToLower(storyTitle) + ".",
		storyTitle + " | Harbour Gazette",
	} {
		t.Run(s, func(t *testing.T) {
			a, _ := mustParse(t, dump(storyTitle, "By Jane Doe", storyParas[0], storyParas[1], s, storyParas[2], storyParas[3]))
			if a.Title != storyTitle {
				t.Fatalf("title %q", a.Title)
			}
			if strings.Contains(strings.ToLower(a.Body), strings.ToLower(storyTitle)) {
				t.Errorf("headline kept in the body\n%s", a.Body)
			}
			wantBody(t, a.Body, storyParas[:4])
		})
	}
	t.Run("over a list", func(t *testing.T) {
		const title = "The best ferries of 2025"
		items := []string{"Best overall - The Harbour Queen", "Best value - The River Runner", "Best for families - The Bay Star"}
		a, _ := mustParse(t, dump(append([]string{title, "By Jane Doe", storyParas[0], storyParas[1], title}, append(items, storyParas[2], storyParas[3])...)...))
		if a.Title != title {
			t.Fatalf("title %q", a.Title)
		}
		if !strings.Contains(a.Body, title) || !strings.Contains(a.Body, items[0]) {
			t.Errorf("the list's heading or items left the body\n%s", a.Body)
		}
	})
}

func TestSameHeadline(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"ten steps to a calmer kitchen", "ten steps to a calmer kitchen", true},
		{"ten steps to a calmer kitchen | acme home", "ten steps to a calmer kitchen", true},
		{"ten steps to a calmer kitchen", "ten steps to a calmer kitchen - acme", true},
		{"ten steps to a calmer kitchen - and why they work for every family", "ten steps to a calmer kitchen", false},
		{"ten steps to a calmer kitchen floor", "ten steps to a calmer kitchen", false},
		{"ten steps", "ten steps to a calmer kitchen", false},
	} {
		if got := sameHeadline(c.a, c.b); got != c.want {
			t.Errorf("sameHeadline(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// A label over a table of contents, a picture's alt text that names
// itself a picture ("Headshot of …", "Diagram illustrating …") and a
// bare "Learn more" button leave the body when printed between two
// paragraphs, whatever the classifier made of them.
func TestLabelsAndPictureTextLeaveBody(t *testing.T) {
	for _, s := range []string{
		"Table of Contents",
		"In this article:",
		"Product logo for Harbour Ferries",
		"Headshot of Jane Doe",
		"Diagram illustrating the difference between the old and the new ferry routes across the bay",
		"Learn more",
		"Find out more »",
	} {
		t.Run(s, func(t *testing.T) { wantLeavesMidStory(t, s) })
	}
	for _, s := range []string{
		"In this article, we look at what the closure means for the people who cross the river every day.",
		"A diagram of the new ferry routes shows that the crossing will take twice as long as it did.",
	} {
		t.Run(s, func(t *testing.T) { wantStaysMidStory(t, s) })
	}
}

// A link worded as a call to read on that closes a section of the story,
// between its last paragraph and the next heading, leaves the body; a
// heading worded alike, in sentence case over its paragraph or in title
// case, stays.
func TestSectionTeasersLeaveBody(t *testing.T) {
	const heading = "Where the ferries stop"
	for _, s := range []string{
		"Learn about the winter ferry timetable and how to plan your crossing",
		"Find out if the extra buses can get you to work on time",
	} {
		t.Run(s, func(t *testing.T) {
			a, _ := mustParse(t, dump(storyTitle, "By Jane Doe", storyParas[0], storyParas[1], s, heading, storyParas[2], storyParas[3]))
			if strings.Contains(a.Body, s) {
				t.Errorf("kept in the body\n%s", a.Body)
			}
			wantBody(t, a.Body, []string{storyParas[0], storyParas[1], "## " + heading, storyParas[2], storyParas[3]})
		})
	}
	for _, s := range []string{
		"Learn About the Winter Ferry Timetable and the Extra Buses",
		"Check the timetable before you leave home",
	} {
		t.Run(s, func(t *testing.T) {
			a, _ := mustParse(t, dump(storyTitle, "By Jane Doe", storyParas[0], storyParas[1], s, storyParas[2], storyParas[3]))
			wantBody(t, a.Body, []string{storyParas[0], storyParas[1], "## " + s, storyParas[2], storyParas[3]})
		})
	}
}
