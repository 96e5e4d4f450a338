-- Bodies are kept as Markdown only and made into HTML when read (package
-- markdown): body_html has been written as '' since 0002 and read by
-- nothing. Dropping it rewrites the articles table once; nothing refers to
-- the column (the search view and its triggers read body_md and body_text).
ALTER TABLE articles DROP COLUMN body_html;
