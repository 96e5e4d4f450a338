-- A full-text index of headlines alone, for the rule of related articles
-- by headline (internal/store/related.go): its MATCH, `title : (a OR b
-- ...)` walked from the newest article, read each word's whole doclist in
-- the article indexes, body positions and all, to find the few articles
-- with the word in their headline; under a crawl of 100,000 articles that
-- walk was about an eighth of a first view's CPU (internal/bench/JOURNAL.md,
-- tenth round). Here a word's doclist holds only its headlines.
--
-- One column per article index that the rule asks, each holding the
-- headline as that index holds it, for the same articles: title as in
-- articles_fts; title_stems as in articles_fts_stems and title_grams as in
-- articles_fts_grams, NULL for an article those leave out. A headline's
-- words then match the same articles here as in its index's title column.
CREATE VIEW articles_search_headlines AS
SELECT id, title,
       CASE WHEN has_stems(title || ' ' || dek || ' ' || CASE WHEN body_text = '' THEN body_md ELSE body_text END
                           || ' ' || authors_text || ' ' || tags_text)
            THEN stems(title) END AS title_stems,
       CASE WHEN has_grams(title || ' ' || dek || ' ' || CASE WHEN body_text = '' THEN body_md ELSE body_text END
                           || ' ' || authors_text || ' ' || tags_text)
            THEN grams(title) END AS title_grams
FROM articles;

CREATE VIRTUAL TABLE articles_fts_headlines USING fts5 (
    title, title_stems, title_grams,
    content = 'articles_search_headlines', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2',
    -- Nothing ranks by it (no bm25 here): no table of token counts to
    -- write at import.
    columnsize = 0
);
INSERT INTO articles_fts_headlines (articles_fts_headlines) VALUES ('rebuild');
INSERT INTO articles_fts_headlines (articles_fts_headlines) VALUES ('optimize');

-- As for articles_fts: the importer indexes new articles itself; updates
-- and deletes are kept in step here.
CREATE TRIGGER articles_fts_headlines_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts_headlines (articles_fts_headlines, rowid, title, title_stems, title_grams)
    VALUES ('delete', old.id, old.title,
            CASE WHEN has_stems(old.title || ' ' || old.dek || ' ' || CASE WHEN old.body_text = '' THEN old.body_md ELSE old.body_text END
                                || ' ' || old.authors_text || ' ' || old.tags_text)
                 THEN stems(old.title) END,
            CASE WHEN has_grams(old.title || ' ' || old.dek || ' ' || CASE WHEN old.body_text = '' THEN old.body_md ELSE old.body_text END
                                || ' ' || old.authors_text || ' ' || old.tags_text)
                 THEN grams(old.title) END);
END;
CREATE TRIGGER articles_fts_headlines_update AFTER UPDATE OF title, dek, body_md, body_text, authors_text, tags_text ON articles BEGIN
    INSERT INTO articles_fts_headlines (articles_fts_headlines, rowid, title, title_stems, title_grams)
    VALUES ('delete', old.id, old.title,
            CASE WHEN has_stems(old.title || ' ' || old.dek || ' ' || CASE WHEN old.body_text = '' THEN old.body_md ELSE old.body_text END
                                || ' ' || old.authors_text || ' ' || old.tags_text)
                 THEN stems(old.title) END,
            CASE WHEN has_grams(old.title || ' ' || old.dek || ' ' || CASE WHEN old.body_text = '' THEN old.body_md ELSE old.body_text END
                                || ' ' || old.authors_text || ' ' || old.tags_text)
                 THEN grams(old.title) END);
    INSERT INTO articles_fts_headlines (rowid, title, title_stems, title_grams)
    VALUES (new.id, new.title,
            CASE WHEN has_stems(new.title || ' ' || new.dek || ' ' || CASE WHEN new.body_text = '' THEN new.body_md ELSE new.body_text END
                                || ' ' || new.authors_text || ' ' || new.tags_text)
                 THEN stems(new.title) END,
            CASE WHEN has_grams(new.title || ' ' || new.dek || ' ' || CASE WHEN new.body_text = '' THEN new.body_md ELSE new.body_text END
                                || ' ' || new.authors_text || ' ' || new.tags_text)
                 THEN grams(new.title) END);
END;
