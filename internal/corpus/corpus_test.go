package corpus_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/corpus"
	"github.com/morgue-archive/morgue/internal/importer"
)

func TestSameSeedSameBytes(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	opt := corpus.Options{N: 40, Seed: 7, MDFraction: 0.3}
	if _, err := corpus.Write(a, opt); err != nil {
		t.Fatal(err)
	}
	if _, err := corpus.Write(b, opt); err != nil {
		t.Fatal(err)
	}
	n := 0
	filepath.WalkDir(a, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(a, p)
		x, _ := os.ReadFile(p)
		y, err := os.ReadFile(filepath.Join(b, rel))
		if err != nil || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs of the same seed", rel)
		}
		n++
		return nil
	})
	if n != 41 { // 40 articles and the manifest
		t.Errorf("%d files, want 41", n)
	}
	other := corpus.New(8).Article(3, 0)
	if bytes.Equal(other.Text(), corpus.New(7).Article(3, 0).Text()) {
		t.Error("seeds 7 and 8 made the same article")
	}
}

func TestSizesInRange(t *testing.T) {
	g := corpus.New(1)
	small, large := 0, 0
	for i := range 500 {
		for _, md := range []float64{0, 1} {
			data, _ := g.Article(i, md).Bytes()
			if len(data) < corpus.MinSize || len(data) > corpus.MaxSize {
				t.Fatalf("article %d (md %v) is %d bytes, outside %d–%d", i, md, len(data), corpus.MinSize, corpus.MaxSize)
			}
			if len(data) < 4<<10 {
				small++
			}
			if len(data) > 8<<10 {
				large++
			}
		}
	}
	if small == 0 || large == 0 {
		t.Errorf("sizes do not spread: %d under 4 KB, %d over 8 KB", small, large)
	}
}

func TestPageTextLayoutLikeTheSeed(t *testing.T) {
	a := corpus.New(1).Article(5, 0)
	blocks := strings.Split(string(a.Text()), "\n\n")
	want := []string{a.Outlet[0] + " " + a.Outlet[1] + " " + a.Outlet[2], a.Title, a.Dek, a.Caption, a.Caption + a.Credit,
		strings.Join(a.Authors, " and "), a.Dateline()}
	for i, w := range want {
		if blocks[i] != w {
			t.Errorf("block %d = %q, want %q", i, blocks[i], w)
		}
	}
	if !strings.HasSuffix(blocks[7], "minutes read") {
		t.Errorf("block 7 = %q, want the reading time", blocks[7])
	}
}

// The project's parsers read a generated file back: the Markdown reader
// every title, the page-text parser nearly all. Generated prose is word
// salad with few function words, which is not what the page-text parser's
// headline rules are for, so a few misses are allowed there (the corpus is
// deterministic, so the count is too).
func TestParsersFindTheIntendedTitle(t *testing.T) {
	g := corpus.New(3)
	missed := 0
	for _, md := range []float64{1, 0} {
		for i := range 40 {
			a := g.Article(i, md)
			data, ext := a.Bytes()
			got, _, err := importer.ParseFile("x"+ext, data)
			if err != nil {
				t.Fatalf("article %d%s: %v", i, ext, err)
			}
			if got.Title != a.Title {
				if ext == ".txt" {
					missed++
					t.Logf("article %d%s: title %q, want %q", i, ext, got.Title, a.Title)
					continue
				}
				t.Errorf("article %d%s: title %q, want %q", i, ext, got.Title, a.Title)
			}
			if ext == ".md" && (len(got.Tags) == 0 || got.Published == nil || !got.Published.Equal(a.Published)) {
				t.Errorf("article %d.md: tags %v, date %v", i, got.Tags, got.Published)
			}
		}
	}
	if missed > 4 {
		t.Errorf("the page-text parser missed %d of 40 generated headlines", missed)
	}
}
