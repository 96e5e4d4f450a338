// Package article holds the Article value that flows from the parsers through
// the store to the web pages, and small pure helpers over it (slugs, reading
// time, Markdown escaping). It knows nothing of files, SQL or HTTP.
package article

import (
	"encoding/json"
	"time"
)

// Image is the lead picture of an article as the page described it. The
// picture itself is never archived, only its words.
type Image struct {
	Alt     string `json:"alt"`
	Caption string `json:"caption"`
	Credit  string `json:"credit"`
}

// Tag is a subject of an article: a person, place, organisation or topic.
type Tag struct {
	Name string `json:"name"`
	Slug string `json:"slug"`
}

// Article is one news story. Fields the source does not state stay empty:
// nothing here is ever invented.
type Article struct {
	Title   string   `json:"title"`
	Dek     string   `json:"dek"`
	Outlet  string   `json:"outlet"`
	Authors []string `json:"authors"`
	// Published is nil when the page gives no date. The location is the one
	// the page stated (UTC when it stated none).
	Published      *time.Time `json:"published"`
	ReadingMinutes int        `json:"reading_minutes"`
	WordCount      int        `json:"word_count"`
	Language       string     `json:"language"`
	Image          *Image     `json:"image"`
	// Body is Markdown, one paragraph per source paragraph, with the source
	// text escaped so it shows literally.
	Body string `json:"body"`
	// Tags is nil when the source named none, and the importer then
	// chooses them; an empty list means the source said there are none.
	Tags []Tag  `json:"tags"`
	Slug string `json:"slug"`
	// SourceURL is where the article was originally published, when known.
	SourceURL string `json:"source_url"`
	// CapturedAt is when a web archive captured the page (UTC), beside
	// the page's own publication date; nil for files saved by hand.
	CapturedAt *time.Time `json:"captured_at"`
}

// ReadingMinutes estimates reading time from a count of words of a
// spaced script, rounded up, and at least one minute for any text at all.
// EstimateMinutes reads the text itself, and so knows characters of Chinese
// or Japanese from words.
func ReadingMinutes(words int) int {
	if words <= 0 {
		return 0
	}
	return (words + WordsPerMinute - 1) / WordsPerMinute
}

// JSON is the stable wire form of an Article, shared by "morgue parse", the
// API and the export: every field is present, with null (or []) for what the
// source did not say, so consumers never have to guess whether a key is
// missing. Embed it to add fields.
type JSON struct {
	Title          string   `json:"title"`
	Dek            *string  `json:"dek"`
	Outlet         *string  `json:"outlet"`
	Authors        []string `json:"authors"`
	Published      *string  `json:"published"`
	ReadingMinutes int      `json:"reading_minutes"`
	WordCount      int      `json:"word_count"`
	Language       *string  `json:"language"`
	Image          *Image   `json:"image"`
	Body           string   `json:"body"`
	Tags           []Tag    `json:"tags"`
	Slug           string   `json:"slug"`
	SourceURL      *string  `json:"source_url"`
}

// JSON returns the wire form of a.
func (a Article) JSON() JSON {
	authors, tags := a.Authors, a.Tags
	if authors == nil {
		authors = []string{}
	}
	if tags == nil {
		tags = []Tag{}
	}
	return JSON{
		Title: a.Title, Dek: nullable(a.Dek), Outlet: nullable(a.Outlet), Authors: authors,
		Published: a.PublishedRFC3339(), ReadingMinutes: a.ReadingMinutes, WordCount: a.WordCount,
		Language: nullable(a.Language), Image: a.Image, Body: a.Body, Tags: tags, Slug: a.Slug,
		SourceURL: nullable(a.SourceURL),
	}
}

// MarshalJSON writes the wire form.
func (a Article) MarshalJSON() ([]byte, error) { return json.Marshal(a.JSON()) }

// PublishedRFC3339 is the publication time as RFC 3339 text, or nil.
func (a Article) PublishedRFC3339() *string {
	if a.Published == nil {
		return nil
	}
	s := a.Published.Format(time.RFC3339)
	return &s
}

// CapturedRFC3339 is when a web archive captured the page, as RFC 3339
// text in UTC, or nil.
func (a Article) CapturedRFC3339() *string {
	if a.CapturedAt == nil {
		return nil
	}
	s := a.CapturedAt.UTC().Format(time.RFC3339)
	return &s
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
