-- The slugs a tag used to have (renamed, or merged into another tag), so old links answer 301.
-- A deleted tag's slugs go with it: its address then answers 404.
CREATE TABLE tag_former_slug (
    slug   VARCHAR(200) NOT NULL PRIMARY KEY,
    tag_id BIGINT       NOT NULL REFERENCES tag (id) ON DELETE CASCADE
);

CREATE INDEX tag_former_slug_tag_idx ON tag_former_slug (tag_id);
