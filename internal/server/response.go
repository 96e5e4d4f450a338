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
	// The gzip variant is made by the first request that takes it, not
	// by every render: a crawler that does not ask for gzip (and every
	// client of a page asked for once) would pay an eighth of the page's
	// rendering for bytes nobody reads.
	canGzip bool // the body is large enough to gain from gzip
	gzOnce  sync.Once
	gz      []byte
	// The values of the headers write sets, made once for the plain body
	// and once for the gzip variant (when it is made), and shared by
	// every request, as securityHeaders' are: a cached page is written
	// thousands of times a second, and each Header.Set made a slice,
	// Last-Modified a formatted date and the gzip ETag a string.
	plain, zipped headerValues
}

// headerValues are a response's header values, each the one-element slice
// a Header holds. Nothing appends to them in place: Header.Add on a full
// slice copies it.
type headerValues struct {
	contentType, etag, cacheControl, lastModified, length []string
}

// Header keys as net/http writes them (CanonicalMIMEHeaderKey: "Etag",
// not "ETag"), so that assigning them to a Header directly sends the very
// bytes Header.Set sent.
const (
	hdrCacheControl    = "Cache-Control"
	hdrContentEncoding = "Content-Encoding"
	hdrContentLength   = "Content-Length"
	hdrContentType     = "Content-Type"
	hdrETag            = "Etag"
	hdrLastModified    = "Last-Modified"
	hdrVary            = "Vary"
)

var (
	varyValue      = []string{"Accept-Encoding"}
	gzipValue      = []string{"gzip"}
	noStoreValue   = []string{"no-store"}
	pageCacheValue = []string{"public, max-age=60"}
)

// minGzip is the size below which gzip costs more than it saves.
const minGzip = 1024

func newResponse(status int, contentType string, body []byte, lastModified time.Time) *response {
	sum := sha256.Sum256(body)
	res := &response{
		status:       status,
		contentType:  contentType,
		body:         body,
		etag:         `"` + base64.RawURLEncoding.EncodeToString(sum[:12]) + `"`,
		lastModified: lastModified.UTC().Truncate(time.Second),
		canGzip:      len(body) >= minGzip && compressible(contentType),
	}
	res.plain = headerValues{
		contentType:  []string{contentType},
		etag:         []string{res.etag},
		cacheControl: pageCacheValue,
		length:       []string{strconv.Itoa(len(body))},
	}
	if !res.lastModified.IsZero() {
		res.plain.lastModified = []string{res.lastModified.Format(http.TimeFormat)}
	}
	return res
}

// setCacheControl replaces the Cache-Control of a 200 response (a page's
// is "public, max-age=60").
func (res *response) setCacheControl(v string) {
	res.plain.cacheControl = []string{v}
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
		res.zipped = res.plain
		res.zipped.etag = []string{strings.TrimSuffix(res.etag, `"`) + `-gz"`}
		res.zipped.length = []string{strconv.Itoa(len(res.gz))}
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
	body, hv := res.body, &res.plain
	h[hdrVary] = varyValue
	zip := res.canGzip && acceptsGzip(r)
	if zip {
		body, hv = res.gzipped(), &res.zipped
	}
	if res.status == http.StatusOK {
		h[hdrETag] = hv.etag
		h[hdrCacheControl] = hv.cacheControl
		if hv.lastModified != nil {
			h[hdrLastModified] = hv.lastModified
		}
		if notModified(r, hv.etag[0], res.lastModified) {
			// Whatever a handler before set, a 304 carries neither.
			delete(h, hdrContentType)
			delete(h, hdrContentEncoding)
			w.WriteHeader(http.StatusNotModified)
			return
		}
	} else {
		h[hdrCacheControl] = noStoreValue
	}
	if zip {
		h[hdrContentEncoding] = gzipValue
	}
	h[hdrContentType] = hv.contentType
	h[hdrContentLength] = hv.length
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
	// Cut, not Split: a page served from the cache allocates nothing
	// here.
	rest := r.Header.Get("Accept-Encoding")
	for rest != "" {
		var part string
		part, rest, _ = strings.Cut(rest, ",")
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
