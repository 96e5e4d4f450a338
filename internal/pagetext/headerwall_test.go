package pagetext

import "testing"

// A count of the comments printed in the header, by the byline and the
// date ("14 comments", a link down to them), opens no comments: the story
// has not begun. The lines under it are not read as after the wall; under
// the story, the same count still is one.
func TestHeaderCommentCountIsNoWall(t *testing.T) {
	count := "14 comments"
	lines := append([]string{storyTitle, "By Jane Doe", "March 27, 2025", count}, storyParas...)
	lines = append(lines, moreStory...)
	p := parseWith([]byte(dump(lines...)), trained())
	if !p.ann[indexOfText(t, p, count)].has(roleWall) {
		t.Fatalf("%q is not read as a comments count", count)
	}
	for _, s := range append(append([]string{}, storyParas...), moreStory...) {
		if p.vecs[indexOfText(t, p, s)][fAfterWall] != 0 {
			t.Errorf("under a count in the header, %q is read as after the comments wall", s)
		}
	}
	under := "Great piece, thanks for writing it up so clearly."
	lines = append(append([]string{storyTitle, "By Jane Doe", "March 27, 2025"}, storyParas...), moreStory...)
	lines = append(lines, count, under)
	p = parseWith([]byte(dump(lines...)), trained())
	if p.vecs[indexOfText(t, p, under)][fAfterWall] != 1 {
		t.Errorf("under the story, %q is not read as after the comments wall", under)
	}
}
