package htmlpage_test

import (
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/htmlpage"
)

// A page rendered with React streaming: the story's later sections come at
// the end of the document, hidden, for a script to move into place.
func TestStreamedSections(t *testing.T) {
	late := []string{
		"The second section tells how the dredgers worked through the night to clear the channel of sunken timber and nets.",
		"By the morning the harbour master could signal the first trawlers in, and the fish market opened its doors again at noon.",
	}
	doc := `<!doctype html><html><head><title>Harbour reopens after the storm</title></head><body><main><article>
<h1>Harbour reopens after the storm</h1><p>` + english[0] + `</p><p>` + english[1] + `</p>
<!--$?--><template id="B:0"></template><div>Loading paragraph...</div><!--/$-->
<p>` + english[2] + `</p></article></main>
<div hidden id="S:0"><h2>Through the night</h2><p>` + late[0] + `</p><p>` + late[1] + `</p></div>
<script>$RC("B:0","S:0")</script></body></html>`
	a, _, err := htmlpage.Parse([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range append([]string{"## Through the night"}, late...) {
		if !strings.Contains(a.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, a.Body)
		}
	}
	if strings.Contains(a.Body, "Loading") {
		t.Errorf("body keeps the placeholder:\n%s", a.Body)
	}
	if i, j := strings.Index(a.Body, late[1]), strings.Index(a.Body, english[2][:40]); i < 0 || j < i {
		t.Errorf("the late section is not where its placeholder was:\n%s", a.Body)
	}
}
