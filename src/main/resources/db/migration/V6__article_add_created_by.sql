-- Who created an article, so a writer may edit only their own drafts.
ALTER TABLE article ADD COLUMN created_by BIGINT;
ALTER TABLE article ADD CONSTRAINT article_created_by_fk
    FOREIGN KEY (created_by) REFERENCES app_user (id) ON DELETE SET NULL;
