-- The search index's own vocabulary, one row per indexed term with the
-- number of articles that hold it: what "did you mean" picks suggestions
-- from. A view onto the index, so it takes no room and needs no upkeep.
CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles_fts, row);
