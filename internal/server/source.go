package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"net/http"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"

	"github.com/morgue-archive/morgue/internal/store"
)

// sourceType: the original text is shown as plain text, never as a page
// (with nosniff, which securityHeaders sets, no browser reads it as HTML,
// and the Content-Security-Policy forbids script anyway).
const sourceType = "text/plain; charset=utf-8"

// source shows the bytes an article was imported from: of its current
// state, or of an earlier one with ?version=N.
func (s *Server) source(w http.ResponseWriter, r *http.Request) {
	it := r.Context().Value(articleKey).(store.Item)
	v, err := versionParam(r, "version")
	if err != nil {
		s.badRequest(w, r, capitalize(err.Error())+".")
		return
	}
	f, err := s.reader.SourceOf(r.Context(), it.ID, v)
	if errors.Is(err, store.ErrNotFound) {
		msg := "The archive does not keep the source of this article: it was imported before sources were kept. Importing its file again keeps it."
		if v != 0 {
			msg = "This article has no version with that number, or the source of that version was not kept."
		}
		s.renderError(w, r, http.StatusNotFound, msg)
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	text, same := utf8Text(f.Data)
	res := newResponse(http.StatusOK, sourceType, text, f.LastSeen)
	if same {
		// RFC 9530: the digest of what is sent, which here is the kept
		// source itself, so a reader can check it against the archive's
		// SHA-256.
		sum := sha256.Sum256(f.Data)
		w.Header().Set("Repr-Digest", "sha-256=:"+base64.StdEncoding.EncodeToString(sum[:])+":")
	}
	s.send(w, r, res)
}

// utf8Text is the source as UTF-8 text, and whether that is the stored
// bytes unchanged: UTF-16 sources (with a byte order mark) are decoded,
// invalid bytes of any other are shown as U+FFFD.
func utf8Text(b []byte) ([]byte, bool) {
	if bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		dec := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder()
		if out, err := dec.Bytes(b); err == nil {
			return out, false
		}
	}
	if utf8.Valid(b) {
		return b, true
	}
	return bytes.ToValidUTF8(b, []byte("\uFFFD")), false
}
