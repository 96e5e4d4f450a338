-- The archive's order with each article's link (slug, title, date), so an
-- article page's two neighbours, the next newer and the next older, come
-- from the index entries beside its own instead of from two random leaves
-- of the articles table: those two rows were about a seventh of a first
-- view's CPU under a crawl of 100,000 articles (internal/bench/JOURNAL.md,
-- ninth round). articles_sort stays for the listings, which step over
-- entries by OFFSET and would read several times the pages here.
CREATE INDEX articles_order_links ON articles (sort_key DESC, id DESC, slug, title, published);
