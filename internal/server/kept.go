package server

import (
	"html/template"
	"sync"
)

// keptHTML holds rendered fragments under a key, at most limit of them,
// emptied whole when full: cheaper than keeping an order, and a full
// store refills from what is asked for now.
type keptHTML[K comparable] struct {
	mu    sync.Mutex
	limit int
	m     map[K]template.HTML
}

func (k *keptHTML[K]) get(key K) (template.HTML, bool) {
	k.mu.Lock()
	defer k.mu.Unlock()
	h, ok := k.m[key]
	return h, ok
}

func (k *keptHTML[K]) put(key K, h template.HTML) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.m == nil || len(k.m) >= k.limit {
		k.m = make(map[K]template.HTML)
	}
	k.m[key] = h
}
