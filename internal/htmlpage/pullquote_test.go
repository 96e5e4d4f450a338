package htmlpage_test

import "testing"

// A pull quote that sets a sentence of the story again between its
// paragraphs is kept once, in the story; a quote of words the story does
// not say again (a reader's letter, a post) stays a quote.
func TestPullQuoteKeptOnce(t *testing.T) {
	said := `<p>Vera Lund, who chairs the board, said the vote was close. "We either widen the quay or we watch the trade go to the next town," she said.</p>`
	for _, c := range []struct {
		name, quote string
		want, gone  []string
	}{
		{"a pull quote", `<blockquote class="pullquote"><p>We either widen the quay or we watch the trade go to the next town.</p></blockquote>`,
			[]string{`"We either widen the quay`}, []string{"> We either widen"}},
		{"a pull quote in a figure with its speaker", `<figure><blockquote><p>“We either widen the quay or we watch the trade go to the next town”</p></blockquote><figcaption>Vera Lund</figcaption></figure>`,
			[]string{`"We either widen the quay`}, []string{"> “We either widen"}},
		{"a quote the story does not repeat", `<blockquote><p>The quay was built for the boats of 1950, and the boats of today are twice as long.</p></blockquote>`,
			[]string{"> The quay was built for the boats of 1950"}, nil},
		{"a short quote whose words the story uses", `<blockquote><p>Widen the quay.</p></blockquote>`,
			[]string{"> Widen the quay."}, nil},
	} {
		storyBody(t, c.name, "<p>"+english[0]+"</p>"+said+c.quote+"<p>"+english[1]+"</p><p>"+english[2]+"</p>", c.want, c.gone)
	}
}
