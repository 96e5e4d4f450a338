package server

import (
	"context"
	"errors"
	"html/template"
	"net/http"
	"net/url"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/morgue-archive/morgue/internal/markdown"
	"github.com/morgue-archive/morgue/internal/store"
)

// relatedCount is how many related articles an article page lists.
const relatedCount = 5

// articleCtx loads the article named by {slug} into the request context. A
// retired slug (the title changed) answers 301 to the current URL, so old
// links keep working.
func (s *Server) articleCtx(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if it, ok := s.lookupArticle(w, r, "/articles/", s.notFound); ok {
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), articleKey, it)))
		}
	})
}

// lookupArticle finds the article named by {slug}. A retired slug answers
// 301 to prefix and the current slug, an unknown one notFound; ok is false
// when an answer was sent.
func (s *Server) lookupArticle(w http.ResponseWriter, r *http.Request, prefix string, notFound http.HandlerFunc) (store.Item, bool) {
	var it store.Item
	ok := s.lookup(w, r, prefix, notFound, func(ctx context.Context, slug string) (err error) {
		it, err = s.reader.Article(ctx, slug)
		return err
	})
	return it, ok
}

// lookup reads the article named by {slug} with read. A retired slug
// answers 301 to prefix and the current slug, an unknown one notFound; ok
// is false when an answer was sent.
func (s *Server) lookup(w http.ResponseWriter, r *http.Request, prefix string, notFound http.HandlerFunc,
	read func(ctx context.Context, slug string) error) bool {
	slug := chi.URLParam(r, "slug")
	err := read(r.Context(), slug)
	if errors.Is(err, store.ErrNotFound) {
		cur, aerr := s.reader.Alias(r.Context(), slug)
		switch {
		case aerr == nil:
			// A page under the article's address (its history, its
			// source) moves with it.
			rest := strings.TrimPrefix(r.URL.Path, prefix+slug)
			target := &url.URL{Path: prefix + cur + rest, RawQuery: r.URL.RawQuery}
			http.Redirect(w, r, target.String(), http.StatusMovedPermanently)
			return false
		case errors.Is(aerr, store.ErrNotFound):
			notFound(w, r)
			return false
		default:
			err = aerr
		}
	}
	if err != nil {
		s.fail(w, r, err)
		return false
	}
	return true
}

// article is an article's page. The article, its source and its
// neighbours come in one statement (store.View): most article pages are
// first views.
func (s *Server) article(w http.ResponseWriter, r *http.Request) {
	var v store.View
	if !s.lookup(w, r, "/articles/", s.notFound, func(ctx context.Context, slug string) (err error) {
		v, err = s.reader.View(ctx, slug)
		return err
	}) {
		return
	}
	it := v.Item
	related, err := s.reader.RelatedAt(r.Context(), v.Generation, it, relatedCount)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	body, err := markdown.ToHTML(it.Body)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	archived := s.articleArchive(it, v.Provenance)
	story := storyOf(&it)
	story.TagsHTML = s.links.tags(it.Tags)
	desc := it.Dek
	if desc == "" {
		desc = summary(it.Body, 200)
	}
	page := ArticlePage{
		Meta: Meta{
			Title:       it.Title + " – morgue",
			Description: desc,
			Canonical:   s.base + "/articles/" + it.Slug,
			// The site's own words are English; the article element
			// carries the article's language and direction.
			Lang:         "en",
			ArchiveFeeds: s.archiveFeeds,
			Social:       socialHTML(s.articleSocial(it, desc)),
			LinkedData:   s.articleLinkedData(it, desc),
		},
		Article: it,
		Story:   story,
		Credit:  s.links.credit(&it.Article),
		// body was rendered just now from the stored Markdown by goldmark
		// with raw HTML off: it escapes all text, omits raw HTML and drops
		// script link targets, so the result holds no markup but what
		// Markdown itself makes, whatever the archive holds (the whole
		// argument is in package markdown's comment).
		BodyHTML:   template.HTML(body), //nolint:gosec // see above
		Archive:    archived,
		Related:    relatedHTML(links(related)),
		Neighbours: neighboursHTML(linkOf(v.Newer), linkOf(v.Older)),
	}
	page.StoryHead, page.StoryFoot = storyHTML(&page)
	page.ArchiveHead = archiveHeadHTML(&page.Archive)
	s.page(w, r, "article", page, it.UpdatedAt)
}

// summary is the start of a text, cut at a word boundary, for descriptions.
func summary(text string, max int) string {
	// Only as much of the body as the summary takes: the whole of it
	// was copied three times on every article page whose dek is empty.
	var b strings.Builder
	for f := range strings.FieldsSeq(text) {
		if f = strings.ReplaceAll(f, "\\", ""); f == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(f)
		if b.Len() > max {
			break
		}
	}
	text = b.String()
	if len(text) <= max {
		return text
	}
	cut := strings.LastIndexByte(text[:max], ' ')
	if cut < max/2 {
		cut = max
	}
	// Do not split a multi-byte character.
	for cut > 0 && !utf8Start(text[cut]) {
		cut--
	}
	return text[:cut] + "…"
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }
