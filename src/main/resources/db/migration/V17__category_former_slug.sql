-- The slugs a category used to have, so that old links and feeds answer 301 to its address now.
-- A merged category's slugs move to the category it was merged into; a deleted one's go with it.
CREATE TABLE category_former_slug (
    slug        VARCHAR(200) NOT NULL PRIMARY KEY,
    category_id BIGINT       NOT NULL REFERENCES category (id) ON DELETE CASCADE
);

CREATE INDEX category_former_slug_category_idx ON category_former_slug (category_id);
