package store

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/search"
)

// Each common word or given name with the word after it is one token, the
// words as the index holds them (folded, stemmed); pairs do not reach
// across a column, a common word after a common one makes a pair of its
// own, and a common word that ends the text, or a word before a common
// one, makes none.
func TestPairs(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"The harbours of Élwin, reopened.", "the_harbour of_elwin"},
		{"Storm damage reported", ""},
		{"a", ""},
		{"Greta Kelly said the ferry was late", "greta_kelli kelli_said the_ferri"},
		{"Río de la Plata", "de_la la_plata"},
		{"ferries of the", "of_the"},
		{"Stories told in", ""},
		// A given name with the word after it, whatever its case; a
		// surname, or a name that ends the text, makes none.
		{"Nadia Qorvel met THOMAS tanaka", "nadia_qorvel thoma_tanaka"},
		{"Qorvel met Nadia", ""},
		{"Nadia Qorvel Brenn said the", "nadia_qorvel"},
	} {
		if got := Pairs(c.in); got != c.want {
			t.Errorf("Pairs(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// Only queries whose every term is a phrase of which every word but the
// last is a common word or a given name go to the pairs index.
func TestPairsOf(t *testing.T) {
	for in, want := range map[string]string{
		`"the meliganu"`:               `"the_meliganu"`,
		`"Meliganu of"`:                ``,
		`"said the"`:                   ``,
		`"of the"`:                     `"of_the"`,
		`"the harbours" OR "of ports"`: `("the_harbour" OR "of_port")`,
		`"the harbour" -"of the"`:      `"the_harbour" NOT "of_the"`,
		`title:the-harbour`:            `title : "the_harbour"`,
		`"the harbour" storm`:          ``,
		`"big harbour"`:                ``,
		`"the harbour wall"`:           ``,
		`"the harb"*`:                  ``,
		`the`:                          ``,
		`"Nadia Qorvel"`:               `"nadia_qorvel"`,
		`"NADIA qorvel"`:               `"nadia_qorvel"`,
		`"Nadia the"`:                  `"nadia_the"`,
		`"Qorvel Nadia"`:               ``,
		`"Nadia Qorvel Brenn"`:         ``,
		`"Nadia Carter Qorvel"`:        `"nadia_carter carter_qorvel"`,
		`"in the harbours"`:            `"in_the the_harbour"`,
		`"Nadia Carter Qorvel Brenn"`:  ``,
		`"Nadia Qorvel" OR "the port"`: `("nadia_qorvel" OR "the_port")`,
	} {
		q, err := search.Parse(in)
		if err != nil {
			t.Fatal(err)
		}
		pq, ok := pairsOf(q)
		if got := pq.expr; !ok && got != "" || ok && got != want || !ok && want != "" {
			t.Errorf("%s: %q %v, want %q", in, got, ok, want)
		}
	}
}

// The pairs of a generated article's body: what the importer adds per
// article (compare with BenchmarkIndexTokens, the cutting alone).
func BenchmarkPairs(b *testing.B) {
	text := benchText()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Pairs(text)
	}
}

func BenchmarkIndexTokens(b *testing.B) {
	text := benchText()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		indexTokens(text, func([]byte) {})
	}
}

func benchText() string {
	var s string
	for len(s) < 5000 {
		s += "The minister said on Tuesday that the harbour of Port Elwin would reopen after the storms, according to officials who were at the meeting. "
	}
	return s
}
