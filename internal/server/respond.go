package server

import (
	"bytes"
	"compress/gzip"
	"container/list"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"morgue/internal/store"
)

// response is a fully rendered answer, kept in the page cache.
type response struct {
	status       int
	contentType  string
	body         []byte
	gz           []byte // nil when the body is too small to gain from gzip
	etag         string // strong validator of body; the gzip variant adds "-gz"
	lastModified time.Time
	cacheControl string
}

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
		cacheControl: "public, max-age=60",
	}
	if len(body) >= minGzip && compressible(contentType) {
		var buf bytes.Buffer
		zw := gzipWriters.Get().(*gzip.Writer)
		zw.Reset(&buf)
		zw.Write(body)
		zw.Close()
		gzipWriters.Put(zw)
		res.gz = buf.Bytes()
	}
	return res
}

// gzipWriters are reused: a new one allocates about 1 MB, more than the
// rest of a page's rendering. Every rendered page is compressed once, in
// the request that renders it, so the fastest level: it took a fifth of an
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
	if res.gz != nil && acceptsGzip(r) {
		body, etag = res.gz, strings.TrimSuffix(res.etag, `"`)+`-gz"`
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

// pageCache keeps rendered 200 responses of one version of the archive,
// least recently used out first. A new version empties it at once.
type pageCache struct {
	mu    sync.Mutex
	limit int
	size  int
	ver   version
	ll    *list.List
	items map[string]*list.Element
}

type cacheEntry struct {
	key string
	res *response
}

func newPageCache(limit int) *pageCache {
	return &pageCache{limit: limit, ll: list.New(), items: map[string]*list.Element{}}
}

// version names one state of the archive; pages of another are stale.
type version struct{ epoch, gen int64 }

func versionOf(st store.State) version { return version{st.Epoch, st.Generation} }

func (c *pageCache) get(v version, key string) *response {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v != c.ver {
		return nil
	}
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		return el.Value.(*cacheEntry).res
	}
	return nil
}

func (c *pageCache) put(v version, key string, res *response) {
	cost := len(res.body) + len(res.gz) + len(key) + 256
	if cost > c.limit/8 {
		return // one huge page must not flush everything else
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v != c.ver {
		c.ver, c.size = v, 0
		c.ll.Init()
		clear(c.items)
	}
	if el, ok := c.items[key]; ok {
		c.size -= entryCost(el.Value.(*cacheEntry))
		c.ll.Remove(el)
	}
	c.items[key] = c.ll.PushFront(&cacheEntry{key, res})
	c.size += cost
	for c.size > c.limit {
		el := c.ll.Back()
		e := el.Value.(*cacheEntry)
		c.ll.Remove(el)
		delete(c.items, e.key)
		c.size -= entryCost(e)
	}
}

func entryCost(e *cacheEntry) int { return len(e.res.body) + len(e.res.gz) + len(e.key) + 256 }

type ctxKey int

const (
	stateKey ctxKey = iota
	articleKey
)

// cached serves a page from the cache when this generation of the archive
// has rendered it before; otherwise the handler renders it and page() keeps
// it. The archive's state rides in the context for Last-Modified.
func (s *Server) cached(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		st, err := s.reader.State(r.Context())
		if err != nil {
			s.serverError(w, r, err)
			return
		}
		if res := s.cache.get(versionOf(st), r.URL.RequestURI()); res != nil {
			res.write(w, r)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), stateKey, st)))
	})
}

func stateFrom(ctx context.Context) store.State {
	st, _ := ctx.Value(stateKey).(store.State)
	return st
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

// send caches a 200 response under the request's URL and writes it.
func (s *Server) send(w http.ResponseWriter, r *http.Request, res *response) {
	if st, ok := r.Context().Value(stateKey).(store.State); ok && res.status == http.StatusOK {
		s.cache.put(versionOf(st), r.URL.RequestURI(), res)
	}
	res.write(w, r)
}
