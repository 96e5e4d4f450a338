// A response is rendered once, whole, and then written as often as asked:
// with a strong ETag, gzipped when the client takes it, or as 304 when the
// client's copy is current. The page cache (cache.go) keeps responses.

package server

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// response is a fully rendered answer, kept in the page cache.
type response struct {
	status       int
	contentType  string
	body         []byte
	etag         string // strong validator of body; the gzip variant adds "-gz"
	lastModified time.Time
	cacheControl string
	// The gzip variant is made by the first request that takes it, not
	// by every render: a crawler that does not ask for gzip (and every
	// client of a page asked for once) would pay an eighth of the page's
	// rendering for bytes nobody reads.
	canGzip bool // the body is large enough to gain from gzip
	gzOnce  sync.Once
	gz      []byte
}

// minGzip is the size below which gzip costs more than it saves.
const minGzip = 1024

func newResponse(status int, contentType string, body []byte, lastModified time.Time) *response {
	sum := sha256.Sum256(body)
	return &response{
		status:       status,
		contentType:  contentType,
		body:         body,
		etag:         `"` + base64.RawURLEncoding.EncodeToString(sum[:12]) + `"`,
		lastModified: lastModified.UTC().Truncate(time.Second),
		cacheControl: "public, max-age=60",
		canGzip:      len(body) >= minGzip && compressible(contentType),
	}
}

// gzipped returns the gzip variant of the body, nil when there is none.
func (res *response) gzipped() []byte {
	if !res.canGzip {
		return nil
	}
	res.gzOnce.Do(func() {
		var buf bytes.Buffer
		zw := gzipWriters.Get().(*gzip.Writer)
		zw.Reset(&buf)
		zw.Write(res.body)
		zw.Close()
		gzipWriters.Put(zw)
		res.gz = buf.Bytes()
	})
	return res.gz
}

// gzipWriters are reused: a new one allocates about 1 MB, more than the
// rest of a page's rendering. A page is compressed once, by the first
// request that takes gzip, so the fastest level: it took a fifth of an
// uncached page's time at the default level.
var gzipWriters = sync.Pool{New: func() any {
	zw, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed)
	return zw
}}

func compressible(ct string) bool {
	return strings.HasPrefix(ct, "text/") || strings.Contains(ct, "json") || strings.Contains(ct, "xml") ||
		strings.Contains(ct, "javascript") || strings.Contains(ct, "svg")
}

// write sends res, answering 304 when the client's copy is current, with
// gzip when the client accepts it, and without a body for HEAD.
func (res *response) write(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	body, etag := res.body, res.etag
	h.Set("Vary", "Accept-Encoding")
	if res.canGzip && acceptsGzip(r) {
		body, etag = res.gzipped(), strings.TrimSuffix(res.etag, `"`)+`-gz"`
		h.Set("Content-Encoding", "gzip")
	}
	h.Set("Content-Type", res.contentType)
	if res.status == http.StatusOK {
		h.Set("ETag", etag)
		h.Set("Cache-Control", res.cacheControl)
		if !res.lastModified.IsZero() {
			h.Set("Last-Modified", res.lastModified.Format(http.TimeFormat))
		}
		if notModified(r, etag, res.lastModified) {
			h.Del("Content-Type")
			h.Del("Content-Encoding")
			w.WriteHeader(http.StatusNotModified)
			return
		}
	} else {
		h.Set("Cache-Control", "no-store")
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(res.status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// notModified applies RFC 9110's conditional rules for GET and HEAD:
// If-None-Match wins over If-Modified-Since when both are sent.
func notModified(r *http.Request, etag string, modified time.Time) bool {
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		for _, t := range strings.Split(inm, ",") {
			t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
			if t == "*" || t == etag {
				return true
			}
		}
		return false
	}
	if ims := r.Header.Get("If-Modified-Since"); ims != "" && !modified.IsZero() {
		if t, err := http.ParseTime(ims); err == nil && !modified.After(t) {
			return true
		}
	}
	return false
}

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(name), "gzip") {
			q := strings.ReplaceAll(params, " ", "")
			return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
		}
	}
	return false
}

// page renders an HTML page, keeps it in the cache and sends it.
func (s *Server) page(w http.ResponseWriter, r *http.Request, name string, data any, modified time.Time) {
	body, err := s.pages.render(name, data)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	s.send(w, r, newResponse(http.StatusOK, "text/html; charset=utf-8", body, modified))
}
