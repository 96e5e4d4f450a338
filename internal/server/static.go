package server

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/morgue-archive/morgue/web"
)

// assets are the embedded static files, each served under a name with its
// content hash ("style.3f2a9c1b.css") so it can be cached forever, and under
// its plain name with a short cache for people who type it.
type assets struct {
	byName   map[string]*response // both hashed and plain names
	hashedOf map[string]string    // plain name → hashed name
}

func loadAssets() (*assets, error) {
	a := &assets{byName: map[string]*response{}, hashedOf: map[string]string{}}
	err := fs.WalkDir(web.Static, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := fs.ReadFile(web.Static, p)
		if err != nil {
			return err
		}
		name := path.Base(p)
		ext := path.Ext(name)
		sum := sha256.Sum256(body)
		hashed := strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:4]) + ext
		ct := mime.TypeByExtension(ext)
		if ct == "" {
			ct = "application/octet-stream"
		}
		res := newResponse(http.StatusOK, ct, body, time.Time{})
		res.setCacheControl("public, max-age=31536000, immutable")
		a.byName[hashed] = res
		plain := newResponse(http.StatusOK, ct, body, time.Time{})
		plain.setCacheControl("public, max-age=300")
		a.byName[name] = plain
		a.hashedOf[name] = hashed
		return nil
	})
	return a, err
}

// url is the template function that names an asset by its hashed name.
func (a *assets) url(name string) string {
	if h, ok := a.hashedOf[name]; ok {
		return "/static/" + h
	}
	return "/static/" + name // a typo shows up as a 404 in tests
}

// static serves an asset by exact name; anything else, including every
// attempt at a path like "../x", is a 404.
func (s *Server) static(w http.ResponseWriter, r *http.Request) {
	res, ok := s.assets.byName[chi.URLParam(r, "name")]
	if !ok {
		s.notFound(w, r)
		return
	}
	res.write(w, r)
}

func (s *Server) favicon(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, s.assets.url("icon.svg"), http.StatusMovedPermanently)
}
