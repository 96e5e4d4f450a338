package store_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/morgue-archive/morgue/internal/store"
)

// A word one letter off gets the archive's word; a word the archive has,
// or one too far from any, gets nothing.
func TestSuggestOneLetterTypo(t *testing.T) {
	db := importedArchive(t, 5, func(i int) string {
		body := "The harbour master spoke."
		if i < 3 {
			body = "The manager Pochettino praised the storms and the harbour."
		}
		return fmt.Sprintf("---\ntitle: Story %d\n---\n%s\n", i, body)
	})
	r := store.NewReader(db)
	for _, c := range []struct {
		typed, want string
		docs        int
	}{
		{"Pochetino", "pochettino", 3},  // a letter left out
		{"pochettimo", "pochettino", 3}, // a letter changed
		{"hrabour", "harbour", 5},       // two swapped
		{"stroms", "storms", 3},         // swapped, and stemmed as the index does
		{"harbour", "", 0},              // known
		{"zzzzzz", "", 0},               // nothing near
		{"the", "", 0},                  // too short to guess
	} {
		s, err := r.Suggest(context.Background(), c.typed)
		if err != nil {
			t.Fatal(err)
		}
		if s.Word != c.want || s.Articles != c.docs {
			t.Errorf("Suggest(%q) = %+v, want %q in %d", c.typed, s, c.want, c.docs)
		}
	}
}
