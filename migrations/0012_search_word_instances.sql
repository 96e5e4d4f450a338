-- Where each word of the words index occurs (article, column, position),
-- as 0011 gave the pairs index: a search of words and prefixes is ranked
-- by bm25 computed from these (internal/store/wordrank.go) instead of
-- FTS5's bm25 looking up each match's length row by row. A view of the
-- index: nothing is stored, and the importer has nothing to keep in step.
CREATE VIRTUAL TABLE articles_vocab_words USING fts5vocab(articles_fts, instance);
