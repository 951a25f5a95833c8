-- Every public list ends in ORDER BY published_at DESC, id DESC with a LIMIT: the latest articles,
-- the related candidates, the home page. The (status, published_at) index cannot give that order
-- for status IN ('PUBLISHED', 'SCHEDULED') (two ranges), so the database read and sorted every
-- public article for each list; walking this index from the newest end stops after LIMIT rows.
CREATE INDEX article_published_order_idx ON article (published_at DESC, id DESC);
