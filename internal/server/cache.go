// The page cache keeps rendered responses of one version of the archive, so
// a repeated request costs a map lookup; an import or a replaced file
// makes a new version and empties it at once.

package server

import (
	"container/list"
	"context"
	"net/http"
	"sync"

	"github.com/morgue-archive/morgue/internal/store"
)

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

// keepsNothing reports a cache too small to keep any page (the harness's
// "no page cache" server): there, requests for the same page must not wait
// for each other either.
func (c *pageCache) keepsNothing() bool { return c.limit/8 < entryCost("", &response{}) }

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
	cost := entryCost(key, res)
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
		e := el.Value.(*cacheEntry)
		c.size -= entryCost(e.key, e.res)
		c.ll.Remove(el)
	}
	c.items[key] = c.ll.PushFront(&cacheEntry{key, res})
	c.size += cost
	for c.size > c.limit {
		el := c.ll.Back()
		e := el.Value.(*cacheEntry)
		c.ll.Remove(el)
		delete(c.items, e.key)
		c.size -= entryCost(e.key, e.res)
	}
}

// entryCost is the memory an entry holds, with a guess at the overhead of
// the list element, the map slot and the response itself. The gzip
// variant, made later if ever, is counted from the start at a third of the
// body (what a page compresses to at gzip's fastest level), so that an
// entry costs the same when it leaves as when it came.
func entryCost(key string, res *response) int {
	gz := 0
	if res.canGzip {
		gz = len(res.body) / 3
	}
	return len(res.body) + gz + len(key) + 256
}

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
		v, key := versionOf(st), r.URL.RequestURI()
		if res := s.cache.get(v, key); res != nil {
			res.write(w, r)
			return
		}
		var wait <-chan struct{}
		var done func()
		if !s.cache.keepsNothing() {
			wait, done = s.flights.start(flight{v, key})
		}
		if wait != nil {
			select {
			case <-wait:
			case <-r.Context().Done():
				return
			}
			if res := s.cache.get(v, key); res != nil {
				res.write(w, r)
				return
			}
			// Not kept (not a 200, or too large to keep): render it
			// here.
		} else if done != nil {
			defer done()
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), stateKey, st)))
	})
}

// flights are the pages being rendered now. A request for a page that
// another request is rendering waits for that render and is answered from
// the cache, instead of rendering the page again: 64 connections asking
// for the largest tag's page before it was cached rendered it 64 times at
// once, each for as long as all the others took (no answer in 3 s at
// 100,000 articles), and the process grew by 30 MB.
type flights struct {
	mu sync.Mutex
	m  map[flight]chan struct{}
}

type flight struct {
	v   version
	key string
}

// start returns a channel closed when the render of f running now ends,
// or, when none is running, nil and the function that ends this one.
func (fs *flights) start(f flight) (wait <-chan struct{}, done func()) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if ch, ok := fs.m[f]; ok {
		return ch, nil
	}
	if fs.m == nil {
		fs.m = map[flight]chan struct{}{}
	}
	ch := make(chan struct{})
	fs.m[f] = ch
	return nil, func() {
		fs.mu.Lock()
		delete(fs.m, f)
		fs.mu.Unlock()
		close(ch)
	}
}

// stateFrom is the archive's state that cached put in the context.
func stateFrom(ctx context.Context) store.State {
	st, _ := ctx.Value(stateKey).(store.State)
	return st
}

// send caches a 200 response under the request's URL and writes it.
func (s *Server) send(w http.ResponseWriter, r *http.Request, res *response) {
	if st, ok := r.Context().Value(stateKey).(store.State); ok && res.status == http.StatusOK {
		s.cache.put(versionOf(st), r.URL.RequestURI(), res)
	}
	res.write(w, r)
}

// renderSlots is how many article pages may render at once on procs
// processors: one fewer than there are, so that under a crawl (pages
// nobody asked for yet, each a few milliseconds of CPU) one processor is
// always free for pages the cache holds. Without a bound, 64 crawling
// connections put 64 renders in the Go scheduler's queue ahead of every
// cached request, and cached pages fell to a quarter of a static file
// server's rate under the same crawl.
func renderSlots(procs int) int { return max(1, procs-1) }

// oneRender takes a render slot for the handler, after the page cache
// missed. A request whose client leaves while it waits is dropped.
func (s *Server) oneRender(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case s.renderSlots <- struct{}{}:
		case <-r.Context().Done():
			return
		}
		defer func() { <-s.renderSlots }()
		next.ServeHTTP(w, r)
	})
}
