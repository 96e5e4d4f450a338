-- Let eight search-index segments of one size gather before FTS5 merges
-- them, instead of four. An import spent a third of its time in these
-- merges; with eight it merges about half as often, and a search reads a
-- few more segments (measured in the README's Performance section).
INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 8);
