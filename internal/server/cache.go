// The page cache keeps rendered responses of one version of the archive, so
// a repeated request costs a map lookup; an import or a replaced file
// makes a new version and empties it at once.

package server

import (
	"container/list"
	"context"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/morgue-archive/morgue/internal/store"
)

// pageCache keeps rendered 200 responses of one version of the archive,
// least recently used out first. A new version empties it at once.
//
// A page asked for once waits on probation, in at most an eighth of the
// cache, until a second request moves it among the others; a page pushed
// off probation is remembered by its address, and kept among the others
// if it is rendered again (2Q). A crawl asks for each page once: with one
// list it pushed every page readers come back to out of the cache, and
// kept the whole 32 MB full of pages nobody asks for again, which the
// garbage collector then walked.
type pageCache struct {
	mu       sync.Mutex
	limit    int
	size     int // of both lists
	probSize int
	ver      version
	main     *list.List // asked for more than once
	prob     *list.List // asked for once
	items    map[string]*list.Element
	ghosts   *list.List // addresses pushed off probation, newest first
	ghostOf  map[string]*list.Element
}

type cacheEntry struct {
	key  string
	res  *response
	prob bool
}

// probationShare is the part of the cache that pages asked for once may
// hold: 1/probationShare. maxGhosts bounds the addresses remembered.
const (
	probationShare = 8
	maxGhosts      = 8192
)

func newPageCache(limit int) *pageCache {
	return &pageCache{limit: limit, main: list.New(), prob: list.New(), items: map[string]*list.Element{},
		ghosts: list.New(), ghostOf: map[string]*list.Element{}}
}

// version names one state of the archive; pages of another are stale.
type version struct{ epoch, gen int64 }

func versionOf(st store.State) version { return version{st.Epoch, st.Generation} }

// keepsNothing reports a cache too small to keep any page (the harness's
// "no page cache" server): there, requests for the same page must not wait
// for each other either.
func (c *pageCache) keepsNothing() bool { return c.limit/probationShare < entryCost("", &response{}) }

func (c *pageCache) get(v version, key string) *response {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v != c.ver {
		return nil
	}
	el, ok := c.items[key]
	if !ok {
		return nil
	}
	e := el.Value.(*cacheEntry)
	if e.prob {
		c.prob.Remove(el)
		c.probSize -= entryCost(e.key, e.res)
		e.prob = false
		c.items[key] = c.main.PushFront(e)
	} else {
		c.main.MoveToFront(el)
	}
	return e.res
}

func (c *pageCache) put(v version, key string, res *response) {
	cost := entryCost(key, res)
	if cost > c.limit/probationShare {
		return // one huge page must not flush everything else
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v != c.ver {
		c.ver, c.size, c.probSize = v, 0, 0
		c.main.Init()
		c.prob.Init()
		clear(c.items)
		c.ghosts.Init()
		clear(c.ghostOf)
	}
	if el, ok := c.items[key]; ok {
		c.remove(el)
	}
	if g, ok := c.ghostOf[key]; ok {
		// Asked for again after it left probation.
		c.ghosts.Remove(g)
		delete(c.ghostOf, key)
		c.items[key] = c.main.PushFront(&cacheEntry{key, res, false})
		c.size += cost
	} else {
		c.items[key] = c.prob.PushFront(&cacheEntry{key, res, true})
		c.size += cost
		c.probSize += cost
	}
	for c.probSize > c.limit/probationShare {
		el := c.prob.Back()
		c.remove(el)
		c.ghostOf[el.Value.(*cacheEntry).key] = c.ghosts.PushFront(el.Value.(*cacheEntry).key)
		if c.ghosts.Len() > maxGhosts {
			delete(c.ghostOf, c.ghosts.Remove(c.ghosts.Back()).(string))
		}
	}
	for c.size > c.limit {
		if el := c.main.Back(); el != nil {
			c.remove(el)
		} else {
			c.remove(c.prob.Back())
		}
	}
}

// remove takes an entry out of the cache; the caller holds mu.
func (c *pageCache) remove(el *list.Element) {
	e := el.Value.(*cacheEntry)
	cost := entryCost(e.key, e.res)
	if e.prob {
		c.prob.Remove(el)
		c.probSize -= cost
	} else {
		c.main.Remove(el)
	}
	c.size -= cost
	delete(c.items, e.key)
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
			s.renders.hit()
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

// renderGate bounds the article pages rendered at once. Under a crawl
// (pages nobody asked for yet, each a millisecond or two of CPU) one
// processor is kept free for pages the cache holds while readers ask for
// them: without a bound, 64 crawling connections put 64 renders in the Go
// scheduler's queue ahead of every cached request, and cached pages fell
// to a quarter of a static file server's rate under the same crawl. When
// no page has come from the cache for a while, nobody is waiting on that
// processor, and a render may take it too: a crawl alone had one of the
// two processors idle, and its rate was one render's time.
type renderGate struct {
	slots   chan struct{} // procs-1 renders, at least one
	spare   chan struct{} // one more, only while no reader is served from the cache
	lastHit atomic.Int64  // when a page last came from the cache, in UnixNano
}

// spareQuiet is how long after a page served from the cache the spare
// processor stays kept for the cache. A variable only so that a test on a
// loaded machine can widen it: a reader goroutine may wait longer than
// 100 ms for a processor there.
var spareQuiet = 100 * time.Millisecond

func newRenderGate(procs int) *renderGate {
	g := &renderGate{slots: make(chan struct{}, max(1, procs-1))}
	if procs > 1 {
		g.spare = make(chan struct{}, 1)
	}
	return g
}

// hit notes a page served from the cache.
func (g *renderGate) hit() {
	now := time.Now().UnixNano()
	// Store at most once a millisecond: every cached request writing
	// the same word would make it bounce between processors.
	if now-g.lastHit.Load() > int64(time.Millisecond) {
		g.lastHit.Store(now)
	}
}

// acquire takes a render slot, or the spare one while no page has come
// from the cache lately; it returns the slot's release, or nil when ctx
// ended first.
func (g *renderGate) acquire(ctx context.Context) func() {
	spare := g.spare
	if spare != nil && time.Now().UnixNano()-g.lastHit.Load() < int64(spareQuiet) {
		spare = nil // a nil channel is never ready
	}
	select {
	case g.slots <- struct{}{}:
		return func() { <-g.slots }
	case spare <- struct{}{}:
		return func() { <-spare }
	case <-ctx.Done():
		return nil
	}
}

// oneRender takes a render slot for the handler, after the page cache
// missed. A request whose client leaves while it waits is dropped.
func (s *Server) oneRender(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		release := s.renders.acquire(r.Context())
		if release == nil {
			return
		}
		defer release()
		next.ServeHTTP(w, r)
	})
}
