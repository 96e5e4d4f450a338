package server

import (
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/morgue-archive/morgue/internal/store"
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

// archivePeriod lists one year's, month's or day's articles. Only
// canonical forms are accepted (/archive/2025, /archive/2025/03,
// /archive/2025/03/27), so each period has one URL.
func (s *Server) archivePeriod(w http.ResponseWriter, r *http.Request) {
	ys, ms, ds := chi.URLParam(r, "year"), chi.URLParam(r, "month"), chi.URLParam(r, "day")
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
	if ds != "" {
		d, err := strconv.Atoi(ds)
		last := time.Date(year, time.Month(q.Month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
		if err != nil || len(ds) != 2 || d < 1 || d > last {
			s.badRequest(w, r, fmt.Sprintf("%q is not a day of %s: use two digits from 01 to %d, as in %s/%02d.", ds, title, last, canonical, last))
			return
		}
		q.Day = d
		title = time.Month(q.Month).String() + " " + strconv.Itoa(d) + ", " + ys
		canonical += "/" + ds
		crumbs = append(crumbs, s.crumb(title, canonical))
	}
	lo, hi := periodBounds(year, q.Month, q.Day)
	data := ListPage{
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
		sel:     selection{v: map[string][]string{"from": {lo}, "to": {hi}}},
	}
	if q.Day != 0 {
		data.Intro = "published on " + title + ", newest first."
	}
	before, after, err := s.reader.Adjacent(r.Context(), year, q.Month, q.Day)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	data.Periods = &PeriodNav{Prev: periodLink(before, q), Next: periodLink(after, q)}
	if q.Month != 0 && q.Day == 0 {
		days, err := s.reader.Days(r.Context(), year, q.Month)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		for _, d := range days {
			data.Days = append(data.Days, DayLink{Day: d.Day, Count: d.Count,
				Label: fmt.Sprintf("%s %d", time.Month(d.Month).String()[:3], d.Day),
				URL:   fmt.Sprintf("/archive/%04d/%02d/%02d", d.Year, d.Month, d.Day)})
		}
	}
	s.listing(w, r, q, data, fmt.Sprintf("The archive holds no articles from %s.", title))
}

// periodBounds is the first and last day of a period, as YYYY-MM-DD.
func periodBounds(year, month, day int) (string, string) {
	switch {
	case day != 0:
		d := fmt.Sprintf("%04d-%02d-%02d", year, month, day)
		return d, d
	case month != 0:
		first := time.Date(year, time.Month(month), 1, 0, 0, 0, 0, time.UTC)
		return first.Format("2006-01-02"), first.AddDate(0, 1, -1).Format("2006-01-02")
	}
	return fmt.Sprintf("%04d-01-01", year), fmt.Sprintf("%04d-12-31", year)
}

// periodLink is the page of the period of the same size as q's that holds
// day (YYYYMMDD), or nil for none.
func periodLink(day int, q store.ListQuery) *PeriodLink {
	if day == 0 {
		return nil
	}
	y, m, d := day/10000, day/100%100, day%100
	switch {
	case q.Day != 0:
		return &PeriodLink{Label: fmt.Sprintf("%s %d, %d", time.Month(m), d, y), URL: fmt.Sprintf("/archive/%04d/%02d/%02d", y, m, d)}
	case q.Month != 0:
		return &PeriodLink{Label: fmt.Sprintf("%s %d", time.Month(m), y), URL: fmt.Sprintf("/archive/%04d/%02d", y, m)}
	}
	return &PeriodLink{Label: strconv.Itoa(y), URL: fmt.Sprintf("/archive/%04d", y)}
}

// undated lists the articles with no known date.
func (s *Server) undated(w http.ResponseWriter, r *http.Request) {
	s.listing(w, r, store.ListQuery{Undated: true}, ListPage{
		Meta: Meta{
			Title:       "Articles with no known date",
			Description: "Articles of the archive whose pages gave no date.",
			Canonical:   s.base + "/archive/undated",
			Lang:        "en",
			Section:     "archive",
		},
		Heading: "Articles with no known date",
		Intro:   "whose pages gave no date, most recently added first.",
		Crumbs:  []Crumb{s.crumb("Archive", "/archive"), s.crumb("No known date", "/archive/undated")},
		sel:     selection{v: map[string][]string{"undated": {"1"}}},
	}, "The archive holds no undated articles.")
}
