-- An article's featured image is one of the media library's; deleting the image leaves the
-- article without one rather than pointing at nothing.
ALTER TABLE article ADD CONSTRAINT article_featured_image_fk
    FOREIGN KEY (featured_image_id) REFERENCES media (id) ON DELETE SET NULL;
