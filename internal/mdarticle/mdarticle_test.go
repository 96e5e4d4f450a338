package mdarticle_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/morgue-archive/morgue/internal/mdarticle"
)

func TestParseFullFrontMatter(t *testing.T) {
	a, warn, err := mdarticle.Parse([]byte("\ufeff---\r\ntitle: \"Colon: a title\"\r\ndek: The dek.\r\ndate: 2025-03-27T10:45:00-05:00\r\n" +
		"authors: [Jane Doe, John Roe]\r\ntags: [Colombia, Biometric data]\r\noutlet: Voz.us\r\nurl: https://example.com/x\r\n" +
		"slug: custom-slug\r\nlanguage: es\r\nreading_minutes: 4\r\nimage:\r\n  caption: A caption\r\n  credit: AFP\r\n---\r\n\r\nBody *text*.\r\n"))
	if err != nil || len(warn) != 0 {
		t.Fatalf("err %v warnings %v", err, warn)
	}
	want := time.Date(2025, 3, 27, 10, 45, 0, 0, time.FixedZone("", -5*3600))
	if a.Title != "Colon: a title" || a.Dek != "The dek." || a.Outlet != "Voz.us" || a.SourceURL != "https://example.com/x" ||
		a.Slug != "custom-slug" || a.Language != "es" || a.ReadingMinutes != 4 || a.Body != "Body *text*." ||
		len(a.Authors) != 2 || a.Authors[1] != "John Roe" || len(a.Tags) != 2 || a.Tags[1].Slug != "biometric-data" ||
		a.Image == nil || a.Image.Credit != "AFP" || a.Published == nil || !a.Published.Equal(want) {
		t.Fatalf("parsed %+v", a)
	}
	if _, off := a.Published.Zone(); off != -5*3600 {
		t.Errorf("time zone lost: offset %d", off)
	}
}

func TestParseMinimalAndForgiving(t *testing.T) {
	a, warn, err := mdarticle.Parse([]byte("---\ntitle: Only a title\nauthor: Solo Writer\ncolour: blue\n---\nA body of words written in English for the reader.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Authors) != 1 || a.Authors[0] != "Solo Writer" || a.Published != nil || a.ReadingMinutes != 1 || a.Language != "en" {
		t.Errorf("parsed %+v", a)
	}
	if len(warn) != 1 || !strings.Contains(warn[0], "colour") {
		t.Errorf("unknown key not warned about: %v", warn)
	}
}

func TestParseErrors(t *testing.T) {
	for in, want := range map[string]string{
		"no front matter":                        "no front matter",
		"---\ntitle: x\n":                        "not closed",
		"---\ndek: y\n---\nbody":                 "no title",
		"---\ntitle: [unclosed\n---\n":           "front matter",
		"---\ntitle: x\ndate: someday\n---\n":    "date",
		"---\ntitle: x\nslug: Not A Slug\n---\n": "slug",
		"---\ntitle: x\nauthors: {a: b}\n---\n":  "front matter",
	} {
		_, _, err := mdarticle.Parse([]byte(in))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Parse(%q) error %v, want it to mention %q", in, err, want)
		}
	}
	if _, _, err := mdarticle.Parse([]byte("---\ndek: y\n---\n")); !errors.Is(err, mdarticle.ErrNoTitle) {
		t.Errorf("no title: %v", err)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"---\ntitle: x\n---\nbody", "---\ntitle: [a\n---\n", "---\n---\n", "---\ntitle: x\ndate: 2025-01-01\ntags: a\n---\n# h\n<script>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, _, err := mdarticle.Parse(data)
		if err == nil && strings.TrimSpace(a.Title) == "" {
			t.Fatalf("no error but an empty title for %q", data)
		}
	})
}
