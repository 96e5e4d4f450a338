package server

import (
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"runtime/debug"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/go-chi/chi/v5/middleware"
)

// ctxKey keys what middlewares load into a request's context.
type ctxKey int

const (
	stateKey ctxKey = iota
	articleKey
)

// Limits on what a request may carry; an archive URL is short.
const (
	maxURILen      = 2048
	maxQueryParams = 32
)

// securityHeaders: no script runs on this site, so the policy forbids all
// of it, and nothing may frame a page. connect-src 'self' runs nothing
// either; it lets tools that fetch the site's own files from a page
// (Lighthouse reading robots.txt for its SEO audit) do so.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		// The values are shared by every response, not a new slice
		// each (what Header.Set makes): nothing appends to them in place,
		// since Add on a full slice copies it.
		for _, kv := range securityHeaderValues {
			h[kv.key] = kv.value
		}
		next.ServeHTTP(w, r)
	})
}

// securityHeaderValues are securityHeaders', keys in canonical form.
var securityHeaderValues = []struct {
	key   string
	value []string
}{
	{"Content-Security-Policy", []string{"default-src 'none'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; " +
		"base-uri 'none'; frame-ancestors 'none'"}},
	{"X-Content-Type-Options", []string{"nosniff"}},
	{"Referrer-Policy", []string{"strict-origin-when-cross-origin"}},
	{"X-Frame-Options", []string{"DENY"}},
	{"Cross-Origin-Opener-Policy", []string{"same-origin"}},
	{"Permissions-Policy", []string{"camera=(), microphone=(), geolocation=()"}},
}

// readOnly answers 405 to every method but GET and HEAD, on every path,
// and lets HEAD use the GET routes.
func (s *Server) readOnly(next http.Handler) http.Handler {
	head := middleware.GetHead(next)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			s.renderError(w, r, http.StatusMethodNotAllowed,
				"This archive is read-only: only GET and HEAD requests are answered.")
			return
		}
		head.ServeHTTP(w, r)
	})
}

// limitRequests refuses long URLs (414), malformed or oversized queries and
// text that is not UTF-8 (400) before any handler sees them.
func (s *Server) limitRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if len(r.RequestURI) > maxURILen {
			s.renderError(w, r, http.StatusRequestURITooLong,
				fmt.Sprintf("That address is too long: keep it under %d characters.", maxURILen))
			return
		}
		q, err := url.ParseQuery(r.URL.RawQuery)
		switch {
		case err != nil:
			s.renderError(w, r, http.StatusBadRequest, "The address has a malformed query string.")
			return
		case len(q) > maxQueryParams:
			s.renderError(w, r, http.StatusBadRequest, "The address has too many parameters.")
			return
		case !utf8.ValidString(r.URL.Path) || !validQuery(q):
			s.renderError(w, r, http.StatusBadRequest, "The address is not valid UTF-8 text.")
			return
		}
		next.ServeHTTP(w, r)
	})
}

func validQuery(q url.Values) bool {
	for k, vs := range q {
		if !utf8.ValidString(k) {
			return false
		}
		for _, v := range vs {
			if !utf8.ValidString(v) {
				return false
			}
		}
	}
	return true
}

// redirectTrailingSlash sends /tags/ to /tags, so every page has one URL.
func redirectTrailingSlash(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.Path
		if len(p) > 1 && strings.HasSuffix(p, "/") {
			// One leading slash only: "//host/" must not become a
			// redirect to another site.
			target := &url.URL{Path: "/" + strings.Trim(p, "/"), RawQuery: r.URL.RawQuery}
			http.Redirect(w, r, target.String(), http.StatusMovedPermanently)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// logRequests writes one structured line per request.
func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		ww := middleware.NewWrapResponseWriter(w, r.ProtoMajor)
		next.ServeHTTP(ww, r)
		// Straight to the handler: Logger's methods also take the
		// caller's address (runtime.Callers, 1% of a first view) for a
		// source attribute this log does not write.
		h := s.log.Handler()
		if !h.Enabled(r.Context(), slog.LevelInfo) {
			return
		}
		rec := slog.NewRecord(time.Now(), slog.LevelInfo, "request", 0)
		rec.AddAttrs(slog.String("method", r.Method), slog.String("path", r.URL.Path), slog.String("query", r.URL.RawQuery),
			slog.Int("status", ww.Status()), slog.Int("bytes", ww.BytesWritten()),
			slog.Duration("duration", time.Since(start).Round(time.Microsecond)))
		h.Handle(r.Context(), rec)
	})
}

// warmAfter lets the archive prepare, once a request is answered, what
// later pages need (Reader.WarmFacets): the first answer after a start
// does not wait for it, and the first tag page, listing or search after it
// finds the facet index loaded.
func (s *Server) warmAfter(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
		s.reader.WarmFacets()
	})
}

// recoverer turns a panic into a plain 500 page; the stack goes to the log,
// never to the client.
func (s *Server) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic", "path", r.URL.Path, "error", fmt.Sprint(v), "stack", string(debug.Stack()))
				s.renderError(w, r, http.StatusInternalServerError, "Something went wrong on our side.")
			}
		}()
		next.ServeHTTP(w, r)
	})
}
