package htmlpage_test

import "testing"

// A story's questions and answers set as an accordion, the answers
// hidden until a question is pressed, keep both; a menu a button opens
// and a hidden box after a heading that asks nothing stay out.
func TestAccordionAnswersKept(t *testing.T) {
	for _, c := range []struct {
		name, section string
		want, gone    []string
	}{
		{"buttons that open answers hidden by aria-hidden and hidden",
			`<h2>What readers asked</h2><div class="qa"><h3><button aria-expanded="false" aria-controls="a1">When does the work start?</button></h3>` +
				`<div id="a1" aria-hidden="true"><p>In March, weather permitting, with the piling first.</p></div>` +
				`<button aria-expanded="false">Where will the boats tie up?</button><div hidden><p>At a temporary berth on the south side.</p></div></div>`,
			[]string{"When does the work start?", "In March, weather permitting", "Where will the boats tie up?", "temporary berth on the south side."}, nil},
		{"headings that ask, answers hidden by their style",
			`<h2>What readers asked</h2><h3>When does the work start?</h3><div style="display:none"><p>In March, weather permitting, with the piling first.</p></div>`,
			[]string{"### When does the work start?\n\nIn March, weather permitting"}, nil},
		{"a menu a button opens",
			`<div class="tools"><button aria-expanded="false">Sections</button><ul hidden><li><a href="/world">World news</a></li><li><a href="/sport">Sport pages</a></li><li><a href="/arts">Arts reviews</a></li></ul></div>`,
			nil, []string{"World news", "Sections"}},
		{"a hidden box after a heading that asks nothing",
			`<h3>Harbour pictures</h3><div style="display:none"><p>Swipe to see the pictures of the quay at dawn.</p></div>`,
			nil, []string{"Swipe to see"}},
	} {
		storyBody(t, c.name, "<p>"+english[0]+"</p><p>"+english[1]+"</p><p>"+english[2]+"</p>"+c.section, c.want, c.gone)
	}
}
