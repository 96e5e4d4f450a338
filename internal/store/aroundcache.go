package store

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/morgue-archive/morgue/internal/article"
)

// What an article page shows around the article repeats from page to page:
// its related articles come from the newest articles of its tags, and a
// tag's newest articles, and the titles and dates of the articles shown as
// related, are the same for every article of the tag. Reading them once
// per generation of the archive took the related articles from a third of
// an uncached page's CPU (pprof of morgue serve under a crawl of every
// article) to a lookup. The caches are bounded by entries and emptied
// whole when full or when the archive changes: cheaper than keeping an LRU
// order, and a full cache refills from the tags and refs asked for now.

// aroundCache belongs to one open archive (a conn).
type aroundCache struct {
	mu    sync.Mutex
	gen   int64
	tags  map[string]tagNewest
	refs  map[int64]Ref
	terms map[indexTerm]int // how many articles have a headline term, 0 for none
	heads map[indexID][]string
	names map[nameID]article.Tag // authors' and tags' names, for listings
	// specific is specificCount's answer for gen, 0 until read.
	specific int
}

// indexID names an article's headline terms as one full-text index
// holds them.
type indexID struct {
	table string
	id    int64
}

type indexTerm struct{ table, term string }

// nameID is an author or a tag by its id.
type nameID struct {
	kind Kind
	id   int64
}

// A tag's newest articles, as relatedIDs reads them, and its size (which
// says whether it is specific).
type tagNewest struct {
	count int
	ids   []int64
	keys  []int64 // sort keys of ids
	// byID is ids with their sort keys in the order of the ids, made
	// once when the tag is read, so that the tags of a page merge in one
	// pass: sorting their concatenation on every page was 6% of a first
	// view's CPU under a crawl of 100,000 articles.
	byID []idKey
}

type idKey struct{ id, key int64 }

const (
	aroundCacheTags  = 4096 // at most relatedPerTag articles each: 13 MB at most
	aroundCacheRefs  = 8192 // a title and a slug each
	aroundCacheTerms = 1 << 16
	aroundCacheHeads = 8192 // at most maxHeadlineTerms short strings each
	aroundCacheNames = 1 << 16
)

// at empties the cache when gen is not the generation it holds; the
// caller holds mu.
func (c *aroundCache) at(gen int64) {
	if c.tags == nil || c.gen != gen {
		c.gen, c.tags, c.refs, c.terms = gen, map[string]tagNewest{}, map[int64]Ref{}, map[indexTerm]int{}
		c.heads, c.names = map[indexID][]string{}, map[nameID]article.Tag{}
		c.specific = 0
	}
}

// keep adds entries to the cache's map that pick names (picked once the
// cache is at gen), emptying the map first when they would not fit in
// limit.
func keep[K comparable, V any](c *aroundCache, gen int64, pick func() map[K]V, limit int, entries map[K]V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.at(gen)
	m := pick()
	if len(m)+len(entries) > limit {
		clear(m)
	}
	for k, v := range entries {
		m[k] = v
	}
}

// tagNewest returns the tag's newest relatedPerTag articles, from the
// cache or read once.
func (r *Reader) tagNewest(ctx context.Context, gen int64, slug string) (tagNewest, error) {
	c := &r.conn().around
	c.mu.Lock()
	c.at(gen)
	t, ok := c.tags[slug]
	c.mu.Unlock()
	if ok {
		return t, nil
	}
	// Read outside the lock: two requests may both read a tag, and
	// either result is right.
	rows, err := r.conn().QueryContext(ctx, `SELECT t.article_count, x.article_id, x.sort_key FROM tags t
		JOIN (SELECT article_id, sort_key FROM article_tags WHERE tag_id = (SELECT id FROM tags WHERE slug = ?1)
			ORDER BY sort_key DESC, article_id DESC LIMIT ?2) x
		WHERE t.slug = ?1`, slug, relatedPerTag)
	if err != nil {
		return t, fmt.Errorf("related: tag %q: %w", slug, err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, key int64
		if err := rows.Scan(&t.count, &id, &key); err != nil {
			return t, fmt.Errorf("related: tag %q: %w", slug, err)
		}
		t.ids, t.keys = append(t.ids, id), append(t.keys, key)
	}
	if err := rows.Err(); err != nil {
		return t, fmt.Errorf("related: tag %q: %w", slug, err)
	}
	t.byID = make([]idKey, len(t.ids))
	for i, id := range t.ids {
		t.byID[i] = idKey{id, t.keys[i]}
	}
	slices.SortFunc(t.byID, func(a, b idKey) int { return cmp.Compare(a.id, b.id) })
	keep(c, gen, func() map[string]tagNewest { return c.tags }, aroundCacheTags, map[string]tagNewest{slug: t})
	return t, nil
}

// relatedByTags ranks the articles among the newest of it's tags that
// share two tags with it, or one specific tag: the most weight first, then
// the newest (sort key, then id).
func (r *Reader) relatedByTags(ctx context.Context, gen int64, it Item, specific, limit int) ([]int64, error) {
	// Each tag's newest articles in the order of their ids, merged in
	// one pass; only the best limit are kept, in order. A map of an
	// entry per article allocated each of up to 200 articles per tag
	// anew on every page (8% of a first view's CPU under a crawl), and
	// sorting all of them, then the ones kept, another 6%.
	type list struct {
		ids []idKey
		w   int
	}
	lists := make([]list, 0, len(it.Tags))
	for _, tag := range it.Tags {
		t, err := r.tagNewest(ctx, gen, tag.Slug)
		if err != nil {
			return nil, err
		}
		w := 1
		if t.count <= specific {
			w = 2
		}
		if len(t.byID) > 0 {
			lists = append(lists, list{t.byID, w})
		}
	}
	type score struct {
		id, key int64
		w       int
	}
	// better orders the most weight first, then the newest (sort key,
	// then id).
	better := func(a, b score) bool {
		if a.w != b.w {
			return a.w > b.w
		}
		if a.key != b.key {
			return a.key > b.key
		}
		return a.id > b.id
	}
	best := make([]score, 0, limit+1)
	for {
		// The smallest id at the head of a list, and its weight summed
		// over every list that has it.
		s := score{id: -1, key: math.MinInt64}
		for _, l := range lists {
			if len(l.ids) > 0 && (s.id < 0 || l.ids[0].id < s.id) {
				s.id = l.ids[0].id
			}
		}
		if s.id < 0 {
			break
		}
		for i := range lists {
			if l := &lists[i]; len(l.ids) > 0 && l.ids[0].id == s.id {
				s.w += l.w
				s.key = max(s.key, l.ids[0].key)
				l.ids = l.ids[1:]
			}
		}
		if s.w < 2 || s.id == it.ID || limit <= 0 {
			continue
		}
		if len(best) == limit && !better(s, best[limit-1]) {
			continue
		}
		at := len(best)
		for at > 0 && better(s, best[at-1]) {
			at--
		}
		best = slices.Insert(best, at, s)
		if len(best) > limit {
			best = best[:limit]
		}
	}
	ids := make([]int64, len(best))
	for i, s := range best {
		ids[i] = s.id
	}
	return ids, nil
}

// cachedRefs loads refs in the order of ids, those read before in this
// generation from the cache.
func (r *Reader) cachedRefs(ctx context.Context, gen int64, ids []int64) ([]Ref, error) {
	c := &r.conn().around
	var missing []int64
	have := make(map[int64]Ref, len(ids))
	c.mu.Lock()
	c.at(gen)
	for _, id := range ids {
		if x, ok := c.refs[id]; ok {
			have[id] = x
		} else {
			missing = append(missing, id)
		}
	}
	c.mu.Unlock()
	if len(missing) > 0 {
		read, err := r.refsByIDs(ctx, missing)
		if err != nil {
			return nil, err
		}
		add := make(map[int64]Ref, len(read))
		for _, x := range read {
			have[x.ID], add[x.ID] = x, x
		}
		keep(c, gen, func() map[int64]Ref { return c.refs }, aroundCacheRefs, add)
	}
	out := make([]Ref, 0, len(ids))
	for _, id := range ids {
		if x, ok := have[id]; ok {
			out = append(out, x)
		}
	}
	return out, nil
}

// headlineTerms returns the terms of the headlines of ids as mine's index
// holds them, those read before in this generation from the cache. The
// candidates of the headline rule are the newest headlines sharing a word
// with the article's, so the same few thousand come up page after page:
// reading each one's row (a page read from the file, often) and stemming
// its words was most of the rule's time.
func (r *Reader) headlineTerms(ctx context.Context, gen int64, mine headline, ids []int64) (map[int64][]string, error) {
	c := &r.conn().around
	out := make(map[int64][]string, len(ids))
	var missing []int64
	c.mu.Lock()
	c.at(gen)
	for _, id := range ids {
		if t, ok := c.heads[indexID{mine.table, id}]; ok {
			out[id] = t
		} else {
			missing = append(missing, id)
		}
	}
	c.mu.Unlock()
	if len(missing) == 0 {
		return out, nil
	}
	rows, err := r.conn().QueryContext(ctx, `SELECT id, title FROM articles WHERE id IN `+idSet, idList(missing))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	add := make(map[indexID][]string, len(missing))
	for rows.Next() {
		var id int64
		var title string
		if err := rows.Scan(&id, &title); err != nil {
			return nil, err
		}
		t := mine.of(title).terms
		out[id], add[indexID{mine.table, id}] = t, t
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	keep(c, gen, func() map[indexID][]string { return c.heads }, aroundCacheHeads, add)
	return out, nil
}

// termDocs returns how many articles have each of terms in the full-text
// index table, counted up to limit+1 (0 for a term no article has): the rule
// for related headlines only asks whether a word is specific. match holds
// the terms as the index's tokenizer is to be given them. Counts asked for
// before in this generation come from the cache.
//
// Counting stops at limit+1: the vocabulary table counted a term by walking
// all its articles, 4 ms for a word in 40% of 100,000 against a quarter of
// that to the 2,001st, and a crawl of every article, from a fresh start,
// counted most headline words it met (9 ms of CPU an article page whose
// tags did not fill its related articles).
func (r *Reader) termDocs(ctx context.Context, gen int64, table string, terms, match []string, limit int) (map[string]int, error) {
	c := &r.conn().around
	out := make(map[string]int, len(terms))
	var missing []int
	c.mu.Lock()
	c.at(gen)
	for i, t := range terms {
		if n, ok := c.terms[indexTerm{table, t}]; ok {
			out[t] = n
		} else {
			missing = append(missing, i)
		}
	}
	c.mu.Unlock()
	if len(missing) == 0 {
		return out, nil
	}
	var q strings.Builder
	args := []any{limit + 1}
	for k, i := range missing {
		if k > 0 {
			q.WriteString(" UNION ALL ")
		}
		// The text depends only on the table and the number of terms,
		// so that a few prepared statements serve every headline.
		fmt.Fprintf(&q, "SELECT %d, count(*) FROM (SELECT 1 FROM %s WHERE %s MATCH ?%d LIMIT ?1)", k, table, table, k+2)
		args = append(args, `"`+strings.ReplaceAll(match[i], `"`, `""`)+`"`)
	}
	rows, err := r.conn().QueryContext(ctx, q.String(), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	add := make(map[indexTerm]int, len(missing))
	for rows.Next() {
		var k, n int
		if err := rows.Scan(&k, &n); err != nil {
			return nil, err
		}
		if k < 0 || k >= len(missing) {
			return nil, fmt.Errorf("headline word counts: row %d of %d", k, len(missing))
		}
		t := terms[missing[k]]
		out[t], add[indexTerm{table, t}] = n, n
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.at(gen)
	if len(c.terms)+len(add) > aroundCacheTerms {
		// Keep the terms that were dear to count (a common word walks
		// limit+1 articles, a rare one a few). There are more headline
		// terms than the cache holds (85,000 in 100,000 generated
		// headlines), so a crawl of every article filled it again and
		// again, and each time counted the common words anew.
		dear := min(termDear, limit+1)
		maps.DeleteFunc(c.terms, func(_ indexTerm, n int) bool { return n < dear })
		if len(c.terms)+len(add) > aroundCacheTerms {
			clear(c.terms)
		}
	}
	maps.Copy(c.terms, add)
	return out, nil
}

// termDear is the article count from which a term is kept when the cache
// of term counts is full.
const termDear = 500
