package tagger

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/morgue-archive/morgue/internal/article"
)

// resolve pools the mentions of each name and weighs the lines that carry
// no case information.
func (t *tagger) resolve(a article.Article) {
	t.splitComposites()
	t.mergeAliases()
	t.mergeShortNames()
	t.mergeAcronyms()
	t.mergeDemonyms()
	if t.listless() {
		t.mergeInflections()
	}
	t.commonSurnames()
	t.mergeSurnames()
	t.mergeFirstNames()
	if t.german {
		t.germanNouns()
	}
	t.exclude(a)
	t.matchUncased()
}

// snapshot lists the candidates not merged or dropped, in creation order.
// The list is scratch space, good until the next call of snapshot.
func (t *tagger) snapshot() []*cand {
	out := t.snap[:0]
	for _, c := range t.list {
		if c.into == nil && !c.dead {
			out = append(out, c)
		}
	}
	t.snap = out
	return out
}

// mergeAliases makes "U.S.", "US" and "America" one "United States".
func (t *tagger) mergeAliases() {
	for _, c := range t.snapshot() {
		canon, ok := aliases[c.key]
		if !ok {
			continue
		}
		key := aliasKeys[c.key]
		if key == c.key {
			c.fixed = canon
			continue
		}
		if dst := t.get(key, canon); dst != nil {
			dst.fixed = canon
			merge(c, dst, 1)
		}
	}
}

// mergeShortNames counts "the Fed" for "the Federal Reserve" when the
// article uses the full name.
func (t *tagger) mergeShortNames() {
	for _, c := range t.snapshot() {
		if full, ok := t.cands[shortNames[c.key]]; ok {
			if l, _ := full.live(); l != nil && l != c {
				merge(c, l, 1)
			}
		}
	}
}

// mergeAcronyms counts "ESA" for "European Space Agency" when exactly
// one name of the article has those initials.
func (t *tagger) mergeAcronyms() {
	byInitials := &t.index
	byInitials.reset()
	cs := t.snapshot()
	for _, c := range cs {
		if len(c.words) < 2 {
			continue
		}
		b := t.keyBuf[:0]
		for _, w := range c.words {
			if !connectors[w] && w != "the" && w != "and" {
				b = append(b, w[0])
			}
		}
		t.keyBuf = b
		if len(b) >= 2 {
			byInitials.add(string(b), c)
		}
	}
	for _, c := range cs {
		if !c.acro || c.into != nil {
			continue
		}
		// A name that holds the acronym as a word ("AI Integration" of
		// "AI") is not spelt out by it: its other words would make it
		// stand for every mention of the acronym.
		if full := byInitials.only(c.key); full != nil && !slices.Contains(full.words, c.key) {
			merge(c, full, 1)
		} else if byInitials.first(c.key) < 0 {
			if full := clippedFull(c.key, cs); full != nil {
				merge(c, full, 1)
			}
		}
	}
}

// clippedFull returns the one name of two words or more that acro clips
// from the starts of its words, some of more than one letter: "OKC" of
// "Oklahoma City", "FinCEN" of "Financial Crimes Enforcement Network".
// A name that holds acro as a word ("AWS S3" of "AWS") is not spelt out
// by it.
func clippedFull(acro string, cs []*cand) *cand {
	var found *cand
	for _, c := range cs {
		if len(c.words) < 2 || len(c.words) >= len(acro) || c.acro || c.into != nil || slices.Contains(c.words, acro) || !clips(acro, c.words) {
			continue
		}
		if found != nil {
			return nil
		}
		found = c
	}
	return found
}

// clips reports acro made of a start of each of words, in order (function
// words may give none).
func clips(acro string, words []string) bool {
	if len(words) == 0 {
		return acro == ""
	}
	w := words[0]
	if connectors[w] || w == "the" || w == "and" {
		if clips(acro, words[1:]) {
			return true
		}
	}
	for k := 1; k <= len(w) && k <= len(acro)-len(words)+1; k++ {
		if acro[k-1] != w[k-1] {
			break
		}
		if clips(acro[k:], words[1:]) {
			return true
		}
	}
	return false
}

// demonymSuffixes make the regular adjectives of places: "Colombia" →
// "Colombian", "Brazil" → "Brazilian", "China" → "Chinese", "Mexico" →
// "Mexican".
var demonymSuffixes = []string{"ian", "an", "n", "ese", "ish"}

// regularPlace returns the candidate place whose regular adjective (or its
// plural) key is, if the article names it.
func (t *tagger) regularPlace(key string) *cand {
	key = strings.TrimSuffix(key, "s")
	for _, suf := range demonymSuffixes {
		base, ok := strings.CutSuffix(key, suf)
		if !ok || len(base) < 3 {
			continue
		}
		for _, v := range []string{"", "a", "e", "o", "y", "i"} {
			if c, ok := t.cands[base+v]; ok {
				if l, _ := c.live(); l != nil && l.key != key && len(l.words[len(l.words)-1]) >= 4 {
					if _, adj := demonyms[l.key]; !adj {
						return l
					}
				}
			}
		}
	}
	return nil
}

// mergeDemonyms counts "Colombian" half a mention of "Colombia" when the
// place is named, and drops known adjectives whose place is not.
func (t *tagger) mergeDemonyms() {
	for _, d := range t.snapshot() {
		if d.into != nil || d.dead {
			continue
		}
		var place *cand
		if p, ok := demonyms[d.key]; ok {
			if pc, ok := t.cands[demonymKeys[d.key]]; ok {
				place, _ = pc.live()
			}
			if place == d {
				continue // "Argentina" is both
			}
			if place == nil {
				// The place may still be in a Title Case headline
				// ("Colombia's Petro"): keep it pending until then.
				place = t.get(demonymKeys[d.key], p)
				place.pending = true
			}
		} else {
			place = t.regularPlace(d.key)
		}
		if place != nil && place != d {
			merge(d, place, demonymShare)
		}
	}
}

// commonSurnames: in English, capitalised words whose last one the text
// also writes in lower case are no person's name ("Early Spring", "Modern
// Art", "Reinforcement Learning"), so the common word alone is no surname
// to merge into them.
func (t *tagger) commonSurnames() {
	if t.code != "en" && t.code != "" {
		return
	}
	for _, c := range t.snapshot() {
		if c.person && t.lowerSeen(c.words[len(c.words)-1]) {
			c.person = false
		}
	}
}

// mergeSurnames counts "Noem" and "Minister Sarabia" for "Kristi Noem" and
// "Laura Sarabia". When several people share the surname the most
// mentioned one takes it.
func (t *tagger) mergeSurnames() {
	byLast := &t.index
	byLast.reset()
	cs := t.snapshot()
	for _, c := range cs {
		if c.person {
			byLast.add(c.words[len(c.words)-1], c)
		}
	}
	slices.SortStableFunc(cs, func(a, b *cand) int { return cmp.Compare(len(b.words), len(a.words)) })
	for _, c := range cs {
		if c.into != nil || c.dead || c.acro {
			continue
		}
		var best *cand
		for i := byLast.first(c.words[len(c.words)-1]); i >= 0; i = byLast.entries[i].next {
			p := byLast.entries[i].c
			if p == c || p.into != nil || p.dead || len(p.words) <= len(c.words) || !hasSuffix(p.words, c.words) {
				continue
			}
			if best == nil || p.n > best.n || p.n == best.n && p.first < best.first {
				best = p
			}
		}
		if best != nil {
			merge(c, best, 1)
		}
	}
}

// mergeInflections pools the case forms of a name in languages that
// inflect names and have no stopword list here (Polish, Russian, Finnish,
// …): "Polska", "Polsce", "Polski"; "Лукаш Подольски", "Лукаша
// Подольски"; "Angela Merkel", "Angela Merkelin". Two names are forms of
// one when they have as many words and each pair of words is the same or
// shares its first four letters or more (two thirds of the shorter word
// at least) and differs only in endings of up to three letters. The form
// mentioned most, then the shortest, stands for the others.
func (t *tagger) mergeInflections() {
	cs := t.snapshot()
	if t.code == "ru" {
		// The nominative stands for the other forms (inflect.go).
		for _, c := range cs {
			c.nomRank = t.nominativeRank(c.name())
		}
	}
	slices.SortStableFunc(cs, func(a, b *cand) int {
		if a.nomRank != b.nomRank {
			return cmp.Compare(a.nomRank, b.nomRank)
		}
		if a.n != b.n {
			return cmp.Compare(b.n, a.n)
		}
		return cmp.Compare(len(a.key), len(b.key))
	})
	for i, c := range cs {
		if c.acro || c.into != nil || c.dead {
			continue
		}
		for _, d := range cs[:i] {
			if d.into != nil || d.dead || d.acro || len(d.words) != len(c.words) {
				continue
			}
			same := true
			for k := range c.words {
				if !caseForms(c.words[k], d.words[k]) {
					same = false
					break
				}
			}
			if same {
				merge(c, d, 1)
				d.person = d.person || c.person
				if t.code == "ru" && d.nomRank == 2 && len(d.words) == 1 && d.fixed == "" {
					if n := ruFeminineNominative(d.name(), c.name()); n != "" {
						d.fixed = n
					}
				}
				break
			}
		}
	}
	// A surname in another case than the full name's ("Тихановскую",
	// "Светлана Тихановская") counts for the one person it fits.
	cs = t.snapshot()
	for _, c := range cs {
		if len(c.words) != 1 || c.acro {
			continue
		}
		var only *cand
		for _, p := range cs {
			if !p.person || len(p.words) < 2 || p.words[len(p.words)-1] == c.key || !caseForms(c.key, p.words[len(p.words)-1]) {
				continue
			}
			if only != nil {
				only = nil
				break
			}
			only = p
		}
		if only != nil {
			merge(c, only, 1)
			if t.code == "ru" && only.fixed == "" {
				if n := ruMasculineNominative(only.name(), c.name()); n != "" {
					only.fixed = n
				}
			}
		}
	}
}

// caseForms reports two words that are one word in different cases.
func caseForms(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	p := 0
	for p < len(ra) && p < len(rb) && ra[p] == rb[p] {
		p++
	}
	short := min(len(ra), len(rb))
	return p >= 4 && 3*p >= 2*short && len(ra)-p <= 3 && len(rb)-p <= 3
}

// mergeFirstNames counts "LeBron" for "LeBron James" when exactly one
// person of the article has that first name.
func (t *tagger) mergeFirstNames() {
	byFirst := &t.index
	byFirst.reset()
	cs := t.snapshot()
	for _, c := range cs {
		if c.person {
			byFirst.add(c.words[0], c)
		}
	}
	for _, c := range cs {
		if len(c.words) != 1 || c.acro || c.into != nil || c.dead {
			continue
		}
		if p := byFirst.only(c.key); p != nil && p != c {
			if p, _ := p.live(); p != nil {
				merge(c, p, 1)
			}
		}
	}
}

// splitComposites undoes runs that joined two names with nothing between
// them: "Google Stadia Red Dead Redemption 2" gives the run "Google Stadia
// Red Dead Redemption", which is two names when it occurs once and both
// are named on their own. One part must be a multi-word name, so
// "Manchester United" stays whole.
func (t *tagger) splitComposites() {
	for _, c := range t.snapshot() {
		if len(c.words) < 3 {
			continue
		}
		for s := 1; s < len(c.words); s++ {
			a := t.cands[strings.Join(c.words[:s], "-")]
			b := t.cands[strings.Join(c.words[s:], "-")]
			if a == nil || b == nil || a == c || b == c || a.dead || b.dead || a.into != nil || b.into != nil {
				continue
			}
			if !(a.person || b.person || len(a.words) > 1 && len(b.words) > 1) || c.n > 1 || a.n < 1 || b.n < 1 {
				continue
			}
			for _, p := range []*cand{a, b} {
				p.score += c.score
				p.n += c.n
				p.lines += c.lines
				p.prose += c.prose
				p.strong += c.strong
				p.title = p.title || c.title
				p.dek = p.dek || c.dek
			}
			c.dead = true
			break
		}
	}
}

func hasSuffix(long, short []string) bool {
	off := len(long) - len(short)
	for i, w := range short {
		if long[off+i] != w {
			return false
		}
	}
	return true
}

// germanNouns drops single capitalised German words that look like common
// nouns: a noun suffix, or mostly seen after a determiner or adjective.
func (t *tagger) germanNouns() {
	for _, c := range t.snapshot() {
		if len(c.words) != 1 || c.acro || germanArticleNames[c.key] {
			continue
		}
		noun := c.det*2 >= c.n && c.det > 0 || c.n < 2
		for _, suf := range germanNounSuffixes {
			if strings.HasSuffix(c.key, suf) {
				noun = true
			}
		}
		if noun {
			c.dead = true
		}
	}
}

func compact(s string) string { return strings.ReplaceAll(s, "-", "") }

// appendCompact appends compact(s) to dst.
func appendCompact(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] != '-' {
			dst = append(dst, s[i])
		}
	}
	return dst
}

// exclude drops the authors and the outlet.
func (t *tagger) exclude(a article.Article) {
	staff := t.staff()
	if len(a.Authors) == 0 && a.Outlet == "" && len(staff) == 0 {
		return
	}
	bad := excluded(a)
	for _, k := range staff {
		bad[k] = true
	}
	t.bad = bad
	for _, c := range t.snapshot() {
		t.keyBuf = appendCompact(t.keyBuf[:0], c.key)
		if bad[c.key] || bad[string(t.keyBuf)] {
			c.dead = true
			continue
		}
		t.keyBuf = appendCompact(t.keyBuf[:0], strings.TrimPrefix(c.key, "the-"))
		if bad[string(t.keyBuf)] {
			c.dead = true
		}
	}
}

// excluded lists the keys of the authors (full name and surname) and the
// compact forms of the outlet ("usatoday.com" → "usatoday").
func excluded(a article.Article) map[string]bool {
	bad := map[string]bool{}
	for _, au := range a.Authors {
		au = strings.TrimSpace(au)
		last := au[strings.LastIndexByte(au, ' ')+1:]
		if last != au && shapeOf(last) == shAcro {
			if !personSuffixes[last] {
				continue // a product or section in the byline's place
			}
			// "Ana Ruiz MD" is written "Ana Ruiz" in the text too.
			bad[slugOf(au)] = true
			au = strings.TrimSpace(au[:len(au)-len(last)])
		}
		k := slugOf(au)
		if k == "" {
			continue
		}
		bad[k] = true
		if ws := strings.Split(k, "-"); len(ws) > 1 {
			bad[ws[len(ws)-1]] = true
		}
	}
	if o := strings.ToLower(strings.TrimSpace(a.Outlet)); o != "" {
		for _, v := range []string{o, strings.TrimPrefix(o, "the ")} {
			if k := compact(slugOf(v)); k != "" {
				bad[k] = true
			}
		}
		host := strings.TrimPrefix(o, "www.")
		if i := strings.IndexByte(host, '.'); i > 0 && !strings.ContainsRune(host, ' ') {
			if k := compact(slugOf(host[:i])); k != "" {
				bad[k] = true
			}
		}
	}
	return bad
}

// personSuffixes are the words in capitals a person's name may end in.
// A byline of several words ending in any other word in capitals ("Gemini
// CLI", "Acme SDK") names a product or a section that the page put where a
// byline goes, not a person, and is no reason to keep a subject out of the
// tags.
var personSuffixes = set(`II III IV V VI VII VIII JR SR MD DO RN PHD MBA CPA DDS DVM MPH`)

type redirect struct {
	c *cand
	f float64
}

// matchUncased credits names found elsewhere when they appear in Title
// Case or capitals lines, longest match first.
func (t *tagger) matchUncased() {
	// Only names with evidence of their own are confirmed by headings:
	// "Staying" at the start of a sentence does not become a name because
	// a Title Case heading also has it. The title and dek may confirm a
	// name seen only at the start of sentences ("— Michigan health
	// authorities").
	uncased := false
	for i := range t.lines {
		uncased = uncased || t.lines[i].kind != kCased
	}
	if !uncased {
		return // nothing to match
	}
	idx, head := t.idx, t.head
	for _, c := range t.list {
		if l, f := c.live(); l != nil {
			if l.strong > 0 {
				idx[c.key] = redirect{l, f}
			} else {
				head[c.key] = redirect{l, f}
			}
		}
	}
	// Each variant is its own key of idx, so the order in which the
	// targets are visited does not matter; visiting each target once
	// saves a lookup per variant.
	for _, g := range aliasTargets {
		if c, ok := t.cands[g.key]; ok {
			if l, f := c.live(); l != nil && l.strong > 0 {
				for _, v := range g.variants {
					if _, ok := idx[v]; !ok {
						idx[v] = redirect{l, f}
					}
				}
			}
		}
	}
	for _, g := range demonymTargets {
		if c, ok := t.cands[g.key]; ok {
			if l, f := c.live(); l != nil && l.strong > 0 {
				for _, adj := range g.variants {
					if _, ok := idx[adj]; !ok {
						idx[adj] = redirect{l, f * demonymShare}
					}
				}
			}
		}
	}
	persons := t.snapshot()
	slices.SortStableFunc(persons, func(a, b *cand) int { return cmp.Compare(b.score, a.score) })
	for _, p := range persons {
		if !p.person || p.strong == 0 {
			continue
		}
		last := p.words[len(p.words)-1]
		if _, ok := idx[last]; !ok && len(last) >= 3 && !t.lowerSeen(last) && !t.isStop(last) {
			idx[last] = redirect{p, 1}
		}
	}
	for _, c := range t.list {
		if c.pending && c.into == nil && !c.dead {
			if _, ok := idx[c.key]; !ok {
				idx[c.key] = redirect{c, 1}
			}
		}
	}
	for k, r := range idx {
		head[k] = r
	}
	for i := range t.lines {
		if ln := &t.lines[i]; ln.kind != kCased {
			if ln.f == fTitle || ln.f == fDek {
				t.match(ln, head)
			} else {
				t.match(ln, idx)
			}
		}
	}
}

// The keys of the alias and demonym targets, and both lists in a fixed
// order, computed once.
var (
	aliasKeys, aliasOrder     = targetKeys(aliases)
	demonymKeys, demonymOrder = targetKeys(demonyms)
	aliasTargets              = byTarget(aliasKeys, aliasOrder)
	demonymTargets            = byTarget(demonymKeys, demonymOrder)
)

// target is the key of an alias or demonym target and its variants.
type target struct {
	key      string
	variants []string
}

// byTarget groups the variants by target key, in the order of their
// first variant.
func byTarget(keys map[string]string, order []string) []target {
	var out []target
	at := map[string]int{}
	for _, v := range order {
		k := keys[v]
		i, ok := at[k]
		if !ok {
			i = len(out)
			at[k] = i
			out = append(out, target{key: k})
		}
		out[i].variants = append(out[i].variants, v)
	}
	return out
}

func targetKeys(m map[string]string) (map[string]string, []string) {
	keys := make(map[string]string, len(m))
	order := make([]string, 0, len(m))
	for k, v := range m {
		keys[k] = article.Slugify(v)
		order = append(order, k)
	}
	sort.Strings(order)
	return keys, order
}

func (t *tagger) match(ln *line, idx map[string]redirect) {
	toks := t.expBuf[:0] // free: every line is extracted by now
	defer func() { t.expBuf = toks[:0] }()
	for _, tk := range ln.toks {
		if !tk.hyph {
			toks = append(toks, tk)
			continue
		}
		t.strBuf = hyphenParts(t.strBuf[:0], tk.text)
		for k, p := range t.strBuf {
			if pt, ok := t.makeToken(p, ""); ok {
				if k == 0 {
					pt.brk = tk.brk
				}
				toks = append(toks, pt)
			}
		}
	}
	keys := t.strBuf[:0]
	for _, tk := range toks {
		keys = append(keys, keyOfToken(tk))
	}
	t.strBuf = keys
	// ends[n] is where the key of the n words from i ends in keyBuf:
	// the keys of shorter matches are prefixes of the longest.
	var ends [maxNameWords + 1]int
	for i := 0; i < len(toks); {
		if toks[i].shape == shLower || toks[i].shape == shNum || keys[i] == "" {
			i++
			continue
		}
		n := len(toks) - i
		if n > maxNameWords {
			n = maxNameWords
		}
		t.keyBuf = t.keyBuf[:0]
		for k := 1; k <= n; k++ {
			if k > 1 {
				t.keyBuf = append(t.keyBuf, '-')
			}
			t.keyBuf = append(t.keyBuf, keys[i+k-1]...)
			ends[k] = len(t.keyBuf)
		}
		for ; n >= 1; n-- {
			if hasBreak(toks[i+1 : i+n]) {
				continue
			}
			r, ok := idx[string(t.keyBuf[:ends[n]])]
			if !ok {
				continue
			}
			if n == 1 && t.isStop(toks[i].low) && !(toks[i].shape == shAcro && ln.kind != kShout) {
				continue
			}
			if n == 1 && i+1 < len(toks) && languageBefore(&toks[i], &toks[i+1]) {
				continue // "Key English Vocabulary": the language
			}
			r.c.credit(ln, ln.w*r.f, true)
			r.c.pending = false
			break
		}
		if n < 1 {
			n = 1
		}
		i += n
	}
}

func hasBreak(ts []token) bool {
	for _, t := range ts {
		if t.brk {
			return true
		}
	}
	return false
}

// topic is a candidate topic: a lower-case word or word pair.
type topic struct {
	key   string
	forms spellings
	score float64
	n     int
	lines int // lines with a mention, as for names
	last  int
	first int
}

func (tp *topic) credit(ln *line) {
	tp.score += ln.w
	tp.n++
	if ln.no != tp.last {
		tp.lines++
		tp.last = ln.no
	}
}

func lettersOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return lettersOnlyUnicode(s[i:])
		}
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '-' || c == '\'') {
			return false
		}
	}
	return true
}

func lettersOnlyUnicode(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && !isHyphen(r) && !isApostrophe(r) && !unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	return true
}

// singular folds a plain English plural so "deportations" meets
// "deportation", and "presses" meets "press": a word ending in a hiss
// ("-ss", "-sh", "-tch", ...) takes "-es" for its plural, and
// dropping the "s" alone leaves a word no text writes ("presse",
// "businesse"). "-ches" after a vowel is left to the plain rule: as
// many singulars end in "-che" ("caches", "niches", "headaches") as in
// "-ch".
func singular(k string) string {
	if len(k) <= 4 || !strings.HasSuffix(k, "s") {
		return k
	}
	switch {
	case strings.HasSuffix(k, "ss"), strings.HasSuffix(k, "us"), strings.HasSuffix(k, "is"):
		return k
	case strings.HasSuffix(k, "ies"):
		return k[:len(k)-3] + "y"
	case hissPlural(k):
		return k[:len(k)-2]
	}
	return k[:len(k)-1]
}

// hissPlural reports a plural in "-es" after a hiss: "presses",
// "dishes", "watches", "branches", "churches", "beaches", "coaches".
// "-xes" is left to the plain rule: "taxes" would meet a headline's "Tax",
// a capitalised word that the body writes in lower case and that no rule
// lets become a tag, where the body's "taxes" did.
func hissPlural(k string) bool {
	if !strings.HasSuffix(k, "es") {
		return false
	}
	stem := k[:len(k)-2]
	for _, end := range hissEnds {
		if strings.HasSuffix(stem, end) {
			return true
		}
	}
	return false
}

var hissEnds = [...]string{"ss", "sh", "tch", "nch", "rch", "each", "eech", "oach"}

// topicWord counts a body word, and the pair and triple it ends, as
// possible topics. A topic word is a plain word (see plainWord) that is no
// stopword; prev and prev2 are the plain words before tk, if any, and
// their stopword test is left until a sequence needs them.
func (t *tagger) topicWord(tk, prev, prev2 *token, ln *line) {
	// Only sequences the title or dek also has can become topics, and
	// the words pickTopics weighs them against are title or dek words
	// too, so nothing else is counted: most body words cost one lookup.
	if (ln.f == fBody || ln.f == fCaption) && t.inHead.n > 0 {
		k := singular(tk.key)
		// Every title or dek sequence ends in a title or dek word, so
		// any other word starts no count; nor does a stopword.
		if t.inHead.get(k) == 0 || t.isStop(tk.low) {
			return
		}
		// The words before take part only if they are no stopwords.
		if prev != nil && t.isStop(prev.low) {
			prev, prev2 = nil, nil
		}
		if prev2 != nil && t.isStop(prev2.low) {
			prev2 = nil
		}
		t.addTopic(k, tk.low, ln)
		if prev != nil && !tk.brk {
			t.keyBuf = append(append(append(t.keyBuf[:0], prev.key...), ' '), k...)
			if t.inHead.getBytes(t.keyBuf) != 0 {
				t.formBuf = append(append(append(t.formBuf[:0], prev.low...), ' '), tk.low...)
				t.addTopicBytes(ln)
			}
			if prev2 != nil && !prev.brk {
				t.keyBuf = append(append(append(append(append(t.keyBuf[:0], prev2.key...), ' '), prev.key...), ' '), k...)
				if t.inHead.getBytes(t.keyBuf) != 0 {
					t.formBuf = append(append(append(append(append(t.formBuf[:0], prev2.low...), ' '), prev.low...), ' '), tk.low...)
					t.addTopicBytes(ln)
				}
			}
		}
	}
}

// plainWord reports a word that may be part of a topic if it is no
// stopword: in lower case, letters only, three or more of them.
func plainWord(tk *token) bool {
	return tk.shape == shLower && !tk.apos && !fewerRunes(tk.key, 3) && lettersOnly(tk.text)
}

// addTopicBytes counts the sequence in keyBuf, written formBuf, and
// allocates only for a sequence or spelling not seen before.
func (t *tagger) addTopicBytes(ln *line) {
	tp := t.topics[string(t.keyBuf)]
	if tp == nil {
		tp = &topic{key: string(t.keyBuf), first: t.pos}
		t.topics[tp.key] = tp
		t.topicSeq = append(t.topicSeq, tp)
	}
	found := false
	for i := range tp.forms {
		if tp.forms[i].text == string(t.formBuf) {
			tp.forms[i].n++
			found = true
			break
		}
	}
	if !found {
		tp.forms = append(tp.forms, spelling{string(t.formBuf), 1})
	}
	tp.credit(ln)
}

func (t *tagger) addTopic(key, form string, ln *line) {
	tp := t.topics[key]
	if tp == nil {
		tp = &topic{key: key, first: t.pos}
		t.topics[key] = tp
		t.topicSeq = append(t.topicSeq, tp)
	}
	tp.forms.add(form)
	tp.credit(ln)
}

// noteHead records the words and word pairs of the title and dek, in any
// case, for topics.
func (t *tagger) noteHead(toks []token, f field) {
	bit := field(1)
	if f == fDek {
		bit = 2
	}
	prev, prev2 := "", ""
	for i := range toks {
		tk := &toks[i]
		skip := tk.shape == shNum || !lettersOnly(tk.text) || t.isStop(tk.low)
		if skip || tk.brk {
			prev, prev2 = "", ""
		}
		if skip {
			continue
		}
		k := singular(tk.key)
		*t.inHead.at(k) |= uint32(bit)
		if prev != "" {
			*t.inHead.at(prev + " " + k) |= uint32(bit)
			if prev2 != "" {
				*t.inHead.at(prev2 + " " + prev + " " + k) |= uint32(bit)
			}
		}
		prev2, prev = prev, tk.key
	}
}

// shortText is the most words a text may have for names mentioned once to
// fill it up to minTags.
const shortText = 250

type pickItem struct {
	multi bool // a name of several words
	prose bool // written in a sentence at least once
	head  bool // in the title or dek
	name  string
	score float64
	first int
	key   string
}

func byScore(items []pickItem) {
	slices.SortStableFunc(items, func(a, b pickItem) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		if c := cmp.Compare(a.first, b.first); c != 0 {
			return c
		}
		return strings.Compare(a.key, b.key)
	})
}

// subject reports whether mentions in lines (and the headline, if head)
// make a name a subject of the text. In a short text a second mention or
// the headline is enough. In a long one, where lists, reviews and round-ups
// name many things once or twice, a name the title or dek carries must
// come back in the body, and any other must be named in three paragraphs,
// two of them sentences (not headings or lists).
func (t *tagger) subject(n, lines, prose int, head bool) bool {
	if t.cased <= shortText {
		return n >= 2 || head
	}
	if head {
		return n >= 2
	}
	return n >= 3 && lines >= 3 && prose >= 2
}

// pick ranks names and topics and keeps those that clear the bar.
func (t *tagger) pick() []article.Tag {
	solid, weak := t.solid[:0], t.weak[:0]
	used := &t.used // words of the names, so topics do not repeat them
	for _, c := range t.snapshot() {
		if c.strong == 0 || c.n == 0 || c.pending {
			continue
		}
		it := pickItem{name: c.name(), score: c.score, first: c.first, key: c.key, multi: c.fixed == "" && len(c.words) > 1, prose: c.prose > 0,
			head: c.title || c.dek}
		if t.subject(c.n, c.lines, c.prose, c.title || c.dek) {
			solid = append(solid, it)
			for _, w := range c.words {
				*used.at(w) = 1
			}
		} else {
			weak = append(weak, it)
		}
	}
	items := append(solid, t.pickTopics(used)...)
	t.solid, t.weak = items[:0], weak[:0]
	byScore(items)
	byScore(weak)
	var out []article.Tag
	var picked []string // keys, plural-folded, between spaces
	add := func(it pickItem) {
		it.name = nominative(t.code, it.name)
		slug := slugOf(it.name)
		if slug == "" || len(out) >= maxTags {
			return
		}
		// "Davis Cup" and "Davis Cup Finals", "MacBook" and "MacBooks":
		// one tag is enough.
		k := foldPlurals(slug)
		for _, p := range picked {
			if strings.Contains(p, k) || strings.Contains(k, p) {
				return
			}
		}
		picked = append(picked, k)
		out = append(out, article.Tag{Name: it.name, Slug: slug})
		t.oldKeys = append(t.oldKeys, it.key)
	}
	for _, it := range items {
		if it.score < items[0].score*scoreFloor {
			break
		}
		// In a long text, a name the headline does not carry must be
		// near the top to count: one of the many a feature names is no
		// subject of it.
		if !it.head && t.cased > shortText && it.score < items[0].score*bodyFloor {
			continue
		}
		add(it)
	}
	// A short text may name its subjects only once, in a sentence.
	for _, it := range weak {
		if len(out) >= minTags || t.cased > shortText {
			break
		}
		if it.multi && it.prose {
			add(it)
		}
	}
	return out
}

// foldPlurals turns a slug into its words in singular form, each
// between spaces: "davis-cup-finals" → " davis cup final ".
func foldPlurals(slug string) string {
	var b strings.Builder
	b.Grow(len(slug) + 2)
	b.WriteByte(' ')
	for {
		w, rest, more := strings.Cut(slug, "-")
		b.WriteString(singular(w))
		b.WriteByte(' ')
		if !more {
			return b.String()
		}
		slug = rest
	}
}

// adjectiveSuffixes mark words that describe rather than name a topic.
var adjectiveSuffixes = []string{"ly", "ing", "ed", "ous", "ful", "less", "able", "ible", "ive"}

func adjectival(w string) bool {
	for _, suf := range adjectiveSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// pickTopics chooses at most two topics among the words, pairs and
// triples of the title and dek: a sequence must be twice in the body and
// be how at least one of its words is mostly used ("water vapor", not
// "water" alone), a single word three times. Longer sequences are
// preferred to the words in them.
func (t *tagger) pickTopics(used *wordTable) []pickItem {
	groups := &t.groups
	for n := range groups {
		groups[n] = groups[n][:0]
	}
	for _, tp := range t.topicSeq {
		head := field(t.inHead.get(tp.key))
		if head == 0 {
			continue
		}
		ws := strings.Split(tp.key, " ")
		n := len(ws)
		// Outside English a lone lower-case word is mostly an inflected
		// common word ("votos", "estava", "ministre"); a language with no
		// stopword list gets no topics at all.
		if t.code != "en" && t.code != "" && (n == 1 || t.listless()) {
			continue
		}
		// A gerund may end a sequence ("binge eating", "human
		// trafficking") but is no topic alone.
		last := ws[n-1]
		if used.get(ws[0]) != 0 || used.get(last) != 0 || genericStart[ws[0]] || strings.HasSuffix(ws[0], "ly") ||
			adjectival(last) && !(n > 1 && strings.HasSuffix(last, "ing")) || allGeneric(ws) {
			continue
		}
		score := tp.score
		if head&1 != 0 {
			score += titleWeight
		}
		if head&2 != 0 {
			score += dekWeight
		}
		score *= topicShare
		if n == 1 {
			if tp.n < 3 || utf8.RuneCountInString(tp.key) < 4 || t.cased > shortText && tp.lines < 3 {
				continue
			}
		} else {
			if tp.n < 2 {
				continue
			}
			covers := false
			for _, w := range ws {
				if u := t.topics[singular(w)]; u == nil || tp.n*2 >= u.n {
					covers = true
				}
			}
			if !covers {
				continue
			}
			score *= 1.2
		}
		groups[n] = append(groups[n], pickItem{name: tp.display(), score: score, first: tp.first, key: tp.key, head: true})
	}
	var out []pickItem
	for n := 3; n >= 1; n-- {
		byScore(groups[n])
		for _, it := range groups[n] {
			if len(out) == maxTopics {
				return out
			}
			overlap := false
			for _, o := range out {
				for _, w := range strings.Split(it.key, " ") {
					if strings.Contains(" "+o.key+" ", " "+w+" ") {
						overlap = true
					}
				}
			}
			if !overlap {
				out = append(out, it)
			}
		}
	}
	return out
}

// allGeneric reports a topic whose every word is a generic one.
func allGeneric(ws []string) bool {
	for _, w := range ws {
		if !genericTopics[w] && !genericNouns[w] && !genericStart[w] {
			return false
		}
	}
	return true
}

func (tp *topic) display() string { return tp.forms.most() }

// creditLabels are the words that open a body line crediting the page's
// own staff, as the tokens' keys: "Contributions from: Ana Ruiz, Ben
// Cole & Dee Park", "Reviewed by Ana Ruiz", "Fact-checked by Ben Cole",
// "Photos by Dee Park". The people so named made the page; a review
// site names its testers again in its text ("our contributors Ana Ruiz
// and …"), but they are no more its subject than its byline is.
var creditLabels = [][]string{
	{"contributions", "from"}, {"contributors"}, {"contributor"}, {"contributing", "writers"},
	{"edited", "by"}, {"reviewed", "by"}, {"medically", "reviewed", "by"}, {"fact", "checked", "by"},
	{"fact-checked", "by"}, {"photos", "by"}, {"photography", "by"}, {"illustrations", "by"},
	{"additional", "reporting", "by"}, {"reporting", "by"}, {"written", "by"},
}

// creditOpeners are the first words of creditLabels, to pass over most
// lines at one look.
var creditOpeners = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range creditLabels {
		m[l[0]] = true
	}
	return m
}()

// staff returns the keys of the people a credit line of the body names
// (creditLabels): runs of two or three capitalised words.
func (t *tagger) staff() []string {
	var out []string
	for li := range t.lines {
		toks := t.lines[li].toks
		if len(toks) < 3 || t.lines[li].f != fBody {
			continue
		}
		if !creditOpeners[toks[0].key] {
			continue
		}
		n := 0
	labels:
		for _, l := range creditLabels {
			if len(l) >= len(toks) {
				continue
			}
			for j, w := range l {
				if toks[j].key != w {
					continue labels
				}
			}
			n = len(l)
			break
		}
		if n == 0 {
			continue
		}
		for i := n; i < len(toks); {
			j := i
			for j < len(toks) && toks[j].shape == shCap && (j == i || !toks[j].brk) {
				j++
			}
			if j-i >= 2 && j-i <= 3 {
				name := make([]string, 0, 3)
				for _, tk := range toks[i:j] {
					name = append(name, tk.text)
				}
				out = append(out, slugOf(strings.Join(name, " ")))
			}
			i = max(j, i+1)
		}
	}
	return out
}
