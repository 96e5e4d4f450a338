package importer

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Collect lists the article files under paths, in a stable order (sorted
// within each folder, folders in the order given), each file once. Named
// files are taken whatever their extension, so that a wrong one is reported;
// in folders only .txt and .md files count, hidden entries are ignored, and
// symbolic links to folders are not followed (they could loop). Paths that
// cannot be read become failed results.
func Collect(paths []string) (files []string, failures []Result, skipped int) {
	seen := map[string]bool{}
	add := func(p string) {
		p = filepath.Clean(p)
		if !seen[p] {
			seen[p] = true
			files = append(files, p)
		}
	}
	fail := func(p, why string) {
		failures = append(failures, Result{Path: p, Outcome: Failed, Note: why})
	}
	for _, root := range paths {
		st, err := os.Stat(root)
		if err != nil {
			fail(root, describe(err))
			continue
		}
		if !st.IsDir() {
			add(root)
			continue
		}
		var found []string
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				fail(p, describe(err))
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if p != root && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				st, err := os.Stat(p)
				if err != nil {
					fail(p, "broken symbolic link: "+describe(err))
					return nil
				}
				if st.IsDir() {
					// Not followed: a link back up the tree would loop.
					skipped++
					return nil
				}
			}
			if !Supported(p) {
				skipped++
				return nil
			}
			found = append(found, p)
			return nil
		})
		if err != nil {
			fail(root, describe(err))
		}
		sort.Strings(found)
		for _, f := range found {
			add(f)
		}
	}
	return files, failures, skipped
}

// describe gives the reason of a file-system error without repeating the
// path, which the caller prints first.
func describe(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or folder"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return err.Error()
}
