-- When a web archive captured the page an article comes from (RFC 3339
-- UTC), beside the page's own publication date; NULL for files saved by
-- hand and for articles imported before.
ALTER TABLE articles ADD COLUMN captured_at TEXT;
