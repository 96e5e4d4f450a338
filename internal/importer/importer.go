// Package importer turns files into stored articles: it walks the paths it
// is given, reads each file safely, parses it with the parser for its
// extension, renders the body once, and writes it to the store, one file in
// whole or not at all. Files are parsed in parallel and written in order by
// one writer, many files per transaction.
package importer

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"runtime"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/markdown"
	"github.com/morgue-archive/morgue/internal/store"
)

// ParserVersion is mixed into every file's hash. Raise it when a parser
// change should reach files that did not change: the next import re-parses
// them all and updates their articles in place.
const ParserVersion = "3"

// BatchSize is how many files share one transaction. Larger batches import
// faster; a killed import loses at most one batch, which the next run redoes.
const BatchSize = 2000

// firstBatch is the smallest batch written before it is full, at the start
// of an import; see runWriter.
const firstBatch = 32

// Outcome is what happened to one file.
type Outcome int

// The outcomes, in the order the summary lists them.
const (
	New Outcome = iota
	Updated
	Unchanged
	Duplicate
	Failed
	// NotArticle is a page of a web archive that is no story (a front, a
	// tag or search page, a login wall): left out, and counted.
	NotArticle
)

func (o Outcome) String() string {
	return [...]string{"new", "updated", "unchanged", "duplicate", "failed", "not an article"}[o]
}

// Result is one file's outcome. Note says more: the reason of a failure, or
// which file won for a duplicate.
type Result struct {
	Path     string
	Outcome  Outcome
	Slug     string
	Note     string
	Warnings []string
	// leftOut: a web archive's record that changed nothing after all (a
	// revisit of a page that is no article, or of a capture already
	// kept); counted with the records left out, not reported.
	leftOut bool
}

// Unsure says which choices the parser made with low confidence for a
// stored article ("headline chosen with low confidence"), from its
// warnings: the files a person should check first.
func (r Result) Unsure() []string {
	if r.Outcome != New && r.Outcome != Updated {
		return nil
	}
	var out []string
	for _, w := range r.Warnings {
		if article.IsUnsure(w) {
			out = append(out, strings.TrimPrefix(w, article.Unsure("")))
		}
	}
	return out
}

// Summary counts the outcomes of one run.
type Summary struct {
	Counts [NotArticle + 1]int
	// Records counts the records of web archives that are not HTML pages
	// answered 200 (requests, metadata, pictures, redirects, revisits)
	// or older captures of a page, which are left out.
	Records int
	Skipped int // files in walked folders that are not articles
	Unsure  int // articles stored with a headline or byline chosen with low confidence
	Elapsed time.Duration
	// Of a re-parse: it counts stored sources, and Missing those whose
	// bytes the archive does not keep (imported before it kept them).
	Reparse bool
	Missing int
	// Reparsed is the re-parse an import ran first, because the parser
	// is newer than the archive's articles; nil when none ran.
	Reparsed *Summary
}

// add counts one file's result.
func (s *Summary) add(r Result) {
	s.Counts[r.Outcome]++
	if r.Unsure() != nil {
		s.Unsure++
	}
}

// Total is the number of files considered.
func (s Summary) Total() int {
	n := 0
	for _, c := range s.Counts {
		n += c
	}
	return n
}

// String is the one-line summary printed at the end of an import or a
// re-parse.
func (s Summary) String() string {
	// A re-parse changes articles; an import updates them from files.
	changed := "updated"
	if s.Reparse {
		changed = "changed"
	}
	line := fmt.Sprintf("%d new, %d %s, %d unchanged, %d duplicate, %d failed",
		s.Counts[New], s.Counts[Updated], changed, s.Counts[Unchanged], s.Counts[Duplicate], s.Counts[Failed])
	if s.Unsure > 0 {
		line += fmt.Sprintf(", %d unsure (headline or byline chosen with low confidence; -v lists them)", s.Unsure)
	}
	if s.Skipped > 0 {
		line += fmt.Sprintf(", %d skipped (not .txt, .md, .html, .mhtml or .warc)", s.Skipped)
	}
	if n := s.Counts[NotArticle]; n > 0 {
		line += fmt.Sprintf(", %d pages skipped as not articles", n)
	}
	if s.Records > 0 {
		line += fmt.Sprintf(", %d web-archive records left out (not an HTML page, or an older capture)", s.Records)
	}
	if s.Missing > 0 {
		line += fmt.Sprintf(", %d without kept bytes (imported before sources were kept: import those files again)", s.Missing)
	}
	line += fmt.Sprintf(" in %s", s.Elapsed.Round(time.Millisecond))
	if s.Counts[New]+s.Counts[Updated] == 0 && s.Counts[Failed] == 0 {
		line += "; nothing changed"
	}
	if r := s.Reparsed; r != nil && r.Total() > 0 {
		line += fmt.Sprintf(" (first, for parser version %s, re-parsed the archive's sources: %s)", ParserVersion, r)
	}
	return line
}

// Options tune a run. The zero value works.
type Options struct {
	// Now is the clock recorded as import time; time.Now when nil.
	Now func() time.Time
	// Report, when set, is called once per file in input order, as soon as
	// its outcome is known and stored (failures included).
	Report func(Result)
	// Workers parse files in parallel; runtime.NumCPU() when 0.
	Workers int
	// BatchSize overrides the package's BatchSize when positive.
	BatchSize int
	// Start, when set, learns how many files the run will report on.
	Start func(total int)
	// ReparseReport is Report for the re-parse an import runs first when
	// the parser is newer than the archive's articles.
	ReparseReport func(Result)
	// StartBytes, when set, learns how many bytes of web archives the run
	// reads, and Bytes how many more have been read (from another
	// goroutine than Report).
	StartBytes func(total int64)
	Bytes      func(n int64)
}

// parsed is a file after the CPU-bound work, before the store.
type parsed struct {
	path     string
	fileHash string
	rec      store.Record
	// src is the source's bytes, hashed and compressed here rather than
	// by the single writer; parsedHash fingerprints rec.
	src        store.SourceBytes
	parsedHash string
	warnings   []string
	err        error
	skip       bool // unchanged since the last import: nothing to write
	known      bool // imported before: the archive has a source for it
	// keepOnly: the file is unchanged, but the archive was made before
	// sources were kept: its bytes (and the fingerprint of its parse) are
	// stored, its article is left alone.
	keepOnly bool
	reparse  bool // from the archive's own bytes, not from a file
	// notArticle says why a page of a web archive is left out.
	notArticle string
	// revisit is when a web archive saw again, unchanged, a page whose
	// capture another web archive holds: its capture date moves on.
	revisit time.Time
}

// Run imports every article file under paths into db. It returns an error
// only when the archive itself fails; per-file problems are counted in the
// summary and reported through opt.Report.
func Run(ctx context.Context, db *sql.DB, paths []string, opt Options) (Summary, error) {
	files, walkFailures, skipped := Collect(paths)
	return RunFiles(ctx, db, files, walkFailures, skipped, opt)
}

// RunFiles imports files already collected; walkFailures and skipped are
// what Collect found on the way and are counted in the summary.
func RunFiles(ctx context.Context, db *sql.DB, files []string, walkFailures []Result, skipped int, opt Options) (Summary, error) {
	start := time.Now()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // stops the parsing goroutines if the archive fails
	now := opt.Now
	if now == nil {
		now = time.Now
	}
	var sum Summary
	sum.Skipped = skipped
	if opt.Start != nil {
		opt.Start(len(files) + len(walkFailures))
	}
	report := func(r Result) {
		if r.leftOut {
			sum.Records++
			return
		}
		sum.add(r)
		if opt.Report != nil {
			opt.Report(r)
		}
	}
	for _, f := range walkFailures {
		report(f)
	}
	// A newer parser re-parses what the archive keeps first, files or
	// not; the files given are then unchanged unless their bytes are.
	if v, err := store.ParserVersion(ctx, db); err != nil {
		return sum, err
	} else if v != ParserVersion {
		rs, err := Reparse(ctx, db, Options{Now: opt.Now, Report: opt.ReparseReport, Workers: opt.Workers, BatchSize: opt.BatchSize})
		sum.Reparsed = &rs
		if err != nil {
			return sum, fmt.Errorf("re-parse for parser version %s: %w", ParserVersion, err)
		}
	}
	known, err := store.SourceHashes(ctx, db)
	if err != nil {
		return sum, err
	}
	startWARCBytes(files, opt)
	captured := map[string]bool{} // URIs of pages the run's web archives hold
	var removes []func()          // of web archives' temporary copies
	defer func() {
		for _, remove := range removes {
			remove()
		}
	}()
	jobs := func(yield func(func() parsed) bool) {
		for _, f := range files {
			if IsWARC(f) {
				warc, remove := warcJobs(f, known, captured, opt.Bytes, &sum.Records)
				removes = append(removes, remove)
				for _, j := range warc {
					if !yield(j) {
						return
					}
				}
				continue
			}
			if !yield(func() parsed { return parseOne(f, known) }) {
				return
			}
		}
	}
	err = runPipeline(ctx, db, jobs, opt, now, report)
	if err == nil {
		// The search index of an archive this import made mostly
		// anew is merged into one segment (store.MergeSearchIndexes).
		_, err = store.MergeSearchIndexes(ctx, db, sum.Counts[New])
	}
	sum.Elapsed = time.Since(start)
	return sum, err
}

// runPipeline parses jobs in parallel and writes them in batches, in order,
// with the write-ahead log checkpointed beside the writer.
func runPipeline(ctx context.Context, db *sql.DB, jobs iter.Seq[func() parsed], opt Options,
	now func() time.Time, report func(Result)) error {
	workers := opt.Workers
	if workers <= 0 {
		// The writer is the bottleneck and needs a core of its own; one
		// parser keeps up with it at about a third of a core.
		workers = max(1, runtime.NumCPU()-1)
	}
	size := opt.BatchSize
	if size <= 0 {
		size = BatchSize
	}
	cp, err := store.StartCheckpoints(ctx, db)
	if err != nil {
		return err
	}
	err = runWriter(ctx, db, jobs, workers, size, now, report)
	if stopErr := cp.Stop(context.WithoutCancel(ctx)); err == nil && stopErr != nil {
		err = stopErr
	}
	return err
}

// runWriter parses jobs in parallel and writes them in batches, in order.
func runWriter(ctx context.Context, db *sql.DB, jobs iter.Seq[func() parsed], workers, size int,
	now func() time.Time, report func(Result)) error {
	results := parseAll(ctx, jobs, workers, size)
	w := store.NewWriter(db)
	early := min(firstBatch, max(1, size/2)) // the smallest batch written before it is full
	batch := make([]parsed, 0, size)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		rs, err := writeBatch(ctx, w, now(), batch)
		if err != nil {
			return err
		}
		for _, r := range rs {
			report(r)
		}
		batch = batch[:0]
		return nil
	}
	for {
		var p parsed
		var ok bool
		select {
		case p, ok = <-results:
		default:
			// The parsers are behind (as at the start): rather than
			// wait for a whole batch, write what is ready, so that
			// parsing and writing overlap. But each early batch must
			// be twice the last, up to half a batch: every commit makes
			// a search-index segment to merge later, and with a fixed
			// small minimum (it was 32 files) the writer caught up with
			// the parser after each commit, batches stayed that small,
			// and at 100,000 articles the import ran at 490 articles/s
			// instead of 640.
			if len(batch) >= early {
				if err := flush(); err != nil {
					return err
				}
				early = min(2*early, max(1, size/2))
			}
			p, ok = <-results
		}
		if !ok {
			break
		}
		batch = append(batch, p)
		if len(batch) == size {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := flush(); err != nil {
		return err
	}
	return nil
}

// parseAll runs jobs (reading and parsing one source each) on several
// goroutines and yields the results in input order, keeping a bounded
// number in flight: up to a batch ahead, so that the next batch is parsed
// while the writer stores this one.
func parseAll(ctx context.Context, jobs iter.Seq[func() parsed], workers, ahead int) <-chan parsed {
	out := make(chan parsed, workers)
	pending := make(chan chan parsed, ahead+workers*4)
	work := make(chan struct {
		do  func() parsed
		res chan parsed
	})
	for range workers {
		go func() {
			for j := range work {
				j.res <- j.do()
			}
		}()
	}
	go func() {
		defer close(work)
		defer close(pending)
		for do := range jobs {
			res := make(chan parsed, 1)
			select {
			case pending <- res:
			case <-ctx.Done():
				return
			}
			work <- struct {
				do  func() parsed
				res chan parsed
			}{do, res}
		}
	}()
	go func() {
		defer close(out)
		for res := range pending {
			select {
			case out <- <-res:
			case <-ctx.Done():
				// Drain so the workers can finish.
				for range pending {
				}
				return
			}
		}
	}()
	return out
}

// parseOne does everything that needs no database: read, hash, parse, tag,
// render, compress.
func parseOne(path string, known map[string]store.KnownSource) parsed {
	p := parsed{path: path}
	data, err := ReadFile(path)
	if err != nil {
		p.err = err
		return p
	}
	p.fileHash = fileHash(data)
	k, ok := known[path]
	p.known = ok
	if k.FileHash == p.fileHash {
		if k.Kept {
			p.skip = true
			return p
		}
		p.keepOnly = true
	}
	format := Format(path)
	if parseSource(&p, format, data) {
		p.src = store.NewSourceBytes(path, store.KindFile, format, data)
	}
	return p
}

// fileHash identifies a file's bytes as read by this parser: a new parser
// version makes every file new to it.
func fileHash(data []byte) string {
	h := sha256.New()
	io.WriteString(h, "morgue parser "+ParserVersion+"\n")
	h.Write(data)
	return hex.EncodeToString(h.Sum(nil))
}

// parseSource parses data into p.rec and fingerprints it; false when it
// fails (p.err says why). A source that fails is not stored: it has no
// article.
func parseSource(p *parsed, format string, data []byte) bool {
	a, warnings, err := ParseFormat(format, data)
	p.warnings = warnings
	if err != nil {
		p.err = err
		return false
	}
	if p.rec, p.err = Prepare(a, p.path); p.err != nil {
		return false
	}
	p.parsedHash = fingerprint(p.rec)
	return true
}

// fingerprint identifies everything the store keeps of a parse, so that a
// re-parse that makes the same article knows it has nothing to write.
func fingerprint(r store.Record) string {
	h := sha256.New()
	// Every field, whatever fields Article gains, through its JSON; the
	// long texts are hashed as they are (escaping the body for JSON was
	// most of the cost).
	a := r.Article
	a.Body = ""
	json.NewEncoder(h).Encode(a) // an Article always encodes: strings, numbers, times, plain structs
	for _, s := range []string{r.Article.Body, r.BodyText, r.ContentHash} {
		io.WriteString(h, strconv.Itoa(len(s))+":")
		io.WriteString(h, s)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Prepare derives what the store keeps besides the article itself.
func Prepare(a article.Article, path string) (store.Record, error) {
	html, err := markdown.ToHTML(a.Body)
	if err != nil {
		return store.Record{}, err
	}
	// The snippet markers must never occur in stored text.
	text := strings.NewReplacer(store.MarkStart, "", store.MarkEnd, "").Replace(markdown.Text(html))
	rec := store.Record{
		Article:     a,
		BodyText:    text,
		ContentHash: contentHash(a.Title, text),
		SourcePath:  path,
	}
	rec.PreparePairs()
	return rec, nil
}

// contentHash identifies an article by its words, so that the same story
// saved twice (other file name, other line endings, other junk around it) is
// stored once.
func contentHash(title, body string) string {
	buf := make([]byte, 0, len(title)+len(body)+1)
	buf = append(appendWords(buf, title), '\n')
	sum := sha256.Sum256(appendWords(buf, body))
	return hex.EncodeToString(sum[:])
}

// appendWords appends the words of s lower-cased and one space apart, as
// strings.Join(strings.Fields(strings.ToLower(s)), " ") would, in one pass
// and without building those strings (a body is kilobytes, and every file
// is hashed).
func appendWords(buf []byte, s string) []byte {
	start, gap := len(buf), false
	for _, r := range s {
		if r < utf8.RuneSelf {
			if asciiSpace[r] {
				gap = true
				continue
			}
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else if unicode.IsSpace(r) {
			gap = true
			continue
		} else {
			r = unicode.ToLower(r)
		}
		if gap && len(buf) > start {
			buf = append(buf, ' ')
		}
		gap = false
		buf = utf8.AppendRune(buf, r)
	}
	return buf
}

// asciiSpace is unicode.IsSpace for ASCII.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// writeBatch stores a batch in one transaction. If the archive rejects one
// file, the batch is rolled back and redone one file per transaction, so
// that file fails alone and every other file still goes in whole.
func writeBatch(ctx context.Context, w *store.Writer, now time.Time, batch []parsed) ([]Result, error) {
	rs, err := writeTx(ctx, w, now, batch)
	if err == nil {
		return rs, nil
	}
	var fe *fileError
	if !errors.As(err, &fe) || len(batch) == 1 {
		return nil, err
	}
	rs = rs[:0]
	for i := range batch {
		one, err := writeTx(ctx, w, now, batch[i:i+1])
		if errors.As(err, &fe) {
			rs = append(rs, Result{Path: batch[i].path, Outcome: Failed, Note: fe.err.Error(), Warnings: batch[i].warnings})
			continue
		}
		if err != nil {
			return nil, err
		}
		rs = append(rs, one...)
	}
	return rs, nil
}

// fileError is a store error caused by one file's data, as opposed to the
// archive being unusable.
type fileError struct{ err error }

func (e *fileError) Error() string { return e.err.Error() }

func writeTx(ctx context.Context, w *store.Writer, now time.Time, batch []parsed) ([]Result, error) {
	b, err := w.Begin(ctx, now)
	if err != nil {
		return nil, err
	}
	defer b.Rollback() // after Commit, a no-op
	rs := make([]Result, 0, len(batch))
	var seen []string // unchanged files read again
	for _, p := range batch {
		if p.skip && !p.reparse {
			seen = append(seen, p.path)
		}
		r, err := writeOne(ctx, b, p)
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			return nil, &fileError{fmt.Errorf("store: %w", err)}
		}
		rs = append(rs, r)
	}
	if err := b.TouchSources(ctx, seen); err != nil {
		return nil, err
	}
	if err := b.Commit(ctx); err != nil {
		return nil, err
	}
	return rs, nil
}

func writeOne(ctx context.Context, b *store.Batch, p parsed) (Result, error) {
	r := Result{Path: p.path, Warnings: p.warnings}
	switch {
	case p.err != nil:
		r.Outcome, r.Note = Failed, p.err.Error()
		return r, nil
	case p.notArticle != "":
		r.Outcome, r.Note = NotArticle, p.notArticle
		return r, nil
	case p.skip:
		r.Outcome = Unchanged
		return r, nil
	case !p.revisit.IsZero():
		return moveCapture(ctx, b, p, r)
	}
	// A path the archive did not know when the run started has no
	// source to look up. (Should another import add it meanwhile, the
	// content hash below still finds its article.)
	src, err := store.Source{}, store.ErrNotFound
	if p.known {
		src, err = b.Source(ctx, p.path)
	}
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return r, err
	}
	if err == nil && (p.keepOnly || src.ParsedHash == p.parsedHash) {
		// The parser makes of it what the archive holds already: at
		// most its bytes and hashes are new.
		r.Outcome = Unchanged
		if p.reparse && src.FileHash == p.fileHash {
			return r, nil
		}
		return r, b.PutSource(ctx, p.src, p.fileHash, p.parsedHash, src.ArticleID)
	}
	if err == nil && src.Primary {
		if older, err := olderCapture(ctx, b, p, src.ArticleID); err != nil || older {
			// An earlier capture of a page than the one the archive
			// holds (another web archive, read later) changes nothing.
			r.Outcome, r.Note = Unchanged, "an older capture than the one kept"
			return r, err
		}
		// The file this article was made from changed: update in place,
		// keeping the state it replaces as a version.
		return revise(ctx, b, p, r, src.ArticleID)
	}
	if err == nil && p.reparse {
		// Another copy of the article (a duplicate, or the file of an
		// earlier version): the article follows the source it is made
		// from now; of this one the new parse is recorded.
		r.Outcome = Unchanged
		return r, b.PutSource(ctx, p.src, p.fileHash, p.parsedHash, src.ArticleID)
	}
	if same, err := b.ByContentHash(ctx, p.rec.ContentHash); err == nil {
		r.Outcome, r.Slug = Duplicate, same.Slug
		r.Note = "same article as " + same.SourcePath + ", which is kept"
		return r, b.PutSource(ctx, p.src, p.fileHash, p.parsedHash, same.ID)
	} else if !errors.Is(err, store.ErrNotFound) {
		return r, err
	}
	// An edited copy of a stored article (the same story saved again
	// after the outlet corrected it) is its new version.
	if prev, ok, err := earlierVersion(ctx, b, p.rec); err != nil {
		return r, err
	} else if ok {
		r.Note = "a new version of the article from " + prev.SourcePath
		return revise(ctx, b, p, r, prev.ID)
	}
	id, slug, err := b.Insert(ctx, p.rec)
	if err != nil {
		return r, err
	}
	r.Outcome, r.Slug = New, slug
	return r, b.PutSource(ctx, p.src, p.fileHash, p.parsedHash, id)
}

// revise makes p the current state of article id, keeping the one it
// replaces as a version.
func revise(ctx context.Context, b *store.Batch, p parsed, r Result, id int64) (Result, error) {
	slug, err := b.Revise(ctx, id, p.rec)
	if err != nil {
		return r, err
	}
	r.Outcome, r.Slug = Updated, slug
	return r, b.PutSource(ctx, p.src, p.fileHash, p.parsedHash, id)
}
