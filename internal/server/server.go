// Package server is the archive's website: a chi router, middleware for
// logging, security headers and caching, and one small file per page family.
// Handlers ask the store for values and render typed data into a buffer, so
// an error never leaves half a page.
package server

import (
	"context"
	"html/template"
	"log/slog"
	"net/http"
	"runtime"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/morgue-archive/morgue/internal/store"
)

// Reader is what the pages need from the archive.
type Reader interface {
	State(ctx context.Context) (store.State, error)
	Article(ctx context.Context, slug string) (store.Item, error)
	Alias(ctx context.Context, slug string) (string, error)
	List(ctx context.Context, q store.ListQuery) ([]store.Item, int, error)
	Name(ctx context.Context, kind store.Kind, slug string) (store.Named, error)
	TagAlias(ctx context.Context, slug string) (string, error)
	Tags(ctx context.Context, offset, limit int) ([]store.Named, int, error)
	// View is an article page's article, source and neighbours; RelatedAt
	// its related articles at the generation View read.
	View(ctx context.Context, slug string) (store.View, error)
	RelatedAt(ctx context.Context, gen int64, it store.Item, limit int) ([]store.Ref, error)
	Months(ctx context.Context) ([]store.Period, error)
	Counts(ctx context.Context) (articles, undated int, err error)
	Search(ctx context.Context, q store.SearchQuery) (store.SearchResult, error)
	// For facets, name indexes, the date archive and "did you mean".
	ListFacets(ctx context.Context, q store.ListQuery, opt store.FacetOptions) (*store.Facets, error)
	Names(ctx context.Context, kind store.Kind, byName bool, offset, limit int) ([]store.Named, int, error)
	FindNames(ctx context.Context, kind store.Kind, part string, limit int) ([]store.Named, error)
	NameGuide(ctx context.Context, kind store.Kind, perPage int) ([]store.GuidePage, []store.Letter, error)
	Days(ctx context.Context, year, month int) ([]store.Period, error)
	Adjacent(ctx context.Context, year, month, day int) (before, after int, err error)
	Suggest(ctx context.Context, word string) (store.Suggestion, error)
	// For feeds and sitemaps.
	Bodies(ctx context.Context, items []store.Item) error
	LinkCounts(ctx context.Context) (articles, names int, err error)
	ArticleLinks(ctx context.Context, offset, limit int) ([]store.Link, error)
	NameLinks(ctx context.Context, offset, limit int) ([]store.Link, error)
	// Sources, versions and permanent links (provenance.go).
	Provenance(ctx context.Context, id int64) (store.Provenance, error)
	Versions(ctx context.Context, id int64) ([]store.Version, error)
	VersionCounts(ctx context.Context, items []store.Item) (map[int64]int, error)
	SourceOf(ctx context.Context, id int64, version int) (store.SourceFile, error)
	SlugByID(ctx context.Context, id int64) (string, error)
	// WarmFacets starts loading, in the background, the facet index of the
	// archive's version the last request read, when none is loaded or
	// loading for it; called after each answered request.
	WarmFacets()
}

// Config sets up a Server.
type Config struct {
	// BaseURL is the site's public address, without a trailing slash, used
	// for canonical links and feeds (e.g. "http://127.0.0.1:8080").
	BaseURL string
	Logger  *slog.Logger
	// CacheBytes bounds the rendered-page cache; 0 means 32 MiB.
	CacheBytes int
	// SearchWait is how long a search waits for one of the few search
	// slots before the answer is 503; 0 means 5 seconds.
	SearchWait time.Duration
	// Processors is how many processors the site's work may use at once;
	// 0 means GOMAXPROCS. morgue serve runs with one more Go processor
	// than this (cmd/morgue/serve.go).
	Processors int
	// SitemapURLs bounds the URLs of one sitemap file; 0 means
	// MaxSitemapURLs, the protocol's limit.
	SitemapURLs int
}

// Server serves the archive.
type Server struct {
	reader  Reader
	base    string
	log     *slog.Logger
	pages   *templates
	links   *nameLinks // links to names, rendered once (links.go)
	asides  asides     // listings' facet columns, rendered once (aside.go)
	assets  *assets
	cache   *pageCache
	flights flights // pages being rendered now (cache.go)
	handler http.Handler
	// sitemapURLs is the most URLs one sitemap file lists.
	sitemapURLs int
	// searchSlots bounds the searches running at once.
	searchSlots chan struct{}
	// renders bounds the article pages rendered at once (cache.go).
	renders    *renderGate
	searchWait time.Duration
	// topNames are the names the search form's filter fields offer.
	topNames topNames
	// archiveFeeds links the whole archive's feeds: the same on every
	// article page, so executed once, not as eight template actions a
	// first view.
	archiveFeeds template.HTML
}

// New builds the site. Templates and assets are parsed here, once, so a
// broken template stops the server at start-up rather than on a request.
func New(r Reader, cfg Config) (*Server, error) {
	s := &Server{
		reader: r,
		base:   strings.TrimRight(cfg.BaseURL, "/"),
		log:    cfg.Logger,
		asides: asides{limit: maxAsides},
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	var err error
	if s.assets, err = loadAssets(); err != nil {
		return nil, err
	}
	if s.links, err = loadLinks(); err != nil {
		return nil, err
	}
	if s.pages, err = loadTemplates(s.assets); err != nil {
		return nil, err
	}
	if s.archiveFeeds, err = s.pages.fragment(s.pages.layout, "feeds", s.feedLinks(wholeArchive, store.Named{})); err != nil {
		return nil, err
	}
	size := cfg.CacheBytes
	if size <= 0 {
		size = 32 << 20
	}
	s.cache = newPageCache(size)
	procs := cfg.Processors
	if procs <= 0 {
		procs = runtime.GOMAXPROCS(0)
	}
	s.searchSlots = make(chan struct{}, 2*procs)
	s.renders = newRenderGate(procs)
	s.searchWait = cfg.SearchWait
	if s.searchWait <= 0 {
		s.searchWait = 5 * time.Second
	}
	s.sitemapURLs = cfg.SitemapURLs
	if s.sitemapURLs <= 0 || s.sitemapURLs > MaxSitemapURLs {
		s.sitemapURLs = MaxSitemapURLs
	}
	s.handler = s.routes()
	return s, nil
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

func (s *Server) routes() http.Handler {
	r := chi.NewRouter()
	r.Use(s.warmAfter, s.logRequests, s.recoverer, securityHeaders, s.limitRequests, s.readOnly, redirectTrailingSlash)
	r.NotFound(func(w http.ResponseWriter, r *http.Request) { s.notFound(w, r) })
	r.MethodNotAllowed(func(w http.ResponseWriter, r *http.Request) {
		s.renderError(w, r, http.StatusMethodNotAllowed, "This archive is read-only: only GET and HEAD requests are answered.")
	})

	r.Get("/static/{name}", s.static)
	r.Get("/favicon.ico", s.favicon)

	r.Group(func(r chi.Router) {
		r.Use(s.cached)
		r.Get("/", s.home)
		r.With(s.oneRender).Get("/articles/{slug}", s.article)
		r.Get("/tags", s.tags)
		for _, kind := range store.Kinds {
			r.Get("/"+kind.String()+"/{slug}", s.named(kind))
		}
		r.Get("/authors", s.nameIndex(store.Authors))
		r.Get("/outlets", s.nameIndex(store.Outlets))
		r.Get("/archive", s.archive)
		r.Get("/archive/undated", s.undated)
		r.Get("/archive/{year}", s.archivePeriod)
		r.Get("/archive/{year}/{month}", s.archivePeriod)
		r.Get("/archive/{year}/{month}/{day}", s.archivePeriod)
		r.Get("/search", s.search)
		s.archiveRoutes(r)
	})
	s.sourceRoutes(r)
	s.machineRoutes(r)
	return r
}

// Timeouts bound how long a client may take at each stage of a request.
type Timeouts struct {
	ReadHeader, Read, Write, Idle time.Duration
}

// DefaultTimeouts: generous for a person on a slow phone, short enough that
// slow-loris clients cannot pile up connections.
var DefaultTimeouts = Timeouts{ReadHeader: 5 * time.Second, Read: 10 * time.Second, Write: 30 * time.Second, Idle: 60 * time.Second}

// Apply sets the timeouts on srv.
func (t Timeouts) Apply(srv *http.Server) {
	srv.ReadHeaderTimeout, srv.ReadTimeout, srv.WriteTimeout, srv.IdleTimeout = t.ReadHeader, t.Read, t.Write, t.Idle
}

// HTTPServer wraps h with the limits a public server needs: slow clients
// cannot hold connections open, headers are capped, nothing waits forever.
func HTTPServer(addr string, h http.Handler) *http.Server {
	srv := &http.Server{Addr: addr, Handler: h, MaxHeaderBytes: 16 << 10}
	DefaultTimeouts.Apply(srv)
	return srv
}
