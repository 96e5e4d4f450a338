// Package warctest writes small web archives for tests with gowarc's own
// record builder and marshaler, so that tests of every layer (importer, CLI,
// server, export) build the WARC files they read themselves from pages they
// make up, instead of shipping captured pages.
package warctest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// Record is one record a test writes into a web archive.
type Record struct {
	Type    gowarc.RecordType
	URI     string
	Date    time.Time
	HTTP    string // the HTTP message (status line, headers, body)
	Profile string // of a revisit
	// ContentType is a resource record's (HTTP then holds the page
	// itself, with no status line or headers).
	ContentType string
}

// Response is a response record answering uri with status, a Content-Type
// and body.
func Response(uri string, date time.Time, status, contentType, body string) Record {
	return Record{Type: gowarc.Response, URI: uri, Date: date,
		HTTP: "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\n\r\n" + body}
}

// Write writes recs to path, each record a gzip member of its own when gz
// is set (as crawlers write them).
func Write(t testing.TB, path string, gz bool, recs ...Record) {
	t.Helper()
	var out bytes.Buffer
	for i, r := range recs {
		b := gowarc.NewRecordBuilder(r.Type, gowarc.WithAddMissingDigest(true), gowarc.WithFixContentLength(true), gowarc.WithAddMissingContentLength(true))
		b.AddWarcHeader(gowarc.WarcRecordID, fmt.Sprintf("<urn:uuid:00000000-0000-4000-8000-%012d>", i+1))
		b.AddWarcHeaderTime(gowarc.WarcDate, r.Date)
		b.AddWarcHeader(gowarc.WarcTargetURI, r.URI)
		switch r.Type {
		case gowarc.Response, gowarc.Revisit:
			b.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=response")
		case gowarc.Request:
			b.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=request")
		case gowarc.Resource:
			b.AddWarcHeader(gowarc.ContentType, r.ContentType)
		}
		if r.Profile != "" {
			b.AddWarcHeader(gowarc.WarcProfile, r.Profile)
			b.AddWarcHeader(gowarc.WarcRefersToTargetURI, r.URI)
		}
		if _, err := b.WriteString(r.HTTP); err != nil {
			t.Fatal(err)
		}
		rec, _, err := b.Build()
		if err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
		var one bytes.Buffer
		if _, _, err := gowarc.NewMarshaler().Marshal(&one, rec, 0); err != nil {
			t.Fatal(err)
		}
		rec.Close()
		if gz {
			zw := gzip.NewWriter(&out)
			zw.Write(one.Bytes())
			zw.Close()
		} else {
			out.Write(one.Bytes())
		}
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
