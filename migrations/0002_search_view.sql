-- The search index reads an article's text through a view, so that an
-- article whose Markdown is already its plain text (most page dumps are
-- paragraphs and nothing else) keeps it once: body_text is '' when the text
-- is body_md itself, or when there is no text. The index is rebuilt from
-- the view, once.
--
-- body_html is no longer written: pages render body_md (a tenth of a
-- millisecond per article, cached with the page). Rows imported before keep
-- theirs until they change; nothing reads it.
CREATE VIEW articles_search AS
SELECT id, title, dek,
       CASE WHEN body_text = '' THEN body_md ELSE body_text END AS body_text,
       authors_text, tags_text
FROM articles;

DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, dek, body_text, authors_text, tags_text,
    content = 'articles_search', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '2 3'
);
-- Title above everything, then tags, authors and the dek, then the body.
INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(10.0, 3.0, 1.0, 4.0, 4.0)');
-- An import spent a third of its time merging index segments. Let eight
-- segments of one size gather before FTS5 merges them, instead of four,
-- and let pending index data grow to 32 MB before it becomes a segment,
-- instead of 1 MB (an import's batch then makes one segment, not dozens).
INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 8);
INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 33554432);
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');

-- As in 0001: inserts are indexed by the importer in its own statements;
-- updates and deletes, which are rare, by triggers.
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, dek, body_text, authors_text, tags_text)
    VALUES ('delete', old.id, old.title, old.dek,
            CASE WHEN old.body_text = '' THEN old.body_md ELSE old.body_text END,
            old.authors_text, old.tags_text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, dek, body_md, body_text, authors_text, tags_text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, dek, body_text, authors_text, tags_text)
    VALUES ('delete', old.id, old.title, old.dek,
            CASE WHEN old.body_text = '' THEN old.body_md ELSE old.body_text END,
            old.authors_text, old.tags_text);
    INSERT INTO articles_fts (rowid, title, dek, body_text, authors_text, tags_text)
    VALUES (new.id, new.title, new.dek,
            CASE WHEN new.body_text = '' THEN new.body_md ELSE new.body_text END,
            new.authors_text, new.tags_text);
END;
