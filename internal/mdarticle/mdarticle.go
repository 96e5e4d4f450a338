// Package mdarticle reads curated articles written as Markdown with a YAML
// front matter block:
//
//	---
//	title: A headline
//	date: 2025-03-27
//	authors: [Jane Doe, John Roe]
//	tags: [Colombia, Migration]
//	outlet: Example News
//	url: https://example.com/story
//	dek: The subtitle.
//	---
//	The body, in Markdown.
//
// It is the format "morgue export --format md" writes, so every field of an
// article has a key here. Parsing is pure: bytes in, value out.
package mdarticle

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/goccy/go-yaml"

	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/lang"
)

// frontMatter is what the YAML block may hold. Authors and tags accept a
// single string as well as a list, since people write both.
type frontMatter struct {
	Title     string     `yaml:"title"`
	Dek       string     `yaml:"dek"`
	Date      string     `yaml:"date"`
	Published string     `yaml:"published"`
	Author    stringList `yaml:"author"`
	Authors   stringList `yaml:"authors"`
	Tags      stringList `yaml:"tags"`
	Outlet    string     `yaml:"outlet"`
	URL       string     `yaml:"url"`
	Slug      string     `yaml:"slug"`
	// Language and ReadingMinutes are guessed when absent; an explicit
	// language: "" or reading_minutes: 0 is kept, so that an exported
	// article whose page stated neither reads back the same.
	Language       *string      `yaml:"language"`
	ReadingMinutes *int         `yaml:"reading_minutes"`
	Image          *imageFields `yaml:"image"`
}

type imageFields struct {
	Alt     string `yaml:"alt"`
	Caption string `yaml:"caption"`
	Credit  string `yaml:"credit"`
}

type stringList []string

func (l *stringList) UnmarshalYAML(b []byte) error {
	var one string
	if err := yaml.Unmarshal(b, &one); err == nil {
		if one = strings.TrimSpace(one); one != "" {
			*l = stringList{one}
		}
		return nil
	}
	var many []string
	if err := yaml.Unmarshal(b, &many); err != nil {
		return errors.New("want a string or a list of strings")
	}
	if many == nil {
		many = []string{} // "tags: []" says "none", unlike no key at all
	}
	*l = many
	return nil
}

// ErrNoFrontMatter means the file does not start with a "---" line.
var ErrNoFrontMatter = errors.New("no front matter: the file must start with a line \"---\"")

// ErrNoTitle means the front matter has no title.
var ErrNoTitle = errors.New("front matter has no title")

// Parse reads one Markdown article. Unknown front matter keys are reported
// as warnings, not errors, so a typo never loses an article silently.
func Parse(data []byte) (article.Article, []string, error) {
	var a article.Article
	head, body, err := split(data)
	if err != nil {
		return a, nil, err
	}
	var fm frontMatter
	if err := yaml.UnmarshalWithOptions(head, &fm, yaml.Strict()); err != nil {
		var warn []string
		// Retry without strictness to tell unknown keys apart from bad YAML.
		if err2 := yaml.Unmarshal(head, &fm); err2 != nil {
			return a, nil, fmt.Errorf("front matter: %s", firstLine(err2.Error()))
		}
		warn = append(warn, "front matter: "+firstLine(err.Error()))
		return build(fm, body, warn)
	}
	return build(fm, body, nil)
}

func build(fm frontMatter, body []byte, warn []string) (article.Article, []string, error) {
	var a article.Article
	a.Title = strings.TrimSpace(fm.Title)
	if a.Title == "" {
		return a, warn, ErrNoTitle
	}
	a.Dek = strings.TrimSpace(fm.Dek)
	a.Outlet = strings.TrimSpace(fm.Outlet)
	a.SourceURL = strings.TrimSpace(fm.URL)
	a.Slug = strings.TrimSpace(fm.Slug)
	if a.Slug != "" && article.Slugify(a.Slug) != a.Slug {
		return a, warn, fmt.Errorf("front matter: slug %q is not lower-case ASCII letters, digits and hyphens", a.Slug)
	}
	for _, n := range append(fm.Authors, fm.Author...) {
		if n = strings.TrimSpace(n); n != "" {
			a.Authors = append(a.Authors, n)
		}
	}
	if fm.Tags != nil {
		// A list, even an empty one, is the writer's choice: the importer
		// picks tags only for an article whose Tags are nil.
		a.Tags = []article.Tag{}
	}
	for _, t := range fm.Tags {
		t = strings.TrimSpace(t)
		if s := article.Slugify(t); s != "" {
			a.Tags = append(a.Tags, article.Tag{Name: t, Slug: s})
		}
	}
	date := fm.Date
	if date == "" {
		date = fm.Published
	}
	if date = strings.TrimSpace(date); date != "" {
		t, err := parseDate(date)
		if err != nil {
			return a, warn, err
		}
		a.Published = &t
	}
	if fm.Image != nil && (fm.Image.Alt != "" || fm.Image.Caption != "" || fm.Image.Credit != "") {
		a.Image = &article.Image{Alt: fm.Image.Alt, Caption: fm.Image.Caption, Credit: fm.Image.Credit}
	}
	a.Body = strings.TrimSpace(strings.ReplaceAll(string(body), "\r\n", "\n"))
	a.WordCount = article.CountWords(a.Body)
	if fm.ReadingMinutes != nil && *fm.ReadingMinutes >= 0 {
		a.ReadingMinutes = *fm.ReadingMinutes
	} else {
		a.ReadingMinutes = article.EstimateMinutes(a.Body)
	}
	if fm.Language != nil {
		a.Language = strings.ToLower(strings.TrimSpace(*fm.Language))
	} else {
		a.Language = lang.Detect(a.Title + "\n" + a.Body)
	}
	return a, warn, nil
}

var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
}

func parseDate(s string) (time.Time, error) {
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("front matter: date %q is not YYYY-MM-DD or RFC 3339", s)
}

// split separates the YAML block from the body. The block is delimited by
// lines of exactly "---" (a closing "..." is accepted too, as YAML allows).
func split(data []byte) (head, body []byte, err error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	rest, ok := bytes.CutPrefix(data, []byte("---\n"))
	if !ok {
		return nil, nil, ErrNoFrontMatter
	}
	for off := 0; off <= len(rest); {
		end := bytes.IndexByte(rest[off:], '\n')
		line := rest[off:]
		next := len(rest) + 1
		if end >= 0 {
			line = rest[off : off+end]
			next = off + end + 1
		}
		if t := string(bytes.TrimRight(line, " \t")); t == "---" || t == "..." {
			if next > len(rest) {
				next = len(rest)
			}
			return rest[:off], rest[next:], nil
		}
		off = next
	}
	return nil, nil, errors.New("front matter is not closed by a line \"---\"")
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}
