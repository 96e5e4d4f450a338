package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/klauspost/compress/zstd"
)

// The archive keeps the bytes of every source it read (migration 0004), so
// that the original text can be shown, checked against its SHA-256 and
// parsed again by a better parser when the files are long gone.
//
// Sources are compressed with Zstandard (RFC 8878, klauspost/compress: a
// pure-Go, well-kept implementation): page dumps shrink to about half at
// its fastest level, at about 100 MB a second, and any zstd tool reads a
// row's data back.

// Source kinds: what a source's key is.
const (
	KindFile = "file" // a path on the machine that imported it
	KindURI  = "uri"  // the URI a record of a web archive was captured from
)

// SourceBytes is one source ready to store: hashed and compressed by the
// caller (the importer does it in its parallel parsers, so the single
// writer only writes).
type SourceBytes struct {
	Key    string // a file's path, or a URI (Kind KindURI)
	Kind   string
	Format string // the parser that reads the bytes: "txt", "md", "html", …
	SHA256 string // hex, of the original bytes
	Size   int64  // length of the original bytes
	// Compressed holds the bytes as Compression says.
	Compression string
	Compressed  []byte
}

var (
	// The fastest level: on generated 6 KB articles it takes 65 µs a file
	// against 150 µs at the default level, for 7% more bytes (ratio 1.77
	// against 1.90; real page dumps, 2.1 against 2.2). One segment: a
	// source is compressed whole, and the frame says its size.
	zstdEncoder, _ = zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedFastest), zstd.WithEncoderConcurrency(1),
		zstd.WithSingleSegment(true))
	// A source is at most a few megabytes; the bound keeps a corrupt row
	// from asking for gigabytes.
	zstdDecoder, _ = zstd.NewReader(nil, zstd.WithDecoderConcurrency(0), zstd.WithDecoderMaxMemory(256<<20))
)

// NewSourceBytes hashes and compresses raw for storing under key. Safe for
// concurrent use.
func NewSourceBytes(key, kind, format string, raw []byte) SourceBytes {
	sum := sha256.Sum256(raw)
	return SourceBytes{
		Key: key, Kind: kind, Format: format,
		SHA256:      hex.EncodeToString(sum[:]),
		Size:        int64(len(raw)),
		Compression: "zstd",
		Compressed:  zstdEncoder.EncodeAll(raw, make([]byte, 0, len(raw)/2+64)),
	}
}

// Decompress returns the original bytes of a stored source and checks them
// against their hash.
func Decompress(compression string, data []byte, sha string) ([]byte, error) {
	var raw []byte
	switch compression {
	case "zstd":
		var err error
		if raw, err = zstdDecoder.DecodeAll(data, nil); err != nil {
			return nil, fmt.Errorf("decompress source: %w", err)
		}
	case "none":
		raw = data
	default:
		return nil, fmt.Errorf("source compressed as %q, which this morgue cannot read", compression)
	}
	if sum := sha256.Sum256(raw); hex.EncodeToString(sum[:]) != sha {
		return nil, fmt.Errorf("stored source does not match its SHA-256 %s", sha)
	}
	return raw, nil
}

// PutSource records that the source src (with the importer's file hash and
// the fingerprint of what the parser made of it) holds article id. Its
// bytes are stored once per content; a key seen before keeps its first
// import time.
func (b *Batch) PutSource(ctx context.Context, src SourceBytes, fileHash, parsedHash string, id int64) error {
	blob, err := b.blobID(ctx, src)
	if err != nil {
		return err
	}
	kind := src.Kind
	if kind == "" {
		kind = KindFile
	}
	_, err = b.exec(ctx, `INSERT INTO sources (path, file_hash, article_id, seen_at, blob_id, kind, format, first_seen, parsed_hash)
		VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?4, ?8)
		ON CONFLICT (path) DO UPDATE SET file_hash = excluded.file_hash, article_id = excluded.article_id,
			seen_at = excluded.seen_at, blob_id = excluded.blob_id, kind = excluded.kind, format = excluded.format,
			parsed_hash = excluded.parsed_hash`,
		src.Key, fileHash, id, b.now, blob, kind, src.Format, nullable(parsedHash))
	if err != nil {
		return fmt.Errorf("record source: %w", err)
	}
	return nil
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// blobID stores src's bytes unless a source with the same content is
// stored already, and returns the row.
func (b *Batch) blobID(ctx context.Context, src SourceBytes) (any, error) {
	if src.SHA256 == "" {
		return nil, nil // nothing to keep: the caller had no bytes
	}
	// New bytes are the common case: one statement inserts them, and only
	// bytes stored before need a second to find their row.
	var id int64
	err := b.queryRow(ctx, `INSERT INTO source_blobs (sha256, size, compression, data) VALUES (?, ?, ?, ?)
		ON CONFLICT (sha256) DO NOTHING RETURNING id`,
		src.SHA256, src.Size, src.Compression, src.Compressed).Scan(&id)
	if err == nil {
		b.changed = true // a page may now link a source it could not before
	} else if errors.Is(err, sql.ErrNoRows) {
		err = b.queryRow(ctx, `SELECT id FROM source_blobs WHERE sha256 = ?`, src.SHA256).Scan(&id)
	}
	if err != nil {
		return nil, fmt.Errorf("store source bytes: %w", err)
	}
	return id, nil
}

// TouchSources records that the importer read these keys again and found
// them unchanged: their last import time moves, nothing else.
func (b *Batch) TouchSources(ctx context.Context, keys []string) error {
	if len(keys) == 0 {
		return nil
	}
	if _, err := b.exec(ctx, `UPDATE sources SET seen_at = ? WHERE path IN (SELECT value FROM json_each(?))`,
		b.now, jsonStrings(keys)); err != nil {
		return fmt.Errorf("record unchanged sources: %w", err)
	}
	return nil
}

// KnownSource is what the importer needs to know of a key before reading
// it again.
type KnownSource struct {
	FileHash string
	Kept     bool // its bytes are in the archive
}

// SourceHashes returns what is known of every imported key, so the
// importer can skip unchanged files before parsing them.
func SourceHashes(ctx context.Context, db *sql.DB) (map[string]KnownSource, error) {
	rows, err := db.QueryContext(ctx, `SELECT path, file_hash, blob_id IS NOT NULL FROM sources`)
	if err != nil {
		return nil, fmt.Errorf("load sources: %w", err)
	}
	defer rows.Close()
	m := map[string]KnownSource{}
	for rows.Next() {
		var p string
		var k KnownSource
		if err := rows.Scan(&p, &k.FileHash, &k.Kept); err != nil {
			return nil, err
		}
		m[p] = k
	}
	return m, rows.Err()
}

// StoredSource is one kept source as a re-parse reads it.
type StoredSource struct {
	SourceBytes
	FileHash   string
	ParsedHash string
	ArticleID  int64
}

// SourceLister reads the kept sources beside a writer, for a re-parse.
type SourceLister struct{ db *sql.DB }

// OpenSourceLister opens a second, read-only connection to the archive that
// db (opened with OpenWrite) writes, so that sources can be read while the
// writer holds its one connection. Each page is read in a transaction of
// its own, so the writer's checkpoints are never held up for long.
func OpenSourceLister(ctx context.Context, db *sql.DB) (*SourceLister, error) {
	var seq int
	var name, file string
	if err := db.QueryRowContext(ctx, `PRAGMA database_list`).Scan(&seq, &name, &file); err != nil {
		return nil, fmt.Errorf("find the archive's file: %w", err)
	}
	if file == "" {
		return nil, errors.New("the archive has no file (in memory): nothing to re-parse from")
	}
	rdb, err := sql.Open("sqlite", dsn(file, "mode=ro", "_pragma=busy_timeout(10000)"))
	if err != nil {
		return nil, err
	}
	return &SourceLister{db: rdb}, nil
}

// Close closes the connection.
func (l *SourceLister) Close() error { return l.db.Close() }

// Counts returns how many sources the archive knows, and how many of them
// have no bytes kept (imported before sources were kept, and not since).
func (l *SourceLister) Counts(ctx context.Context) (total, missing int, err error) {
	err = l.db.QueryRowContext(ctx, `SELECT count(*), count(*) - count(blob_id) FROM sources`).Scan(&total, &missing)
	if err != nil {
		return 0, 0, fmt.Errorf("count sources: %w", err)
	}
	return total, missing, nil
}

// Page returns up to limit kept sources whose keys sort after after, in key
// order, with their compressed bytes.
func (l *SourceLister) Page(ctx context.Context, after string, limit int) ([]StoredSource, error) {
	rows, err := l.db.QueryContext(ctx, `SELECT s.path, s.kind, s.format, s.file_hash, COALESCE(s.parsed_hash, ''), s.article_id,
			b.sha256, b.size, b.compression, b.data
		FROM sources s JOIN source_blobs b ON b.id = s.blob_id
		WHERE s.path > ? ORDER BY s.path LIMIT ?`, after, limit)
	if err != nil {
		return nil, fmt.Errorf("read sources: %w", err)
	}
	defer rows.Close()
	var out []StoredSource
	for rows.Next() {
		var s StoredSource
		if err := rows.Scan(&s.Key, &s.Kind, &s.Format, &s.FileHash, &s.ParsedHash, &s.ArticleID,
			&s.SHA256, &s.Size, &s.Compression, &s.Compressed); err != nil {
			return nil, fmt.Errorf("read sources: %w", err)
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// SetParserVersion records which parser the archive's articles were made
// by, so that an import by a newer parser knows to re-parse them.
func SetParserVersion(ctx context.Context, db *sql.DB, v string) error {
	_, err := db.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ('parser_version', ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, v)
	if err != nil {
		return fmt.Errorf("record parser version: %w", err)
	}
	return nil
}

// ParserVersion returns the version SetParserVersion recorded; "" when none.
func ParserVersion(ctx context.Context, db *sql.DB) (string, error) {
	var v string
	err := db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'parser_version'`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("read parser version: %w", err)
	}
	return v, nil
}

// SourceFile is a kept source as the site shows it.
type SourceFile struct {
	Key, Kind, Format string
	SHA256            string
	Size              int64
	FirstSeen         time.Time // first import that read the key
	LastSeen          time.Time // last import that read it
	Data              []byte    // the original bytes
}

// jsonStrings writes ss as a JSON array, for json_each.
func jsonStrings(ss []string) string {
	b, _ := json.Marshal(ss) // strings always encode
	return string(b)
}

// exportSources fills in the hash (and, withBytes, the bytes) of the kept
// source of each article of an export page; in is their ids, inlined.
func exportSources(ctx context.Context, tx *sql.Tx, in string, withBytes bool, byID map[int64]*Exported) error {
	data := "NULL, ''"
	if withBytes {
		data = "b.data, b.compression"
	}
	rows, err := tx.QueryContext(ctx, `SELECT a.id, b.sha256, `+data+` FROM articles a
		JOIN sources s ON s.path = a.source_path JOIN source_blobs b ON b.id = s.blob_id
		WHERE a.id IN (`+in+`)`)
	if err != nil {
		return fmt.Errorf("export sources: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var sha, compression string
		var raw []byte
		if err := rows.Scan(&id, &sha, &raw, &compression); err != nil {
			return fmt.Errorf("export sources: %w", err)
		}
		e := byID[id]
		e.SourceSHA256 = sha
		if withBytes {
			if e.Source, err = Decompress(compression, raw, sha); err != nil {
				return fmt.Errorf("export source of %s: %w", e.Slug, err)
			}
		}
	}
	return rows.Err()
}
