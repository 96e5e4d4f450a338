-- The pairs index (0011) also holds each given name with the word after
-- it (internal/store/givennames.go: a fixed set of 1,586 given names), so
-- that a phrase of a first name and a surname, "Thomas Tanaka", is one
-- lookup of a rare token instead of a walk of both names' positions, and
-- is ranked in Go as the phrases with a common word are. pairs() now cuts
-- those pairs too, so the index is rebuilt from the articles: it must
-- hold every pair that pairs() makes of them, since its triggers delete
-- what pairs() makes of a changed article.
INSERT INTO articles_fts_pairs (articles_fts_pairs) VALUES ('rebuild');
-- One segment, as a large import leaves the other indexes (searchindex.go).
INSERT INTO articles_fts_pairs (articles_fts_pairs) VALUES ('optimize');
