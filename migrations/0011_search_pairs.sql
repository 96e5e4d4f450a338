-- A fourth full-text index, of common grams (internal/store/pairs.go):
-- each pair of neighbouring words of which one is very common ("the",
-- "of", "de", ...), as the words index cuts and stems them, joined into
-- one token ("the meliganu" → the_meliganu), per column. A phrase of two
-- words with a common one is then one lookup of a rare token instead of a
-- walk of the common word's positions in every article of the other.
-- pairs() is a function of the store package; its tokens are already
-- folded and stemmed, so the index only splits them at spaces.
CREATE VIEW articles_search_pairs AS
SELECT id, pairs(title) AS title, pairs(dek) AS dek,
       pairs(CASE WHEN body_text = '' THEN body_md ELSE body_text END) AS body_text,
       pairs(authors_text) AS authors_text, pairs(tags_text) AS tags_text
FROM articles;

CREATE VIRTUAL TABLE articles_fts_pairs USING fts5 (
    title, dek, body_text, authors_text, tags_text,
    content = 'articles_search_pairs', content_rowid = 'id',
    tokenize = "ascii tokenchars '_'"
);
-- As for articles_fts (0002): fewer, larger merges during an import.
INSERT INTO articles_fts_pairs (articles_fts_pairs, rank) VALUES ('automerge', 8);
INSERT INTO articles_fts_pairs (articles_fts_pairs, rank) VALUES ('hashsize', 33554432);
INSERT INTO articles_fts_pairs (articles_fts_pairs) VALUES ('rebuild');
-- One segment, as a large import leaves the other indexes (searchindex.go).
INSERT INTO articles_fts_pairs (articles_fts_pairs) VALUES ('optimize');

-- Where each pair occurs (article, column, position): bm25's count of a
-- phrase's instances in an article, for the articles that have it.
CREATE VIRTUAL TABLE articles_vocab_pairs USING fts5vocab(articles_fts_pairs, instance);

-- As for articles_fts: the importer indexes new articles itself; updates
-- and deletes are kept in step here.
CREATE TRIGGER articles_fts_pairs_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts_pairs (articles_fts_pairs, rowid, title, dek, body_text, authors_text, tags_text)
    VALUES ('delete', old.id, pairs(old.title), pairs(old.dek),
            pairs(CASE WHEN old.body_text = '' THEN old.body_md ELSE old.body_text END),
            pairs(old.authors_text), pairs(old.tags_text));
END;
CREATE TRIGGER articles_fts_pairs_update AFTER UPDATE OF title, dek, body_md, body_text, authors_text, tags_text ON articles BEGIN
    INSERT INTO articles_fts_pairs (articles_fts_pairs, rowid, title, dek, body_text, authors_text, tags_text)
    VALUES ('delete', old.id, pairs(old.title), pairs(old.dek),
            pairs(CASE WHEN old.body_text = '' THEN old.body_md ELSE old.body_text END),
            pairs(old.authors_text), pairs(old.tags_text));
    INSERT INTO articles_fts_pairs (rowid, title, dek, body_text, authors_text, tags_text)
    VALUES (new.id, pairs(new.title), pairs(new.dek),
            pairs(CASE WHEN new.body_text = '' THEN new.body_md ELSE new.body_text END),
            pairs(new.authors_text), pairs(new.tags_text));
END;
