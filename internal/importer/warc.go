package importer

import (
	"bytes"
	"cmp"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/klauspost/compress/zstd"
	"github.com/nlnwa/gowarc/v3"

	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/htmlpage"
	"github.com/morgue-archive/morgue/internal/store"
)

// Web archives (WARC 1.0 and 1.1, plain or gzipped per record, as
// Webrecorder, ArchiveBox, Heritrix, wget and Browsertrix write them) are
// read with github.com/nlnwa/gowarc, the Norwegian National Library's
// maintained WARC library, in two passes. The first streams through the
// whole file (memory stays flat however large it is) and keeps, per
// target URI, where the latest capture of an HTML page answered 200 lies;
// the second reads just those records back by offset and hands each page
// to htmlpage. A record's source is the record itself, kept under its
// target URI, so that a re-parse knows the capture's address and date.

// readerMu serialises making readers: gowarc's option defaults switch on
// google/uuid's random pool, a write to a global without a lock, each
// time a reader is made, and the importer makes them on several
// goroutines.
var readerMu sync.Mutex

// Header fields are read as written, not validated: gowarc empties a
// field that fails its check, and wget (so ArchiveBox too) writes
// WARC-Target-URI in angle brackets, as the WARC 1.0 grammar has it,
// which the check refuses; targetURI takes the brackets off.
func newWARCReader(r io.Reader) (*gowarc.WarcFileReader, error) {
	readerMu.Lock()
	defer readerMu.Unlock()
	return gowarc.NewWarcFileReaderFromStream(r, 0, gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithSpecViolationPolicy(gowarc.ErrIgnore))
}

// targetURI is the address a record was captured from, without the
// angle brackets some writers put around it.
func targetURI(w gowarc.WarcRecord) string {
	u := strings.TrimSpace(w.WarcHeader().Get(gowarc.WarcTargetURI))
	if strings.HasPrefix(u, "<") && strings.HasSuffix(u, ">") {
		u = strings.TrimSpace(u[1 : len(u)-1])
	}
	return u
}

// IsWARC reports whether path names a web archive (.warc or .warc.gz).
func IsWARC(path string) bool {
	l := strings.ToLower(path)
	return strings.HasSuffix(l, ".warc") || strings.HasSuffix(l, ".warc.gz")
}

// warcCandidate is the latest HTML capture of one URI.
type warcCandidate struct {
	uri          string
	offset, size int64
	date         time.Time
	digest       string
	older        []warcCandidate // earlier captures of the same URI, in no order
}

// warcScan is what the first pass found in one file.
type warcScan struct {
	file       warcFile
	candidates []warcCandidate // in file order
	bad        []Result        // records that could not be read
	skipped    int             // records that are not HTML pages answered 200 (requests, metadata, images, redirects, revisits, older captures)
	revisits   map[string]time.Time
}

// scanWARC is the first pass. progress learns how many bytes of the file
// have been read so far.
func scanWARC(path string, progress func(int64)) warcScan {
	s := warcScan{file: warcFile{name: path, read: path}, revisits: map[string]time.Time{}}
	fail := func(off int64, why string) {
		s.bad = append(s.bad, Result{Path: path, Outcome: Failed, Note: fmt.Sprintf("record at offset %d: %s", off, why)})
	}
	f, err := os.Open(path)
	if err != nil {
		s.bad = append(s.bad, Result{Path: path, Outcome: Failed, Note: "cannot open: " + unwrapPathError(err).Error()})
		return s
	}
	defer f.Close()
	if whole, err := gzippedWhole(f); err != nil {
		s.bad = append(s.bad, Result{Path: path, Outcome: Failed, Note: describeWARCError(err)})
		return s
	} else if whole {
		plain, err := ungzipCopy(f)
		if err != nil {
			s.bad = append(s.bad, Result{Path: path, Outcome: Failed, Note: err.Error()})
			return s
		}
		defer plain.Close()
		s.file.read, s.file.temp = plain.Name(), plain.Name()
		// Progress counts the bytes of the file as given, which the
		// run's total holds, not those of its larger copy.
		if st, err := f.Stat(); err == nil && progress != nil {
			progress(st.Size())
		}
		progress = nil
		f = plain
	}
	r, err := newWARCReader(f)
	if err != nil {
		s.bad = append(s.bad, Result{Path: path, Outcome: Failed, Note: err.Error()})
		return s
	}
	defer r.Close()
	latest := map[string]int{} // URI → index in candidates
	var done int64
	for {
		rec, err := r.Next()
		if errors.Is(err, io.EOF) && rec.WarcRecord == nil {
			break
		}
		if err != nil || rec.WarcRecord == nil {
			if err == nil {
				err = errors.New("no record")
			}
			fail(rec.Offset, describeWARCError(err))
			break // past a broken record the framing cannot be trusted
		}
		if progress != nil && rec.Offset+rec.Size > done {
			progress(rec.Offset + rec.Size - done)
			done = rec.Offset + rec.Size
		}
		c, keep, err := candidateOf(rec)
		if err != nil {
			rec.Close()
			fail(rec.Offset, describeWARCError(err))
			break
		}
		if rec.WarcRecord.Type() == gowarc.Revisit {
			if uri := targetURI(rec.WarcRecord); uri != "" {
				if d, err := rec.WarcRecord.Date(); err == nil && d.After(s.revisits[uri]) {
					s.revisits[uri] = d
				}
			}
		}
		if err := rec.Close(); err != nil {
			fail(rec.Offset, describeWARCError(err))
			break
		}
		if !keep {
			s.skipped++
			continue
		}
		if i, ok := latest[c.uri]; ok {
			s.skipped++ // one of the two captures is left out
			prev := &s.candidates[i]
			if c.date.Before(prev.date) {
				prev.older = append(prev.older, c)
				continue
			}
			c.older, prev.older = append(prev.older, *prev), nil
			s.candidates[i] = c
			continue
		}
		latest[c.uri] = len(s.candidates)
		s.candidates = append(s.candidates, c)
	}
	// The size of the record last read is only known once the next one
	// starts (or the file ends).
	if st, err := f.Stat(); err == nil && progress != nil && st.Size() > done {
		progress(st.Size() - done)
	}
	return s
}

// warcFile names a web archive as it was given, and the file its records
// are read back from by offset: itself, or a temporary ungzipped copy
// (temp, removed once its pages are read) when it was gzipped as a whole.
type warcFile struct{ name, read, temp string }

// remove deletes the temporary copy, if there is one.
func (f warcFile) remove() {
	if f.temp != "" {
		os.Remove(f.temp)
	}
}

// gzippedWhole reports whether f is a web archive gzipped as one stream
// (`gzip crawl.warc`) rather than record by record, as WARC writers do.
// gowarc takes a gzip member for one record, so such a file would give
// its first record only, and every page after it would be lost without a
// word. It reads the first member as a WARC stream of its own: a second
// record in it tells. f is left at its start.
func gzippedWhole(f *os.File) (bool, error) {
	defer f.Seek(0, io.SeekStart)
	var magic [2]byte
	if n, _ := io.ReadFull(f, magic[:]); n < 2 || magic != [2]byte{0x1f, 0x8b} {
		return false, nil
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return false, err
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		return false, err
	}
	zr.Multistream(false)
	r, err := newWARCReader(zr)
	if err != nil {
		return false, err
	}
	defer r.Close()
	first, err := r.Next()
	if first.WarcRecord == nil || err != nil {
		return false, nil // the scan will say what is wrong, if anything
	}
	first.Close()
	second, err := r.Next()
	if second.WarcRecord == nil || err != nil {
		return false, nil
	}
	second.Close()
	return true, nil
}

// maxUngzipped bounds the copy of a web archive gzipped as a whole, so a
// gzip bomb cannot fill the disk: crawls that large are written gzipped
// record by record.
const maxUngzipped = 16 << 30

// ungzipCopy writes f ungzipped to a temporary file, open and at its start.
func ungzipCopy(f *os.File) (*os.File, error) {
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, errors.New(describeWARCError(err))
	}
	tmp, err := os.CreateTemp("", "morgue-*.warc")
	if err != nil {
		return nil, fmt.Errorf("gzipped as a whole, and no room to ungzip it: %w", err)
	}
	n, err := io.Copy(tmp, io.LimitReader(zr, maxUngzipped+1))
	if errors.Is(err, io.ErrUnexpectedEOF) {
		// A cut-off file: the records before the cut are kept, and the
		// scan reports the one it cuts.
		err = nil
	}
	if err == nil && n > maxUngzipped {
		err = fmt.Errorf("gzipped as a whole and over %d GiB ungzipped: gunzip it and import the .warc", maxUngzipped>>30)
	} else if err != nil {
		err = fmt.Errorf("gzipped as a whole, and ungzipping it failed: %s", describeWARCError(err))
	}
	if err == nil {
		_, err = tmp.Seek(0, io.SeekStart)
	}
	if err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return nil, err
	}
	return tmp, nil
}

// candidateOf reads a record's headers (and its HTTP status line) and
// says whether it is an HTML page answered 200. Its payload is not read.
func candidateOf(rec gowarc.Record) (warcCandidate, bool, error) {
	w := rec.WarcRecord
	c := warcCandidate{offset: rec.Offset, size: rec.Size, uri: targetURI(w)}
	switch {
	case c.uri == "":
		return c, false, nil
	case w.Type() == gowarc.Resource:
		// A page stored as it is, with no HTTP answer around it (warcit,
		// a browser's archive of a page it rendered): its record's own
		// Content-Type must say it is one.
		if ct := w.WarcHeader().Get(gowarc.ContentType); strings.TrimSpace(ct) == "" || !isHTMLType(ct) {
			return c, false, nil
		}
	case w.Type() != gowarc.Response:
		return c, false, nil
	default:
		hb, ok := w.Block().(gowarc.HttpResponseBlock)
		if !ok || hb.HttpStatusCode() != 200 || !isHTMLType(hb.HttpHeader().Get("Content-Type")) {
			return c, false, nil
		}
	}
	d, err := w.Date()
	if err != nil {
		return c, false, fmt.Errorf("bad WARC-Date: %w", err)
	}
	c.date = d
	c.digest = w.WarcHeader().Get(gowarc.WarcPayloadDigest)
	return c, true, nil
}

// isHTMLType reports an HTTP Content-Type of a web page; a missing one
// counts, as browsers sniff those.
func isHTMLType(ct string) bool {
	if strings.TrimSpace(ct) == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(ct, ";", 2)[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// describeWARCError says in a few words what is wrong with a record.
func describeWARCError(err error) string {
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return "the file ends inside the record (truncated)"
	case errors.Is(err, gzip.ErrChecksum), errors.Is(err, gzip.ErrHeader):
		return "broken gzip data: " + err.Error()
	}
	return err.Error()
}

// readRecord reads one record's bytes back by its place in the file,
// uncompressed.
func readRecord(path string, offset, size int64) ([]byte, error) {
	if size > MaxFileSize {
		return nil, fmt.Errorf("record too large: %d bytes, the limit is %d", size, MaxFileSize)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot open: %w", unwrapPathError(err))
	}
	defer f.Close()
	raw := make([]byte, size)
	if _, err := f.ReadAt(raw, offset); err != nil {
		return nil, fmt.Errorf("cannot read: %w", unwrapPathError(err))
	}
	if !bytes.HasPrefix(raw, []byte{0x1f, 0x8b}) {
		return raw, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	zr.Multistream(false)
	out, err := io.ReadAll(io.LimitReader(zr, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(out) > MaxFileSize {
		return nil, fmt.Errorf("record too large: over %d bytes", MaxFileSize)
	}
	return out, nil
}

// warcPage is one record read as a page.
type warcPage struct {
	a        article.Article
	page     htmlpage.Page
	warnings []string
	notPage  string // why the answer is no web page at all
}

// readWARCRecord parses the bytes of one response record (uncompressed or
// gzipped): its target URI is where the page was captured from, its date
// the capture's.
func readWARCRecord(data []byte) (warcPage, error) {
	var wp warcPage
	r, err := newWARCReader(bytes.NewReader(data))
	if err != nil {
		return wp, err
	}
	defer r.Close()
	rec, err := r.Next()
	if err != nil {
		return wp, fmt.Errorf("not a WARC record: %s", describeWARCError(err))
	}
	defer rec.Close()
	w := rec.WarcRecord
	var payload io.Reader
	var header http.Header // the HTTP answer's; none for a resource record
	switch w.Type() {
	case gowarc.Response:
		hb, ok := w.Block().(gowarc.HttpResponseBlock)
		if !ok {
			return wp, errors.New("the record holds no HTTP response")
		}
		if h := hb.HttpHeader(); h != nil {
			header = *h
		}
		payload, err = hb.PayloadBytes()
	case gowarc.Resource:
		// The reader reads a block it has no parser for through to the
		// record's end; the page is read from the record's bytes.
		header = http.Header{"Content-Type": {w.WarcHeader().Get(gowarc.ContentType)}}
		length, _ := w.WarcHeader().GetInt64(gowarc.ContentLength)
		payload = bytes.NewReader(recordBlock(data, length))
	default:
		return wp, fmt.Errorf("a %s record, not a response", w.Type())
	}
	if err != nil {
		return wp, err
	}
	body, err := io.ReadAll(io.LimitReader(payload, htmlpage.MaxPage+1))
	if err != nil {
		return wp, fmt.Errorf("cannot read the page: %s", describeWARCError(err))
	}
	if w.Type() == gowarc.Resource {
		return readWARCBody(wp, w, body, header)
	}
	body = dechunk(body)
	enc := header.Get("Content-Encoding")
	if enc == "" && bytes.HasPrefix(body, []byte{0x1f, 0x8b}) {
		enc = "gzip" // gzipped by the server, which did not say so
	}
	body, err = decodeContent(body, enc)
	if err != nil {
		return wp, err
	}
	return readWARCBody(wp, w, body, header)
}

// recordBlock is the block of an uncompressed record: the length bytes
// after the blank line that ends its header (what is there, when the
// record is cut short).
func recordBlock(data []byte, length int64) []byte {
	i := bytes.Index(data, []byte("\r\n\r\n"))
	if i < 0 {
		return nil
	}
	block := data[i+4:]
	if length >= 0 && int64(len(block)) > length {
		block = block[:length]
	}
	return block
}

// readWARCBody parses the page a record holds, its transfer and content
// codings undone.
func readWARCBody(wp warcPage, w gowarc.WarcRecord, body []byte, header http.Header) (warcPage, error) {
	if wp.notPage = notAPage(body, header.Get("Content-Type")); wp.notPage != "" {
		return wp, nil
	}
	uri := targetURI(w)
	var err error
	wp.a, wp.page, wp.warnings, err = htmlpage.ParsePage(body, htmlpage.Options{URL: uri, ContentType: header.Get("Content-Type")})
	if err != nil {
		return wp, err
	}
	if d, err := w.Date(); err == nil {
		d = d.UTC()
		wp.a.CapturedAt = &d
	}
	// The address the page was captured from is its source, even when
	// the page names another as canonical: it is what the archive holds
	// and keys the article by.
	if uri != "" {
		wp.a.SourceURL = uri
	}
	return wp, nil
}

// dechunk undoes HTTP/1.1's chunked transfer coding, which a crawler that
// records the server's bytes as they came (Heritrix, wget) keeps: read as
// it is, the page would carry each chunk's size in its text, and a
// gzipped page would not ungzip. The HTTP reader under gowarc hides the
// Transfer-Encoding header, so the body itself says: a page opens with
// markup, a chunked one with a line of hex digits, its first chunk's
// size. A record cut short keeps the chunks it has.
func dechunk(body []byte) []byte {
	eol := bytes.Index(body[:min(len(body), 20)], []byte("\r\n"))
	if eol < 1 {
		return body
	}
	size := body[:eol]
	if i := bytes.IndexByte(size, ';'); i > 0 {
		size = size[:i] // a chunk extension
	}
	for _, c := range size {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return body
		}
	}
	out, _ := io.ReadAll(io.LimitReader(httputil.NewChunkedReader(bytes.NewReader(body)), htmlpage.MaxPage+1))
	if len(out) == 0 {
		return body
	}
	return out
}

// decodeContent undoes the HTTP Content-Encodings that crawlers keep as
// sent: gzip, deflate (zlib-wrapped, or the raw stream some servers send
// under that name) and zstd, each in turn when a server applied several
// ("gzip, deflate" lists them in the order applied). A body that does
// not decode was already decoded by the crawler and is read as it is.
// Brotli, which no package of the build reads, is said so.
func decodeContent(body []byte, enc string) ([]byte, error) {
	codings := strings.Split(enc, ",")
	for i := len(codings) - 1; i >= 0; i-- {
		var r io.Reader
		switch strings.ToLower(strings.TrimSpace(codings[i])) {
		case "gzip", "x-gzip":
			zr, err := gzip.NewReader(bytes.NewReader(body))
			if err != nil {
				continue
			}
			r = zr
		case "deflate":
			if zr, err := zlib.NewReader(bytes.NewReader(body)); err == nil {
				r = zr
			} else if !markup(body) {
				r = flate.NewReader(bytes.NewReader(body))
			} else {
				continue
			}
		case "zstd":
			if !bytes.HasPrefix(body, zstdMagic) {
				continue
			}
			zr, err := zstd.NewReader(bytes.NewReader(body), zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxMemory(4*htmlpage.MaxPage))
			if err != nil {
				return nil, fmt.Errorf("cannot undo the page's zstd encoding: %w", err)
			}
			defer zr.Close()
			r = zr
		case "br":
			if !markup(body) {
				return nil, errors.New("the page is compressed with brotli (Content-Encoding: br), which this build cannot read")
			}
			continue
		default:
			continue
		}
		out, err := io.ReadAll(io.LimitReader(r, htmlpage.MaxPage+1))
		if err != nil {
			return nil, fmt.Errorf("cannot undo the page's %s encoding: %w", strings.TrimSpace(codings[i]), err)
		}
		body = out
	}
	return body, nil
}

// zstdMagic opens a zstd frame.
var zstdMagic = []byte{0x28, 0xb5, 0x2f, 0xfd}

// markup reports a body that opens (after white space or a byte-order
// mark) with markup: a page already decoded.
func markup(body []byte) bool {
	b := bytes.TrimLeft(bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")), " \t\r\n")
	return len(b) > 0 && b[0] == '<'
}

// notAPage says what an answer is when its bytes are no web page: a
// picture, a PDF, a sound or an archive sent without a Content-Type (or
// under a wrong one), as the first bytes show; "" when it may be a page.
// A body that is binary but of no known kind counts only when the answer
// named no type.
func notAPage(body []byte, contentType string) string {
	mt := http.DetectContentType(body)
	switch {
	case strings.HasPrefix(mt, "text/"):
		return ""
	case mt == "application/octet-stream" && strings.TrimSpace(contentType) != "":
		return ""
	}
	if i := strings.IndexByte(mt, ';'); i > 0 {
		mt = mt[:i]
	}
	return "not a web page (the answer holds " + mt + ")"
}

// parseWARCRecord is the "warc" format's parser: one stored record.
func parseWARCRecord(data []byte) (article.Article, []string, error) {
	wp, err := readWARCRecord(data)
	if err == nil && wp.notPage != "" {
		err = errors.New(wp.notPage)
	}
	return wp.a, wp.warnings, err
}

// warcJobs is the second pass over one file as import jobs: one per
// candidate page, and one per record that could not be read.
//
// A revisit of a page that this file does not hold, but the archive or
// an earlier web archive of the run does (a deduplicating crawler, such as
// wget --warc-dedup or Heritrix, records an unchanged page again that
// way), is a job too: the page's capture date moves on. captured gathers
// the URIs of the run's candidate pages.
//
// The jobs may read a temporary copy of the file; remove deletes it, once
// every job has run.
func warcJobs(path string, known map[string]store.KnownSource, captured map[string]bool, progress func(int64), skipped *int) (jobs []func() parsed, remove func()) {
	s := scanWARC(path, progress)
	*skipped += s.skipped
	jobs = make([]func() parsed, 0, len(s.candidates)+len(s.bad))
	here := map[string]bool{}
	for _, c := range s.candidates {
		if d, ok := s.revisits[c.uri]; ok && d.After(c.date) {
			c.date = d // seen again unchanged later on
		}
		here[c.uri] = true
		jobs = append(jobs, func() parsed { return parseWARCCandidate(s.file, c, known) })
	}
	uris := make([]string, 0, len(s.revisits))
	for uri := range s.revisits {
		_, stored := known[uri]
		if !here[uri] && (stored || captured[uri]) {
			uris = append(uris, uri)
		}
	}
	slices.Sort(uris)
	for _, uri := range uris {
		*skipped-- // counted as left out by the scan; it has an outcome now
		d := s.revisits[uri].UTC()
		jobs = append(jobs, func() parsed { return parsed{path: uri, known: true, revisit: d} })
	}
	for uri := range here {
		captured[uri] = true
	}
	for _, b := range s.bad {
		jobs = append(jobs, func() parsed { return parsed{path: b.Path, err: errors.New(b.Note)} })
	}
	return jobs, s.file.remove
}

// parseWARCCandidate is parseOne for a page of a web archive, keyed by its
// target URI. The latest capture is read first; when it is no article
// (the page was behind a consent or sign-in wall that time, or the site
// answered an error page with 200), the captures before it are read in
// turn, newest first, and the first story among them is kept.
func parseWARCCandidate(file warcFile, c warcCandidate, known map[string]store.KnownSource) parsed {
	p := parseWARCCapture(file, c, known)
	if p.notArticle == "" || len(c.older) == 0 {
		return p
	}
	older := slices.Clone(c.older)
	slices.SortStableFunc(older, func(a, b warcCandidate) int { return b.date.Compare(a.date) })
	for _, o := range older {
		if q := parseWARCCapture(file, o, known); q.err == nil && q.notArticle == "" {
			return q
		}
	}
	return p
}

// parseWARCCapture reads one capture of a page.
func parseWARCCapture(file warcFile, c warcCandidate, known map[string]store.KnownSource) parsed {
	p := parsed{path: c.uri}
	where := func(err error) error {
		if file.temp != "" {
			return fmt.Errorf("%s (ungzipped), record at offset %d: %w", file.name, c.offset, err)
		}
		return fmt.Errorf("%s, record at offset %d: %w", file.name, c.offset, err)
	}
	data, err := readRecord(file.read, c.offset, c.size)
	if err != nil {
		p.err = where(err)
		return p
	}
	p.fileHash = fileHash(data)
	k := known[c.uri]
	// Always looked up: the same URI may come from another web archive
	// earlier in this run, and must update that article, not make a
	// second one.
	p.known = true
	if k.FileHash == p.fileHash {
		if k.Kept {
			p.skip = true
			return p
		}
		p.keepOnly = true
	}
	wp, err := readWARCRecord(data)
	p.warnings = wp.warnings
	if err != nil {
		p.err = where(err)
		return p
	}
	if why := cmp.Or(wp.notPage, wp.page.NotArticle()); why != "" {
		p.notArticle = why
		return p
	}
	if !c.date.IsZero() {
		d := c.date.UTC()
		wp.a.CapturedAt = &d
	}
	a, err := finish(wp.a)
	if err != nil {
		p.err = where(err)
		return p
	}
	if p.rec, p.err = Prepare(a, c.uri); p.err != nil {
		return p
	}
	p.parsedHash = fingerprint(p.rec)
	p.src = store.NewSourceBytes(c.uri, store.KindURI, "warc", data)
	return p
}

// startWARCBytes tells opt.StartBytes how many bytes of web archives
// the run will read.
func startWARCBytes(files []string, opt Options) {
	if opt.StartBytes == nil {
		return
	}
	var total int64
	for _, f := range files {
		if IsWARC(f) {
			if st, err := os.Stat(f); err == nil {
				total += st.Size()
			}
		}
	}
	if total > 0 {
		opt.StartBytes(total)
	}
}

// WARCPage is one page of a web archive read without an archive database:
// an article, a page left out as no article (NotArticle says why), or a
// record that could not be read (Err, naming the file and offset).
type WARCPage struct {
	URI        string
	Offset     int64
	Article    article.Article
	Warnings   []string
	NotArticle string
	Err        error
}

// ParseWARC reads every candidate page of a web archive, as an import
// would, and hands each to fn in file order. It returns how many records
// were left out as not HTML pages or older captures.
func ParseWARC(path string, fn func(WARCPage)) int {
	s := scanWARC(path, nil)
	defer s.file.remove()
	for _, c := range s.candidates {
		if d, ok := s.revisits[c.uri]; ok && d.After(c.date) {
			c.date = d
		}
		p := parseWARCCandidate(s.file, c, nil)
		wp := WARCPage{URI: c.uri, Offset: c.offset, Article: p.rec.Article, Warnings: p.warnings, NotArticle: p.notArticle, Err: p.err}
		fn(wp)
	}
	for _, b := range s.bad {
		fn(WARCPage{Err: fmt.Errorf("%s: %s", b.Path, b.Note)})
	}
	return s.skipped
}

// moveCapture is writeOne for a revisit of a page captured in another
// web archive: the article keeps its text, and its capture date moves on
// when the revisit is the later.
func moveCapture(ctx context.Context, b *store.Batch, p parsed, r Result) (Result, error) {
	r.Outcome, r.leftOut = Unchanged, true
	src, err := b.Source(ctx, p.path)
	if errors.Is(err, store.ErrNotFound) {
		return r, nil // a page that is no article
	}
	if err != nil {
		return r, err
	}
	moved, err := b.MoveCapturedAt(ctx, src.ArticleID, p.revisit)
	if moved {
		r.Outcome, r.leftOut, r.Note = Updated, false, "captured again unchanged on "+p.revisit.Format(time.RFC3339)
	}
	return r, err
}

// olderCapture reports whether p is a capture of a web page made before
// the one article id was made from.
func olderCapture(ctx context.Context, b *store.Batch, p parsed, id int64) (bool, error) {
	c := p.rec.Article.CapturedAt
	if c == nil {
		return false, nil
	}
	kept, ok, err := b.CapturedAt(ctx, id)
	if err != nil || !ok {
		return false, err
	}
	return c.Before(kept), nil
}
