package server

import (
	"net/http"

	"github.com/morgue-archive/morgue/internal/citation"
	"github.com/morgue-archive/morgue/internal/store"
)

// citeFormats are the citation files an article offers, by extension.
var citeFormats = map[string]struct {
	contentType string
	write       func(citation.Work) ([]byte, error)
}{
	"bib":  {citation.BibTeXType, func(w citation.Work) ([]byte, error) { return citation.BibTeX(w), nil }},
	"ris":  {citation.RISType, func(w citation.Work) ([]byte, error) { return citation.RIS(w), nil }},
	"json": {citation.CSLType, citation.CSL},
}

// cite answers an article's citation in one exchange format, for
// reference managers to import.
func (s *Server) cite(ext string) http.HandlerFunc {
	f := citeFormats[ext]
	return func(w http.ResponseWriter, r *http.Request) {
		it := r.Context().Value(articleKey).(store.Item)
		body, err := f.write(s.citationWork(it))
		if err != nil {
			s.serverError(w, r, err)
			return
		}
		s.send(w, r, newResponse(http.StatusOK, f.contentType, body, it.UpdatedAt))
	}
}
