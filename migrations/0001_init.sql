-- The archive's first schema. Dates are RFC 3339 text as the page stated them;
-- sort_key orders listings (newest first, undated last) with one index.

CREATE TABLE outlets (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    slug          TEXT NOT NULL UNIQUE,
    article_count INTEGER NOT NULL DEFAULT 0  -- kept by the importer
);

CREATE TABLE authors (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    slug          TEXT NOT NULL UNIQUE,
    article_count INTEGER NOT NULL DEFAULT 0  -- kept by the importer
);

CREATE TABLE tags (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    slug          TEXT NOT NULL UNIQUE,
    article_count INTEGER NOT NULL DEFAULT 0  -- kept by the importer
);

CREATE TABLE articles (
    id              INTEGER PRIMARY KEY,
    slug            TEXT NOT NULL UNIQUE,
    -- The slug the article got when first imported. It never changes (the
    -- current slug follows the title), so it names the article forever,
    -- e.g. in feed entry ids.
    first_slug      TEXT NOT NULL,
    title           TEXT NOT NULL,
    dek             TEXT NOT NULL DEFAULT '',
    outlet_id       INTEGER REFERENCES outlets(id),
    published       TEXT,               -- RFC 3339 in the page's own offset, NULL when unknown
    -- Unix seconds of published; undated articles get the smallest integer
    -- so "ORDER BY sort_key DESC, id DESC" lists them after every dated one.
    sort_key        INTEGER NOT NULL,
    -- YYYYMMDD of the date as the page stated it (in its own time zone), for
    -- the date archive; NULL when undated.
    pub_day         INTEGER,
    reading_minutes INTEGER NOT NULL,
    word_count      INTEGER NOT NULL,
    language        TEXT NOT NULL DEFAULT '',
    image_alt       TEXT NOT NULL DEFAULT '',
    image_caption   TEXT NOT NULL DEFAULT '',
    image_credit    TEXT NOT NULL DEFAULT '',
    has_image       INTEGER NOT NULL DEFAULT 0,
    source_url      TEXT NOT NULL DEFAULT '',
    -- Identifies the same article arriving in two files.
    content_hash    TEXT NOT NULL,
    source_path     TEXT NOT NULL,      -- the file this article's text comes from
    imported_at     TEXT NOT NULL,      -- first import, RFC 3339 UTC
    updated_at      TEXT NOT NULL,      -- last change, RFC 3339 UTC
    -- The long texts come last: SQLite reads a row's columns in order, so
    -- filters and listings never walk the overflow pages of a body.
    body_md         TEXT NOT NULL,
    body_html       TEXT NOT NULL,
    -- Denormalised text for the full-text index (external content below).
    body_text       TEXT NOT NULL,
    authors_text    TEXT NOT NULL DEFAULT '',
    tags_text       TEXT NOT NULL DEFAULT ''
);

CREATE INDEX articles_sort ON articles (sort_key DESC, id DESC);
CREATE INDEX articles_day ON articles (pub_day DESC, sort_key DESC, id DESC) WHERE pub_day IS NOT NULL;
CREATE INDEX articles_outlet ON articles (outlet_id, sort_key DESC, id DESC);
CREATE INDEX articles_content_hash ON articles (content_hash);

CREATE INDEX tags_popular ON tags (article_count DESC, name);

CREATE TABLE article_authors (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    author_id  INTEGER NOT NULL REFERENCES authors(id),
    position   INTEGER NOT NULL,
    sort_key   INTEGER NOT NULL,        -- copy of articles.sort_key for keyset pages
    PRIMARY KEY (article_id, author_id)
) WITHOUT ROWID;
CREATE INDEX article_authors_author ON article_authors (author_id, sort_key DESC, article_id DESC);

CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags(id),
    position   INTEGER NOT NULL,
    sort_key   INTEGER NOT NULL,
    PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX article_tags_tag ON article_tags (tag_id, sort_key DESC, article_id DESC);

-- Retired slugs of an article whose title changed: the site redirects them.
-- A slug is never given to another article once used.
CREATE TABLE slug_aliases (
    slug       TEXT PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
) WITHOUT ROWID;

-- Every file imported, so a re-import knows what is unchanged and a changed
-- file updates the same article.
CREATE TABLE sources (
    path       TEXT PRIMARY KEY,
    file_hash  TEXT NOT NULL,           -- of the bytes and the parser version
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seen_at    TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX sources_article ON sources (article_id);

-- generation changes whenever the archive does; the server keys its caches
-- on it so one import invalidates every cached page at once.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
-- articles and undated count the rows, so listings never count them.
INSERT INTO meta (key, value) VALUES ('generation', '0'), ('updated_at', ''), ('articles', '0'), ('undated', '0');

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, dek, body_text, authors_text, tags_text,
    content = 'articles', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '2 3'
);
-- Title above everything, then tags, authors and the dek, then the body.
INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(10.0, 3.0, 1.0, 4.0, 4.0)');

-- Inserts are written to the index by the importer itself, in the same
-- statement batch: an insert trigger would open a statement savepoint per row
-- and make FTS5 flush its pending index each time. Updates and deletes are
-- rare, so triggers keep those in sync.
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, dek, body_text, authors_text, tags_text)
    VALUES ('delete', old.id, old.title, old.dek, old.body_text, old.authors_text, old.tags_text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, dek, body_text, authors_text, tags_text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, dek, body_text, authors_text, tags_text)
    VALUES ('delete', old.id, old.title, old.dek, old.body_text, old.authors_text, old.tags_text);
    INSERT INTO articles_fts (rowid, title, dek, body_text, authors_text, tags_text)
    VALUES (new.id, new.title, new.dek, new.body_text, new.authors_text, new.tags_text);
END;
