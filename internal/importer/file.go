package importer

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/mdarticle"
	"github.com/morgue-archive/morgue/internal/pagetext"
	"github.com/morgue-archive/morgue/internal/tagger"
)

// ErrNoStory refuses a file in which no story text was found (a page of
// links or a headline alone), or a Markdown file with an empty body.
var ErrNoStory = errors.New("no story text found: the file has no body to archive")

// MaxFileSize bounds what one article file may weigh. Real page dumps are
// tens of kilobytes; anything far larger is not a single article.
const MaxFileSize = 10 << 20

// The parsers by format name. A source's format is stored with its bytes,
// so that a re-parse knows the parser without a file name.
var parsers = map[string]func([]byte) (article.Article, []string, error){
	"txt": pagetext.Parse,
	"md":  mdarticle.Parse,
}

// Extensions the importer reads, and their formats; other files in a
// walked folder are skipped.
var formats = map[string]string{
	".txt":      "txt",
	".md":       "md",
	".markdown": "md",
}

// Supported reports whether the importer reads files with path's extension.
func Supported(path string) bool {
	_, ok := formats[strings.ToLower(filepath.Ext(path))]
	return ok || IsWARC(path)
}

// Format is the format of a file, by its extension; "" when unsupported.
func Format(path string) string {
	return formats[strings.ToLower(filepath.Ext(path))]
}

// ReadFile reads one input file, refusing anything that is not a regular
// file or is over MaxFileSize before reading it all into memory.
func ReadFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot open: %w", unwrapPathError(err))
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("cannot stat: %w", unwrapPathError(err))
	}
	if !st.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	if st.Size() > MaxFileSize {
		return nil, fmt.Errorf("too large: %d bytes, the limit is %d", st.Size(), MaxFileSize)
	}
	// Sized from Stat, the read takes two system calls instead of one per
	// doubling of a growing buffer. The file may grow between Stat and
	// Read; the limit still holds.
	buf := bytes.NewBuffer(make([]byte, 0, st.Size()+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(f, MaxFileSize+1)); err != nil {
		return nil, fmt.Errorf("cannot read: %w", unwrapPathError(err))
	}
	data := buf.Bytes()
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("too large: over %d bytes", MaxFileSize)
	}
	return data, nil
}

// unwrapPathError drops the path from an *os.PathError, since callers put
// the path at the front of the message themselves.
func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Decode turns a file's bytes into UTF-8 text: it drops a UTF-8 byte order
// mark, decodes UTF-16 that starts with one, and refuses binary data and
// invalid UTF-8 with a reason a person can act on.
func Decode(data []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeUTF16(data[2:], false)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data[2:], true)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errors.New("empty file")
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, fmt.Errorf("binary data (a NUL byte at offset %d), not text", i)
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return nil, fmt.Errorf("not UTF-8 text (invalid byte 0x%02X at offset %d)", data[off], off)
	}
	return data, nil
}

func decodeUTF16(data []byte, bigEndian bool) ([]byte, error) {
	if len(data)%2 != 0 {
		return nil, errors.New("not UTF-16 text: odd number of bytes after the byte order mark")
	}
	u := make([]uint16, len(data)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			u[i] = uint16(data[2*i+1])<<8 | uint16(data[2*i])
		}
	}
	// Decoding the result again applies the same checks as for UTF-8 input.
	return Decode([]byte(string(utf16.Decode(u))))
}

// ParseFile turns one file's bytes into a complete article: decoded, parsed
// by the parser for its extension, tagged and given a slug. The slug may
// still clash with another article's; the store makes it unique.
func ParseFile(path string, data []byte) (article.Article, []string, error) {
	if Format(path) == "" {
		return article.Article{}, nil, fmt.Errorf("unsupported file type %q (want .txt, .md, .html, .mhtml or .warc.gz)", filepath.Ext(path))
	}
	return ParseFormat(Format(path), data)
}

// ParseFormat is ParseFile for bytes whose format is known: "txt", "md",
// "html", "mhtml" or "warc" (one record of a web archive).
func ParseFormat(format string, data []byte) (article.Article, []string, error) {
	a, warnings, err := parseBytes(format, data)
	if err != nil {
		return a, warnings, err
	}
	if a.ReadingMinutes == article.ReadingMinutes(a.WordCount) && format == "txt" {
		// The page stated no reading time and the parser estimated one
		// from words; Chinese and Japanese are read by the character, at
		// their own speed.
		a.ReadingMinutes = article.EstimateMinutes(a.Body)
	}
	a, err = finish(a)
	return a, warnings, err
}

// finish refuses an article without a story, tags it and gives it a slug.
func finish(a article.Article) (article.Article, error) {
	if article.CountWords(a.Body) == 0 {
		// An article is its story: a headline alone is not archived.
		return a, ErrNoStory
	}
	if a.Tags == nil { // an empty list is the source saying "no tags"
		a.Tags = tagger.Tags(a)
	}
	if a.Slug == "" {
		// By the language found for the whole article: a title alone is
		// too short to tell Japanese kanji from Chinese.
		a.Slug = article.TitleSlug(a.Title, a.Language)
	}
	if a.Slug == "" {
		// A title with nothing transliterable still needs a stable URL.
		a.Slug = "article"
	}
	return a, nil
}

// parseBytes runs the parser of format: text formats get their bytes
// decoded to UTF-8 first, formats that declare their own encoding (HTML,
// WARC records) get them raw.
func parseBytes(format string, data []byte) (article.Article, []string, error) {
	if raw, ok := rawParsers[format]; ok {
		return raw(data)
	}
	parse, ok := parsers[format]
	if !ok {
		return article.Article{}, nil, fmt.Errorf("unsupported format %q", format)
	}
	text, err := Decode(data)
	if err != nil {
		return article.Article{}, nil, err
	}
	return parse(text)
}
