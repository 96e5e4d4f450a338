package server

import (
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5"

	"morgue/internal/store"
)

func (s *Server) archive(w http.ResponseWriter, r *http.Request) {
	months, err := s.reader.Months(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	data := ArchivePage{Meta: Meta{
		Title:       "Archive by date – morgue",
		Description: "Every dated article of the archive, by year and month.",
		Canonical:   s.base + "/archive",
		Lang:        "en",
		Section:     "archive",
	}}
	for _, m := range months {
		if len(data.Years) == 0 || data.Years[len(data.Years)-1].Year != m.Year {
			data.Years = append(data.Years, ArchiveYear{Year: m.Year})
		}
		y := &data.Years[len(data.Years)-1]
		y.Count += m.Count
		y.Months = append(y.Months, m)
	}
	if _, data.Undated, err = s.reader.Counts(r.Context()); err != nil {
		s.fail(w, r, err)
		return
	}
	s.page(w, r, "archive", data, stateFrom(r.Context()).UpdatedAt)
}

// archivePeriod lists one year's or one month's articles. Only canonical
// forms are accepted (/archive/2025, /archive/2025/03), so each period has
// one URL.
func (s *Server) archivePeriod(w http.ResponseWriter, r *http.Request) {
	ys, ms := chi.URLParam(r, "year"), chi.URLParam(r, "month")
	year, err := strconv.Atoi(ys)
	if err != nil || len(ys) != 4 || year < 1000 {
		s.badRequest(w, r, fmt.Sprintf("%q is not a year: use four digits, as in /archive/2025.", ys))
		return
	}
	q := store.ListQuery{Year: year}
	crumbs := s.archiveCrumbs(year, 0)
	title := ys
	canonical := "/archive/" + ys
	if ms != "" {
		month, err := strconv.Atoi(ms)
		if err != nil || len(ms) != 2 || month < 1 || month > 12 {
			s.badRequest(w, r, fmt.Sprintf("%q is not a month: use two digits from 01 to 12, as in /archive/2025/03.", ms))
			return
		}
		q.Month = month
		title = time.Month(month).String() + " " + ys
		canonical += "/" + ms
		crumbs = s.archiveCrumbs(year, month)
	}
	s.listing(w, r, q, ListPage{
		Meta: Meta{
			Title:       "Articles from " + title,
			Description: "Articles of the archive published in " + title + ".",
			Canonical:   s.base + canonical,
			Lang:        "en",
			Section:     "archive",
		},
		Heading: "Articles from " + title,
		Intro:   "published in " + title + ", newest first.",
		Crumbs:  crumbs,
	}, fmt.Sprintf("The archive holds no articles from %s.", title))
}
