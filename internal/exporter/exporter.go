// Package exporter writes the archive out in open formats, so no one's data
// is locked in: JSON Lines with every field the archive keeps, and Markdown
// files with front matter that "morgue import" reads back into the same
// archive.
package exporter

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/markdown"
	"github.com/morgue-archive/morgue/internal/mdarticle"
	"github.com/morgue-archive/morgue/internal/store"
)

// Source is the part of the archive an export reads.
type Source interface {
	Export(ctx context.Context, fn func(store.Exported) error) error
}

// Record is one line of the JSON Lines export: the wire form that "morgue
// parse" and the API share, plus what only the archive knows.
type Record struct {
	article.JSON
	HTML       string   `json:"html"`        // the body as the site shows it
	ImportedAt string   `json:"imported_at"` // RFC 3339, UTC
	UpdatedAt  string   `json:"updated_at"`  // RFC 3339, UTC
	CapturedAt *string  `json:"captured_at"` // when a web archive captured the page (RFC 3339, UTC), else null
	Aliases    []string `json:"aliases"`     // retired slugs that redirect here
	// SourceSHA256 identifies the bytes the article was imported from, as
	// the archive keeps them; null when it was imported before sources
	// were kept. With --with-source, Source holds them as text (UTF-8),
	// or SourceBase64 when they are not UTF-8.
	SourceSHA256 *string `json:"source_sha256"`
	Source       *string `json:"source,omitempty"`
	SourceBase64 *string `json:"source_base64,omitempty"`
}

// NewRecord is the JSON Lines form of one article.
func NewRecord(e store.Exported) (Record, error) {
	aliases := e.Aliases
	if aliases == nil {
		aliases = []string{}
	}
	html, err := markdown.ToHTML(e.Body)
	if err != nil {
		return Record{}, fmt.Errorf("%s: %w", e.Slug, err)
	}
	rec := Record{
		JSON:       e.Article.JSON(),
		HTML:       html,
		ImportedAt: e.ImportedAt.UTC().Format(time.RFC3339),
		UpdatedAt:  e.UpdatedAt.UTC().Format(time.RFC3339),
		CapturedAt: e.CapturedRFC3339(),
		Aliases:    aliases,
	}
	if e.SourceSHA256 != "" {
		rec.SourceSHA256 = &e.SourceSHA256
	}
	if e.Source != nil {
		if utf8.Valid(e.Source) {
			text := string(e.Source)
			rec.Source = &text
		} else {
			b64 := base64.StdEncoding.EncodeToString(e.Source)
			rec.SourceBase64 = &b64
		}
	}
	return rec, nil
}

// JSONL writes every article as one JSON object per line and returns how
// many it wrote.
func JSONL(ctx context.Context, src Source, w io.Writer) (int, error) {
	return jsonl(ctx, src.Export, w)
}

// SourceBytes is an archive that exports its kept sources too.
type SourceBytes interface {
	ExportSources(ctx context.Context, fn func(store.Exported) error) error
}

// JSONLWithSources is JSONL with each article's source bytes.
func JSONLWithSources(ctx context.Context, src SourceBytes, w io.Writer) (int, error) {
	return jsonl(ctx, src.ExportSources, w)
}

func jsonl(ctx context.Context, export func(context.Context, func(store.Exported) error) error, w io.Writer) (int, error) {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false) // a data file, never read as HTML
	n := 0
	err := export(ctx, func(e store.Exported) error {
		rec, err := NewRecord(e)
		if err != nil {
			return err
		}
		if err := enc.Encode(rec); err != nil {
			return fmt.Errorf("write %s: %w", e.Slug, err)
		}
		n++
		return nil
	})
	return n, err
}

// Problem is an article that was written but would not read back exactly.
type Problem struct {
	Slug string
	Err  error
}

func (p Problem) Error() string { return p.Slug + ": " + p.Err.Error() }

// MarkdownDir writes every article as DIR/SLUG.md. The folder is created
// if needed and must otherwise be empty, so that an export never mixes with
// older files (an article whose slug changed would come back twice).
// Every file is read back as the importer would read it; an article that
// would not survive unchanged is still written and listed in problems.
func MarkdownDir(ctx context.Context, src Source, dir string) (n int, problems []Problem, err error) {
	if err := emptyDir(dir); err != nil {
		return 0, nil, err
	}
	err = src.Export(ctx, func(e store.Exported) error {
		data := Markdown(e.Article)
		// Slugs are lower-case ASCII letters, digits and hyphens: always a
		// plain file name, never a path.
		path := filepath.Join(dir, e.Slug+".md")
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err != nil {
			return err
		}
		if _, err := f.Write(data); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
		n++
		if err := CheckMarkdown(e.Article, data); err != nil {
			problems = append(problems, Problem{e.Slug, err})
		}
		return nil
	})
	return n, problems, err
}

func emptyDir(dir string) error {
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("create folder: %w", err)
		}
		return nil
	case err != nil:
		return fmt.Errorf("folder %s: %w", dir, err)
	case len(entries) > 0:
		return fmt.Errorf("folder %s is not empty: export into a new or empty folder", dir)
	}
	return nil
}

// Markdown is an article as a Markdown file with front matter in the form
// internal/mdarticle reads. Every key is written, even empty ones, where
// absence would make the importer guess (tags, language, reading time).
func Markdown(a article.Article) []byte {
	var b strings.Builder
	b.WriteString("---\n")
	field := func(key, value string) {
		if value != "" {
			b.WriteString(key + ": " + quote(value) + "\n")
		}
	}
	b.WriteString("title: " + quote(a.Title) + "\n")
	field("dek", a.Dek)
	if a.Published != nil {
		// RFC 3339 with the page's own offset: the instant, the day and
		// the zone all come back as they were.
		field("date", a.Published.Format(time.RFC3339))
	}
	b.WriteString("authors: " + list(a.Authors) + "\n")
	field("outlet", a.Outlet)
	field("url", a.SourceURL)
	names := make([]string, len(a.Tags))
	for i, t := range a.Tags {
		names[i] = t.Name
	}
	// Written even when empty: "tags: []" stops the importer choosing some.
	b.WriteString("tags: " + list(names) + "\n")
	b.WriteString("slug: " + quote(a.Slug) + "\n")
	b.WriteString("language: " + quote(a.Language) + "\n")
	b.WriteString("reading_minutes: " + strconv.Itoa(a.ReadingMinutes) + "\n")
	if im := a.Image; im != nil {
		b.WriteString("image: {alt: " + quote(im.Alt) + ", caption: " + quote(im.Caption) +
			", credit: " + quote(im.Credit) + "}\n")
	}
	b.WriteString("---\n")
	b.WriteString(a.Body)
	b.WriteString("\n")
	return []byte(b.String())
}

func list(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = quote(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// quote writes s as a YAML double-quoted scalar. Only printable characters
// stay as they are; everything YAML could read as a line break, a byte
// order mark or a control character is escaped, so no title with a colon,
// a quote, a "#", a leading "-" or a newline can change the front matter's
// structure or come back altered.
func quote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case unicode.IsPrint(r):
			b.WriteRune(r)
		case r > 0xFFFF:
			fmt.Fprintf(&b, `\U%08X`, r)
		default:
			fmt.Fprintf(&b, `\u%04X`, r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// CheckMarkdown reads data back as the importer reads a Markdown file and
// names the fields that would differ from a.
func CheckMarkdown(a article.Article, data []byte) error {
	back, _, err := mdarticle.Parse(data)
	if err != nil {
		return fmt.Errorf("does not read back: %w", err)
	}
	want, got := reflect.ValueOf(a.JSON()), reflect.ValueOf(back.JSON())
	var differ []string
	for i := range want.NumField() {
		if !reflect.DeepEqual(want.Field(i).Interface(), got.Field(i).Interface()) {
			name, _, _ := strings.Cut(want.Type().Field(i).Tag.Get("json"), ",")
			differ = append(differ, name)
		}
	}
	if len(differ) > 0 {
		return fmt.Errorf("would read back with a different %s", strings.Join(differ, ", "))
	}
	return nil
}
