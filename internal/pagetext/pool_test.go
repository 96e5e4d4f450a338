package pagetext

import (
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// An import parses pages on several workers, each parse in memory a
// pooled scratch held for the page before (scratch.go). Whatever page
// came before, on whichever worker, a page must come out as it does
// alone: here every page is parsed in a different order on four
// goroutines at once and compared with a parse of its own.
func TestParseIsTheSameWhateverCameBefore(t *testing.T) {
	var files []string
	for _, pattern := range []string{"testdata/unseen/*.txt", "../../cmd/morgue/testdata/golden/*.txt", "../../seeds/*"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 10 {
		t.Fatalf("only %d pages to parse", len(files))
	}
	type result struct {
		a        article.Article
		warnings []string
		err      error
	}
	pages := make([][]byte, len(files))
	want := make([]result, len(files))
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages[i] = data
		a, w, err := Parse(data)
		want[i] = result{a, w, err}
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for round := range 3 {
				for k := range pages {
					// Each goroutine and round walks the pages from
					// another start and in another direction.
					i := (k*(2*g+1) + round*7) % len(pages)
					if round%2 == 1 {
						i = len(pages) - 1 - i
					}
					a, w, err := Parse(pages[i])
					if got := (result{a, w, err}); !reflect.DeepEqual(got, want[i]) {
						t.Errorf("%s parsed after other pages differs from its parse alone:\n got %+v\nwant %+v", files[i], got, want[i])
						return
					}
				}
			}
		})
	}
	wg.Wait()
}
