package tagger

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/morgue-archive/morgue/internal/article"
)

// One subject, one tag, across the archive. Tags chooses names article by
// article: one article says "Donald Trump", the next only "Trump"; one
// "European Space Agency", the next "ESA"; one "astronaut", the next
// "astronauts". An Index holds the tags an archive already has, so that the
// importer files each new tag under the name the archive uses for the same
// subject, and learns which of its existing tags a new, fuller name should
// take over. Two tags are one subject when
//
//   - their slugs are the same once every word is singular ("astronaut",
//     "astronauts"): the longer name is kept;
//   - one is a single capitalised word and the other a person's name of two
//     to four words that ends in it ("Trump", "Donald Trump"; "Noem",
//     "Kristi Noem"), the single word being no place the tagger knows
//     ("Washington", "Jordan" stay apart from George Washington and Michael
//     Jordan): the full name is kept. When several people of the archive
//     share the surname, it goes to the one with the most articles if they
//     have more than twice as many as the next, else it stays a tag of its
//     own. The word alone must also stay less than four times as common
//     as the full name (counting the articles that name the person in
//     full): a word that stands alone on many articles is no surname of a
//     name seen on a few ("Bogota" is not short for "Leila Thomas Bogota",
//     a run the tagger misread once), and a merge moves few articles. (A
//     place on fewer than four articles when such a misread comes is still
//     merged into it: the archive keeps no record of which articles named
//     the person in full, so a merge is never undone.)
//   - one is an acronym and the other the only name of several capitalised
//     words with those initials ("ESA", "European Space Agency"): the full
//     name is kept.
//
// The index is pure bookkeeping: the store moves the articles of a tag that
// is merged away and keeps its slug as an alias.
type Index struct {
	bySlug  map[string]*entry
	byFold  map[string]*entry   // plural-folded slug → the entry kept for it
	byLast  map[string][]*entry // surname key → people with it
	byInit  map[string][]*entry // initials → names with them
	aliases map[string]string   // slug merged away → slug it went to
}

type entry struct {
	tag    article.Tag
	count  int
	short  int // articles filed here by the surname alone
	fold   string
	person bool
	last   string // surname key of a person
	init   string // initials of a name of several capitalised words
	gone   bool   // merged into another
}

// NewIndex returns an empty index.
func NewIndex() *Index {
	return &Index{bySlug: map[string]*entry{}, byFold: map[string]*entry{}, byLast: map[string][]*entry{},
		byInit: map[string][]*entry{}, aliases: map[string]string{}}
}

// Add records an existing tag and how many articles it has.
func (x *Index) Add(t article.Tag, count int) {
	if t.Slug == "" {
		return
	}
	if e, ok := x.bySlug[t.Slug]; ok && !e.gone {
		e.count += count
		return
	}
	e := &entry{tag: t, count: count, fold: foldSlug(t.Slug)}
	words := strings.Fields(t.Name)
	e.person = personName(words)
	if e.person {
		e.last = keyOf(words[len(words)-1])
		x.byLast[e.last] = append(x.byLast[e.last], e)
	}
	if in := initials(words); in != "" {
		e.init = in
		x.byInit[in] = append(x.byInit[in], e)
	}
	if cur, ok := x.byFold[e.fold]; !ok || len(t.Name) > len(cur.tag.Name) {
		x.byFold[e.fold] = e
	}
	x.bySlug[t.Slug] = e
}

// AddAlias records a slug that was merged into target before.
func (x *Index) AddAlias(slug, target string) { x.aliases[slug] = target }

// Use counts one more article for the tag with this slug.
func (x *Index) Use(slug string) {
	if e, ok := x.bySlug[slug]; ok {
		e.count++
	}
}

// Merge is one tag of the archive filed under another from now on.
type Merge struct{ From, Into article.Tag }

// Resolve returns the tag under which the archive files t, and the tags of
// the archive that t takes over (t is their fuller name). It records t (or
// its target) and the merges, so the next call knows them.
func (x *Index) Resolve(t article.Tag) (article.Tag, []Merge) {
	if t.Slug == "" {
		return t, nil
	}
	words := strings.Fields(t.Name)
	if to, ok := x.aliases[t.Slug]; ok {
		if e := x.bySlug[to]; e != nil && !e.gone {
			if len(words) == 1 && e.person && e.last == keyOf(words[0]) {
				e.short++
			}
			return e.tag, nil
		}
	}
	if e, ok := x.bySlug[t.Slug]; ok && !e.gone {
		// A surname that stood alone until its person became common
		// enough goes to them now.
		if len(words) == 1 {
			if p := x.fuller(words[0], e.count); p != nil && p != e {
				m := x.mergeInto(e, p)
				return p.tag, []Merge{m}
			}
		}
		return e.tag, nil
	}
	// A shorter form of a name the archive has.
	if e := x.byFold[foldSlug(t.Slug)]; e != nil && !e.gone && e.tag.Slug != t.Slug && len(t.Name) <= len(e.tag.Name) {
		return e.tag, nil
	}
	if len(words) == 1 {
		if e := x.fuller(words[0], 0); e != nil {
			if shapeOf(words[0]) == shCap {
				e.short++
			}
			return e.tag, nil
		}
	}
	// New: it may be the fuller name of tags the archive has.
	x.Add(t, 0)
	e := x.bySlug[t.Slug]
	var merges []Merge
	take := func(o *entry) {
		if o == nil || o == e || o.gone {
			return
		}
		merges = append(merges, x.mergeInto(o, e))
	}
	for _, o := range x.sameFold(e) {
		take(o)
	}
	// The new name counts the article that brings it. A surname waits
	// until its person is named in full often enough: Resolve of the
	// surname checks again.
	e.count++
	if e.person {
		if o := x.bySlug[e.last]; o != nil && !o.gone && x.fuller(o.tag.Name, o.count) == e {
			take(o)
		}
	}
	if e.init != "" {
		if o := x.bySlug[e.init]; o != nil && !o.gone && x.fuller(o.tag.Name, o.count) == e {
			take(o)
		}
	}
	e.count--
	return t, merges
}

// mergeInto records that o is filed under e from now on.
func (x *Index) mergeInto(o, e *entry) Merge {
	o.gone = true
	x.aliases[o.tag.Slug] = e.tag.Slug
	for from, to := range x.aliases {
		if to == o.tag.Slug {
			x.aliases[from] = e.tag.Slug
		}
	}
	e.count += o.count
	e.short += o.count
	return Merge{From: o.tag, Into: e.tag}
}

// Consolidate merges the tags of an archive indexed before this rule
// existed, or by an older one: each tag that has a fuller name in the
// archive goes into it. It returns the merges, for the store to carry out.
func (x *Index) Consolidate() []Merge {
	slugs := make([]string, 0, len(x.bySlug))
	for s := range x.bySlug {
		slugs = append(slugs, s)
	}
	sort.Strings(slugs)
	var out []Merge
	for _, s := range slugs {
		e := x.bySlug[s]
		if e.gone {
			continue
		}
		into := x.byFold[e.fold]
		if into == e || into == nil || into.gone {
			into = nil
			if words := strings.Fields(e.tag.Name); len(words) == 1 {
				into = x.fuller(words[0], e.count)
			}
		}
		if into == nil || into == e {
			continue
		}
		e.gone = true
		x.aliases[e.tag.Slug] = into.tag.Slug
		into.count += e.count
		out = append(out, Merge{From: e.tag, Into: into.tag})
	}
	// A merge into a tag that was itself merged later goes to the end of
	// the chain.
	for i := range out {
		for {
			next, ok := x.aliases[out[i].Into.Slug]
			if !ok {
				break
			}
			out[i].Into = x.bySlug[next].tag
		}
	}
	return out
}

// sameFold lists the other tags of e's plural-folded slug that e, the
// longer name, replaces.
func (x *Index) sameFold(e *entry) []*entry {
	cur := x.byFold[e.fold]
	if cur != e {
		return nil
	}
	var out []*entry
	// Only the entries met so far can share the fold; the map keeps one,
	// so the others are looked up by their own slugs.
	for _, cand := range []string{strings.TrimSuffix(e.tag.Slug, "s"), e.tag.Slug + "s", e.fold} {
		if o, ok := x.bySlug[cand]; ok && o != e && o.fold == e.fold && !o.gone {
			out = append(out, o)
		}
	}
	return out
}

// surnameShare is how many times more articles a surname may have alone
// than its person has in full.
const surnameShare = 4

// fuller returns the tag that a one-word tag word, on n articles of its
// own, is short for: the person with that surname, or the name with those
// initials, or nil.
func (x *Index) fuller(word string, n int) *entry {
	key := keyOf(word)
	switch shapeOf(word) {
	case shCap:
		if utf8.RuneCountInString(key) < 3 || knownPlace(key) {
			return nil
		}
		p := best(x.byLast[key])
		if p == nil {
			return nil
		}
		if !surnameFits(p, max(n, 1)) {
			return nil
		}
		return p
	case shAcro:
		var only *entry
		for _, e := range x.byInit[key] {
			if e.gone {
				continue
			}
			if only != nil {
				return nil
			}
			only = e
		}
		return only
	}
	return nil
}

// surnameFits reports whether n more articles that name person p by the
// surname alone may be filed under p: with them, the articles filed so
// far must stay fewer than surnameShare times those that name p in full.
func surnameFits(p *entry, n int) bool {
	return p.short+n < surnameShare*(p.count-p.short)
}

// best is the person among ps with the most articles, if they have more
// than twice as many as the next; the only one if there is one.
func best(ps []*entry) *entry {
	var first, second *entry
	for _, p := range ps {
		switch {
		case p.gone:
		case first == nil || p.count > first.count:
			first, second = p, first
		case second == nil || p.count > second.count:
			second = p
		}
	}
	if first == nil || second != nil && first.count <= 2*second.count {
		return nil
	}
	return first
}

// knownPlace reports a word that names a place (or is an adjective of
// one) in the tagger's lists: it is never taken for a surname.
func knownPlace(key string) bool {
	if _, ok := demonyms[key]; ok {
		return true
	}
	if _, ok := aliases[key]; ok {
		return true
	}
	for _, g := range aliasTargets {
		if g.key == key {
			return true
		}
	}
	for _, g := range demonymTargets {
		if g.key == key {
			return true
		}
	}
	return false
}

// personName reports a name of two to four capitalised words (initials
// and name connectors allowed) with no word of organisations or places:
// "Kristi Noem", "Ursula von der Leyen", not "European Space Agency".
func personName(words []string) bool {
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	t := tagger{folded: map[string]foldedWord{}}
	caps := 0
	for i, w := range words {
		tk, ok := t.makeToken(w, "")
		if !ok {
			return false
		}
		switch {
		case tk.shape == shInit:
		case tk.shape == shCap:
			if tk.lx.has(lxOrg|lxRoleHead|lxJunk|lxCalendar) || i == 0 && tk.lx.has(lxDemonym) || knownPlace(tk.key) && i == len(words)-1 {
				return false
			}
			caps++
		case tk.shape == shLower && tk.lx.has(lxConnector|lxInner) && i > 0:
		default:
			return false
		}
	}
	return caps >= 2 && !knownPlace(keyOf(strings.Join(words, " ")))
}

// initials are the first letters of the capitalised words of a name of
// two or more ("European Space Agency" → "esa"), "" for other names.
func initials(words []string) string {
	if len(words) < 2 {
		return ""
	}
	var b []byte
	for _, w := range words {
		k := keyOf(w)
		if k == "" {
			return ""
		}
		if connectors[k] || innerConnectors[k] || k == "and" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if shapeOf(w) != shCap || r >= utf8.RuneSelf {
			return ""
		}
		b = append(b, k[0])
	}
	if len(b) < 2 {
		return ""
	}
	return string(b)
}

// foldSlug makes each word of a slug singular: "davis-cup-finals" →
// "davis-cup-final".
func foldSlug(slug string) string {
	ws := strings.Split(slug, "-")
	for i, w := range ws {
		ws[i] = singular(w)
	}
	return strings.Join(ws, "-")
}
