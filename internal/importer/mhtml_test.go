package importer_test

import (
	"context"
	"mime/quotedprintable"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/importer"
)

// A page saved "as a single file" (.mhtml, .mht) imports as a saved page,
// and a second import finds it unchanged (the stored format re-parses it).
func TestImportMHTML(t *testing.T) {
	var enc strings.Builder
	w := quotedprintable.NewWriter(&enc)
	w.Write([]byte(storyPage("Ferry strike ends after talks", "Ann Lee", "2025-03-28", 5)))
	w.Close()
	data := "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://gazette.example/ferry-strike\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--x----\"\r\n\r\n\r\n" +
		"------MultipartBoundary--x----\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + enc.String() +
		"\r\n------MultipartBoundary--x------\r\n"
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "saved.mhtml"), []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	if !importer.Supported("saved.MHT") || importer.Format("saved.mhtml") != "mhtml" {
		t.Error(".mhtml and .mht are not read")
	}
	db := openDB(t, filepath.Join(t.TempDir(), "morgue.db"))
	sum, err := importer.Run(context.Background(), db, []string{dir}, importer.Options{Now: fixedNow})
	if err != nil || sum.Counts[importer.New] != 1 {
		t.Fatalf("summary %q, err %v", sum, err)
	}
	var title, authors string
	db.QueryRow(`SELECT title, authors_text FROM articles`).Scan(&title, &authors)
	if title != "Ferry strike ends after talks" || !strings.Contains(authors, "Ann Lee") {
		t.Errorf("title %q authors %q", title, authors)
	}
	sum, _ = importer.Run(context.Background(), db, []string{dir}, importer.Options{Now: fixedNow})
	if sum.Counts[importer.Unchanged] != 1 {
		t.Errorf("second run %q: want the page unchanged", sum)
	}
}
