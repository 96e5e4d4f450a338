-- A second full-text index for text whose words are not spaced (Chinese,
-- Japanese, Thai, Lao, Khmer, Burmese) and for Korean: the unicode61
-- tokenizer makes a whole run of such text one token. It holds the
-- overlapping two-character pieces of that text (grams(), a function of
-- the store package: 北京举行 → 北京 京举 举行) and the rest of the article
-- as it is, for the articles that have any (has_grams()); queries with such
-- characters are sent to it. articles_fts is unchanged.
CREATE VIEW articles_search_grams AS
SELECT id, grams(title) AS title, grams(dek) AS dek,
       grams(CASE WHEN body_text = '' THEN body_md ELSE body_text END) AS body_text,
       grams(authors_text) AS authors_text, grams(tags_text) AS tags_text
FROM articles
WHERE has_grams(title || ' ' || dek || ' ' || CASE WHEN body_text = '' THEN body_md ELSE body_text END
                || ' ' || authors_text || ' ' || tags_text);

CREATE VIRTUAL TABLE articles_fts_grams USING fts5 (
    title, dek, body_text, authors_text, tags_text,
    content = 'articles_search_grams', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
-- The same weights as articles_fts.
INSERT INTO articles_fts_grams (articles_fts_grams, rank) VALUES ('rank', 'bm25(10.0, 3.0, 1.0, 4.0, 4.0)');
INSERT INTO articles_fts_grams (articles_fts_grams) VALUES ('rebuild');

-- As for articles_fts: the importer indexes new articles itself; updates
-- and deletes are kept in step here.
CREATE TRIGGER articles_fts_grams_delete AFTER DELETE ON articles
WHEN has_grams(old.title || ' ' || old.dek || ' ' || CASE WHEN old.body_text = '' THEN old.body_md ELSE old.body_text END
               || ' ' || old.authors_text || ' ' || old.tags_text)
BEGIN
    INSERT INTO articles_fts_grams (articles_fts_grams, rowid, title, dek, body_text, authors_text, tags_text)
    VALUES ('delete', old.id, grams(old.title), grams(old.dek),
            grams(CASE WHEN old.body_text = '' THEN old.body_md ELSE old.body_text END),
            grams(old.authors_text), grams(old.tags_text));
END;
CREATE TRIGGER articles_fts_grams_update AFTER UPDATE OF title, dek, body_md, body_text, authors_text, tags_text ON articles BEGIN
    INSERT INTO articles_fts_grams (articles_fts_grams, rowid, title, dek, body_text, authors_text, tags_text)
    SELECT 'delete', old.id, grams(old.title), grams(old.dek),
           grams(CASE WHEN old.body_text = '' THEN old.body_md ELSE old.body_text END),
           grams(old.authors_text), grams(old.tags_text)
    WHERE has_grams(old.title || ' ' || old.dek || ' ' || CASE WHEN old.body_text = '' THEN old.body_md ELSE old.body_text END
                    || ' ' || old.authors_text || ' ' || old.tags_text);
    INSERT INTO articles_fts_grams (rowid, title, dek, body_text, authors_text, tags_text)
    SELECT new.id, grams(new.title), grams(new.dek),
           grams(CASE WHEN new.body_text = '' THEN new.body_md ELSE new.body_text END),
           grams(new.authors_text), grams(new.tags_text)
    WHERE has_grams(new.title || ' ' || new.dek || ' ' || CASE WHEN new.body_text = '' THEN new.body_md ELSE new.body_text END
                    || ' ' || new.authors_text || ' ' || new.tags_text);
END;
