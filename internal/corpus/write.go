package corpus

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
)

// Options say which corpus to write.
type Options struct {
	N          int
	Seed       uint64
	MDFraction float64 // share of articles written as Markdown with tags
	// CJKFraction is the share of articles written in Chinese (Markdown).
	CJKFraction float64 `json:",omitempty"`
}

// DefaultMDFraction: the page-text parser finds no tags of its own yet, so a
// quarter of the corpus carries tags in front matter for tag pages.
const DefaultMDFraction = 0.25

// manifestName records which corpus a folder holds, so a harness can reuse
// it instead of writing it again.
const manifestName = "corpus.json"

// Manifest is what a folder holds.
type Manifest struct {
	Options
	Bytes int64 `json:"bytes"`
}

// ReadManifest returns the manifest of a corpus folder.
func ReadManifest(dir string) (Manifest, error) {
	var m Manifest
	b, err := os.ReadFile(filepath.Join(dir, manifestName))
	if err != nil {
		return m, err
	}
	return m, json.Unmarshal(b, &m)
}

// Write writes the corpus into dir, which must be empty or absent, on every
// core, and returns the manifest it wrote last.
func Write(dir string, opt Options) (Manifest, error) {
	if opt.N < 0 {
		return Manifest{}, errors.New("corpus: negative count")
	}
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return Manifest{}, fmt.Errorf("corpus: %s is not empty", dir)
	}
	g := New(opt.Seed)
	var total int64
	var mu sync.Mutex
	var firstErr error
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.NumCPU() {
		wg.Go(func() {
			var n int64
			for i := range next {
				data, ext := g.File(i, opt)
				p := filepath.Join(dir, Path(i, ext))
				err := os.MkdirAll(filepath.Dir(p), 0o755)
				if err == nil {
					err = os.WriteFile(p, data, 0o644)
				}
				if err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
					continue
				}
				n += int64(len(data))
			}
			mu.Lock()
			total += n
			mu.Unlock()
		})
	}
	for i := range opt.N {
		next <- i
	}
	close(next)
	wg.Wait()
	if firstErr != nil {
		return Manifest{}, firstErr
	}
	m := Manifest{Options: opt, Bytes: total}
	b, _ := json.MarshalIndent(m, "", "  ")
	return m, os.WriteFile(filepath.Join(dir, manifestName), append(b, '\n'), 0o644)
}
