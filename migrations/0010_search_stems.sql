-- A third full-text index for words in Cyrillic and Arabic script, whose
-- endings (and Arabic prefixes) change with their role in the sentence:
-- the same text with each such word replaced by its Snowball stem
-- (stems(), a function of the store package: Москве → москв), for the
-- articles that have any (has_stems()); queries with such letters are
-- sent to it, stemmed the same way. articles_fts and articles_fts_grams
-- are unchanged. (Its name says stems; it also gives both new indexes
-- their vocabulary, at the end.)
CREATE VIEW articles_search_stems AS
SELECT id, stems(title) AS title, stems(dek) AS dek,
       stems(CASE WHEN body_text = '' THEN body_md ELSE body_text END) AS body_text,
       stems(authors_text) AS authors_text, stems(tags_text) AS tags_text
FROM articles
WHERE has_stems(title || ' ' || dek || ' ' || CASE WHEN body_text = '' THEN body_md ELSE body_text END
                || ' ' || authors_text || ' ' || tags_text);

CREATE VIRTUAL TABLE articles_fts_stems USING fts5 (
    title, dek, body_text, authors_text, tags_text,
    content = 'articles_search_stems', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
-- The same weights as articles_fts.
INSERT INTO articles_fts_stems (articles_fts_stems, rank) VALUES ('rank', 'bm25(10.0, 3.0, 1.0, 4.0, 4.0)');
INSERT INTO articles_fts_stems (articles_fts_stems) VALUES ('rebuild');

-- As for articles_fts: the importer indexes new articles itself; updates
-- and deletes are kept in step here.
CREATE TRIGGER articles_fts_stems_delete AFTER DELETE ON articles
WHEN has_stems(old.title || ' ' || old.dek || ' ' || CASE WHEN old.body_text = '' THEN old.body_md ELSE old.body_text END
               || ' ' || old.authors_text || ' ' || old.tags_text)
BEGIN
    INSERT INTO articles_fts_stems (articles_fts_stems, rowid, title, dek, body_text, authors_text, tags_text)
    VALUES ('delete', old.id, stems(old.title), stems(old.dek),
            stems(CASE WHEN old.body_text = '' THEN old.body_md ELSE old.body_text END),
            stems(old.authors_text), stems(old.tags_text));
END;
CREATE TRIGGER articles_fts_stems_update AFTER UPDATE OF title, dek, body_md, body_text, authors_text, tags_text ON articles BEGIN
    INSERT INTO articles_fts_stems (articles_fts_stems, rowid, title, dek, body_text, authors_text, tags_text)
    SELECT 'delete', old.id, stems(old.title), stems(old.dek),
           stems(CASE WHEN old.body_text = '' THEN old.body_md ELSE old.body_text END),
           stems(old.authors_text), stems(old.tags_text)
    WHERE has_stems(old.title || ' ' || old.dek || ' ' || CASE WHEN old.body_text = '' THEN old.body_md ELSE old.body_text END
                    || ' ' || old.authors_text || ' ' || old.tags_text);
    INSERT INTO articles_fts_stems (rowid, title, dek, body_text, authors_text, tags_text)
    SELECT new.id, stems(new.title), stems(new.dek),
           stems(CASE WHEN new.body_text = '' THEN new.body_md ELSE new.body_text END),
           stems(new.authors_text), stems(new.tags_text)
    WHERE has_stems(new.title || ' ' || new.dek || ' ' || CASE WHEN new.body_text = '' THEN new.body_md ELSE new.body_text END
                    || ' ' || new.authors_text || ' ' || new.tags_text);
END;

-- The vocabularies of the second and third index, as 0006 made the first's:
-- how many articles hold a term, for related articles in those scripts.
CREATE VIRTUAL TABLE articles_vocab_grams USING fts5vocab(articles_fts_grams, row);
CREATE VIRTUAL TABLE articles_vocab_stems USING fts5vocab(articles_fts_stems, row);
