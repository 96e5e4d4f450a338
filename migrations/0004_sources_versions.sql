-- Archive-grade keeping: the bytes of every source the importer read, and
-- every parsed state an article has had. Only additions: an archive of an
-- older schema keeps working, and its next import stores the bytes of the
-- files it reads again.

-- The bytes of every source, compressed, once per content: two files with
-- the same bytes share one row. Rows are never deleted, so an earlier
-- version of an article can always show what it was parsed from.
CREATE TABLE source_blobs (
    id          INTEGER PRIMARY KEY,
    sha256      TEXT NOT NULL UNIQUE,   -- hex SHA-256 of the original bytes
    size        INTEGER NOT NULL,       -- length of the original bytes
    compression TEXT NOT NULL,          -- 'zstd' (RFC 8878) or 'none'
    data        BLOB NOT NULL
);

-- sources (0001) has one row per key the importer has read: a file's path,
-- or, for a record of a web archive, the URI it was captured from.
-- blob_id is NULL for rows imported before the bytes were kept.
ALTER TABLE sources ADD COLUMN blob_id INTEGER REFERENCES source_blobs(id);
ALTER TABLE sources ADD COLUMN kind TEXT NOT NULL DEFAULT 'file';  -- 'file' (path) or 'uri'
-- The parser that reads the bytes ('txt', 'md', 'html', …), so a re-parse
-- needs no file name; '' means "by the key's extension".
ALTER TABLE sources ADD COLUMN format TEXT NOT NULL DEFAULT '';
-- The first import that read this key; seen_at is now the last one.
ALTER TABLE sources ADD COLUMN first_seen TEXT NOT NULL DEFAULT '';
-- A fingerprint of what the parser made of the bytes: a re-parse that
-- yields the same fingerprint has nothing to write. NULL when unknown.
ALTER TABLE sources ADD COLUMN parsed_hash TEXT;
UPDATE sources SET first_seen = seen_at;

-- Every earlier state of an article. The articles row stays the current
-- state, so listings and search do not grow; version numbers count from 1
-- (the first state stored), and the current state is number
-- (SELECT count(*) FROM article_versions WHERE article_id = …) + 1.
CREATE TABLE article_versions (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    version         INTEGER NOT NULL,
    title           TEXT NOT NULL,
    dek             TEXT NOT NULL,
    authors_text    TEXT NOT NULL,
    outlet          TEXT NOT NULL,      -- the outlet's name, '' when none
    published       TEXT,               -- as articles.published
    language        TEXT NOT NULL,
    image_alt       TEXT NOT NULL,
    image_caption   TEXT NOT NULL,
    image_credit    TEXT NOT NULL,
    source_url      TEXT NOT NULL,
    source_path     TEXT NOT NULL,      -- the key of the source it came from
    blob_id         INTEGER REFERENCES source_blobs(id), -- its bytes; NULL when not kept
    seen_at         TEXT NOT NULL,      -- when the archive first stored this state
    replaced_at     TEXT NOT NULL,      -- when the next state replaced it
    body_md         TEXT NOT NULL,
    UNIQUE (article_id, version)
);
