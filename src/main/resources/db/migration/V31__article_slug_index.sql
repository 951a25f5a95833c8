-- Finding an article by its slug (imports check every post's slug against those already here;
-- demo content does too) without reading the whole table.
CREATE INDEX article_slug_idx ON article (slug);
