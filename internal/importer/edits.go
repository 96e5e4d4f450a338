package importer

import (
	"context"
	"strings"
	"unicode"

	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/store"
)

// sameStoryShare is how much of its words a new file must share with a
// stored article of the same headline, outlet and day to be taken for an
// edited copy of it (a new version) rather than another story: a
// corrected sentence leaves well over nine tenths, while two stories that
// merely share a headline ("Live updates") share their common words only.
// Below sameStoryWords words a share says too little to tell.
const (
	sameStoryShare = 0.8
	sameStoryWords = 40
)

// earlierVersion finds the stored article that rec is an edited copy of:
// the same headline (so the same slug, or the slug with a number), the
// same outlet, the same day of publication (or none), and mostly the same
// words. ok is false when there is none.
func earlierVersion(ctx context.Context, b *store.Batch, rec store.Record) (store.Existing, bool, error) {
	cands, err := b.Candidates(ctx, rec.Article.Slug)
	if err != nil || len(cands) == 0 {
		return store.Existing{}, false, err
	}
	outlet := article.Slugify(rec.Article.Outlet)
	day := 0
	if p := rec.Article.Published; p != nil {
		y, m, d := p.Date()
		day = y*10000 + int(m)*100 + d
	}
	words := wordBag(rec.BodyText)
	best, bestShare := store.Existing{}, 0.0
	for _, c := range cands {
		if c.OutletSlug != outlet || c.PubDay != day {
			continue
		}
		if s := shared(words, wordBag(c.Text)); s > bestShare {
			best, bestShare = c.Existing, s
		}
	}
	return best, bestShare >= sameStoryShare, nil
}

// wordBag counts the lower-cased words of a text.
func wordBag(text string) map[string]int {
	bag := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		bag[w]++
	}
	return bag
}

// shared is the share of the longer text's words that the other has too;
// 0 when the longer has fewer than sameStoryWords.
func shared(a, b map[string]int) float64 {
	var na, nb, both int
	for w, n := range a {
		na += n
		both += min(n, b[w])
	}
	for _, n := range b {
		nb += n
	}
	if max(na, nb) < sameStoryWords {
		return 0
	}
	return float64(both) / float64(max(na, nb))
}
