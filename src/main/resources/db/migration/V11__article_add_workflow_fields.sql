-- The editorial workflow's fields on an article: search-engine title and description (optional;
-- the page falls back to the headline and subtitle), a featured image (the media table arrives
-- from another feature, so no foreign key yet), the count of content edits (an approval holds
-- only for the content version it saw), the note an editor left when returning it to its writer,
-- and the review step's status.
ALTER TABLE article ADD COLUMN seo_title VARCHAR(120);
ALTER TABLE article ADD COLUMN seo_description VARCHAR(320);
ALTER TABLE article ADD COLUMN featured_image_id BIGINT;
ALTER TABLE article ADD COLUMN content_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE article ADD COLUMN review_note VARCHAR(2000);
ALTER TABLE article DROP CONSTRAINT article_status_known;
ALTER TABLE article ADD CONSTRAINT article_status_known
    CHECK (status IN ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED'));
CREATE INDEX article_status_created_idx ON article (status, created_at);
