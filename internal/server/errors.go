package server

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/morgue-archive/morgue/internal/store"
)

var errorHeadings = map[int]string{
	http.StatusBadRequest:          "That request did not make sense",
	http.StatusNotFound:            "Page not found",
	http.StatusMethodNotAllowed:    "Method not allowed",
	http.StatusRequestURITooLong:   "Address too long",
	http.StatusInternalServerError: "Something went wrong",
	http.StatusServiceUnavailable:  "Archive unavailable",
}

// renderError answers with an error page in the site's layout, or with a
// JSON error under /api/. It is never cached and never shows internal
// details.
func (s *Server) renderError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	if isAPI(r) {
		s.apiError(w, r, status, msg)
		return
	}
	heading := errorHeadings[status]
	if heading == "" {
		heading = http.StatusText(status)
	}
	data := ErrorPage{
		Meta: Meta{
			Title:       heading + " – morgue",
			Description: msg,
			Lang:        "en",
			Noindex:     true,
		},
		Heading: heading,
		Message: msg,
	}
	body, err := s.pages.render("error", data)
	if err != nil {
		s.log.Error("render error page", "error", err)
		http.Error(w, msg, status)
		return
	}
	newResponse(status, "text/html; charset=utf-8", body, time.Time{}).write(w, r)
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	s.renderError(w, r, http.StatusNotFound,
		"There is no page at this address. The article may be listed under another title: try a search.")
}

func (s *Server) badRequest(w http.ResponseWriter, r *http.Request, msg string) {
	s.renderError(w, r, http.StatusBadRequest, msg)
}

// serverError logs the cause and shows a generic page; a request the client
// abandoned is not an error worth a log line.
func (s *Server) serverError(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, context.Canceled) {
		return
	}
	s.log.Error("request failed", "path", r.URL.Path, "error", err)
	s.renderError(w, r, http.StatusInternalServerError, "Something went wrong on our side. Please try again in a moment.")
}

// fail maps a store error to the right page.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, store.ErrNotFound):
		s.notFound(w, r)
	case errors.Is(err, store.ErrBadRequest):
		s.badRequest(w, r, err.Error())
	case errors.Is(err, errBusy):
		w.Header().Set("Retry-After", "5")
		s.renderError(w, r, http.StatusServiceUnavailable, "The archive is answering many searches right now. Please try again in a few seconds.")
	default:
		s.serverError(w, r, err)
	}
}
