package server

import (
	"context"
	"sync"

	"github.com/morgue-archive/morgue/internal/store"
)

// topNames keeps the most used tags, authors and outlets that the search
// form's filter fields offer, for one state of the archive. They are the
// same for every search, and asking for them took six queries per search
// page (a count of each kind and its top names: about 2 ms at 100,000
// articles, a tenth of a search for a word in 10% of the articles).
type topNames struct {
	mu    sync.Mutex
	ver   version
	ok    bool
	lists map[store.Kind][]store.Named
}

// get returns the datalistSize most used names of kind in the archive's
// state, reading them when the archive changed since they were kept.
func (t *topNames) get(ctx context.Context, r Reader, kind store.Kind) ([]store.Named, error) {
	st, ok := ctx.Value(stateKey).(store.State)
	if !ok {
		var err error
		if st, err = r.State(ctx); err != nil {
			return nil, err
		}
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.ok || t.ver != versionOf(st) {
		t.ver, t.ok, t.lists = versionOf(st), true, map[store.Kind][]store.Named{}
	}
	if names, ok := t.lists[kind]; ok {
		return names, nil
	}
	names, _, err := r.Names(ctx, kind, false, 0, datalistSize)
	if err != nil {
		return nil, err
	}
	t.lists[kind] = names
	return names, nil
}
