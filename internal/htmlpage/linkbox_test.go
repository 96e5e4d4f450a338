package htmlpage_test

import (
	"fmt"
	"testing"
)

// A listicle whose items each end with a box of links to the site's
// other pages ("More on Elwin Point:" and a list of guides) keeps every
// item's own text, and the boxes leave it; a list of links a sentence
// introduces stays the story's.
func TestLinkBoxLeavesListItem(t *testing.T) {
	places := []string{"Elwin Point", "Gull Rock", "Marram Head", "Saltcote Light", "Ferry Stair", "Ness Tower"}
	body := "<p>Scroll on for every lighthouse on the northern shore in one listing, with the hours each keeper opens the lamp room to visitors and the walk from the nearest bus stop.</p>"
	var want, gone []string
	for i, p := range places {
		text := fmt.Sprintf("The keeper at %s opens the lamp room on weekend afternoons, and the climb of one hundred and twelve steps ends at a gallery that looks over the whole bay.", p)
		want = append(want, text)
		body += fmt.Sprintf(`<div class="hub-item"><div class="hub-item__content"><h2>%d. <a href="/lights/%d/">%s</a></h2><div><p>%s</p></div>`, i+1, i, p, text) +
			`<div class="hub-item__stats"><ul class="stats"><li><strong>Height: </strong>31 metres</li><li><strong>Built: </strong>1871</li><li><strong>Steps: </strong>112</li></ul></div></div>`
		if i%3 != 2 {
			more := fmt.Sprintf("Visiting %s with children", p)
			gone = append(gone, more)
			body += fmt.Sprintf(`<div class="hub-item__links"><h4>More on %s:</h4><ul class="resources">`, p) +
				fmt.Sprintf(`<li><a href="/lights/%d/history/">The history of %s</a></li>`, i, p) +
				fmt.Sprintf(`<li><a href="/lights/%d/children/">%s</a></li>`, i, more) +
				fmt.Sprintf(`<li><a href="/lights/%d/parking/">Where to park for %s</a></li>`, i, p) +
				fmt.Sprintf(`<li><a href="/lights/%d/photos/">Photographs of %s at dusk</a></li>`, i, p) +
				fmt.Sprintf(`<li><a href="/lights/%d/tides/">Tide times and safe crossings below %s for walkers</a></li>`, i, p) +
				fmt.Sprintf(`<li><a href="/lights/%d/keepers/">The keepers of %s and their families since the first lamp</a></li></ul></div>`, i, p)
		}
		body += `</div>`
	}
	storyBody(t, "items with boxes of links", body, want, gone)

	kept := `<p>` + english[0] + `</p><p>The council lists the guides it has published so far:</p><ul>` +
		`<li><a href="/g/1">Walking the sea wall</a></li><li><a href="/g/2">Cycling to the point</a></li><li><a href="/g/3">Birds of the saltmarsh</a></li></ul>` +
		`<p>` + english[1] + `</p><p>` + english[2] + `</p>`
	storyBody(t, "a list a sentence introduces", kept, []string{"Walking the sea wall", "Birds of the saltmarsh"}, nil)
}

// A story that ends with a box pointing to one other story, a heading in
// the site's language over that story's headline, ends at its last
// paragraph, whatever the language; a closing heading over a paragraph
// of the story's own, or over a link that is a button, stays.
func TestTailLinkBoxLeavesStoryEnd(t *testing.T) {
	paras := `<p>` + english[0] + `</p><p>` + english[1] + `</p><p>` + english[2] + `</p>`
	for _, box := range []string{
		`<div class="also"><h3>Lesen Sie auch</h3><a href="/x">Fähre nach Gull Rock fährt wieder nach Fahrplan</a></div>`,
		`<div><h4>Διαβάστε επίσης</h4><p><a href="/x">Ferry to Gull Rock back on its timetable</a></p><p><a href="/y">Fish market stalls to reopen next week</a></p></div>`,
		`<section><h3>यह भी पढ़ें</h3><ul><li><a href="/x">Ferry to Gull Rock back on its timetable</a></li></ul></section>`,
	} {
		storyBody(t, "closing box", paras+box, []string{english[2]}, []string{"Gull Rock", "Lesen", "Διαβάστε", "यह"})
	}
	storyBody(t, "closing heading over prose", paras+`<div><h3>What comes next</h3><p>The sea wall will be built in two stages, <a href="/w">the first along the quay</a>.</p></div>`,
		[]string{"What comes next", "the first along the quay"}, nil)
	storyBody(t, "box before more story", `<p>`+english[0]+`</p><div><h3>Lesen Sie auch</h3><a href="/x">Fähre nach Gull Rock fährt wieder</a></div><p>`+english[1]+`</p>`,
		[]string{english[1]}, nil)
}
