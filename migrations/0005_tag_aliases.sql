-- Tags merged into a fuller name of the same subject ("Trump" into "Donald
-- Trump", "ESA" into "European Space Agency", "astronaut" into
-- "astronauts"): the old slug keeps answering, with a redirect to the tag
-- it went to. Targets are slugs, not ids, so a chain of merges needs no
-- rewrite of rows that point at a tag merged later (the importer points
-- them at the last one anyway).
CREATE TABLE tag_aliases (
    slug   TEXT PRIMARY KEY,
    target TEXT NOT NULL
) WITHOUT ROWID;
